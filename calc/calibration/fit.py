"""Bounded least-squares calibration of a project to its meter readings.

The model of a reading is the project's delivered energy of the reading's
carrier summed over the reading's days on the weather year (calc.variant:
needs, supply, PV; no accounting). Residuals are the differences of the
mean daily consumption of each reading, divided by the mean metered daily
consumption of its carrier, so that carriers and periods of any length weigh
alike. The declared parameters (calc.calibration.parameters) are mapped onto
0..1 between their bounds and fitted with ``scipy.optimize.least_squares``
(trust-region reflective, bounds kept; a parameter that ends on a bound is
reported as such, never clamped silently; if another parameter is left, the
one on its bound is fixed there and the next takes over). No more parameters are fitted
than there are readings less one (one for a single reading); parameters that
do not move the metered readings are held.

Identifiability: from the Jacobian J at the solution, the parameter
correlation matrix of (JᵀJ)⁻¹; a pair with |r| above
:data:`CORRELATION_LIMIT` trades off -- the meters cannot tell the two
apart, and only their joint effect is calibrated.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

import numpy as np
from scipy.optimize import least_squares

from ..messages import Term, msg
from ..variant import ThermalCache, simulate_state
from . import ashrae14
from . import parameters as params
from .periods import day_counts, daily_totals

CORRELATION_LIMIT = 0.9       # |r| above which two parameters are reported as trading off
NO_EFFECT = 0.01              # change of any reading over the whole range, relative to the carrier's mean, below which a parameter is held
DIFF_STEP = 1e-3              # finite-difference step on the 0..1 scale (the hourly control switches make tiny steps noisy)
BOUND_TOL = 1e-6             # on the 0..1 scale: a parameter this close to a bound is on it
METERED_AT = ("station", "building")


class CalibrationError(ValueError):
    """Meter data and project that cannot be compared (message names the row)."""


@dataclass(frozen=True)
class FittedParameter:
    """One parameter: entered and calibrated values [unit] (per building, or
    one), the step applied, the bounds of the step, and flags."""

    name: str
    unit: str
    low: float
    high: float
    source: str
    entered: tuple
    calibrated: tuple
    step: float
    at_bound: str | None      # "low", "high" or None
    held: str | None          # why it was not fitted, or None


@dataclass(frozen=True)
class CarrierFit:
    """Guideline 14 figures of one carrier before and after (ashrae14.Fit),
    judged by the ``criteria`` of its readings' interval (ashrae14.Criteria)."""

    carrier: str
    before: object
    after: object
    criteria: object = ashrae14.CRITERIA["monthly"]

    def meets(self) -> bool | None:
        """The calibrated model within the criteria (None: too few readings)."""
        return self.after.meets(self.criteria)


@dataclass(frozen=True)
class Calibration:
    """Result of :func:`calibrate`; ``project`` is the calibrated project."""

    project: object
    parameters: tuple
    fits: tuple
    readings: tuple
    measured_kwh: tuple
    modelled_before_kwh: tuple
    modelled_after_kwh: tuple
    trade_offs: tuple           # (name, name, r)
    identifiable: bool
    weather_source: str
    actual_weather: bool
    metered_at: str
    evaluations: int
    warnings: tuple


def _delivered_daily(project, weather, carriers, metered_at) -> dict:
    state = simulate_state(project, ThermalCache(weather))
    out = {}
    for c in carriers:
        if c == "district_heat" and metered_at == "building" and project.supply.network is not None:
            eff = project.supply.network.substation_efficiency
            hourly = sum(np.asarray(th.heating.to("W").m, float) for th in state.thermal.values()) / 1000.0 / eff
        else:
            q = state.supply.delivered.get(c)
            hourly = np.zeros(8760) if q is None else np.asarray(q.to("kWh").m, float)
        out[c] = daily_totals(hourly)
    return out


def model_readings(project, weather, meter, metered_at: str = "station") -> np.ndarray:
    """Modelled energy of every reading [kWh], in the meter's order."""
    daily = _delivered_daily(project, weather, meter.carriers, metered_at)
    w = day_counts(meter.readings)
    return np.array([w[i] @ daily[r.carrier] for i, r in enumerate(meter.readings)])


def _check(project, weather, meter, metered_at):
    if metered_at not in METERED_AT:
        raise CalibrationError(f"metered_at {metered_at!r} is not one of {', '.join(METERED_AT)}")
    state = simulate_state(project, ThermalCache(weather))
    have = {c for c, q in state.supply.delivered.items() if float(np.sum(q.to("kWh").m)) > 0}
    for c in meter.carriers:
        if c not in have:
            rows = ", ".join(str(r.row) for r in meter.of(c))
            raise CalibrationError(f"rows {rows}: carrier {c!r} is metered but the project uses none "
                                   f"(it uses {', '.join(sorted(have)) or 'nothing'})")
    if all(r.energy.m == 0 for r in meter.readings):
        raise CalibrationError("every reading is zero; there is nothing to calibrate to")


def calibrate(project, meter, weather, *, metered_at: str = "station", actual_weather: bool = False,
              max_parameters: int | None = None) -> Calibration:
    """Calibrate ``project`` to ``meter`` (a calc.calibration.meter.MeterSeries).

    Parameters
    ----------
    project : calc.model.Project
    meter : MeterSeries
        Readings [kWh final energy] by period and carrier.
    weather : calc.climate.Weather
        The weather of the metered period (typical year, or with measured
        daily means: calc.calibration.periods.with_daily_means).
    metered_at : str
        Where district heat is metered: ``station`` (heat sent out, network
        losses included) or ``building`` (substation input).
    actual_weather : bool
        Whether ``weather`` is the metered period's (recorded in the result).
    max_parameters : int, optional
        Fit at most this many parameters (in the declared priority order).

    Returns
    -------
    Calibration
        Calibrated project, parameters, Guideline 14 figures per carrier
        before and after, trade-offs.
    """
    _check(project, weather, meter, metered_at)
    readings = meter.readings
    measured = np.array([r.energy.to("kWh").m for r in readings])
    days = np.array([r.days for r in readings], float)
    scale = {c: max(float(np.mean([r.energy.to("kWh").m / r.days for r in meter.of(c)])), 1e-9) for c in meter.carriers}
    norm = np.array([days[i] * scale[r.carrier] for i, r in enumerate(readings)])
    evaluations = [0]

    def model(p):
        evaluations[0] += 1
        return model_readings(p, weather, meter, metered_at)

    before = model(project)
    warnings = list(meter.warnings)
    candidates, held = [], {}
    for p in params.declared():
        if not params.applies(p, project, metered_at):
            continue
        lo, hi, neutral = params.step_bounds(p, project)
        if lo >= hi:
            held[p.name] = msg("calibration.held_span", "the entered values of the buildings span more than the "
                               "physical range")
            candidates.append((p, lo, hi, neutral))
            continue
        if not lo <= neutral <= hi:
            warnings.append(msg("calibration.outside_range", "{parameter}: entered value outside the physical range "
                                "{low:g}–{high:g} {unit}; the fit starts from the nearest bound",
                                parameter=Term("calibration_parameter", p.name), low=p.low, high=p.high,
                                unit=Term("unit", "" if p.unit == "dimensionless" else p.unit)))
        candidates.append((p, lo, hi, neutral))
    # sensitivity over the whole range: a parameter that does not move the metered readings is held
    for p, lo, hi, neutral in candidates:
        if p.name in held:
            continue
        y_lo, y_hi = model(params.apply_step(p, project, lo)), model(params.apply_step(p, project, hi))
        if float(np.max(np.abs(y_hi - y_lo) / norm)) < NO_EFFECT:
            held[p.name] = msg("calibration.held_no_effect", "does not change the metered readings")
    limit = max(1, len(readings) - 1)
    if max_parameters is not None:
        limit = min(limit, max_parameters)
    usable = [c for c in candidates if c[0].name not in held]
    fixed: dict = {}      # name -> step: parameters fixed on the bound they reached
    while True:
        free = [c for c in usable if c[0].name not in fixed][:limit]
        base = project
        for p, lo, hi, neutral in usable:
            if p.name in fixed:
                base = params.apply_step(p, base, fixed[p.name])
        u, jac = _solve(base, free, model, measured, norm, len(readings))
        spare = [c for c in usable if c[0].name not in fixed and c not in free]
        ended = [(c, ui) for c, ui in zip(free, u) if ui <= BOUND_TOL or ui >= 1 - BOUND_TOL]
        if not ended or not spare:
            break
        # a parameter on its bound is fixed there and the next in order takes over
        for (p, lo, hi, _), ui in ended:
            fixed[p.name] = lo if ui <= BOUND_TOL else hi
    for p, lo, hi, neutral in usable:
        if p.name not in fixed and all(p is not f[0] for f in free):
            held[p.name] = msg("calibration.held_too_few", "more parameters than the {n} reading(s) can determine",
                               n=len(readings))
    project_at = _stepper(base, free)
    calibrated = project_at(u)
    after = model(calibrated)
    trade_offs, identifiable = _trade_offs([p.name for p, *_ in free], jac)
    fitted = _fitted(project, free, u, held, candidates, fixed)
    fits = tuple(CarrierFit(c, ashrae14.goodness_of_fit(_of(measured, readings, c), _of(before, readings, c)),
                            ashrae14.goodness_of_fit(_of(measured, readings, c), _of(after, readings, c)),
                            ashrae14.criteria_for(r.days for r in meter.of(c)))
                 for c in meter.carriers)
    for f in fitted:
        if f.at_bound:
            bound = {"low": msg("calibration.low", "low"), "high": msg("calibration.high", "high")}
            warnings.append(msg("calibration.on_bound", "{parameter} ended on its {bound} bound: the range may be "
                                "too narrow or another input is wrong", parameter=Term("calibration_parameter", f.name),
                                bound=bound.get(f.at_bound, f.at_bound)))
    return Calibration(
        project=calibrated, parameters=tuple(fitted), fits=fits, readings=readings,
        measured_kwh=tuple(measured), modelled_before_kwh=tuple(before), modelled_after_kwh=tuple(after),
        trade_offs=tuple(trade_offs), identifiable=identifiable, weather_source=weather.source,
        actual_weather=actual_weather, metered_at=metered_at, evaluations=evaluations[0], warnings=tuple(warnings))


def _stepper(base, free):
    def project_at(u):
        out = base
        for (p, lo, hi, _), ui in zip(free, u):
            out = params.apply_step(p, out, lo + float(ui) * (hi - lo))
        return out
    return project_at


def _solve(base, free, model, measured, norm, n):
    """Least-squares steps (0..1 scale) of the free parameters and the Jacobian."""
    if not free:
        return np.array([]), np.zeros((n, 0))
    project_at = _stepper(base, free)

    def residuals(u):
        return (model(project_at(u)) - measured) / norm

    u0 = np.array([np.clip((neutral - lo) / (hi - lo), 0.0, 1.0) for p, lo, hi, neutral in free])
    sol = least_squares(residuals, u0, bounds=(0.0, 1.0), method="trf", diff_step=DIFF_STEP, x_scale=1.0,
                        xtol=1e-6, ftol=1e-8)
    return sol.x, sol.jac


def _of(values, readings, carrier):
    return np.array([v for v, r in zip(values, readings) if r.carrier == carrier])


def _trade_offs(names, jac):
    if len(names) < 2:
        return [], True
    jtj = jac.T @ jac
    if np.linalg.matrix_rank(jtj) < len(names):
        return [(a, b, float("nan")) for i, a in enumerate(names) for b in names[i + 1:]], False
    cov = np.linalg.inv(jtj)
    sd = np.sqrt(np.diag(cov))
    corr = cov / np.outer(sd, sd)
    pairs = [(names[i], names[j], float(corr[i, j])) for i in range(len(names)) for j in range(i + 1, len(names))
             if abs(corr[i, j]) > CORRELATION_LIMIT]
    return pairs, not pairs


def _fitted(project, free, u, held, candidates, fixed):
    steps = {p.name: (lo + float(ui) * (hi - lo), ui) for (p, lo, hi, _), ui in zip(free, u)}
    for p, lo, hi, _ in candidates:
        if p.name in fixed:
            steps[p.name] = (fixed[p.name], 0.0 if fixed[p.name] == lo else 1.0)
    out = []
    for p, lo, hi, neutral in candidates:
        step, ui = steps.get(p.name, (neutral, None))
        bound = None
        if ui is not None and ui <= BOUND_TOL:
            bound = "low"
        elif ui is not None and ui >= 1 - BOUND_TOL:
            bound = "high"
        out.append(FittedParameter(
            name=p.name, unit=p.unit, low=p.low, high=p.high, source=p.source,
            entered=tuple(params.entered(p, project)), calibrated=tuple(params.values_after(p, project, step)),
            step=step, at_bound=bound, held=held.get(p.name)))
    return out


def provenance_note(cal: Calibration, meter_source: str, when: _dt.date | None = None) -> str:
    """One paragraph for ``meta.notes`` recording what the calibration changed
    (a :class:`calc.messages.Message`: English as a string; the program
    writes it in the user's language, and the report finds either form)."""
    when = when or _dt.date.today()
    # the note is read in the report: names and units as words, not keys
    moved = [msg("calibration.note_moved", "{parameter} {entered} → {calibrated} {unit}",
                 parameter=Term("calibration_parameter", p.name), entered=_fmt(p.entered),
                 calibrated=_fmt(p.calibrated), unit=_unit(p.unit))
             for p in cal.parameters if p.held is None]
    figures = [_fit_figures(f) for f in cal.fits
               if f.after.cv_rmse_pct is not None or f.after.total_bias_pct is not None]
    weather = (msg("calibration.note_weather_measured", "measured weather of the period") if cal.actual_weather
               else msg("calibration.note_weather_typical", "typical-year weather"))
    at = (msg("calibration.note_at_station", "the station") if cal.metered_at == "station"
          else msg("calibration.note_at_building", "the building"))
    trade = ([msg("calibration.note_trade_offs", " Parameters trading off: {pairs}.",
                  pairs=[msg("calibration.note_pair", "{a}/{b}", a=Term("calibration_parameter", x),
                             b=Term("calibration_parameter", y)) for x, y, _ in cal.trade_offs])]
             if not cal.identifiable else [])
    return msg("calibration.note",
               "Calibrated {date} to {meter} ({n} readings {start} to {end}, {weather}, district heat metered at "
               "{at}; ASHRAE Guideline 14): {moved}. {figures}.{trade}",
               date=when.isoformat(), meter=meter_source, n=len(cal.readings),
               start=str(min(r.start for r in cal.readings)), end=str(max(r.end for r in cal.readings)),
               weather=weather, at=at, moved=moved or [msg("calibration.note_none_moved", "no parameter moved")],
               figures=figures, trade=trade or "")


def _fit_figures(f):
    """One carrier's Guideline 14 figures before → after, for the note."""
    b, a, carrier = f.before, f.after, Term("carrier", f.carrier)
    if a.cv_rmse_pct is None:
        return msg("calibration.note_total", "{carrier} total {before:+.1f} → {after:+.1f} %",
                   carrier=carrier, before=b.total_bias_pct, after=a.total_bias_pct)
    k = f.criteria
    verdict = (msg("calibration.note_meets", "meets") if f.meets()
               else msg("calibration.note_fails", "does not meet"))
    interval = (msg("calibration.note_monthly", "monthly") if k.interval == "monthly"
                else msg("calibration.note_hourly", "hourly"))
    return msg("calibration.note_fit",
               "{carrier} CV(RMSE) {cv_before:.1f} → {cv_after:.1f} %, NMBE {nmbe_before:+.1f} → {nmbe_after:+.1f} % "
               "({verdict} the {interval} criteria ≤ {cv_limit:g} % / ±{nmbe_limit:g} %)",
               carrier=carrier, cv_before=b.cv_rmse_pct, cv_after=a.cv_rmse_pct, nmbe_before=b.nmbe_pct,
               nmbe_after=a.nmbe_pct, verdict=verdict, interval=interval, cv_limit=k.cv_rmse_limit_pct,
               nmbe_limit=k.nmbe_limit_pct)


def _unit(unit: str) -> str:
    """A parameter's unit as printed: W/m**2 -> W/m², none for dimensionless."""
    return "" if unit == "dimensionless" else unit.replace("**2", "²").replace("**3", "³")


def _fmt(values):
    vals = sorted(set(round(v, 3) for v in values))
    return f"{vals[0]:g}" if len(vals) == 1 else f"{vals[0]:g}–{vals[-1]:g}"
