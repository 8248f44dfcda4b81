"""Results page: the verdict against the target, energy / standard coal /
CO2 before and after, charts, the measures, economics, the network and PV.

Every number is read from the last ``Assessment`` and only converted and
rounded for display. A failed calculation keeps the last results and marks
them stale.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout, QGridLayout, QLabel, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from .. import format as fmt
from ..charts import SvgChart
from ..labels import calc_message, option_label
from ..readonly_table import fit_height as _fit_height, table as _table
from .common import Page
from .contract_panel import ContractPanel
from .verdict_panel import basis_line

PASS_STYLE = "color: white; background: #2e7d32; padding: 6px 14px; border-radius: 4px;"
FAIL_STYLE = "color: white; background: #c62828; padding: 6px 14px; border-radius: 4px;"
STALE_STYLE = "color: #7a4f00; background: #fff3cd; padding: 6px; border: 1px solid #e0c36a;"



def _set(t: QTableWidget, r: int, c: int, text: str, align_right: bool = True):
    item = QTableWidgetItem(text)
    if align_right and c > 0:
        item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
    t.setItem(r, c, item)


class ResultsPage(Page):
    def __init__(self, window):
        super().__init__(window, QCoreApplication.translate("ResultsPage", "Results"))
        self.stale = QLabel()
        self.stale.setStyleSheet(STALE_STYLE)
        self.stale.setWordWrap(True)
        self.stale.hide()
        self.column.addWidget(self.stale)
        self.empty = QLabel(QCoreApplication.translate("ResultsPage", "No results yet: the calculation is running or has not succeeded."))
        self.column.addWidget(self.empty)

        self.content = QWidget()
        col = QVBoxLayout(self.content)
        col.setContentsMargins(0, 0, 0, 0)
        self.column.addWidget(self.content)

        # verdict
        verdict = QGridLayout()
        self.verdict = QLabel()
        font = self.verdict.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.verdict.setFont(font)
        self.verdict.setAlignment(Qt.AlignCenter)
        self.verdict.setObjectName("verdict")
        verdict.addWidget(self.verdict, 0, 0, 3, 1)
        self.rate = QLabel()
        big = self.rate.font()
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.rate.setFont(big)
        self.rate.setObjectName("saving_rate")
        self.margin = QLabel()
        self.margin.setObjectName("margin")
        self.basis = QLabel()
        self.basis.setWordWrap(True)
        verdict.addWidget(self.rate, 0, 1)
        verdict.addWidget(self.margin, 1, 1)
        verdict.addWidget(self.basis, 2, 1)
        verdict.setColumnStretch(1, 1)
        col.addWidget(self._box(QCoreApplication.translate("ResultsPage", "Target check"), verdict))
        from .verdict_panel import VerdictPanel
        self.verdict_panel = VerdictPanel()
        col.addWidget(self._box(QCoreApplication.translate("ResultsPage", "Verdict in detail"), self._wrap(self.verdict_panel)))

        self.totals = _table([QCoreApplication.translate("ResultsPage", "Quantity"), QCoreApplication.translate("ResultsPage", "Before"), QCoreApplication.translate("ResultsPage", "After")])
        col.addWidget(self._box(QCoreApplication.translate("ResultsPage", "Energy, standard coal and CO₂ before and after"), self._wrap(self.totals)))
        self.carriers = _table([QCoreApplication.translate("ResultsPage", "Carrier"), QCoreApplication.translate("ResultsPage", "Delivered before"), QCoreApplication.translate("ResultsPage", "Delivered after"),
                                   QCoreApplication.translate("ResultsPage", "Standard coal before"), QCoreApplication.translate("ResultsPage", "Standard coal after"),
                                   QCoreApplication.translate("ResultsPage", "CO₂ before"), QCoreApplication.translate("ResultsPage", "CO₂ after")])
        col.addWidget(self._box(QCoreApplication.translate("ResultsPage", "By energy carrier"), self._wrap(self.carriers)))
        self.end_uses = _table([QCoreApplication.translate("ResultsPage", "End use"), QCoreApplication.translate("ResultsPage", "Carrier"), QCoreApplication.translate("ResultsPage", "Before"), QCoreApplication.translate("ResultsPage", "After")])
        col.addWidget(self._box(QCoreApplication.translate("ResultsPage", "By end use"), self._wrap(self.end_uses)))

        self.chart_monthly = SvgChart()
        self.chart_losses = SvgChart()
        self.chart_carriers = SvgChart()
        charts = QVBoxLayout()
        for c in (self.chart_monthly, self.chart_losses, self.chart_carriers):
            charts.addWidget(c)
        col.addWidget(self._box(QCoreApplication.translate("ResultsPage", "Monthly needs and losses"), charts))

        self.measures = _table([QCoreApplication.translate("ResultsPage", "Measure"), QCoreApplication.translate("ResultsPage", "Saving alone"),
                                   QCoreApplication.translate("ResultsPage", "Saving alone, other method"),
                                   QCoreApplication.translate("ResultsPage", "Sequential contribution"),
                                   QCoreApplication.translate("ResultsPage", "Investment"), QCoreApplication.translate("ResultsPage", "Simple payback"), QCoreApplication.translate("ResultsPage", "NPV"), QCoreApplication.translate("ResultsPage", "IRR"),
                                   QCoreApplication.translate("ResultsPage", "Abatement cost")])
        col.addWidget(self._box(QCoreApplication.translate("ResultsPage", "Measures"), self._wrap(self.measures)))

        econ = QVBoxLayout()
        self.economics = QFormLayout()
        econ.addLayout(self.economics)
        self.chart_macc = SvgChart()
        econ.addWidget(self.chart_macc)
        col.addWidget(self._box(QCoreApplication.translate("ResultsPage", "Economics of the package"), econ))
        self.contract_panel = ContractPanel()
        col.addWidget(self.contract_panel)

        self.network = QFormLayout()
        self.network_box = self._box(QCoreApplication.translate("ResultsPage", "Heating network"), self.network)
        col.addWidget(self.network_box)
        self.pv = QFormLayout()
        self.pv_box = self._box(QCoreApplication.translate("ResultsPage", "Rooftop PV and renewables"), self.pv)
        col.addWidget(self.pv_box)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings_box = self._box(QCoreApplication.translate("ResultsPage", "Warnings"), self._wrap(self.warnings))
        col.addWidget(self.warnings_box)
        from .results_sections import add_sections

        self.sections = add_sections(self, col)
        self.finish()

        self.assessment = None
        self._charts_due = False
        window.runner.finished.connect(self.show_assessment)
        window.runner.failed.connect(self.show_failure)
        self.content.hide()
        if window.runner.assessment is not None:
            self.show_assessment(window.runner.assessment)
        if window.runner.error:
            self.show_failure(window.runner.error)

    def _box(self, title, layout):
        from PySide6.QtWidgets import QGroupBox

        box = QGroupBox(title)
        box.setLayout(layout)
        return box

    @staticmethod
    def _wrap(widget):
        layout = QVBoxLayout()
        layout.addWidget(widget)
        return layout

    # ---------------------------------------------------------------- state
    def show_failure(self, message: str):
        if self.assessment is None:
            self.stale.setText(QCoreApplication.translate("ResultsPage", "The calculation failed: {0}").format(message))
        else:
            self.stale.setText(QCoreApplication.translate("ResultsPage", "The calculation failed: {0}. The results below are from an earlier "
                                  "state of the project (stale).").format(message))
        self.stale.show()

    def showEvent(self, event):
        super().showEvent(event)
        if self._charts_due and self.assessment is not None:
            self._charts(self.assessment)

    def show_assessment(self, a):
        self.assessment = a
        self.stale.hide()
        self.empty.hide()
        self.content.show()
        self._verdict(a)
        self.verdict_panel.show_assessment(a)
        self._totals(a)
        self._carriers(a)
        self._end_uses(a)
        # charts are the slow part: drawn when the page is shown
        self._charts_due = True
        if self.isVisible():
            self._charts(a)
        self._measures(a)
        self._economics(a)
        self.contract_panel.show_assessment(a)
        self._network(a)
        self._pv(a)
        self.warnings.setText("\n".join(f"• {calc_message(w)}" for w in a.warnings))
        self.warnings_box.setVisible(bool(a.warnings))
        for section in self.sections:
            section.show_for(a, self.window_.runner)

    # ------------------------------------------------------------- sections
    def _verdict(self, a):
        t = a.target
        if t.passed is None:
            self.verdict.setText(QCoreApplication.translate("ResultsPage", "NOT APPLICABLE"))
            self.verdict.setStyleSheet("")
        else:
            self.verdict.setText(QCoreApplication.translate("ResultsPage", "PASS") if t.passed else QCoreApplication.translate("ResultsPage", "FAIL"))
            self.verdict.setStyleSheet(PASS_STYLE if t.passed else FAIL_STYLE)
        self.rate.setText(QCoreApplication.translate("ResultsPage", "Package saving rate {0} (target {1})").format(
            fmt.percent(t.saving_rate), fmt.percent(t.target_rate, 0)))
        self.margin.setText(QCoreApplication.translate("ResultsPage", "Margin {0}").format(fmt.points(t.margin)))
        self.basis.setText(basis_line(a))

    def _totals(self, a):
        b, p = a.baseline, a.package
        rows = [
            (QCoreApplication.translate("ResultsPage", "Delivered energy"), b.total_delivered, p.total_delivered, "kWh", 0),
            (QCoreApplication.translate("ResultsPage", "Standard coal"), b.total_standard_coal, p.total_standard_coal, "tce", 2),
            (QCoreApplication.translate("ResultsPage", "Standard coal, heating"), b.heating_standard_coal, p.heating_standard_coal, "tce", 2),
            (QCoreApplication.translate("ResultsPage", "CO₂"), b.total_co2, p.total_co2, "t", 2),
            (QCoreApplication.translate("ResultsPage", "Heating need"), b.heating_need, p.heating_need, "kWh", 0),
            (QCoreApplication.translate("ResultsPage", "Cooling need"), b.cooling_need, p.cooling_need, "kWh", 0),
            (QCoreApplication.translate("ResultsPage", "Energy cost"), b.energy_cost, p.energy_cost, "CNY/a", 0),
        ]
        t = self.totals
        t.setRowCount(len(rows))
        for r, (name, before, after, unit, d) in enumerate(rows):
            _set(t, r, 0, name)
            _set(t, r, 1, fmt.quantity(before, unit, d))
            _set(t, r, 2, fmt.quantity(after, unit, d))
        _fit_height(t)

    def _carriers(self, a):
        b, p = a.baseline, a.package
        carriers = list(b.delivered) + [c for c in p.delivered if c not in b.delivered]
        # carriers the project never uses (zero before and after) would only be noise
        carriers = [c for c in carriers if _nonzero(b.delivered.get(c)) or _nonzero(p.delivered.get(c))]
        t = self.carriers
        t.setRowCount(len(carriers))
        for r, c in enumerate(carriers):
            _set(t, r, 0, option_label(c))
            _set(t, r, 1, fmt.quantity(b.delivered.get(c), "kWh"))
            _set(t, r, 2, fmt.quantity(p.delivered.get(c), "kWh"))
            _set(t, r, 3, fmt.quantity(b.standard_coal.get(c), "tce", 2))
            _set(t, r, 4, fmt.quantity(p.standard_coal.get(c), "tce", 2))
            _set(t, r, 5, fmt.quantity(b.co2.get(c), "t", 2))
            _set(t, r, 6, fmt.quantity(p.co2.get(c), "t", 2))
        _fit_height(t)

    def _end_uses(self, a):
        b, p = a.baseline.end_uses, a.package.end_uses
        rows = []
        for use in list(b) + [u for u in p if u not in b]:
            carriers = list(b.get(use, {})) + [c for c in p.get(use, {}) if c not in b.get(use, {})]
            for c in carriers:
                rows.append((use, c, b.get(use, {}).get(c), p.get(use, {}).get(c)))
        t = self.end_uses
        t.setRowCount(len(rows))
        for r, (use, c, before, after) in enumerate(rows):
            _set(t, r, 0, option_label(use))
            _set(t, r, 1, option_label(c), align_right=False)
            _set(t, r, 2, fmt.quantity(before, "kWh"))
            _set(t, r, 3, fmt.quantity(after, "kWh"))
        _fit_height(t)

    def _charts(self, a):
        self._charts_due = False
        try:
            from reports import charts
        except ImportError:
            return
        lang = self.window_.language
        building = min(self.window_.current_building, max(0, len(a.baseline.buildings) - 1))
        for widget, build in ((self.chart_monthly, lambda: charts.monthly_needs(a, lang, building)),
                              (self.chart_losses, lambda: charts.loss_breakdown(a, lang, building)),
                              (self.chart_carriers, lambda: charts.energy_by_carrier(a, lang)),
                              (self.chart_macc, lambda: charts.abatement_cost_curve(a, lang))):
            try:
                widget.show_drawing(build())
                widget.show()
            except Exception:  # noqa: BLE001 - a chart that cannot be drawn is left out
                widget.hide()

    def _measures(self, a):
        t = self.measures
        t.setRowCount(len(a.measures))
        project = self.window_.runner.assessed_project
        # the headline's electricity method is column 1; column 2 names the other one
        head = a.target.electricity_method
        other = "equal_value" if head == "power_supply_coal" else "power_supply_coal"
        for col, method in ((1, head), (2, other)):
            t.horizontalHeaderItem(col).setText(
                QCoreApplication.translate("ResultsPage", "Saving alone, {0}").format(option_label(method)))
        for r, m in enumerate(a.measures):
            # the user's own name if given, else the kind in the interface language
            own = project.measures[m.index].label if project is not None and m.index < len(project.measures) else ""
            _set(t, r, 0, own or option_label(m.kind), align_right=False)
            _set(t, r, 1, fmt.percent(m.saving_rate_alone))
            _set(t, r, 2, fmt.percent((m.saving_rate_alone_by_method or {}).get(other)))
            _set(t, r, 3, fmt.points(m.sequential_contribution))
            _set(t, r, 4, fmt.quantity(m.investment, "CNY"))
            _set(t, r, 5, payback_text(m.simple_payback, m.investment))
            _set(t, r, 6, fmt.quantity(m.npv, "CNY"))
            _set(t, r, 7, fmt.percent(m.irr))
            _set(t, r, 8, fmt.quantity(m.abatement_cost, "CNY/t"))
        _fit_height(t)

    @staticmethod
    def _fill_form(form: QFormLayout, rows):
        while form.rowCount():
            form.removeRow(0)
        for name, text in rows:
            value = QLabel(text)
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            form.addRow(QLabel(name), value)

    def _economics(self, a):
        e = a.economics
        self._fill_form(self.economics, [
            (QCoreApplication.translate("ResultsPage", "Investment"), fmt.quantity(e.investment, "CNY")),
            (QCoreApplication.translate("ResultsPage", "Subsidies"), fmt.quantity(e.subsidy, "CNY")),
            (QCoreApplication.translate("ResultsPage", "Annual energy cost saving"), fmt.quantity(e.annual_cost_saving, "CNY/a")),
            (QCoreApplication.translate("ResultsPage", "Simple payback"), payback_text(e.simple_payback, e.investment)),
            (QCoreApplication.translate("ResultsPage", "Discounted payback"), fmt.quantity(e.discounted_payback, "a", 1)
             if e.discounted_payback is not None else QCoreApplication.translate("ResultsPage", "not within the analysis period")),
            (QCoreApplication.translate("ResultsPage", "NPV"), fmt.quantity(e.npv, "CNY")),
            (QCoreApplication.translate("ResultsPage", "IRR"), fmt.percent(e.irr)),
            (QCoreApplication.translate("ResultsPage", "Abatement cost"), fmt.quantity(e.abatement_cost, "CNY/t")),
            (QCoreApplication.translate("ResultsPage", "Cost of saved energy"), fmt.quantity(e.cost_of_saved_energy, "CNY/kWh", 3)),
        ])

    def _network(self, a):
        b, p = a.baseline.network, a.package.network
        self.network_box.setVisible(b is not None or p is not None)
        if b is None and p is None:
            return

        def pair(attr, unit, d=0, pct=False):
            f = (lambda n: fmt.percent(getattr(n, attr)) if n else "—") if pct else \
                (lambda n: fmt.quantity(getattr(n, attr), unit, d) if n else "—")
            return QCoreApplication.translate("ResultsPage", "{0} → {1}").format(f(b), f(p))

        self._fill_form(self.network, [
            (QCoreApplication.translate("ResultsPage", "Loss share of heat sent out"), pair("loss_share", "percent", pct=True)),
            (QCoreApplication.translate("ResultsPage", "Heat sent out"), pair("heat_sent", "kWh")),
            (QCoreApplication.translate("ResultsPage", "Pipe losses"), pair("losses", "kWh")),
            (QCoreApplication.translate("ResultsPage", "Pump electricity"), pair("pump_electricity", "kWh")),
        ])

    def _pv(self, a):
        pv = a.package.pv
        rows = []
        if pv is not None:
            rows += [
                (QCoreApplication.translate("ResultsPage", "Peak power"), fmt.quantity(pv.peak_power, "kW", 1) + "p"),
                (QCoreApplication.translate("ResultsPage", "Annual generation"), fmt.quantity(pv.generation, "kWh")),
                (QCoreApplication.translate("ResultsPage", "Specific yield"), fmt.quantity(pv.specific_yield, "kWh/kW")),
                (QCoreApplication.translate("ResultsPage", "Self-consumed"), fmt.quantity(pv.self_consumed, "kWh")),
                (QCoreApplication.translate("ResultsPage", "Exported"), fmt.quantity(pv.exported, "kWh")),
                (QCoreApplication.translate("ResultsPage", "Roof coverage"), fmt.percent(pv.roof_coverage)),
            ]
        if a.package.renewable_share is not None:
            rows.append((QCoreApplication.translate("ResultsPage", "Renewable replacement rate"), fmt.percent(a.package.renewable_share)))
        self.pv_box.setVisible(bool(rows))
        self._fill_form(self.pv, rows)


def _nonzero(q) -> bool:
    return q is not None and q.m != 0


def payback_text(payback, investment) -> str:
    """Simple payback as shown: "—" without an investment (nothing to pay
    back), "never" when the saving does not cover it."""
    if investment is None or float(investment.to("CNY").magnitude) == 0:
        return "—"
    if payback is None:
        return QCoreApplication.translate("ResultsPage", "never")
    return fmt.quantity(payback, "a", 1)
