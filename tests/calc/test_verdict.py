"""Tests of the verdict: both electricity methods on every basis, the basis
by programme, per-building and project verdicts, what a FAIL lacks.
Reference numbers are worked out by hand from the delivered energy and the
GB/T 2589-2020 coefficients."""

import dataclasses

import pytest

from calc import target as T
from calc.assess import assess
from calc.model import Measure

# kgce per kWh of final energy, by hand
ELEC = {"equal_value": 0.1229, "power_supply_coal": 0.302}          # 0.302 = CEC 2023
HEAT = {"equal_value": 0.03412 * 3.6,                                 # 34.12 kgce/GJ
        "power_supply_coal": 0.7143 / 20.908 / 0.86 * 3.6}            # coal CHP, η 0.86
GAS = 1.2143 / 35.588 * 3.6


def _tce(delivered, method):
    f = {"electricity": ELEC[method], "district_heat": HEAT[method], "natural_gas": GAS}
    return sum(q.to("kWh").m * f[c] for c, q in delivered.items() if q.m) / 1000


@pytest.fixture(scope="module")
def heat_pump_switch(residential):
    # the Beijing block leaves the network, fed by coal CHP (declared: the
    # Beijing default for an unknown source is gas), for its own
    # air-source heat pump
    from calc.schema import set_path

    p = set_path(residential, "supply.network.heat_source", "coal_chp")
    p = dataclasses.replace(p, measures=(Measure(kind="disconnection"),))
    return assess(p, sensitivity=False)


def test_heat_pump_switch_under_both_methods_by_hand(heat_pump_switch):
    a = heat_pump_switch
    cells = {(c.basis, c.electricity_method): c for c in a.target.matrix}
    assert len(cells) == 8  # 4 bases × 2 methods
    for method in ("equal_value", "power_supply_coal"):
        before, after = _tce(a.baseline.delivered, method), _tce(a.package.delivered, method)
        assert cells[("total_tce", method)].saving_rate.m == pytest.approx(100 * (1 - after / before), rel=2e-3)
    eq, psc = cells[("total_tce", "equal_value")].saving_rate.m, cells[("total_tce", "power_supply_coal")].saving_rate.m
    # the heat pump trades heat (1×) for electricity: the calorific method
    # values electricity 2.5× less, so it always shows the larger saving
    assert eq > psc + 10
    # delivered energy and CO2 do not depend on the method
    for basis in ("delivered_kwh", "co2"):
        assert cells[(basis, "equal_value")].saving_rate.m == pytest.approx(cells[(basis, "power_supply_coal")].saving_rate.m)


def test_headline_names_its_method_and_warns_when_methods_disagree(heat_pump_switch):
    t = heat_pump_switch.target
    assert t.electricity_method == "power_supply_coal"
    on_basis = [c for c in t.matrix if c.basis == t.basis]
    headline = next(c for c in on_basis if c.electricity_method == t.electricity_method)
    assert headline.saving_rate.m == pytest.approx(t.saving_rate.m)
    flips = len({c.passed for c in on_basis}) > 1
    assert t.methods_agree is (not flips)
    assert any("approving authority" in w for w in heat_pump_switch.warnings) is flips


def test_programme_basis():
    assert T.programme_basis(False, "cold") == "heating_tce"
    assert T.programme_basis(False, "severe_cold") == "heating_tce"
    assert T.programme_basis(False, "hscw") == "total_tce"
    assert T.programme_basis(True, "cold") == "total_tce"
    assert T.project_basis("programme", [False, True], "cold") == "total_tce"
    assert T.project_basis("programme", [False, False], "cold") == "heating_tce"
    assert T.project_basis("co2", [False], "cold") == "co2"


def test_weighted_target_by_hand():
    # 3000 m² housing (30 %) + 1000 m² office (20 %): (900 + 200) / 4000 = 27.5 %
    assert T.weighted_target([(0.30, 3000.0), (0.20, 1000.0)]) == pytest.approx(0.275)


@pytest.fixture(scope="module")
def mixed(residential):
    b = residential.buildings[0]
    office = dataclasses.replace(b, name="Office", use="office")
    p = dataclasses.replace(residential, buildings=(b, office))
    return p, assess(p, sensitivity=False)


def test_mixed_project_per_building_and_project_verdicts(mixed):
    from calc.geometry import floor_area

    p, a = mixed
    t = a.target
    areas = [floor_area(b).m for b in p.buildings]
    assert t.target_rate.m == pytest.approx(100 * (0.3 * areas[0] + 0.2 * areas[1]) / sum(areas))
    assert t.target_weighting == "floor_area" and t.basis == "total_tce"   # mixed: total energy
    assert t.project_type == "mixed"
    rows = {r.name: r for r in t.buildings}
    assert rows[b_name(p, 0)].target_rate.m == 30 and rows["Office"].target_rate.m == 20
    assert rows[b_name(p, 0)].basis == "heating_tce" and rows["Office"].basis == "total_tce"
    for r in t.buildings:
        assert r.passed == (r.saving_rate.m >= r.target_rate.m - 1e-7)
    assert t.passed == (t.saving_rate.m >= t.target_rate.m - 1e-7)


def b_name(p, i):
    return p.buildings[i].name


def test_buildings_add_up_to_the_project(mixed):
    # the same buildings with the same package: the per-building sums are the
    # project totals, so the project rate lies between the buildings'
    p, a = mixed
    rates = [r.saving_rate.m for r in a.target.buildings if r.basis == "total_tce"]
    assert rates and min(rates) - 1e-6 <= a.target.rates["total_tce"].m


def test_shortfall_and_closing_measure(residential):
    # walls and roof without the windows listed beside them fail on heating;
    # adding the windows gives the three-measure package, assessed on its own
    ms = [m for m in residential.measures if m.kind in ("wall_insulation", "window_replacement", "roof_insulation")]
    chosen = [dataclasses.replace(m, enabled=(m.kind != "window_replacement")) for m in ms]
    a = assess(dataclasses.replace(residential, measures=tuple(chosen)), sensitivity=False)
    full = assess(dataclasses.replace(residential, measures=tuple(ms)), sensitivity=False)
    t = a.target
    assert t.passed is False and full.target.passed
    s = t.shortfall
    assert s.missing.m == pytest.approx(t.target_rate.m - t.saving_rate.m)
    before = a.baseline.heating_standard_coal.m
    assert s.missing_tce.m == pytest.approx(before * s.missing.m / 100)
    [c] = s.closing_measures
    assert c.label == "window replacement" and c.enabled is False
    assert c.saving_rate.m == pytest.approx(full.target.saving_rate.m, rel=1e-9)


def test_passing_package_has_no_shortfall(heat_pump_switch, residential):
    a = assess(residential, sensitivity=False)
    assert a.target.passed and a.target.shortfall is None


def test_files_from_before_the_new_fields_still_load():
    import json

    from calc.projectfile import loads
    from tests.conftest import RESIDENTIAL

    doc = json.loads(RESIDENTIAL.read_text(encoding="utf-8"))
    acc = doc["project"]["accounting"]
    acc.pop("grid_year")
    acc["target_basis"] = "total_tce"          # an old file's explicit basis stays valid
    net = doc["project"]["supply"]["network"]
    net.pop("heat_source")
    net.pop("heat_coal_rate")
    p = loads(json.dumps(doc))
    assert p.accounting.target_basis == "total_tce" and p.accounting.grid_year == 0
    assert p.supply.network.heat_source == "unknown"
    del acc["target_basis"]
    assert loads(json.dumps(doc)).accounting.target_basis == "programme"


def test_grid_year_must_be_published_for_the_region():
    from calc.model import Accounting
    from calc.schema import ValidationError

    assert Accounting(grid_region="north", grid_year=2022).grid_year == 2022
    with pytest.raises(ValidationError, match="grid_year.*published: 2022, 2023"):
        Accounting(grid_region="north", grid_year=2021)
