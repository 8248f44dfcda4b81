"""End-to-end assessment of the sample projects: the wiring of the pipeline,
checked against hand calculations from the published factors."""

import dataclasses
import json

import pytest

from calc.assess import assess, basis_value
from calc.results import to_json
from calc.schema import set_path


@pytest.fixture(scope="module")
def res(residential):
    return assess(residential)


@pytest.fixture(scope="module")
def off(office):
    return assess(office, sensitivity=False)


def test_targets_by_building_type(res, off):
    assert res.building_type == "residential" and res.target.target_rate.m == pytest.approx(30.0)
    assert off.building_type == "public" and off.target.target_rate.m == pytest.approx(20.0)


def test_saving_rate_is_one_minus_ratio(res):
    # a residential block in Beijing (cold zone) is judged on heating energy
    assert res.target.basis_setting == "programme" and res.target.basis == "heating_tce"
    before = res.baseline.heating_standard_coal.m
    after = res.package.heating_standard_coal.m
    assert res.target.saving_rate.m == pytest.approx(100 * (1 - after / before), rel=1e-9)
    assert res.target.margin.m == pytest.approx(res.target.saving_rate.m - 30.0, rel=1e-9)
    assert res.target.passed == (res.target.saving_rate.m >= 30.0)


def test_sequential_contributions_add_up_to_package(res, off):
    for a in (res, off):
        total = sum(m.sequential_contribution.m for m in a.measures)
        assert total == pytest.approx(a.target.saving_rate.m, abs=1e-6)


def test_district_heat_standard_coal_by_hand(res):
    # Equivalent basis (power-supply coal), heat source not entered: the
    # Beijing default is gas (heat_source_defaults.csv), a gas boiler house
    # at η 0.90: natural gas 1.2143 kgce/m³ over 35.588 MJ/m³ (GB/T 2589-2020
    # Appendix A) = 34.12 kgce/GJ of gas, / 0.90 = 37.91 kgce/GJ of heat;
    # 1 kWh = 0.0036 GJ
    assert res.heat_source_default.heat_source == "gas_boiler"
    kwh = res.baseline.delivered["district_heat"].m
    assert res.baseline.standard_coal["district_heat"].to("kgce").m == pytest.approx(kwh * 0.0036 * 37.91, rel=2e-3)


def test_gas_co2_by_hand(res):
    # NDRC guideline: 38.931 MJ/m³ (389.31 GJ per 10^4 Nm³), 15.32 tC/TJ, oxidation 99 %, 44/12
    kwh = res.baseline.delivered["natural_gas"].m
    kg_per_kwh = 3.6e-3 * 15.32 * 0.99 * 44 / 12
    assert res.baseline.co2["natural_gas"].to("kg").m == pytest.approx(kwh * kg_per_kwh, rel=0.02)


def test_totals_add_up(res):
    for v in (res.baseline, res.package):
        assert v.total_standard_coal.m == pytest.approx(sum(q.to("tce").m for q in v.standard_coal.values()))
        assert v.total_delivered.m == pytest.approx(sum(q.m for q in v.delivered.values()))
        end_use_total = sum(q.m for d in v.end_uses.values() for q in d.values())
        assert end_use_total == pytest.approx(v.total_delivered.m, rel=1e-9)


def test_envelope_package_cuts_heating_need(res):
    assert res.package.heating_need.m < 0.6 * res.baseline.heating_need.m
    per_area = res.baseline.buildings[0].heating_need_per_area.m
    assert per_area == pytest.approx(res.baseline.heating_need.m / res.floor_area.m)
    # Pre-1986 brick housing in Beijing: 0.4-0.6 GJ/m² of district heat per season
    # is the range reported for unrenovated stock (Tsinghua BERC annual reports).
    gj_per_m2 = res.baseline.delivered["district_heat"].to("GJ").m / res.floor_area.m
    assert 0.3 < gj_per_m2 < 0.7


def test_monthly_needs_sum_to_annual(res):
    b = res.baseline.buildings[0]
    assert b.monthly_heating.m.sum() == pytest.approx(b.heating_need.m, rel=1e-9)
    assert b.monthly_heating.m[6] == 0.0      # no heating in July


def test_no_measures_means_no_saving(residential):
    bare = dataclasses.replace(residential, measures=())
    a = assess(bare)
    assert a.measures == () and a.sensitivity == ()
    assert a.target.saving_rate.m == pytest.approx(0.0, abs=1e-12)
    assert not a.target.passed


def test_disabled_measure_is_left_out(residential):
    off = set_path(residential, "measures[0].enabled", False)
    a = assess(off, sensitivity=False)
    expected = [m.kind for m in residential.measures[1:] if m.enabled]
    assert [m.kind for m in a.measures] == expected and "wall_insulation" not in expected


def test_assess_does_not_change_the_project(residential):
    before = json.dumps(dataclasses.asdict(residential), default=str)
    assess(residential, sensitivity=False)
    assert json.dumps(dataclasses.asdict(residential), default=str) == before


def test_pv_counts_in_office_package(off):
    assert off.package.pv is not None and off.baseline.pv is None
    # kWh/kWp of rooftop PV in Shanghai: roughly 900-1250 (published ranges for the Yangtze delta)
    assert 800 < off.package.pv.specific_yield.m < 1300


def test_json_keys_carry_units(res):
    data = to_json(res)
    json.dumps(data)   # serialisable
    assert data["target"]["saving_rate_pct"] == pytest.approx(res.target.saving_rate.m)
    assert data["baseline"]["total_standard_coal_tce"] == pytest.approx(res.baseline.total_standard_coal.m)
    assert data["baseline"]["total_co2_tco2"] == pytest.approx(res.baseline.total_co2.m)
    assert data["economics"]["investment_cny"] == pytest.approx(res.economics.investment.m)
    assert "heating_need_kwh" in data["baseline"]["buildings"][0]
    assert "heating_need_per_area_kwh_per_m2" in data["baseline"]["buildings"][0]


def test_sensitivity_rows(res):
    names = {r.parameter for r in res.sensitivity}
    assert {"energy_prices", "investment_costs", "grid_factor", "behaviour"} <= names
    prices = next(r for r in res.sensitivity if r.parameter == "energy_prices")
    # prices move the payback, not the energy saving rate
    assert prices.saving_rate_low.m == pytest.approx(prices.saving_rate_high.m)


def test_basis_values(res):
    assert basis_value(res.baseline, "co2") == res.baseline.total_co2


def test_synthetic_weather_is_flagged(residential):
    harbin = set_path(residential, "site.city", "Harbin")
    a = assess(harbin, sensitivity=False)
    assert a.weather_synthetic
    assert any("synthetic" in w for w in a.warnings)
    # colder than Beijing: more heating need per m²
    beijing = assess(residential, sensitivity=False)
    assert a.baseline.heating_need.m > 1.2 * beijing.baseline.heating_need.m


SEQUENTIAL = ("sequential_contribution_pp", "sequential_co2_saving_tco2", "sequential_abatement_cost_cny_per_tco2")


def _simulations(monkeypatch):
    from calc import variant

    calls = []
    real = variant.thermal.simulate
    monkeypatch.setattr(variant.thermal, "simulate", lambda b, w: calls.append(b) or real(b, w))
    return calls


def test_without_steps_only_the_sequential_figures_go(office, monkeypatch):
    # PV second of four: the package's economics needs the PV's own step
    # (its fading saving), so steps 0 and 1 are simulated, step 2 is not
    ms = list(office.measures)
    ms.insert(1, ms.pop(next(i for i, m in enumerate(ms) if m.kind == "rooftop_pv")))
    project = dataclasses.replace(office, measures=tuple(ms))
    assert [m.kind for m in project.measures][1] == "rooftop_pv" and len(ms) == 4
    calls = _simulations(monkeypatch)
    full = to_json(assess(project, sensitivity=False))
    n_full = len(calls)
    lean = to_json(assess(project, sensitivity=False, steps=False))
    assert len(calls) - n_full < n_full  # fewer simulations (the memos are per assessment)
    for m_full, m_lean in zip(full["measures"], lean["measures"]):
        assert {k: v for k, v in m_full.items() if k not in SEQUENTIAL} == \
               {k: v for k, v in m_lean.items() if k not in SEQUENTIAL}
        assert m_lean["sequential_contribution_pp"] is None and m_full["sequential_contribution_pp"] is not None
    # the steps up to the PV's are there, the one after it is not
    assert [m["sequential_co2_saving_tco2"] for m in lean["measures"][:2]] == \
           [m["sequential_co2_saving_tco2"] for m in full["measures"][:2]]
    assert lean["measures"][2]["sequential_co2_saving_tco2"] is None
    assert {k: v for k, v in full.items() if k != "measures"} == {k: v for k, v in lean.items() if k != "measures"}


def test_without_steps_the_steps_between_are_not_simulated(residential, monkeypatch):
    # wall, roof, window, metering reform, balancing (both change how the
    # buildings are heated), pipe renewal (the network only): the buildings
    # of wall+roof, +window and +metering are those of no other state
    calls = _simulations(monkeypatch)
    full = to_json(assess(residential, sensitivity=False))
    n_full = len(calls)
    lean = to_json(assess(residential, sensitivity=False, steps=False))
    assert n_full - (len(calls) - n_full) == 3
    assert lean["package"] == full["package"] and lean["economics"] == full["economics"]
    assert all(m["sequential_contribution_pp"] is None for m in lean["measures"])
