"""Fuel-fired boilers and direct electric heating: fuel energy from heat,
and fuel energy in physical units (m³ of gas, t of coal, oil, LPG).

Fuel energy is final energy at the lower heating value (NCV), the basis of
GB/T 2589-2020 and of efficiencies quoted in China (GB 24500-2020 for
industrial boilers, GB 20665-2015 for household gas heaters).
"""

from __future__ import annotations

import numpy as np

from .datasets import tables
from .units import Q_, magnitude

MJ_PER_KWH = 3.6

# Physical unit of each fuel carrier and the mass unit its calorific value is per.
FUEL_UNITS = {"natural_gas": "m**3", "coal": "t", "oil": "t", "lpg": "t"}

# Carrier burnt by each boiler kind.
BOILER_CARRIER = {"gas_boiler": "natural_gas", "coal_boiler": "coal", "oil_boiler": "oil", "electric": "electricity"}


def part_load_efficiency(load_ratio, efficiency_full: float, efficiency_30: float | None = None):
    """Boiler efficiency at part load, linear in load ratio between the
    30 % and 100 % test points of EN 15316-4-1:2017 Annex B (the two points
    of the EU ecodesign regulation 813/2013); constant below 30 %.

    Parameters
    ----------
    load_ratio : array_like
        Heat output / nominal output [-].
    efficiency_full : float
        Efficiency at full load [-] (NCV basis).
    efficiency_30 : float, optional
        Efficiency at 30 % load [-]; ``None`` = same as full load.

    Returns
    -------
    numpy.ndarray
        Efficiency [-].
    """
    _check_efficiency(efficiency_full, "efficiency_full")
    if efficiency_30 is None:
        efficiency_30 = efficiency_full
    # A condensing boiler may exceed 1 on NCV; 1.1 is the theoretical ceiling
    # for natural gas (HHV/NCV = 1.109).
    if not 0 < efficiency_30 <= 1.1:
        raise ValueError(f"efficiency_30: {efficiency_30} must be > 0 and ≤ 1.1")
    lr = np.clip(np.asarray(load_ratio, float), 0.3, 1.0)
    return efficiency_30 + (efficiency_full - efficiency_30) * (lr - 0.3) / 0.7


def _check_efficiency(value: float, name: str):
    if not np.isfinite(value) or not 0 < value <= 1.1:
        raise ValueError(f"{name}: {value} must be > 0 and ≤ 1.1")


def boiler_fuel(heat, efficiency):
    """Fuel (final energy, NCV) burnt to deliver heat: E = Q / η
    (GB/T 51366-2019 eq. 4.2.1-style balance; η the seasonal efficiency).

    Parameters
    ----------
    heat : Quantity
        Heat delivered [kWh], scalar or array, ≥ 0.
    efficiency : float or array_like
        Seasonal (or hourly part-load) efficiency [-].

    Returns
    -------
    Quantity
        Fuel energy [kWh].
    """
    q = np.asarray(magnitude(heat, "kWh", "heat"), float)
    eta = np.asarray(efficiency, float)
    if np.any(~np.isfinite(q)) or np.any(q < 0):
        raise ValueError("heat: must be finite and ≥ 0 kWh")
    if np.any(~np.isfinite(eta)) or np.any(eta <= 0) or np.any(eta > 1.1):
        raise ValueError(f"efficiency: {eta.min() if eta.size else eta} must be > 0 and ≤ 1.1")
    return Q_(q / eta, "kWh")


def fuel_quantity(energy, carrier: str, ncv=None):
    """Physical amount of a fuel from its energy at NCV: m³ of natural gas,
    t of coal, oil or LPG (calorific values as above, GB/T 2589-2020).

    Parameters
    ----------
    energy : Quantity
        Fuel energy [kWh].
    carrier : str
        ``natural_gas``, ``coal``, ``oil`` or ``lpg``.
    ncv : Quantity, optional
        Net calorific value [MJ/m³] for gas or [MJ/kg] for the others;
        default the GB/T 2589-2020 value above.

    Returns
    -------
    Quantity
        [m³] or [t].
    """
    if carrier not in FUEL_UNITS:
        raise ValueError(f"carrier: {carrier!r} has no physical unit; allowed: " + ", ".join(FUEL_UNITS))
    e = magnitude(energy, "kWh", "energy")
    unit = FUEL_UNITS[carrier]
    ncv_unit = "MJ/m**3" if unit == "m**3" else "MJ/t"
    ncv = magnitude(tables.calorific_value(carrier) if ncv is None else ncv, ncv_unit, "ncv")
    if not ncv > 0:
        raise ValueError(f"ncv: {ncv} must be > 0")
    return Q_(np.asarray(e, float) * MJ_PER_KWH / ncv, unit)
