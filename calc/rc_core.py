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


# Convergence of the same-hour air-surface coupling: the largest relative
# difference [-] between the H_tr,is an hour is solved with and that of its
# own air-surface difference, and the most solves of an hour
COUPLING_RTOL = 1.0e-3
COUPLING_PASSES = 20
COUPLING_RELAX = 0.75


@njit(cache=True, inline="always")
def coupling_step(h_is_i, dtheta, h_is, is_area, is_coef, is_h_rs, is_h_min):
    """The same-hour coupling's next H_tr,is, or -1.0 when the hour solved
    with ``h_is_i`` is kept.

    Fixed point H_tr,is = f(θ_air − θ_s of the same hour): the hour's
    difference grows with the power that starts at a setpoint after a
    float, and the previous hour's (small) difference would couple the air
    to the warm surfaces too weakly in exactly that hour. The hour is kept
    once the coefficient of its own difference ``dtheta`` agrees with
    ``h_is_i`` to COUPLING_RTOL; else it is solved again a step of
    COUPLING_RELAX towards that coefficient: the plain iteration alternates
    (h ∝ Δθ^(1/3) while Δθ ∝ 1/h at a given flux: slope −1/3), and
    1/(1 + 1/3) of the correction cancels that slope. Shared by this loop
    and calc.rc_2c's."""
    h_own = _air_star(dtheta, h_is, is_area, is_coef, is_h_rs, is_h_min)
    if abs(h_own - h_is_i) <= COUPLING_RTOL * h_is_i:
        return -1.0
    return h_is_i + COUPLING_RELAX * (h_own - h_is_i)


@njit(cache=True, inline="always")
def _coupled_hour(h_is_i, phi, mt0, m0, s0, a0, h_is, is_area, is_coef, is_h_rs, is_h_min,
                  theta_h, theta_c, theta_m_prev, c_m, h_ve, h_w, h_ms, h_em,
                  theta_sup, theta_w, theta_em, phi_ia, phi_st, phi_m):
    # the hour solved with h_is_i (phi ... a0), solved again until its
    # coupling agrees (coupling_step)
    for _ in range(COUPLING_PASSES - 1):
        h_next = coupling_step(h_is_i, a0 - s0, h_is, is_area, is_coef, is_h_rs, is_h_min)
        if h_next < 0.0:
            break
        h_is_i = h_next
        phi, mt0, m0, s0, a0 = _controlled_hour(theta_h, theta_c, theta_m_prev, c_m, h_ve, h_is_i, h_w,
                                                h_ms, h_em, theta_sup, theta_w, theta_em,
                                                phi_ia, phi_st, phi_m)
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
                h_is_i, phi, mt0, m0, s0, a0, h_is, is_area, is_coef, is_h_rs, is_h_min,
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


@njit(cache=True)
def _decay_factor(c, h):
    # one Crank-Nicolson step's factor on a mass start error (ISO 13790:2008 eq. C.4)
    return abs((c - 0.5 * h) / (c + 0.5 * h))


@njit(cache=True)
def warmup_length(c_m, h_is, h_w, h_ms, h_em, h_ve, log_reduction):
    """Hours back from the end of the arrays over which a mass start error
    shrinks by at least exp(``log_reduction``) (> 0), at most all of them.

    Each hour takes the larger factor of the mass floating (H_tr,em + H_tr,3
    with H_tr,is = ``h_is``, its least value) and held by the air and
    surface nodes (H_tr,em + H_tr,ms). Arguments as in :func:`run_5r1c`.
    """
    n = h_ve.shape[0]
    c = c_m / SECONDS_PER_STEP
    left = 0.0  # log of the error left
    for k in range(n):
        i = n - 1 - k
        h1 = h_ve[i] * h_is / (h_ve[i] + h_is) if h_ve[i] + h_is > 0.0 else 0.0
        h2 = h1 + h_w[i]
        slow = h_em[i] + h2 * h_ms / (h2 + h_ms)
        factor = max(_decay_factor(c, slow), _decay_factor(c, h_em[i] + h_ms))
        if factor <= 0.0:
            return k + 1
        left += np.log(factor)
        if -left >= log_reduction:
            return k + 1
    return n
