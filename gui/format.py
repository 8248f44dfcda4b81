"""Display formatting of result quantities (conversion and rounding only)."""

from __future__ import annotations

import math

from .labels import unit_label


def magnitude(q, unit: str):
    """The magnitude of ``q`` in ``unit`` (None stays None, NaN becomes None)."""
    if q is None:
        return None
    x = float(q.to(unit).magnitude) if hasattr(q, "to") else float(q)
    return None if not math.isfinite(x) else x


def number(x, decimals: int = 0, signed: bool = False) -> str:
    if x is None:
        return "—"
    sign = "+" if signed else ""
    return f"{x:{sign},.{decimals}f}"


def quantity(q, unit: str, decimals: int = 0, *, signed: bool = False, show_unit: bool = True) -> str:
    x = magnitude(q, unit)
    text = number(x, decimals, signed)
    if x is None or not show_unit:
        return text
    u = unit_label(unit)
    return f"{text} {u}" if u else text


def percent(q, decimals: int = 1, signed: bool = False) -> str:
    x = magnitude(q, "percent")
    return "—" if x is None else f"{number(x, decimals, signed)} %"


def points(q, decimals: int = 1) -> str:
    x = magnitude(q, "pp")
    from PySide6.QtCore import QCoreApplication

    return "—" if x is None else number(x, decimals, True) + " " + QCoreApplication.translate("Unit", "pp")
