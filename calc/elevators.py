"""Electricity of elevators (lifts) as an end use.

VDI 4707-1:2009 rates an elevator's energy by its usage category (mean
travel time per day, Table 2: category 1 very low 0.2 h, 2 low 0.5 h,
3 medium 1.5 h, 4 high 3 h, 5 very high 6 h; as recalled) and splits the
demand into travel and standby. China has no own rating of elevator energy
in force (GB/T 30559 covers the measurement); the VDI categories are used
here. Annual demand of one elevator:

    E = P_run · T + P_standby · (8760 h − T),   T = 365 d · t_travel

The travel hours are spread over the year in proportion to the building's
occupancy, so an office's elevators travel on working days; the heat the
machines give off is not counted as an internal gain (machine rooms and
shafts lie mostly outside the heated zone).
"""

from __future__ import annotations

import numpy as np

#: VDI 4707-1:2009 Table 2: mean travel time per day [h] of the usage categories
TRAVEL_HOURS_PER_DAY = {"very_low": 0.2, "low": 0.5, "medium": 1.5, "high": 3.0, "very_high": 6.0}
DAYS_PER_YEAR = 365
HOURS_PER_YEAR = 8760


def elevator_electricity(equipment, occupancy: np.ndarray) -> np.ndarray:
    """Hourly electricity of the building's elevators.

    Parameters
    ----------
    equipment : Equipment
        ``elevators`` (count), ``elevator_usage`` (VDI 4707-1 category),
        ``elevator_running_power`` [kW], ``elevator_standby_power`` [W].
    occupancy : numpy.ndarray
        Hourly occupancy [0-1] (calc.schedules), 8760 values.

    Returns
    -------
    numpy.ndarray
        [kWh] per hour (8760). An hour never holds more than one hour of
        travel; travel that would exceed it is not counted.
    """
    n = equipment.elevators
    if n == 0:
        return np.zeros(len(occupancy))
    travel = DAYS_PER_YEAR * TRAVEL_HOURS_PER_DAY[equipment.elevator_usage]  # h/a
    occ = np.asarray(occupancy, dtype=float)
    weight = occ if occ.sum() > 0 else np.ones(len(occ))
    share = np.minimum(travel * weight / weight.sum(), 1.0)  # travelling share of each hour
    p_run = equipment.elevator_running_power.to("kW").m
    p_sb = equipment.elevator_standby_power.to("kW").m
    return n * (p_run * share + p_sb * (1.0 - share))
