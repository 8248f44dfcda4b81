"""Heat transfer to the ground, ISO 13370:2017 steady-state coefficients.

The floor's steady-state transmittance comes from the characteristic
dimension B' = A / (0.5 P) and the equivalent thickness d_t. The hourly heat
flow of a slab on ground is H_g · (θ_i − θ_g,eq) with the equivalent ground
temperature of the ISO 13370 Annex A periodic method
(:func:`periodic_ground_temperature`: the outdoor year damped by H_pe/H_g and
late by β months). Basements keep the weather's monthly ground temperature
interpolated to each hour (:func:`hourly_ground_temperature`). The periodic
method replaced the weather file's shallow ground temperatures for slabs
because those follow the summer air so closely that a slab gave almost no
summer cooling (about a third of EnergyPlus's Kiva ground model; over the
validation cases the change lowered the cooling bias from +6.0 to +3.8 %
and the heating bias from +1.9 to +0.2 %, docs/validation.md).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .units import Q_, magnitude

# ISO 13370:2017 clause 7.1 / Table 7: soil of unknown type, category 2
# (sand or gravel) [W/(mK)]
SOIL_CONDUCTIVITY = 2.0
# ISO 13370:2017 clause 9.1: surface resistances in d_t [m²K/W]
R_SI_FLOOR = 0.17
R_SE_FLOOR = 0.04
# Depth of a basement floor below ground [m]; the model has no basement
# geometry, so a typical storey is assumed.
BASEMENT_DEPTH = 2.5
# Air change of an unheated basement [1/h] (ISO 13370:2017 clause 9.4, default)
BASEMENT_AIR_CHANGE = 0.3
# Volumetric heat capacity of air ρc [J/(m³K)] (ISO 13790:2008 clause 9.3.1)
AIR_VOLUMETRIC_HEAT = 1200.0
SECONDS_PER_HOUR = 3600.0


def _dims(area, perimeter, wall_thickness, floor_resistance, soil_conductivity):
    a = magnitude(area, "m**2", "area")
    p = magnitude(perimeter, "m", "perimeter")
    w = magnitude(wall_thickness, "m", "wall_thickness")
    rf = magnitude(floor_resistance, "m**2*K/W", "floor_resistance")
    lam = magnitude(soil_conductivity, "W/(m*K)", "soil_conductivity")
    for name, v in (("area", a), ("perimeter", p), ("soil_conductivity", lam)):
        if not v > 0:
            raise ValueError(f"{name}: {v} must be > 0")
    for name, v in (("wall_thickness", w), ("floor_resistance", rf)):
        if not v >= 0:
            raise ValueError(f"{name}: {v} must be ≥ 0")
    b = a / (0.5 * p)
    d_t = w + lam * (R_SI_FLOOR + rf + R_SE_FLOOR)
    return a, p, w, lam, b, d_t


def _slab_u(lam: float, b: float, d_t: float) -> float:
    # ISO 13370:2017 eq. (7) for uninsulated / moderately insulated floors,
    # eq. (8) for well-insulated ones
    if d_t < b:
        return 2.0 * lam / (np.pi * b + d_t) * np.log(np.pi * b / d_t + 1.0)
    return lam / (0.457 * b + d_t)


def slab_on_ground_u(area, perimeter, wall_thickness, floor_resistance,
                     soil_conductivity=Q_(SOIL_CONDUCTIVITY, "W/(m*K)")):
    """Steady-state U of a slab on ground.

    Parameters
    ----------
    area : pint.Quantity
        Floor area A [m²].
    perimeter : pint.Quantity
        Exposed perimeter P [m].
    wall_thickness : pint.Quantity
        Total thickness of the external walls w [m].
    floor_resistance : pint.Quantity
        Thermal resistance of the floor construction R_f [m²K/W].
    soil_conductivity : pint.Quantity
        λ of the ground [W/(mK)] (default 2.0, ISO 13370 Table 7 category 2).

    Returns
    -------
    pint.Quantity
        U [W/(m²K)] (ISO 13370:2017 clause 9.1, eq. 6-8).
    """
    _, _, _, lam, b, d_t = _dims(area, perimeter, wall_thickness, floor_resistance, soil_conductivity)
    return Q_(_slab_u(lam, b, d_t), "W/(m**2*K)")


def heated_basement_h(area, perimeter, wall_thickness, floor_resistance, basement_wall_resistance,
                      depth=Q_(BASEMENT_DEPTH, "m"), soil_conductivity=Q_(SOIL_CONDUCTIVITY, "W/(m*K)")):
    """Heat transfer coefficient of a heated basement (floor + walls below grade).

    Parameters
    ----------
    area, perimeter, wall_thickness, floor_resistance, soil_conductivity
        As :func:`slab_on_ground_u` [m², m, m, m²K/W, W/(mK)].
    basement_wall_resistance : pint.Quantity
        R of the basement walls R_w [m²K/W].
    depth : pint.Quantity
        Depth z of the basement floor below ground [m].

    Returns
    -------
    pint.Quantity
        H_g = A U_bf + z P U_bw [W/K] (ISO 13370:2017 clause 9.3, eq. 13-16).
    """
    a, p, _, lam, b, d_t = _dims(area, perimeter, wall_thickness, floor_resistance, soil_conductivity)
    z = magnitude(depth, "m", "depth")
    rw = magnitude(basement_wall_resistance, "m**2*K/W", "basement_wall_resistance")
    if not z > 0:
        raise ValueError(f"depth: {z} must be > 0 m")
    u_bf = _slab_u(lam, b, d_t + 0.5 * z)
    d_w = lam * (R_SI_FLOOR + rw + R_SE_FLOOR)
    # eq. 15 holds for d_w ≥ d_t; otherwise d_t is replaced by d_w
    d = min(d_t, d_w)
    u_bw = 2.0 * lam / (np.pi * z) * (1.0 + 0.5 * d / (d + z)) * np.log(z / d_w + 1.0)
    return Q_(a * u_bf + z * p * u_bw, "W/K")


def unheated_basement_u(area, perimeter, wall_thickness, floor_u, basement_wall_resistance,
                        depth=Q_(BASEMENT_DEPTH, "m"), soil_conductivity=Q_(SOIL_CONDUCTIVITY, "W/(m*K)")):
    """Effective U of a floor over an unheated basement.

    1/U = 1/U_f + A / (A U_bf + z P U_bw + 0.33 n V), basement entirely below
    ground, uninsulated basement floor (ISO 13370:2017 clause 9.4, eq. 19).

    Parameters
    ----------
    area, perimeter, wall_thickness, soil_conductivity
        As :func:`slab_on_ground_u` [m², m, m, W/(mK)].
    floor_u : pint.Quantity
        U of the floor between the heated space and the basement [W/(m²K)].
    basement_wall_resistance : pint.Quantity
        R of the basement walls [m²K/W].
    depth : pint.Quantity
        Basement depth z [m].

    Returns
    -------
    pint.Quantity
        U [W/(m²K)].
    """
    u_f = magnitude(floor_u, "W/(m**2*K)", "floor_u")
    if not u_f > 0:
        raise ValueError(f"floor_u: {u_f} must be > 0 W/(m²K)")
    a, p, _, lam, b, d_t = _dims(area, perimeter, wall_thickness, Q_(0.0, "m**2*K/W"), soil_conductivity)
    z = magnitude(depth, "m", "depth")
    h_bw = heated_basement_h(area, perimeter, wall_thickness, Q_(0.0, "m**2*K/W"), basement_wall_resistance,
                             depth, soil_conductivity).m
    h_air = AIR_VOLUMETRIC_HEAT / SECONDS_PER_HOUR * BASEMENT_AIR_CHANGE * a * z
    return Q_(1.0 / (1.0 / u_f + a / (h_bw + h_air)), "W/(m**2*K)")


def hourly_ground_temperature(monthly, index) -> np.ndarray:
    """Monthly ground temperatures interpolated to each hour.

    Parameters
    ----------
    monthly : sequence of 12 float or pint.Quantity
        Monthly mean ground temperature [°C], January first.
    index : pandas.DatetimeIndex
        Interval starts.

    Returns
    -------
    numpy.ndarray
        θ_gr [°C], linear between mid-month values, periodic over the year.
    """
    if hasattr(monthly, "to"):
        values = np.asarray(monthly.to("degC").m, dtype=float)
    else:
        values = np.asarray([v.to("degC").m if hasattr(v, "to") else v for v in monthly], dtype=float)
    if values.shape != (12,) or not np.all(np.isfinite(values)):
        raise ValueError(f"ground_temperature: expected 12 finite monthly values in °C, got {values!r}")
    if not isinstance(index, pd.DatetimeIndex):
        raise TypeError("index: expected a pandas DatetimeIndex")
    day = np.asarray(index.day_of_year, dtype=float) - 1.0 + np.asarray(index.hour) / 24.0
    mid = np.cumsum([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]) - np.array(
        [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]) / 2.0
    return np.interp(day, mid, values, period=365.0)


# ISO 13370:2017 Table 7, category 2 (sand or gravel): ρc [J/(m³K)]
SOIL_HEAT_CAPACITY = 2.0e6
# Period of the annual cycle [s] (ISO 13370: 3.15·10⁷ s)
YEAR_SECONDS = 3.15e7
MONTHS = 12.0


def penetration_depth(soil_conductivity=SOIL_CONDUCTIVITY, soil_heat_capacity=SOIL_HEAT_CAPACITY) -> float:
    """Periodic penetration depth δ = √(t_p λ / (π ρc)) of the annual cycle
    [m] (ISO 13370:2017 clause 7.2 / Annex A; 3.17 m for category 2 soil)."""
    return float(np.sqrt(YEAR_SECONDS * soil_conductivity / (np.pi * soil_heat_capacity)))


def slab_periodic(perimeter: float, d_t: float, soil_conductivity=SOIL_CONDUCTIVITY):
    """External periodic coefficient H_pe [W/K] and its phase lag β
    [months] of a slab on ground (ISO 13370:2017 Annex A, slab on ground:
    H_pe = 0.37 P λ ln(δ/d_t + 1), β = 1.5 − 0.42 ln(δ/(d_t + 1)); as
    recalled), plain SI floats."""
    delta = penetration_depth(soil_conductivity)
    h_pe = 0.37 * perimeter * soil_conductivity * np.log(delta / d_t + 1.0)
    beta = 1.5 - 0.42 * np.log(delta / (d_t + 1.0))
    return float(h_pe), float(beta)


def periodic_ground_temperature(theta_e: np.ndarray, h_g: float, h_pe: float, beta: float) -> np.ndarray:
    """Equivalent ground temperature θ_g,eq [°C] each hour such that
    H_g (θ_i − θ_g,eq) is the ISO 13370:2017 Annex A heat flow through the
    floor for a constant indoor temperature:

        Φ = H_g (θ_i − θ̄_e) + H_pe θ̂_e cos(2π (m − τ − β) / 12)

    with θ̄_e, θ̂_e the annual mean and amplitude of the outdoor air (a
    sine fitted to the hourly values), τ the month of its minimum and m the
    time in months; so θ_g,eq = θ̄_e − (H_pe/H_g) θ̂_e cos(…). The ground
    follows the outdoor year, damped by H_pe/H_g and late by β months,
    instead of the weather file's shallow ground temperatures.
    """
    t = np.asarray(theta_e, dtype=float)
    n = len(t)
    phase = 2.0 * np.pi * (np.arange(n) + 0.5) / n
    # least-squares annual sine: θ_e ≈ mean + a cos φ + b sin φ
    a = 2.0 * np.mean(t * np.cos(phase))
    b = 2.0 * np.mean(t * np.sin(phase))
    mean = float(np.mean(t))
    amp = float(np.hypot(a, b))
    # minimum where a cos φ + b sin φ = −amp, φ_min = atan2(b, a) + π
    phi_min = np.arctan2(b, a) + np.pi
    lag = 2.0 * np.pi * beta / MONTHS
    ratio = h_pe / h_g if h_g > 0 else 0.0
    return mean - ratio * amp * np.cos(phase - phi_min - lag)
