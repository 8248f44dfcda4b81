"""The ``calibrate`` and ``mv`` sub-commands of main.py (no Qt)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ..messages import LANGUAGES, Names, render


def add_commands(sub) -> None:
    """Register the sub-commands on an argparse sub-parser set."""
    c = sub.add_parser("calibrate", help="fit a project to its meter readings (ASHRAE Guideline 14 figures)")
    c.add_argument("project")
    c.add_argument("meter", metavar="METER.csv", help="readings: period_start, period_end, carrier, quantity, unit (.csv or .xlsx)")
    c.add_argument("--out", metavar="CALIBRATED.json", help="write the calibrated project file")
    c.add_argument("--weather", metavar="FILE", help="weather of the metered period: an EPW, or a CSV of daily means "
                                                    "(date, temp_mean_c); default: the typical year")
    c.add_argument("--metered-at", choices=("station", "building"), default="station",
                   help="where district heat is metered (default: station, network losses included)")
    c.add_argument("--json", metavar="CALIBRATION.json", help="write the calibration record as JSON")
    c.add_argument("--language", choices=LANGUAGES, help="language of the record --out writes into the project's "
                                                        "notes (default: the project's report language)")
    m = sub.add_parser("mv", help="measured savings after the works (IPMVP Option C / GB/T 28750)")
    m.add_argument("baseline", metavar="BASELINE.csv", help="meter readings before the works")
    m.add_argument("reporting", metavar="REPORTING.csv", help="meter readings after the works")
    m.add_argument("--temperatures", metavar="DAILY.csv", required=True,
                   help="measured daily mean temperatures (date, temp_mean_c) covering both periods")
    m.add_argument("--carrier", help="carrier to verify (default: the first in the baseline file)")
    m.add_argument("--project", metavar="PROJECT.json", help="compare with the saving this project predicts")
    m.add_argument("--json", metavar="SAVINGS.json", help="write the result as JSON")
    m.add_argument("--record", action="store_true",
                   help="add the result to the notes of --project (printed in its report)")
    m.add_argument("--language", choices=LANGUAGES, help="language of the --record note (default: the project's "
                                                        "report language)")


def run(args, names: Names | None = None) -> int | None:
    """Run a sub-command of this module; None if ``args.command`` is not one.
    ``names(term, language)`` names the model choices in the note written
    into the project (calc.messages; main.py passes the report's names)."""
    if args.command == "calibrate":
        return _calibrate(args, names)
    if args.command == "mv":
        return _mv(args, names)
    return None


def note_text(note, project, language: str | None, names: Names | None) -> str:
    """A record for ``meta.notes`` in ``language`` (default: the project's
    report language, in which the report prints it)."""
    return render(note, language or project.meta.language, names)


def _err(msg) -> int:
    print(msg, file=sys.stderr)
    return 1


def _load_project(path):
    from ..projectfile import ProjectFileError, load

    try:
        return load(path), None
    except ProjectFileError as e:
        return None, "\n".join(f"{e.path}: {p}" for p in e.problems)


def _write_json(path, data) -> str | None:
    try:
        Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as e:
        return f"{path}: cannot write: {e.strerror or e}"
    return None


def load_weather(project, path, meter=None):
    """(weather, actual?) for a calibration: the typical year, an EPW of the
    period, or the typical year with measured daily means (which must cover
    some of the ``meter``'s days)."""
    from ..climate import read_weather_file, weather_for_site
    from .periods import read_daily_temperatures, unmeasured_days, with_daily_means

    if not path:
        return weather_for_site(project.site), False
    if str(path).lower().endswith(".csv"):
        daily = read_daily_temperatures(path)
        if meter is not None:
            missing, days = unmeasured_days(meter.readings, daily)
            if missing == days:
                raise ValueError(f"the daily temperatures ({min(daily.index):%Y-%m-%d} to {max(daily.index):%Y-%m-%d})"
                                 f" cover none of the {days} metered days ({meter.first_day} to {meter.last_day})")
            if missing:
                print(f"warning: {missing} of the {days} metered days have no measured temperature; the typical "
                      "year's are used for them", file=sys.stderr)
        return with_daily_means(weather_for_site(project.site), daily, source=Path(path).name), True
    return read_weather_file(path), True


def _calibrate(args, names=None) -> int:
    from ..climate import WeatherFileError
    from ..projectfile import save
    from .fit import CalibrationError, calibrate, provenance_note
    from .meter import MeterFileError, read_meter
    from .periods import TemperatureFileError
    from .results import calibration_json

    project, problem = _load_project(args.project)
    if problem:
        return _err(problem)
    try:
        meter = read_meter(args.meter)
    except MeterFileError as e:
        return _err("\n".join(f"{e.path}: {p}" for p in e.problems))
    try:
        weather, actual = load_weather(project, args.weather, meter)
    except (TemperatureFileError, WeatherFileError, ValueError, OSError) as e:
        text = str(e)  # the file's own errors name it already
        return _err(text if text.startswith(str(args.weather)) else f"{args.weather}: {text}")
    try:
        cal = calibrate(project, meter, weather, metered_at=args.metered_at, actual_weather=actual)
    except CalibrationError as e:
        return _err(f"{args.meter}: {e}")
    for line in summary_lines(cal):
        print(line)
    bench = calibrated_benchmark(cal.project)
    print(benchmark_line(bench))
    if args.out:
        note = note_text(provenance_note(cal, Path(args.meter).name), project, args.language, names)
        notes = (project.meta.notes + "\n" if project.meta.notes else "") + note
        out = cal.project.replace(meta=cal.project.meta.replace(notes=notes))
        try:
            save(out, args.out, backup=True)
        except OSError as e:
            return _err(f"{args.out}: cannot write: {e.strerror or e}")
        print(f"calibrated project written to {args.out}")
    if args.json:
        from ..results import to_json

        record = calibration_json(cal)
        record["benchmark"] = to_json(bench)
        problem = _write_json(args.json, record)
        if problem:
            return _err(problem)
    return 0


def calibrated_benchmark(project):
    """GB/T 51161 check of the calibrated project's baseline (BenchmarkResult)."""
    from ..assess import assess

    return assess(project, sensitivity=False).benchmark


def benchmark_line(b) -> str:
    if not b.applicable:
        return f"GB/T 51161-2016: not applicable ({b.reason['en']})"
    return (f"GB/T 51161-2016 ({b.use}, class {b.building_class}): calibrated non-heating energy "
            f"{b.value.m:.1f} kWh/(m²·a) against constraint {b.constraint.m:.0f} and guide {b.guide.m:.0f}: "
            f"{b.verdict.replace('_', ' ')}")


def summary_lines(cal) -> list:
    """Plain-text summary of a calibration (one line each)."""
    lines = []
    for f in cal.fits:
        b, a = f.before, f.after
        if a.cv_rmse_pct is not None:
            verdict = "meets" if f.meets() else "does not meet"
            k = f.criteria
            lines.append(f"{f.carrier}: {f.after.n} readings; CV(RMSE) {b.cv_rmse_pct:.1f} % → {a.cv_rmse_pct:.1f} %, "
                         f"NMBE {b.nmbe_pct:+.1f} % → {a.nmbe_pct:+.1f} % ({verdict} ASHRAE Guideline 14, "
                         f"{k.interval} data: ≤ {k.cv_rmse_limit_pct:g} %, ±{k.nmbe_limit_pct:g} %)")
        else:
            lines.append(f"{f.carrier}: {f.after.n} reading(s); model total {b.total_bias_pct:+.1f} % → "
                         f"{a.total_bias_pct:+.1f} % of the metered (CV(RMSE)/NMBE not applicable: too few readings)")
    for p in cal.parameters:
        vals = lambda v: ", ".join(f"{x:.3g}" for x in sorted(set(round(x, 4) for x in v)))
        state = p.held and f"held ({p.held})" or (f"on its {p.at_bound} bound" if p.at_bound else "fitted")
        lines.append(f"  {p.name}: {vals(p.entered)} → {vals(p.calibrated)} {p.unit} "
                     f"[range {p.low:g}–{p.high:g}] {state}")
    if not cal.identifiable:
        lines.append("  not identifiable: " + ", ".join(f"{a} and {b} trade off (r = {r:+.2f})"
                                                        for a, b, r in cal.trade_offs)
                     + "; only their joint effect is calibrated")
    if not cal.actual_weather:
        lines.append("warning: no weather of the metered period given: the typical year is used")
    lines.extend(f"warning: {w}" for w in cal.warnings)
    return lines


def _mv(args, names=None) -> int:
    from .meter import MeterFileError, read_meter
    from .periods import TemperatureFileError, read_daily_temperatures
    from .results import savings_json
    from .savings import measured_savings

    try:
        base, rep = read_meter(args.baseline), read_meter(args.reporting)
        temps = read_daily_temperatures(args.temperatures)
    except (MeterFileError, TemperatureFileError) as e:
        return _err("\n".join(f"{e.path}: {p}" for p in e.problems))
    carrier = args.carrier or base.carriers[0]
    if carrier not in base.carriers or carrier not in rep.carriers:
        return _err(f"carrier {carrier!r} must be in both files (baseline: {', '.join(base.carriers)}; "
                    f"reporting: {', '.join(rep.carriers)})")
    predicted = None
    if args.record and not args.project:
        return _err("--record needs --project: the measured saving is written into that project's notes")
    if args.project:
        project, problem = _load_project(args.project)
        if problem:
            return _err(problem)
        predicted = predicted_fraction(project, carrier)
    try:
        ms = measured_savings(base, rep, temps, carrier, predicted_fraction=predicted)
    except ValueError as e:
        return _err(str(e))
    for line in savings_lines(ms):
        print(line)
    if args.record:
        from ..projectfile import save
        from .savings import savings_note

        note = note_text(savings_note(ms, Path(args.baseline).name, Path(args.reporting).name), project,
                         args.language, names)
        notes = (project.meta.notes + "\n" if project.meta.notes else "") + note
        try:
            save(project.replace(meta=project.meta.replace(notes=notes)), args.project, backup=True)
        except OSError as e:
            return _err(f"{args.project}: cannot write: {e.strerror or e}")
        print(f"recorded in {args.project}")
    if args.json:
        problem = _write_json(args.json, savings_json(ms))
        if problem:
            return _err(problem)
    return 0


def predicted_fraction(project, carrier: str) -> float | None:
    """Saving of a carrier the assessment predicts for the package [-]."""
    from ..assess import assess

    res = assess(project, sensitivity=False)
    before = res.baseline.delivered.get(carrier)
    after = res.package.delivered.get(carrier)
    if before is None or before.m <= 0:
        return None
    return 1.0 - (after.m if after is not None else 0.0) / before.m


def savings_lines(ms) -> list:
    m = ms.model
    cps = ", ".join(f"{k} {v:.1f} °C" for k, v in (("heating change point", m.tau_h), ("cooling change point", m.tau_c))
                    if v is not None)
    lines = [f"{ms.carrier}: baseline model {m.kind} ({m.n} readings, CV(RMSE) {m.cv_rmse_pct:.1f} %, "
             f"R² {m.r2:.3f}; {m.a:.1f} kWh/d" + (f", {m.b_h:.2f} kWh/(K·d) heating" if m.tau_h is not None else "")
             + (f", {m.b_c:.2f} kWh/(K·d) cooling" if m.tau_c is not None else "") + (f"; {cps}" if cps else "") + ")",
             f"  adjusted baseline {ms.adjusted_baseline_kwh:,.0f} kWh, reporting period {ms.reporting_kwh:,.0f} kWh "
             f"→ saved {ms.savings_kwh:,.0f} kWh ({100 * ms.savings_fraction:.1f} %)"]
    for c, u in sorted(ms.uncertainty.items()):
        if u is None:
            lines.append(f"  uncertainty at {c:.0%}: not applicable (no saving)")
        else:
            lo, hi = ms.savings_range_kwh(c)
            lines.append(f"  uncertainty at {c:.0%}: ±{100 * u:.1f} % of the saving ({lo:,.0f} – {hi:,.0f} kWh)")
    if ms.predicted_fraction is not None:
        inside = {True: "inside", False: "outside", None: "—"}[ms.predicted_within_90]
        lines.append(f"  predicted {100 * ms.predicted_fraction:.1f} % against measured {100 * ms.savings_fraction:.1f} % "
                     f"({inside} the 90 % range)")
    return lines
