"""supply_energy: per-carrier balance on constructed needs, and both sample projects."""

import types
import warnings

import numpy as np
import pytest

from calc.climate import weather_for_site
from calc.geometry import floor_area
from calc.projectfile import load
from calc.supply import END_USES, supply_energy
from calc.units import Q_

EXAMPLES = "datasets/examples/"


def _fake_thermal(project, weather, heat_w=20000.0, cool_w=10000.0):
    t = weather.data["temp_air"].to_numpy()
    heat = np.where(t < 10, heat_w, 0.0)
    cool = np.where(t > 28, cool_w, 0.0)
    return {b.name: types.SimpleNamespace(heating=Q_(heat, "W"), cooling=Q_(cool, "W")) for b in project.buildings}


@pytest.fixture(scope="module")
def office():
    p = load(EXAMPLES + "office_shanghai_1990s.json")
    return p, weather_for_site(p.site)


@pytest.fixture(scope="module")
def residential():
    p = load(EXAMPLES + "residential_beijing_1980s.json")
    return p, weather_for_site(p.site)


def test_gas_boiler_balance_by_hand(office):
    p, w = office
    th = _fake_thermal(p, w)
    r = supply_energy(p, th, w)
    b = p.buildings[0]
    heat_kwh = th[b.name].heating.m.sum() / 1000
    # Gas = heat / 0.82 (sample boiler efficiency).
    assert r.end_uses[b.name]["heating"]["natural_gas"].m == pytest.approx(heat_kwh / 0.82, rel=1e-9)
    # Cooling electricity = need / SEER 2.8.
    assert r.end_uses[b.name]["cooling"]["electricity"].m == pytest.approx(th[b.name].cooling.m.sum() / 1000 / 2.8, rel=1e-9)
    # Hot water: 2 kWh/(m²a) · 4500 m² / 0.9 electric.
    assert r.end_uses[b.name]["dhw"]["electricity"].m == pytest.approx(2.0 * floor_area(b).m / 0.9, rel=1e-9)
    assert set(r.end_uses[b.name]) == set(END_USES)
    assert r.network is None and r.scop is None


def test_part_space_cooling_scales_the_cooling_end_use(residential):
    # Beijing sample: 0.5 of the floor cooled, split units SEER 3.0. The
    # fake need holds 10 kW in every hour above 28 °C, so the electricity is
    # hours x 10 kW x 0.5 / 3.0, and the whole floor doubles it.
    p, w = residential
    b = p.buildings[0]
    assert b.operation.cooled_floor_share == 0.5 and b.equipment.cooling_seer == 3.0
    th = _fake_thermal(p, w)
    hot_hours = int((w.data["temp_air"].to_numpy() > 28).sum())
    assert hot_hours > 0
    part = supply_energy(p, th, w).end_uses[b.name]["cooling"]["electricity"].m
    assert part == pytest.approx(hot_hours * 10.0 * 0.5 / 3.0, rel=1e-9)
    whole = p.replace(buildings=(b.replace(operation=b.operation.replace(cooled_floor_share=1.0)),))
    full = supply_energy(whole, th, w).end_uses[b.name]["cooling"]["electricity"].m
    assert full == pytest.approx(2 * part, rel=1e-9)


def test_end_uses_add_up_to_delivered(residential):
    p, w = residential
    r = supply_energy(p, _fake_thermal(p, w), w)
    for carrier, hourly in r.delivered.items():
        total = sum(uses[u].get(carrier, Q_(0, "kWh")).m for uses in r.end_uses.values() for u in uses)
        assert hourly.m.sum() == pytest.approx(total, rel=1e-9)
    elec = sum(v.m.sum() for v in r.electricity_by_building.values())
    assert elec == pytest.approx(r.delivered["electricity"].m.sum(), rel=1e-9)


def test_district_heat_is_substation_heat_plus_network_losses(residential):
    p, w = residential
    th = _fake_thermal(p, w)
    r = supply_energy(p, th, w)
    sub = sum(t.heating.m.sum() for t in th.values()) / 1000 / p.supply.network.substation_efficiency
    assert r.delivered["district_heat"].m.sum() == pytest.approx(sub + r.network.losses.m.sum(), rel=1e-9)
    assert 0 < r.network.loss_share < 0.6
    assert r.network.pump_electricity.m.sum() > 0


def test_missing_thermal_result_names_building(office):
    p, w = office
    with pytest.raises(ValueError, match="Office block A"):
        supply_energy(p, {}, w)


def test_nan_in_heating_is_rejected_with_the_field(office):
    p, w = office
    th = _fake_thermal(p, w)
    bad = th[p.buildings[0].name].heating.m.copy()
    bad[5] = np.nan
    th[p.buildings[0].name] = types.SimpleNamespace(heating=Q_(bad, "W"), cooling=th[p.buildings[0].name].cooling)
    with pytest.raises(ValueError, match="heating"):
        supply_energy(p, th, w)


@pytest.mark.parametrize("name", ["residential_beijing_1980s", "office_shanghai_1990s"])
def test_samples_with_the_thermal_model(name):
    from calc import thermal
    p = load(EXAMPLES + name + ".json")
    w = weather_for_site(p.site)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        th = {b.name: thermal.simulate(b, w) for b in p.buildings}
        r = supply_energy(p, th, w)
    for v in r.delivered.values():
        assert np.all(np.isfinite(v.m)) and np.all(v.m >= 0)
    assert r.delivered["electricity"].m.sum() > 0


def _with_heat_pump(project, product="", ts=45.0, tr=40.0, output_50=None):
    import dataclasses

    from calc.model import HeatPump

    b = project.buildings[0]
    eq = dataclasses.replace(b.equipment, design_supply_temp=Q_(ts, "degC"), design_return_temp=Q_(tr, "degC"),
                             emitter_output_50=output_50)
    supply = dataclasses.replace(project.supply, kind="air_source_heat_pump", heat_pump=HeatPump(product=product))
    return dataclasses.replace(project, supply=supply, buildings=(dataclasses.replace(b, equipment=eq),))


def test_oversized_emitters_lower_the_flow_and_raise_the_scop(office):
    from calc.emitters import sized_output_50
    from calc.thermal import design_heat_load

    p, w = office
    th = _fake_thermal(p, w)
    sized = _with_heat_pump(p)
    load = design_heat_load(sized.buildings[0], w)
    double = _with_heat_pump(p, output_50=2 * sized_output_50(sized.buildings[0], load))
    assert supply_energy(double, th, w).scop > supply_energy(sized, th, w).scop


def test_emitters_too_small_are_named_in_the_warnings(office):
    from calc.emitters import sized_output_50
    from calc.thermal import design_heat_load

    p, w = office
    sized = _with_heat_pump(p)
    half = _with_heat_pump(p, output_50=0.5 * sized_output_50(sized.buildings[0], design_heat_load(sized.buildings[0], w)))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        r = supply_energy(half, _fake_thermal(p, w), w)
    assert any("50 % of the design heat load" in n for n in r.warnings)


def test_product_beyond_its_tested_flow_warns(office):
    p, w = office
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        r = supply_energy(_with_heat_pump(p, product="ashp_low_ambient", ts=50.0, tr=40.0), _fake_thermal(p, w), w)
    assert any("tested up to 41 °C" in n for n in r.warnings)


def _two_blocks(residential):
    import dataclasses

    p, w = residential
    b = p.buildings[0]
    return dataclasses.replace(p, buildings=(b, dataclasses.replace(b, name="block B")), measures=()), w


def test_disconnected_building_heats_itself_and_the_network_carries_the_rest(residential):
    from calc.measures import apply_measure
    from calc.model import Measure

    p, w = _two_blocks(residential)
    th = _fake_thermal(p, w)
    m = Measure(kind="disconnection", params={"building_number": 2, "kind": "gas_boiler", "efficiency": 0.9})
    out = apply_measure(p, m)
    assert [pl.building for pl in out.supply.own_plants] == ["block B"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        before = supply_energy(p, th, w)
        after = supply_energy(out, th, w)
    need_b = float(after.heat_need["block B"].m.sum())
    # Own gas boiler: fuel = heat / 0.9; no district heat, no network pumps.
    assert after.end_uses["block B"]["heating"]["natural_gas"].m == pytest.approx(need_b / 0.9, rel=1e-9)
    assert "district_heat" not in after.end_uses["block B"]["heating"]
    assert "pumps" not in after.end_uses["block B"] or not after.end_uses["block B"]["pumps"]
    # The network now carries block A only: substation heat = need / η_sub.
    eta = p.supply.network.substation_efficiency
    need_a = float(after.heat_need[p.buildings[0].name].m.sum())
    assert float(after.network.heat_delivered.m.sum()) == pytest.approx(need_a / eta, rel=1e-9)
    assert float(after.network.heat_sent_out.m.sum()) < 0.6 * float(before.network.heat_sent_out.m.sum())
    # Block A pays all the network's losses and pumps now.
    assert after.end_uses[p.buildings[0].name]["pumps"]["electricity"].m == pytest.approx(
        float(after.network.pump_electricity.m.sum()), rel=1e-9)


def test_disconnection_to_a_heat_pump_and_every_building_leaving(residential):
    from calc.measures import apply_measure
    from calc.model import Measure

    p, w = _two_blocks(residential)
    th = _fake_thermal(p, w)
    both = apply_measure(apply_measure(p, Measure(kind="disconnection", params={"building_number": 1})),
                         Measure(kind="disconnection", params={"building_number": 2}))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        r = supply_energy(both, th, w)
    assert r.network is None and set(r.heat_pumps) == {p.buildings[0].name, "block B"}
    assert r.scop is not None and 1.0 < r.scop < 6.0
    assert any("every building has left the network" in n for n in r.warnings)


def test_disconnection_is_refused_without_a_network_or_for_a_building_not_listed(residential, office):
    import dataclasses

    from calc.model import Measure
    from calc.schema import ValidationError

    p, _ = residential
    with pytest.raises(ValidationError, match="building_number"):
        dataclasses.replace(p, measures=(Measure(kind="disconnection", params={"building_number": 2}),))
    o, _ = office
    with pytest.raises(ValidationError, match="needs a heating network"):
        dataclasses.replace(o, measures=(Measure(kind="disconnection", params={}),))
