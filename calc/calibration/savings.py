"""Measured savings after the works: IPMVP Option C / GB/T 28750-2012.

Savings = adjusted baseline − reporting-period consumption, where the
adjusted baseline is the change-point baseline model (calc.calibration.
changepoint) evaluated on the reporting period's measured weather (routine
adjustment; GB/T 28750-2012 §5, IPMVP Core Concepts 2016 eq. 1). The
uncertainty is ASHRAE Guideline 14-2014 Annex B's fractional savings
uncertainty at 68 % and 90 % (calc.calibration.ashrae14), and the measured
saving is set beside the predicted one.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

import numpy as np

from ..messages import Term, msg

from . import ashrae14, changepoint
from .changepoint import Period

CONFIDENCES = (0.68, 0.90)
BILLING_MIN_MEAN_DAYS = 25.0    # readings this long on average are billing data (factor 1.26 applies)


@dataclass(frozen=True)
class MeasuredSavings:
    """Avoided consumption of one carrier; energies [kWh], fractions [-]."""

    carrier: str
    model: object                    # ChangePointModel chosen
    candidates: tuple                # every fitted form
    baseline_days: int
    reporting_days: int
    reporting_kwh: float
    adjusted_baseline_kwh: float
    savings_kwh: float
    savings_fraction: float
    uncertainty: dict                # confidence -> fractional savings uncertainty [-] or None
    predicted_fraction: float | None
    autocorrelation: float
    billing: bool

    def savings_range_kwh(self, confidence: float):
        """(low, high) of the savings at a confidence level [kWh], or None."""
        u = self.uncertainty.get(confidence)
        if u is None:
            return None
        return self.savings_kwh * (1 - u), self.savings_kwh * (1 + u)

    @property
    def predicted_within_90(self) -> bool | None:
        """Whether the predicted saving lies within the measured saving's 90 % range."""
        r = self.savings_range_kwh(0.90)
        if self.predicted_fraction is None or r is None:
            return None
        predicted = self.predicted_fraction * self.adjusted_baseline_kwh
        return r[0] <= predicted <= r[1]


def periods_of(readings, daily_temps) -> list:
    """Periods (daily temperatures [°C], energy [kWh]) of meter readings;
    every day of every reading needs a temperature (the message names the row)."""
    out, missing = [], []
    lookup = {d: float(v) for d, v in daily_temps.items()}
    for r in readings:
        days = [r.start + _dt.timedelta(days=k) for k in range(r.days)]
        temps = [lookup.get(d) for d in days]
        absent = [d for d, t in zip(days, temps) if t is None]
        if absent:
            missing.append(f"row {r.row}: no daily temperature for {len(absent)} day(s) from {absent[0]}")
            continue
        out.append(Period(np.array(temps), float(r.energy.to("kWh").m)))
    if missing:
        raise ValueError("; ".join(missing))
    return out


def measured_savings(baseline, reporting, daily_temps, carrier: str | None = None,
                     predicted_fraction: float | None = None, kinds=changepoint.MODELS) -> MeasuredSavings:
    """Avoided consumption of a carrier between a baseline and a reporting period.

    Parameters
    ----------
    baseline, reporting : MeterSeries
        Readings before and after the works [kWh].
    daily_temps : pandas.Series
        Measured daily mean outdoor temperature [°C] by date, covering both.
    carrier : str, optional
        The carrier to verify (default: the only one, or the first, in the baseline).
    predicted_fraction : float, optional
        The predicted saving of that carrier as a fraction of the baseline [-].
    """
    carrier = carrier or baseline.carriers[0]
    base = periods_of(baseline.of(carrier), daily_temps)
    rep = periods_of(reporting.of(carrier), daily_temps)
    if not rep:
        raise ValueError(f"the reporting period has no {carrier} readings")
    model, candidates = changepoint.choose_model(base, kinds)
    adjusted = float(sum(model.predict(p) for p in rep))
    actual = float(sum(p.energy for p in rep))
    saved = adjusted - actual
    fraction = saved / adjusted if adjusted > 0 else 0.0
    rho = ashrae14.lag1_autocorrelation(model.residuals)
    billing = float(np.mean([p.days for p in base])) >= BILLING_MIN_MEAN_DAYS
    cv = (model.cv_rmse_pct or 0.0) / 100.0
    unc = {c: ashrae14.fractional_savings_uncertainty(cv, fraction, model.n, len(rep), model.p, c, rho, billing)
           for c in CONFIDENCES}
    return MeasuredSavings(carrier, model, candidates, sum(p.days for p in base), sum(p.days for p in rep),
                           actual, adjusted, saved, fraction, unc, predicted_fraction, rho, billing)


def savings_note(ms: MeasuredSavings, baseline_source: str, reporting_source: str,
                 when: _dt.date | None = None) -> str:
    """One line for ``meta.notes`` recording a measured saving (starts
    "Measured savings"; a :class:`calc.messages.Message`, written in the
    user's language by the program)."""
    when = when or _dt.date.today()
    m = ms.model
    unc = [msg("savings.note_uncertainty", "±{u:.1f} % at {c} %", u=100 * u, c=round(100 * c))
           for c, u in sorted(ms.uncertainty.items()) if u is not None]
    predicted = ("" if ms.predicted_fraction is None else
                 msg("savings.note_predicted", "; predicted {p:.1f} %", p=100 * ms.predicted_fraction))
    return msg("savings.note",
               "Measured savings {date} (IPMVP Option C / GB/T 28750, {carrier}): baseline {baseline} ({n} readings, "
               "model {model}, CV(RMSE) {cv:.1f} %), reporting {reporting}: adjusted baseline {adjusted:,.0f} kWh, "
               "reporting {actual:,.0f} kWh, saved {saved:,.0f} kWh ({fraction:.1f} %), {unc} (ASHRAE Guideline 14)"
               "{predicted}.",
               date=when.isoformat(), carrier=Term("carrier", ms.carrier), baseline=baseline_source, n=m.n,
               model=m.kind, cv=m.cv_rmse_pct, reporting=reporting_source, adjusted=ms.adjusted_baseline_kwh,
               actual=ms.reporting_kwh, saved=ms.savings_kwh, fraction=100 * ms.savings_fraction,
               unc=unc or msg("savings.note_no_uncertainty", "uncertainty not applicable"), predicted=predicted)
