"""Dynamic response of an opaque element to its outside temperature.

The ISO 13790 5R1C network joins each opaque element to the zone's mass node
through its steady conductance, so a change of the element's equivalent
outside temperature (sun on the face, the air's daily swing) reaches the
zone in the same hour. A massive wall passes that swing on damped and hours
later: ISO 13786:2017 describes it, per harmonic of period T, by the
periodic thermal transmittance Y_12 of the layers between their surface
resistances. This module applies that response to every harmonic of the
year's hourly series (a linear filter whose gain at period ∞ is 1, so the
mean flow, U·(θ̄_eq − θ_i), is kept).

The filtered temperature drives the element's conductance in the 5R1C
network as before: the heat the element passes on at its inside face is then
a gain to the zone, which the zone's mass node stores and releases like any
other gain (the admittance-method split of CIBSE Guide A: transmittance for
the outside excitation, the room's admittance for the inside).
"""

from __future__ import annotations

import cmath
import functools

import numpy as np

from .envelope import layer_si
from .units import magnitude

SECONDS_PER_HOUR = 3600.0


def _layer_rows(construction):
    """(d [m], λ [W/(mK)], ρc [J/(m³K)]) of the layers, outside first."""
    try:
        return _layer_rows_of(construction)
    except TypeError:  # not hashable
        return _rows(construction)


# The layers' SI values, once per construction: every state of a building
# whose walls or roof keep their layers asks for them again (pint
# conversions, four per layer).
@functools.lru_cache(maxsize=256)
def _layer_rows_of(construction):
    return _rows(construction)


def _rows(construction):
    return tuple(layer_si(l) + (magnitude(l.density, "kg/m**3", "density")
                                * magnitude(l.specific_heat, "J/(kg*K)", "specific_heat"),)
                 for l in construction.layers)


def transmittance_gain(rows, r_se: float, r_si: float, n_hours: int) -> np.ndarray:
    """Y_12(ω) / U for the frequencies of ``numpy.fft.rfft`` of an hourly
    series of ``n_hours`` (ISO 13786:2017 clause 6, heat-flow transfer
    matrices of the layers between the surface resistances).

    Parameters
    ----------
    rows : tuple of (float, float, float)
        Layers outside first: thickness [m], conductivity [W/(mK)],
        volumetric heat capacity ρc [J/(m³K)] (0: a pure resistance).
    r_se, r_si : float
        Outside and inside surface resistances [m²K/W].
    n_hours : int

    Returns
    -------
    numpy.ndarray of complex
        Gain per frequency, 1 at zero frequency, |gain| ≤ 1.
    """
    omega = 2.0 * np.pi * np.fft.rfftfreq(n_hours, d=SECONDS_PER_HOUR)
    _, m12, _, m22 = _chain(rows, omega, r_si)
    # outside film (broadcast: layers without capacity leave plain numbers)
    m12 = np.broadcast_to(m12 + r_se * m22, omega.shape)
    # inside held at the reference: q_in / θ_out = 1 / M12; normalised by U = 1 / M12(0)
    return m12[0].real / m12


@functools.lru_cache(maxsize=256)
def _gain(rows, r_se, r_si, n_hours):
    return transmittance_gain(rows, r_se, r_si, n_hours)


def delayed_temperature(theta_eq, construction, r_c: float, r_se: float, r_si: float):
    """Equivalent outside temperature [°C] as the element passes it to its
    inside: each harmonic of ``theta_eq`` scaled and shifted by the
    element's Y_12 / U (ISO 13786:2017), the mean unchanged.

    Parameters
    ----------
    theta_eq : array of float
        Hourly equivalent outside temperature of the element [°C]
        (a whole number of days, treated as periodic).
    construction : Construction
        Layers outside to inside with density and specific heat.
    r_c : float
        Construction resistance the simulation uses, surface to surface
        [m²K/W]; the layers' conductivities are scaled to it (a
        thermal-bridge allowance folded in), their heat capacity kept.
    r_se, r_si : float
        Outside and inside surface resistances [m²K/W].
    """
    rows = _layer_rows(construction)
    scale = sum(d / lam for d, lam, _ in rows) / r_c
    rows = tuple((d, lam * scale, rc) for d, lam, rc in rows)
    theta = np.asarray(theta_eq, dtype=float)
    gain = _gain(rows, round(float(r_se), 6), round(float(r_si), 6), len(theta))
    return np.fft.irfft(np.fft.rfft(theta) * gain, n=len(theta))


def _inside_admittance(rows, r_se: float, omega: float) -> complex:
    """Heat into the element at its inside face per kelvin of that face
    [W/(m²K)], outside held at the equivalent temperature behind ``r_se``
    (ISO 13786:2017 transfer matrix, layers outside first)."""
    return complex(_responses(_chain(rows, omega), r_se, 0.0)[0])


# Share of the construction resistance the inner resistances (R1 + R2) may
# take, so that the outer part stays positive with the thinnest outside film
# (rain)
MAX_INNER_SHARE = 0.9


def _chain(rows, omega, r_si: float = 0.0):
    """Transfer matrix (m11, m12, m21, m22), [θ_out, q_out] = M [θ_in, q_in],
    from behind the inside film ``r_si`` through the layers to their outside
    face (ISO 13786:2017 clause 6), at the angular frequencies ``omega``
    [rad/s] (a number or an array; 0 is the steady state)."""
    m11, m12, m21, m22 = 1.0 + 0j, r_si + 0j, 0j, 1.0 + 0j
    for d, lam, rc in reversed(rows):
        if rc <= 0.0:
            a11, a12, a21, a22 = 1.0, d / lam, 0.0, 1.0
        else:
            k = np.sqrt(1j * omega * rc / lam)
            kd = np.minimum(k * d, 40.0 + 40.0j)  # beyond |kd| ~ 40 the wall passes nothing
            c, s = np.cosh(kd), np.sinh(kd)
            safe_k = np.where(omega > 0, k, 1.0)
            a11 = a22 = c
            a12 = np.where(omega > 0, s / (lam * safe_k), d / lam)
            a21 = lam * k * s
        m11, m12, m21, m22 = (a11 * m11 + a12 * m21, a11 * m12 + a12 * m22,
                              a21 * m11 + a22 * m21, a21 * m12 + a22 * m22)
    return m11, m12, m21, m22


def _ladder(resistances, capacities, omega: float):
    """Transfer matrix (m11, m12, m21, m22) of the network face -R1- C1 -R2-
    C2 -R3- outside, in plain complex numbers (the fit's inner loop)."""
    m11, m12, m21, m22 = 1.0 + 0j, 0j, 0j, 1.0 + 0j
    for i, r in enumerate(resistances):
        m11, m12 = m11 + r * m21, m12 + r * m22
        if i < len(capacities):
            y = 1j * omega * capacities[i]
            m21, m22 = m21 + y * m11, m22 + y * m12
    return m11, m12, m21, m22


def _responses(m, r_se: float, r_si: float):
    """Inside admittance (outside held behind ``r_se``) and periodic
    thermal transmittance (room held behind ``r_si``) of a face-to-face
    transfer matrix [W/(m²K)]."""
    m11, m12, m21, m22 = m
    o11, o12 = m11 + r_se * m21, m12 + r_se * m22
    return o11 / o12, 1.0 / (o11 * r_si + o12)


# Periods at which the element's two capacities are fitted [s]: the day,
# whose swing of sun and air the summer turns on, and VDI 6007-1's T_bt of
# 5 days for the heating season's weather spells
TWO_NODE_PERIODS = (86400.0, 5 * 86400.0)
# Bound of the fit's logistic parameters: no share of a resistance or of the
# capacity below about 6e-6, so that no conductance of the network is
# infinite
FIT_BOUND = 12.0
# Starting points of the fit (logistic parameters of R1, R2 and C1): the
# residual has local minima, and on the validation cases' 52 walls and roofs
# each of these starts alone misses the best of the five on some of them
FIT_STARTS = ((-2.0, 0.0, 0.0), (0.0, 0.0, 0.0), (2.0, 0.0, 0.0), (-2.0, 2.0, 1.0), (-2.0, -2.0, -1.0))


def inner_rc2(rows, r_se: float, r_si: float, periods=TWO_NODE_PERIODS) -> tuple:
    """The element as two capacities, face -R1- C1 -R2- C2 -R3- outside
    (R1 + R2 + R3 = Σ d/λ + R_se, C1 + C2 = Σ d ρc): ``(R1, C1, R2, C2)``
    [m²K/W, J/(m²K)] whose inside admittance and periodic thermal
    transmittance are nearest the layers' (ISO 13786:2017) at ``periods``,
    in log amplitude and phase (least squares).

    One capacity fitted to the admittance alone (VDI 6007-1's way) passes
    the outside's daily swing too soon and too strong (a 370 mm brick wall:
    0.26 of it 5 h late against the layers' 0.09, 15 h late; two
    capacities: 0.07, 10 h); the second capacity gives the delay of the
    layers behind the inner ones, as the 3R2C wall models of building
    simulation do (Gouda, Danaher and Underwood 2002, Building Serv. Eng.
    Res. Technol. 23(2)). The steady resistance and the whole capacity are
    the layers'. Without construction resistance or capacity: zeros (and
    the whole capacity as C2).
    """
    from scipy.optimize import least_squares

    r_c = sum(d / lam for d, lam, _ in rows)
    c_tot = sum(d * rc for d, _, rc in rows)
    if r_c <= 0.0 or c_tot <= 0.0:
        return 0.0, 0.0, 0.0, max(c_tot, 0.0)
    r_tot, inner = r_c + r_se, MAX_INNER_SHARE * r_c
    targets = [tuple(complex(v) for v in _responses(_chain(rows, 2.0 * np.pi / p), r_se, r_si)) for p in periods]
    sig = lambda x: 0.5 * (1.0 + np.tanh(0.5 * x))  # noqa: E731  (logistic, without overflow)

    def network(p):
        p = np.clip(p, -FIT_BOUND, FIT_BOUND)
        r1 = sig(p[0]) * inner
        r2 = sig(p[1]) * (inner - r1)
        c1 = sig(p[2]) * c_tot
        return r1, c1, r2, c_tot - c1

    def residuals(p):
        r1, c1, r2, c2 = network(p)
        out = []
        for period, target in zip(periods, targets):
            m = _ladder((r1, r2, r_tot - r_se - r1 - r2), (c1, c2), 2.0 * np.pi / period)
            for ours, theirs in zip(_responses(m, r_se, r_si), target):
                q = cmath.log(ours / theirs)
                out += [q.real, q.imag]
        return out

    # MINPACK's Levenberg-Marquardt: plain loops, so the fit comes out the
    # same to the last bit in every process (a stock's records are compared
    # across workers); the logistic shares need no bounds
    fits = [least_squares(residuals, start, method="lm") for start in FIT_STARTS]
    best = min(fits, key=lambda s: s.cost)
    return tuple(float(v) for v in network(best.x))
