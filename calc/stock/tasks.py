"""Stock tasks: pure functions, a task's rows in, its records out.

A task is one row, or the rows of one heating network; it carries the rows'
cells, the column units and the package as JSON data, so it pickles small
and runs the same in a local process and on a Dask worker. Weather and the
data tables are loaded once per worker process (the loaders keep them), not
once per task.
"""

from __future__ import annotations

import hashlib
import json
import warnings
from dataclasses import dataclass
from functools import lru_cache

from ..assess import assess
from ..model import Measure
from ..projectfile import dumps
from ..results import to_json
from ..schema import ValidationError, from_data
from .records import records
from .rows import RowError, RowErrors, project_from_rows


@dataclass(frozen=True)
class Task:
    """``key``: the task's identity in the results file (the row's ``id``,
    or ``network:<id>``); ``rows``: its RawRows; ``units``: column -> unit
    of the header; ``package``: (name, list of measure JSON data);
    ``file_name``: the project file it writes, relative to the output
    folder."""

    key: str
    rows: tuple
    units: dict
    package: tuple
    file_name: str
    sensitivity: bool = False


def measures_from_data(data, where: str = "package") -> tuple:
    """Measures from their JSON data (the declarations of a project file).
    A worker reads each package once: every task of a stock carries the
    same one, and measures are immutable."""
    try:
        text = json.dumps(data, sort_keys=True, ensure_ascii=False)
    except (TypeError, ValueError):
        return _measures_from_data(data, where)
    return _parsed_measures(text, where)


@lru_cache(maxsize=64)
def _parsed_measures(text: str, where: str) -> tuple:
    return _measures_from_data(json.loads(text), where)


def _measures_from_data(data, where: str) -> tuple:
    if not isinstance(data, list):
        raise ValueError(f"{where}: expected a list of measures")
    out = []
    for i, item in enumerate(data):
        try:
            out.append(from_data(Measure, item, f"{where}[{i}]"))
        except ValidationError as e:
            raise ValueError("; ".join(str(x) for x in e.errors)) from None
    return tuple(out)


def run_task(task: Task) -> dict:
    """Assess one task.

    Returns
    -------
    dict
        ``key``, ``rows`` (row numbers), ``records`` (see
        calc.stock.records), ``errors`` (``[row, column, message]``) and
        ``project_text`` (the project file, so any row opens in the desktop
        program; None when the rows did not make a project). The project
        assessed is the one that text loads to, as ``main.py assess``
        would assess it.
    """
    name, data = task.package
    numbers = [r.number for r in task.rows]
    out = {"key": task.key, "rows": numbers, "records": [], "errors": [], "project_text": None}
    try:
        measures = measures_from_data(data)
        network = task.rows[0].cells.get("network", "")
        title = f"network {network}" if network else ""
        project, infos, skipped = project_from_rows(task.rows, task.units, measures, name=title)
    except RowErrors as e:
        out["errors"] = [[x.row, x.column, x.message] for x in e.errors]
        return out
    # The project file holds every field at full precision in its own unit
    # (as the model normalises it), so reading it back gives this very
    # project (tests/calc/stock/test_rows.py); it is assessed without
    # parsing its text again.
    text = dumps(project)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the assessment's own warnings go into its results
            # the table reports the package, not its steps (calc.stock.records)
            results = to_json(assess(project, sensitivity=task.sensitivity, steps=False))
    except ValueError as e:  # inputs the physics cannot handle, as main.py assess reports them
        out["errors"] = [[n, "(assessment)", f"cannot assess: {e}"] for n in numbers]
        return out
    except Exception as e:  # a fault of the program: named on its rows, the rest of the stock still runs
        out["errors"] = [[n, "(assessment)", f"internal error, please report: {type(e).__name__}: {e}"]
                         for n in numbers]
        return out
    out["project_text"] = text
    out["records"] = records(results, project, infos, package_name=name, project_file=task.file_name,
                             skipped=skipped, network=network)
    return out


def group_tasks(rows, units: dict, packages: dict, default_package: str, *, sensitivity=False):
    """Tasks of a stock and the errors found before any assessment
    (duplicate ids, unknown package names), as RowErrors.

    Rows with the same ``network`` become one task; the others one task
    each, in the file's order.
    """
    errors, seen, groups, order = [], {}, {}, []
    for r in rows:
        rid = r.cells.get("id", "")
        if not rid:
            errors.append(RowError(r.number, "id", "missing; every row needs a unique id"))
            continue
        if rid in seen:
            errors.append(RowError(r.number, "id", f"{rid!r} is already the id of row {seen[rid]}"))
            continue
        seen[rid] = r.number
        pkg = r.cells.get("package", default_package)
        if pkg not in packages:
            errors.append(RowError(r.number, "package", f"{pkg!r} is not a package of the package file; "
                                                        f"known: {', '.join(packages)}"))
            continue
        net = r.cells.get("network", "")
        key = f"network:{net}" if net else rid
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append((r, pkg))
    tasks, files = [], set()
    for key in order:
        members = groups[key]
        pkgs = {p for _, p in members}
        if len(pkgs) > 1:
            errors += [RowError(r.number, "package", f"buildings on one network take one package; found "
                                                     f"{', '.join(sorted(pkgs))}") for r, _ in members]
            continue
        pkg = members[0][1]
        stem = _safe(key)
        while stem in files:  # ids differing only in characters a file name cannot hold
            stem += "_"
        files.add(stem)
        file_name = f"projects/{stem}.json"
        tasks.append(Task(key=key, rows=tuple(r for r, _ in members), units=units,
                          package=(pkg, packages[pkg]), file_name=file_name, sensitivity=sensitivity))
    return tasks, errors


#: Cells of a task's first row that pick its weather and archetype (and the
#: height its films depend on).
AFFINITY = ("city", "use", "era", "storeys")


def by_affinity(tasks) -> list:
    """``tasks`` reordered so that those of one city, use, era and storey
    count run one after another, in the file's order within each group.

    A worker's memos (the weather's arrays, the archetype, the films of its
    walls, roof and windows) are bounded; a stock that mixes cities and
    archetypes row by row evicts them before the next row of the same kind
    comes, and each row computes them again (the test factory's mix: about
    7 ms of a 50 ms task). The results do not depend on the order; the
    tables are written in the file's order."""
    return sorted(tasks, key=lambda t: tuple(str(t.rows[0].cells.get(k, "")) for k in AFFINITY))


# File systems hold names of at most 255 bytes; the stem leaves room for
# ".json.partial" and the "_" that part same stems.
_MAX_STEM_BYTES = 200


def _safe(key: str) -> str:
    stem = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in key.replace("network:", "network_"))
    if len(stem.encode("utf-8")) <= _MAX_STEM_BYTES:
        return stem
    # a long id keeps its start, and a digest of the whole keeps it apart from ids sharing that start
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
    head = stem.encode("utf-8")[:_MAX_STEM_BYTES - 13].decode("utf-8", "ignore")
    return f"{head}_{digest}"
