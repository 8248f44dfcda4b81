"""Goodness-of-fit and savings-uncertainty figures of ASHRAE Guideline 14-2014.

* CV(RMSE) = 100 · √[Σ(yᵢ − ŷᵢ)² / (n − p)] / ȳ            [%]
* NMBE     = 100 · Σ(yᵢ − ŷᵢ) / ((n − p) · ȳ)              [%]

with yᵢ measured, ŷᵢ modelled, ȳ the mean measured value and p the number
of model parameters (Guideline 14 §4.3 / Annex B; for a calibrated
simulation p = 1 is used here, as in common practice of the guideline's
calibration check). A positive NMBE means the model reads low.

Calibration criteria (§5.3.2.4) depend on the interval of the calibration
data: monthly data CV(RMSE) ≤ 15 %, |NMBE| ≤ 5 %; hourly data 30 % / 10 %.
The guideline names these two intervals only. Readings of a month or longer
(bills, the median reading at least :data:`MONTHLY_MIN_DAYS` days) are judged
by the monthly criteria; shorter readings (daily or weekly meter readings)
are interval data finer than monthly and are judged by the hourly ones
(:func:`criteria_for`), and the verdict says which.

Fractional savings uncertainty of a regression baseline (Guideline 14-2014
Annex B, after Reddy & Claridge 2000):

    ΔE_save / E_save = t · 1.26 · CV · √[(n/n′) · (1 + 2/n′) · (1/m)] / F

with CV the baseline model's CV(RMSE) as a fraction, F the savings fraction
of the reporting period, n the baseline points, n′ = n · (1 − ρ)/(1 + ρ) the
points corrected for lag-1 autocorrelation ρ of the residuals, m the
reporting points and t Student's t at the confidence level with n − p
degrees of freedom. The factor 1.26 is the guideline's correction for
monthly (billing) data; it is applied to billing data only.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import stats

MONTHLY_CV_RMSE_LIMIT_PCT = 15.0   # Guideline 14-2014 §5.3.2.4, monthly calibration
MONTHLY_NMBE_LIMIT_PCT = 5.0
HOURLY_CV_RMSE_LIMIT_PCT = 30.0
HOURLY_NMBE_LIMIT_PCT = 10.0
BILLING_CORRECTION = 1.26          # Guideline 14-2014 Annex B, monthly data
CALIBRATION_P = 1                  # p of a calibrated simulation in the n − p of both metrics


# A billing month runs 28-31 days; meter-reading dates shift bills by a few
# days either way, so a median reading of 25 days or more is monthly data.
MONTHLY_MIN_DAYS = 25


@dataclass(frozen=True)
class Criteria:
    """Guideline 14-2014 §5.3.2.4 calibration criteria of one data interval:
    ``interval`` "monthly" or "hourly", limits [%]."""

    interval: str
    cv_rmse_limit_pct: float
    nmbe_limit_pct: float


CRITERIA = {
    "monthly": Criteria("monthly", MONTHLY_CV_RMSE_LIMIT_PCT, MONTHLY_NMBE_LIMIT_PCT),
    "hourly": Criteria("hourly", HOURLY_CV_RMSE_LIMIT_PCT, HOURLY_NMBE_LIMIT_PCT),
}


def criteria_for(days) -> Criteria:
    """The criteria for readings of the given lengths [days] (module
    docstring): monthly when the median reading is at least
    :data:`MONTHLY_MIN_DAYS` days, else the hourly (interval-data) ones."""
    lengths = np.asarray(list(days), float)
    if lengths.size == 0 or float(np.median(lengths)) >= MONTHLY_MIN_DAYS:
        return CRITERIA["monthly"]
    return CRITERIA["hourly"]


@dataclass(frozen=True)
class Fit:
    """CV(RMSE) and NMBE [%] of n points; ``None`` when n ≤ p (not
    applicable: too few points), with the total bias [%] always given."""

    n: int
    cv_rmse_pct: float | None
    nmbe_pct: float | None
    total_bias_pct: float | None

    def meets(self, criteria: Criteria) -> bool | None:
        """Whether CV(RMSE) and |NMBE| are within ``criteria``; None when
        not applicable (too few points)."""
        if self.cv_rmse_pct is None:
            return None
        return self.cv_rmse_pct <= criteria.cv_rmse_limit_pct and abs(self.nmbe_pct) <= criteria.nmbe_limit_pct

    def meets_monthly(self) -> bool | None:
        return self.meets(CRITERIA["monthly"])


def goodness_of_fit(measured, modelled, p: int = CALIBRATION_P) -> Fit:
    """CV(RMSE) and NMBE of Guideline 14 (module docstring) [%].

    Parameters
    ----------
    measured, modelled : array_like
        The same n values (any one unit).
    p : int
        Parameters of the model in the n − p denominator.
    """
    y = np.asarray(measured, float)
    yhat = np.asarray(modelled, float)
    n = y.size
    ybar = float(np.mean(y)) if n else 0.0
    total = 100.0 * float(np.sum(yhat - y)) / float(np.sum(y)) if n and np.sum(y) > 0 else None
    if n <= p or ybar <= 0:
        return Fit(n, None, None, total)
    resid = y - yhat
    cv = 100.0 * float(np.sqrt(np.sum(resid ** 2) / (n - p))) / ybar
    nmbe = 100.0 * float(np.sum(resid)) / ((n - p) * ybar)
    return Fit(n, cv, nmbe, total)


def lag1_autocorrelation(residuals) -> float:
    """Lag-1 autocorrelation ρ of a residual series [-] (0 for fewer than 3)."""
    r = np.asarray(residuals, float)
    if r.size < 3:
        return 0.0
    r = r - r.mean()
    den = float(np.sum(r * r))
    return float(np.sum(r[1:] * r[:-1]) / den) if den > 0 else 0.0


def t_value(confidence: float, dof: int) -> float:
    """Two-sided Student's t at ``confidence`` (e.g. 0.68, 0.90) [-]."""
    return float(stats.t.ppf(0.5 + confidence / 2.0, dof))


def fractional_savings_uncertainty(cv_rmse: float, savings_fraction: float, n: int, m: int, p: int,
                                   confidence: float, rho: float = 0.0, billing: bool = True) -> float | None:
    """ΔE_save/E_save of Guideline 14-2014 Annex B (module docstring) [-].

    Parameters
    ----------
    cv_rmse : float
        CV(RMSE) of the baseline model as a fraction [-].
    savings_fraction : float
        Savings / adjusted baseline of the reporting period [-].
    n, m, p : int
        Baseline points, reporting points, baseline model parameters.
    confidence : float
        Two-sided confidence level [-], e.g. 0.68 or 0.90.
    rho : float
        Lag-1 autocorrelation of the baseline residuals [-].
    billing : bool
        Monthly (billing) data: apply the factor 1.26.

    Returns
    -------
    float or None
        None when there is no saving (F ≤ 0) or no degree of freedom.
    """
    if savings_fraction <= 0 or n - p <= 0 or m <= 0:
        return None
    n_eff = n * (1.0 - rho) / (1.0 + rho) if rho > 0 else float(n)
    factor = BILLING_CORRECTION if billing else 1.0
    return (t_value(confidence, n - p) * factor * cv_rmse
            * np.sqrt((n / n_eff) * (1.0 + 2.0 / n_eff) * (1.0 / m)) / savings_fraction)
