"""The compiled hourly time loop of the ISO 13790:2008 5R1C model (Annex C).

Plain float arrays in SI units in and out; :mod:`calc.thermal` builds the
inputs from the model and wraps the outputs in quantities.

Nodes: air θ_air, central (surface) θ_s, mass θ_m. Conductances [W/K]:
ventilation H_ve (air - supply θ_sup), H_tr,is (air - surface), H_tr,w
(surface - outside, here at an equivalent temperature θ_w), H_tr,ms
(surface - mass), H_tr,em (mass - outside, at θ_em). Heat flows [W]: Φ_ia to
the air, Φ_st to the surface, Φ_m to the mass, Φ_HC (heating > 0,
cooling < 0) to the air.

The formulation divides by H_ve nowhere (H_tr,1 / H_ve is written as
H_tr,is / (H_ve + H_tr,is)), so a zone without air change is allowed.

:func:`run_6r2c` is the same network with the mass split into the inside
surface layers and the deeper mass (two capacities, ten-minute sub-steps).
"""

from __future__ import annotations

import numpy as np
from numba import njit

SECONDS_PER_STEP = 3600.0
NO_HEATING = -1.0e30  # setpoint that disables heating [°C]
NO_COOLING = 1.0e30   # setpoint that disables cooling [°C]


@njit(cache=True)
def _step(phi_hc, theta_m_prev, c_m, h_ve, h_is, h_w, h_ms, h_em,
          theta_sup, theta_w, theta_em, phi_ia, phi_st, phi_m):
    # ISO 13790:2008 eq. C.6-C.11, with H_tr,1/H_ve = H_tr,is/(H_ve+H_tr,is)
    h1 = h_ve * h_is / (h_ve + h_is)
    h2 = h1 + h_w
    h3 = h2 * h_ms / (h2 + h_ms)
    x = h1 * theta_sup + (phi_ia + phi_hc) * h_is / (h_ve + h_is)
    phi_mtot = phi_m + h_em * theta_em + h_ms / (h2 + h_ms) * (phi_st + h_w * theta_w + x)  # C.5
    c = c_m / SECONDS_PER_STEP
    theta_m_t = (theta_m_prev * (c - 0.5 * (h3 + h_em)) + phi_mtot) / (c + 0.5 * (h3 + h_em))  # C.4
    theta_m = 0.5 * (theta_m_t + theta_m_prev)  # C.9
    theta_s = (h_ms * theta_m + phi_st + h_w * theta_w + x) / (h_ms + h_w + h1)  # C.10
    theta_air = (h_is * theta_s + h_ve * theta_sup + phi_ia + phi_hc) / (h_is + h_ve)  # C.11
    return theta_m_t, theta_m, theta_s, theta_air


@njit(cache=True, inline="always")
def _air_star(dtheta, h_is, is_area, is_coef, is_h_rs, is_h_min):
    # natural-convection air-star conductance of a node difference [W/K]
    h_ci = max(is_coef * abs(dtheta) ** (1.0 / 3.0), is_h_min)
    return max(h_is, is_area * h_ci * (1.0 + h_ci / is_h_rs))


@njit(cache=True)
def _controlled_hour(theta_h, theta_c, theta_m_prev, c_m, h_ve, h_is, h_w, h_ms, h_em,
                     theta_sup, theta_w, theta_em, phi_ia, phi_st, phi_m):
    # ISO 13790:2008 C.4.2: free float, else the power that holds the setpoint (C.13)
    args = (theta_m_prev, c_m, h_ve, h_is, h_w, h_ms, h_em, theta_sup, theta_w, theta_em,
            phi_ia, phi_st, phi_m)
    mt0, m0, s0, a0 = _step(0.0, *args)
    phi = 0.0
    if a0 < theta_h or a0 > theta_c:
        mt1, m1, s1, a1 = _step(1.0, *args)
        target = theta_h if a0 < theta_h else theta_c
        phi = (target - a0) / (a1 - a0)  # a1 - a0: K per W, > 0
        # the nodes are linear in the power: interpolate instead of a third step
        mt0 = mt0 + phi * (mt1 - mt0)
        m0 = m0 + phi * (m1 - m0)
        s0 = s0 + phi * (s1 - s0)
        a0 = target
    return phi, mt0, m0, s0, a0


# Convergence of the same-hour air-surface coupling: relative change of
# H_tr,is [-] and the most passes 
COUPLING_RTOL = 1.0e-3
COUPLING_PASSES = 20
COUPLING_RELAX = 0.75


@njit(cache=True, inline="always")
def _coupled_hour(h_is_i, dtheta, h_is, is_area, is_coef, is_h_rs, is_h_min,
                  theta_h, theta_c, theta_m_prev, c_m, h_ve, h_w, h_ms, h_em,
                  theta_sup, theta_w, theta_em, phi_ia, phi_st, phi_m):
    # Fixed point H_tr,is = f(θ_air − θ_s of the same hour). The hour's
    # difference grows with the power that starts at a setpoint after a
    # float; the previous hour's (small) difference would couple the air
    # to the warm surfaces too weakly in exactly that hour. The plain
    # iteration alternates (h ∝ Δθ^(1/3) while Δθ ∝ 1/h at a given flux:
    # slope −1/3); a step of COUPLING_RELAX = 1/(1 + 1/3) of the correction
    # cancels that slope and settles in two or three passes.
    phi, mt0, m0, s0, a0 = 0.0, 0.0, 0.0, 0.0, 0.0
    for _ in range(COUPLING_PASSES):
        h_new = h_is_i + COUPLING_RELAX * (_air_star(dtheta, h_is, is_area, is_coef, is_h_rs, is_h_min) - h_is_i)
        phi, mt0, m0, s0, a0 = _controlled_hour(theta_h, theta_c, theta_m_prev, c_m, h_ve, h_new, h_w,
                                                h_ms, h_em, theta_sup, theta_w, theta_em,
                                                phi_ia, phi_st, phi_m)
        done = abs(h_new - h_is_i) <= COUPLING_RTOL * h_is_i
        h_is_i = h_new
        dtheta = a0 - s0
        if done:
            break
    return phi, mt0, m0, s0, a0, h_is_i

@njit(cache=True)
def run_5r1c(c_m, h_is, h_w, h_ms, h_em, h_ve, theta_sup, theta_w, theta_em,
             phi_ia, phi_st, phi_m, theta_h_set, theta_c_set, theta_m_start,
             is_area=0.0, is_coef=0.0, is_h_rs=1.0, is_h_min=0.0, dtheta_start=0.0,
             is_same_hour=False):
    """Hourly ideal heating/cooling need and node temperatures.

    Parameters (SI, arrays of n hours unless said): c_m [J/K], h_is, h_ms
    [W/K] scalars; h_w, h_em, h_ve [W/K] hourly (the outside films vary
    with wind and temperature); theta_sup, theta_w, theta_em,
    theta_h_set, theta_c_set [°C]; phi_ia, phi_st, phi_m [W];
    theta_m_start [°C] scalar.

    Air-to-surface coupling: with ``is_coef`` = 0, H_tr,is = ``h_is``
    (ISO 13790:2008 eq. 9). With ``is_coef`` > 0 it follows natural
    convection each hour: h_ci = max(is_coef·|θ_air − θ_s|^(1/3),
    ``is_h_min``) from the previous hour's node difference (``dtheta_start``
    before the first hour), turned into the air-star coefficient
    h_ci (1 + h_ci/``is_h_rs``) over ``is_area``, and never below ``h_is``.
    With ``is_same_hour`` the coefficient is that of the hour's own node
    difference instead (:func:`_coupled_hour`: the hour is solved again
    until H_tr,is and the difference agree).

    Returns phi_hc [W] (> 0 heating), theta_air, theta_s, theta_m (mean of
    the hour), theta_m_end [°C], H_tr,is [W/K] of each hour, following
    ISO 13790:2008 C.4.2: free-floating air temperature first; if it is
    outside the setpoints, the (unlimited) power that holds the air at the
    setpoint, found from the linear response to a test power (eq. C.13).
    """
    n = h_ve.shape[0]
    phi_hc = np.zeros(n)
    t_air = np.zeros(n)
    t_s = np.zeros(n)
    t_m = np.zeros(n)
    t_m_end = np.zeros(n)
    h_is_out = np.zeros(n)
    theta_m_prev = theta_m_start
    dtheta = dtheta_start
    for i in range(n):
        h_is_i = h_is
        if is_coef > 0.0:
            h_is_i = _air_star(dtheta, h_is, is_area, is_coef, is_h_rs, is_h_min)
        phi, mt0, m0, s0, a0 = _controlled_hour(
            theta_h_set[i], theta_c_set[i], theta_m_prev, c_m, h_ve[i], h_is_i, h_w[i], h_ms,
            h_em[i], theta_sup[i], theta_w[i], theta_em[i], phi_ia[i], phi_st[i], phi_m[i])
        if is_coef > 0.0 and is_same_hour:
            phi, mt0, m0, s0, a0, h_is_i = _coupled_hour(
                h_is_i, a0 - s0, h_is, is_area, is_coef, is_h_rs, is_h_min,
                theta_h_set[i], theta_c_set[i], theta_m_prev, c_m, h_ve[i], h_w[i], h_ms,
                h_em[i], theta_sup[i], theta_w[i], theta_em[i], phi_ia[i], phi_st[i], phi_m[i])
        phi_hc[i] = phi
        t_air[i] = a0
        t_s[i] = s0
        t_m[i] = m0
        t_m_end[i] = mt0
        h_is_out[i] = h_is_i
        theta_m_prev = mt0
        dtheta = a0 - s0
    return phi_hc, t_air, t_s, t_m, t_m_end, h_is_out


# Sub-steps of the two-capacity loop per hour: ten-minute steps (the
# EnergyPlus zone time step of the validation), short against the surface
# layer's time constant (≈ 15 min for a 12 mm gypsum lining, hours for
# concrete), so the Crank-Nicolson step neither rings nor lags.
SUBSTEPS = 6


@njit(cache=True)
def _hour_2c(phi_hc, f0, m0, c_f, c_m, h_ve, h_is, h_w, h_ms, h_fm, h_em,
             theta_sup, theta_w, theta_em, phi_ia, phi_st, phi_m):
    # States θ_f (C_f) and θ_m (C_m). Air and surface nodes are massless
    # and eliminated as in ISO 13790 eq. C.5/C.10: the surface layer sees
    # H_tr,3 to the equivalent source h_ms/(h_2+h_ms) (Φ_st + H_w θ_w + x).
    k = h_is / (h_ve + h_is)
    h1 = h_ve * k
    h2 = h1 + h_w
    h3 = h2 * h_ms / (h2 + h_ms)
    src = h1 * theta_sup + k * (phi_ia + phi_hc) + h_w * theta_w + phi_st
    b_f = h_ms / (h2 + h_ms) * src + phi_m
    b_m = h_em * theta_em
    dt = SECONDS_PER_STEP / SUBSTEPS
    a = 0.5 * (h3 + h_fm)
    d = 0.5 * (h_fm + h_em)
    g = 0.5 * h_fm
    l11 = c_f / dt + a
    l22 = c_m / dt + d
    det = l11 * l22 - g * g
    f, m = f0, m0
    f_sum, m_sum = 0.0, 0.0
    for _ in range(SUBSTEPS):
        r1 = (c_f / dt - a) * f + g * m + b_f
        r2 = g * f + (c_m / dt - d) * m + b_m
        f1 = (r1 * l22 + g * r2) / det
        m1 = (l11 * r2 + g * r1) / det
        f_sum += 0.5 * (f + f1)
        m_sum += 0.5 * (m + m1)
        f, m = f1, m1
    f_mean = f_sum / SUBSTEPS
    m_mean = m_sum / SUBSTEPS
    s_mean = (h_ms * f_mean + src) / (h_ms + h2)
    a_mean = (h_is * s_mean + h_ve * theta_sup + phi_ia + phi_hc) / (h_is + h_ve)
    return f, m, f_mean, m_mean, s_mean, a_mean


@njit(cache=True)
def _controlled_hour_2c(theta_h, theta_c, f_prev, m_prev, c_f, c_m, h_ve, h_is, h_w, h_ms, h_fm, h_em,
                        theta_sup, theta_w, theta_em, phi_ia, phi_st, phi_m):
    f0, m0, fm0, mm0, sm0, a0 = _hour_2c(0.0, f_prev, m_prev, c_f, c_m, h_ve, h_is, h_w, h_ms, h_fm, h_em,
                                         theta_sup, theta_w, theta_em, phi_ia, phi_st, phi_m)
    phi = 0.0
    if a0 < theta_h or a0 > theta_c:
        f1, m1, fm1, mm1, sm1, a1 = _hour_2c(1.0, f_prev, m_prev, c_f, c_m, h_ve, h_is, h_w, h_ms, h_fm,
                                             h_em, theta_sup, theta_w, theta_em, phi_ia, phi_st, phi_m)
        target = theta_h if a0 < theta_h else theta_c
        phi = (target - a0) / (a1 - a0)
        # linear in the power: interpolate instead of a third run
        f0 = f0 + phi * (f1 - f0)
        m0 = m0 + phi * (m1 - m0)
        mm0 = mm0 + phi * (mm1 - mm0)
        sm0 = sm0 + phi * (sm1 - sm0)
        a0 = target
    return phi, f0, m0, mm0, sm0, a0


@njit(cache=True)
def run_6r2c(c_f, h_fm, c_m, h_is, h_w, h_ms, h_em, h_ve, theta_sup, theta_w, theta_em,
             phi_ia, phi_st, phi_m, theta_h_set, theta_c_set, theta_m_start, theta_f_start,
             is_area=0.0, is_coef=0.0, is_h_rs=1.0, is_h_min=0.0, dtheta_start=0.0,
             is_same_hour=False):
    """Hourly ideal heating/cooling need of the 5R1C network with its mass
    split in two: a surface layer θ_f (``c_f`` [J/K]) behind H_tr,ms, and
    the deeper mass θ_m (``c_m`` [J/K]) behind the conduction ``h_fm``
    [W/K] between them; H_tr,em runs from θ_m, Φ_m enters θ_f.

    Same inputs, air-surface coupling and control as :func:`run_5r1c`
    (ISO 13790:2008 Annex C); with c_f → 0 and h_fm → ∞ it is that
    network. The two capacities are the states of C dθ/dt = A θ + b,
    integrated by Crank-Nicolson in :data:`SUBSTEPS` steps per hour with
    the hour's inputs. The heating/cooling power is constant over the hour
    and holds the hour's mean air temperature at the setpoint (linear: two
    evaluations give it exactly). ``theta_f_start`` [°C] is the surface
    layer before the first hour.

    Returns phi_hc [W], theta_air, theta_s, theta_m (means of the hour),
    theta_m_end, H_tr,is [W/K] of each hour, theta_f_end [°C].
    """
    n = h_ve.shape[0]
    phi_hc = np.zeros(n)
    t_air = np.zeros(n)
    t_s = np.zeros(n)
    t_m = np.zeros(n)
    t_m_end = np.zeros(n)
    t_f_end = np.zeros(n)
    h_is_out = np.zeros(n)
    f_prev = theta_f_start
    m_prev = theta_m_start
    dtheta = dtheta_start
    for i in range(n):
        h_is_i = h_is
        if is_coef > 0.0:
            h_is_i = _air_star(dtheta, h_is, is_area, is_coef, is_h_rs, is_h_min)
        passes = COUPLING_PASSES if (is_coef > 0.0 and is_same_hour) else 1
        for p in range(passes):
            phi, f0, m0, mm0, sm0, a0 = _controlled_hour_2c(
                theta_h_set[i], theta_c_set[i], f_prev, m_prev, c_f, c_m, h_ve[i], h_is_i, h_w[i], h_ms,
                h_fm, h_em[i], theta_sup[i], theta_w[i], theta_em[i], phi_ia[i], phi_st[i], phi_m[i])
            if passes == 1:
                break
            # same-hour coupling, damped fixed point as in _coupled_hour
            h_new = h_is_i + COUPLING_RELAX * (_air_star(a0 - sm0, h_is, is_area, is_coef, is_h_rs, is_h_min) - h_is_i)
            if abs(h_new - h_is_i) <= COUPLING_RTOL * h_is_i:
                break
            h_is_i = h_new
        phi_hc[i] = phi
        t_air[i] = a0
        t_s[i] = sm0
        t_m[i] = mm0
        t_m_end[i] = m0
        t_f_end[i] = f0
        h_is_out[i] = h_is_i
        f_prev, m_prev = f0, m0
        dtheta = a0 - sm0
    return phi_hc, t_air, t_s, t_m, t_m_end, h_is_out, t_f_end
