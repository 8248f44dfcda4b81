"""Change-point regression of metered consumption against degree days.

The baseline model of IPMVP Option C / GB/T 28750-2012 and ASHRAE Guideline
14-2014 (§5.2, Annex D; the inverse-modelling forms of Kissock, Haberl &
Claridge, ASHRAE RP-1050, 2003) written for readings of any length:

    E_i = a · d_i + b_h · HDD_i(τ_h) + b_c · CDD_i(τ_c)

with d_i the days of reading i, HDD_i(τ) = Σ_days max(τ − T_day, 0) and
CDD_i(τ) = Σ_days max(T_day − τ, 0) from the daily mean temperatures. The
forms, by parameter count:

=======  ==================================================  ==
model    terms                                                p
=======  ==================================================  ==
2P       a, b_h at the GB 50176 base τ_h = 18 °C               2
3PH      a, b_h, τ_h (variable-base heating; PRISM)            3
3PC      a, b_c, τ_c (variable-base cooling)                   3
4P       a, b_h, b_c around one change point τ                 4
5P       a, b_h, τ_h, b_c, τ_c with τ_h ≤ τ_c                  5
=======  ==================================================  ==

Each is fitted by weighted least squares on the mean daily use E_i/d_i
against the mean daily degree days, weights d_i (as CalTRACK 2.0 §3.3 for
billing data), change points by search on a 0.1 K grid (0.5 K for 5P).
A form is admissible when its slopes are positive and significant (t ≥ 2,
Guideline 14 §5.2.2.4) and its intercept is not significantly negative
(a ≥ 0 or t(a) > −2: heat used for heating only has a base use of about
zero, which a fit puts a little either side of it); the admissible form
with the lowest CV(RMSE) (n − p) is chosen. When none is, the forms whose
slopes at least have the physical sign are preferred, so a form bending
the wrong way (use falling steeply as it gets warmer above a "cooling"
change point) is never chosen while one that fits the physics exists.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np

from . import ashrae14

HDD_BASE_C = 18.0                      # GB 50176-2016 §2.1 heating degree-day base
HEATING_RANGE_C = (5.0, 24.0)          # change-point search; CalTRACK 2.0 §3.2 searches −1..32 °C
COOLING_RANGE_C = (15.0, 30.0)
GRID_K = 0.1
GRID_5P_K = 0.5
T_MIN = 2.0                            # Guideline 14 §5.2.2.4: slopes significant at |t| ≥ 2
MODELS = ("2P", "3PH", "3PC", "4P", "5P")


@dataclass(frozen=True)
class Period:
    """A reading period's daily mean temperatures [°C] and its energy [kWh]."""

    temps: np.ndarray
    energy: float

    @property
    def days(self) -> int:
        return len(self.temps)


@dataclass(frozen=True)
class ChangePointModel:
    """A fitted form: ``kind`` (MODELS), intercept ``a`` [kWh/day], slopes
    ``b_h``, ``b_c`` [kWh/(K·day)], change points ``tau_h``, ``tau_c`` [°C]
    (None where the form has none), fit figures on the baseline."""

    kind: str
    a: float
    b_h: float
    b_c: float
    tau_h: float | None
    tau_c: float | None
    p: int
    n: int
    cv_rmse_pct: float | None
    nmbe_pct: float | None
    r2: float
    t_stats: tuple
    residuals: tuple

    def predict(self, period: Period) -> float:
        """Energy of a period [kWh] under this model."""
        t = np.asarray(period.temps, float)
        e = self.a * t.size
        if self.tau_h is not None:
            e += self.b_h * float(np.sum(np.clip(self.tau_h - t, 0, None)))
        if self.tau_c is not None:
            e += self.b_c * float(np.sum(np.clip(t - self.tau_c, 0, None)))
        return e


def _dd(periods, tau, heating: bool) -> np.ndarray:
    out = np.empty(len(periods))
    for i, p in enumerate(periods):
        t = np.asarray(p.temps, float)
        out[i] = np.sum(np.clip(tau - t, 0, None) if heating else np.clip(t - tau, 0, None))
    return out


def _wls(y, xs, w):
    """Weighted least squares of y on [1, *xs]; (coef, t-stats, sse, residuals) or None."""
    X = np.column_stack([np.ones_like(y), *xs])
    n, k = X.shape
    if n <= k:
        return None
    sw = np.sqrt(w)
    coef, *_ = np.linalg.lstsq(X * sw[:, None], y * sw, rcond=None)
    resid = y - X @ coef
    sse = float(np.sum(w * resid ** 2))
    s2 = sse / (n - k)
    try:
        cov = s2 * np.linalg.inv((X * w[:, None]).T @ X)
    except np.linalg.LinAlgError:
        return None
    se = np.sqrt(np.clip(np.diag(cov), 0, None))
    t = np.divide(coef, se, out=np.full_like(coef, np.inf), where=se > 0)
    return coef, t, sse, resid


def _candidates(kind):
    if kind == "2P":
        return [(HDD_BASE_C, None)]
    h = np.round(np.arange(HEATING_RANGE_C[0], HEATING_RANGE_C[1] + 1e-9, GRID_K), 6)
    c = np.round(np.arange(COOLING_RANGE_C[0], COOLING_RANGE_C[1] + 1e-9, GRID_K), 6)
    if kind == "3PH":
        return [(x, None) for x in h]
    if kind == "3PC":
        return [(None, x) for x in c]
    if kind == "4P":
        return [(x, x) for x in np.round(np.arange(HEATING_RANGE_C[0], COOLING_RANGE_C[1] + 1e-9, GRID_K), 6)]
    h5 = np.arange(HEATING_RANGE_C[0], HEATING_RANGE_C[1] + 1e-9, GRID_5P_K)
    c5 = np.arange(COOLING_RANGE_C[0], COOLING_RANGE_C[1] + 1e-9, GRID_5P_K)
    return [(a, b) for a, b in itertools.product(h5, c5) if a < b]


def fit_model(periods, kind: str) -> ChangePointModel | None:
    """The best fit of one form (module docstring), or None if it cannot be fitted.

    Parameters
    ----------
    periods : sequence of Period
        Baseline readings with their daily mean temperatures.
    kind : str
        One of :data:`MODELS`.
    """
    if kind not in MODELS:
        raise ValueError(f"change-point model {kind!r} is not one of {', '.join(MODELS)}")
    d = np.array([p.days for p in periods], float)
    y = np.array([p.energy for p in periods], float) / d
    best = None
    for tau_h, tau_c in _candidates(kind):
        xs = []
        if tau_h is not None:
            xs.append(_dd(periods, tau_h, True) / d)
        if tau_c is not None:
            xs.append(_dd(periods, tau_c, False) / d)
        if any(np.ptp(x) == 0 for x in xs):
            continue
        out = _wls(y, xs, d)
        if out is not None and (best is None or out[2] < best[0][2]):
            best = (out, tau_h, tau_c)
    if best is None:
        return None
    (coef, t, sse, resid), tau_h, tau_c = best
    b_h = float(coef[1]) if tau_h is not None else 0.0
    b_c = float(coef[-1]) if tau_c is not None else 0.0
    p = {"2P": 2, "3PH": 3, "3PC": 3, "4P": 4, "5P": 5}[kind]
    yhat = y - resid
    gof = ashrae14.goodness_of_fit(y, yhat, p)
    ss_tot = float(np.sum(d * (y - np.average(y, weights=d)) ** 2))
    return ChangePointModel(kind, float(coef[0]), b_h, b_c, tau_h, tau_c, p, len(y), gof.cv_rmse_pct, gof.nmbe_pct,
                            1.0 - sse / ss_tot if ss_tot > 0 else 0.0, tuple(float(x) for x in t),
                            tuple(float(r) for r in resid))


def admissible(m: ChangePointModel) -> bool:
    """Positive, significant slopes (t ≥ 2) and an intercept not
    significantly negative (module docstring)."""
    slopes = m.t_stats[1:]
    intercept_ok = m.a >= 0 or m.t_stats[0] > -T_MIN
    return intercept_ok and _slopes_positive(m) and all(t >= T_MIN for t in slopes)


def _slopes_positive(m: ChangePointModel) -> bool:
    return all(v > 0 for v, tau in ((m.b_h, m.tau_h), (m.b_c, m.tau_c)) if tau is not None)


def choose_model(periods, kinds=MODELS) -> tuple:
    """(chosen model, every fitted form): the admissible form with the lowest
    CV(RMSE); if none is admissible, the lowest CV(RMSE) of those with
    positive slopes, else of all."""
    fitted = [m for m in (fit_model(periods, k) for k in kinds) if m is not None and m.cv_rmse_pct is not None]
    if not fitted and len(periods) >= 3 and not any(p.energy > 0 for p in periods):
        raise ValueError(f"all {len(periods)} baseline readings are zero: no consumption to model")
    if not fitted:
        raise ValueError(f"{len(periods)} baseline reading(s) are too few for a change-point model "
                         "(a 2-parameter model needs at least 3)")
    ok = [m for m in fitted if admissible(m)] or [m for m in fitted if _slopes_positive(m)] or fitted
    return min(ok, key=lambda m: m.cv_rmse_pct), tuple(fitted)
