"""Numbers as the report prints them: units converted at this edge, a fixed
number of decimals per unit so a column lines up, ASCII digits with thousands
separators. Every function takes a pint quantity or a plain magnitude already
in the display unit (the form ``calc.results.to_json`` gives), so a test can
format a JSON value and look for the same text in the PDF.
"""

from __future__ import annotations

import math

import pint

from .strings import tr, unit_label

# display unit -> decimals
DECIMALS = {
    "kWh": 0, "MWh": 1, "GJ": 1, "tce": 2, "t": 1, "t/a": 1, "CNY": 0, "CNY/a": 0, "CNY/t": 0,
    "CNY/kWh": 2, "a": 1, "percent": 1, "pp": 1, "m**2": 0, "kW": 1, "kWh/m**2": 1, "kWh/kW": 0,
    "m**3": 0, "dimensionless": 2, "kWp": 1,
}
# display unit -> pint unit to convert to
_PINT_UNIT = {"t/a": "t", "kWp": "kW", "a": "year"}


def magnitude(q, unit: str):
    """The magnitude of ``q`` in ``unit`` (plain numbers pass through);
    ``None`` for a missing or non-finite value."""
    if q is None:
        return None
    if isinstance(q, pint.Quantity):
        target = _PINT_UNIT.get(unit, unit)
        x = q.to("dimensionless" if target == "dimensionless" else target).magnitude
    else:
        x = q
    x = float(x)
    return x if math.isfinite(x) else None


def number(x, decimals: int, *, signed: bool = False) -> str:
    """``1234.5 -> "1,234.5"`` (ASCII hyphen for negatives, so every font has
    the glyph; ``-0.0`` prints as ``0``)."""
    text = f"{x:,.{decimals}f}"
    if text.lstrip("-").strip("0.,") == "":
        return text.lstrip("-")
    if signed and x > 0:
        text = "+" + text
    return text


def value(q, unit: str, language: str, *, decimals: int | None = None, signed: bool = False,
          none_key: str = "not_available") -> str:
    """The number alone (no unit), e.g. for a table cell under a unit header."""
    x = magnitude(q, unit)
    if x is None:
        return tr(none_key, language)
    return number(x, DECIMALS.get(unit, 2) if decimals is None else decimals, signed=signed)


def quantity(q, unit: str, language: str, *, decimals: int | None = None, signed: bool = False,
             none_key: str = "not_available") -> str:
    """The number with its unit, e.g. ``"34.2 %"``, ``"+4.2 pp"``, ``"1,250 元"``."""
    x = magnitude(q, unit)
    if x is None:
        return tr(none_key, language)
    text = value(x, unit, language, decimals=decimals, signed=signed)
    u = unit_label(unit, language)
    if not u:
        return text
    sep = "" if unit == "percent" or (language == "zh" and unit in ("CNY", "a", "pp")) else " "
    return f"{text}{sep}{u}"


def years(q, language: str, investment=None) -> str:
    """A payback period: ``None`` means the investment is never paid back;
    "—" when there is no investment (nothing to pay back)."""
    if investment is not None and float(investment.to("CNY").magnitude) == 0:
        return "—"
    return quantity(q, "a", language, none_key="never")
