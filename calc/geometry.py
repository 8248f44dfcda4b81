"""Areas and volumes derived from a building's rectangular geometry.

Gross external dimensions are used throughout (GB/T 51366-2019 and JGJ 26
count floor area from the external outline); every function returns a pint
quantity.
"""

from __future__ import annotations

from .model import FACADE_OFFSET_DEG, FACADES, Building
from .units import Q_, magnitude


def _dims(b: Building) -> tuple[float, float, int, float]:
    """length, width [m], storeys, storey height [m] as floats: the areas
    are worked out in floats and made quantities once (stock runs ask for
    them thousands of times)."""
    g = b.geometry
    return magnitude(g.length, "m"), magnitude(g.width, "m"), g.storeys, magnitude(g.storey_height, "m")


def floor_area(b: Building):
    """Gross heated floor area [m²] = length · width · storeys."""
    length, width, storeys, _ = _dims(b)
    return Q_(length * width * storeys, "m**2")


def footprint_area(b: Building):
    """Ground-floor / roof area [m²]."""
    length, width, _, _ = _dims(b)
    return Q_(length * width, "m**2")


def volume(b: Building):
    """Gross heated volume [m³]."""
    length, width, storeys, height = _dims(b)
    return Q_(length * width * storeys * height, "m**3")


def _facade_m2(b: Building, facade: str) -> float:
    length, width, storeys, height = _dims(b)
    return (length if facade in ("south", "north") else width) * storeys * height


def facade_gross_area(b: Building, facade: str):
    """Gross area of one facade (walls + windows) [m²]."""
    return Q_(_facade_m2(b, facade), "m**2")


def window_area(b: Building, facade: str):
    """Window area of one facade [m²] = WWR · gross facade area."""
    return Q_(_facade_m2(b, facade) * getattr(b.geometry, f"wwr_{facade}"), "m**2")


def wall_area(b: Building, facade: str):
    """Opaque wall area of one facade [m²]."""
    gross = _facade_m2(b, facade)
    return Q_(gross - gross * getattr(b.geometry, f"wwr_{facade}"), "m**2")


def facade_azimuth(b: Building, facade: str) -> float:
    """Azimuth of the facade's outward normal [deg], pvlib convention
    (N = 0, E = 90, S = 180, W = 270): the front ("south") facade faces
    180° + the clockwise rotation, and the others follow at their offsets
    (east 90° anticlockwise of south, west 90° clockwise)."""
    return (180.0 + FACADE_OFFSET_DEG[facade] + b.geometry.rotation.to("deg").magnitude) % 360.0


def shape_factor(b: Building):
    """Shape factor S/V [1/m]: external surface (walls, roof, ground floor)
    over volume (JGJ 26-2018 term 2.1.2 counts the roof but not the ground
    floor; this returns that definition)."""
    walls = sum(_facade_m2(b, f) for f in FACADES)
    return Q_((walls + footprint_area(b).m) / volume(b).m, "1/m")
