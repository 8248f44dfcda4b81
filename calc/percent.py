"""Which dimensionless model fields read as per cent.

A share, rate, ratio or efficiency bounded to about 0–1 is stored as a
fraction (0.06) and read and written as per cent (6 %) by the forms and the
report alike. Properties the standards and data sheets give as decimals --
SHGC 0.5, solar absorptance 0.7, a shading or price factor, the Carnot
efficiency of a heat-pump model -- stay decimals.
"""

from __future__ import annotations

COEFFICIENTS = frozenset({"shgc", "solar_absorptance", "shading_factor", "valley_factor", "carnot_efficiency"}
                         | {f"{kind}_shading_{f}" for kind in ("fixed", "movable")
                            for f in ("south", "east", "north", "west")})


def is_fraction(decl: dict) -> bool:
    """A plain number (or dimensionless quantity) bounded to about 0–1 (a
    field declaration of calc.schema). Factors like COP or SEER run higher."""
    if decl.get("kind") not in ("number", "qty") or decl.get("unit", "dimensionless") != "dimensionless":
        return False
    upper = decl.get("le") if decl.get("le") is not None else decl.get("lt")
    lower = decl.get("ge") if decl.get("ge") is not None else decl.get("gt")
    return upper is not None and lower is not None and upper <= 1.5 and lower >= -1


def is_percent(decl: dict, name: str) -> bool:
    """A fraction field shown and entered in per cent: 6 means 6 % (stored
    0.06)."""
    return is_fraction(decl) and name not in COEFFICIENTS
