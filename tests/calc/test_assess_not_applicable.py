"""A figure that does not apply is "not applicable", never an error: a rate
on a basis with nothing to save from, a building that exports more PV than
it uses, a price case that takes a tariff past its input limit."""

import json
import math

import pytest

from calc.assess import assess
from calc.results import to_json
from calc.schema import set_path
from calc.units import Q_


def _edit(project, changes):
    for path, value in changes:
        project = set_path(project, path, value)
    return project


@pytest.fixture(scope="module")
def southern_office(office):
    # Haikou, heating setpoint 12 °C: the January mean is ~17 °C, so the
    # office needs no heat at all and the heating basis has nothing to save.
    changes = [("site.city", "Haikou"), ("accounting.target_basis", "heating_tce")]
    for i in range(len(office.buildings)):
        changes += [(f"buildings[{i}].operation.heating_setpoint", Q_(12, "degC")),
                    (f"buildings[{i}].operation.setback_setpoint", Q_(12, "degC"))]
    return assess(_edit(office, changes))


def test_zero_heating_need_makes_the_heating_rate_not_applicable(southern_office):
    a = southern_office
    assert a.baseline.heating_standard_coal.m == 0
    t = a.target
    assert t.passed is None and t.saving_rate is None and t.margin is None
    assert "0 tce" in t.not_applicable_reason
    assert t.rates["heating_tce"] is None
    # the other bases still have a rate
    assert t.rates["total_tce"].m > 0
    assert all(m.saving_rate_alone is None and m.sequential_contribution is None for m in a.measures)
    assert all(s.saving_rate_low is None for s in a.sensitivity)


def test_not_applicable_is_null_with_its_reason_in_json(southern_office):
    data = json.loads(json.dumps(to_json(southern_office), allow_nan=False))
    t = data["target"]
    assert t["saving_rate_pct"] is None and t["passed"] is None and t["margin_pp"] is None
    assert t["not_applicable_reason"].startswith("nothing to save")
    assert t["rates_pct"]["heating_tce"] is None and t["rates_pct"]["total_tce"] > 0
    assert data["measures"][0]["saving_rate_alone_pct"] is None


@pytest.fixture(scope="module")
def net_exporter(office):
    # one storey, 1 W/m² lighting and appliances, no cooling, 90 % of the
    # roof in PV, exports credited: the package's net use is below zero
    return assess(_edit(office, [
        ("buildings[0].geometry.storeys", 1), ("buildings[0].equipment.lighting_power", Q_(1, "W/m**2")),
        ("buildings[0].equipment.appliance_power", Q_(1, "W/m**2")), ("buildings[0].operation.cooled", False),
        ("measures[3].params.coverage", 0.9), ("accounting.pv_credit", "all_generation"),
        # near the 10 CNY/kWh input limit: the ×1.2 price case goes past it
        ("economics.tariffs.electricity", Q_(9.5, "CNY/kWh"))]))


def test_a_net_exporter_assesses(net_exporter):
    a = net_exporter
    assert a.package.total_standard_coal.m < 0
    # the rate counts what is used on site against what is bought: 0-100 %
    assert 0 < a.package.renewable_share.m < 100
    # after < 0 on a positive baseline: a rate above 100 %, 1 − after/before
    before, after = a.baseline.total_standard_coal.m, a.package.total_standard_coal.m
    assert a.target.saving_rate.m == pytest.approx(100 * (1 - after / before), rel=1e-9)


def test_price_case_past_the_tariff_limit_scales_the_bill(office):
    # 9.5 CNY/kWh entered (limit 10): the ×1.2 case is 11.4 CNY/kWh, a
    # what-if on the bill, not an input; every bill is linear in its prices
    from calc.climate import weather_for_site
    from calc.variant import Pricing, ThermalCache, account_state, simulate_state

    project = set_path(office, "economics.tariffs.electricity", Q_(9.5, "CNY/kWh"))
    weather = weather_for_site(project.site)
    cache = ThermalCache(weather, project.accounting)
    state = simulate_state(project, cache)
    base = account_state(state, "b", "", project, weather, factors=cache.factors)
    high = account_state(state, "b", "", project, weather, Pricing(energy_prices=1.2), cache.factors)
    assert high.energy_cost.m == pytest.approx(1.2 * base.energy_cost.m, rel=1e-12)
    assert high.total_standard_coal.m == pytest.approx(base.total_standard_coal.m, rel=1e-12)
    a = assess(project)
    row = next(s for s in a.sensitivity if s.parameter == "energy_prices")
    assert row.saving_rate_low.m == pytest.approx(a.target.saving_rate.m)
