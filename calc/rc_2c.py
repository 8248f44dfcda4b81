"""The compiled hourly loop of a two-capacity zone: ISO 13790:2008's 5R1C
star network with the external opaque elements' capacity on a node of its
own, in the manner of VDI 6007-1's two-element model.

The 5R1C network hangs every opaque element on the one mass node θ_m, so
the heat stored in a massive wall's inner layers is shared with the slabs
and partitions at one temperature: when cooling starts, the wall's store
cannot give its heat to the cooled room apart from the rest. Here the walls
and roof have their own capacity node θ_x, joined to the surface node θ_s
through their inner resistance (H_xs) and to their equivalent outside
temperature θ_xe through the rest (H_xe); the internal mass (slabs,
partitions) and the ground floor stay on θ_m as in ISO 13790, windows on θ_s.

Nodes and symbols as in :mod:`calc.rc_core`; plain SI floats. Air and
surface nodes are massless and eliminated (ISO 13790 eq. C.10-C.11 with
one more branch at θ_s); the two capacities are integrated together by
Crank-Nicolson over the hour (ISO 13790 eq. C.4 for two nodes). With
H_xs = 0 the loop is the 5R1C loop.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from .rc_core import COUPLING_PASSES, SECONDS_PER_STEP, _air_star, _decay_factor, coupling_step

_PER_STEP = 1.0 / SECONDS_PER_STEP


@njit(cache=True)
def _step2(phi_hc, m_prev, x_prev, c_m, c_x, h_ve, h_is, h_w, h_ms, h_em, h_xs, g_x, q_x,
           theta_sup, theta_w, theta_em, phi_ia, phi_st, phi_m, phi_x):
    # hour means m̄ = (m_t + m_prev)/2, x̄ likewise; the surface node is
    # θ_s = (s0 + H_ms m̄ + H_xs x̄) / d with the air node eliminated; the
    # wall node sees the outside (or its outer node, eliminated) through
    # g_x [W/K] and q_x [W] (see _outer)
    air = h_is / (h_ve + h_is)
    h1 = h_ve * air
    d = h1 + h_w + h_ms + h_xs
    s0 = h1 * theta_sup + (phi_ia + phi_hc) * air + h_w * theta_w + phi_st
    cm2 = 2.0 * c_m / SECONDS_PER_STEP
    cx2 = 2.0 * c_x / SECONDS_PER_STEP
    a11 = cm2 + h_em + h_ms - h_ms * h_ms / d
    a22 = cx2 + g_x + h_xs - h_xs * h_xs / d
    a12 = -h_ms * h_xs / d
    b1 = cm2 * m_prev + phi_m + h_em * theta_em + h_ms * s0 / d
    b2 = cx2 * x_prev + phi_x + q_x + h_xs * s0 / d
    det = a11 * a22 - a12 * a12
    m_bar = (b1 * a22 - a12 * b2) / det
    x_bar = (a11 * b2 - a12 * b1) / det
    theta_s = (s0 + h_ms * m_bar + h_xs * x_bar) / d
    theta_air = (h_is * theta_s + h_ve * theta_sup + phi_ia + phi_hc) / (h_is + h_ve)
    return 2.0 * m_bar - m_prev, 2.0 * x_bar - x_prev, m_bar, x_bar, theta_s, theta_air


@njit(cache=True, inline="always")
def _outer(c_y, h_xy, h_xe, theta_xe, y_prev):
    """What the wall node sees outward in an hour: conductance g [W/K] and
    source q [W] in its balance (g x̄ − q leaves it), and the outer node's
    hour mean ȳ = (b + H_xy x̄) / a. Without the outer node (h_xy = 0) the
    node sees the outside itself: g = H_xe, q = H_xe θ_xe."""
    if h_xy <= 0.0:
        return h_xe, h_xe * theta_xe, 0.0, 0.0
    cy2 = 2.0 * c_y / SECONDS_PER_STEP
    a = cy2 + h_xy + h_xe
    b = cy2 * y_prev + h_xe * theta_xe
    return h_xy - h_xy * h_xy / a, h_xy * b / a, a, b


@njit(cache=True)
def _controlled_hour2(theta_h, theta_c, m_prev, x_prev, c_m, c_x, h_ve, h_is, h_w, h_ms, h_em, h_xs,
                      g_x, q_x, theta_sup, theta_w, theta_em, phi_ia, phi_st, phi_m, phi_x):
    # ISO 13790:2008 C.4.2 as in rc_core: free float, else the power that
    # holds the setpoint, found from a test power (the nodes are linear in it)
    args = (m_prev, x_prev, c_m, c_x, h_ve, h_is, h_w, h_ms, h_em, h_xs, g_x, q_x,
            theta_sup, theta_w, theta_em, phi_ia, phi_st, phi_m, phi_x)
    r0 = _step2(0.0, *args)
    a0 = r0[5]
    if theta_h <= a0 <= theta_c:
        return 0.0, r0
    r1 = _step2(1.0, *args)
    target = theta_h if a0 < theta_h else theta_c
    phi = (target - a0) / (r1[5] - a0)
    return phi, (r0[0] + phi * (r1[0] - r0[0]), r0[1] + phi * (r1[1] - r0[1]), r0[2] + phi * (r1[2] - r0[2]),
                 r0[3] + phi * (r1[3] - r0[3]), r0[4] + phi * (r1[4] - r0[4]), target)


@njit(cache=True)
def run_2c(c_m, c_x, h_is, h_w, h_ms, h_em, h_xs, h_xe, h_ve, theta_sup, theta_w, theta_em, theta_xe,
           phi_ia, phi_st, phi_m, phi_x, theta_h_set, theta_c_set, theta_m_start, theta_x_start,
           is_area=0.0, is_coef=0.0, is_h_rs=1.0, is_h_min=0.0, dtheta_start=0.0, is_same_hour=False,
           c_y=0.0, h_xy=0.0, theta_y_start=0.0):
    """Hourly ideal heating/cooling need and node temperatures of the
    two-capacity zone.

    Parameters as :func:`calc.rc_core.run_5r1c`, plus: c_x [J/K], h_xs
    [W/K] scalars (capacity of the external opaque elements and its
    coupling to the surface node); h_xe [W/K], theta_xe [°C], phi_x [W]
    hourly (its conductance to the outside, the equivalent outside
    temperature, the gain it absorbs); theta_x_start [°C]. With h_xy > 0
    [W/K] the elements' outer capacity c_y [J/K] sits between the node and
    the outside: θ_x -H_xy- θ_y -H_xe- θ_xe (theta_y_start [°C]).

    Returns phi_hc [W] (> 0 heating), theta_air, theta_s, theta_m,
    theta_m_end, H_tr,is [W/K], theta_x, theta_x_end, theta_y, theta_y_end
    of each hour (θ_y = θ_x without the outer node).
    """
    n = h_ve.shape[0]
    out = np.zeros((10, n))
    m_prev = theta_m_start
    x_prev = theta_x_start
    y_prev = theta_y_start
    dtheta = dtheta_start
    for i in range(n):
        h_is_i = h_is
        if is_coef > 0.0:
            h_is_i = _air_star(dtheta, h_is, is_area, is_coef, is_h_rs, is_h_min)
        g_x, q_x, a_y, b_y = _outer(c_y, h_xy, h_xe[i], theta_xe[i], y_prev)
        phi, r = _controlled_hour2(theta_h_set[i], theta_c_set[i], m_prev, x_prev, c_m, c_x, h_ve[i], h_is_i,
                                   h_w[i], h_ms, h_em[i], h_xs, g_x, q_x, theta_sup[i], theta_w[i],
                                   theta_em[i], phi_ia[i], phi_st[i], phi_m[i], phi_x[i])
        if is_coef > 0.0 and is_same_hour:
            for _ in range(COUPLING_PASSES - 1):
                h_next = coupling_step(h_is_i, r[5] - r[4], h_is, is_area, is_coef, is_h_rs, is_h_min)
                if h_next < 0.0:
                    break
                h_is_i = h_next
                phi, r = _controlled_hour2(theta_h_set[i], theta_c_set[i], m_prev, x_prev, c_m, c_x, h_ve[i],
                                           h_is_i, h_w[i], h_ms, h_em[i], h_xs, g_x, q_x, theta_sup[i],
                                           theta_w[i], theta_em[i], phi_ia[i], phi_st[i], phi_m[i], phi_x[i])
        dtheta = r[5] - r[4]
        out[0, i] = phi
        out[1, i] = r[5]
        out[2, i] = r[4]
        out[3, i] = r[2]
        out[4, i] = r[0]
        out[5, i] = h_is_i
        out[6, i] = r[3]
        out[7, i] = r[1]
        m_prev = r[0]
        x_prev = r[1]
        if h_xy > 0.0:
            y_bar = (b_y + h_xy * r[3]) / a_y
            y_prev = 2.0 * y_bar - y_prev
            out[8, i] = y_bar
            out[9, i] = y_prev
        else:
            out[8, i] = r[3]
            out[9, i] = r[1]
    return out[0], out[1], out[2], out[3], out[4], out[5], out[6], out[7], out[8], out[9]


@njit(cache=True)
def _least_root_3(a11, a12, a22, a23, a33):
    """Smallest eigenvalue of the symmetric matrix [[a11, a12, 0], [a12,
    a22, a23], [0, a23, a33]] (the trigonometric solution of its
    characteristic cubic, O. K. Smith 1961, Comm. ACM 4(4) 168)."""
    q = (a11 + a22 + a33) / 3.0
    off = a12 * a12 + a23 * a23
    p = np.sqrt(((a11 - q) ** 2 + (a22 - q) ** 2 + (a33 - q) ** 2 + 2.0 * off) / 6.0)
    if p <= 0.0:
        return q
    b11, b22, b33, b12, b23 = (a11 - q) / p, (a22 - q) / p, (a33 - q) / p, a12 / p, a23 / p
    r = 0.5 * (b11 * (b22 * b33 - b23 * b23) - b12 * b12 * b33)
    phi = np.arccos(min(max(r, -1.0), 1.0)) / 3.0
    return q + 2.0 * p * np.cos(phi + 2.0 * np.pi / 3.0)


@njit(cache=True)
def warmup_length_2c(c_m, c_x, h_is, h_w, h_ms, h_em, h_xs, h_xe, h_ve, log_reduction, c_y=0.0, h_xy=0.0):
    """Hours back from the end of the arrays over which a start error of the
    capacities shrinks by at least exp(``log_reduction``) (> 0), at most
    all of them.

    With the massless nodes eliminated the error obeys C ė = −A e, C =
    diag(C_m, C_x[, C_y]), A symmetric and positive semi-definite; a
    Crank-Nicolson hour scales each mode of C⁻¹A (rate λ) by
    |(1 − λΔt/2)/(1 + λΔt/2)| and does not grow the error in the C-weighted
    norm by more than the largest of them. The rates lie between the slowest
    rate of the network with the surface node floating and the least
    air-surface coupling (``h_is``), and the fastest with the surface node
    held, bounded by the rows of C⁻¹A (Gershgorin; A only grows with the
    coupling, which the air held at a setpoint or a stronger convection
    raises); the factor, falling from 1 and then rising towards 1 again
    with λ, is largest at one of the two ends. Arguments as in
    :func:`run_2c`; an outer node without capacity is eliminated.
    """
    n = h_ve.shape[0]
    outer = h_xy > 0.0
    if c_m <= 0.0 or c_x <= 0.0:
        return n
    left = 0.0  # log of the error left
    for k in range(n):
        i = n - 1 - k
        h1 = h_ve[i] * h_is / (h_ve[i] + h_is) if h_ve[i] + h_is > 0.0 else 0.0
        d = h1 + h_w[i] + h_ms + h_xs
        a11 = h_em[i] + h_ms - h_ms * h_ms / d
        a12 = -h_ms * h_xs / d
        if outer and c_y > 0.0:
            # C^-1/2 A C^-1/2, whose eigenvalues are the rates
            sm, sx, sy = np.sqrt(c_m), np.sqrt(c_x), np.sqrt(c_y)
            slow = max(_least_root_3(a11 / c_m, a12 / (sm * sx), (h_xs + h_xy - h_xs * h_xs / d) / c_x,
                                     -h_xy / (sx * sy), (h_xy + h_xe[i]) / c_y), 0.0)
            fast = max((h_em[i] + h_ms) / c_m, (h_xs + 2.0 * h_xy) / c_x, (2.0 * h_xy + h_xe[i]) / c_y)
        else:
            g = h_xy * h_xe[i] / (h_xy + h_xe[i]) if outer and h_xy + h_xe[i] > 0.0 else h_xe[i]
            a22 = g + h_xs - h_xs * h_xs / d
            # the smaller root of det(A − λC) = 0, written without cancellation
            p = 0.5 * (a11 / c_m + a22 / c_x)
            q = max((a11 * a22 - a12 * a12) / (c_m * c_x), 0.0)
            root = np.sqrt(max(p * p - q, 0.0))
            slow = q / (p + root) if p + root > 0.0 else 0.0
            fast = max((h_em[i] + h_ms) / c_m, (g + h_xs) / c_x)
        # a mode decaying at rate λ [1/s] is rc_core's step factor with C/3600 s = 1/3600 s, H = λ
        factor = max(_decay_factor(_PER_STEP, slow), _decay_factor(_PER_STEP, fast))
        if factor <= 0.0:
            return k + 1
        left += np.log(factor)
        if -left >= log_reduction:
            return k + 1
    return n
