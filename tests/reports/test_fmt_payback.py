from calc.units import Q_
from reports import fmt


def test_payback_without_investment_is_a_dash():
    assert fmt.years(Q_(0.0, "year"), "en", Q_(0.0, "CNY")) == "—"
    assert fmt.years(Q_(0.0, "year"), "zh", Q_(0.0, "CNY")) == "—"
    assert fmt.years(Q_(7.0, "year"), "en", Q_(100.0, "CNY")) == fmt.years(Q_(7.0, "year"), "en")
