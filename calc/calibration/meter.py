"""Metered consumption: one reading per period and carrier, from CSV or XLSX.

A meter file has one row per reading with the columns ``period_start`` and
``period_end`` (ISO dates, both days included: a bill from 2024-11-15 to
2024-12-14 covers 30 days), ``carrier`` (one of the model's carriers),
``quantity`` and ``unit`` (any energy unit pint reads -- GJ, kWh, MWh,
Gcal -- or a fuel's trade unit: m³ of natural gas, t or kg of coal, kg of
oil or LPG, converted at the lower heating values of GB/T 2589-2020
Appendix A). Periods may be monthly, irregular or a whole heating season.

Readings of one carrier that overlap would count the same days twice and
are refused; a gap between two readings is allowed (the days are simply not
compared) and reported as a warning naming both rows.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ..datasets import tables
from ..model.building import CARRIERS
from ..messages import Term, msg
from ..number_text import thousands_message
from ..units import ureg

COLUMNS = ("period_start", "period_end", "carrier", "quantity", "unit")
# A reading longer than a year cannot be placed on the typical year.
MAX_PERIOD_DAYS = 366
# A building's meter cannot read more than this a day: 1e9 kWh/d is a mean
# 42 GW, the output of dozens of large power stations. Beyond it a reading is
# a typing or unit slip, and its squares would overflow the fit statistics.
MAX_DAILY_KWH = 1e9
# Heat is traded in China in Gcal of the International Table calorie
# (1 Gcal = 4.1868 GJ, GB/T 3102.4); pint's "cal" is the thermochemical one.
UNIT_ALIASES = {"gcal": "1e9 * international_calorie", "mcal": "1e6 * international_calorie",
                "m³": "m**3", "nm³": "m**3", "nm3": "m**3"}
# Fuels whose trade units are mass or volume: the carrier's calorific value converts.
FUEL_CARRIERS = ("natural_gas", "coal", "oil", "lpg")


class MeterFileError(ValueError):
    """A meter file that cannot be read; ``problems`` lists every fault."""

    def __init__(self, path, problems):
        self.path = str(path)
        self.problems = list(problems)
        super().__init__(f"{path}: " + "; ".join(self.problems))


@dataclass(frozen=True)
class Reading:
    """One metered period: ``start`` and ``end`` dates (both included),
    ``carrier``, ``energy`` [kWh, final energy at LHV] and the file ``row``
    (numbered as a spreadsheet shows it: the header is row 1)."""

    start: _dt.date
    end: _dt.date
    carrier: str
    energy: object
    row: int

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class MeterSeries:
    """Readings sorted by carrier and start date, with the file's warnings."""

    readings: tuple
    source: str
    warnings: tuple = ()

    @property
    def carriers(self) -> tuple:
        return tuple(dict.fromkeys(r.carrier for r in self.readings))

    def of(self, carrier: str) -> tuple:
        return tuple(r for r in self.readings if r.carrier == carrier)

    @property
    def first_day(self) -> _dt.date:
        return min(r.start for r in self.readings)

    @property
    def last_day(self) -> _dt.date:
        return max(r.end for r in self.readings)


def read_meter(path) -> MeterSeries:
    """Read a meter file (``.csv`` or ``.xlsx``); raises :class:`MeterFileError`."""
    path = Path(path)
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            df = pd.read_excel(path, dtype=str, engine="openpyxl")
        else:
            # blank lines are kept (and skipped below) so row numbers stay those of the file
            df = pd.read_csv(path, dtype=str, skipinitialspace=True, encoding="utf-8-sig", skip_blank_lines=False)
    except FileNotFoundError:
        raise MeterFileError(path, ["file not found"]) from None
    except UnicodeDecodeError as e:
        raise MeterFileError(path, [f"not UTF-8 text (byte {e.start}); save the file as UTF-8 CSV or as XLSX"]) from None
    except (OSError, ValueError) as e:
        raise MeterFileError(path, [f"cannot read: {e}"]) from None
    return parse_meter(df, str(path))


def parse_meter(df: pd.DataFrame, source: str = "meter data") -> MeterSeries:
    """Readings from a table with the columns of :data:`COLUMNS`."""
    df = df.rename(columns=lambda c: str(c).strip().lower())
    missing = [c for c in COLUMNS if c not in df.columns]
    if missing:
        raise MeterFileError(source, [f"missing column(s) {', '.join(missing)}; "
                                      f"a meter file has the columns {', '.join(COLUMNS)}"])
    readings, problems = [], []
    for i, rec in enumerate(df.to_dict("records"), start=2):
        if all(blank(rec[c]) for c in COLUMNS):
            continue
        try:
            readings.append(_reading(rec, i))
        except ValueError as e:
            problems.append(f"row {i}: {e}")
    if problems:
        raise MeterFileError(source, problems)
    if not readings:
        raise MeterFileError(source, ["no readings"])
    readings.sort(key=lambda r: (CARRIERS.index(r.carrier), r.start))
    overlaps, gaps = _continuity(readings)
    if overlaps:
        raise MeterFileError(source, overlaps)
    return MeterSeries(tuple(readings), source, tuple(gaps))


def blank(v) -> bool:
    """A cell left empty (pandas reads it as NaN)."""
    return v is None or (isinstance(v, float) and np.isnan(v)) or str(v).strip() == ""


def _date(value, column: str) -> _dt.date:
    text = "" if blank(value) else str(value).strip()[:10]
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{column} {value!r} is not an ISO date (YYYY-MM-DD)") from None


def _reading(rec: dict, row: int) -> Reading:
    start, end = _date(rec["period_start"], "period_start"), _date(rec["period_end"], "period_end")
    if end < start:
        raise ValueError(f"period_end {end} is before period_start {start}")
    days = (end - start).days + 1
    if days > MAX_PERIOD_DAYS:
        raise ValueError(f"period of {days} days; a reading may cover at most {MAX_PERIOD_DAYS} days")
    carrier = "" if blank(rec["carrier"]) else str(rec["carrier"]).strip()
    if carrier not in CARRIERS:
        raise ValueError(f"carrier {carrier!r} is not one of {', '.join(CARRIERS)}")
    try:
        value = float(str(rec["quantity"]).strip())
    except ValueError:
        hint = thousands_message(str(rec["quantity"]))
        raise ValueError(f"quantity {hint}" if hint else f"quantity {rec['quantity']!r} is not a number") from None
    if not np.isfinite(value) or value < 0:
        raise ValueError(f"quantity {value} must be a finite number ≥ 0")
    energy = to_energy(value, rec["unit"], carrier)
    if energy.m / days > MAX_DAILY_KWH:
        raise ValueError(f"quantity {value:g} {str(rec['unit']).strip()} is {energy.m / days:.3g} kWh a day; a "
                         f"building's meter reads at most {MAX_DAILY_KWH:.0e} kWh a day")
    return Reading(start, end, carrier, energy, row)


def to_energy(value: float, unit, carrier: str):
    """A metered quantity as final energy [kWh]: energy units directly,
    fuel trade units (m³, kg, t) at the carrier's lower heating value
    (GB/T 2589-2020 Appendix A)."""
    text = "" if blank(unit) else str(unit).strip()
    try:
        q = value * ureg.parse_expression(UNIT_ALIASES.get(text.lower(), text))
        q.to_base_units()
    except Exception:
        raise ValueError(f"unit {text!r} is not a unit (use e.g. GJ, kWh, MWh, Gcal, m**3, t)") from None
    if not text:
        raise ValueError("unit is empty (use e.g. GJ, kWh, MWh, Gcal, m**3, t)")
    if q.check("[energy]"):
        return q.to("kWh")
    if carrier in FUEL_CARRIERS:
        lhv = tables.calorific_value(carrier)
        if (q * lhv).check("[energy]"):
            return (q * lhv).to("kWh")
        raise ValueError(f"unit {text!r} is neither energy nor a trade unit of {carrier} "
                         f"(its calorific value is in {lhv.units:~P})")
    raise ValueError(f"unit {text!r} is not an energy unit, as {carrier} is metered in (e.g. GJ, kWh)")


def _continuity(readings) -> tuple[list, list]:
    overlaps, gaps = [], []
    by: dict = {}
    for r in readings:
        by.setdefault(r.carrier, []).append(r)
    for carrier, rs in by.items():
        for a, b in zip(rs, rs[1:]):
            if b.start <= a.end:
                overlaps.append(msg("meter.overlap", "rows {a} and {b}: {carrier} readings overlap ({a_start}–{a_end} "
                                    "and {b_start}–{b_end}); each day may be metered once", a=a.row, b=b.row,
                                    carrier=Term("carrier", carrier), a_start=a.start, a_end=a.end, b_start=b.start,
                                    b_end=b.end))
            elif (b.start - a.end).days > 1:
                gaps.append(msg("meter.gap", "rows {a} and {b}: no {carrier} reading from {first} to {last}; those "
                                "days are not compared", a=a.row, b=b.row, carrier=Term("carrier", carrier),
                                first=a.end + _dt.timedelta(days=1), last=b.start - _dt.timedelta(days=1)))
    return overlaps, gaps
