"""Holidays as dates and spans (a school's vacation) in the calendar."""

import pandas as pd
import pytest

from calc import archetypes
from calc.model import Operation, holiday_days
from calc.schema import ValidationError
from calc.units import Q_
from calc.schedules import day_types


def test_a_span_covers_its_days_inclusive():
    assert holiday_days("10-01") == ((10, 1),)
    assert holiday_days("10-01..10-07") == tuple((10, d) for d in range(1, 8))
    # over the new year: 30, 31 December, 1, 2 January
    assert holiday_days("12-30..01-02") == ((12, 30), (12, 31), (1, 1), (1, 2))
    assert holiday_days("02-30") is None and holiday_days("07-10..") is None


def _op(**kw):
    return Operation(heating_setpoint=Q_(18, "degC"), internal_gains=Q_(4, "W/m**2"), **kw)


def test_the_model_names_a_bad_span():
    with pytest.raises(ValidationError, match=r"holidays.*07-10\.\.08-32.*span MM-DD\.\.MM-DD"):
        _op(holidays="07-10..08-32")


def test_vacation_days_run_as_sundays():
    index = pd.date_range("2025-01-01", periods=8760, freq="h")
    op = _op(holidays="07-10..08-31", first_weekday="monday")
    kinds = day_types(op, index, None)[::24]            # one value per day
    plain = day_types(_op(first_weekday="monday"), index, None)[::24]
    # 10 July is day 191 of the year (index 190), 31 August day 243 (index 242): 53 days
    assert (kinds[190:243] == 2).all()
    changed = kinds != plain
    assert changed.sum() == 53 - (plain[190:243] == 2).sum()   # the span's Sundays were Sundays already
    assert not changed[:190].any() and not changed[243:].any()


def test_school_archetype_closes_about_twelve_weeks():
    op = archetypes.project_from_archetype("Shanghai", "school", "1996_2004").buildings[0].operation
    closed = sum(len(holiday_days(h)) for h in op.holidays.split(","))
    assert closed == 28 + 53 + 7
