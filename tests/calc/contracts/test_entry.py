"""The views and the contract of the sample projects, through calc.assess."""

import pytest

from calc.assess import assess
from calc.results import to_json
from calc.schema import set_path


@pytest.fixture(scope="module")
def res(residential):
    return assess(residential, sensitivity=False)


def _heat_gj(variant):
    return variant.delivered["district_heat"].to("GJ").m


def test_sample_tariff_change_separated(res):
    o = res.stakeholders.occupant
    q = _heat_gj(res.baseline)
    # 3960 m² × 30 = 118 800 CNY by area; today's heat the two-part way: 0.3 × 118 800 + Q × 45
    assert o.heat_bill_before.m == pytest.approx(118_800.0)
    assert o.tariff_saving.m == pytest.approx(118_800 - (0.3 * 118_800 + 45.0 * q), abs=0.01)
    assert o.tariff_saving.m + o.consumption_saving.m == pytest.approx(o.bill_saving.m)
    assert o.revenue_neutral_heat_price.m == pytest.approx(0.7 * 118_800 / q)


def test_revenue_neutral_sample(residential, res):
    p = set_path(residential, "economics.tariffs.heat_energy_calibration", "revenue_neutral")
    a = assess(p, sensitivity=False)
    o = a.stakeholders.occupant
    assert o.metered_heat_price.m == pytest.approx(0.7 * 118_800 / _heat_gj(a.baseline))
    assert o.tariff_saving.m == pytest.approx(0.0, abs=1e-6)
    # the heating company loses only what the buildings no longer use
    h = a.stakeholders.heating_company
    assert h.revenue_after.m == pytest.approx(0.3 * 118_800 + o.metered_heat_price.m * _heat_gj(a.package), rel=1e-9)


def test_contract_in_json(res):
    data = to_json(res)
    c = data["contract"]
    assert c["contract_type"] == "shared_savings"
    n = 20  # the sample's analysis period
    assert len(c["esco_flows_cny"]) == n + 1 and len(c["client_flows_cny"]) == n + 1
    assert set(data["stakeholders"]) == {"occupant", "heating_company", "owner", "society"}
    assert c["esco_irr_low_pct"] is None  # no sensitivity run: no range


def test_office_has_no_heating_company(office):
    a = assess(office, sensitivity=False)
    assert a.stakeholders.heating_company is None
    assert a.contract.contract_type == "energy_cost_trusteeship"


def test_revenue_neutral_without_district_heat_warns(office):
    p = set_path(office, "economics.tariffs.heat_energy_calibration", "revenue_neutral")
    a = assess(p, sensitivity=False)
    assert any("Revenue-neutral" in w for w in a.warnings)


def test_no_contract(office):
    p = set_path(office, "economics.contract.kind", "none")
    assert assess(p, sensitivity=False).contract is None


def _with_tariffs(project, **changes):
    for k, v in changes.items():
        project = set_path(project, f"economics.tariffs.{k}", v)
    return project


def test_time_of_use_applied_hour_by_hour(office):
    flat = assess(office, sensitivity=False)
    same = assess(_with_tariffs(office, electricity_tariff="time_of_use", peak_factor=1.0, valley_factor=1.0),
                  sensitivity=False)
    # one price in every period is the flat tariff
    assert same.baseline.energy_cost.m == pytest.approx(flat.baseline.energy_cost.m, rel=1e-9)
    tou = assess(_with_tariffs(office, electricity_tariff="time_of_use"), sensitivity=False)
    e_flat = flat.baseline.energy_cost_by_carrier["electricity"].m
    e_tou = tou.baseline.energy_cost_by_carrier["electricity"].m
    assert 0.4 * e_flat < e_tou < 1.6 * e_flat and e_tou != pytest.approx(e_flat)
    # the occupants' view bills electricity the same way
    assert tou.stakeholders.occupant.bill_before.m == pytest.approx(tou.baseline.energy_cost.m, rel=1e-9)


def test_tiered_without_tier_steps_is_flat(residential):
    flat = assess(residential, sensitivity=False)
    from calc.units import Q_

    zero = _with_tariffs(residential, electricity_tariff="tiered", tier2_adder=Q_(0.0, "CNY/kWh"),
                         tier3_adder=Q_(0.0, "CNY/kWh"))
    assert assess(zero, sensitivity=False).baseline.energy_cost.m == pytest.approx(flat.baseline.energy_cost.m, rel=1e-9)
    # the sample's households use about 110 kWh a month, inside Beijing's
    # 240 kWh first tier; with a 60 kWh first tier they reach the second
    tiered = assess(_with_tariffs(residential, electricity_tariff="tiered", tier1_limit=Q_(60.0, "kWh")),
                    sensitivity=False)
    assert tiered.baseline.energy_cost.m > flat.baseline.energy_cost.m


def test_schemes_reach_the_owner_and_the_esco(residential, res):
    from calc.model import SubsidyScheme

    schemes = (SubsidyScheme(name="northern retrofit", basis="floor_area", rate=45.0),
               SubsidyScheme(name="EPC reward", basis="tce_saved", rate=240.0, recipient="esco"))
    a = assess(set_path(residential, "economics.subsidies", schemes), sensitivity=False)
    # 3960 m² × 45 CNY/m² = 178 200 CNY to the owner in year 0
    assert a.stakeholders.owner.npv.m - res.stakeholders.owner.npv.m == pytest.approx(178_200.0, abs=0.01)
    saved = (a.baseline.total_standard_coal - a.package.total_standard_coal).to("tce").m
    assert a.contract.esco_subsidy.m == pytest.approx(240.0 * saved)
    assert a.contract.esco_npv.m - res.contract.esco_npv.m == pytest.approx(240.0 * saved, abs=0.01)


def test_owner_loan_at_the_discount_rate_changes_nothing(residential, res):
    p = set_path(set_path(residential, "economics.loan_share", 0.6), "economics.loan_rate", 0.06)
    a = assess(p, sensitivity=False)
    # a loan at the discount rate has zero present value
    assert a.stakeholders.owner.npv.m == pytest.approx(res.stakeholders.owner.npv.m, abs=0.01)
    assert a.stakeholders.owner.flows.m[0] > res.stakeholders.owner.flows.m[0]


def test_heating_company_sees_the_network_losses(res):
    h = res.stakeholders.heating_company
    assert h.network_losses_before.m == pytest.approx(res.baseline.network.losses.to("GJ").m)
    assert h.network_losses_after.m < h.network_losses_before.m  # pipe renewal and balancing in the package
    assert h.production_cost_before.m == pytest.approx(h.heat_sent_before.m * 40.0)


def test_heat_pump_price_applies_to_the_heat_pump_only(office):
    from calc.units import Q_

    flat = assess(office, sensitivity=False)
    p = _with_tariffs(office, heat_pump_price=office.economics.tariffs.electricity)
    same = assess(p, sensitivity=False)
    # the same price for heat-pump electricity is the flat bill
    assert same.package.energy_cost.m == pytest.approx(flat.package.energy_cost.m, rel=1e-9)
    cheap = assess(_with_tariffs(office, heat_pump_price=Q_(0.3, "CNY/kWh")), sensitivity=False)
    assert cheap.package.energy_cost.m < flat.package.energy_cost.m
    assert cheap.baseline.energy_cost.m == pytest.approx(flat.baseline.energy_cost.m)  # no heat pump before


# --- the contract's low and high cases: Monte Carlo P10/P90, else the sensitivity spread ---

from types import SimpleNamespace

from calc.contracts.entry import saving_range
from calc.units import Q_


def _rate(pct):
    return SimpleNamespace(saving_rate=None if pct is None else Q_(pct, "percent"))


def _spread(p10, p90):
    return SimpleNamespace(saving_rate_p10=Q_(p10, "percent"), saving_rate_p90=Q_(p90, "percent"))


def _row(low, high):
    return SimpleNamespace(saving_rate_low=Q_(low, "percent"), saving_rate_high=Q_(high, "percent"))


def test_range_from_the_monte_carlo_before_the_sensitivity_table():
    # assessed 30 %, P10 24 %, P90 33 %: the saving is 24/30 = 0.8 to 33/30 = 1.1 times the expected one
    lo, hi, source = saving_range(_rate(30.0), [_row(15.0, 45.0)], _spread(24.0, 33.0))
    assert (lo, hi, source) == (pytest.approx(0.8), pytest.approx(1.1), "uncertainty_p10_p90")


def test_range_falls_back_to_the_sensitivity_spread():
    # rows 27..36 % and 21..31 % around 30 %: lowest 21/30 = 0.7, highest 36/30 = 1.2
    lo, hi, source = saving_range(_rate(30.0), [_row(27.0, 36.0), _row(21.0, 31.0)], None)
    assert (lo, hi, source) == (pytest.approx(0.7), pytest.approx(1.2), "sensitivity_spread")


def test_no_range_without_a_positive_rate():
    assert saving_range(_rate(None), [_row(27.0, 36.0)], _spread(24.0, 33.0)) == (None, None, "none")
    assert saving_range(_rate(0.0), [_row(27.0, 36.0)], _spread(24.0, 33.0)) == (None, None, "none")
    assert saving_range(_rate(30.0), [], None) == (None, None, "none")


@pytest.fixture(scope="module")
def with_mc(residential):
    return assess(residential, sensitivity=False, uncertainty=20, seed=3)


def test_esco_range_follows_the_monte_carlo(with_mc):
    c, u, rate = with_mc.contract, with_mc.uncertainty, with_mc.target.saving_rate.to("percent").m
    assert c.saving_range_source == "uncertainty_p10_p90"
    assert c.saving_factor_low.m == pytest.approx(u.saving_rate_p10.to("percent").m / rate, rel=1e-12)
    assert c.saving_factor_high.m == pytest.approx(u.saving_rate_p90.to("percent").m / rate, rel=1e-12)
    # Shared savings (the sample: share 0.8, term 8 a, escalation 2 %, rate 6 %, no loan, no PV):
    # ESCO NPV(k) − NPV(1) = (k − 1) · 0.8 · S · Σ_{t=1..8} q^t with q = 1.02/1.06,
    # Σ = q (1 − q⁸)/(1 − q) = 25.5 × 0.264886 = 6.7546 (worked by hand from the contract's terms).
    q = 1.02 / 1.06
    annuity = q * (1 - q ** 8) / (1 - q)
    assert annuity == pytest.approx(6.7546, abs=1e-4)
    s = c.expected_saving.to("CNY/a").m
    for k, npv in ((c.saving_factor_low.m, c.esco_npv_low), (c.saving_factor_high.m, c.esco_npv_high)):
        assert npv.m - c.esco_npv.m == pytest.approx((k - 1) * 0.8 * s * annuity, abs=0.01)
    assert c.esco_irr_low.m < c.esco_irr.m < c.esco_irr_high.m
    assert to_json(with_mc)["contract"]["saving_range_source"] == "uncertainty_p10_p90"


def test_esco_range_from_the_sensitivity_without_monte_carlo(residential):
    a = assess(residential, sensitivity=True)
    assert a.uncertainty is None and a.contract.saving_range_source == "sensitivity_spread"
    assert a.contract.saving_factor_low is not None


def test_no_range_without_either(res):
    assert res.contract.saving_range_source == "none"
