"""Measures on how public buildings are run and cooled, and hot water:
each against a hand calculation."""

import dataclasses

import numpy as np
import pytest

from calc import schedules
from calc.climate import weather_for_site, year_index
from calc.economics import measure_cost
from calc.geometry import floor_area, footprint_area, window_area
from calc.measures import apply_measure, missing_kinds
from calc.measures.operation import automated_schedule
from calc.model import FACADES, DayProfiles, Measure, format_profile
from calc.supply import supply_energy
from calc.thermal import simulate
from calc.units import Q_

from .test_thermal import make_building, make_weather


def _end_use_kwh(project, use, carrier="electricity"):
    w = weather_for_site(project.site)
    th = {b.name: simulate(b, w) for b in project.buildings}
    r = supply_energy(project, th, w)
    return sum(u.get(use, {}).get(carrier, Q_(0, "kWh")).m for u in r.end_uses.values())


def _with_building(project, b):
    return dataclasses.replace(project, buildings=(b,))


def test_every_measure_kind_has_an_implementation():
    assert missing_kinds() == []


# ---------------------------------------------------------------- setpoints

def test_setpoint_control_limits_public_buildings_only(office, residential):
    warm = office.buildings[0].operation.replace(heating_setpoint=Q_(22, "degC"), cooling_setpoint=Q_(24, "degC"),
                                                 setback_setpoint=Q_(21, "degC"))
    p = _with_building(office, office.buildings[0].replace(operation=warm))
    after = apply_measure(p, Measure(kind="public_setpoint_control")).buildings[0].operation
    assert after.heating_setpoint == Q_(20, "degC") and after.cooling_setpoint == Q_(26, "degC")
    assert after.setback_setpoint == Q_(20, "degC")
    # a dwelling keeps its setpoints; setpoints inside the limits stay
    assert apply_measure(residential, Measure(kind="public_setpoint_control")).buildings == residential.buildings
    cool = office.buildings[0].operation.replace(heating_setpoint=Q_(18, "degC"), cooling_setpoint=Q_(27, "degC"))
    p = _with_building(office, office.buildings[0].replace(operation=cool))
    assert apply_measure(p, Measure(kind="public_setpoint_control")).buildings == p.buildings


def test_setpoint_control_heating_saving_by_hand(office):
    # steady 0 °C, no sun, no gains, continuous heating: Φ = H·(θ_i − 0), so
    # 22 → 20 °C cuts heating by 2/22 = 9.1 % (H varies a little with the
    # inside convection at the smaller Δθ: 2 % allowed)
    b = make_building(use="office", operation=dict(heating_setpoint=Q_(22, "degC")))
    p = _with_building(office, b)
    after = apply_measure(p, Measure(kind="public_setpoint_control")).buildings[0]
    cold = make_weather(0.0)
    before_kwh = simulate(b, cold).heating.m.sum()
    after_kwh = simulate(after, cold).heating.m.sum()
    assert after_kwh / before_kwh == pytest.approx(20 / 22, rel=0.02)


# ---------------------------------------------------------------- automation

def _hours(start, end, value=1.0):
    return DayProfiles(weekday=format_profile([value if start <= h < end else 0.0 for h in range(24)]),
                       sunday=format_profile([0.0] * 24))


def _loose_office(office):
    """Open 08-18 on working days, but HVAC 06-20 and plug loads always on;
    internal gains 50 W/m² while occupied (people, 11 W/m² lighting and the
    plug loads running 8760/2600 times as long as the building is open)."""
    occ = _hours(8, 18)
    s = dataclasses.replace(schedules.preset("office"), occupancy=occ, internal_gains=occ, lighting=occ,
                            ventilation=occ, heating=_hours(6, 20), cooling=_hours(6, 20),
                            appliances=DayProfiles(weekday=format_profile([1.0] * 24)))
    b = office.buildings[0]
    return _with_building(office, b.replace(operation=b.operation.replace(
        custom_schedule=s, internal_gains=Q_(50, "W/m**2"))))


def test_automation_restricts_hvac_and_plug_loads_to_occupied_hours(office):
    p = _loose_office(office)
    after = apply_measure(p, Measure(kind="building_automation", params={"lighting_saving": 0.25}))
    prof = schedules.operation_profiles(after.buildings[0].operation, year_index())
    # 260 working days × 10 occupied hours (reference year), nothing at weekends
    assert prof.heating.sum() == prof.cooling.sum() == 260 * 10
    assert prof.appliances.sum() == pytest.approx(260 * 10)
    assert prof.lighting.sum() == pytest.approx(260 * 10 * 0.75)


def test_automation_electricity_saved_by_hand(office):
    # lighting: 260·10 h × P_light·A × 0.25 saved; plug loads: 8760 − 2600 h
    # of P_plug·A no longer run
    p = _loose_office(office)
    b = p.buildings[0]
    area = floor_area(b).m
    after = apply_measure(p, Measure(kind="building_automation", params={"lighting_saving": 0.25}))
    light_saved = _end_use_kwh(p, "lighting") - _end_use_kwh(after, "lighting")
    plug_saved = _end_use_kwh(p, "appliances") - _end_use_kwh(after, "appliances")
    assert light_saved == pytest.approx(2600 * b.equipment.lighting_power.m * area / 1000 * 0.25, rel=1e-9)
    assert plug_saved == pytest.approx((8760 - 2600) * b.equipment.appliance_power.m * area / 1000, rel=1e-9)
    # the heat removed from the zone equals the electricity saved
    factor = schedules.operation_profiles(after.buildings[0].operation, year_index()).internal_gains.sum()
    removed = (b.operation.internal_gains.m - after.buildings[0].operation.internal_gains.m) * factor * area / 1000
    assert removed == pytest.approx(light_saved + plug_saved, rel=1e-9)


def test_automation_leaves_dwellings(residential):
    assert apply_measure(residential, Measure(kind="building_automation")).buildings == residential.buildings


def test_automated_office_preset_by_hand():
    # the GB 50189 office preset heats 07-19 inside its occupied hours
    # (occupancy > 0 from 06 to 22): HVAC stays, lighting falls by 20 %
    office = schedules.preset("office")
    s = automated_schedule(office, 0.2)
    assert s.heating.days() == office.heating.days()
    assert np.allclose(s.lighting.days()[0], 0.8 * np.asarray(office.lighting.days()[0]))
    assert s.lighting.days()[2] == (0.0,) * 24


# ---------------------------------------------------------------- cooling side

def test_cooling_replacement_by_seer(office):
    # cooling electricity = need / SEER: 2.8 -> 5.8 (GB 21455-2019 grade 1
    # row of cooling_units.csv) divides it by 5.8/2.8
    after = apply_measure(office, Measure(kind="cooling_replacement"))
    eq = after.buildings[0].equipment
    assert (eq.cooling_system, eq.cooling_seer) == ("split_ac", 5.8)
    assert _end_use_kwh(after, "cooling") == pytest.approx(_end_use_kwh(office, "cooling") * 2.8 / 5.8, rel=1e-9)
    # never worse: a better unit stays
    better = apply_measure(after, Measure(kind="cooling_replacement", params={"unit": "split_ac_2019_grade3"}))
    assert better.buildings[0].equipment.cooling_seer == 5.8


def test_external_shading_scales_the_solar_gain(office):
    # Φ_sol = (1 − F_F) g F_sh I_trans: a fixed device of factor 0.6 on
    # every facade scales it by 0.6
    w = weather_for_site(office.site)
    every = {"shading_factor": 0.6, "north": "yes"}
    after = apply_measure(office, Measure(kind="external_shading", params=every))
    win = after.buildings[0].window
    assert win.shading_factor == office.buildings[0].window.shading_factor
    assert [getattr(win, f"fixed_shading_{f}") for f in FACADES] == pytest.approx([0.6] * 4)
    before = simulate(office.buildings[0], w)
    shaded = simulate(after.buildings[0], w)
    assert shaded.gains["solar"].m == pytest.approx(0.6 * before.gains["solar"].m, rel=1e-12)
    assert shaded.cooling.m.sum() < before.cooling.m.sum()


def test_cool_roof_lowers_absorptance_and_cooling(office):
    w = weather_for_site(office.site)
    after = apply_measure(office, Measure(kind="cool_roof"))
    assert after.buildings[0].roof.solar_absorptance == pytest.approx(0.3)
    assert simulate(after.buildings[0], w).cooling.m.sum() < simulate(office.buildings[0], w).cooling.m.sum()
    # an already lighter roof stays
    light = apply_measure(after, Measure(kind="cool_roof", params={"solar_absorptance": 0.5}))
    assert light.buildings[0].roof.solar_absorptance == pytest.approx(0.3)


# ---------------------------------------------------------------- hot water

def test_heat_pump_water_heater_by_hand(office):
    # 2.0 kWh/(m²a) × A / COP 3 (before: electric heater, efficiency 0.9)
    b = office.buildings[0]
    area = floor_area(b).m
    after = apply_measure(office, Measure(kind="heat_pump_water_heater"))
    assert _end_use_kwh(office, "dhw") == pytest.approx(2.0 * area / 0.9, rel=1e-9)
    assert _end_use_kwh(after, "dhw") == pytest.approx(2.0 * area / 3.0, rel=1e-9)


# ---------------------------------------------------------------- costs

@pytest.mark.parametrize("kind, params, unit_cost, basis", [
    ("public_setpoint_control", {}, 4.0, "floor"),
    ("building_automation", {}, 30.0, "floor"),
    ("cooling_replacement", {}, 60.0, "floor"),
    ("cooling_replacement", {"unit": "chiller_water_cooled_new"}, 120.0, "floor"),
    ("external_shading", {"device": "movable", "north": "yes"}, 700.0, "window"),
    ("cool_roof", {}, 40.0, "roof"),
    ("heat_pump_water_heater", {}, 12.0, "floor"),
    ("mvhr", {}, 90.0, "floor"),
])
def test_costs_from_the_table_by_hand(office, kind, params, unit_cost, basis):
    b = office.buildings[0]
    quantity = {"floor": floor_area(b).m, "roof": footprint_area(b).m,
                "window": sum(window_area(b, f).m for f in FACADES)}[basis]
    inv = measure_cost(office, Measure(kind=kind, params=params))
    assert inv.gross.to("CNY").m == pytest.approx(unit_cost * quantity, rel=1e-9)
    assert inv.lifetime.to("year").m > 0 and "estimate" in inv.source


# ---------------------------------------------------------------- ventilation

def test_mvhr_heating_and_fans_by_hand(office):
    # steady 0 °C, no sun, no gains, 20 °C continuous, ventilation all day:
    # without MVHR n = infiltration 0.5 h⁻¹ only; with it 0.5 + 0.5·(1 − 0.75)
    # = 0.625 h⁻¹: ΔH_ve = ρc · 0.8 V · 0.125 / 3600 with ρc = 101325/(287.058·273.15)·1006
    # = 1300.0 J/(m³K), V = 1800 m³ -> ΔΦ = 97.5 W/K · 20 K
    b = make_building(use="office", ventilation=dict(mechanical_ach=Q_(0, "1/h"), heat_recovery=0.0))
    p = _with_building(office, b)
    after = apply_measure(p, Measure(kind="mvhr")).buildings[0]
    cold = make_weather(0.0)
    d_heat = simulate(after, cold).heating.m.mean() - simulate(b, cold).heating.m.mean()
    rho_c = 101325 / (287.058 * 273.15) * 1006
    assert d_heat == pytest.approx(rho_c * 0.8 * 1800 * 0.125 / 3600 * 20, rel=2e-3)
    # fans: 0.45 W/(m³/h) × 0.5 h⁻¹ × 1440 m³ = 324 W all year (continuous schedule)
    from calc.thermal import fan_electricity
    prof = schedules.operation_profiles(after.operation, year_index())
    assert fan_electricity(after, prof.ventilation).sum() == pytest.approx(0.324 * 8760, rel=1e-9)
    assert fan_electricity(b, prof.ventilation) is None
