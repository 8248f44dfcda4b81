"""Operation profiles and the heating season."""

import numpy as np
import pandas as pd
import pytest

from calc import schedules
from calc.model import SCHEDULES, Operation
from calc.units import Q_

# 2023 starts on a Sunday, like the reference year of the weather files
INDEX = pd.date_range("2023-01-01", periods=8760, freq="h", tz="+08:00")


def operation(start="11-15", end="03-15"):
    return Operation(heating_setpoint=Q_(18, "degC"), internal_gains=Q_(3.8, "W/m**2"),
                     heating_season_start=start, heating_season_end=end)


def test_beijing_season_hours_by_hand():
    # 15-30 Nov (16 d) + Dec (31) + Jan (31) + Feb (28) + 1-15 Mar (15) = 121 days
    mask = schedules.heating_season_mask(operation(), INDEX)
    assert mask.sum() == 121 * 24
    assert mask[0] and not mask[INDEX.get_loc(pd.Timestamp("2023-07-01 00:00", tz="+08:00"))]
    assert mask[INDEX.get_loc(pd.Timestamp("2023-03-15 23:00", tz="+08:00"))]
    assert not mask[INDEX.get_loc(pd.Timestamp("2023-03-16 00:00", tz="+08:00"))]


def test_season_within_one_year():
    assert schedules.heating_season_mask(operation("03-01", "03-31"), INDEX).sum() == 31 * 24


@pytest.mark.parametrize("name", SCHEDULES)
def test_profiles_bounded_and_gain_mean_is_one(name):
    occ = schedules.occupancy(name, INDEX)
    assert occ.shape == (8760,) and np.all((occ >= 0) & (occ <= 1))
    light = schedules.lighting_use(name, INDEX)
    assert np.all((light >= 0) & (light <= 1))
    g = schedules.internal_gain_factor(name, INDEX)
    assert g[occ > 0].mean() == pytest.approx(1.0, rel=1e-12)
    assert np.all(g >= 0)


def test_office_is_heated_on_working_days_only():
    avail = schedules.heating_available("office", INDEX)
    sunday_noon = INDEX.get_loc(pd.Timestamp("2023-01-01 12:00", tz="+08:00"))
    monday_noon = INDEX.get_loc(pd.Timestamp("2023-01-02 12:00", tz="+08:00"))
    monday_3am = INDEX.get_loc(pd.Timestamp("2023-01-02 03:00", tz="+08:00"))
    assert not avail[sunday_noon] and avail[monday_noon] and not avail[monday_3am]
    # 12 heated hours × 5 days in a full week
    assert avail[24:24 + 7 * 24].sum() == 60


def test_continuous_and_residential_heat_every_hour():
    assert schedules.heating_available("continuous", INDEX).all()
    assert schedules.heating_available("residential", INDEX).all()
    assert np.all(schedules.internal_gain_factor("continuous", INDEX) == 1.0)


def test_unknown_schedule_is_named():
    with pytest.raises(ValueError, match="schedule: 'church'.*office"):
        schedules.occupancy("church", INDEX)
    with pytest.raises(TypeError, match="index"):
        schedules.occupancy("office", list(range(3)))


def test_dwellings_cool_part_time_and_whole_house_stays_a_choice():
    # Part-time pattern (Hu et al. 2020; Zhu et al. 2023): interval starts
    # 19:00-00:00 every day (6 h), plus 11:00-14:00 on weekends (4 h more).
    # A full week from Monday 2 January 2023: 5 x 6 + 2 x 10 = 50 hours.
    week = slice(24, 24 + 7 * 24)
    part = schedules.cooling_available("residential", INDEX)
    assert part[week].sum() == 5 * 6 + 2 * 10
    monday = lambda hour: INDEX.get_loc(pd.Timestamp(f"2023-01-02 {hour:02d}:00", tz="+08:00"))
    assert part[monday(21)] and part[monday(0)] and not part[monday(1)] and not part[monday(12)]
    assert not part[monday(18)] and part[monday(19)]
    whole = schedules.cooling_available("residential_whole_house", INDEX)
    assert whole.all()
    # the whole-house preset differs from the dwelling one only in cooling
    for fn in (schedules.occupancy, schedules.lighting_use, schedules.heating_available):
        assert np.array_equal(fn("residential", INDEX), fn("residential_whole_house", INDEX))


def test_memos_drop_the_least_recently_used():
    # a stock that returns to a city keeps its weather's values while a city
    # seen once since is dropped
    from calc.schedules import IdentityMemo, PartsMemo

    a, b, c = (np.zeros(1) for _ in range(3))
    memo, calls = IdentityMemo(2), []
    for obj in (a, b, a, c, a, b):
        memo.get(obj, "x", lambda o=obj: calls.append(id(o)) or 1.0)
    assert calls == [id(a), id(b), id(c), id(b)]
    parts, calls = PartsMemo(2), []
    for obj in (a, b, a, c, a, b):
        parts.get((obj,), lambda o=obj: calls.append(id(o)) or 1.0)
    assert calls == [id(a), id(b), id(c), id(b)]
