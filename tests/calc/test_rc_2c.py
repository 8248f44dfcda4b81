"""The two-capacity hourly loop (calc.rc_2c) against hand-solved and
analytical solutions, and against the 5R1C loop where the two coincide."""

import numpy as np
import pytest
from scipy.linalg import expm

from calc import thermal
from calc.rc_2c import run_2c
from calc.rc_core import NO_COOLING, NO_HEATING, SECONDS_PER_STEP, run_5r1c

A_T = 450.0


def _full(n, x):
    return np.full(n, float(x))


def _run(n, *, c_m, c_x, h_is, h_w, h_ms, h_em, h_xs, h_xe, h_ve, t_sup=0.0, t_w=0.0, t_em=0.0, t_xe=0.0,
         phi_ia=0.0, phi_st=0.0, phi_m=0.0, phi_x=0.0, heat=NO_HEATING, cool=NO_COOLING, m0=0.0, x0=0.0,
         conv=(0.0, 0.0, 1.0, 0.0), same_hour=False, dtheta=0.0, c_y=0.0, h_xy=0.0, y0=0.0):
    f = lambda v: v if isinstance(v, np.ndarray) else _full(n, v)  # noqa: E731
    return run_2c(c_m, c_x, h_is, f(h_w), h_ms, f(h_em), h_xs, f(h_xe), f(h_ve), f(t_sup), f(t_w), f(t_em),
                  f(t_xe), f(phi_ia), f(phi_st), f(phi_m), f(phi_x), f(heat), f(cool), m0, x0, *conv, dtheta,
                  same_hour, c_y, h_xy, y0)


def test_steady_state_by_hand():
    # Air held at 20 °C, outside 0 °C, no air change. By hand: mass path
    # series(300, 150) = 100 W/K, wall path series(200, 200) = 100 W/K,
    # window 100 W/K: 300 W/K at the surface node; with the air-surface
    # 600 W/K in series 200 W/K, so Φ = 200 · 20 = 4000 W,
    # θ_s = 20 − 4000/600 = 13.333 °C, θ_m = θ_s · 300/450 = 8.889 °C,
    # θ_x = θ_s · 200/400 = 6.667 °C.
    out = _run(96, c_m=1.0e5, c_x=2.0e5, h_is=600.0, h_w=100.0, h_ms=300.0, h_em=150.0, h_xs=200.0,
               h_xe=200.0, h_ve=0.0, heat=20.0)
    phi, t_air, t_s, t_m, _, _, t_x, _, t_y, _ = (a[-1] for a in out)
    assert phi == pytest.approx(4000.0, rel=1e-9)
    assert t_air == pytest.approx(20.0, abs=1e-9)
    assert t_s == pytest.approx(40.0 / 3.0, abs=1e-9)
    assert t_m == pytest.approx(80.0 / 9.0, abs=1e-9)
    assert t_x == pytest.approx(20.0 / 3.0, abs=1e-9)
    assert t_y == t_x  # no outer node


def test_steady_state_with_the_outer_node_by_hand():
    # As above with the wall path split as 200 -x- 400 -y- 400 W/K (again
    # 100 W/K in series): the same Φ and θ_s; the wall's 1333.3 W drop
    # 6.667 K to θ_x = 6.667 °C and 3.333 K more to θ_y = 3.333 °C.
    out = _run(200, c_m=1.0e5, c_x=2.0e5, h_is=600.0, h_w=100.0, h_ms=300.0, h_em=150.0, h_xs=200.0,
               h_xe=400.0, h_ve=0.0, heat=20.0, c_y=3.0e5, h_xy=400.0)
    phi, t_air, t_s, t_m, _, _, t_x, _, t_y, _ = (a[-1] for a in out)
    assert phi == pytest.approx(4000.0, rel=1e-9)
    assert t_s == pytest.approx(40.0 / 3.0, abs=1e-9)
    assert t_x == pytest.approx(20.0 / 3.0, abs=1e-9)
    assert t_y == pytest.approx(10.0 / 3.0, abs=1e-9)


def _conductance_matrix(p):
    # nodes air, surface, mass, wall[, outer wall]; conductances to the
    # outside on the diagonal
    outer = p.get("h_xy", 0.0) > 0
    k = np.zeros((5, 5) if outer else (4, 4))
    links = ((0, 1, p["h_is"]), (1, 2, p["h_ms"]), (1, 3, p["h_xs"])) + (((3, 4, p["h_xy"]),) if outer else ())
    for i, j, h in links:
        k[i, j] -= h
        k[j, i] -= h
        k[i, i] += h
        k[j, j] += h
    for i, h in ((0, p["h_ve"]), (1, p["h_w"]), (2, p["h_em"]), (4 if outer else 3, p["h_xe"])):
        k[i, i] += h
    return k


def _exponentials(p, n):
    # the capacities' free response from 0 °C to an outside at 10 °C: the
    # massless air and surface nodes eliminated (Schur complement), then
    # C dθ/dt = −K (θ − 10), a sum of exponentials
    k = _conductance_matrix(p)
    kr = k[2:, 2:] - k[2:, :2] @ np.linalg.solve(k[:2, :2], k[:2, 2:])
    caps = [p["c_m"], p["c_x"]] + ([p["c_y"]] if p.get("h_xy", 0.0) > 0 else [])
    a = -np.diag(1.0 / np.array(caps)) @ kr
    lam, vec = np.linalg.eig(a)
    start = np.full(len(caps), -10.0)
    coef = np.linalg.solve(vec, start)
    t = SECONDS_PER_STEP * np.arange(1, n + 1)
    exact = 10.0 + (vec * coef) @ np.exp(np.outer(lam, t))
    assert np.allclose(expm(a * t[5]) @ start + 10.0, exact[:, 5])
    return lam, exact


def test_step_response_against_two_exponentials():
    # Free float from 0 °C after the outside steps to 10 °C. The massless
    # air and surface nodes are eliminated from the full conductance matrix
    # (Schur complement); the capacities then follow
    # C dθ/dt = −K (θ − 10), whose solution is the sum of two exponentials.
    p = dict(c_m=3.0e7, c_x=4.0e7, h_is=900.0, h_w=120.0, h_ms=2000.0, h_em=60.0, h_xs=800.0, h_xe=90.0,
             h_ve=150.0)
    n = 240
    lam, exact = _exponentials(p, n)
    assert np.all(lam < 0) and np.all(np.abs(1.0 / lam) > 5 * SECONDS_PER_STEP)
    out = _run(n, **p, t_sup=10.0, t_w=10.0, t_em=10.0, t_xe=10.0)
    # Crank-Nicolson over an hour against time constants of 7.6 and 52 h
    assert np.max(np.abs(out[4] - exact[0])) < 2e-3
    assert np.max(np.abs(out[7] - exact[1])) < 2e-3


def test_step_response_with_the_outer_node_against_three_exponentials():
    p = dict(c_m=3.0e7, c_x=4.0e7, c_y=5.0e7, h_is=900.0, h_w=120.0, h_ms=2000.0, h_em=60.0, h_xs=800.0,
             h_xy=300.0, h_xe=400.0, h_ve=150.0)
    n = 240
    lam, exact = _exponentials(p, n)
    assert np.all(lam < 0) and np.all(np.abs(1.0 / lam) > 5 * SECONDS_PER_STEP)
    out = _run(n, **p, t_sup=10.0, t_w=10.0, t_em=10.0, t_xe=10.0)
    for row, node in ((4, 0), (7, 1), (9, 2)):
        assert np.max(np.abs(out[row] - exact[node])) < 2e-3


def _inputs(n, seed):
    rng = np.random.default_rng(seed)
    return dict(h_w=rng.uniform(50, 300, n), h_em=rng.uniform(20, 400, n), h_ve=rng.uniform(0, 500, n),
                t_sup=rng.uniform(-10, 35, n), t_w=rng.uniform(-15, 40, n), t_em=rng.uniform(-15, 45, n),
                phi_ia=rng.uniform(0, 3000, n), phi_st=rng.uniform(0, 4000, n), phi_m=rng.uniform(0, 4000, n),
                heat=np.where(rng.uniform(size=n) < 0.6, 20.0, NO_HEATING),
                cool=np.where(rng.uniform(size=n) < 0.6, 26.0, NO_COOLING))


@pytest.mark.parametrize("same_hour", [False, True])
def test_without_the_wall_node_it_is_the_5r1c_loop(same_hour):
    n = 500
    i = _inputs(n, 3)
    conv = (A_T, thermal.INSIDE_CONVECTION_COEF, thermal.H_RS, thermal.H_CONVECTION_MIN)
    ref = run_5r1c(4.0e7, 1.0, i["h_w"], 3000.0, i["h_em"], i["h_ve"], i["t_sup"], i["t_w"], i["t_em"],
                   i["phi_ia"], i["phi_st"], i["phi_m"], i["heat"], i["cool"], 15.0, *conv, 0.3, same_hour)
    i.update(t_xe=_full(n, 50.0), phi_x=_full(n, 0.0))
    out = _run(n, c_m=4.0e7, c_x=5.0e6, h_is=1.0, h_ms=3000.0, h_xs=0.0, h_xe=_full(n, 100.0), m0=15.0,
               x0=30.0, conv=conv, same_hour=same_hour, dtheta=0.3, **i)
    for got, want in zip(out[:6], ref):
        assert np.allclose(got, want, rtol=1e-9, atol=1e-6)  # rounding only


@pytest.mark.parametrize("outer", [dict(), dict(c_y=6.0e6, h_xy=700.0, y0=5.0)])
def test_hourly_energy_balance_closes(outer):
    n = 500
    i = _inputs(n, 7)
    rng = np.random.default_rng(8)
    i.update(t_xe=rng.uniform(-20, 60, n), phi_x=rng.uniform(0, 2000, n), h_xe=rng.uniform(30, 200, n))
    p = dict(c_m=4.0e7, c_x=8.0e6, h_is=1.0, h_ms=3000.0, h_xs=1500.0)
    conv = (A_T, thermal.INSIDE_CONVECTION_COEF, thermal.H_RS, thermal.H_CONVECTION_MIN)
    phi, a, s, m, m_end, h_is, x, x_end, y, y_end = _run(n, **p, m0=15.0, x0=12.0, conv=conv, same_hour=True,
                                                         **outer, **i)
    m_prev = np.concatenate(([15.0], m_end[:-1]))
    x_prev = np.concatenate(([12.0], x_end[:-1]))
    y_prev = np.concatenate(([outer.get("y0", 12.0)], y_end[:-1]))
    stored = (p["c_m"] * (m_end - m_prev) + p["c_x"] * (x_end - x_prev)
              + outer.get("c_y", 0.0) * (y_end - y_prev)) / SECONDS_PER_STEP
    flows = (phi + i["phi_ia"] + i["phi_st"] + i["phi_m"] + i["phi_x"] + i["h_ve"] * (i["t_sup"] - a)
             + i["h_w"] * (i["t_w"] - s) + i["h_em"] * (i["t_em"] - m) + i["h_xe"] * (i["t_xe"] - y))
    assert np.allclose(stored, flows, rtol=1e-9, atol=1e-6 * np.max(np.abs(flows)))
    # the air node's own balance, with the hour's coupling
    assert np.allclose(h_is * (s - a) + i["h_ve"] * (i["t_sup"] - a) + i["phi_ia"] + phi, 0.0, atol=1e-6)
    held = i["heat"] > NO_HEATING
    assert np.all(a[held] >= 20.0 - 1e-9)


# ------------------------------------------------ the engine's two-capacity zone

def _layer(name, mm, lam, rho, c):
    from calc.model import Layer
    from calc.units import Q_
    return Layer(material=name, thickness=Q_(mm, "mm"), conductivity=Q_(lam, "W/(m*K)"),
                 density=Q_(rho, "kg/m**3"), specific_heat=Q_(c, "J/(kg*K)"))


def _layered_building(**kw):
    from calc.model import Construction

    from .test_thermal import make_building
    plaster = _layer("plaster", 20, 0.87, 1800, 1050)
    return make_building(
        wall=Construction(layers=(_layer("brick", 240, 0.81, 1800, 880), plaster), solar_absorptance=0.7),
        roof=Construction(layers=(_layer("XPS", 50, 0.03, 30, 1380), _layer("RC", 120, 1.74, 2500, 920), plaster),
                          solar_absorptance=0.7),
        ground_floor=Construction(layers=(_layer("RC", 100, 1.74, 2500, 920), _layer("screed", 20, 0.93, 1800, 1050))),
        **kw)


def test_layered_building_runs_two_capacities_with_the_same_steady_state(monkeypatch):
    # Constant weather, no sun, no gains: the capacities do not matter and
    # the walls' and roof's node must pass exactly their operating U·A
    # (H_xe from eq. 63 for the node), so the heating equals that of the one
    # mass node, whose steady state is tested against H·Δθ by hand
    # (test_thermal.test_steady_state_power_equals_h_times_delta_t).
    from .test_thermal import make_weather
    b = _layered_building()
    w = make_weather(0.0)
    z = thermal.zone_inputs(b, w)
    assert z.external is not None and set(z.external.parts) == {"walls", "roof", "thermal_bridges"}
    assert set(z.em_parts) == {"floor"}
    two = thermal.simulate(b, w).heating.m
    monkeypatch.setattr(thermal, "TWO_CAPACITY", False)
    thermal._PARTS._entries.clear()
    assert thermal.zone_inputs(b, w).external is None
    one = thermal.simulate(b, w).heating.m
    assert np.allclose(two[24:], one[24:], rtol=1e-6)


def test_two_capacity_season_breakdown_balances():
    from calc.units import Q_

    from .test_thermal import BEIJING_LIKE, INDEX
    b = _layered_building(operation=dict(internal_gains=Q_(4, "W/m**2"), heating_season_start="11-15",
                                         heating_season_end="03-15"))
    r = thermal.simulate(b, BEIJING_LIKE)
    z = thermal.zone_inputs(b, BEIJING_LIKE)
    _, _, _, _, m_end, _, x, y = thermal.run_nodes(z)
    md = INDEX.month * 100 + INDEX.day
    season = (md >= 1115) | (md <= 315)
    net = sum(v.m for v in r.losses.values()) - sum(v.m for v in r.gains.values())
    # heat stored between 14 Nov and 15 Mar in both capacities (the year is
    # periodic, so the season may wrap over its end); the wall nodes' hour
    # means stand for their end states (half an hour's change, < 0.01 %)
    last, before = np.where(md == 315)[0][-1], np.where(md == 1114)[0][-1]
    ext = z.external
    assert ext.c_y > 0 and ext.h_xy > 0
    stored = (z.c_m * (m_end[last] - m_end[before]) + ext.c_x * (x[last] - x[before])
              + ext.c_y * (y[last] - y[before])) / 3.6e6
    assert net + stored == pytest.approx(r.heating.m[season].sum() / 1000, rel=1e-4)
    assert r.losses["walls"].m > 0 and r.losses["roof"].m > 0
