"""The warm-up before the simulated year (calc.thermal.warmup_hours, run):
the year's last hours set the start state as the whole year did."""

import dataclasses
import math
from pathlib import Path

import numpy as np
import pytest

from calc import thermal
from calc.climate import read_weather_file
from calc.rc_core import run_5r1c
from calc.units import Q_

from .test_thermal import BEIJING_LIKE, make_building

ROOT = Path(__file__).resolve().parents[2]
WEATHERS = sorted((ROOT / "datasets/weather").glob("CHN_*"))
U = "W/(m**2*K)"


def _args(z):
    return (z.c_m, z.h_is, z.h_w, z.h_ms, z.h_em, z.h_ve, z.theta_sup, z.theta_w, z.theta_em,
            z.phi_ia, z.phi_st, z.phi_m, z.theta_h_set, z.theta_c_set)


def _conv(z):
    return (z.is_area, thermal.INSIDE_CONVECTION_COEF, thermal.H_RS, thermal.H_CONVECTION_MIN)


def _full_year_warmup(z):
    # the warm-up as it was: a whole year from the mean outdoor temperature
    start = float(np.clip(np.mean(z.theta_sup), *thermal.TEMPERATURE_RANGE))
    warm = run_5r1c(*_args(z), start, *_conv(z), 0.0, False)
    return run_5r1c(*_args(z), float(warm[4][-1]), *_conv(z), float(warm[1][-1] - warm[2][-1]), True)


def _tail(z, start):
    k = len(z.h_ve) - thermal.warmup_hours(z)
    return run_5r1c(*(a[k:] if isinstance(a, np.ndarray) else a for a in _args(z)), start, *_conv(z), 0.0, False)


def test_warmup_hours_by_hand():
    # constant conductances: per hour the error shrinks by the larger of
    # |(c - H/2)/(c + H/2)| floating (H_em + H_3) and held (H_em + H_ms)
    b = make_building(operation=dict(schedule="office", heating_season_start="11-15",
                                     heating_season_end="03-15"))
    z = thermal.zone_inputs(b, BEIJING_LIKE)
    n = len(z.h_ve)
    z = dataclasses.replace(z, h_w=np.full(n, 500.0), h_em=np.full(n, 400.0), h_ve=np.full(n, 300.0),
                            h_is=20_000.0, h_ms=50_000.0, c_m=1.0e8)
    c = 1.0e8 / 3600.0
    h1 = 300.0 * 20_000.0 / 20_300.0
    h3 = (h1 + 500.0) * 50_000.0 / (h1 + 500.0 + 50_000.0)
    factor = max(abs((c - 0.5 * (400.0 + h3)) / (c + 0.5 * (400.0 + h3))),
                 abs((c - 0.5 * 50_400.0) / (c + 0.5 * 50_400.0)))
    expected = math.ceil(math.log(thermal.WARMUP_TOLERANCE / thermal.WARMUP_START_ERROR) / math.log(factor))
    assert thermal.warmup_hours(z) == expected
    # a mass that never loses its heat keeps the whole year's warm-up
    still = dataclasses.replace(z, h_w=np.zeros(n), h_em=np.zeros(n), h_ve=np.zeros(n), h_ms=1.0e-9)
    assert thermal.warmup_hours(still) == n


def _variants():
    # the lightest mass the model allows (ISO 13790 class values of U-value
    # constructions) and the heaviest, a thick insulated block
    light = make_building(thermal_mass="very_light", wall=dataclasses.replace(
        make_building().wall, u_value=Q_(1.5, U)), operation=dict(schedule="office", cooled=True,
                                                                  heating_season_start="11-15",
                                                                  heating_season_end="03-15"))
    heavy = make_building(thermal_mass="very_heavy", wall=dataclasses.replace(make_building().wall, u_value=Q_(0.15, U)),
                          roof=dataclasses.replace(make_building().roof, u_value=Q_(0.1, U)),
                          ventilation=dict(infiltration_ach=Q_(0.1, "1/h"), mechanical_ach=Q_(0.3, "1/h"),
                                           heat_recovery=0.8),
                          operation=dict(internal_gains=Q_(5, "W/m**2"), cooled=True,
                                         heating_season_start="11-15", heating_season_end="03-15"))
    return {"light": light, "heavy": heavy}


@pytest.fixture(scope="module", params=WEATHERS, ids=lambda p: p.name.split(".")[1])
def weather(request):
    return read_weather_file(request.param)


@pytest.mark.parametrize("kind", ["light", "heavy"])
def test_warmup_forgets_its_start(weather, kind):
    # two warm-ups started WARMUP_START_ERROR apart end within WARMUP_TOLERANCE
    z = thermal.zone_inputs(_variants()[kind], weather)
    mean = float(np.mean(z.theta_sup))
    low, high = _tail(z, mean - 50.0), _tail(z, mean + 50.0)
    assert abs(high[4][-1] - low[4][-1]) <= thermal.WARMUP_TOLERANCE


@pytest.mark.parametrize("kind", ["light", "heavy"])
def test_year_as_with_a_whole_year_of_warmup(weather, kind):
    # a start state within 0.01 K of the old one changes the year's heating
    # and cooling by at most the heat that difference stores, C_m · 0.01 K
    z = thermal.zone_inputs(_variants()[kind], weather)
    new, old = thermal.run(z), _full_year_warmup(z)
    bound = z.c_m * thermal.WARMUP_TOLERANCE  # J
    for sign in (1.0, -1.0):
        e_new, e_old = (np.maximum(sign * r[0], 0.0).sum() * 3600.0 for r in (new, old))
        assert abs(e_new - e_old) <= bound
    assert np.max(np.abs(new[1] - old[1])) <= thermal.WARMUP_TOLERANCE
    assert thermal.warmup_hours(z) < len(z.h_ve)
