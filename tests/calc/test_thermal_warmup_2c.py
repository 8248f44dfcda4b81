"""The warm-up of the two-capacity zone (calc.rc_2c.warmup_length_2c via
calc.thermal.warmup_hours): the year's last hours set the start state of
both capacities as the whole year did."""

import math
from pathlib import Path

import numpy as np
import pytest

from calc import thermal
from calc.climate import read_weather_file
from calc.projectfile import load
from calc.rc_2c import run_2c, warmup_length_2c

ROOT = Path(__file__).resolve().parents[2]
WEATHERS = sorted((ROOT / "datasets/weather").glob("CHN_*"))
SAMPLES = ("residential_beijing_1980s.json", "office_shanghai_1990s.json")


def _args(z):
    x = z.external
    phi_x = np.broadcast_to(np.asarray(x.phi_x, dtype=float), z.h_ve.shape).copy()
    return (z.c_m, x.c_x, z.h_is, z.h_w, z.h_ms, z.h_em, x.h_xs, x.h_xe, z.h_ve, z.theta_sup, z.theta_w,
            z.theta_em, x.theta_xe, z.phi_ia, z.phi_st, z.phi_m, phi_x, z.theta_h_set, z.theta_c_set)


def _conv(z):
    return (z.is_area, thermal.INSIDE_CONVECTION_COEF, thermal.H_RS, thermal.H_CONVECTION_MIN)


def _tail(z, start):
    k = len(z.h_ve) - thermal.warmup_hours(z)
    x = z.external
    return run_2c(*(a[k:] if isinstance(a, np.ndarray) else a for a in _args(z)), start, start, *_conv(z), 0.0,
                  False, x.c_y, x.h_xy, start)


def _full_year_warmup(z):
    start = float(np.clip(np.mean(z.theta_sup), *thermal.TEMPERATURE_RANGE))
    x = z.external
    warm = run_2c(*_args(z), start, start, *_conv(z), 0.0, False, x.c_y, x.h_xy, start)
    return run_2c(*_args(z), float(warm[4][-1]), float(warm[7][-1]), *_conv(z), float(warm[1][-1] - warm[2][-1]),
                  True, x.c_y, x.h_xy, float(warm[9][-1]))


def test_warmup_length_by_hand():
    # constant conductances: the modes of C⁻¹A by numpy's eigenvalues of the
    # eliminated network, the factor of the slower floating one and of the
    # faster held one, and the hours that take 1e4 out of the error
    n = 8760
    c_m, c_x, h_is, h_ms, h_xs = 2.0e9, 5.0e8, 2.0e4, 5.0e4, 8.0e3
    h_w, h_em, h_xe, h_ve = (np.full(n, v) for v in (500.0, 400.0, 300.0, 600.0))
    h1 = 600.0 * h_is / (600.0 + h_is)
    d = h1 + 500.0 + h_ms + h_xs
    a = np.array([[400.0 + h_ms - h_ms ** 2 / d, -h_ms * h_xs / d], [-h_ms * h_xs / d, 300.0 + h_xs - h_xs ** 2 / d]])
    c = np.diag([c_m, c_x])
    slow = min(np.linalg.eigvals(np.linalg.inv(c) @ a).real)
    fast = max((400.0 + h_ms) / c_m, (300.0 + h_xs) / c_x)
    f = lambda lam: abs((1 - 1800.0 * lam) / (1 + 1800.0 * lam))  # noqa: E731
    factor = max(f(slow), f(fast))
    expected = math.ceil(math.log(1e-4) / math.log(factor))
    assert warmup_length_2c(c_m, c_x, h_is, h_w, h_ms, h_em, h_xs, h_xe, h_ve, math.log(1e4)) == expected
    # capacities that never lose their heat keep the whole year's warm-up
    zero = np.zeros(n)
    assert warmup_length_2c(c_m, c_x, h_is, zero, h_ms, zero, h_xs, zero, zero, math.log(1e4)) == n


def test_warmup_length_with_the_outer_node_by_hand():
    # the outer capacity between the wall node and the outside: the slowest
    # floating mode from numpy's eigenvalues of the eliminated network, the
    # fastest held one bounded by the rows of C⁻¹A (Gershgorin)
    n = 8760
    c_m, c_x, c_y, h_is, h_ms, h_xs, h_xy = 2.0e9, 5.0e8, 4.0e8, 2.0e4, 5.0e4, 8.0e3, 900.0
    h_w, h_em, h_xe, h_ve = (np.full(n, v) for v in (500.0, 400.0, 300.0, 600.0))
    h1 = 600.0 * h_is / (600.0 + h_is)
    d = h1 + 500.0 + h_ms + h_xs
    a = np.array([[400.0 + h_ms - h_ms ** 2 / d, -h_ms * h_xs / d, 0.0],
                  [-h_ms * h_xs / d, h_xs + h_xy - h_xs ** 2 / d, -h_xy],
                  [0.0, -h_xy, h_xy + 300.0]])
    slow = min(np.linalg.eigvals(np.linalg.inv(np.diag([c_m, c_x, c_y])) @ a).real)
    fast = max((400.0 + h_ms) / c_m, (h_xs + 2 * h_xy) / c_x, (2 * h_xy + 300.0) / c_y)
    f = lambda lam: abs((1 - 1800.0 * lam) / (1 + 1800.0 * lam))  # noqa: E731
    expected = math.ceil(math.log(1e-4) / math.log(max(f(slow), f(fast))))
    got = warmup_length_2c(c_m, c_x, h_is, h_w, h_ms, h_em, h_xs, h_xe, h_ve, math.log(1e4), c_y, h_xy)
    assert got == expected
    # an outer node without capacity is eliminated: the wall node sees h_xy
    # and h_xe in series
    g = h_xy * 300.0 / (h_xy + 300.0)
    assert (warmup_length_2c(c_m, c_x, h_is, h_w, h_ms, h_em, h_xs, h_xe, h_ve, math.log(1e4), 0.0, h_xy)
            == warmup_length_2c(c_m, c_x, h_is, h_w, h_ms, h_em, h_xs, np.full(n, g), h_ve, math.log(1e4)))


@pytest.fixture(scope="module", params=WEATHERS, ids=lambda p: p.name.split(".")[1])
def weather(request):
    return read_weather_file(request.param)


@pytest.mark.parametrize("sample", SAMPLES)
def test_warmup_forgets_its_start(weather, sample):
    z = thermal.zone_inputs(load(ROOT / "datasets/examples" / sample).buildings[0], weather)
    assert z.external is not None
    mean = float(np.mean(z.theta_sup))
    low, high = _tail(z, mean - 50.0), _tail(z, mean + 50.0)
    assert abs(high[4][-1] - low[4][-1]) <= thermal.WARMUP_TOLERANCE
    assert abs(high[7][-1] - low[7][-1]) <= thermal.WARMUP_TOLERANCE
    assert abs(high[9][-1] - low[9][-1]) <= thermal.WARMUP_TOLERANCE


@pytest.mark.parametrize("sample", SAMPLES)
def test_year_as_with_a_whole_year_of_warmup(weather, sample):
    # start states within 0.01 K of the old ones change the year's heating and
    # cooling by at most the heat that difference stores, (C_m + C_x + C_y) · 0.01 K
    z = thermal.zone_inputs(load(ROOT / "datasets/examples" / sample).buildings[0], weather)
    new, old = thermal.run_nodes(z), _full_year_warmup(z)
    bound = (z.c_m + z.external.c_x + z.external.c_y) * thermal.WARMUP_TOLERANCE
    for sign in (1.0, -1.0):
        e_new, e_old = (np.maximum(sign * r[0], 0.0).sum() * 3600.0 for r in (new, old))
        assert abs(e_new - e_old) <= bound
    assert np.max(np.abs(new[1] - old[1])) <= thermal.WARMUP_TOLERANCE
    assert thermal.warmup_hours(z) < len(z.h_ve)
