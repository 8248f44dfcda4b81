"""Same-hour air-surface coupling of the 5R1C loop (calc.rc_core,
``is_same_hour``): the hour's H_tr,is is the natural-convection value of
that hour's own air-surface difference."""

import numpy as np
import pytest
from scipy.optimize import brentq

from calc import thermal
from calc.rc_core import NO_COOLING, NO_HEATING, run_5r1c

from .test_thermal import BEIJING_LIKE, STEP, _one_step_by_linear_algebra, make_building

A_T = 450.0  # is_area [m²]
C = thermal.INSIDE_CONVECTION_COEF
H_RS = thermal.H_RS


def _air_star_by_hand(d_theta):
    # TARP natural convection |Δθ|^(1/3) with the star-delta radiation factor
    h_ci = max(C * abs(d_theta) ** (1.0 / 3.0), thermal.H_CONVECTION_MIN)
    return A_T * h_ci * (1.0 + h_ci / H_RS)


def _run(p, theta_prev, h_set, c_set, same_hour, dtheta_start):
    one = lambda x: np.array([x], dtype=float)
    return run_5r1c(p["c_m"], 1.0, one(p["h_w"]), p["h_ms"], one(p["h_em"]), one(p["h_ve"]),
                    one(p["theta_sup"]), one(p["theta_w"]), one(p["theta_em"]), one(p["phi_ia"]),
                    one(p["phi_st"]), one(p["phi_m"]), one(h_set), one(c_set), theta_prev,
                    A_T, C, H_RS, thermal.H_CONVECTION_MIN, dtheta_start, same_hour)


def test_first_heated_hour_uses_its_own_difference():
    # after a float the previous hour's difference is small (0.05 K); the
    # heated hour holds the air 2-3 K above the surfaces
    def residual(h):
        phi, t_s, _ = _one_step_by_linear_algebra(dict(STEP, h_is=h), 18.0, 20.0)
        return h - _air_star_by_hand(20.0 - t_s)

    h_fix = brentq(residual, 10.0, 1.0e5, xtol=1e-9)
    phi_fix = _one_step_by_linear_algebra(dict(STEP, h_is=h_fix), 18.0, 20.0)[0]
    out = _run(STEP, 18.0, 20.0, NO_COOLING, True, 0.05)
    assert out[5][0] == pytest.approx(h_fix, rel=2e-3)
    assert out[0][0] == pytest.approx(phi_fix, rel=2e-3)
    lagged = _run(STEP, 18.0, 20.0, NO_COOLING, False, 0.05)
    assert lagged[5][0] == pytest.approx(_air_star_by_hand(0.05), rel=1e-9)
    assert lagged[5][0] < 0.6 * h_fix  # the lag couples the air far too weakly in that hour


def test_free_floating_hour_settles_on_its_own_difference():
    out = _run(STEP, 18.0, NO_HEATING, NO_COOLING, True, 3.0)
    assert out[0][0] == 0.0
    assert out[5][0] == pytest.approx(_air_star_by_hand(out[1][0] - out[2][0]), rel=2e-3)


def test_year_balance_closes_with_same_hour_coupling():
    b = make_building(use="office", operation=dict(schedule="office", heating_season_start="11-15",
                                                   heating_season_end="03-15", cooled=True))
    z = thermal.zone_inputs(b, BEIJING_LIKE)
    args = (z.c_m, z.h_is, z.h_w, z.h_ms, z.h_em, z.h_ve, z.theta_sup, z.theta_w, z.theta_em,
            z.phi_ia, z.phi_st, z.phi_m, z.theta_h_set, z.theta_c_set)
    conv = (z.is_area, C, H_RS, thermal.H_CONVECTION_MIN, 1.0, True)
    phi, t_air, t_s, t_m, t_end, h_is = run_5r1c(*args, 15.0, *conv)
    t_prev = np.concatenate(([15.0], t_end[:-1]))
    heat_in = phi + z.phi_ia + z.phi_st + z.phi_m
    heat_out = z.h_ve * (t_air - z.theta_sup) + z.h_w * (t_s - z.theta_w) + z.h_em * (t_m - z.theta_em)
    storage = z.c_m * (t_end - t_prev) / 3600.0
    assert np.all(np.abs(heat_in - heat_out - storage) < 1e-9 * np.abs(heat_in).max())
    # every hour's coupling is that of its own difference (within the iteration's tolerance)
    own = np.maximum(z.h_is, z.is_area * np.array([_air_star_by_hand(d) / A_T for d in t_air - t_s]))
    assert np.all(np.abs(h_is / own - 1.0) < 5e-3)
