"""Change-point regression against worked examples."""

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from calc.calibration import changepoint as cp
from calc.calibration.changepoint import Period
from calc.calibration.meter import MeterSeries, Reading
from calc.calibration.savings import measured_savings
from calc.units import Q_


def test_two_parameter_model_by_hand():
    # four one-day periods at 18, 13, 8, 3 °C: HDD18 = 0, 5, 10, 15; use 10, 21, 29, 41 kWh.
    # OLS by hand: x̄ 7.5, ȳ 25.25, Sxy 252.5, Sxx 125 → b = 2.02 kWh/(K·d), a = 25.25 − 2.02·7.5 = 10.1 kWh/d;
    # residuals −0.1, 0.8, −1.3, 0.6: SSE 2.70, n − p = 2, CV(RMSE) = √1.35 / 25.25 = 4.6016 %
    periods = [Period(np.array([t]), e) for t, e in zip([18.0, 13.0, 8.0, 3.0], [10.0, 21.0, 29.0, 41.0])]
    m = cp.fit_model(periods, "2P")
    assert m.a == pytest.approx(10.1, abs=1e-9)
    assert m.b_h == pytest.approx(2.02, abs=1e-9)
    assert m.cv_rmse_pct == pytest.approx(4.6016, abs=1e-4)
    # R² = 1 − SSE/SST; SST = Σ(y − ȳ)² = 232.5625 + 18.0625 + 14.0625 + 248.0625 = 512.75
    assert m.r2 == pytest.approx(1 - 2.70 / 512.75, abs=1e-9)


def test_an_intercept_a_little_below_zero_is_admissible():
    # HDD18 = 0, 5, 10, 15 and use 0, 8, 21, 29 kWh: OLS by hand x̄ 7.5, ȳ 14.5, Sxy 250, Sxx 125 →
    # b = 2.0, a = 14.5 − 15 = −0.5; residuals 0.5, −1.5, 1.5, −0.5: SSE 5, s² = 2.5,
    # se(a) = √(2.5·(1/4 + 7.5²/125)) = √1.75 = 1.3229, t(a) = −0.378: not significantly below zero
    periods = [Period(np.array([t]), e) for t, e in zip([18.0, 13.0, 8.0, 3.0], [0.0, 8.0, 21.0, 29.0])]
    m = cp.fit_model(periods, "2P")
    assert m.a == pytest.approx(-0.5, abs=1e-9) and m.b_h == pytest.approx(2.0, abs=1e-9)
    assert m.t_stats[0] == pytest.approx(-0.5 / 1.75 ** 0.5, abs=1e-9)
    assert cp.admissible(m)
    # the same line shifted down by 10 kWh/d: an intercept significantly below zero is refused
    low = cp.fit_model([Period(p.temps, p.energy - 10.0) for p in periods], "2P")
    assert low.t_stats[0] < -2 and not cp.admissible(low)


def _monthly_temps():
    # twelve 30-day "months" with daily means around a seasonal curve (−6 … 28 °C) and a ±3 K daily swing
    days = np.arange(360)
    return 11.0 - 17.0 * np.cos(2 * np.pi * days / 360) + 3.0 * np.sin(days * 1.7)


def _periods(a, bh, th, bc=0.0, tc=None):
    t = _monthly_temps()
    out = []
    for k in range(12):
        tk = t[30 * k:30 * (k + 1)]
        e = a * 30 + bh * np.clip(th - tk, 0, None).sum()
        if tc is not None:
            e += bc * np.clip(tk - tc, 0, None).sum()
        out.append(Period(tk, float(e)))
    return out


def test_variable_base_heating_recovers_the_generating_building():
    # a building that uses 40 kWh/d plus 25 kWh per K·d below 15 °C
    m, _ = cp.choose_model(_periods(40.0, 25.0, 15.0), kinds=("2P", "3PH"))
    assert m.kind == "3PH"
    assert m.tau_h == pytest.approx(15.0, abs=0.05)
    assert m.a == pytest.approx(40.0, rel=1e-3) and m.b_h == pytest.approx(25.0, rel=1e-3)


def test_five_parameter_model_recovers_heating_and_cooling():
    m = cp.fit_model(_periods(30.0, 20.0, 14.0, bc=12.0, tc=22.0), "5P")
    assert (m.tau_h, m.tau_c) == (pytest.approx(14.0, abs=1e-6), pytest.approx(22.0, abs=1e-6))
    assert m.b_h == pytest.approx(20.0, rel=1e-6) and m.b_c == pytest.approx(12.0, rel=1e-6)


def test_choice_prefers_the_form_that_fits():
    chosen, fitted = cp.choose_model(_periods(30.0, 20.0, 14.0, bc=12.0, tc=22.0))
    assert chosen.kind == "5P"
    assert {m.kind for m in fitted} == set(cp.MODELS)


def test_too_few_readings_is_a_clear_error():
    with pytest.raises(ValueError, match="too few"):
        cp.choose_model([Period(np.array([5.0]), 10.0)] * 2, kinds=("2P",))


def _series(start, months, energy_fn, temps):
    rs, d = [], start
    for k in range(months):
        nxt = (pd.Timestamp(d) + pd.offsets.MonthBegin(1)).date()
        end = nxt - dt.timedelta(days=1)
        t = np.array([temps[x] for x in pd.date_range(d, end).date])
        rs.append(Reading(d, end, "district_heat", Q_(energy_fn(t), "kWh"), k + 1))
        d = nxt
    return MeterSeries(tuple(rs), "x")


def test_measured_savings_of_a_hand_made_retrofit():
    # Baseline 2023: E = 50 kWh/d + 30 kWh/(K·d) below 16 °C. After the works (2024) the slope is 21
    # (30 % less heating). The adjusted baseline on 2024 weather minus the 2024 readings is the saving,
    # worked out here from the generating formulas, not by the program.
    dates = pd.date_range("2023-01-01", "2024-12-31").date
    rng = np.random.default_rng(3)
    temps = pd.Series(12.0 - 14.0 * np.cos(2 * np.pi * (np.arange(len(dates)) - 15) / 365.25)
                      + rng.normal(0, 3, len(dates)), index=dates)
    before = lambda t: 50 * t.size + 30 * np.clip(16 - t, 0, None).sum()
    after = lambda t: 50 * t.size + 21 * np.clip(16 - t, 0, None).sum()
    base = _series(dt.date(2023, 1, 1), 12, before, temps)
    rep = _series(dt.date(2024, 1, 1), 12, after, temps)
    t24 = temps[[d.year == 2024 for d in temps.index]].to_numpy()
    expected = 9 * np.clip(16 - t24, 0, None).sum()
    res = measured_savings(base, rep, temps, predicted_fraction=0.25)
    assert res.model.kind == "3PH"
    assert res.savings_kwh == pytest.approx(expected, rel=1e-6)
    assert res.adjusted_baseline_kwh == pytest.approx(before(t24), rel=1e-6)
    # an exact baseline has no scatter: no uncertainty
    assert res.uncertainty[0.90] == pytest.approx(0.0, abs=1e-6)
    # the record for the project's notes, in English and as the Chinese interface writes it
    from calc.calibration.savings import savings_note
    from calc.messages import render
    from reports.strings import term_name

    note = savings_note(res, "b.csv", "r.csv", dt.date(2026, 12, 1))
    saved = f"{res.savings_kwh:,.0f} kWh"
    assert note.startswith("Measured savings 2026-12-01") and f"saved {saved}" in note and "predicted 25.0 %" in note
    zh = render(note, "zh", term_name)
    assert zh.startswith("实测节能量记录 2026-12-01") and f"节能量 {saved}" in zh and "预测节能率 25.0 %" in zh


def test_uncertainty_grows_with_scatter_and_confidence():
    dates = pd.date_range("2023-01-01", "2024-12-31").date
    temps = pd.Series(12.0 - 14.0 * np.cos(2 * np.pi * np.arange(len(dates)) / 365.25), index=dates)
    rng = np.random.default_rng(5)
    noisy = lambda t: (50 * t.size + 30 * np.clip(16 - t, 0, None).sum()) * (1 + rng.normal(0, 0.05))
    base = _series(dt.date(2023, 1, 1), 12, noisy, temps)
    rep = _series(dt.date(2024, 1, 1), 12, lambda t: 0.8 * noisy(t), temps)
    res = measured_savings(base, rep, temps)
    assert res.billing
    assert 0 < res.uncertainty[0.68] < res.uncertainty[0.90]
    lo, hi = res.savings_range_kwh(0.90)
    assert lo < res.savings_kwh < hi


def test_missing_temperatures_name_the_row():
    temps = pd.Series([5.0] * 31, index=pd.date_range("2023-01-01", "2023-01-31").date)
    base = MeterSeries((Reading(dt.date(2023, 1, 1), dt.date(2023, 2, 3), "district_heat", Q_(1, "kWh"), 4),), "x")
    with pytest.raises(ValueError, match="row 4: no daily temperature for 3 day"):
        measured_savings(base, base, temps)
