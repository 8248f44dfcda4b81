"""The one unit registry of the program, and parsing of what a user types.

Every quantity that crosses a module boundary is a ``pint.Quantity`` from
:data:`ureg`. Units added here:

* ``kgce`` / ``tce`` -- kilogram / tonne of standard coal equivalent,
  1 kgce = 29 307.6 kJ (7000 kcal_IT), GB/T 2589-2020 clause 3.8.
* ``CNY`` (alias ``yuan``, ``RMB``) -- Chinese yuan, a base dimension of its
  own so that money never mixes with energy.
* ``tCO2`` / ``kgCO2`` -- mass of carbon dioxide (plain mass units).
* ``Nm3`` -- normal cubic metre of gas (a volume; the state is implied).
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata

import numpy as np
import pint

ureg = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
ureg.define("kilogram_coal_equivalent = 29307.6 * kilojoule = kgce")
ureg.define("tonne_coal_equivalent = 1000 * kilogram_coal_equivalent = tce")
ureg.define("yuan = [currency] = CNY = RMB")
ureg.define("wan_yuan = 10000 * yuan")
ureg.define("kgCO2 = kilogram")
ureg.define("tCO2 = tonne")
ureg.define("Nm3 = meter ** 3")
ureg.define("percent_point = 0.01 = pp")
ureg.formatter.default_format = "~P"
pint.set_application_registry(ureg)


def _memoise_unit_parsing(registry) -> None:
    """Pint parses a unit string anew on every ``Quantity(x, "kWh")``; with
    thousands of such calls per assessment that parsing was most of the run
    time. The parsed containers are immutable, so a per-registry memo is
    safe."""
    parse = registry.parse_units_as_container

    @functools.lru_cache(maxsize=4096)
    def cached(input_string, as_delta=None, case_sensitive=None):
        return parse(input_string, as_delta, case_sensitive)

    def parse_units_as_container(input_string, as_delta=None, case_sensitive=None):
        if isinstance(input_string, str):
            return cached(input_string, as_delta, case_sensitive)
        return parse(input_string, as_delta, case_sensitive)

    registry.parse_units_as_container = parse_units_as_container


_memoise_unit_parsing(ureg)


Q_ = ureg.Quantity
Quantity = ureg.Quantity


@functools.lru_cache(maxsize=4096)
def _container(unit: str):
    """The parsed units of a unit string, as ``Quantity.to`` and pint's
    constructor parse them."""
    return pint.util.to_units_container(unit, ureg)


# Magnitude types pint keeps as they are (its _to_magnitude returns them
# unchanged when force_ndarray is off, as in this registry)
_PLAIN_MAGNITUDES = (float, int, np.ndarray, np.float64, np.int64)


def _fast_quantities(cls) -> None:
    """Pint's Quantity.__new__ runs an import, a registry look-up and a
    string parse on every quantity; a stock task makes some 1,500, most of
    them a float or an array in a unit already parsed. For those the
    quantity is built directly, with the very magnitude and units pint's
    constructor would give it (tests/calc/test_units.py compares the two);
    everything else goes to pint's constructor."""
    if ureg.force_ndarray or ureg.force_ndarray_like:
        return  # pint would convert every magnitude: nothing to build directly
    pint_new = cls.__new__
    units_container = pint.util.UnitsContainer

    def __new__(klass, value, units=None):
        if type(value) in _PLAIN_MAGNITUDES:
            if type(units) is units_container:
                inst = object.__new__(klass)
                inst._magnitude, inst._units = value, units
                return inst
            if type(units) is str:
                inst = object.__new__(klass)
                inst._magnitude, inst._units = value, _container(units)
                return inst
        return pint_new(klass, value, units)

    cls.__new__ = __new__


_fast_quantities(Quantity)

# Spellings users type that pint does not know; order matters (longest first).
_REPLACEMENTS = (
    ("℃", "degC"),
    ("°C", "degC"),
    ("° C", "degC"),
    ("K⁻¹", " 1/K"),
    ("h⁻¹", " 1/h"),
    ("·", "*"),
    ("⋅", "*"),
    ("×", "*"),
    ("²", "**2"),
    ("³", "**3"),
    ("μ", "u"),
    ("µ", "u"),
    ("元", " CNY"),
    ("万元", " wan_yuan"),
    ("平方米", " m**2"),
    ("米", " m"),
    ("毫米", " mm"),
)
_NUMBER = re.compile(r"^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$")


class UnitInputError(ValueError):
    """A typed value that is not a number with a unit of the expected kind."""


def _normalise(text: str) -> str:
    # NFKC turns full-width digits and letters (common with Chinese input
    # methods) into ASCII, but it also folds superscripts, so replace those
    # first.
    for old, new in _REPLACEMENTS[:11]:
        text = text.replace(old, new)
    text = unicodedata.normalize("NFKC", text)
    for old, new in _REPLACEMENTS[11:]:
        text = text.replace(old, new)
    return text.strip()


def parse_quantity(text: str | float | int, unit: str, *, field: str = "value") -> pint.Quantity:
    """Parse what a user typed into a quantity expressed in ``unit``.

    Parameters
    ----------
    text : str or number
        For example ``"120 mm"``, ``"12 cm"``, ``"0.45 W/(m²·K)"``, ``"20 ℃"``.
        A bare number is taken to be in ``unit``.
    unit : str
        The unit the caller wants, e.g. ``"mm"``; it fixes the dimension.
    field : str
        Name used in the error message.

    Returns
    -------
    pint.Quantity
        The value converted to ``unit``.

    Raises
    ------
    UnitInputError
        When the text is not a finite number with a unit of ``unit``'s
        dimension; the message names the field, the text and the unit wanted.
    """
    target = ureg.Unit(unit)
    if isinstance(text, bool):
        raise UnitInputError(f"{field}: {text!r} is not a number; expected a value in {target:~P}")
    if isinstance(text, (int, float)):
        q = Q_(float(text), target)
    else:
        s = _normalise(str(text))
        if not s:
            raise UnitInputError(f"{field}: empty; expected a value in {target:~P}")
        if _NUMBER.match(s):
            q = Q_(float(s), target)
        else:
            q = _parse_with_unit(s, target, field, text)
    if not math.isfinite(q.magnitude):
        raise UnitInputError(f"{field}: {text!r} is not a finite number")
    return q


def _parse_with_unit(s: str, target, field: str, original) -> pint.Quantity:
    m = re.match(r"^\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\s*(.+)$", s)
    if not m:
        raise UnitInputError(f"{field}: {original!r} is not a number with a unit; expected e.g. '1.5 {target:~P}'")
    try:
        unit = ureg.Unit(m.group(2).strip())
    except Exception:  # pint raises several kinds for an unknown unit
        raise UnitInputError(f"{field}: unknown unit {m.group(2).strip()!r} in {original!r}; expected {target:~P}") from None
    q = Q_(float(m.group(1)), unit)
    if q.dimensionality != ureg.Quantity(1, target).dimensionality:
        raise UnitInputError(
            f"{field}: {original!r} has the wrong kind of unit; expected a value in {target:~P}, "
            f"got {unit:~P}"
        )
    return q.to(target)


def _same(a, b) -> bool:
    """Whether two parsed units are equal; most are the very object the
    parsing memo hands out, which needs no comparison."""
    return a is b or a == b


def check_dimension(q, unit: str, name: str) -> pint.Quantity:
    """Return ``q`` converted to ``unit``; raise ``UnitInputError`` if it is not
    a pint quantity of that dimension. For use at public entry points."""
    if not isinstance(q, pint.Quantity):
        raise UnitInputError(f"{name}: expected a quantity in {unit}, got {type(q).__name__} {q!r}")
    if isinstance(unit, str) and _same(q._units, _container(unit)):
        # already in ``unit``: pint's conversion would hand back the same
        # magnitude object; skip its parsing and lookups (hot in accounting)
        return Q_(q._magnitude, q._units)
    try:
        return to(q, unit)
    except pint.DimensionalityError:
        raise UnitInputError(f"{name}: expected a quantity in {unit}, got {q:~P}") from None


def magnitude(q, unit: str, name: str = "value"):
    """SI-side helper: the magnitude of ``q`` in ``unit`` after a dimension check."""
    if isinstance(q, pint.Quantity) and isinstance(unit, str):
        if _same(q._units, _container(unit)):
            return q._magnitude  # what the conversion to the same unit returns
        try:
            m = _scaled(q, unit)
        except pint.DimensionalityError:
            m = None  # check_dimension names the field
        if m is not None:
            return m
    return check_dimension(q, unit, name).magnitude


# Magnitudes pint converts as ``value * factor`` (it turns the factor into a
# Decimal or Fraction for those).
_PLAIN_MAGNITUDES = (float, int, np.ndarray, np.floating, np.integer)


@functools.lru_cache(maxsize=4096)
def _factor(src, unit: str):
    """pint's conversion factor from the parsed units ``src`` to ``unit``
    (None when either holds an offset unit such as °C, which pint converts
    otherwise). Computed by converting the integer 1, whose product with
    the factor is the factor itself, value and type; raises pint's
    DimensionalityError (not memoised) when the dimensions differ."""
    one = Q_(1, src)
    if not one._is_multiplicative or not Q_(1, unit)._is_multiplicative:
        return None
    return one.to(unit).magnitude


def _scaled(q, unit: str):
    """The magnitude of ``q`` in ``unit`` as ``q.to(unit)`` gives it
    (``value * factor``), with the factor looked up once per pair of units;
    None where pint converts otherwise (offset units, Decimal magnitudes)."""
    m = q._magnitude
    if _same(q._units, _container(unit)):
        return m  # pint hands back the magnitude itself
    if not isinstance(m, _PLAIN_MAGNITUDES):
        return None
    f = _factor(q._units, unit)
    return None if f is None else m * f


def convert(m, src, unit: str):
    """The magnitude ``m`` in units ``src`` (a unit string or parsed units)
    converted to ``unit``: ``Q_(m, src).to(unit).magnitude`` without making
    the quantities."""
    src = _container(src) if isinstance(src, str) else src
    if _same(src, _container(unit)):
        return m
    f = _factor(src, unit) if isinstance(m, _PLAIN_MAGNITUDES) else None
    return Q_(m, src).to(unit).magnitude if f is None else m * f


def to(q, unit: str) -> pint.Quantity:
    """``q.to(unit)``, the same magnitude and units, without pint's parsing
    and conversion lookups on every call: an assessment converts some
    thousand quantities between a few pairs of units."""
    if isinstance(unit, str):
        m = _scaled(q, unit)
        if m is not None:
            return Q_(m, _container(unit))
    return q.to(unit)


def as_unit(q, unit: str) -> pint.Quantity:
    """``q`` itself when it is already in ``unit``, else :func:`to`: for
    quantities read and never changed in place (results, tables)."""
    return q if isinstance(q, pint.Quantity) and _same(q._units, _container(unit)) else to(q, unit)


def format_quantity(q: pint.Quantity, unit: str) -> str:
    """The canonical text of a quantity in project files: the shortest
    ``repr`` that round-trips the float, a space, and ``unit`` as written by
    the caller (``"120.0 mm"``), so that save -> load -> save is byte-exact."""
    m = _scaled(q, unit) if isinstance(q, pint.Quantity) else None
    return f"{float(q.to(unit).magnitude if m is None else m)!r} {unit}"
