"""Number formatting at the report's edge."""

import pytest

from calc.units import Q_
from reports import fmt


@pytest.mark.parametrize("q, unit, text", [
    (Q_(1234.56, "kWh"), "kWh", "1,235"),
    (Q_(1000.0, "kWh"), "GJ", "3.6"),
    (Q_(99.264, "tce"), "tce", "99.26"),
    (Q_(0.342, "dimensionless"), "percent", "34.2"),
    (Q_(34.2, "percent"), "percent", "34.2"),
    (Q_(1850000.0, "CNY"), "CNY", "1,850,000"),
    (Q_(21.46, "year"), "a", "21.5"),
    (Q_(85.0, "kW"), "kWp", "85.0"),
    (1234.5, "kWh", "1,234"),  # a magnitude already in the display unit (banker's rounding of .5 is Python's)
])
def test_value_converts_and_rounds_per_unit(q, unit, text):
    assert fmt.value(q, unit, "en") == text


def test_signed_margin_and_negative_zero():
    assert fmt.quantity(Q_(4.23, "pp"), "pp", "en", signed=True) == "+4.2 pp"
    assert fmt.quantity(Q_(-2.5, "pp"), "pp", "en", signed=True) == "-2.5 pp"
    assert fmt.quantity(Q_(-0.01, "pp"), "pp", "en", signed=True) == "0.0 pp"
    assert fmt.quantity(Q_(4.23, "pp"), "pp", "zh", signed=True) == "+4.2个百分点"


def test_units_by_language():
    assert fmt.quantity(Q_(38.04, "percent"), "percent", "en") == "38.0%"
    assert fmt.quantity(Q_(1200.0, "CNY"), "CNY", "zh") == "1,200元"
    assert fmt.quantity(Q_(1200.0, "CNY"), "CNY", "en") == "1,200 CNY"


def test_missing_values_say_so():
    assert fmt.value(None, "CNY", "en") == "n/a"
    assert fmt.value(float("nan"), "CNY", "zh") == "无"
    assert fmt.years(None, "en") == "never"
    assert fmt.years(None, "zh") == "不能回收"


def test_wrong_dimension_is_an_error_not_a_number():
    with pytest.raises(Exception):
        fmt.value(Q_(1.0, "m"), "kWh", "en")
