"""PV economics: module degradation in the cash flows, export price by city."""

import pytest

from calc import economics
from calc.assess import assess
from calc.schema import set_path
from calc.units import Q_

ZERO = economics.Investment(Q_(0.0, "CNY"), Q_(0.0, "CNY"), Q_(0.0, "CNY"), Q_(30.0, "year"),
                            Q_(0.0, "CNY/year"), None, "")


def test_degradation_by_hand():
    # 1000 CNY/a fading 1 %/a: 1000, 990, 980.1; with 2 % escalation year 2 = 1000 × 1.02² × 0.99
    f = economics.cash_flows(ZERO, Q_(1000.0, "CNY/year"), 3, 0.0, 0.01).m
    assert f.tolist() == pytest.approx([0.0, 1000.0, 990.0, 980.1])
    g = economics.cash_flows(ZERO, Q_(1000.0, "CNY/year"), 3, 0.02, 0.01).m
    assert g[2] == pytest.approx(1000 * 1.02 ** 2 * 0.99)


def test_degradation_lowers_only_the_pv(office):
    fresh = assess(set_path(office, "economics.pv_degradation", 0.0), sensitivity=False)
    aged = assess(office, sensitivity=False)
    pv = [i for i, m in enumerate(aged.measures) if m.kind == "rooftop_pv"][0]
    other = [i for i, m in enumerate(aged.measures) if m.kind != "rooftop_pv"][0]
    assert aged.measures[pv].npv.m < fresh.measures[pv].npv.m
    assert aged.measures[other].npv.m == pytest.approx(fresh.measures[other].npv.m)
    assert aged.economics.npv.m < fresh.economics.npv.m
    # first-year figures do not change
    assert aged.economics.simple_payback.m == pytest.approx(fresh.economics.simple_payback.m)
