"""Supply measures as project transformations."""

import types

import numpy as np
import pytest

from calc.climate import weather_for_site
from calc.measures import apply_measure
from calc.measures.supply import APPLY
from calc.model import MEASURE_PARAMS, Measure
from calc.projectfile import load
from calc.supply import supply_energy
from calc.units import Q_

RES = "datasets/examples/residential_beijing_1980s.json"
OFFICE = "datasets/examples/office_shanghai_1990s.json"


def test_every_supply_kind_is_implemented():
    for kind in ("heat_pump", "boiler_renewal", "pipe_renewal", "lower_supply_temperature", "hydraulic_balancing",
                 "weather_compensation", "variable_speed_pumps", "metering_reform"):
        assert kind in APPLY and kind in MEASURE_PARAMS


@pytest.mark.parametrize("kind", sorted(APPLY))
def test_baseline_is_unchanged(kind):
    p = load(OFFICE if kind == "boiler_renewal" else RES)
    before = repr(p)
    new = apply_measure(p, Measure(kind=kind, params={}))
    assert repr(p) == before
    assert new != p


def test_heat_pump_params_reach_the_model():
    p = apply_measure(load(OFFICE), Measure(kind="heat_pump", params={"kind": "ground_source_heat_pump", "sizing_factor": 1.2}))
    assert p.supply.kind == "ground_source_heat_pump"
    assert p.supply.heat_pump.sizing_factor == pytest.approx(1.2)


def test_boiler_renewal_sets_efficiency_and_refuses_district_heating():
    p = apply_measure(load(OFFICE), Measure(kind="boiler_renewal", params={"efficiency": 0.95}))
    assert p.supply.efficiency == pytest.approx(0.95)
    with pytest.raises(ValueError, match="district_heating"):
        apply_measure(load(RES), Measure(kind="boiler_renewal", params={}))


def test_network_measures_need_a_network():
    with pytest.raises(ValueError, match="supply.network"):
        apply_measure(load(OFFICE), Measure(kind="pipe_renewal", params={}))


def test_pipe_renewal_cuts_the_loss_share_by_more_than_two_points():
    p = load(RES)
    w = weather_for_site(p.site)
    t = w.data["temp_air"].to_numpy()
    heat = np.clip(18.0 - t, 0, None) * 4000.0  # W; about 4 kW/K of a 1980s block
    th = {b.name: types.SimpleNamespace(heating=Q_(heat, "W"), cooling=Q_(np.zeros(8760), "W")) for b in p.buildings}
    before = supply_energy(p, th, w).network.loss_share
    after = supply_energy(apply_measure(p, Measure(kind="pipe_renewal", params={})), th, w).network.loss_share
    # Action plan 2024-2025 §(7)2: about 2 percentage points less network loss.
    assert before - after > 0.02


def test_radiator_replacement_resizes_emitters_for_its_temperatures_and_is_priced_per_floor_area():
    import dataclasses

    from calc import economics
    from calc.geometry import floor_area

    p = load(RES)
    b = p.buildings[0]
    p = dataclasses.replace(p, buildings=(dataclasses.replace(b, equipment=dataclasses.replace(
        b.equipment, emitter_output_50=Q_(60.0, "W/m**2"))),))
    m = Measure(kind="radiator_replacement", params={})
    out = apply_measure(p, m)
    eq = out.buildings[0].equipment
    assert eq.emitter_output_50 is None  # sized for the load of the state it is simulated in
    assert (eq.design_supply_temp.to("degC").m, eq.design_return_temp.to("degC").m) == (55.0, 45.0)
    inv = economics.measure_cost(p, m)
    # 60 CNY/m² (measure_costs.csv) × heated floor area.
    assert inv.gross.to("CNY").m == pytest.approx(60.0 * floor_area(b).to("m**2").m)


def test_disconnecting_the_only_building_assesses_and_prices_its_own_plant():
    import dataclasses
    import math
    import warnings

    from calc.assess import assess

    p = load(RES)
    m = Measure(kind="disconnection", params={"kind": "gas_boiler"})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = assess(dataclasses.replace(p, measures=(m,)), sensitivity=False)
    alone = a.measures[0].alone
    assert alone.network is None and a.baseline.network is not None
    assert math.isfinite(a.target.saving_rate.m)
    # measure_costs.csv: 500 CNY/kW of the building's peak hourly need.
    from calc.thermal import simulate

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        peak = float(np.max(simulate(apply_measure(p, m).buildings[0], weather_for_site(p.site)).heating.to("kW").m))
    assert a.measures[0].investment.to("CNY").m == pytest.approx(500.0 * peak, rel=1e-9)
