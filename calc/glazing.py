"""Angular solar properties of a window known only by its U-value and SHGC.

LBNL's simple glazing system model (Arasteh, Kohler and Griffith 2009,
LBNL-2804E "Modeling Windows in EnergyPlus with Simple Performance Indices";
EnergyPlus Engineering Reference, "Simple Window Model", steps 1-7):

* steps 1, 4 and 5 turn (U, SHGC) into the normal-incidence solar
  transmittance T_sol and reflectance R_s of one equivalent layer and the
  share of its absorbed sun that flows inward;
* step 7 gives the layer its angular behaviour from the kind of glazing
  such a U and SHGC usually belong to: ten normalised curves A-J of
  transmittance and reflectance, polynomials in cos φ, chosen (and blended)
  by a map of 28 (U, SHGC) cells.

The cell map is continuous. Inside the three U bands without a U transition
(U < 1.4195, 1.7034-3.4068, > 4.5424 W/(m²K); 0.25, 0.30, 0.60 and 0.80
Btu/(h·ft²·°F)) the curve depends on SHGC only, piecewise linearly between
named curves at fixed SHGC knots; the two bands between them interpolate
linearly in U between their neighbours (the model's two- and four-way
interpolations reduce to exactly that). Every blend is therefore one
polynomial, a weighted sum of the base curves.

The solar energy transmittance at an angle follows the same layer:
g(φ) = T(φ) + N·A(φ), A = 1 − T − R, with the inward-flowing fraction N
of step 5, so g(0) is the rated SHGC.
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np

# Step 7, transmittance curves: T/T_sol = Σ c_k cos^k φ, k = 1..4 (no constant
# term). Coefficients (c1, c2, c3, c4) as tabulated in LBNL-2804E / the
# EnergyPlus Engineering Reference (curve A is clear single glazing, E clear
# double glazing, F-I low-e double glazing, J triple / low-SHGC glazing).
TRANSMITTANCE_CURVES = {
    "A": (3.36, -3.85, 1.49, 0.01),
    "B": (2.83, -2.42, 0.04, 0.55),
    "C": (2.45, -1.58, -0.64, 0.77),
    "D": (2.85, -2.58, 0.40, 0.35),
    "E": (1.51, 2.49, -5.87, 2.88),
    "F": (1.21, 3.14, -6.37, 3.03),
    "G": (1.09, 3.54, -6.84, 3.23),
    "H": (0.98, 3.83, -7.13, 3.33),
    "I": (0.79, 3.93, -6.86, 3.15),
    "J": (0.08, 6.02, -8.84, 3.74),
}
# Step 7, reflectance curves: (R − R_s)/(1 − R_s) = 1 + Σ c_k cos^k φ − T-curve
# (the tabulated polynomial is that of T + R normalised; same source).
TOTAL_CURVES = {
    "A": (-0.70, 2.57, -3.20, 1.33),
    "B": (-1.87, 6.50, -7.86, 3.23),
    "C": (-2.52, 8.40, -9.86, 3.99),
    "D": (-1.85, 6.40, -7.64, 3.11),
    "E": (-1.57, 5.60, -6.82, 2.80),
    "F": (-3.15, 10.98, -13.14, 5.32),
    "G": (-3.25, 11.32, -13.54, 5.49),
    "H": (-3.39, 11.70, -13.94, 5.64),
    "I": (-4.06, 13.55, -15.74, 6.27),
    "J": (-4.35, 14.27, -16.32, 6.39),
}
# the model's averaged curves ("FGHI", "FH", and "BDCD" = (B + D + C + D)/4)
BLENDS = {
    "FGHI": {"F": 0.25, "G": 0.25, "H": 0.25, "I": 0.25},
    "FH": {"F": 0.5, "H": 0.5},
    "BDCD": {"B": 0.25, "C": 0.25, "D": 0.5},
}
# U bands [W/(m²K)] and, in each band without a U transition, the
# (SHGC, curve) knots between which the curve is interpolated linearly
# (held constant outside the first and last knot): cells 1-3, 11-15, 24-28
# of the model's map.
U_LOW_BAND_MAX = 1.4195
U_MID_BAND_MIN = 1.7034
U_MID_BAND_MAX = 3.4068
U_HIGH_BAND_MIN = 4.5424
BAND_KNOTS = {
    "low": ((0.35, "J"), (0.45, "E")),
    "mid": ((0.25, "FH"), (0.30, "FGHI"), (0.50, "FGHI"), (0.55, "E")),
    "high": ((0.30, "D"), (0.45, "BDCD"), (0.60, "BDCD"), (0.65, "A")),
}
# Step 1: the model is defined up to U = 7 W/(m²K) (film resistances alone)
MAX_U = 7.0
# Steps 4-5 switch correlations between these U-values, interpolating between
U_STEP_LOW = 3.4
U_STEP_HIGH = 4.5


def _weights_of(name: str) -> dict:
    return dict(BLENDS.get(name, {name: 1.0}))


def _add(acc: dict, weights: dict, factor: float) -> dict:
    for k, w in weights.items():
        acc[k] = acc.get(k, 0.0) + factor * w
    return acc


def _band_weights(band: str, shgc: float) -> dict:
    knots = BAND_KNOTS[band]
    if shgc <= knots[0][0]:
        return _weights_of(knots[0][1])
    for (s0, c0), (s1, c1) in zip(knots, knots[1:]):
        if shgc <= s1:
            x = (shgc - s0) / (s1 - s0)
            return _add(_add({}, _weights_of(c0), 1.0 - x), _weights_of(c1), x)
    return _weights_of(knots[-1][1])


def _check(u_value: float, shgc: float) -> tuple[float, float]:
    u, g = float(u_value), float(shgc)
    if not (np.isfinite(u) and u > 0.0):
        raise ValueError(f"u_value: {u!r} W/(m²K) is not a positive number")
    if not 0.0 < g <= 1.0:
        raise ValueError(f"shgc: {g!r} is outside 0-1")
    # above U 7 the winter films alone would exceed U (step 1): such a
    # window is taken as the model's limit; above U 4.54 the curves depend
    # on the SHGC only
    return min(u, MAX_U), g


def curve_weights(u_value: float, shgc: float) -> dict:
    """Weights of the base curves A-J for a glazing (step 7's cell map).

    Parameters
    ----------
    u_value : float
        Window U-factor [W/(m²K)].
    shgc : float
        Solar heat gain coefficient at normal incidence [-].

    Returns
    -------
    dict
        Curve letter -> weight [-], the weights summing to 1.
    """
    u, g = _check(u_value, shgc)
    if u < U_LOW_BAND_MAX:
        return _band_weights("low", g)
    if u <= U_MID_BAND_MIN:
        x = (u - U_LOW_BAND_MAX) / (U_MID_BAND_MIN - U_LOW_BAND_MAX)
        return _add(_add({}, _band_weights("low", g), 1.0 - x), _band_weights("mid", g), x)
    if u < U_MID_BAND_MAX:
        return _band_weights("mid", g)
    if u <= U_HIGH_BAND_MIN:
        x = (u - U_MID_BAND_MAX) / (U_HIGH_BAND_MIN - U_MID_BAND_MAX)
        return _add(_add({}, _band_weights("mid", g), 1.0 - x), _band_weights("high", g), x)
    return _band_weights("high", g)


def _blend(table: dict, weights: dict) -> np.ndarray:
    return sum(w * np.asarray(table[k], dtype=float) for k, w in weights.items())


def _poly(coefficients, cos_phi):
    c1, c2, c3, c4 = coefficients
    return cos_phi * (c1 + cos_phi * (c2 + cos_phi * (c3 + cos_phi * c4)))


def _interpolated(low: float, high: float, u: float) -> float:
    # steps 4-5: one correlation below U 3.4, another above 4.5, linear between
    if u <= U_STEP_LOW:
        return low
    if u >= U_STEP_HIGH:
        return high
    return low + (u - U_STEP_LOW) / (U_STEP_HIGH - U_STEP_LOW) * (high - low)


def solar_transmittance(u_value: float, shgc: float) -> float:
    """Normal-incidence solar transmittance T_sol of the equivalent layer
    [-] (step 4) from U [W/(m²K)] and SHGC [-]."""
    u, g = _check(u_value, shgc)
    high = 0.939998 * g * g + 0.20332 * g if g < 0.7206 else 1.30415 * g - 0.30515
    low = 0.41040 * g if g <= 0.15 else 0.085775 * g * g + 0.963954 * g - 0.084958
    return _interpolated(low, high, u)


def _layer_resistance(u: float) -> float:
    # step 1: glass-to-glass resistance, U less the winter film resistances
    r_i = 1.0 / (0.359073 * math.log(u) + 6.949915) if u < 5.85 else 1.0 / (1.788041 * u - 2.886625)
    r_o = 1.0 / (0.025342 * u + 29.163853)
    return 1.0 / u - r_i - r_o


def inward_fraction(u_value: float, shgc: float) -> float:
    """Share of the equivalent layer's absorbed sun that flows inward [-]
    (step 5, summer film resistances)."""
    u, g = _check(u_value, shgc)
    d = g - solar_transmittance(u, g)
    r_i = 1.0 / _interpolated(199.8208128 * d ** 3 - 90.639733 * d ** 2 + 19.737055 * d + 6.766575,
                              29.436546 * d ** 3 - 21.943415 * d ** 2 + 9.945872 * d + 7.426151, u)
    r_o = 1.0 / _interpolated(5.763355 * d + 20.541528, 2.225824 * d + 20.57708, u)
    r_l = _layer_resistance(u)
    return (r_o + 0.5 * r_l) / (r_o + r_l + r_i)


def solar_reflectance(u_value: float, shgc: float) -> float:
    """Normal-incidence solar reflectance R_s of the equivalent layer [-]
    (step 5): what is neither transmitted nor absorbed for the SHGC."""
    u, g = _check(u_value, shgc)
    t = solar_transmittance(u, g)
    # an SHGC near 1 leaves less than nothing to reflect: bounded as a
    # physical layer (0 ≤ R ≤ 1 − T)
    return float(np.clip(1.0 - t - (g - t) / inward_fraction(u, g), 0.0, 1.0 - t))


@lru_cache(maxsize=64)
def _coefficients(u: float, shgc: float):
    # polynomial coefficients of the blended T- and (T + R)-curves, and the
    # layer's normal-incidence properties
    w = curve_weights(u, shgc)
    return (tuple(_blend(TRANSMITTANCE_CURVES, w)), tuple(_blend(TOTAL_CURVES, w)),
            solar_transmittance(u, shgc), solar_reflectance(u, shgc), inward_fraction(u, shgc))


def _cos(aoi) -> np.ndarray:
    a = np.asarray(aoi, dtype=float)
    return np.where(a >= 90.0, 0.0, np.cos(np.radians(np.clip(a, 0.0, 90.0))))


def _transmittance_ratio(cos_phi, t_coef):
    # the tabulated curve, exactly 1 at normal incidence (the model's own
    # rule: the rounded coefficients sum to 1.00-1.02)
    return np.where(cos_phi >= 1.0, 1.0, _poly(t_coef, cos_phi))


def angular_properties(aoi, u_value: float, shgc: float) -> dict:
    """Solar transmittance, reflectance and absorptance of the equivalent
    layer at an angle of incidence.

    Parameters
    ----------
    aoi : array_like
        Angle of incidence [deg] (0 = normal; 90 and beyond: nothing
        transmitted).
    u_value : float
        Window U-factor [W/(m²K)].
    shgc : float
        Solar heat gain coefficient at normal incidence [-].

    Returns
    -------
    dict of numpy.ndarray
        ``transmittance``, ``reflectance``, ``absorptance`` [-]; EnergyPlus's
        bounds applied (0 ≤ T ≤ 1, 0 ≤ R ≤ 0.9999 − T).
    """
    t_coef, total_coef, t_sol, r_sol, _ = _coefficients(*_check(u_value, shgc))
    c = _cos(aoi)
    t = np.clip(t_sol * _transmittance_ratio(c, t_coef), 0.0, 1.0)
    r_curve = np.where(c >= 1.0, 0.0, 1.0 + _poly(total_coef, c) - _poly(t_coef, c))
    # EnergyPlus's order: at most 0.9999 − T, then at least 0
    r = np.maximum(np.minimum(r_sol * (1.0 - r_curve) + r_curve, 0.9999 - t), 0.0)
    return {"transmittance": t, "reflectance": r, "absorptance": 1.0 - t - r}


def transmittance_ratio(aoi, u_value: float, shgc: float) -> np.ndarray:
    """Direct solar transmittance at an angle over that at normal incidence
    [-] (the step-7 curve of the glazing's cell); ``aoi`` [deg]."""
    p = angular_properties(aoi, u_value, shgc)
    return p["transmittance"] / solar_transmittance(u_value, shgc)


def solar_factor(aoi, u_value: float, shgc: float) -> np.ndarray:
    """Total solar energy transmittance at an angle [-]: T(φ) + N·A(φ),
    the transmitted sun and the inward-flowing share N (step 5) of the
    absorbed; the rated SHGC at normal incidence; ``aoi`` [deg]."""
    u, g = _check(u_value, shgc)
    p = angular_properties(aoi, u, g)
    # at and beyond grazing no sun enters (the layer's bounds leave 1e-4)
    return np.where(_cos(aoi) > 0.0, p["transmittance"] + inward_fraction(u, g) * p["absorptance"], 0.0)


def solar_factor_ratio(aoi, u_value: float, shgc: float) -> np.ndarray:
    """:func:`solar_factor` over its value at normal incidence [-]: 1 at
    normal incidence, 0 at grazing; ``aoi`` [deg]."""
    return solar_factor(aoi, u_value, shgc) / solar_factor(0.0, u_value, shgc)
