"""Export of the current results from the program: the results JSON (the
same document as ``python main.py assess FILE``) and the results tables as
CSV files or one XLSX workbook (openpyxl). Numbers are the assessment's,
converted to the unit named in each column header; nothing is computed."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from calc.results import to_json

from .labels import option_label
from .pages.results_sections import case_label, sensitivity_parameter


def _m(q, unit: str):
    """The magnitude in ``unit``; None stays None (not applicable)."""
    return None if q is None else float(q.to(unit).magnitude)


def _header(name: str, unit: str) -> str:
    return f"{name} [{unit}]"


def results_json(assessment) -> str:
    return json.dumps(to_json(assessment), ensure_ascii=False, indent=2)


def result_tables(assessment, project=None, comparison=None) -> list[tuple[str, list[str], list[list]]]:
    """``(title, headers, rows)`` of every results table."""
    a = assessment
    b, p = a.baseline, a.package
    totals = [
        (QCoreApplication.translate("Export", "Heating need"), "kWh", b.heating_need, p.heating_need),
        (QCoreApplication.translate("Export", "Cooling need"), "kWh", b.cooling_need, p.cooling_need),
        (QCoreApplication.translate("Export", "Delivered energy"), "kWh", b.total_delivered, p.total_delivered),
        (QCoreApplication.translate("Export", "Standard coal"), "tce", b.total_standard_coal, p.total_standard_coal),
        (QCoreApplication.translate("Export", "CO2"), "t", b.total_co2, p.total_co2),
        (QCoreApplication.translate("Export", "Energy cost"), "CNY/a", b.energy_cost, p.energy_cost),
    ]
    tables = [(QCoreApplication.translate("Export", "Totals"), [QCoreApplication.translate("Export", "Quantity"), QCoreApplication.translate("Export", "Unit"), QCoreApplication.translate("Export", "Before"), QCoreApplication.translate("Export", "After")],
               [[name, unit, _m(x, unit), _m(y, unit)] for name, unit, x, y in totals])]

    after = {f.name: f for f in p.buildings}
    tables.append((QCoreApplication.translate("Export", "Buildings"), [
        QCoreApplication.translate("Export", "Building"), _header(QCoreApplication.translate("Export", "Floor area"), "m²"), _header(QCoreApplication.translate("Export", "Heating need before"), "kWh"),
        _header(QCoreApplication.translate("Export", "Heating need after"), "kWh"), _header(QCoreApplication.translate("Export", "Heating need per area before"), "kWh/m²"),
        _header(QCoreApplication.translate("Export", "Heating need per area after"), "kWh/m²"), _header(QCoreApplication.translate("Export", "Peak heating before"), "kW"),
        _header(QCoreApplication.translate("Export", "Peak heating after"), "kW")],
        [[f.name, _m(f.floor_area, "m**2"), _m(f.heating_need, "kWh"),
          _m(after[f.name].heating_need, "kWh") if f.name in after else None,
          _m(f.heating_need_per_area, "kWh/m**2"),
          _m(after[f.name].heating_need_per_area, "kWh/m**2") if f.name in after else None,
          _m(f.peak_heating, "kW"), _m(after[f.name].peak_heating, "kW") if f.name in after else None]
         for f in b.buildings]))

    labels = {i: m.label for i, m in enumerate(project.measures)} if project is not None else {}
    tables.append((QCoreApplication.translate("Export", "Measures"), [
        QCoreApplication.translate("Export", "Measure"), _header(QCoreApplication.translate("Export", "Saving alone"), "%"), _header(QCoreApplication.translate("Export", "Sequential contribution"), "pp"),
        _header(QCoreApplication.translate("Export", "Investment"), "CNY"), _header(QCoreApplication.translate("Export", "Simple payback"), "a"), _header(QCoreApplication.translate("Export", "NPV"), "CNY"),
        _header(QCoreApplication.translate("Export", "IRR"), "%"), _header(QCoreApplication.translate("Export", "Abatement cost"), "CNY/t")],
        [[labels.get(m.index) or option_label(m.kind), _m(m.saving_rate_alone, "percent"),
          _m(m.sequential_contribution, "pp"), _m(m.investment, "CNY"), _m(m.simple_payback, "a"),
          _m(m.npv, "CNY"), _m(m.irr, "percent"), _m(m.abatement_cost, "CNY/t")] for m in a.measures]))

    if a.sensitivity:
        tables.append((QCoreApplication.translate("Export", "Sensitivity"), [
            QCoreApplication.translate("Export", "Input"), QCoreApplication.translate("Export", "Low case"), QCoreApplication.translate("Export", "High case"), _header(QCoreApplication.translate("Export", "Saving rate, low"), "%"),
            _header(QCoreApplication.translate("Export", "Saving rate, high"), "%"), _header(QCoreApplication.translate("Export", "Payback, low"), "a"),
            _header(QCoreApplication.translate("Export", "Payback, high"), "a"), QCoreApplication.translate("Export", "Verdict unchanged")],
            [[sensitivity_parameter(s.parameter), case_label(s.low_label), case_label(s.high_label),
              _m(s.saving_rate_low, "percent"),
              _m(s.saving_rate_high, "percent"), _m(s.payback_low, "a"), _m(s.payback_high, "a"),
              bool(s.verdict_robust)] for s in a.sensitivity]))

    if comparison is not None:
        tables.append((QCoreApplication.translate("Export", "Variants"), [
            QCoreApplication.translate("Export", "Variant"), QCoreApplication.translate("Export", "Measures"), _header(QCoreApplication.translate("Export", "Saving rate"), "%"), QCoreApplication.translate("Export", "Meets the target"),
            _header(QCoreApplication.translate("Export", "Investment"), "CNY"), _header(QCoreApplication.translate("Export", "Simple payback"), "a"),
            _header(QCoreApplication.translate("Export", "CO2 avoided per year"), "t"), _header(QCoreApplication.translate("Export", "NPV"), "CNY")],
            [[QCoreApplication.translate("Export", "Project package") if r.own_package else r.name, r.measure_count, _m(r.saving_rate, "percent"),
              bool(r.passed), _m(r.investment, "CNY"), _m(r.simple_payback, "a"), _m(r.co2_saving, "t"),
              _m(r.npv, "CNY")] for r in comparison.rows]))
    return tables


def write_xlsx(tables, path) -> Path:
    """One sheet per table; empty cells where a figure does not apply."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.remove(wb.active)
    for title, headers, rows in tables:
        ws = wb.create_sheet(title[:31])
        ws.append(headers)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append(row)
        for i, h in enumerate(headers, 1):
            ws.column_dimensions[ws.cell(1, i).column_letter].width = max(12, min(40, len(str(h)) + 2))
    path = Path(path)
    wb.save(path)
    return path


def write_csv(tables, path) -> list[Path]:
    """One UTF-8 CSV per table beside ``path``: ``<stem>-<n>-<table>.csv``
    (with a byte-order mark, so spreadsheet programs read Chinese)."""
    path = Path(path)
    written = []
    for n, (title, headers, rows) in enumerate(tables, 1):
        out = path.with_name(f"{path.stem}-{n}-{title}.csv")
        with out.open("w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f)
            w.writerow(headers)
            w.writerows(["" if v is None else v for v in row] for row in rows)
        written.append(out)
    return written
