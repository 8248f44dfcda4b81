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

from .. import program_version
from ..projectfile import VERSION, ProjectFileError, migrate_measures
from .output import write_summary, write_tables
from .run import execute
from .store import ResultStore, fingerprint, read_results
from .indicators import indicators
from .summary import SpooledViews, StockSummary
from .table import read_stock
from .tasks import by_affinity, group_tasks, measures_from_data

DEFAULT_PACKAGE = "package"

PACKAGE_FORMAT = "retrofit-calculator-package"
#: Version of a package file that names none: the first stock release wrote
#: bare lists, with the measures as project files of version 1 declared them
UNVERSIONED_PACKAGE = 1
_LAYOUT = (f'expected {{"format": "{PACKAGE_FORMAT}", "version": N, "measures": [...]}} (or "packages": '
           '{name: [measures]} for several), or a list of measures')


class PackageFileError(ValueError):
    pass


def read_packages(path) -> dict:
    """Packages of a package file, every measure checked here, before any
    row runs. The file is ``{"format": PACKAGE_FORMAT, "version": N,
    "measures": [...]}`` (one package, named ``package``) or the same with
    ``"packages": {name: [measures]}`` for a ``package`` column. The
    measures are a project file's declarations and ``version`` is the
    project-file version they were written for: older ones are migrated as
    a project file would be (calc.projectfile.MIGRATIONS). A bare list, or
    an object without a version, is a file of the first stock release:
    version 1."""
    p = Path(path)
    try:
        doc = json.loads(p.read_text("utf-8-sig"))
    except OSError as e:
        raise PackageFileError(f"{p}: cannot read: {e.strerror or e}") from None
    except json.JSONDecodeError as e:
        raise PackageFileError(f"{p}: not valid JSON at line {e.lineno}, column {e.colno}: {e.msg}") from None
    if isinstance(doc, list):
        doc = {"measures": doc}
    if not isinstance(doc, dict):
        raise PackageFileError(f"{p}: {_LAYOUT}")
    if doc.get("format", PACKAGE_FORMAT) != PACKAGE_FORMAT:
        raise PackageFileError(f"{p}: format: {doc['format']!r} is not a package file (expected {PACKAGE_FORMAT!r})")
    if isinstance(doc.get("packages"), dict) and doc["packages"]:
        packages = doc["packages"]
    elif isinstance(doc.get("measures"), list):
        packages = {DEFAULT_PACKAGE: doc["measures"]}
    else:
        raise PackageFileError(f"{p}: {_LAYOUT}")
    version = doc.get("version", UNVERSIONED_PACKAGE)
    out = {}
    for name, data in packages.items():
        try:
            out[name] = migrate_measures(data, version, p) if isinstance(data, list) else data
            measures_from_data(out[name], f"packages.{name}")
        except ProjectFileError as e:
            raise PackageFileError(str(e)) from None
        except ValueError as e:
            raise PackageFileError(f"{p}: {e}") from None
    return out


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
        Package file (:func:`read_packages`).
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
    run_id = fingerprint(Path(stock_path).read_bytes(), Path(package_path).read_bytes(), bytes([sensitivity]),
                         program_version().encode("utf-8"))
    store = ResultStore(out_dir, run_id, resume=resume)
    todo = by_affinity(t for t in tasks if t.key not in store.done)
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
    # one pass over the results file for the tables, the totals and the
    # indicators' views
    summary = StockSummary()
    with SpooledViews(out_dir) as views:
        def each():
            for result in read_results(out_dir):
                summary.add(result)
                views.add(result)
                yield result
        files = write_tables(each(), out_dir, pre_errors)
        data = summary.to_json(rows_total=len(rows))
        data["indicators"] = indicators(views)
    data["rows_failed"] += len(pre_errors)
    data["row_errors"] += len(pre_errors)
    files["summary"] = write_summary(data, out_dir)
    return PortfolioRun(tasks=len(tasks), ran=ran, skipped=len(tasks) - len(todo), summary=data, files=files)
