"""Hourly operation profiles of each building schedule, and the heating season.

Daily profiles (24 values, position i = the interval starting at i:00 local
time) for working days and weekends follow the shape of GB 50189-2015
Appendix B (Tables B.0.4-x: occupancy, lighting and equipment use rates of
public buildings) and, for dwellings, JGJ 26-2018 / JGJ 134-2010, whose
energy calculations take the internal gain as a constant 3.8 W/m² and heating
as continuous. The hourly values are recalled from those tables (not checked
against the printed standard); they are data here, named and in one place,
so a check or a local variant changes only this table.

Public holidays are not modelled: every Monday-Friday is a working day.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

import threading

from .model import SCHEDULES, parse_month_day

_OFF = (0.0,) * 24
_ON = (1.0,) * 24

# schedule -> (working day, weekend), 24 fractions each [-]
OCCUPANCY = {
    "continuous": (_ON, _ON),
    "residential": (
        (1, 1, 1, 1, 1, 1, 1, .7, .4, .3, .3, .4, .5, .4, .3, .3, .4, .6, .8, .9, .9, 1, 1, 1),
        (1, 1, 1, 1, 1, 1, 1, .9, .8, .7, .6, .6, .7, .6, .6, .6, .7, .8, .9, 1, 1, 1, 1, 1),
    ),
    "office": (
        (0, 0, 0, 0, 0, 0, .1, .5, .95, .95, .95, .95, .5, .95, .95, .95, .95, .3, .1, .1, .1, .1, 0, 0),
        _OFF,
    ),
    "school": (
        (0, 0, 0, 0, 0, 0, .1, .5, .95, .95, .95, .95, .2, .95, .95, .95, .95, .3, 0, 0, 0, 0, 0, 0),
        _OFF,
    ),
    "hospital": (
        (.5, .5, .5, .5, .5, .5, .6, .7, .95, .95, .95, .95, .8, .95, .95, .95, .95, .7, .6, .6, .6, .5, .5, .5),
        (.5, .5, .5, .5, .5, .5, .6, .6, .7, .7, .7, .7, .6, .7, .7, .7, .7, .6, .6, .6, .6, .5, .5, .5),
    ),
    "hotel": (
        (.7, .7, .7, .7, .7, .7, .7, .7, .5, .5, .5, .3, .3, .3, .3, .3, .3, .5, .5, .5, .7, .7, .7, .7),
        (.7, .7, .7, .7, .7, .7, .7, .7, .5, .5, .5, .3, .3, .3, .3, .3, .3, .5, .5, .5, .7, .7, .7, .7),
    ),
    "retail": (
        (0, 0, 0, 0, 0, 0, 0, 0, .2, .5, .6, .6, .6, .6, .6, .6, .6, .6, .7, .7, .5, .2, 0, 0),
        (0, 0, 0, 0, 0, 0, 0, 0, .3, .6, .8, .8, .8, .8, .8, .8, .8, .8, .8, .8, .5, .2, 0, 0),
    ),
}

# Use rate of installed lighting [-] (GB 50189-2015 Table B.0.4 pattern)
LIGHTING = {
    "continuous": (_ON, _ON),
    "residential": (
        (0, 0, 0, 0, 0, 0, .3, .3, 0, 0, 0, 0, 0, 0, 0, 0, 0, .3, .6, .8, .8, .6, .3, 0),
        (0, 0, 0, 0, 0, 0, .3, .3, .1, 0, 0, 0, 0, 0, 0, 0, 0, .3, .6, .8, .8, .6, .3, 0),
    ),
    "office": (
        (0, 0, 0, 0, 0, 0, .1, .5, .95, .95, .95, .95, .5, .95, .95, .95, .95, .3, .1, .1, .1, .1, 0, 0),
        _OFF,
    ),
    "school": (
        (0, 0, 0, 0, 0, 0, .1, .5, .95, .95, .95, .95, .3, .95, .95, .95, .95, .3, 0, 0, 0, 0, 0, 0),
        _OFF,
    ),
    "hospital": (
        (.1, .1, .1, .1, .1, .1, .3, .5, .95, .95, .95, .95, .5, .95, .95, .95, .95, .5, .3, .3, .3, .3, .1, .1),
        (.1, .1, .1, .1, .1, .1, .3, .3, .5, .5, .5, .5, .3, .5, .5, .5, .5, .3, .3, .3, .3, .3, .1, .1),
    ),
    "hotel": (
        (.3, .3, .3, .3, .3, .3, .3, .3, .3, .3, .3, .3, .3, .3, .3, .3, .3, .6, .9, .9, .9, .9, .6, .3),
        (.3, .3, .3, .3, .3, .3, .3, .3, .3, .3, .3, .3, .3, .3, .3, .3, .3, .6, .9, .9, .9, .9, .6, .3),
    ),
    "retail": (
        (.1, .1, .1, .1, .1, .1, .1, .3, .5, .85, .95, .95, .95, .95, .95, .95, .95, .95, .95, .95, .95, .5, .1, .1),
        (.1, .1, .1, .1, .1, .1, .1, .3, .5, .85, .95, .95, .95, .95, .95, .95, .95, .95, .95, .95, .95, .5, .1, .1),
    ),
}

# Hours at which the heating runs at the occupied setpoint (others: setback);
# public buildings preheat one hour before arrival (GB 50189-2015 Table B.0.2
# pattern of room temperature setpoints).
HEATING_HOURS = {
    "continuous": (_ON, _ON),
    "residential": (_ON, _ON),
    "office": (tuple(1.0 if 7 <= h < 19 else 0.0 for h in range(24)), _OFF),
    "school": (tuple(1.0 if 7 <= h < 18 else 0.0 for h in range(24)), _OFF),
    "hospital": (_ON, _ON),
    "hotel": (_ON, _ON),
    "retail": (tuple(1.0 if 8 <= h < 22 else 0.0 for h in range(24)),
               tuple(1.0 if 8 <= h < 22 else 0.0 for h in range(24))),
}

# Night hours of dwellings with room control and night set-back: interval
# starts 23:00-05:00 (an occupant-behaviour assumption, 7 h of sleep).
NIGHT_START_HOUR = 23
NIGHT_END_HOUR = 6

# Share of the occupied internal gain that remains when nobody is in a public
# building (standby equipment, emergency lighting); an engineering assumption.
STANDBY_GAIN_FRACTION = 0.1
WORKING_DAYS = 5  # Monday to Friday; pandas dayofweek 0-4


class IdentityMemo:
    """Bounded memo of values derived from an immutable object (a weather,
    its DatetimeIndex), keyed by the object's identity and a name.

    Every building simulation of an assessment derives the same arrays from
    the same weather, and pandas recomputes calendar fields on each access;
    deriving them once saves most of the set-up time. Each entry holds a
    reference to its object, so the id cannot be reused by another object
    while the entry lives. The objects must not change (weather data is
    read-only by contract); arrays are returned read-only. At most
    ``size`` objects are kept, the oldest dropped first, and at most
    ``per_object`` values per object (None: no limit); a lock keeps the
    memo consistent when the GUI's worker thread and the main thread both
    assess.
    """

    def __init__(self, size: int, per_object: int | None = None):
        self._size = size
        self._per_object = per_object
        self._entries: dict = {}
        self._lock = threading.Lock()

    def get(self, obj, name, compute):
        with self._lock:
            entry = self._entries.get(id(obj))
            if entry is not None and entry[0] is obj and name in entry[1]:
                return entry[1][name]
        value = compute()
        for v in (value if isinstance(value, tuple) else (value,)):
            if isinstance(v, np.ndarray):
                v.setflags(write=False)
        with self._lock:
            entry = self._entries.get(id(obj))
            if entry is None or entry[0] is not obj:
                while len(self._entries) >= self._size:
                    self._entries.pop(next(iter(self._entries)))
                entry = (obj, {})
                self._entries[id(obj)] = entry
            values = entry[1]
            if self._per_object is not None and name not in values:
                while len(values) >= self._per_object:
                    values.pop(next(iter(values)))
            return values.setdefault(name, value)


# calendar fields of weather indexes (a few weathers are in use at a time)
_CALENDAR = IdentityMemo(8)


def calendar_field(index, field: str) -> np.ndarray:
    """``np.asarray(index.<field>)`` (hour, day_of_week, month, day,
    day_of_year), computed once per index; read-only."""
    return _CALENDAR.get(index, field, lambda: np.asarray(getattr(index, field)))


def _check(schedule: str, index) -> pd.DatetimeIndex:
    if schedule not in SCHEDULES:
        raise ValueError(f"schedule: {schedule!r} is not known; allowed: " + ", ".join(SCHEDULES))
    if not isinstance(index, pd.DatetimeIndex):
        raise TypeError(f"index: expected a pandas DatetimeIndex of interval starts, got {type(index).__name__}")
    return index


def _hourly(table: dict, schedule: str, index) -> np.ndarray:
    index = _check(schedule, index)
    workday, weekend = (np.asarray(x, dtype=float) for x in table[schedule])
    hours = calendar_field(index, "hour")
    is_workday = calendar_field(index, "day_of_week") < WORKING_DAYS
    return np.where(is_workday, workday[hours], weekend[hours])


def occupancy(schedule: str, index) -> np.ndarray:
    """Hourly occupancy rate.

    Parameters
    ----------
    schedule : str
        One of ``calc.model.SCHEDULES``.
    index : pandas.DatetimeIndex
        Interval starts in local time.

    Returns
    -------
    numpy.ndarray
        Fraction of the design occupancy present [-], 0-1 (GB 50189-2015
        Appendix B pattern; dwellings after JGJ 134-2010).
    """
    return _hourly(OCCUPANCY, schedule, index)


def lighting_use(schedule: str, index) -> np.ndarray:
    """Hourly use rate of the installed lighting power [-], 0-1
    (GB 50189-2015 Appendix B pattern).

    Parameters
    ----------
    schedule : str
        One of ``calc.model.SCHEDULES``.
    index : pandas.DatetimeIndex
        Interval starts in local time.

    Returns
    -------
    numpy.ndarray
        Use rate [-].
    """
    return _hourly(LIGHTING, schedule, index)


def heating_available(schedule: str, index) -> np.ndarray:
    """Hours heated to the occupied setpoint (the rest run at the setback).

    Parameters
    ----------
    schedule : str
        One of ``calc.model.SCHEDULES``.
    index : pandas.DatetimeIndex
        Interval starts in local time.

    Returns
    -------
    numpy.ndarray of bool
        True where the occupied heating setpoint applies (GB 50189-2015
        Table B.0.2 pattern; continuous for dwellings, JGJ 26-2018).
    """
    return _hourly(HEATING_HOURS, schedule, index) > 0.5


def night_hours(index) -> np.ndarray:
    """Night hours, when dwellings with room control set the heating back.

    Parameters
    ----------
    index : pandas.DatetimeIndex
        Interval starts in local time.

    Returns
    -------
    numpy.ndarray of bool
        True for intervals starting 23:00-05:00 (assumption, see
        ``NIGHT_START_HOUR`` / ``NIGHT_END_HOUR``).
    """
    if not isinstance(index, pd.DatetimeIndex):
        raise TypeError(f"index: expected a pandas DatetimeIndex, got {type(index).__name__}")
    hours = calendar_field(index, "hour")
    return (hours >= NIGHT_START_HOUR) | (hours < NIGHT_END_HOUR)


def internal_gain_factor(schedule: str, index) -> np.ndarray:
    """Multiplier of the building's mean occupied internal gain.

    Occupied hours follow the occupancy profile scaled so that its mean over
    the occupied hours of the year is 1 (the model's ``internal_gains`` is
    the mean while occupied); unoccupied hours of public buildings keep a
    standby share. ``continuous`` and ``residential`` average 1 over the day
    (JGJ 26-2018 takes 3.8 W/m² as a constant mean).

    Parameters
    ----------
    schedule : str
        One of ``calc.model.SCHEDULES``.
    index : pandas.DatetimeIndex
        Interval starts in local time.

    Returns
    -------
    numpy.ndarray
        Factor [-], ≥ 0.
    """
    occ = occupancy(schedule, index)
    occupied = occ > 0.0
    if not occupied.any():
        return np.zeros(len(occ))
    factor = occ / occ[occupied].mean()
    return np.where(occupied, factor, STANDBY_GAIN_FRACTION)


def heating_season_mask(operation, index) -> np.ndarray:
    """Hours inside the heating season.

    Parameters
    ----------
    operation : Operation
        Gives ``heating_season_start`` / ``heating_season_end`` (MM-DD, both
        days included; a season may run over the new year).
    index : pandas.DatetimeIndex
        Interval starts in local time.

    Returns
    -------
    numpy.ndarray of bool
        True for hours on a day of the heating season (the statutory season,
        e.g. 15 Nov - 15 Mar in Beijing).
    """
    if not isinstance(index, pd.DatetimeIndex):
        raise TypeError(f"index: expected a pandas DatetimeIndex, got {type(index).__name__}")
    start = parse_month_day(operation.heating_season_start)
    end = parse_month_day(operation.heating_season_end)
    if start is None or end is None:
        raise ValueError(f"heating season: {operation.heating_season_start!r} - {operation.heating_season_end!r} "
                         "must be dates MM-DD")
    md = calendar_field(index, "month") * 100 + calendar_field(index, "day")
    s, e = start[0] * 100 + start[1], end[0] * 100 + end[1]
    if s <= e:
        return (md >= s) & (md <= e)
    return (md >= s) | (md <= e)
