"""Export of results from the program: JSON as the command line writes it,
tables as XLSX and CSV; refused for stale results."""

from __future__ import annotations

import csv
import json

import pytest
from PySide6.QtWidgets import QMessageBox

from calc.results import to_json

from .conftest import make_window


@pytest.fixture
def assessed_window(qtbot):
    w = make_window(qtbot, assess=True)
    qtbot.waitUntil(lambda: w.runner.assessment is not None and not w.runner.is_busy(), timeout=120000)
    return w


def test_json_is_the_results_document(assessed_window, tmp_path):
    w = assessed_window
    [path] = w.export_results("json", str(tmp_path / "r.json"))
    data = json.loads(open(path, encoding="utf-8").read())
    assert data == json.loads(json.dumps(to_json(w.runner.assessment)))


def test_xlsx_holds_every_table_with_the_assessments_numbers(assessed_window, tmp_path):
    from openpyxl import load_workbook

    w = assessed_window
    a = w.runner.assessment
    [path] = w.export_results("xlsx", str(tmp_path / "r.xlsx"))
    wb = load_workbook(path)
    assert {"Totals", "Buildings", "Measures", "Sensitivity"} <= set(wb.sheetnames)
    totals = {row[0]: row for row in wb["Totals"].iter_rows(min_row=2, values_only=True)}
    assert totals["Standard coal"][1] == "tce"
    assert totals["Standard coal"][2] == pytest.approx(a.baseline.total_standard_coal.to("tce").m)
    assert totals["Standard coal"][3] == pytest.approx(a.package.total_standard_coal.to("tce").m)
    buildings = list(wb["Buildings"].iter_rows(min_row=2, values_only=True))
    assert len(buildings) == len(a.baseline.buildings)
    assert buildings[0][1] == pytest.approx(a.baseline.buildings[0].floor_area.to("m**2").m)
    assert wb["Measures"].max_row == len(a.measures) + 1


def test_csv_one_file_per_table(assessed_window, tmp_path):
    w = assessed_window
    files = w.export_results("csv", str(tmp_path / "r.csv"))
    assert len(files) >= 3
    with open(files[0], encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["Quantity", "Unit", "Before", "After"]


def test_stale_results_are_not_exported(assessed_window, tmp_path, monkeypatch):
    w = assessed_window
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]) or QMessageBox.Ok)
    w.runner.enabled = False
    w.document.edit("meta.client", "另一单位")
    assert w.export_results("json", str(tmp_path / "r.json")) is None
    assert not (tmp_path / "r.json").exists()
    assert said and "not those of the current project" in said[0]
    w.document.undo_stack.setClean()
