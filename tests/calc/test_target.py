"""Tests of calc.target: the 30 % / 20 % check at and around the thresholds,
and sequential contributions that add up to the package saving."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calc import target as T
from calc.units import Q_, UnitInputError


@pytest.mark.parametrize("after,passed", [
    (70.01, False),   # 29.99 %
    (70.00, True),    # 30.00 %
    (69.99, True),    # 30.01 %
])
def test_residential_threshold(after, passed):
    c = T.check_target(Q_(100, "tce"), Q_(after, "tce"), is_public=False)
    assert c.target == 0.30
    assert c.passed is passed
    # margin = 100 × (saving − 0.30) pp; e.g. after 70.01 -> 29.99 % -> −0.01 pp
    assert c.margin_pp == pytest.approx(100 * (1 - after / 100) - 30, abs=1e-9)


@pytest.mark.parametrize("after,passed", [(80.01, False), (80.0, True), (79.99, True)])
def test_public_threshold(after, passed):
    c = T.check_target(Q_(100, "tce"), Q_(after, "tce"), is_public=True)
    assert c.target == 0.20
    assert c.passed is passed


def test_exact_threshold_with_awkward_floats():
    # 1 − 0.7·x / x is 0.30000000000000004 or 0.29999999999999993 depending on x;
    # both must pass
    for before in (3.0, 7.0, 11.0, 123.456, 0.1):
        assert T.check_target(Q_(before, "tce"), Q_(0.7 * before, "tce"), False).passed


def test_margin_sign_and_value():
    c = T.check_target(Q_(200, "tce"), Q_(130, "tce"), is_public=False)
    # saving 70/200 = 35 %; margin +5 pp
    assert c.saving_rate == pytest.approx(0.35)
    assert c.margin_pp == pytest.approx(5.0)


def test_bases_have_their_units():
    c = T.check_target(Q_(1000, "MWh"), Q_(750000, "kWh"), is_public=True, basis="delivered_kwh")
    assert c.saving_rate == pytest.approx(0.25) and c.passed
    c = T.check_target(Q_(50, "t"), Q_(40000, "kg"), is_public=False, basis="co2")
    assert c.saving_rate == pytest.approx(0.20) and not c.passed


def test_wrong_unit_for_basis():
    # CO2 mass on a standard-coal basis
    with pytest.raises(UnitInputError, match="before"):
        T.check_target(Q_(100, "t"), Q_(70, "t"), False, basis="total_tce")


def test_unknown_basis_lists_the_valid_ones():
    with pytest.raises(ValueError, match="total_tce"):
        T.check_target(Q_(1, "tce"), Q_(1, "tce"), False, basis="primary")


def test_zero_baseline_is_not_applicable():
    # a southern office on the heating basis: 0 tce before, nothing to save
    assert T.saving_rate(Q_(0, "tce"), Q_(1, "tce")) is None
    c = T.check_target(Q_(0, "tce"), Q_(0, "tce"), True, basis="heating_tce")
    assert c.saving_rate is None and c.passed is None and c.margin_pp is None
    assert "0 tce" in c.reason


def test_negative_baseline_is_not_applicable():
    # net exporter under the all-generation credit: -2 tce before
    c = T.check_target(Q_(-2, "tce"), Q_(-3, "tce"), False)
    assert c.passed is None and "negative" in c.reason


def test_negative_saving_and_net_export():
    assert T.saving_rate(Q_(100, "tce"), Q_(110, "tce")) == pytest.approx(-0.10)
    assert T.saving_rate(Q_(100, "tce"), Q_(-5, "tce")) == pytest.approx(1.05)


def test_sequential_contributions_hand_example():
    # E0 = 100; walls -> 80; windows -> 72; metering -> 65
    # contributions 20, 8, 7 pp; sum 35 pp = 1 − 65/100
    parts = T.sequential_contributions(Q_(100, "tce"), [
        ("walls", Q_(80, "tce")), ("windows", Q_(72, "tce")), ("metering", Q_(65, "tce"))])
    assert [p.label for p in parts] == ["walls", "windows", "metering"]
    assert [p.contribution_pp for p in parts] == pytest.approx([20, 8, 7])
    assert parts[1].saving.to("tce").m == pytest.approx(8)


@settings(max_examples=100, deadline=None)
@given(st.floats(1, 1e6), st.lists(st.floats(-0.5, 2.0), min_size=1, max_size=12))
def test_contributions_add_up_to_the_package_saving(e0, fractions):
    # intermediate states between −50 % and +200 % of the baseline
    values = [f * e0 for f in fractions]
    parts = T.sequential_contributions(Q_(e0, "tce"), [(str(i), Q_(v, "tce")) for i, v in enumerate(values)])
    package = 100 * T.saving_rate(Q_(e0, "tce"), Q_(values[-1], "tce"))
    assert sum(p.contribution_pp for p in parts) == pytest.approx(package, rel=1e-9, abs=1e-9)


def test_contributions_without_a_positive_baseline_are_not_applicable():
    parts = T.sequential_contributions(Q_(0, "kWh"), [("a", Q_(-1, "kWh"))])
    assert parts[0].contribution_pp is None and parts[0].saving.to("kWh").m == pytest.approx(1)


def test_project_type_names_mixed_projects():
    from calc.target import project_type

    assert project_type([False, False]) == "residential"
    assert project_type([True]) == "public"
    assert project_type([False, True]) == "mixed"
