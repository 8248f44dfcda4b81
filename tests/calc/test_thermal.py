"""The 5R1C engine: steady state, hourly balance, ISO 13790 step, properties,
and the sample residential block."""

import dataclasses
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pvlib
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from calc import thermal
from calc.climate import Weather
from calc.envelope import add_insulation
from calc.model import (Building, Construction, Equipment, Geometry, Operation, Ventilation, Window)
from calc.rc_core import NO_COOLING, NO_HEATING, run_5r1c
from calc.units import Q_

ROOT = Path(__file__).resolve().parents[2]
LAT, LON, ELEV = 39.8, 116.47, 31.0
INDEX = pd.date_range("2023-01-01", periods=8760, freq="h", tz="+08:00")
U = "W/(m**2*K)"


def _clear_sky():
    sp = pvlib.solarposition.get_solarposition(INDEX + pd.Timedelta(minutes=30), LAT, LON, altitude=ELEV)
    am = pvlib.atmosphere.get_absolute_airmass(pvlib.atmosphere.get_relative_airmass(sp["apparent_zenith"]))
    cs = pvlib.clearsky.ineichen(sp["apparent_zenith"].to_numpy(), am.to_numpy(), 3.0,
                                 dni_extra=pvlib.irradiance.get_extra_radiation(INDEX.tz_convert("UTC").day_of_year.to_numpy()))
    return {k: np.nan_to_num(np.asarray(v)) for k, v in cs.items()}


CLEAR = _clear_sky()


def make_weather(temp, sun=0.0, sky_depression=0.0, ground=None):
    """Weather with the given air temperature (scalar or 8760 array) [°C],
    clear-sky irradiance scaled by ``sun``, sky ``sky_depression`` K below
    the air, and monthly ground temperatures (default: the mean air)."""
    temp = np.broadcast_to(np.asarray(temp, dtype=float), (8760,))
    data = pd.DataFrame({
        "temp_air": temp, "relative_humidity": 50.0,
        "ghi": sun * CLEAR["ghi"], "dni": sun * CLEAR["dni"], "dhi": sun * CLEAR["dhi"],
        "wind_speed": 2.0, "sky_temperature": temp - sky_depression, "pressure": 101325.0,
    }, index=INDEX)
    g = tuple([float(np.mean(temp))] * 12) if ground is None else tuple(ground)
    return Weather(name="test", latitude=LAT, longitude=LON, elevation=ELEV, utc_offset=8.0, data=data,
                   ground_temperature=g, synthetic=True, source="test")


DAY = 2 * math.pi * np.arange(8760) / 24
YEAR = 2 * math.pi * (np.arange(8760) - 24 * 15) / 8760
# Beijing-like: annual mean 12 °C, ±15 K seasonal, ±5 K daily
BEIJING_LIKE = make_weather(12 - 15 * np.cos(YEAR) - 5 * np.cos(DAY - 0.5), sun=0.8, sky_depression=15,
                            ground=[2, 1, 4, 10, 16, 21, 24, 24, 20, 14, 8, 3])


def make_building(**kw):
    geo = dict(length=Q_(20, "m"), width=Q_(10, "m"), storeys=3, storey_height=Q_(3, "m"),
               wwr_south=0.3, wwr_north=0.2, wwr_east=0.1, wwr_west=0.1)
    geo.update(kw.pop("geometry", {}))
    op = dict(heating_setpoint=Q_(20, "degC"), internal_gains=Q_(0, "W/m**2"), schedule="continuous",
              heating_season_start="01-01", heating_season_end="12-31", cooled=False)
    op.update(kw.pop("operation", {}))
    vent = dict(infiltration_ach=Q_(0.5, "1/h"), mechanical_ach=Q_(0.5, "1/h"), heat_recovery=0.6)
    vent.update(kw.pop("ventilation", {}))
    args = dict(
        name="test", use="residential", era="pre_1986", geometry=Geometry(**geo),
        wall=Construction(u_value=Q_(0.5, U), solar_absorptance=0.7),
        roof=Construction(u_value=Q_(0.4, U), solar_absorptance=0.7),
        ground_floor=Construction(u_value=Q_(1 / 1.21, U)),
        window=Window(u_value=Q_(2.0, U), shgc=0.6), thermal_bridge_u=Q_(0.05, U),
        thermal_mass="heavy", ventilation=Ventilation(**vent), operation=Operation(**op), equipment=Equipment())
    args.update(kw)
    return Building(**args)


# ----------------------------------------------------------------- steady state

SIGMA = 5.670374419e-8


def _iso15099_h(dt, height, theta_i=20.0):
    # ISO 15099 8.3.2.2 laminar: h = 0.56 Ra^¼ λ/H, Annex B air properties at T_m
    t = theta_i + 273.15 - dt / 2
    lam, mu, cp = 2.873e-3 + 7.76e-5 * t, 3.723e-6 + 4.94e-8 * t, 1002.737 + 1.2324e-2 * t
    rho = 101325 * 0.02897 / (8.314462618 * t)
    return 0.56 * (rho ** 2 * height ** 3 * 9.80665 * cp * abs(dt) / (t * mu * lam)) ** 0.25 * lam / height


def _hand_operating_u(u_rated, r_si_rating, r_se_rating, height, vertical, roughness, emissivity,
                      glazing_height=None, theta_i=20.0, v_met=2.0, theta_e=0.0):
    """Operating U [W/(m²K)] of an element at θ_e = θ_sky = 0 °C, no sun,
    written out from the sources (not from calc.envelope):
    R_c = 1/U − R_si,rating − R_se,rating; site wind v = 2 m/s ·
    (270/10)^0.14 · (z/370)^0.22 (ASHRAE Fundamentals ch. 24, suburbs);
    h_r = 4εσT³ at 273.15 K outside, 293.15 K inside; DOE-2 outside convection
    h_c = h_n + R_f (√(h_n² + (a v^b)²) − h_n), windward (3.26, 0.89) and
    leeward (3.55, 0.617) averaged for facades, windward for the roof; h_n
    from Walton (1.31 |Δθ|^⅓ vertical, 9.482/6.238 |Δθ|^⅓ for a roof warmer
    than the air); inside TARP convection (1.31 walls, 9.482/6.238 for the
    ceiling under the roof) or ISO 15099 at glazing; the surface-air
    differences from the surface balances, iterated to convergence;
    U_op = 1/(R_si + R_c + 1/(h_c + h_r))."""
    r_c = max(1 / u_rated - r_si_rating - r_se_rating, 0.0)
    v = v_met * (270 / 10) ** 0.14 * (height / 370) ** 0.22
    h_r = 4 * emissivity * SIGMA * (273.15 + theta_e) ** 3
    h_ri = 4 * emissivity * SIGMA * (273.15 + theta_i) ** 3
    pairs = [((3.26, 0.89), 0.5), ((3.55, 0.617), 0.5)] if vertical else [((3.26, 0.89), 1.0)]
    c_nat = 1.31 if vertical else 9.482 / 6.238
    h_c, h_ci = 0.0, 0.0
    for _ in range(50):
        u = 1 / (1 / (h_ci + h_ri) + r_c + 1 / (h_c + h_r))
        q = abs(u * (theta_i - theta_e))
        h_n = c_nat * (q / (h_c + h_r)) ** (1 / 3)
        h_c = sum(w * (h_n + roughness * (math.hypot(h_n, a * v ** b) - h_n)) for (a, b), w in pairs)
        dt_in = q / (h_ci + h_ri)
        h_ci = c_nat * dt_in ** (1 / 3) if glazing_height is None else _iso15099_h(dt_in, glazing_height, theta_i)
    return 1 / (1 / (h_ci + h_ri) + r_c + 1 / (h_c + h_r))


def test_steady_state_power_equals_h_times_delta_t():
    # Steady state of make_building() at θ_e = θ_gr = θ_sky = 0 °C, 2 m/s wind,
    # no sun, no gains, air held at θ_i = 20 °C. The engine's H in operation:
    # facades S/N 20·9 = 180 m², E/W 10·9 = 90 m²; windows 54 + 36 + 9 + 9 = 108 m²;
    # walls 126 + 144 + 81 + 81 = 432 m²; roof 200 m².
    # Walls and roof carry the bridge allowance: rated U + ΔU = 0.55 / 0.45 with the
    # rating films (0.11/0.04 wall, 0.10/0.04 roof), simulated with operating films
    # (_hand_operating_u); windows: U_w 2.0 rated with 0.13/0.04 (EN ISO 10077-1),
    # glazing (R_f 1.0, ε 0.84, ribbon height 108/540 · 3 m = 0.6 m) 75 %, frame
    # (R_f 1.13, ε 0.9) 25 %; heights 4.5 m facades, 9 m roof.
    # ground (ISO 13370): R_f = 1.21 − 0.21 = 1.0; B' = 200/30 = 6.6667; d_t = 0.3 + 2·1.21 = 2.72
    #   U = 4/(π·6.6667 + 2.72)·ln(π·6.6667/2.72 + 1) = 0.365672 -> H_g = 73.134
    # Air to surface node (star network): H_is = A_t h_ci (1 + h_ci/h_rs), A_t = 4.5·600,
    # h_ci = 1.234·Δθ^⅓ (TARP, 0.760 : 1.520 : 2.5·1.31 floor/ceiling/walls over 4.5),
    # h_rs = 2.5²/(3.45 − 2.5); Δθ = θ_air − θ_s solves H_is(Δθ)·Δθ = H_tr·(20 − Δθ).
    # ventilation: ρc = 101325/(287.058·273.15)·1006 = 1300.0 J/(m³K) (outdoor air),
    #   V = 0.8·1800 = 1440 m³, n = 0.5 + 0.5·(1 − 0.6) = 0.7 h⁻¹ -> H_ve = 364.0 W/K
    h_wall = 432 * _hand_operating_u(0.55, 0.11, 0.04, 4.5, True, 1.52, 0.9)
    h_roof = 200 * _hand_operating_u(0.45, 0.10, 0.04, 9.0, False, 1.52, 0.9)
    h_win = 108 * (0.75 * _hand_operating_u(2.0, 0.13, 0.04, 4.5, True, 1.0, 0.84, glazing_height=0.6)
                   + 0.25 * _hand_operating_u(2.0, 0.13, 0.04, 4.5, True, 1.13, 0.9))
    h_tr = h_wall + h_roof + h_win + 73.134
    h_rs = 2.5 ** 2 / (3.45 - 2.5)
    dt = 1.0
    for _ in range(200):
        h_ci = (0.760 + 1.520 + 2.5 * 1.31) / 4.5 * dt ** (1 / 3)
        h_is = 4.5 * 600 * h_ci * (1 + h_ci / h_rs)
        dt = h_tr * 20 / (h_is + h_tr)
    h_ve = 101325 / (287.058 * 273.15) * 1006 * 1440 * 0.7 / 3600
    h = 1 / (1 / h_is + 1 / h_tr) + h_ve
    b = make_building()
    r = thermal.simulate(b, make_weather(0.0))
    assert np.allclose(r.heating.m, h * 20, rtol=1e-3)
    assert np.allclose(r.t_air.m, 20.0, atol=1e-6)
    assert np.all(r.cooling.m == 0)


def test_heat_transfer_coefficients_match_hand_values():
    h = {k: v.m for k, v in thermal.heat_transfer_coefficients(make_building()).items()}
    assert h["walls"] == pytest.approx(216) and h["roof"] == pytest.approx(80)
    assert h["windows"] == pytest.approx(216) and h["thermal_bridges"] == pytest.approx(31.6)
    assert h["floor"] == pytest.approx(73.134, rel=1e-4) and h["ventilation"] == pytest.approx(336)


def test_design_heat_load_by_hand():
    # above ground 879.6 W/K · (20 − (−10)) + ground 73.134 · (20 − 0) = 26 388 + 1 462.7 = 27 850.7 W
    load = thermal.design_heat_load(make_building(), make_weather(0.0), t_design=Q_(-10, "degC"))
    assert load.to("W").m == pytest.approx(27850.7, rel=1e-3)
    # default: the 0.4 % coldest hour of a constant −7 °C year is −7 °C
    load = thermal.design_heat_load(make_building(), make_weather(-7.0, ground=[0.0] * 12))
    assert load.to("W").m == pytest.approx(879.6 * 27 + 73.134 * 20, rel=1e-3)


# ------------------------------------------------------------- 5R1C mechanics

def _one_step_by_linear_algebra(p, theta_prev, theta_set):
    """Air, surface and mass node balances (Crank-Nicolson mass) solved with
    the air held at the setpoint; unknowns Φ_HC, θ_s, θ_m,t."""
    c = p["c_m"] / 3600.0
    # air:     H_is(θ_s − θ_a) + H_ve(θ_sup − θ_a) + Φ_ia + Φ = 0
    # surface: H_is(θ_a − θ_s) + H_w(θ_w − θ_s) + H_ms(θ_m − θ_s) + Φ_st = 0,  θ_m = (θ_t + θ_prev)/2
    # mass:    c(θ_t − θ_prev) = Φ_m + H_em(θ_em − θ_m) + H_ms(θ_s − θ_m)
    a = np.array([
        [1.0, p["h_is"], 0.0],
        [0.0, -(p["h_is"] + p["h_w"] + p["h_ms"]), 0.5 * p["h_ms"]],
        [0.0, p["h_ms"], -c - 0.5 * (p["h_em"] + p["h_ms"])],
    ])
    rhs = np.array([
        (p["h_is"] + p["h_ve"]) * theta_set - p["h_ve"] * p["theta_sup"] - p["phi_ia"],
        -p["h_is"] * theta_set - p["h_w"] * p["theta_w"] - 0.5 * p["h_ms"] * theta_prev - p["phi_st"],
        -c * theta_prev - p["phi_m"] - p["h_em"] * p["theta_em"] + 0.5 * (p["h_em"] + p["h_ms"]) * theta_prev,
    ])
    return np.linalg.solve(a, rhs)


STEP = dict(c_m=5.0e7, h_is=3100.0, h_w=400.0, h_ms=5400.0, h_em=900.0, h_ve=250.0, theta_sup=-5.0,
            theta_w=-6.0, theta_em=-3.0, phi_ia=800.0, phi_st=1200.0, phi_m=2500.0)


def _run_step(p, theta_prev, h_set, c_set):
    one = lambda x: np.array([x], dtype=float)
    return run_5r1c(p["c_m"], p["h_is"], one(p["h_w"]), p["h_ms"], one(p["h_em"]), one(p["h_ve"]), one(p["theta_sup"]),
                    one(p["theta_w"]), one(p["theta_em"]), one(p["phi_ia"]), one(p["phi_st"]),
                    one(p["phi_m"]), one(h_set), one(c_set), theta_prev)


def test_iso13790_step_matches_node_balance_solution():
    phi, t_s, t_end = _one_step_by_linear_algebra(STEP, 18.0, 20.0)
    out = _run_step(STEP, 18.0, 20.0, NO_COOLING)
    assert out[0][0] == pytest.approx(phi, rel=1e-9)
    assert out[1][0] == pytest.approx(20.0, abs=1e-9)
    assert out[2][0] == pytest.approx(t_s, abs=1e-9)
    assert out[4][0] == pytest.approx(t_end, abs=1e-9)
    assert phi > 0


def test_cooling_and_dead_band():
    hot = dict(STEP, theta_sup=35.0, theta_w=35.0, theta_em=40.0)
    phi, _, _ = _one_step_by_linear_algebra(hot, 27.0, 26.0)
    out = _run_step(hot, 27.0, NO_HEATING, 26.0)
    assert out[0][0] == pytest.approx(phi, rel=1e-9) and phi < 0
    free = _run_step(STEP, 18.0, NO_HEATING, NO_COOLING)
    assert free[0][0] == 0.0


def test_zero_air_change_is_allowed():
    p = dict(STEP, h_ve=0.0)
    phi, _, _ = _one_step_by_linear_algebra(p, 18.0, 20.0)
    assert _run_step(p, 18.0, 20.0, NO_COOLING)[0][0] == pytest.approx(phi, rel=1e-9)


@pytest.mark.parametrize("tiny", [False, True])
def test_hourly_energy_balance_closes(tiny):
    # tiny: a 1 m × 1 m tower of U = 10 walls, where H_tr,is is raised and
    # part of the opaque conductance bypasses the mass
    extra = dict(geometry=dict(length=Q_(1, "m"), width=Q_(1, "m"), storey_height=Q_(10, "m")),
                 wall=Construction(u_value=Q_(10, U))) if tiny else {}
    b = make_building(use="office", operation=dict(schedule="office", internal_gains=Q_(15, "W/m**2"),
                                                   heating_season_start="11-15", heating_season_end="03-15",
                                                   cooled=True), **extra)
    z = thermal.zone_inputs(b, BEIJING_LIKE)
    args = (z.c_m, z.h_is, z.h_w, z.h_ms, z.h_em, z.h_ve, z.theta_sup, z.theta_w, z.theta_em,
            z.phi_ia, z.phi_st, z.phi_m, z.theta_h_set, z.theta_c_set)
    conv = (z.is_area, thermal.INSIDE_CONVECTION_COEF, thermal.H_RS, thermal.H_CONVECTION_MIN, 1.0)
    phi, t_air, t_s, t_m, t_end, h_is = run_5r1c(*args, 15.0, *conv)
    assert np.all(h_is > 0)
    # the air-surface coupling follows the convection (in the tiny tower it sits at its lower bound 2 H_tr)
    assert (np.ptp(h_is) == 0) == tiny  # (a constant's std need not round to 0)
    t_prev = np.concatenate(([15.0], t_end[:-1]))
    heat_in = phi + z.phi_ia + z.phi_st + z.phi_m
    heat_out = z.h_ve * (t_air - z.theta_sup) + z.h_w * (t_s - z.theta_w) + z.h_em * (t_m - z.theta_em)
    storage = z.c_m * (t_end - t_prev) / 3600.0
    scale = np.abs(heat_in).max()
    assert np.all(np.abs(heat_in - heat_out - storage) < 1e-9 * scale)
    assert (phi > 0).any() and (phi < 0).any()  # both heating and cooling hours were exercised


def test_season_breakdown_balances():
    b = make_building(operation=dict(internal_gains=Q_(4, "W/m**2"), heating_season_start="11-15",
                                     heating_season_end="03-15"))
    r = thermal.simulate(b, BEIJING_LIKE)
    md = INDEX.month * 100 + INDEX.day
    season = (md >= 1115) | (md <= 315)
    heating = r.heating.m[season].sum() / 1000
    net = sum(v.m for v in r.losses.values()) - sum(v.m for v in r.gains.values())
    # what is left is the change of stored heat between 15 Nov and 15 Mar (< 1 %)
    assert net == pytest.approx(heating, rel=0.01)
    assert r.losses["ventilation"].m > 0 and r.gains["solar"].m > 0
    assert r.gains["internal"].m == pytest.approx(4 * 600 * season.sum() / 1000, rel=1e-9)


# ------------------------------------------------------------ behaviour

def test_no_heating_outside_the_season_and_setback_for_offices():
    cold = make_weather(-5.0)
    b = make_building(operation=dict(heating_season_start="11-15", heating_season_end="03-15"))
    r = thermal.simulate(b, cold)
    md = INDEX.month * 100 + INDEX.day
    season = (md >= 1115) | (md <= 315)
    assert np.all(r.heating.m[~season] == 0) and np.all(r.heating.m[season] > 0)
    office = make_building(use="office", operation=dict(schedule="office"))
    cont = thermal.simulate(make_building(use="office"), cold).heating.m.sum()
    inter = thermal.simulate(office, cold)
    assert inter.heating.m.sum() < cont
    assert inter.t_air.m.min() >= 12.0 - 1e-6  # setback setpoint holds


def test_overheating_and_window_airing_raise_heating():
    base = thermal.simulate(make_building(), BEIJING_LIKE).heating.m.sum()
    hot = thermal.simulate(make_building(operation=dict(overheating=Q_(2, "K"))), BEIJING_LIKE).heating.m.sum()
    aired = thermal.simulate(make_building(ventilation=dict(window_airing_ach=Q_(0.3, "1/h"))),
                             BEIJING_LIKE).heating.m.sum()
    assert hot > base and aired > base


def test_cooling_only_when_cooled():
    hot = make_weather(32 + 4 * np.sin(DAY), sun=1.0)
    on = thermal.simulate(make_building(operation=dict(cooled=True, heating_season_start="01-01",
                                                       heating_season_end="01-02")), hot)
    off = thermal.simulate(make_building(operation=dict(heating_season_start="01-01",
                                                        heating_season_end="01-02")), hot)
    assert on.cooling.m.sum() > 0 and off.cooling.m.sum() == 0
    assert on.t_air.m[48:].max() <= 26.0 + 1e-6


def test_sun_reduces_heating():
    dark = thermal.simulate(make_building(), make_weather(0.0)).heating.m.sum()
    sunny = thermal.simulate(make_building(), make_weather(0.0, sun=1.0)).heating.m.sum()
    assert sunny < dark


def test_bad_weather_is_named():
    bad = make_weather(0.0)
    data = bad.data.copy()
    data.iloc[5, data.columns.get_loc("temp_air")] = np.nan
    with pytest.raises(ValueError, match="temp_air"):
        thermal.simulate(make_building(), dataclasses.replace(bad, data=data))


# ------------------------------------------------------------ properties

WEATHERS = [BEIJING_LIKE, make_weather(-40.0, sun=0.3, sky_depression=20),
            make_weather(45.0 + 5 * np.sin(DAY), sun=1.2), make_weather(0.0)]


@st.composite
def buildings(draw):
    wwr = st.floats(0.0, 0.9)
    return make_building(
        geometry=dict(length=Q_(draw(st.floats(1.0, 300.0)), "m"), width=Q_(draw(st.floats(1.0, 100.0)), "m"),
                      storeys=draw(st.integers(1, 60)), storey_height=Q_(draw(st.floats(2.0, 10.0)), "m"),
                      wwr_south=draw(wwr), wwr_north=draw(wwr), wwr_east=draw(wwr), wwr_west=draw(wwr)),
        wall=Construction(u_value=Q_(draw(st.floats(0.05, 10.0)), U), solar_absorptance=draw(st.floats(0, 1))),
        roof=Construction(u_value=Q_(draw(st.floats(0.05, 10.0)), U), solar_absorptance=draw(st.floats(0, 1))),
        ground_floor=Construction(u_value=Q_(draw(st.floats(0.05, 10.0)), U)),
        floor_type=draw(st.sampled_from(["slab_on_ground", "unheated_basement", "heated_basement"])),
        window=Window(u_value=Q_(draw(st.floats(0.3, 10.0)), U), shgc=draw(st.floats(0.01, 1.0)),
                      frame_fraction=draw(st.floats(0.0, 0.9)), shading_factor=draw(st.floats(0.0, 1.0))),
        thermal_mass=draw(st.sampled_from(["very_light", "light", "medium", "heavy", "very_heavy"])),
        ventilation=dict(infiltration_ach=Q_(draw(st.floats(0.0, 10.0)), "1/h"),
                         mechanical_ach=Q_(draw(st.floats(0.0, 20.0)), "1/h"),
                         heat_recovery=draw(st.floats(0.0, 0.95)),
                         window_airing_ach=Q_(draw(st.floats(0.0, 10.0)), "1/h")),
        operation=dict(schedule=draw(st.sampled_from(["continuous", "residential", "office", "school",
                                                      "hospital", "hotel", "retail"])),
                       internal_gains=Q_(draw(st.floats(0.0, 100.0)), "W/m**2"),
                       heating_setpoint=Q_(draw(st.floats(5.0, 25.0)), "degC"),
                       cooling_setpoint=Q_(draw(st.floats(26.0, 35.0)), "degC"),
                       overheating=Q_(draw(st.floats(0.0, 10.0)), "K"),
                       heating_season_start="11-01", heating_season_end="03-31", cooled=draw(st.booleans())),
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(b=buildings(), w=st.sampled_from(range(len(WEATHERS))))
def test_results_finite_and_signed_over_the_input_space(b, w):
    r = thermal.simulate(b, WEATHERS[w])
    for q in (r.heating, r.cooling, r.t_air):
        assert np.all(np.isfinite(q.m))
    assert np.all(r.heating.m >= 0) and np.all(r.cooling.m >= 0)
    assert all(np.isfinite(v.m) for v in list(r.losses.values()) + list(r.gains.values()))
    assert thermal.design_heat_load(b, WEATHERS[w]).m >= 0


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(b=buildings(), mm=st.floats(10.0, 300.0), element=st.sampled_from(["wall", "roof", "ground_floor"]))
def test_insulation_never_increases_heating_need(b, mm, element):
    # ISO 13370 eq. 15: floor insulation of a heated basement raises the
    # basement-wall coefficient; in a basement of a few m² that can outweigh
    # the floor's gain, so that case is checked on realistic sizes below
    assume(not (element == "ground_floor" and b.floor_type == "heated_basement"))
    # a room kept colder than the sun-warmed ground is heated by its floor,
    # and insulating the floor then raises its heating (next test); the
    # property holds for rooms heated above the ground's year
    assume(not (element == "ground_floor" and b.operation.heating_setpoint.m < GROUND_WARMER_THAN_ROOM_BELOW_C))
    before = thermal.simulate(b, BEIJING_LIKE).heating.m.sum()
    insulated = add_insulation(getattr(b, element), "EPS", Q_(mm, "mm"), Q_(0.0429, "W/(m*K)"))
    after = thermal.simulate(dataclasses.replace(b, **{element: insulated}), BEIJING_LIKE).heating.m.sum()
    assert after <= before * (1 + 1e-9) + 1e-6


# BEIJING_LIKE's open ground: 12 °C air of the year plus the absorbed sun
# (calc.thermal._ground_surface_temperature) -- well below 18 °C
GROUND_WARMER_THAN_ROOM_BELOW_C = 18.0


def test_floor_insulation_of_a_room_colder_than_the_ground():
    """A slab under a room held at 5 °C gains heat from ground whose year
    runs at about 12 °C and more in the sun: insulating it raises the
    heating need; under a room at 20 °C it lowers it."""
    def need(setpoint, floor):
        b = make_building(ground_floor=floor, operation=dict(heating_setpoint=Q_(setpoint, "degC")))
        return thermal.simulate(b, BEIJING_LIKE).heating.m.sum()

    bare = Construction(u_value=Q_(1.0, U))
    insulated = add_insulation(bare, "EPS", Q_(100, "mm"), Q_(0.0429, "W/(m*K)"))
    assert need(5.0, insulated) > need(5.0, bare)
    assert need(20.0, insulated) < need(20.0, bare)


@pytest.mark.parametrize("side", [6.0, 12.0, 40.0])
def test_heated_basement_floor_insulation_helps_realistic_sizes(side):
    b = make_building(floor_type="heated_basement", geometry=dict(length=Q_(side, "m"), width=Q_(side, "m")))
    h0 = thermal.ground_coefficient(b).m
    ins = add_insulation(b.ground_floor, "XPS", Q_(50, "mm"), Q_(0.033, "W/(m*K)"))
    assert thermal.ground_coefficient(dataclasses.replace(b, ground_floor=ins)).m < h0


def test_night_setback_lowers_heating():
    base = thermal.simulate(make_building(), BEIJING_LIKE)
    night = thermal.simulate(make_building(operation=dict(night_setback=True, setback_setpoint=Q_(16, "degC"))),
                             BEIJING_LIKE)
    assert night.heating.m.sum() < base.heating.m.sum()
    assert night.t_air.m.min() >= 16.0 - 1e-6


def test_no_windows_building():
    b = make_building(geometry=dict(wwr_south=0.0, wwr_north=0.0, wwr_east=0.0, wwr_west=0.0))
    r = thermal.simulate(b, BEIJING_LIKE)
    assert r.gains["solar"].m == 0.0 and np.all(np.isfinite(r.heating.m))


# ------------------------------------------------------------ sample project

def test_sample_residential_block_beijing_is_plausible():
    from calc import projectfile
    from calc.climate import read_weather_file

    p = projectfile.load(ROOT / "datasets/examples/residential_beijing_1980s.json")
    wx = read_weather_file(ROOT / "datasets/weather/CHN_Beijing.Beijing.545110_CSWD.epw.gz")
    r = thermal.simulate(p.buildings[0], wx)
    per_m2 = r.heating.m.sum() / 1000 / r.floor_area.m
    # pre-1986 northern blocks: roughly 80-200 kWh/(m²·a) heating need (JGJ 26 baseline era);
    # EnergyPlus gives 85.7 for this block (docs/validation.md)
    assert 75 < per_m2 < 200
    assert r.floor_area.m == pytest.approx(60 * 11 * 6)


def test_design_temperature_errors_name_the_field():
    with pytest.raises(Exception, match="t_design"):
        thermal.design_heat_load(make_building(), make_weather(0.0), t_design=Q_(5, "m"))
    with pytest.raises(ValueError, match="t_design: -120"):
        thermal.design_heat_load(make_building(), make_weather(0.0), t_design=Q_(-120, "degC"))


@pytest.mark.parametrize("geo", [
    dict(length=Q_(1, "m"), width=Q_(1, "m"), storeys=1, storey_height=Q_(10, "m")),
    dict(length=Q_(1000, "m"), width=Q_(1000, "m"), storeys=150, storey_height=Q_(2, "m")),
])
@pytest.mark.parametrize("weather", [0, 1, 2])
def test_tiny_and_huge_buildings_in_extreme_climates(geo, weather):
    b = make_building(geometry=geo, wall=Construction(u_value=Q_(10, U)), window=Window(u_value=Q_(10, U), shgc=1.0),
                      ventilation=dict(infiltration_ach=Q_(0, "1/h"), mechanical_ach=Q_(0, "1/h")),
                      operation=dict(cooled=True, heating_season_start="11-01", heating_season_end="03-31"))
    r = thermal.simulate(b, WEATHERS[weather])
    assert np.all(np.isfinite(r.heating.m)) and np.all(r.heating.m >= 0)
    assert np.all(np.isfinite(r.t_air.m)) and np.all(r.cooling.m >= 0)
    assert r.losses["ventilation"].m == 0.0


def _hand_monthly_h(theta_e):
    """H_tr (through the air-surface coupling) and H_ve [W/K] of the
    make_building() of the monthly test at a monthly mean outdoor
    temperature, with the operating films of _hand_operating_u (sky at the
    air temperature, 2 m/s) and outdoor air density; ground floor apart."""
    u = lambda *a, **k: _hand_operating_u(*a, theta_e=theta_e, **k)  # noqa: E731
    h_tr = (432 * u(0.55, 0.11, 0.04, 4.5, True, 1.52, 0.9) + 200 * u(0.45, 0.10, 0.04, 9.0, False, 1.52, 0.9)
            + 108 * (0.75 * u(2.0, 0.13, 0.04, 4.5, True, 1.0, 0.84, glazing_height=0.6)
                     + 0.25 * u(2.0, 0.13, 0.04, 4.5, True, 1.13, 0.9)))
    h_ve = 101325 / (287.058 * (273.15 + theta_e)) * 1006 * 1440 * 0.7 / 3600
    return h_tr, h_ve


def test_agrees_with_the_iso13790_monthly_method():
    # ISO 13790:2008 monthly method as an independent engine: Q_H = Q_ht − η Q_gn,
    # η = (1 − γ^a)/(1 − γ^(a+1)) (eq. 52), a = 1 + τ/15 h (eq. 54), τ = C_m/H (eq. 55);
    # sky and opaque-sun terms switched off because the monthly method here has none.
    # H per month in operation: the films of _hand_operating_u at the month's mean
    # outdoor temperature, the air-surface coupling of the star network (as in the
    # steady-state test), outdoor air density; glazing gains with the window's
    # angular factor (simple glazing model of its U_w and SHGC, calc.glazing).
    w = make_weather(12 - 15 * np.cos(YEAR) - 5 * np.cos(DAY - 0.5), sun=0.8)
    b = make_building(wall=Construction(u_value=Q_(0.5, U), solar_absorptance=0.0),
                      roof=Construction(u_value=Q_(0.4, U), solar_absorptance=0.0),
                      operation=dict(internal_gains=Q_(4, "W/m**2")))
    hourly = thermal.simulate(b, w).heating.m.sum()
    from calc import geometry, solar
    from calc.model import FACADES

    h_floor = thermal.ground_coefficient(b).m
    te = w.data["temp_air"].to_numpy()
    tr = solar.irradiance_on_planes(w, Q_([90.0] * 4, "deg"),
                                    Q_([geometry.facade_azimuth(b, f) for f in FACADES], "deg"),
                                    panes=solar.window_glazing(b.window))["transmitted"].m
    a_win = np.array([geometry.window_area(b, f).m for f in FACADES])
    q_sol = (1 - b.window.frame_fraction) * b.window.shgc * (a_win @ tr)
    a_f = 600.0
    q_int = 4.0 * a_f
    h_rs = 2.5 ** 2 / (3.45 - 2.5)
    monthly = 0.0
    for m in range(1, 13):
        s = INDEX.month == m
        h_tr, h_ve = _hand_monthly_h(te[s].mean())
        dt = 1.0
        for _ in range(100):  # air-surface coupling at the steady loss (θ_i 20, θ_e monthly mean)
            h_ci = (0.760 + 1.520 + 2.5 * 1.31) / 4.5 * dt ** (1 / 3)
            h_is = 4.5 * a_f * h_ci * (1 + h_ci / h_rs)
            dt = (h_tr + h_floor) * max(20 - te[s].mean(), 0.1) / (h_is + h_tr + h_floor)
        series = 1 / (1 / h_is + 1 / (h_tr + h_floor))
        h_above = series * h_tr / (h_tr + h_floor) + h_ve
        h_g = series * h_floor / (h_tr + h_floor)
        q_ht = (h_above * (20 - te[s]) + h_g * (20 - te.mean())).sum()
        if q_ht <= 0:
            continue
        tau_h = 260_000 * a_f / (h_above + h_g) / 3600
        a = 1 + tau_h / 15
        q_gn = q_sol[s].sum() + q_int * s.sum()
        gamma = q_gn / q_ht
        eta = (1 - gamma ** a) / (1 - gamma ** (a + 1))
        monthly += q_ht - eta * q_gn
    assert hourly == pytest.approx(monthly, rel=0.10)


def test_insulating_a_wall_known_by_its_u_value_lowers_heating():
    """Found by the property test: adding EPS to a wall given only by its
    U-value recorded the EPS as the wall's only layer, and ISO 13370 then took
    10 mm as the wall thickness, raising the ground-floor loss. The insulated
    wall must behave like a U-only wall of the same U."""
    from calc.model import Construction

    b = make_building(geometry=dict(length=Q_(1, "m"), width=Q_(1, "m"), storeys=1, storey_height=Q_(2, "m"),
                                    wwr_south=0.0, wwr_east=0.0, wwr_north=0.0, wwr_west=0.0))
    b = dataclasses.replace(b, wall=Construction(u_value=Q_(0.125, "W/(m**2*K)"), solar_absorptance=0.0))
    insulated = add_insulation(b.wall, "EPS", Q_(10, "mm"), Q_(0.0429, "W/(m*K)"))
    same_u = Construction(u_value=insulated.u_value, solar_absorptance=0.0)
    h0 = thermal.simulate(b, BEIJING_LIKE).heating.m.sum()
    h1 = thermal.simulate(dataclasses.replace(b, wall=insulated), BEIJING_LIKE).heating.m.sum()
    h2 = thermal.simulate(dataclasses.replace(b, wall=same_u), BEIJING_LIKE).heating.m.sum()
    assert h1 < h0
    assert h1 == pytest.approx(h2, rel=1e-12)
