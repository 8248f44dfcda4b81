"""Calibration and measured-savings results as JSON (units in every key)."""

from __future__ import annotations

import math


def _r(x, nd=3):
    return None if x is None or not math.isfinite(float(x)) else round(float(x), nd)


def fit_json(f, criteria=None) -> dict:
    """One set of Guideline 14 figures, judged by ``criteria``
    (ashrae14.Criteria; monthly when not given)."""
    from .ashrae14 import CRITERIA

    criteria = criteria or CRITERIA["monthly"]
    return {"n": f.n, "cv_rmse_pct": _r(f.cv_rmse_pct, 2), "nmbe_pct": _r(f.nmbe_pct, 2),
            "total_bias_pct": _r(f.total_bias_pct, 2),
            "meets_guideline_14": f.meets(criteria),
            "not_applicable_reason": None if f.cv_rmse_pct is not None else "n ≤ p: too few readings"}


def criteria_json(c) -> dict:
    return {"interval": c.interval, "cv_rmse_limit_pct": c.cv_rmse_limit_pct, "nmbe_limit_pct": c.nmbe_limit_pct}


def calibration_json(cal) -> dict:
    """The machine-readable record of a calibration (calc.calibration.fit.Calibration)."""
    return {
        "metered_at": cal.metered_at,
        "weather_source": cal.weather_source,
        "actual_weather": cal.actual_weather,
        "identifiable": cal.identifiable,
        "trade_offs": [{"a": a, "b": b, "correlation": _r(r)} for a, b, r in cal.trade_offs],
        "parameters": [{"name": p.name, "unit": p.unit, "low": p.low, "high": p.high,
                        "entered": [_r(v, 4) for v in p.entered], "calibrated": [_r(v, 4) for v in p.calibrated],
                        "at_bound": p.at_bound, "held": p.held, "source": p.source} for p in cal.parameters],
        "fits": [{"carrier": f.carrier, "guideline_14_criteria": criteria_json(f.criteria),
                  "before": fit_json(f.before, f.criteria), "after": fit_json(f.after, f.criteria)} for f in cal.fits],
        "readings": [{"row": r.row, "period_start": r.start.isoformat(), "period_end": r.end.isoformat(),
                      "carrier": r.carrier, "measured_kwh": _r(m, 1), "modelled_before_kwh": _r(b, 1),
                      "modelled_after_kwh": _r(a, 1)}
                     for r, m, b, a in zip(cal.readings, cal.measured_kwh, cal.modelled_before_kwh,
                                           cal.modelled_after_kwh)],
        "model_evaluations": cal.evaluations,
        "warnings": list(cal.warnings),
    }


def savings_json(ms) -> dict:
    """The machine-readable record of measured savings (calc.calibration.savings.MeasuredSavings)."""
    m = ms.model
    model = lambda x: {"kind": x.kind, "intercept_kwh_per_day": _r(x.a, 4),
                       "heating_slope_kwh_per_kday": _r(x.b_h, 4), "cooling_slope_kwh_per_kday": _r(x.b_c, 4),
                       "heating_change_point_degc": _r(x.tau_h, 2), "cooling_change_point_degc": _r(x.tau_c, 2),
                       "parameters": x.p, "n": x.n, "cv_rmse_pct": _r(x.cv_rmse_pct, 2),
                       "nmbe_pct": _r(x.nmbe_pct, 2), "r2": _r(x.r2, 4)}
    out = {
        "carrier": ms.carrier, "model": model(m), "candidates": [model(x) for x in ms.candidates],
        "baseline_days": ms.baseline_days, "reporting_days": ms.reporting_days,
        "reporting_kwh": _r(ms.reporting_kwh, 1), "adjusted_baseline_kwh": _r(ms.adjusted_baseline_kwh, 1),
        "savings_kwh": _r(ms.savings_kwh, 1), "savings_pct": _r(100 * ms.savings_fraction, 2),
        "autocorrelation": _r(ms.autocorrelation, 3), "billing_data": ms.billing,
        "predicted_savings_pct": None if ms.predicted_fraction is None else _r(100 * ms.predicted_fraction, 2),
        "predicted_within_90_pct_range": ms.predicted_within_90,
    }
    for c in sorted(ms.uncertainty):
        u = ms.uncertainty[c]
        key = f"{round(c * 100)}"
        out[f"savings_uncertainty_{key}_pct"] = None if u is None else _r(100 * u, 2)
        rng = ms.savings_range_kwh(c)
        out[f"savings_range_{key}_kwh"] = None if rng is None else [_r(rng[0], 1), _r(rng[1], 1)]
    return out
