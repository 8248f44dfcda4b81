"""Hourly operation profiles of each building schedule, and the heating season.

Daily profiles (24 values, position i = the interval starting at i:00 local
time) for working days and weekends follow the shape of GB 50189-2015
Appendix B (Tables B.0.4-x: occupancy, lighting and equipment use rates of
public buildings) and, for dwellings, JGJ 26-2018 / JGJ 134-2010, whose
energy calculations take the internal gain as a constant 3.8 W/m² and heating
as continuous. The hourly values are recalled from those tables (not checked
against the printed standard); they are data here, named and in one place,
so a check or a local variant changes only this table.

Each preset is also a :class:`calc.model.Schedule` (:func:`preset`): weekday,
Saturday and Sunday hourly values of occupancy, internal gains, lighting,
appliances, mechanical ventilation, heating at the occupied setpoint and
cooling. A building may give its own schedule in that form
(``operation.custom_schedule``); :func:`operation_profiles` turns either into
hourly arrays on the building's calendar (weekday of 1 January, holidays run
as Sundays).
"""

from __future__ import annotations

import datetime as _dt
import threading
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from .model import SCHEDULES, WEEKDAYS, DayProfiles, Schedule, format_profile, holiday_days, parse_month_day

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

OCCUPANCY["residential_whole_house"] = OCCUPANCY["residential"]

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

LIGHTING["residential_whole_house"] = LIGHTING["residential"]

# Use rate of the installed plug-load power of dwellings [-]: not the
# occupancy (asleep, nobody runs the television): refrigerator and standby
# all day (0.15), breakfast 06-08, evening 18-22 peak, weekend days at home.
# A judgement of the shape, scaled so that lighting plus appliances of the
# 75 m² archetype dwelling, about 1,100 kWh a year, stays below the mean
# 1,690 kWh of electricity of 4,964 urban households in 2015 (Hu, Yan et
# al., Energy and Buildings 148 (2017) 366-378), which also holds their air
# conditioning and electric water heating. Other uses run their appliances
# with the occupancy.
_HOME_BASE = 0.15
APPLIANCES = {
    "residential": (
        (_HOME_BASE,) * 6 + (.4, .4) + (_HOME_BASE,) * 9 + (.3, .6, .6, .6, .6, .4, .2),
        (_HOME_BASE,) * 6 + (.4, .4) + (.3,) * 9 + (.3, .6, .6, .6, .6, .4, .2),
    ),
}
APPLIANCES["residential_whole_house"] = APPLIANCES["residential"]

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

HEATING_HOURS["residential_whole_house"] = HEATING_HOURS["residential"]

# Hours at which cooling may run where it differs from "whenever occupied".
# Chinese dwellings cool part-time and part-space: split units in a few rooms
# switched on in the evening and for the first hours of the night, on
# weekends also around noon. Hu, Yan et al., Energy and Buildings 214 (2020)
# 109885 (national survey, Tsinghua BERC: the "part time part space" mode);
# Zhu et al., Energy 265 (2023) (CRECS 2021, 1,140 metered units in 40
# southern cities: use peaks 11:00-15:00 and 21:00-01:00); Du et al., HVAC
# 2022 (19 homes on the Yangtze: cooling at night, mostly after 20:00). The
# hours below are a reading of those patterns (interval starts 19:00-00:00
# every day, and 11:00-14:00 on Saturdays and Sundays), not a published
# table. "residential_whole_house" keeps the whole flat cooled at all hours.
_DWELLING_COOLING_EVENING = tuple(1.0 if (h >= 19 or h < 1) else 0.0 for h in range(24))
_DWELLING_COOLING_WEEKEND = tuple(1.0 if (h >= 19 or h < 1 or 11 <= h < 15) else 0.0 for h in range(24))
COOLING_HOURS = {
    "residential": (_DWELLING_COOLING_EVENING, _DWELLING_COOLING_WEEKEND),
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
    ``size`` objects are kept, the least recently used dropped first, and at most
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
                self._entries[id(obj)] = self._entries.pop(id(obj))  # most recently used last
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


class PartsMemo:
    """Bounded memo of values derived from several immutable model parts
    (constructions, the geometry), keyed by the parts' identities.

    A measure rebuilds the building but keeps every part it does not touch
    (dataclasses.replace), so the states of an assessment share most parts;
    the mass and ground coefficients, which cost several ms of unit
    conversions, are then derived once per distinct set of parts. Each
    entry holds its parts, so their ids cannot be reused while it lives.
    """

    def __init__(self, size: int):
        self._size = size
        self._entries: dict = {}
        self._lock = threading.Lock()

    def get(self, parts: tuple, compute):
        key = tuple(id(p) for p in parts)
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and all(a is b for a, b in zip(entry[0], parts)):
                self._entries[key] = self._entries.pop(key)  # most recently used last
                return entry[1]
        value = compute()
        with self._lock:
            while len(self._entries) >= self._size:
                self._entries.pop(next(iter(self._entries)))
            self._entries[key] = (parts, value)
        return value


# Weathers whose derived values the memos keep: a stock file that mixes
# cities row by row evicted the films and design loads of two weathers at
# every row (a warm stock task ~10 % slower); ten cities fit.
WEATHERS_KEPT = 12

# calendar fields of weather indexes
_CALENDAR = IdentityMemo(WEATHERS_KEPT, per_object=64)  # day types vary with holidays per building


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


def cooling_available(schedule: str, index) -> np.ndarray:
    """Hours in which the cooling may run at the cooling setpoint.

    Parameters
    ----------
    schedule : str
        One of ``calc.model.SCHEDULES``.
    index : pandas.DatetimeIndex
        Interval starts in local time.

    Returns
    -------
    numpy.ndarray of bool
        ``COOLING_HOURS`` where the schedule has them (dwellings: evening
        and night, weekend noons; Hu et al. 2020, Zhu et al. 2023), else
        every occupied hour.
    """
    if schedule in COOLING_HOURS:
        return _hourly(COOLING_HOURS, schedule, index) > 0.5
    return occupancy(schedule, index) > 0.0


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


# ---------------------------------------------------------------- schedules as data

#: Year whose calendar the presets' internal-gain normalisation uses: the
#: program's reference year (1 January 2023 is a Sunday; calc.climate).
PRESET_CALENDAR_YEAR = 2023
SATURDAY, SUNDAY = 5, 6
DAY_TYPES = ("weekday", "saturday", "sunday")


def _days(workday, weekend) -> DayProfiles:
    return DayProfiles(weekday=format_profile(workday), saturday=format_profile(weekend),
                       sunday=format_profile(weekend))


def _occupied_mean(occ_workday, occ_weekend) -> float:
    """Mean occupancy over the occupied hours of the preset calendar year."""
    days = pd.date_range(f"{PRESET_CALENDAR_YEAR}-01-01", f"{PRESET_CALENDAR_YEAR}-12-31", freq="D")
    n_work = int(np.sum(days.day_of_week < WORKING_DAYS))
    n_weekend = len(days) - n_work
    w, e = np.asarray(occ_workday, float), np.asarray(occ_weekend, float)
    total = n_work * w.sum() + n_weekend * e.sum()
    hours = n_work * np.count_nonzero(w) + n_weekend * np.count_nonzero(e)
    return float(total / hours) if hours else 0.0


def _build_preset(name: str) -> Schedule:
    occ_w, occ_e = (np.asarray(x, float) for x in OCCUPANCY[name])
    # unoccupied hours keep STANDBY_GAIN_FRACTION of the mean occupied gain
    standby = STANDBY_GAIN_FRACTION * _occupied_mean(occ_w, occ_e)
    gains = tuple(np.where(x > 0, x, standby) for x in (occ_w, occ_e))
    on = tuple((x > 0).astype(float) for x in (occ_w, occ_e))
    cooling = COOLING_HOURS.get(name, on)
    appliances = APPLIANCES.get(name, (occ_w, occ_e))
    return Schedule(
        name=name, occupancy=_days(occ_w, occ_e), internal_gains=_days(*gains),
        lighting=_days(*LIGHTING[name]), appliances=_days(*appliances), ventilation=_days(*on),
        heating=_days(*HEATING_HOURS[name]), cooling=_days(*cooling))


#: The named presets as data (GB 50189-2015 Appendix B / JGJ 26-2018 /
#: JGJ 134-2010 patterns above): name -> Schedule.
PRESETS = {name: _build_preset(name) for name in SCHEDULES}


def preset(name: str) -> Schedule:
    """The preset schedule ``name`` (one of ``calc.model.SCHEDULES``) as a
    :class:`calc.model.Schedule`, e.g. to start a custom schedule from."""
    if name not in PRESETS:
        raise ValueError(f"schedule: {name!r} is not known; allowed: " + ", ".join(SCHEDULES))
    return PRESETS[name]


def schedule_of(operation) -> Schedule:
    """The building's schedule: its own, else the named preset."""
    return operation.custom_schedule if operation.custom_schedule is not None else preset(operation.schedule)


def first_weekday(operation, data_year: int | None, index) -> int:
    """Weekday of the first day of ``index`` (0 = Monday ... 6 = Sunday).

    ``reference_year``: the index's own calendar (1 January 2023, a
    Sunday); ``weather_year``: 1 January of the weather file's year
    (``Weather.data_year``; the reference year when unknown); a weekday
    name: that day.
    """
    choice = operation.first_weekday
    if choice in WEEKDAYS:
        return WEEKDAYS.index(choice)
    if choice == "weather_year" and data_year is not None:
        return _dt.date(int(data_year), 1, 1).weekday()
    return int(calendar_field(index, "day_of_week")[0])


def day_types(operation, index, data_year: int | None = None) -> np.ndarray:
    """Hourly day type: 0 working day (Monday-Friday), 1 Saturday, 2 Sunday
    or public holiday (``operation.holidays``).

    Parameters
    ----------
    operation : Operation
    index : pandas.DatetimeIndex
        Interval starts in local time, one year from 1 January.
    data_year : int or None
        Calendar year of the weather file (for ``first_weekday =
        "weather_year"``).
    """
    if not isinstance(index, pd.DatetimeIndex):
        raise TypeError(f"index: expected a pandas DatetimeIndex of interval starts, got {type(index).__name__}")
    holidays = tuple(sorted(d.strip() for d in operation.holidays.split(",") if d.strip()))
    return _CALENDAR.get(index, ("day_types", first_weekday(operation, data_year, index), holidays),
                         lambda: _day_types(index, first_weekday(operation, data_year, index), holidays))


def _day_types(index, first: int, holidays) -> np.ndarray:
    day = calendar_field(index, "day_of_year") - 1
    dow = (first + day) % 7
    kind = np.where(dow < WORKING_DAYS, 0, np.where(dow == SATURDAY, 1, 2))
    if holidays:
        md = calendar_field(index, "month") * 100 + calendar_field(index, "day")
        days = [m * 100 + d for h in holidays for m, d in holiday_days(h)]
        kind = np.where(np.isin(md, days), 2, kind)
    return kind


@lru_cache(maxsize=512)
def _table(profiles: DayProfiles) -> np.ndarray:
    table = np.asarray(profiles.days(), dtype=float)  # (3 day types, 24 hours)
    table.setflags(write=False)
    return table


def hourly(profiles: DayProfiles, kinds: np.ndarray, hours: np.ndarray) -> np.ndarray:
    """Hourly values of ``profiles`` for day types ``kinds`` (see
    :func:`day_types`) and local hours ``hours`` (0-23) [unit of the
    profile]."""
    return _table(profiles)[kinds, hours]


@dataclass(frozen=True)
class OperationProfiles:
    """Hourly operation of one building (8760 values each, read-only).

    occupancy, lighting, appliances, ventilation: fractions [-];
    internal_gains: multiplier of the building's mean occupied internal
    gain [-] (its mean over occupied hours is 1); heating: True where the
    occupied heating setpoint applies (else the setback); cooling: True
    where cooling is available.
    """

    occupancy: np.ndarray
    internal_gains: np.ndarray
    lighting: np.ndarray
    appliances: np.ndarray
    ventilation: np.ndarray
    heating: np.ndarray
    cooling: np.ndarray


_PROFILES = IdentityMemo(WEATHERS_KEPT, per_object=64)


def operation_profiles(operation, index, data_year: int | None = None) -> OperationProfiles:
    """Hourly profiles of a building's schedule on its calendar.

    Parameters
    ----------
    operation : Operation
        ``custom_schedule`` (else the preset ``schedule``),
        ``first_weekday``, ``holidays``.
    index : pandas.DatetimeIndex
        Interval starts in local time (one year).
    data_year : int or None
        The weather file's calendar year (``Weather.data_year``).

    Returns
    -------
    OperationProfiles
        Internal gains are scaled so that their mean over the occupied hours
        (occupancy > 0) is 1: ``operation.internal_gains`` stays the mean
        gain while occupied, whatever the profile's own scale.
    """
    sched = schedule_of(operation)
    kinds = day_types(operation, index, data_year)
    key = ("profiles", sched, operation.first_weekday, operation.holidays, data_year)
    return _PROFILES.get(index, key, lambda: _profiles(sched, kinds, calendar_field(index, "hour")))


def _profiles(sched: Schedule, kinds, hours) -> OperationProfiles:
    values = {name: hourly(getattr(sched, name), kinds, hours)
              for name in ("occupancy", "internal_gains", "lighting", "appliances", "ventilation")}
    occupied = values["occupancy"] > 0.0
    gains = values["internal_gains"]
    mean = float(gains[occupied].mean()) if occupied.any() else 0.0
    values["internal_gains"] = gains / mean if mean > 0 else np.zeros(len(gains))
    for name in ("heating", "cooling"):
        values[name] = hourly(getattr(sched, name), kinds, hours) > 0.5
    for v in values.values():
        v.setflags(write=False)
    return OperationProfiles(**values)
