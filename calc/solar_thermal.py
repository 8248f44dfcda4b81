"""Solar water heating: collector yield from the plane-of-array irradiance.

Irradiance on the collector plane: calc.solar.surface_irradiance (pvlib,
Perez 1990 transposition). Collector: the quasi-steady efficiency curve of
EN ISO 9806:2017 (η = η0 − a1 ΔT/G − a2 ΔT²/G, ΔT = mean fluid temperature −
air temperature), with a flat-plate collector of η0 0.75, a1 3.5 W/(m²K),
a2 0.015 W/(m²K²) (a typical certified glazed flat plate; engineering
values) at a mean fluid temperature of 50 °C for hot water. A day's store
carries the yield to the day's draw: the useful heat of a day is the
smaller of the day's collected heat after store and pipe losses and the
day's hot-water need (drawn evenly, calc.supply). Pump electricity is not
counted.
"""

from __future__ import annotations

import numpy as np

from .units import Q_

ETA0 = 0.75          # optical efficiency [-]
A1 = 3.5             # first-order heat loss coefficient [W/(m²K)]
A2 = 0.015           # second-order heat loss coefficient [W/(m²K²)]
MEAN_FLUID_TEMP = 50.0   # [°C]
SYSTEM_LOSS = 0.15   # store and circuit losses, share of the collected heat (engineering value)
HOURS_PER_DAY = 24


def collector_heat(poa: np.ndarray, t_air: np.ndarray, *, eta0=ETA0, a1=A1, a2=A2,
                   t_mean=MEAN_FLUID_TEMP) -> np.ndarray:
    """Collected heat per m² of aperture each hour [W/m²]:
    max(η0 G − a1 ΔT − a2 ΔT², 0) with ΔT = t_mean − θ_air (EN ISO 9806
    quasi-steady model; the collector runs only when it gains).

    Parameters
    ----------
    poa : numpy.ndarray
        Irradiance on the collector plane G [W/m²].
    t_air : numpy.ndarray
        Outdoor air temperature [°C].
    """
    dt = t_mean - np.asarray(t_air, dtype=float)
    g = np.asarray(poa, dtype=float)
    return np.maximum(eta0 * g - a1 * dt - a2 * dt * dt, 0.0)


def solar_fraction(collected_kwh: np.ndarray, demand_kwh_per_year: float) -> float:
    """Share of the annual hot-water need met by the sun [-].

    Parameters
    ----------
    collected_kwh : numpy.ndarray
        Collected heat of each hour [kWh] (8760 values), before losses.
    demand_kwh_per_year : float
        Annual hot-water heat need [kWh], drawn evenly over the days.
    """
    if demand_kwh_per_year <= 0:
        return 0.0
    days = np.asarray(collected_kwh, dtype=float).reshape(-1, HOURS_PER_DAY).sum(axis=1) * (1.0 - SYSTEM_LOSS)
    daily_need = demand_kwh_per_year / len(days)
    # ≤ 1 by construction; the min() keeps a rounding excess from making the
    # remaining need negative
    return min(float(np.minimum(days, daily_need).sum() / demand_kwh_per_year), 1.0)


def building_solar_fraction(building, weather, collector_area: float, tilt: float, azimuth: float) -> float:
    """Solar fraction of a building's hot water with ``collector_area``
    [m²] of collectors at ``tilt`` / ``azimuth`` [deg, pvlib convention]."""
    from . import solar
    from .geometry import floor_area

    poa = solar.surface_irradiance(weather, Q_(tilt, "deg"), Q_(azimuth, "deg")).to("W/m**2").m
    t_air = weather.data["temp_air"].to_numpy(dtype=float)
    collected = collector_heat(poa, t_air) * collector_area / 1000.0  # kWh per hour
    need = building.equipment.dhw_demand.to("kWh/(m**2*a)").m * floor_area(building).to("m**2").m
    return solar_fraction(collected, need)
