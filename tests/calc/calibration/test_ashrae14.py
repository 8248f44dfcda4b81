"""Guideline 14 figures against hand calculations."""

import pytest

from calc.calibration import ashrae14


def test_cv_rmse_and_nmbe_by_hand():
    y = [100.0, 120.0, 80.0, 100.0]
    yhat = [90.0, 125.0, 85.0, 100.0]
    # resid 10, -5, -5, 0: SSE 150; n - p = 3; RMSE √50 = 7.0711; ȳ = 100
    f = ashrae14.goodness_of_fit(y, yhat, p=1)
    assert f.cv_rmse_pct == pytest.approx(7.0711, abs=1e-4)
    assert f.nmbe_pct == pytest.approx(0.0, abs=1e-12)
    # total bias: (400 − 400)/400
    assert f.total_bias_pct == pytest.approx(0.0, abs=1e-12)
    f2 = ashrae14.goodness_of_fit([100.0, 100.0, 100.0], [90.0, 90.0, 90.0], p=1)
    assert f2.nmbe_pct == pytest.approx(100 * 30 / (2 * 100))   # 15 %: the model reads low
    assert not f2.meets_monthly()


def test_too_few_points_is_not_applicable():
    f = ashrae14.goodness_of_fit([50.0], [45.0], p=1)
    assert f.cv_rmse_pct is None and f.nmbe_pct is None and f.meets_monthly() is None
    assert f.total_bias_pct == pytest.approx(-10.0)


def test_t_values_from_the_table():
    # Student's t, two-sided 90 % = one-sided 95 %: 1.812 at 10 dof, 2.228 for 95 % (standard tables)
    assert ashrae14.t_value(0.90, 10) == pytest.approx(1.812, abs=1e-3)
    assert ashrae14.t_value(0.95, 10) == pytest.approx(2.228, abs=1e-3)


def test_fractional_savings_uncertainty_by_hand():
    # CV 10 %, F 20 %, n = m = 12, p = 2, no autocorrelation, monthly (t from the table, 4 digits):
    # 1.812 × 1.26 × 0.10 × √(1 × (1 + 2/12) / 12) / 0.20
    # = 0.228312 × 0.311805 / 0.20 = 0.35594
    u = ashrae14.fractional_savings_uncertainty(0.10, 0.20, 12, 12, 2, 0.90)
    assert u == pytest.approx(0.35594, rel=1e-3)
    # daily data: no 1.26
    assert ashrae14.fractional_savings_uncertainty(0.10, 0.20, 12, 12, 2, 0.90, billing=False) == \
        pytest.approx(0.35594 / 1.26, rel=1e-3)
    # autocorrelation ρ = 0.5: n' = 12 × 0.5 / 1.5 = 4; √(3 × 1.5 / 12) = 0.612372
    u_rho = ashrae14.fractional_savings_uncertainty(0.10, 0.20, 12, 12, 2, 0.90, rho=0.5)
    assert u_rho == pytest.approx(1.812 * 1.26 * 0.10 * 0.612372 / 0.20, rel=1e-3)
    assert ashrae14.fractional_savings_uncertainty(0.10, 0.0, 12, 12, 2, 0.90) is None


def test_lag1_autocorrelation_by_hand():
    # r = [1, -1, 1, -1]: mean 0, Σr² = 4, Σ r_t r_{t-1} = -3 → ρ = -0.75
    assert ashrae14.lag1_autocorrelation([1, -1, 1, -1]) == pytest.approx(-0.75)


def test_criteria_by_the_readings_interval():
    assert ashrae14.criteria_for([30, 31, 31, 28, 31]).interval == "monthly"
    assert ashrae14.criteria_for([151]).interval == "monthly"      # one season-long reading
    assert ashrae14.criteria_for([25, 35, 30]).interval == "monthly"  # bills read a few days early or late
    assert ashrae14.criteria_for([1] * 30).interval == "hourly"     # daily meter readings: interval data
    assert ashrae14.criteria_for([7] * 12).interval == "hourly"
    assert ashrae14.CRITERIA["monthly"].cv_rmse_limit_pct == 15.0 and ashrae14.CRITERIA["monthly"].nmbe_limit_pct == 5.0
    assert ashrae14.CRITERIA["hourly"].cv_rmse_limit_pct == 30.0 and ashrae14.CRITERIA["hourly"].nmbe_limit_pct == 10.0


def test_a_fit_between_the_two_criteria():
    # residuals ±20 on 100: CV(RMSE) = 100·√(4·400/3)/100 = 23.09 %, NMBE 0
    f = ashrae14.goodness_of_fit([100.0] * 4, [80.0, 120.0, 80.0, 120.0], p=1)
    assert f.cv_rmse_pct == pytest.approx(23.094, abs=1e-3) and f.nmbe_pct == pytest.approx(0.0, abs=1e-12)
    assert f.meets(ashrae14.CRITERIA["monthly"]) is False
    assert f.meets(ashrae14.CRITERIA["hourly"]) is True
