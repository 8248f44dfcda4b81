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


@njit(cache=True)
def run_5r1c(c_m, h_is, h_w, h_ms, h_em, h_ve, theta_sup, theta_w, theta_em,
             phi_ia, phi_st, phi_m, theta_h_set, theta_c_set, theta_m_start,
             is_area=0.0, is_coef=0.0, is_h_rs=1.0, is_h_min=0.0, dtheta_start=0.0):
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
            h_ci = max(is_coef * abs(dtheta) ** (1.0 / 3.0), is_h_min)
            h_is_i = max(h_is, is_area * h_ci * (1.0 + h_ci / is_h_rs))
        args = (theta_m_prev, c_m, h_ve[i], h_is_i, h_w[i], h_ms, h_em[i],
                theta_sup[i], theta_w[i], theta_em[i], phi_ia[i], phi_st[i], phi_m[i])
        mt0, m0, s0, a0 = _step(0.0, *args)
        phi = 0.0
        if a0 < theta_h_set[i] or a0 > theta_c_set[i]:
            mt1, m1, s1, a1 = _step(1.0, *args)
            slope = a1 - a0  # K per W, > 0
            target = theta_h_set[i] if a0 < theta_h_set[i] else theta_c_set[i]
            phi = (target - a0) / slope
            mt0, m0, s0, a0 = _step(phi, *args)
        phi_hc[i] = phi
        t_air[i] = a0
        t_s[i] = s0
        t_m[i] = m0
        t_m_end[i] = mt0
        h_is_out[i] = h_is_i
        theta_m_prev = mt0
        dtheta = a0 - s0
    return phi_hc, t_air, t_s, t_m, t_m_end, h_is_out
