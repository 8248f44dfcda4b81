"""Loans against hand calculations."""

import numpy as np
import pytest

from calc import economics
from calc.contracts.finance import loan_flows
from calc.units import Q_


def test_annuity_loan_by_hand():
    # A = 100 000 × 0.05 × 1.05⁵ / (1.05⁵ − 1) = 23 097.48
    f = loan_flows(Q_(100_000.0, "CNY"), 0.05, 5, 10).m
    assert f[0] == pytest.approx(100_000.0)
    assert f[1:6] == pytest.approx([-23_097.48] * 5, abs=0.01)
    assert np.all(f[6:] == 0)
    # at its own rate a loan is worth nothing
    assert economics.npv(0.05, Q_(f, "CNY")).m == pytest.approx(0.0, abs=1e-6)


def test_loan_longer_than_the_period():
    # 10-year loan, 4-year period: A = 12 950.46; balance after 4 payments = A × (1 − 1.05⁻⁶)/0.05 = 65 732.5
    f = loan_flows(Q_(100_000.0, "CNY"), 0.05, 10, 4).m
    assert f[1:4] == pytest.approx([-12_950.46] * 3, abs=0.01)
    assert f[4] == pytest.approx(-12_950.46 - 65_732.5, abs=0.1)


def test_interest_free_loan():
    f = loan_flows(Q_(50_000.0, "CNY"), 0.0, 5, 5).m
    assert f[1:] == pytest.approx([-10_000.0] * 5)


def test_esco_loan_in_shared_savings():
    from calc.contracts.epc import contract_flows
    from calc.model import Contract

    f = contract_flows(Contract(kind="shared_savings", term=5), saving=Q_(30_000.0, "CNY/year"),
                       cost_before=Q_(0.0, "CNY/year"), investment=Q_(100_000.0, "CNY"),
                       maintenance=Q_(1000.0, "CNY/year"), period=10, escalation=0.0, rate=0.06,
                       loan_share=0.5, loan_rate=0.05, loan_term=5)
    # half borrowed: −50 000 at year 0; 23 000 − 50 000 × CRF(5 %, 5) = 23 000 − 11 548.74
    assert f.esco.m[0] == pytest.approx(-50_000.0)
    assert f.esco.m[1:6] == pytest.approx([11_451.26] * 5, abs=0.01)


# --- subsidy schemes --------------------------------------------------------------

from calc.contracts.finance import scheme_amount  # noqa: E402
from calc.model import SubsidyScheme  # noqa: E402

ARGS = dict(floor_area=Q_(1000.0, "m**2"), dwellings=12, investment=Q_(100_000.0, "CNY"),
            heat_pump_kw=Q_(20.0, "kW"), pv_kwp=Q_(50.0, "kW"), tce_saved=Q_(10.0, "tce"))


@pytest.mark.parametrize("basis, rate, cap, expected", [
    ("floor_area", 45.0, None, 45_000.0),        # 1000 m² × 45
    ("floor_area", 45.0, 40_000.0, 40_000.0),    # capped
    ("dwelling", 2000.0, None, 24_000.0),        # 12 × 2000
    ("investment_share", 0.3, None, 30_000.0),   # 30 % of 100 000
    ("heat_pump_capacity", 500.0, None, 10_000.0),
    ("pv_power", 1000.0, None, 50_000.0),        # 50 kWp × 1000
    ("tce_saved", 240.0, None, 2400.0),          # 10 tce/a × 240 (财建〔2010〕249号)
])
def test_scheme_amounts_by_hand(basis, rate, cap, expected):
    s = SubsidyScheme(basis=basis, rate=rate, cap=None if cap is None else Q_(cap, "CNY"))
    assert scheme_amount(s, **ARGS).m == pytest.approx(expected)


def test_share_above_one_is_refused():
    from calc.schema import ValidationError

    with pytest.raises(ValidationError, match="rate"):
        SubsidyScheme(basis="investment_share", rate=1.5)


def test_library_row_builds_a_scheme():
    from calc.datasets import tables

    d = tables.subsidy_scheme("northern_retrofit_cold")
    s = SubsidyScheme(**{k: d[k] for k in ("name", "basis", "rate", "recipient")})
    assert (s.basis, s.rate) == ("floor_area", 45.0) and "957" in d["source"]
