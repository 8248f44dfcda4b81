"""Sections of the Results page beyond the single package: the
sensitivity of the verdict and the variants side by side. Each section is
a group box with ``show_for(assessment, runner)``; the page adds them with
:func:`add_sections` and calls them after every new assessment."""

from __future__ import annotations


from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGroupBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from .. import format as fmt
from ..labels import calc_message
from ..readonly_table import fit_height as _fit, table as _table

FAIL_COLOUR = QColor("#c62828")
PASS_COLOUR = QColor("#2e7d32")


def _cell(t: QTableWidget, r: int, c: int, text: str, colour: QColor | None = None):
    item = QTableWidgetItem(text)
    if c > 0:
        item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
    if colour is not None:
        item.setForeground(colour)
    t.setItem(r, c, item)


def _payback(q) -> str:
    return fmt.quantity(q, "a", 1) if q is not None else QCoreApplication.translate("ResultsPage", "never")


def sensitivity_parameter(name: str) -> str:
    names = {
        "energy_prices": QCoreApplication.translate("ResultsPage", "Energy prices"),
        "investment_costs": QCoreApplication.translate("ResultsPage", "Investment costs"),
        "grid_factor": QCoreApplication.translate("ResultsPage", "Grid CO₂ factor"),
        "heat_pump_cop": QCoreApplication.translate("ResultsPage", "Heat-pump COP"),
        "behaviour": QCoreApplication.translate("ResultsPage", "Occupant behaviour (setpoint)"),
        "discount_rate": QCoreApplication.translate("ResultsPage", "Discount rate"),
    }
    return names.get(name, name.replace("_", " "))


def case_label(label) -> str:
    """The calc's case label ("×0.8", "heating setpoint -1 K", a
    calc.messages.Message) in the interface language."""
    return calc_message(label).replace("-", "−")


class SensitivitySection(QGroupBox):
    """The one-at-a-time sensitivity of the package (calc.assess)."""

    def __init__(self):
        super().__init__(QCoreApplication.translate("ResultsPage", "Sensitivity of the verdict"))
        layout = QVBoxLayout(self)
        self.intro = QLabel(QCoreApplication.translate(
            "ResultsPage", "Each input varied alone, the others as entered. A verdict that changes is shown in red."))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = _table([
            QCoreApplication.translate("ResultsPage", "Input"), QCoreApplication.translate("ResultsPage", "Low case"),
            QCoreApplication.translate("ResultsPage", "High case"),
            QCoreApplication.translate("ResultsPage", "Saving rate, low"),
            QCoreApplication.translate("ResultsPage", "Saving rate, high"),
            QCoreApplication.translate("ResultsPage", "Payback, low"),
            QCoreApplication.translate("ResultsPage", "Payback, high"),
            QCoreApplication.translate("ResultsPage", "Verdict unchanged")])
        layout.addWidget(self.table)

    def show_for(self, a, _runner):
        rows = tuple(a.sensitivity or ())
        self.setVisible(bool(rows))
        self.table.setRowCount(len(rows))
        for r, s in enumerate(rows):
            robust = bool(s.verdict_robust)
            _cell(self.table, r, 0, sensitivity_parameter(s.parameter))
            _cell(self.table, r, 1, case_label(s.low_label))
            _cell(self.table, r, 2, case_label(s.high_label))
            _cell(self.table, r, 3, fmt.percent(s.saving_rate_low))
            _cell(self.table, r, 4, fmt.percent(s.saving_rate_high))
            _cell(self.table, r, 5, _payback(s.payback_low))
            _cell(self.table, r, 6, _payback(s.payback_high))
            _cell(self.table, r, 7, QCoreApplication.translate("ResultsPage", "yes") if robust else
                  QCoreApplication.translate("ResultsPage", "no"), None if robust else FAIL_COLOUR)
        _fit(self.table)


class VariantsSection(QGroupBox):
    """The project's package and its variants side by side (calc.variants)."""

    def __init__(self):
        super().__init__(QCoreApplication.translate("ResultsPage", "Variants side by side"))
        layout = QVBoxLayout(self)
        self.table = _table([
            QCoreApplication.translate("ResultsPage", "Variant"), QCoreApplication.translate("ResultsPage", "Measures"),
            QCoreApplication.translate("ResultsPage", "Saving rate"), QCoreApplication.translate("ResultsPage", "Verdict"),
            QCoreApplication.translate("ResultsPage", "Investment"),
            QCoreApplication.translate("ResultsPage", "Simple payback"),
            QCoreApplication.translate("ResultsPage", "CO₂ avoided per year"),
            QCoreApplication.translate("ResultsPage", "NPV")])
        layout.addWidget(self.table)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)

    def show_for(self, _a, runner):
        c = getattr(runner, "comparison", None)
        self.setVisible(c is not None)
        if c is None:
            return
        self.table.setRowCount(len(c.rows))
        for r, row in enumerate(c.rows):
            name = (QCoreApplication.translate("ResultsPage", "Project package") if row.own_package else row.name)
            _cell(self.table, r, 0, name)
            _cell(self.table, r, 1, str(row.measure_count))
            _cell(self.table, r, 2, fmt.percent(row.saving_rate))
            if row.passed is None:
                _cell(self.table, r, 3, QCoreApplication.translate("ResultsPage", "NOT APPLICABLE"))
            else:
                _cell(self.table, r, 3, QCoreApplication.translate("ResultsPage", "PASS") if row.passed else
                      QCoreApplication.translate("ResultsPage", "FAIL"), PASS_COLOUR if row.passed else FAIL_COLOUR)
            _cell(self.table, r, 4, fmt.quantity(row.investment, "CNY"))
            _cell(self.table, r, 5, "—" if row.simple_payback is None and row.investment.m == 0 else _payback(row.simple_payback))
            _cell(self.table, r, 6, fmt.quantity(row.co2_saving, "t", 1))
            _cell(self.table, r, 7, fmt.quantity(row.npv, "CNY") if row.npv is not None else "—")
        _fit(self.table)
        best = c.best()
        self.note.setText(
            QCoreApplication.translate("ResultsPage", "Cheapest variant that meets the target: {0}.").format(
                QCoreApplication.translate("ResultsPage", "Project package") if best.own_package else best.name)
            if best is not None else
            QCoreApplication.translate("ResultsPage", "No variant meets the target."))


class BuildingsSection(QGroupBox):
    """Each building before and after the package (calc.results.BuildingFigures)."""

    def __init__(self):
        super().__init__(QCoreApplication.translate("ResultsPage", "Per building"))
        layout = QVBoxLayout(self)
        self.table = _table([
            QCoreApplication.translate("ResultsPage", "Building"), QCoreApplication.translate("ResultsPage", "Floor area"),
            QCoreApplication.translate("ResultsPage", "Heating need before"),
            QCoreApplication.translate("ResultsPage", "Heating need after"),
            QCoreApplication.translate("ResultsPage", "Per m² before"), QCoreApplication.translate("ResultsPage", "Per m² after"),
            QCoreApplication.translate("ResultsPage", "Peak heating before"),
            QCoreApplication.translate("ResultsPage", "Peak heating after")])
        layout.addWidget(self.table)

    def show_for(self, a, _runner):
        before = tuple(a.baseline.buildings or ())
        after = {f.name: f for f in (a.package.buildings or ())}
        self.setVisible(bool(before))
        self.table.setRowCount(len(before))
        for r, f in enumerate(before):
            g = after.get(f.name)
            _cell(self.table, r, 0, f.name)
            _cell(self.table, r, 1, fmt.quantity(f.floor_area, "m**2"))
            _cell(self.table, r, 2, fmt.quantity(f.heating_need, "kWh"))
            _cell(self.table, r, 3, fmt.quantity(g.heating_need, "kWh") if g else "—")
            _cell(self.table, r, 4, fmt.quantity(f.heating_need_per_area, "kWh/m**2", 1))
            _cell(self.table, r, 5, fmt.quantity(g.heating_need_per_area, "kWh/m**2", 1) if g else "—")
            _cell(self.table, r, 6, fmt.quantity(f.peak_heating, "kW", 1))
            _cell(self.table, r, 7, fmt.quantity(g.peak_heating, "kW", 1) if g else "—")
        _fit(self.table)


def add_sections(page, layout) -> list:
    """Create the sections, add them to ``layout``; the list to update."""
    sections = [SensitivitySection(), VariantsSection(), BuildingsSection()]
    for s in sections:
        s.hide()
        layout.addWidget(s)
    return sections
