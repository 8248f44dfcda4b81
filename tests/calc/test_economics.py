"""Tests of calc.economics against textbook closed forms and hand-priced
measures of the sample residential project."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from calc import economics as E
from calc.model import Economics, Measure
from calc.projectfile import load
from calc.units import Q_

ROOT = Path(__file__).resolve().parents[2]


def inv(gross=1000.0, subsidy=0.0, life=10, maint=0.0) -> E.Investment:
    return E.Investment(Q_(gross, "CNY"), Q_(subsidy, "CNY"), Q_(gross - subsidy, "CNY"), Q_(life, "year"),
                        Q_(maint, "CNY/year"), None, "test")


@pytest.fixture(scope="module")
def flat():
    return load(ROOT / "datasets" / "examples" / "residential_beijing_1980s.json")


# ---------------------------------------------------------------- NPV / IRR

def test_npv_two_year_textbook():
    # −100, +60, +60 at 10 %: −100 + 60/1.1 + 60/1.21 = −100 + 54.5455 + 49.5868 = 4.1322
    assert E.npv(0.10, Q_([-100, 60, 60], "CNY")).to("CNY").m == pytest.approx(4.1322, abs=1e-4)


def test_irr_two_year_closed_form():
    # 60x² + 60x − 100 = 0 with x = 1/(1+r): x = (−60 + √27600)/120 = 0.8844375
    # r = 1/0.8844375 − 1 = 0.130662
    r = E.irr(Q_([-100, 60, 60], "CNY"))
    assert r.rate == pytest.approx(0.130662, abs=1e-6)
    assert r.reason == ""


def test_npv_of_level_savings_is_the_annuity():
    # I = 1000, S = 200/a for 10 a at 6 %: annuity factor (1 − 1.06^−10)/0.06 = 7.360087
    # NPV = −1000 + 200 × 7.360087 = 472.017
    flows = E.cash_flows(inv(1000, life=10), Q_(200, "CNY/year"), 10, 0.0)
    assert E.npv(0.06, flows).m == pytest.approx(472.017, abs=1e-3)


def test_npv_of_escalating_savings_is_the_growing_annuity():
    # S(1+e)^t, t = 1..n: PV = S(1+e)/(r−e) · [1 − ((1+e)/(1+r))^n]
    s, e, r, n = 200.0, 0.02, 0.06, 10
    # (1.02/1.06)^10 = exp(10 · (0.0198026 − 0.0582689)) = exp(−0.384663) = 0.680680
    # PV = 200 · 1.02 / 0.04 · (1 − 0.680680) = 5100 · 0.319320 = 1628.53
    pv = s * (1 + e) / (r - e) * (1 - ((1 + e) / (1 + r)) ** n)
    flows = E.cash_flows(inv(1000, life=10), Q_(s, "CNY/year"), n, e)
    assert E.npv(r, flows).m == pytest.approx(pv - 1000, rel=1e-9)
    assert pv == pytest.approx(1628.53, abs=0.01)


def test_irr_of_level_savings_solves_the_annuity_equation():
    # 1000 = 200 · (1 − (1+r)^−10)/r has r = 15.098 % (annuity tables: 5.0188 at 15 %)
    flows = E.cash_flows(inv(1000, life=10), Q_(200, "CNY/year"), 10, 0.0)
    r = E.irr(flows).rate
    assert 200 * (1 - (1 + r) ** -10) / r == pytest.approx(1000, rel=1e-9)
    assert r == pytest.approx(0.15098, abs=1e-4)


def test_irr_without_sign_change_is_none_with_reason():
    r = E.irr(Q_([100, 10, 10], "CNY"))
    assert r.rate is None and "sign" in r.reason
    r = E.irr(Q_([-100, -10, -10], "CNY"))
    assert r.rate is None and "sign" in r.reason


def test_irr_with_reinvestment_notes_several_sign_changes():
    r = E.irr(Q_([-100, 80, -50, 80, 80], "CNY"))
    assert r.rate is not None and "sign changes" in r.reason
    assert E.npv(r.rate, Q_([-100, 80, -50, 80, 80], "CNY")).m == pytest.approx(0, abs=1e-6)


# ---------------------------------------------------------------- cash flows

def test_reinvestment_and_residual_value():
    # gross 1000, subsidy 200, life 15 a, period 20 a, no saving:
    # t0 −800; t15 −1000 (replacement at gross); t20 residual of the second unit:
    # 15 + 15 − 20 = 10 a left of 15 -> +1000 × 10/15 = +666.67
    f = E.cash_flows(inv(1000, subsidy=200, life=15), Q_(0, "CNY/year"), 20).to("CNY").m
    expected = np.zeros(21)
    expected[0], expected[15], expected[20] = -800, -1000, 1000 * 10 / 15
    np.testing.assert_allclose(f, expected, atol=1e-9)


def test_long_life_gets_residual_only():
    # life 25 a in a 20 a period: residual 1000 × 5/25 = 200
    f = E.cash_flows(inv(1000, life=25), Q_(0, "CNY/year"), 20).m
    assert f[20] == pytest.approx(200) and np.all(f[1:20] == 0)


def test_maintenance_is_subtracted_every_year():
    f = E.cash_flows(inv(1000, life=30, maint=10), Q_(100, "CNY/year"), 5).m
    np.testing.assert_allclose(f[1:5], 90.0)


def test_bad_period():
    with pytest.raises(ValueError, match="analysis_period"):
        E.cash_flows(inv(), Q_(1, "CNY/year"), 0)


# ---------------------------------------------------------------- payback

def test_simple_payback():
    assert E.simple_payback(Q_(1000, "CNY"), Q_(250, "CNY/year")).to("year").m == pytest.approx(4.0)
    assert E.simple_payback(Q_(1000, "CNY"), Q_(0, "CNY/year")) is None
    assert E.simple_payback(Q_(1000, "CNY"), Q_(-5, "CNY/year")) is None
    assert E.simple_payback(Q_(0, "CNY"), Q_(-5, "CNY/year")).m == 0


def test_discounted_payback_interpolated():
    # cumulative discounted at 10 %: −100, −45.4545, +4.1322
    # payback = 1 + 45.4545 / (45.4545 + 4.1322) = 1.91667 a
    p = E.discounted_payback(0.10, Q_([-100, 60, 60], "CNY"))
    assert p.to("year").m == pytest.approx(1.91667, abs=1e-5)


def test_discounted_payback_never():
    assert E.discounted_payback(0.06, Q_([-100, 10, 10, 10], "CNY")) is None


def test_discounted_payback_at_zero_rate_equals_simple():
    p = E.discounted_payback(0.0, E.cash_flows(inv(1000, life=30), Q_(250, "CNY/year"), 20, 0.0))
    assert p.m == pytest.approx(4.0)


# ---------------------------------------------------------------- annualised indicators

def test_capital_recovery_factor():
    # CRF(6 %, 10 a) = 0.06 · 1.06^10 / (1.06^10 − 1) = 0.06 · 1.790848 / 0.790848 = 0.135868
    assert E.capital_recovery_factor(0.06, 10) == pytest.approx(0.135868, abs=1e-6)
    assert E.capital_recovery_factor(0.0, 8) == pytest.approx(0.125)


def test_cost_of_saved_energy():
    # 1000 CNY × 0.135868 / 1000 kWh = 0.135868 CNY/kWh
    c = E.cost_of_saved_energy(inv(1000, life=10), 0.06, Q_(1000, "kWh/year"))
    assert c.to("CNY/kWh").m == pytest.approx(0.135868, abs=1e-6)
    assert E.cost_of_saved_energy(inv(), 0.06, Q_(0, "kWh/year")) is None


def test_abatement_cost():
    # (135.868 − 100) CNY/a / 1 t/a = 35.868 CNY/t
    c = E.abatement_cost(inv(1000, life=10), 0.06, Q_(100, "CNY/year"), Q_(1, "t/year"))
    assert c.to("CNY/t").m == pytest.approx(35.868, abs=1e-3)
    assert E.abatement_cost(inv(), 0.06, Q_(100, "CNY/year"), Q_(0, "t/year")) is None


def test_appraise_collects_the_indicators():
    a = E.appraise(inv(1000, life=10), Q_(200, "CNY/year"),
                   Economics(discount_rate=0.06, energy_price_escalation=0.0, analysis_period=10),
                   Q_(2000, "kWh/year"), Q_(1, "t/year"))
    assert a.npv.m == pytest.approx(472.017, abs=1e-3)
    assert a.simple_payback.m == pytest.approx(5.0)
    assert a.cost_of_saved_energy.m == pytest.approx(0.135868 / 2, abs=1e-6)
    assert a.abatement_cost.m == pytest.approx(135.868 - 200, abs=1e-3)


# ---------------------------------------------------------------- MACC

def test_macc_sorted_and_stacked():
    bars = E.macc([
        ("walls", Q_(50, "CNY/t"), Q_(2, "t/year")),
        ("metering", Q_(-20, "CNY/t"), Q_(1, "t/year")),
        ("nothing", None, Q_(3, "t/year")),
        ("zero", Q_(10, "CNY/t"), Q_(0, "t/year")),
    ])
    assert [b.label for b in bars] == ["metering", "walls"]
    assert [b.start.m for b in bars] == [0, 1] and [b.end.m for b in bars] == [1, 3]


# ---------------------------------------------------------------- quantities and costs

def test_quantities_from_geometry(flat):
    # 60 × 11 m, 6 storeys of 2.8 m; WWR S 0.35, N 0.25, E/W 0.02
    # facades S/N 60 × 16.8 = 1008 m², E/W 11 × 16.8 = 184.8 m²
    # windows 352.8 + 252 + 2 × 3.696 = 612.192 m²; walls 2385.6 − 612.192 = 1773.408 m²
    assert E.measure_quantity(flat, "window_area").m == pytest.approx(612.192)
    assert E.measure_quantity(flat, "wall_area").m == pytest.approx(1773.408)
    assert E.measure_quantity(flat, "roof_area").m == pytest.approx(660)
    assert E.measure_quantity(flat, "floor_area").m == pytest.approx(3960)
    assert E.measure_quantity(flat, "floor_area", kind="floor_insulation").m == pytest.approx(660)
    assert E.measure_quantity(flat, "dwelling").m == 72
    # pipe segments of the sample: 90 + 70 + 40 m
    assert E.measure_quantity(flat, "trench_length").m == pytest.approx(200)


def test_wall_insulation_cost(flat):
    # EPS 100 mm: ETICS works 150 CNY/m² + board 0.35 CNY/(m²·mm) × 100 mm = 185 CNY/m²
    # 1773.408 m² × 185 = 328 080.48 CNY; maintenance 0.5 %/a
    m = next(m for m in flat.measures if m.kind == "wall_insulation")
    assert m.params["thickness"].m == 100
    i = E.measure_cost(flat, m)
    assert i.gross.to("CNY").m == pytest.approx(328080.48, abs=0.01)
    assert i.maintenance.m == pytest.approx(328080.48 * 0.005, abs=0.01)


def test_pipe_renewal_cost_per_segment(flat):
    # DN100 90 m × 1500 + DN80 -> DN100 70 m × 1500 + DN50 40 m × 900 = 276 000 CNY
    i = E.measure_cost(flat, Measure(kind="pipe_renewal"))
    assert i.gross.m == pytest.approx(276000)


def test_metering_per_dwelling(flat):
    # 72 dwellings × 1800 CNY
    assert E.measure_cost(flat, Measure(kind="metering_reform")).gross.m == pytest.approx(129600)


def test_pv_cost_needs_the_peak_power(flat):
    with pytest.raises(ValueError, match="peak_power"):
        E.measure_cost(flat, Measure(kind="rooftop_pv"))
    # 40 kWp × 3.3 CNY/Wp = 132 000 CNY
    assert E.measure_cost(flat, Measure(kind="rooftop_pv"), peak_power=Q_(40, "kW")).gross.m == pytest.approx(132000)


def test_override_and_subsidy(flat):
    m = Measure(kind="wall_insulation", investment=Q_(50000, "CNY"), subsidy=Q_(10000, "CNY"),
                lifetime=Q_(30, "year"))
    i = E.measure_cost(flat, m)
    assert (i.gross.m, i.subsidy.m, i.net.m, i.lifetime.m) == (50000, 10000, 40000, 30)
    assert i.source == "user override"


def test_subsidy_above_an_entered_investment_is_refused_by_the_model():
    from calc.schema import ValidationError

    with pytest.raises(ValidationError, match="subsidy.*must not exceed the investment"):
        Measure(kind="wall_insulation", investment=Q_(5000, "CNY"), subsidy=Q_(10000, "CNY"))


def test_subsidy_above_the_table_cost_is_capped_at_it(flat):
    # the model cannot know the table cost; a subsidy never pays more than the work
    gross = E.measure_cost(flat, Measure(kind="wall_insulation")).gross.m
    inv = E.measure_cost(flat, Measure(kind="wall_insulation", subsidy=Q_(10 * gross, "CNY")))
    assert inv.subsidy.m == pytest.approx(gross) and inv.net.m == pytest.approx(0.0)
    assert "subsidy capped" in inv.source


def test_boiler_renewal_needs_a_boiler(flat):
    with pytest.raises(ValueError, match="supply.kind"):
        E.measure_cost(flat, Measure(kind="boiler_renewal"), heat_capacity=Q_(100, "kW"))


def test_low_and_high_cost_levels(flat):
    m = Measure(kind="rooftop_pv")
    lo = E.measure_cost(flat, m, peak_power=Q_(10, "kW"), level="low").gross.m
    hi = E.measure_cost(flat, m, peak_power=Q_(10, "kW"), level="high").gross.m
    assert (lo, hi) == (pytest.approx(28000), pytest.approx(40000))  # 2.8 and 4.0 CNY/Wp


# ---------------------------------------------------------------- tornado

def test_tornado_sorts_by_swing_and_judges_robustness():
    def evaluate(m):
        rate = 0.32 * m["behaviour"] + 0.01 * (m["heat_pump_cop"] - 1)
        payback = 10.0 * m["investment_costs"] / m["energy_prices"]
        return rate, payback

    t = E.tornado(evaluate, target=0.30)
    assert t.base[0] == pytest.approx(0.32) and t.base[1].m == pytest.approx(10)
    first = t.rows[0]
    # behaviour ±10 %: 0.288 .. 0.352, crosses 30 % -> not robust
    assert first.parameter == "behaviour"
    assert (first.saving_rate_low, first.saving_rate_high) == (pytest.approx(0.288), pytest.approx(0.352))
    assert not first.robust
    assert t.rows[1].parameter == "heat_pump_cop" and t.rows[1].robust
    prices = next(r for r in t.rows if r.parameter == "energy_prices")
    assert prices.payback_low.m == pytest.approx(12.5) and prices.payback_high.m == pytest.approx(10 / 1.2)


def test_tornado_payback_never():
    t = E.tornado(lambda m: (0.25, None if m["energy_prices"] < 1 else 8.0), cases={"energy_prices": (0.8, 1.2)})
    assert t.rows[0].payback_low is None and t.rows[0].payback_high.m == 8.0


def test_tornado_rejects_bad_multipliers_and_nan():
    with pytest.raises(ValueError, match="multipliers"):
        E.tornado(lambda m: (0.3, 1.0), cases={"x": (0.0, 1.2)})
    with pytest.raises(ValueError, match="not finite"):
        E.tornado(lambda m: (math.nan, 1.0), cases={"x": (0.9, 1.1)})


def test_irr_below_zero_found_on_the_negative_part_of_the_scan():
    # -100 now, 50 in a year: 50 / (1 + r) = 100 -> r = -0.5
    assert E.irr(Q_([-100, 50], "CNY")).rate == pytest.approx(-0.5, abs=1e-9)
    # -100 now, 1 in year 4: (1 + r)^4 = 0.01 -> r = 0.01^(1/4) - 1
    assert E.irr(Q_([-100, 0, 0, 0, 1], "CNY")).rate == pytest.approx(0.01 ** 0.25 - 1, abs=1e-9)


def test_irr_of_a_hundred_year_analysis_period():
    # level savings S over N = 100 years against I: the annuity equation
    # I = S (1 - (1 + r)^-N) / r, here with r = 5 %
    n, r = 100, 0.05
    invest = 1000.0 * (1 - (1 + r) ** -n) / r
    flows = Q_([-invest] + [1000.0] * n, "CNY")
    assert E.irr(flows).rate == pytest.approx(r, abs=1e-9)
