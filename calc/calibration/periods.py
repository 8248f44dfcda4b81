"""Reading periods on the weather year, and the actual weather of a period.

The engine simulates one 365-day weather year (docs/architecture.md). A
reading's calendar dates are placed on it by month and day; 29 February
counts as a second 28 February, so a period's length in days is kept. The
result is a matrix of day counts (readings × 365) that turns daily model
figures into per-reading totals with one product.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from pathlib import Path

import numpy as np
import pandas as pd

from ..climate import Weather
from ..number_text import thousands_message
from .meter import blank

DAYS = 365
HOURS_PER_DAY = 24
_NON_LEAP = 2025  # any non-leap year: day of year of a month and day


def day_of_year(d: _dt.date) -> int:
    """Index 0..364 of a calendar date on the weather year (29 Feb → 28 Feb)."""
    day = 28 if (d.month, d.day) == (2, 29) else d.day
    return _dt.date(_NON_LEAP, d.month, day).timetuple().tm_yday - 1


def day_counts(readings) -> np.ndarray:
    """(readings × 365) matrix: how often each weather-year day lies in each
    reading's period (a period over a year boundary wraps; its length in days
    is the row's sum)."""
    w = np.zeros((len(readings), DAYS))
    for i, r in enumerate(readings):
        for k in range(r.days):
            w[i, day_of_year(r.start + _dt.timedelta(days=k))] += 1.0
    return w


def daily_totals(hourly) -> np.ndarray:
    """365 daily sums of 8760 hourly values (same unit as the input)."""
    return np.asarray(hourly, float).reshape(DAYS, HOURS_PER_DAY).sum(axis=1)


class TemperatureFileError(ValueError):
    """A daily-temperature file that cannot be read; ``problems`` lists the faults."""

    def __init__(self, path, problems):
        self.path = str(path)
        self.problems = list(problems)
        super().__init__(f"{path}: " + "; ".join(self.problems))


def read_daily_temperatures(path) -> pd.Series:
    """Daily mean outdoor temperatures [°C] from a CSV with the columns
    ``date`` (ISO) and ``temp_mean_c``; a Series indexed by date, sorted."""
    path = Path(path)
    try:
        df = pd.read_csv(path, dtype=str, skipinitialspace=True, encoding="utf-8-sig", skip_blank_lines=False)
    except (OSError, ValueError) as e:
        raise TemperatureFileError(path, [f"cannot read: {e}"]) from None
    df = df.rename(columns=lambda c: str(c).strip().lower())
    if "date" not in df.columns or "temp_mean_c" not in df.columns:
        raise TemperatureFileError(path, ["a daily-temperature file has the columns date, temp_mean_c"])
    problems, dates, temps = [], [], []
    # rows numbered as a spreadsheet shows them (the header is row 1); blank lines are kept to keep the count
    for i, (d, t) in enumerate(zip(df["date"], df["temp_mean_c"]), start=2):
        if blank(d) and blank(t):
            continue
        try:
            day = _dt.date.fromisoformat(str(d).strip()[:10])
        except ValueError:
            problems.append(f"row {i}: date {d!r} is not an ISO date (YYYY-MM-DD)")
            continue
        try:
            value = float(str(t).strip())
        except ValueError:
            if hint := thousands_message(str(t)):
                problems.append(f"row {i}: temp_mean_c {hint}")
                continue
            value = float("nan")
        if not np.isfinite(value) or not -60.0 <= value <= 50.0:
            problems.append(f"row {i}: temp_mean_c {t!r} is not a daily mean temperature in −60…50 °C")
            continue
        dates.append(day)
        temps.append(value)
    s = pd.Series(temps, index=pd.Index(dates, name="date"), name="temp_mean_c")
    dup = s.index[s.index.duplicated()]
    if len(dup):
        problems.append(f"date {dup[0]} appears more than once")
    if problems:
        raise TemperatureFileError(path, problems)
    if s.empty:
        raise TemperatureFileError(path, ["no temperatures"])
    return s.sort_index()


def unmeasured_days(readings, daily: pd.Series) -> tuple[int, int]:
    """(metered days without a measured daily mean, metered days): the
    daily means are placed on the weather year by month and day, so a file
    of another year would stand in for the metered one unnoticed."""
    measured = {d.date() if hasattr(d, "date") else d for d in daily.index}
    metered = {r.start + _dt.timedelta(days=i) for r in readings for i in range(r.days)}
    return len(metered - measured), len(metered)


def with_daily_means(weather: Weather, daily: pd.Series, source: str = "") -> Weather:
    """The weather year with each day's hourly air temperatures shifted so
    that its mean is the measured daily mean (the typical year's daily
    profile, solar radiation and humidity are kept); days not measured keep
    the typical values. At most one measurement per month and day; 29
    February is left out (the weather year has none, and a reading over it
    counts 28 February twice).

    Parameters
    ----------
    weather : Weather
        The typical year.
    daily : pandas.Series
        Measured daily mean temperatures [°C] indexed by date.
    """
    daily = daily[[(d.month, d.day) != (2, 29) for d in daily.index]]
    seen: dict = {}
    for d in daily.index:
        k = day_of_year(d)
        if k in seen:
            raise ValueError(f"daily temperatures: {seen[k]} and {d} fall on the same day of the weather year; "
                             "give at most one year of temperatures for a calibration")
        seen[k] = d
    t = weather.data["temp_air"].to_numpy(float).reshape(DAYS, HOURS_PER_DAY).copy()
    for d, value in daily.items():
        k = day_of_year(d)
        t[k] += float(value) - t[k].mean()
    data = weather.data.copy()
    shift = t.reshape(-1) - data["temp_air"].to_numpy(float)
    data["temp_air"] = t.reshape(-1)
    # the sky follows the air: keep the typical year's air-sky difference
    data["sky_temperature"] = data["sky_temperature"].to_numpy(float) + shift
    label = source or f"measured daily means {daily.index[0]} to {daily.index[-1]}"
    return dataclasses.replace(weather, data=data, source=f"{weather.source}; air temperature from {label}")
