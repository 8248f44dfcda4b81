"""The per-building table (CSV and XLSX), the row errors and the summary
JSON of a stock run, written from the results file record by record.

Written through a temporary file and renamed, like project files, so a
reader never sees half a table.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from pathlib import Path

from .records import RECORD_KEYS

ERROR_KEYS = ("row", "column", "message")


def _atomic_path(path: Path):
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    return Path(tmp)


def write_tables(results, folder, pre_errors=()) -> dict:
    """``buildings.csv``, ``buildings.xlsx`` and ``errors.csv`` from the task
    results (in row order); returns the paths written."""
    from openpyxl import Workbook

    folder = Path(folder)
    paths = {"csv": folder / "buildings.csv", "xlsx": folder / "buildings.xlsx", "errors": folder / "errors.csv"}
    tmp = {k: _atomic_path(p) for k, p in paths.items()}
    wb = Workbook(write_only=True)
    sheet = wb.create_sheet("buildings")
    sheet.append(list(RECORD_KEYS))
    errors = sorted([e.row, e.column, e.message] for e in pre_errors)
    with open(tmp["csv"], "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(RECORD_KEYS)
        for result in results:
            errors += result["errors"]
            for rec in result["records"]:
                row = [rec[k] for k in RECORD_KEYS]
                w.writerow(["" if v is None else v for v in row])
                sheet.append(row)
    errors.sort(key=lambda e: (e[0], e[1]))
    err = wb.create_sheet("errors")
    err.append(list(ERROR_KEYS))
    with open(tmp["errors"], "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(ERROR_KEYS)
        for e in errors:
            w.writerow(e)
            err.append(list(e))
    wb.save(tmp["xlsx"])
    for k, p in paths.items():
        os.replace(tmp[k], p)
    return paths


def write_summary(summary: dict, folder) -> Path:
    path = Path(folder) / "summary.json"
    tmp = _atomic_path(path)
    tmp.write_text(json.dumps(summary, ensure_ascii=False, indent=2, allow_nan=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return path


def errors_text(errors) -> str:
    buf = io.StringIO()
    for e in errors:
        buf.write(f"row {e[0]}, column {e[1]}: {e[2]}\n")
    return buf.getvalue()
