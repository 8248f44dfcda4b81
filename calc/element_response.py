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
    # state (θ, q) from the inside face outwards: [θ_out, q_out] = M [θ_in, q_in]
    m11 = np.ones_like(omega, dtype=complex)
    m12 = np.full_like(m11, r_si)
    m21 = np.zeros_like(m11)
    m22 = np.ones_like(m11)
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
    # outside film
    m12 = m12 + r_se * m22
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
    m11, m12, m21, m22 = 1.0 + 0j, 0j, 0j, 1.0 + 0j
    for d, lam, rc in reversed(rows):
        if rc <= 0.0:
            a11, a12, a21 = 1.0, d / lam, 0.0
        else:
            k = np.sqrt(1j * omega * rc / lam)
            a11, a12, a21 = np.cosh(k * d), np.sinh(k * d) / (lam * k), lam * k * np.sinh(k * d)
        m11, m12, m21, m22 = a11 * m11 + a12 * m21, a11 * m12 + a12 * m22, a21 * m11 + a11 * m21, a21 * m12 + a11 * m22
    m11, m12 = m11 + r_se * m21, m12 + r_se * m22
    return complex(m11 / m12)


# Share of the construction resistance the inner resistance may take, so
# that the outer part stays positive with the thinnest outside film (rain)
MAX_INNER_SHARE = 0.9


def inner_rc(rows, r_se: float, period_s: float) -> tuple:
    """Inner resistance R1 [m²K/W] and capacity C1 [J/(m²K)] of an element
    as one capacity between its inside face and its outside: the T network
    face -R1- C1 -R2- outside (R1 + R2 = Σ d/λ + R_se) whose inside
    admittance equals the layers' at the period (VDI 6007-1's fit of the
    analogous model to the element's response at one period).

    With Z = 1/Y_in the network needs Re 1/(Z − R1) = 1/R2, one real
    equation in R1; then ω C1 = Im 1/(Z − R1).
    """
    from scipy.optimize import brentq

    omega = 2.0 * np.pi / period_s
    z = 1.0 / _inside_admittance(rows, r_se, omega)
    r_c = sum(d / lam for d, lam, _ in rows)
    r_tot = r_c + r_se
    f = lambda r1: (1.0 / (z - r1)).real - 1.0 / (r_tot - r1)  # noqa: E731
    hi = MAX_INNER_SHARE * r_c
    if r_c <= 0.0 or f(0.0) <= 0.0:
        r1 = 0.0
    elif f(hi) >= 0.0:
        r1 = hi
    else:
        r1 = brentq(f, 0.0, hi, xtol=1e-9)
    return r1, max((1.0 / (z - r1)).imag / omega, 0.0)
