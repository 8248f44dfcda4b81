"""The two-capacity loop calc.rc_core.run_6r2c against the exact solution
of its network and against the 5R1C loop in the one-capacity limit."""

import numpy as np
import pytest
from scipy.linalg import expm

from calc.rc_core import NO_COOLING, NO_HEATING, run_5r1c, run_6r2c

# a dwelling-sized zone [W/K, J/K, °C, W]
P = dict(h_is=1500.0, h_w=300.0, h_ms=2700.0, h_fm=3600.0, h_em=250.0, h_ve=120.0,
         c_f=7.0e6, c_m=2.0e7, theta_sup=30.0, theta_w=31.0, theta_em=34.0,
         phi_ia=400.0, phi_st=900.0, phi_m=1500.0)


def _exact(p, f0, m0, hours, samples=120):
    """Air and star nodes eliminated by a Schur complement of the full node
    balance, then x(t) = x_ss + exp(C⁻¹A t)(x0 − x_ss)."""
    # unknowns y = (θ_air, θ_s) algebraic, x = (θ_f, θ_m) with capacities
    g_yy = np.array([[-(p["h_is"] + p["h_ve"]), p["h_is"]],
                     [p["h_is"], -(p["h_is"] + p["h_w"] + p["h_ms"])]])
    g_yx = np.array([[0.0, 0.0], [p["h_ms"], 0.0]])
    b_y = np.array([p["h_ve"] * p["theta_sup"] + p["phi_ia"], p["h_w"] * p["theta_w"] + p["phi_st"]])
    g_xy = np.array([[0.0, p["h_ms"]], [0.0, 0.0]])
    g_xx = np.array([[-(p["h_ms"] + p["h_fm"]), p["h_fm"]], [p["h_fm"], -(p["h_fm"] + p["h_em"])]])
    b_x = np.array([p["phi_m"], p["h_em"] * p["theta_em"]])
    inv = np.linalg.inv(g_yy)
    a = g_xx - g_xy @ inv @ g_yx
    b = b_x - g_xy @ inv @ b_y
    c_inv = np.diag([1.0 / p["c_f"], 1.0 / p["c_m"]])
    x_ss = np.linalg.solve(a, -b)
    t = np.arange(1, hours * samples + 1) * 3600.0 / samples
    x = np.array([x_ss + expm(c_inv @ a * ti) @ (np.array([f0, m0]) - x_ss) for ti in t])
    y = np.array([-inv @ (g_yx @ xi + b_y) for xi in x])
    hourly = lambda v: v.reshape(hours, samples).mean(axis=1)
    ends = x[samples - 1::samples]
    return ends, hourly(y[:, 0]), hourly(y[:, 1]), hourly(x[:, 1])


def _arrays(p, n, h_set=NO_HEATING, c_set=NO_COOLING):
    full = lambda v: np.full(n, float(v))
    return (p["h_is"], full(p["h_w"]), p["h_ms"], full(p["h_em"]), full(p["h_ve"]), full(p["theta_sup"]),
            full(p["theta_w"]), full(p["theta_em"]), full(p["phi_ia"]), full(p["phi_st"]), full(p["phi_m"]),
            full(h_set), full(c_set))


def test_free_float_matches_exact_solution():
    n = 48
    ends, t_air, t_s, t_m = _exact(P, 24.0, 22.0, n)
    phi, a, s, m, m_end, _, f_end = run_6r2c(P["c_f"], P["h_fm"], P["c_m"], *_arrays(P, n), 22.0, 24.0)
    assert np.all(phi == 0.0)
    # Crank-Nicolson in ten-minute steps against the exact exponential: 0.01 K
    assert np.max(np.abs(f_end - ends[:, 0])) < 0.01
    assert np.max(np.abs(m_end - ends[:, 1])) < 0.01
    # hour means (trapezoidal sub-step means against the fine exact mean)
    assert np.max(np.abs(a - t_air)) < 0.01
    assert np.max(np.abs(s - t_s)) < 0.01
    assert np.max(np.abs(m - t_m)) < 0.01
    assert ends[-1, 1] - ends[0, 1] > 2.0  # the deep mass did move: not a steady-state check


def test_one_capacity_limit_is_the_5r1c_loop():
    # a vanishing surface layer, welded to the mass: the ISO 13790 network
    p = dict(P, c_f=1.0e3, h_fm=1.0e8)
    n = 72
    hour = np.arange(n) % 24
    c_set = np.where((hour >= 19) | (hour < 1), 26.0, NO_COOLING)  # part-time cooling
    args = list(_arrays(p, n))
    args[-1] = c_set
    two = run_6r2c(p["c_f"], p["h_fm"], p["c_m"] + p["c_f"], *args, 28.0, 28.0)
    one = run_5r1c(p["c_m"] + p["c_f"], *args, 28.0)
    cooled = c_set < 100
    assert np.all(two[0][cooled] < 0)
    # the 5R1C step is one Crank-Nicolson hour, this one six ten-minute steps
    assert np.allclose(two[0], one[0], rtol=0.02, atol=20.0)
    assert np.allclose(two[1], one[1], atol=0.02)


def test_controlled_hour_holds_the_mean_air_at_the_setpoint_and_balances():
    n = 24
    args = list(_arrays(P, n))
    args[-1] = np.full(n, 26.0)
    phi, a, s, m, m_end, _, f_end = run_6r2c(P["c_f"], P["h_fm"], P["c_m"], *args, 29.0, 30.0)
    assert np.allclose(a, 26.0) and np.all(phi < 0)
    # energy: gains + power = losses + storage over the day (hour means are
    # trapezoidal means of the sub-steps, so the balance closes exactly)
    f_prev = np.concatenate(([30.0], f_end[:-1]))
    m_prev = np.concatenate(([29.0], m_end[:-1]))
    # the surface layer's hour mean is not returned; its storage comes from the ends
    storage = (P["c_f"] * (f_end - f_prev) + P["c_m"] * (m_end - m_prev)) / 3600.0
    gains = phi + P["phi_ia"] + P["phi_st"] + P["phi_m"]
    losses = P["h_ve"] * (a - P["theta_sup"]) + P["h_w"] * (s - P["theta_w"]) + P["h_em"] * (m - P["theta_em"])
    assert np.allclose(gains - losses, storage, atol=1e-6 * np.abs(gains).max())
