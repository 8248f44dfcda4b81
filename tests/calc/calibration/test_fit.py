"""Calibration recovers a project whose inputs were perturbed.

"Metered" data are made by the program's own engine from the sample block
with infiltration × 1.3 and the heating setpoint + 1 K; the unperturbed
project is calibrated against them. The checks are on the perturbed
project's heating need, computed independently of the fit.
"""

import datetime as dt
import re

import numpy as np
import pytest

from calc.calibration import ashrae14
from calc.calibration.fit import CalibrationError, calibrate, model_readings, provenance_note
from calc.calibration.meter import MeterSeries, Reading
from calc.climate import weather_for_site
from calc.schema import set_path
from calc.thermal import simulate
from calc.units import Q_

SEASON = [(dt.date(2024, 11, 15), dt.date(2024, 11, 30)), (dt.date(2024, 12, 1), dt.date(2024, 12, 31)),
          (dt.date(2025, 1, 1), dt.date(2025, 1, 31)), (dt.date(2025, 2, 1), dt.date(2025, 2, 28)),
          (dt.date(2025, 3, 1), dt.date(2025, 3, 15))]


@pytest.fixture(scope="module")
def weather(residential):
    return weather_for_site(residential.site)


@pytest.fixture(scope="module")
def perturbed(residential):
    b = residential.buildings[0]
    p = set_path(residential, "buildings[0].ventilation.infiltration_ach", b.ventilation.infiltration_ach * 1.3)
    return set_path(p, "buildings[0].operation.heating_setpoint", Q_(b.operation.heating_setpoint.to("degC").m + 1.0, "degC"))


def _heating_need_kwh(project, weather):
    return sum(float(np.sum(simulate(b, weather).heating.to("W").m)) / 1000.0 for b in project.buildings)


def _meter(project, weather, periods, carrier="district_heat", noise=0.0, seed=1):
    blank = [Reading(s, e, carrier, Q_(1.0, "kWh"), i + 1) for i, (s, e) in enumerate(periods)]
    y = model_readings(project, weather, MeterSeries(tuple(blank), "engine"))
    y = y * (1.0 + noise * np.random.default_rng(seed).standard_normal(len(y)))
    return MeterSeries(tuple(Reading(r.start, r.end, r.carrier, Q_(v, "kWh"), r.row) for r, v in zip(blank, y)),
                       "engine")


def test_monthly_readings_recover_the_perturbed_building(residential, perturbed, weather):
    cal = calibrate(residential, _meter(perturbed, weather, SEASON), weather)
    fit = cal.fits[0]
    assert fit.before.cv_rmse_pct > 10.0          # the sample as entered does not match
    assert fit.after.cv_rmse_pct <= 5.0
    assert abs(fit.after.nmbe_pct) <= 5.0
    target = _heating_need_kwh(perturbed, weather)
    assert _heating_need_kwh(cal.project, weather) == pytest.approx(target, rel=0.05)
    moved = {p.name for p in cal.parameters if p.held is None}
    assert "overheating" in moved and "infiltration" in moved


def test_noise_and_a_gap(residential, perturbed, weather):
    periods = SEASON[:2] + SEASON[3:]             # January not read
    meter = _meter(perturbed, weather, periods, noise=0.03, seed=7)
    cal = calibrate(residential, meter, weather)
    fit = cal.fits[0]
    assert fit.after.cv_rmse_pct <= ashrae14.MONTHLY_CV_RMSE_LIMIT_PCT
    assert fit.after.cv_rmse_pct < fit.before.cv_rmse_pct
    assert _heating_need_kwh(cal.project, weather) == pytest.approx(_heating_need_kwh(perturbed, weather), rel=0.05)


def test_season_only_reading(residential, perturbed, weather):
    meter = _meter(perturbed, weather, [(dt.date(2024, 11, 15), dt.date(2025, 3, 15))])
    cal = calibrate(residential, meter, weather)
    fitted = [p for p in cal.parameters if p.held is None and p.at_bound is None]
    assert len(fitted) == 1                       # one reading determines one parameter
    # over-heating alone cannot reach the reading within 0-4 K: it stays on its bound, infiltration takes over
    by = {p.name: p for p in cal.parameters}
    assert by["overheating"].at_bound == "high" and fitted[0].name == "infiltration"
    assert all("reading(s) can determine" in p.held for p in cal.parameters if p.held)
    fit = cal.fits[0]
    assert fit.after.cv_rmse_pct is None          # n − p = 0: Guideline 14 figures not applicable
    assert abs(fit.after.total_bias_pct) < 0.5
    assert _heating_need_kwh(cal.project, weather) == pytest.approx(_heating_need_kwh(perturbed, weather), rel=0.05)


def test_parameters_that_trade_off_are_flagged(residential, perturbed, weather):
    # heating-season totals alone cannot tell over-heating from infiltration
    cal = calibrate(residential, _meter(perturbed, weather, SEASON), weather)
    assert not cal.identifiable
    assert any({a, b} == {"overheating", "infiltration"} for a, b, _ in cal.trade_offs)


def test_one_parameter_is_identifiable(residential, perturbed, weather):
    cal = calibrate(residential, _meter(perturbed, weather, SEASON), weather, max_parameters=1)
    assert cal.identifiable and cal.trade_offs == ()


def test_a_parameter_out_of_range_ends_on_its_bound(residential, weather):
    # 3x the heat: over-heating (≤ 4 K) and infiltration (≤ 2 1/h) cannot get there
    meter = _meter(residential, weather, SEASON)
    tripled = MeterSeries(tuple(Reading(r.start, r.end, r.carrier, r.energy * 3, r.row) for r in meter.readings), "x")
    cal = calibrate(residential, tripled, weather)
    assert any(p.at_bound == "high" for p in cal.parameters)
    assert any("ended on its high bound" in w for w in cal.warnings)


def test_electricity_readings_hold_heating_parameters(residential, weather):
    months = [(dt.date(2025, m, 1), dt.date(2025, m + 1, 1) - dt.timedelta(days=1)) for m in range(4, 10)]
    cal = calibrate(residential, _meter(residential, weather, months, carrier="electricity"), weather)
    held = {p.name: p.held for p in cal.parameters}
    assert held["overheating"] == "does not change the metered readings"


def test_a_carrier_the_project_does_not_use_is_refused(residential, weather):
    meter = MeterSeries((Reading(dt.date(2025, 1, 1), dt.date(2025, 1, 31), "coal", Q_(10.0, "kWh"), 3),), "x")
    with pytest.raises(CalibrationError, match="rows 3: carrier 'coal'"):
        calibrate(residential, meter, weather)


def test_an_entered_value_outside_the_range_is_said(residential, perturbed, weather):
    leaky = set_path(residential, "buildings[0].ventilation.infiltration_ach", Q_(3.0, "1/h"))
    cal = calibrate(leaky, _meter(perturbed, weather, SEASON), weather)
    assert any(w.startswith("infiltration: entered value outside the physical range 0.2–2") for w in cal.warnings)


def test_office_gas_readings_in_cubic_metres(office):
    # the office's gas boiler metered monthly in m³; the "real" office leaks more and has fewer gains
    from calc.calibration.meter import parse_meter
    import pandas as pd

    w = weather_for_site(office.site)
    b = office.buildings[0]
    real = set_path(office, "buildings[0].ventilation.infiltration_ach", b.ventilation.infiltration_ach * 1.4)
    real = set_path(real, "buildings[0].operation.internal_gains", b.operation.internal_gains * 0.8)
    months = [(dt.date(2025, m, 1), dt.date(2025 + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)) for m in range(1, 13)]
    kwh = _meter(real, w, months, carrier="natural_gas")
    # 1 m³ = 35.588 MJ = 9.8856 kWh (GB/T 2589-2020 App. A)
    df = pd.DataFrame([[r.start.isoformat(), r.end.isoformat(), "natural_gas", r.energy.m / 9.885556, "m³"]
                       for r in kwh.readings], columns=["period_start", "period_end", "carrier", "quantity", "unit"])
    cal = calibrate(office, parse_meter(df), w)
    assert cal.fits[0].before.cv_rmse_pct > 5.0
    assert cal.fits[0].after.cv_rmse_pct <= 5.0
    assert _heating_need_kwh(cal.project, w) == pytest.approx(_heating_need_kwh(real, w), rel=0.05)


def test_the_verdict_uses_the_criteria_of_the_readings_interval(residential, perturbed, weather):
    # monthly bills: Guideline 14's monthly criteria
    cal = calibrate(residential, _meter(perturbed, weather, SEASON), weather)
    monthly = cal.fits[0]
    assert monthly.criteria.interval == "monthly"
    note = provenance_note(cal, "m.csv", dt.date(2026, 12, 1))
    assert "district heat CV(RMSE)" in note and "(meets the monthly criteria ≤ 15 % / ±5 %)" in note
    assert not re.search(r"\b[a-z]+_[a-z_]+\b", note), note  # names, not keys
    # the same record in Chinese (as the program writes it from the Chinese interface): Chinese words, the
    # same figures, and the report still finds it
    from calc.messages import render
    from reports.calibration_section import calibration_lines
    from reports.strings import term_name

    zh = render(note, "zh", term_name)
    assert zh.startswith("校准记录 2026-12-01") and "集中供热 CV(RMSE)" in zh and "满足逐月数据判据 ≤ 15 % / ±5 %" in zh
    assert re.findall(r"[+-]?\d+\.\d", zh) == re.findall(r"[+-]?\d+\.\d", note)
    assert not re.search(r"\b(?!CV|RMSE|NMBE|ASHRAE|csv)[A-Za-z]{3,}\b", zh.replace("m.csv", "")), zh
    assert calibration_lines(f"own notes\n{zh}") == [zh] and calibration_lines(f"x\n{note}") == [str(note)]
    assert (monthly.criteria.cv_rmse_limit_pct, monthly.criteria.nmbe_limit_pct) == (15.0, 5.0)
    # daily readings of two weeks in January with 12 % noise: interval data, the hourly criteria (30 % / ±10 %)
    days = [(dt.date(2025, 1, d), dt.date(2025, 1, d)) for d in range(5, 19)]
    daily = calibrate(residential, _meter(perturbed, weather, days, noise=0.12, seed=3), weather).fits[0]
    assert daily.criteria.interval == "hourly"
    assert (daily.criteria.cv_rmse_limit_pct, daily.criteria.nmbe_limit_pct) == (30.0, 10.0)
    cv, nmbe = daily.after.cv_rmse_pct, daily.after.nmbe_pct
    assert daily.meets() == (cv <= 30.0 and abs(nmbe) <= 10.0)
    assert daily.after.meets_monthly() == (cv <= 15.0 and abs(nmbe) <= 5.0)
