"""Reading periods on the weather year; measured daily means."""

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from calc.calibration.meter import Reading
from calc.calibration.periods import day_counts, day_of_year, read_daily_temperatures, with_daily_means
from calc.climate import weather_for_site
from calc.units import Q_


def test_day_of_year_by_hand():
    assert day_of_year(dt.date(2023, 1, 1)) == 0
    assert day_of_year(dt.date(2024, 3, 1)) == 59     # 31 + 28 days before 1 March
    assert day_of_year(dt.date(2024, 2, 29)) == 58    # counted as 28 February
    assert day_of_year(dt.date(2024, 12, 31)) == 364


def test_a_period_over_new_year_wraps_and_keeps_its_length():
    r = Reading(dt.date(2023, 12, 30), dt.date(2024, 1, 2), "electricity", Q_(1, "kWh"), 1)
    w = day_counts([r])
    assert w.sum() == 4 and w[0, 363] == w[0, 364] == w[0, 0] == w[0, 1] == 1


def test_leap_february_counts_28th_twice():
    r = Reading(dt.date(2024, 2, 1), dt.date(2024, 2, 29), "electricity", Q_(1, "kWh"), 1)
    w = day_counts([r])
    assert w.sum() == 29 and w[0, 58] == 2


def test_daily_means_are_imposed(residential, tmp_path):
    weather = weather_for_site(residential.site)
    f = tmp_path / "t.csv"
    f.write_text("date,temp_mean_c\n2025-01-10,-8.5\n2025-01-11,2.0\n", encoding="utf-8")
    daily = read_daily_temperatures(f)
    w = with_daily_means(weather, daily)
    t = w.data["temp_air"].to_numpy().reshape(365, 24)
    assert t[9].mean() == pytest.approx(-8.5) and t[10].mean() == pytest.approx(2.0)
    # the day's profile is kept: the same range as the typical day
    t0 = weather.data["temp_air"].to_numpy().reshape(365, 24)
    assert np.ptp(t[9]) == pytest.approx(np.ptp(t0[9]))
    assert np.array_equal(t[20], t0[20])
    assert "measured daily means" in w.source


def test_bad_temperatures_are_named(tmp_path):
    from calc.calibration.periods import TemperatureFileError

    f = tmp_path / "t.csv"
    f.write_text("date,temp_mean_c\n2025-01-10,warm\n2025-13-01,1\n", encoding="utf-8")
    with pytest.raises(TemperatureFileError) as e:
        read_daily_temperatures(f)
    assert e.value.problems[0].startswith("row 2: temp_mean_c") and e.value.problems[1].startswith("row 3: date")


def test_two_years_of_temperatures_are_refused_for_calibration(residential):
    weather = weather_for_site(residential.site)
    daily = pd.Series([1.0, 2.0], index=[dt.date(2024, 1, 5), dt.date(2025, 1, 5)])
    with pytest.raises(ValueError, match="same day of the weather year"):
        with_daily_means(weather, daily)
