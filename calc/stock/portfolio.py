"""``portfolio(stock, package, out)``: a stock list in, assessments out.

The steps: read the list (calc.stock.table), group rows into tasks (one row
or one network each, calc.stock.tasks), run the tasks locally or on a Dask
cluster (calc.stock.run) writing each result as it arrives
(calc.stock.store), then write the per-building table and the summary with
the plan's indicators (calc.stock.output, calc.stock.summary).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .output import write_summary, write_tables
from .run import execute
from .store import ResultStore, fingerprint, read_results
from .indicators import indicators
from .summary import Reiterable, StockSummary, project_view
from .table import read_stock
from .tasks import group_tasks, measures_from_data

DEFAULT_PACKAGE = "package"


class PackageFileError(ValueError):
    pass


def read_packages(path) -> dict:
    """Packages of a package file: a JSON list of measures (one package,
    named ``package``) or an object ``{"packages": {name: [measures]}}``;
    every measure is checked here, before any row runs."""
    p = Path(path)
    try:
        doc = json.loads(p.read_text("utf-8-sig"))
    except OSError as e:
        raise PackageFileError(f"{p}: cannot read: {e.strerror or e}") from None
    except json.JSONDecodeError as e:
        raise PackageFileError(f"{p}: not valid JSON at line {e.lineno}, column {e.colno}: {e.msg}") from None
    if isinstance(doc, list):
        packages = {DEFAULT_PACKAGE: doc}
    elif isinstance(doc, dict) and isinstance(doc.get("packages"), dict) and doc["packages"]:
        packages = doc["packages"]
    else:
        raise PackageFileError(f"{p}: expected a list of measures or {{\"packages\": {{name: [measures]}}}}")
    for name, data in packages.items():
        try:
            measures_from_data(data, f"packages.{name}")
        except ValueError as e:
            raise PackageFileError(f"{p}: {e}") from None
    return packages


@dataclass
class PortfolioRun:
    """What a run did: tasks run now and skipped as already done, row errors
    found before running, the summary and the files written."""

    tasks: int
    ran: int
    skipped: int
    summary: dict
    files: dict = field(default_factory=dict)


def portfolio(stock_path, package_path, out_dir, *, workers=None, scheduler=None, resume=False,
              progress=None, sensitivity=False) -> PortfolioRun:
    """Assess every building of a stock list.

    Parameters
    ----------
    stock_path : path
        CSV or XLSX, one building per row (see docs/stock.md).
    package_path : path
        JSON list of measures, or ``{"packages": {...}}`` for a ``package`` column.
    out_dir : path
        Output folder (created).
    workers : int, optional
        Local worker processes (default: every core; 1 = in this process).
    scheduler : str or distributed.Client, optional
        Run on this Dask cluster instead.
    resume : bool
        Skip the tasks already finished in ``out_dir`` by a run of the same
        stock and package.
    progress : callable, optional
        ``progress(done, total)`` in buildings, after each task (and once
        at the start).

    Raises
    ------
    calc.stock.table.StockFileError, PackageFileError, calc.stock.store.ResumeError
    """
    columns, rows = read_stock(stock_path)
    packages = read_packages(package_path)
    units = {c.name: c.unit for c in columns if c.unit}
    tasks, pre_errors = group_tasks(rows, units, packages, DEFAULT_PACKAGE, sensitivity=sensitivity)
    run_id = fingerprint(Path(stock_path).read_bytes(), Path(package_path).read_bytes(), bytes([sensitivity]))
    store = ResultStore(out_dir, run_id, resume=resume)
    todo = [t for t in tasks if t.key not in store.done]
    total = sum(len(t.rows) for t in tasks)
    done = total - sum(len(t.rows) for t in todo)
    if progress:
        progress(done, total)

    def on_results(results):
        nonlocal done
        store.add_many(results)
        done += sum(len(r["rows"]) for r in results)
        if progress:
            progress(done, total)

    try:
        ran = execute(todo, workers=workers, scheduler=scheduler, on_results=on_results)
    finally:
        store.close()
    summary = StockSummary()
    for result in read_results(out_dir):
        summary.add(result)
    data = summary.to_json(rows_total=len(rows))
    data["indicators"] = indicators(Reiterable(
        lambda: (project_view(r) for r in read_results(out_dir) if not r["errors"])))
    data["rows_failed"] += len(pre_errors)
    data["row_errors"] += len(pre_errors)
    files = write_tables(read_results(out_dir), out_dir, pre_errors)
    files["summary"] = write_summary(data, out_dir)
    return PortfolioRun(tasks=len(tasks), ran=ran, skipped=len(tasks) - len(todo), summary=data, files=files)
