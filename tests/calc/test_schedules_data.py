"""Schedules as data: weekly profiles, the calendar's first weekday,
holidays, and heating/cooling availability as the building is run."""

import dataclasses

import numpy as np
import pandas as pd
import pytest

from calc import schedules, thermal
from calc.climate import year_index
from calc.model import SCHEDULES, DayProfiles, Operation, Schedule, format_profile, parse_profile
from calc.schema import ValidationError
from calc.units import Q_

from .test_thermal import DAY, INDEX, make_building, make_weather

OFF = ", ".join(["0"] * 24)


def hours_on(start, end, value=1.0):
    """24 values: ``value`` for hours start <= h < end, else 0."""
    return format_profile([value if start <= h < end else 0.0 for h in range(24)])


def office_0818():
    """An office open 08-18 on working days with HVAC 07-18: the case the
    fixed presets could not express (the school preset adds a noon dip)."""
    open_ = DayProfiles(weekday=hours_on(8, 18), sunday=OFF)
    return Schedule(name="office 08-18", occupancy=open_, internal_gains=open_, lighting=open_,
                    appliances=open_, ventilation=open_,
                    heating=DayProfiles(weekday=hours_on(7, 18), sunday=OFF),
                    cooling=DayProfiles(weekday=hours_on(7, 18), sunday=OFF))


def op(**kw):
    args = dict(heating_setpoint=Q_(20, "degC"), internal_gains=Q_(10, "W/m**2"))
    args.update(kw)
    return Operation(**args)


def test_parse_profile_accepts_24_numbers_and_rejects_others():
    assert parse_profile(hours_on(8, 18)) == tuple(1.0 if 8 <= h < 18 else 0.0 for h in range(24))
    assert parse_profile("1 " * 24) == (1.0,) * 24
    assert parse_profile("1, " * 23) is None
    assert parse_profile("x" + ", 1" * 23) is None
    assert parse_profile("-1" + ", 1" * 23) is None


def test_bad_profiles_and_holidays_are_named():
    with pytest.raises(ValidationError, match="weekday.*24 numbers"):
        DayProfiles(weekday="1, 2")
    s = office_0818()
    with pytest.raises(ValidationError, match=r"occupancy\.weekday.*0-1"):
        dataclasses.replace(s, occupancy=DayProfiles(weekday=hours_on(8, 18, 2.0)))
    # relative internal gains may exceed 1
    dataclasses.replace(s, internal_gains=DayProfiles(weekday=hours_on(8, 18, 3.0)))
    with pytest.raises(ValidationError, match="holidays.*13-01"):
        op(holidays="01-01, 13-01")


def test_empty_saturday_is_sunday_and_empty_sunday_is_the_weekday():
    d = DayProfiles(weekday=hours_on(8, 18), sunday=OFF)
    assert d.days()[1] == d.days()[2] == (0.0,) * 24
    d = DayProfiles(weekday=hours_on(8, 18))
    assert d.days()[0] == d.days()[1] == d.days()[2]


def test_day_counts_of_the_calendar_by_hand():
    # 365 days = 52 weeks + 1 day; that day is the weekday of 1 January.
    # Reference year (1 Jan 2023 a Sunday): 260 working days, 52 Saturdays, 53 Sundays.
    idx = year_index()
    kinds = schedules.day_types(op(), idx)[::24]
    assert [int(np.sum(kinds == k)) for k in (0, 1, 2)] == [260, 52, 53]
    # starting on a Monday: 261 working days, 52 + 52
    kinds = schedules.day_types(op(first_weekday="monday"), idx)[::24]
    assert [int(np.sum(kinds == k)) for k in (0, 1, 2)] == [261, 52, 52]
    assert kinds[0] == 0 and kinds[5] == 1 and kinds[6] == 2
    # 1 January 2005 was a Saturday (a CSWD typical year's January may be 2005)
    kinds = schedules.day_types(op(first_weekday="weather_year"), idx, data_year=2005)[::24]
    assert kinds[0] == 1 and kinds[1] == 2 and kinds[2] == 0
    # weather year unknown (synthetic): the reference year's Sunday
    assert schedules.day_types(op(first_weekday="weather_year"), idx)[0] == 2


def test_holidays_run_as_sundays():
    idx = year_index()
    # 2 October 2023 is a Monday; 1 October a Sunday anyway
    kinds = schedules.day_types(op(holidays="10-02, 10-03"), idx)
    day = idx.get_loc(pd.Timestamp("2023-10-02 12:00", tz="+08:00"))
    assert kinds[day] == 2 and kinds[day + 24] == 2 and kinds[day + 48] == 0


def test_custom_office_hours_by_hand():
    idx = year_index()
    p = schedules.operation_profiles(op(custom_schedule=office_0818()), idx)
    # 260 working days x 10 open hours; HVAC 11 h; nothing at weekends
    assert p.occupancy.sum() == pytest.approx(260 * 10)
    assert p.heating.sum() == 260 * 11 and p.cooling.sum() == 260 * 11
    # gains: 1 in every occupied hour, 0 otherwise (no standby given)
    assert np.array_equal(p.internal_gains, p.occupancy)
    monday_0700 = idx.get_loc(pd.Timestamp("2023-01-02 07:00", tz="+08:00"))
    assert p.heating[monday_0700] and p.occupancy[monday_0700] == 0


def test_internal_gains_are_scaled_to_a_mean_of_one_while_occupied():
    # occupied 08-18 at relative gain 4, standby 0.5 at night: the factor is
    # 4/4 = 1 while occupied and 0.5/4 = 0.125 otherwise, whatever the scale
    s = office_0818()
    gains = DayProfiles(weekday=format_profile([4.0 if 8 <= h < 18 else 0.5 for h in range(24)]),
                        sunday=", ".join(["0.5"] * 24))
    p = schedules.operation_profiles(op(custom_schedule=dataclasses.replace(s, internal_gains=gains)),
                                     year_index())
    assert set(np.round(np.unique(p.internal_gains), 12)) == {0.125, 1.0}


@pytest.mark.parametrize("name", SCHEDULES)
def test_presets_as_data_reproduce_the_named_profiles(name):
    idx = year_index()
    p = schedules.operation_profiles(op(schedule=name), idx)
    assert np.array_equal(p.occupancy, schedules.occupancy(name, idx))
    assert np.array_equal(p.lighting, schedules.lighting_use(name, idx))
    assert np.array_equal(p.heating, schedules.heating_available(name, idx))
    assert np.array_equal(p.cooling, schedules.cooling_available(name, idx))
    assert np.allclose(p.internal_gains, schedules.internal_gain_factor(name, idx), rtol=1e-12, atol=0)
    # a copy of the preset given as the building's own schedule runs the same
    same = schedules.operation_profiles(op(custom_schedule=schedules.preset(name)), idx)
    assert np.array_equal(same.internal_gains, p.internal_gains)


def test_preset_copy_simulates_like_the_preset():
    hot_cold = make_weather(12 + 14 * np.sin(2 * np.pi * np.arange(8760) / 8760) + 5 * np.sin(DAY), sun=0.8)
    base = dict(schedule="office", cooled=True, heating_season_start="11-15", heating_season_end="03-15")
    a = thermal.simulate(make_building(use="office", operation=base), hot_cold)
    b = thermal.simulate(make_building(use="office", operation=dict(base, custom_schedule=schedules.preset("office"))),
                         hot_cold)
    assert np.allclose(a.heating.m, b.heating.m, rtol=1e-9, atol=1e-6)
    assert np.allclose(a.cooling.m, b.cooling.m, rtol=1e-9, atol=1e-6)


def test_whenever_needed_heats_out_of_season_like_in_season():
    # steady 0 °C all year, no gains: the power that holds 20 °C is the same
    # H·ΔT in July as in January, so with own units the July hours equal
    # the January ones; with network heat (season) July is unheated.
    cold = make_weather(0.0)
    season = dict(heating_season_start="11-15", heating_season_end="03-15")
    net = thermal.simulate(make_building(operation=season), cold).heating.m
    own = thermal.simulate(make_building(operation=dict(season, hvac_availability="whenever_needed")), cold).heating.m
    july = INDEX.month == 7
    assert np.all(net[july] == 0)
    assert np.allclose(own[july], net[INDEX.month == 1][:july.sum()], rtol=1e-6)


def test_heating_and_cooling_in_one_day_when_needed():
    # cold nights (5 °C) and hot days (41 °C) in April, a lightweight box
    # with own units: heated at night and cooled by day; the air stays in the
    # band [20, 26] °C. The network-season building cannot cool in season.
    swing = make_weather(23 - 18 * np.cos(DAY), sun=1.0)
    op_ = dict(heating_season_start="11-15", heating_season_end="04-30", cooled=True,
               cooling_setpoint=Q_(26, "degC"))
    own = thermal.simulate(make_building(thermal_mass="very_light",
                                         operation=dict(op_, hvac_availability="whenever_needed")), swing)
    net = thermal.simulate(make_building(thermal_mass="very_light", operation=op_), swing)
    april = INDEX.month == 4
    assert own.heating.m[april].sum() > 0 and own.cooling.m[april].sum() > 0
    days_with_both = ((own.heating.m[april].reshape(-1, 24) > 0).any(axis=1)
                      & (own.cooling.m[april].reshape(-1, 24) > 0).any(axis=1))
    assert days_with_both.all()
    assert own.t_air.m[48:].min() >= 20 - 1e-6 and own.t_air.m[48:].max() <= 26 + 1e-6
    assert net.cooling.m[april].sum() == 0


def test_ventilation_profile_scales_the_mechanical_air_change():
    # steady 0 °C, mechanical 0.5 h⁻¹ without recovery at half rate all day:
    # H_ve falls by ρc·V·0.25 h⁻¹ against the full rate (ρc of outdoor air at 0 °C)
    cold = make_weather(0.0)
    half = DayProfiles(weekday=", ".join(["0.5"] * 24))
    full = DayProfiles(weekday=", ".join(["1"] * 24))
    s = dataclasses.replace(schedules.preset("continuous"), ventilation=half)
    vent = dict(heat_recovery=0.0)
    a = thermal.simulate(make_building(ventilation=vent, operation=dict(custom_schedule=s)), cold).heating.m
    b = thermal.simulate(make_building(ventilation=vent, operation=dict(
        custom_schedule=dataclasses.replace(s, ventilation=full))), cold).heating.m
    rho_c = 101325 / (287.058 * 273.15) * 1006
    expected = rho_c * 0.8 * 1800 * 0.25 / 3600 * 20  # W
    assert b.mean() - a.mean() == pytest.approx(expected, rel=2e-3)


def test_standard_air_density_convention():
    # at 0 °C and 101325 Pa outdoor air gives ρc = 1300 J/(m³K); standard 1200
    cold = make_weather(0.0)
    vent = dict(heat_recovery=0.0, mechanical_ach=Q_(0.0, "1/h"))
    a = thermal.simulate(make_building(ventilation=vent), cold).heating.m.mean()
    b = thermal.simulate(make_building(ventilation=dict(vent, air_density="standard")), cold).heating.m.mean()
    rho_c = 101325 / (287.058 * 273.15) * 1006
    assert a - b == pytest.approx((rho_c - 1200) * 0.8 * 1800 * 0.5 / 3600 * 20, rel=2e-3)


def test_network_heat_in_season_with_own_cooling_whenever_needed():
    # a hot spell inside the heating season (constant 35 °C in the sun):
    # "season" cannot cool in season, "heating_in_season" cools all year
    # but heats only in season
    hot = make_weather(35.0, sun=1.0)
    op_ = dict(heating_season_start="11-15", heating_season_end="03-15", cooled=True)
    net = thermal.simulate(make_building(operation=op_), hot)
    mixed = thermal.simulate(make_building(operation=dict(op_, hvac_availability="heating_in_season")), hot)
    january = INDEX.month == 1
    assert net.cooling.m[january].sum() == 0 and mixed.cooling.m[january].sum() > 0
    cold = make_weather(0.0)
    heat = thermal.simulate(make_building(operation=dict(op_, hvac_availability="heating_in_season")), cold)
    assert np.all(heat.heating.m[INDEX.month == 7] == 0)


def test_network_building_cannot_heat_out_of_season(residential):
    from calc.schema import set_path

    assert residential.supply.network is not None
    with pytest.raises(ValidationError, match="heating network delivers heat only"):
        set_path(residential, "buildings[0].operation.hvac_availability", "whenever_needed")
    set_path(residential, "buildings[0].operation.hvac_availability", "heating_in_season")
