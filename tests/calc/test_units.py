import numpy as np
import pint
import pytest

from calc.units import (Q_, UnitInputError, as_unit, check_dimension, convert, format_quantity, magnitude,
                        parse_quantity, to, ureg)


def test_tce_is_29_3076_gj():
    # GB/T 2589-2020: 1 kgce = 29 307.6 kJ
    assert Q_(1, "tce").to("GJ").m == pytest.approx(29.3076, rel=1e-12)


def test_kgce_of_one_kwh_equal_value():
    # 3.6 MJ / 29.3076 MJ = 0.12284 kgce; GB/T 2589-2020 Appendix A tabulates
    # the rounded 0.1229 kgce/kWh
    assert Q_(1, "kWh").to("kgce").m == pytest.approx(3.6 / 29.3076, rel=1e-12)
    assert Q_(1, "kWh").to("kgce").m == pytest.approx(0.1229, abs=1e-4)


def test_energy_conversions():
    assert Q_(1, "GJ").to("kWh").m == pytest.approx(1e9 / 3.6e6)
    assert Q_(1000, "kgce").to("tce").m == pytest.approx(1.0)
    assert Q_(277.7777777, "kWh").to("GJ").m == pytest.approx(1.0, rel=1e-8)


def test_currency_is_its_own_dimension():
    assert Q_(5, "CNY/m**2").dimensionality != Q_(5, "kWh/m**2").dimensionality
    assert Q_(1, "wan_yuan").to("CNY").m == 10000
    with pytest.raises(Exception):
        Q_(1, "CNY").to("kWh")


@pytest.mark.parametrize("text, unit, expected", [
    ("120 mm", "mm", 120.0),
    ("12 cm", "mm", 120.0),
    ("0.12 m", "mm", 120.0),
    ("120", "mm", 120.0),
    ("１２０ mm", "mm", 120.0),           # full-width digits from a Chinese input method
    ("0.45 W/(m²·K)", "W/(m**2*K)", 0.45),
    ("0.45 W/(m^2*K)", "W/(m**2*K)", 0.45),
    ("20 ℃", "degC", 20.0),
    ("20 °C", "degC", 20.0),
    ("0.5 h⁻¹", "1/h", 0.5),
    ("1 kW", "W", 1000.0),
    ("5 元/m²", "CNY/m**2", 5.0),
    ("1e3 W", "kW", 1.0),
])
def test_parse_typed_values(text, unit, expected):
    q = parse_quantity(text, unit)
    assert q.units == ureg.Unit(unit)
    assert q.m == pytest.approx(expected)


@pytest.mark.parametrize("text", ["3 kg", "12 s", "abc", "", "nan", "inf mm", "1.2.3 mm"])
def test_parse_rejects_wrong_input_with_field_name(text):
    with pytest.raises(UnitInputError) as err:
        parse_quantity(text, "mm", field="wall.thickness")
    assert "wall.thickness" in str(err.value)


def test_wrong_dimension_message_names_expected_unit():
    with pytest.raises(UnitInputError, match="expected a value in"):
        parse_quantity("3 kg", "W/(m**2*K)", field="u")


def test_check_dimension():
    assert check_dimension(Q_(1, "kWh"), "MJ", "e").m == pytest.approx(3.6)
    with pytest.raises(UnitInputError, match="e: expected a quantity in MJ"):
        check_dimension(Q_(1, "m"), "MJ", "e")
    with pytest.raises(UnitInputError):
        check_dimension(3.0, "MJ", "e")


def test_format_round_trips_exactly():
    for x in (0.1 + 0.2, 1e-9, 123456.789, -3.0):
        q = Q_(x, "mm")
        assert parse_quantity(format_quantity(q, "mm"), "mm").m == x



@pytest.mark.parametrize("value, src, dst", [
    (1.0, "kWh", "GJ"), (3, "kWh", "MJ"), (0.1 + 0.2, "kWh/m**2", "MJ/m**2"), (7.5, "kgce/kWh", "tce/kWh"),
    (np.array([0.5, 2.0, 1e7]), "W", "kW"), (np.array([1, 2, 3]), "kWh", "GJ"), (2.5, "tCO2", "kg"),
    (12.0, "CNY/year", "CNY/a"), (-4.0, "percent", "dimensionless"), (20.0, "degC", "K"), (5.0, "delta_degC", "K"),
])
def test_to_is_pints_conversion(value, src, dst):
    # the memoised factor must give pint's own magnitude, bit for bit and of the same type
    q = Q_(value, src)
    mine, pints = to(q, dst), q.to(dst)
    assert mine.units == pints.units
    assert type(mine.m) is type(pints.m)
    assert np.array_equal(np.asarray(mine.m), np.asarray(pints.m))
    assert np.array_equal(np.asarray(magnitude(q, dst)), np.asarray(pints.m))


def test_to_refuses_another_dimension():
    with pytest.raises(pint.DimensionalityError):
        to(Q_(1.0, "kWh"), "m")
    with pytest.raises(UnitInputError, match="x: expected a quantity in m"):
        magnitude(Q_(1.0, "kWh"), "m", "x")


@pytest.mark.parametrize("value, src, dst", [(2.0, "kWh", "GJ"), (7, "kWh", "MJ"), (np.array([1.0, 3.0]), "W", "kW"),
                                             (20.0, "degC", "K"), (1.5, "GJ", "GJ")])
def test_convert_is_pints_conversion(value, src, dst):
    expected = Q_(value, src).to(dst).m
    for unit in (src, ureg.parse_units(src)._units):
        got = convert(value, unit, dst)
        assert type(got) is type(expected) and np.array_equal(np.asarray(got), np.asarray(expected))


def test_as_unit_keeps_a_quantity_in_its_unit():
    q = Q_(2.0, "kWh")
    assert as_unit(q, "kWh") is q
    assert as_unit(q, "MJ").m == pytest.approx(7.2) and as_unit(q, "MJ").units == ureg.MJ


@pytest.mark.parametrize("value", [2.5, 3, np.float64(-1.25), np.int64(7), np.array([1.0, 2.0])])
@pytest.mark.parametrize("unit", ["kWh", "degC", "W/(m**2*K)", "kgce/kWh", "1/h", "CNY"])
def test_quantities_built_directly_are_pints_own(value, unit):
    # the constructor's fast path must give what pint's own constructor
    # (PlainQuantity.__new__) gives: same class, magnitude object, units,
    # and the same arithmetic and conversions afterwards
    from pint.facets.plain.quantity import PlainQuantity

    from calc.units import _container

    for units in (unit, _container(unit)):
        fast, slow = Q_(value, units), PlainQuantity.__new__(Q_, value, units)
        assert type(fast) is type(slow) is Q_
        assert fast._magnitude is value and slow._magnitude is value
        assert fast._units == slow._units
        assert fast._REGISTRY is slow._REGISTRY
        np.testing.assert_array_equal((fast * 2).to_base_units().m, (slow * 2).to_base_units().m)
        assert repr(fast) == repr(slow)


def test_other_magnitudes_still_go_through_pint():
    # lists become arrays, text is parsed, None is refused -- as pint does
    assert isinstance(Q_([1.0, 2.0], "m")._magnitude, np.ndarray)
    assert Q_("3 m").to("cm").m == pytest.approx(300.0)
    with pytest.raises(TypeError):
        Q_(None, "m")
