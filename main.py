"""Building energy retrofit calculator.

    python main.py [PROJECT.json]              open the desktop program
    python main.py validate PROJECT.json       check a project file
    python main.py assess PROJECT.json [--json RESULTS.json] [--pdf REPORT.pdf]
    python main.py portfolio STOCK.csv --package PACKAGE.json --out DIR
    python main.py calibrate PROJECT.json METER.csv [--out CALIBRATED.json]
    python main.py mv BASELINE.csv REPORTING.csv --temperatures DAILY.csv
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path



def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="main.py",
        description="Energy retrofit assessment of existing buildings in China against the "
                    "2024-2025 action plan targets (residential 30 %, public 20 %).",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    g = sub.add_parser("gui", help="open the desktop program (the default)")
    g.add_argument("project", nargs="?", help="project file to open (default: the sample residential block)")
    v = sub.add_parser("validate", help="check a project file; exit 0 if valid, 1 if not")
    v.add_argument("project")
    a = sub.add_parser("assess", help="run the whole assessment without the GUI")
    a.add_argument("project")
    a.add_argument("--json", metavar="RESULTS.json", help="write the results as JSON (units in every key)")
    a.add_argument("--pdf", metavar="REPORT.pdf", help="write the PDF assessment report")
    a.add_argument("--language", choices=("zh", "en"), help="report language (default: the project's)")
    a.add_argument("--uncertainty", type=int, default=200, metavar="N",
                   help="Monte Carlo samples of the saving rate (default 200; 0 = none)")
    a.add_argument("--seed", type=int, default=0, help="seed of the Monte Carlo sampler (default 0)")
    a.add_argument("--no-sensitivity", action="store_true",
                   help="leave out the sensitivity table (as the stock runs do)")
    _add_portfolio(sub)
    from calc.calibration import cli as calibration_cli

    calibration_cli.add_commands(sub)
    return p


def _add_portfolio(sub) -> None:
    s = sub.add_parser("portfolio", help="assess a stock of buildings listed in a CSV or XLSX file")
    s.add_argument("stock", help="CSV or XLSX, one building per row (docs/stock.md)")
    s.add_argument("--package", required=True, metavar="PACKAGE.json", help="the measures (a JSON list of measures)")
    s.add_argument("--out", required=True, metavar="DIR", help="output folder (table, summary, project files, PDF)")
    s.add_argument("--workers", type=int, metavar="N", help="local worker processes (default: every core)")
    s.add_argument("--scheduler", metavar="ADDRESS", help="run on this Dask distributed scheduler, e.g. tcp://host:8786")
    s.add_argument("--resume", action="store_true", help="skip the buildings already finished in DIR")
    s.add_argument("--no-pdf", action="store_true", help="do not write the stock PDF report")
    s.add_argument("--language", choices=("zh", "en"), default="zh", help="language of the stock PDF (default zh)")


def _portfolio(args) -> int:
    from calc.stock import PackageFileError, StockFileError, portfolio
    from calc.stock.store import ResumeError
    from tqdm import tqdm

    bars = []  # made at the first report, when the number of buildings is known

    def progress(done, total):
        if not bars:
            bars.append(tqdm(total=total, initial=done, unit="building", desc="assessing", file=sys.stderr,
                             dynamic_ncols=True))
        bars[0].n = done
        bars[0].refresh()

    def close_bar():
        for bar in bars:
            bar.close()

    try:
        run = portfolio(args.stock, args.package, args.out, workers=args.workers, scheduler=args.scheduler,
                        resume=args.resume, progress=progress)
    except (StockFileError, PackageFileError, ResumeError) as e:
        close_bar()
        print(str(e), file=sys.stderr)
        return 1
    close_bar()
    errors_file = run.files["errors"]
    lines = errors_file.read_text("utf-8-sig").splitlines()[1:]
    if lines:
        import csv

        for row, column, message in list(csv.reader(lines))[:20]:
            print(f"{args.stock}: row {row}, column {column}: {message}", file=sys.stderr)
        if len(lines) > 20:
            print(f"... {len(lines) - 20} more in {errors_file}", file=sys.stderr)
    if not args.no_pdf:
        from reports import ReportError
        from reports.stock import build_stock_pdf

        try:
            build_stock_pdf(run.summary, Path(args.out) / "stock.pdf", language=args.language,
                            title=Path(args.stock).stem)
        except ReportError as e:
            print(str(e), file=sys.stderr)
            return 1
    s, t = run.summary, run.summary["totals"]
    rate = t["saving_rate_tce_pct"]
    print(f"{args.stock}: {s['rows_assessed']} of {s['rows_total']} buildings assessed "
          f"({run.skipped} task(s) resumed), {t['floor_area_m2']:,.0f} m²; stock saving "
          f"{'n/a' if rate is None else f'{rate:.1f} %'} (tce); "
          f"{t['passed_projects']} of {t['projects']} project(s) reach the target; "
          f"{s['rows_failed']} row(s) not assessed; results in {args.out}")
    return 0


def _printable_console():
    """Print on any console encoding (a Chinese Windows console is GBK,
    which has no "²"): characters it cannot show become "?" instead of
    ending the program with UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")


def _validate(path: str) -> int:
    from calc.climate import WeatherFileError, weather_for_site
    from calc.projectfile import ProjectFileError, load
    from calc.geometry import floor_area

    try:
        project = load(path)
    except ProjectFileError as e:
        for problem in e.problems:
            print(f"{e.path}: {problem}", file=sys.stderr)
        return 1
    if project.site.weather_file:  # read now, so that what validate accepts assess can assess
        try:
            weather_for_site(project.site, Path(path).parent)
        except WeatherFileError as e:
            print(f"{path}: {e}", file=sys.stderr)
            return 1
    area = sum(floor_area(b).m for b in project.buildings)
    kinds = ", ".join(m.kind for m in project.measures if m.enabled) or "none"
    print(f"{path}: valid — {project.meta.name}; {project.site.city}; "
          f"{len(project.buildings)} building(s), {area:,.0f} m²; supply {project.supply.kind}; measures: {kinds}")
    return 0


def _assess(args) -> int:
    from calc.projectfile import ProjectFileError, load
    from calc.assess import assess
    from calc.results import to_json

    try:
        project = load(args.project)
    except ProjectFileError as e:
        for problem in e.problems:
            print(f"{e.path}: {problem}", file=sys.stderr)
        return 1
    try:
        result = assess(project, sensitivity=not args.no_sensitivity, uncertainty=args.uncertainty, seed=args.seed,
                        folder=Path(args.project).parent)
    except ValueError as e:  # inputs the physics cannot handle: a clear message, exit 1
        print(f"{args.project}: cannot assess: {e}", file=sys.stderr)
        return 1
    if args.json:
        text = json.dumps(to_json(result), ensure_ascii=False, indent=2)
        try:
            Path(args.json).write_text(text + "\n", encoding="utf-8")
        except OSError as e:
            print(f"{args.json}: cannot write: {e.strerror or e}", file=sys.stderr)
            return 1
    if args.pdf:
        from reports import ReportError, build_pdf

        try:
            build_pdf(project, result, args.pdf, language=args.language)
        except ReportError as e:
            print(str(e), file=sys.stderr)
            return 1
    t = result.target
    if t.passed is None:
        print(f"{project.meta.name}: no saving rate on the basis {t.basis} — not applicable ({t.not_applicable_reason})")
        return 0
    verdict = "PASS" if t.passed else "FAIL"
    print(f"{project.meta.name}: saving {t.saving_rate.m:.1f} % ({t.basis}) against the "
          f"{t.target_rate.m:.0f} % target — {verdict}, margin {t.margin.m:+.1f} pp")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0].endswith(".json") and not argv[0].startswith("-"):
        argv = ["gui", *argv]
    _printable_console()
    args = _parser().parse_args(argv)
    if args.command == "validate":
        return _validate(args.project)
    if args.command == "assess":
        return _assess(args)
    if args.command == "portfolio":
        return _portfolio(args)
    if args.command in ("calibrate", "mv"):
        from calc.calibration import cli as calibration_cli
        from reports.strings import term_name  # the note names parameters and carriers as the report does

        return calibration_cli.run(args, names=term_name)
    from gui.app import run

    # no file: the sample opens as an untitled copy, so it is never overwritten
    return run(getattr(args, "project", None))


if __name__ == "__main__":
    sys.exit(main())
