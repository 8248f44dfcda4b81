"""Meters page: calibrate the project to its meter readings, verify the
savings after the works (IPMVP Option C), and the GB/T 51161 benchmark.

The calculations are calc.calibration's; this page picks the files, runs
them off the UI thread and shows their figures. "Use the calibrated
project" replaces the project as one undo step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from ..charts import SvgChart
from ..editors import ERROR_STYLE
from ..labels import calc_message, option_label
from .common import Page
from ..readonly_table import fit_height as _fit_height, table as _table
from .results_page import _set



def _actions(lay, run, use, hint):
    """A step's two buttons -- run it, then use its result (enabled once there
    is one) -- and the status line below them."""
    row = QHBoxLayout()
    buttons = []
    for text, slot in (run, use):
        b = QPushButton(text)
        b.clicked.connect(slot)
        row.addWidget(b)
        buttons.append(b)
    buttons[1].setEnabled(False)
    row.addStretch(1)
    lay.addLayout(row)
    status = QLabel(hint)
    status.setWordWrap(True)
    lay.addWidget(status)
    return buttons[0], buttons[1], status

class _Signals(QObject):
    done = Signal(str, object)
    failed = Signal(str, str)


def _run(kind, function, signals):
    try:
        out = function()
    except Exception as e:  # noqa: BLE001 - shown on the page
        signals.failed.emit(kind, str(e) or type(e).__name__)
        return
    signals.done.emit(kind, out)


def _calibrate(project, meter_path, weather_path, metered_at):
    from calc.calibration.cli import load_weather
    from calc.calibration.fit import calibrate
    from calc.calibration.meter import read_meter

    meter = read_meter(meter_path)
    weather, actual = load_weather(project, weather_path or None, meter)
    return meter_path, calibrate(project, meter, weather, metered_at=metered_at, actual_weather=actual)


def _savings(project, baseline, reporting, temps):
    from calc.calibration.cli import predicted_fraction
    from calc.calibration.meter import read_meter
    from calc.calibration.periods import read_daily_temperatures
    from calc.calibration.savings import measured_savings

    base, rep = read_meter(baseline), read_meter(reporting)
    carrier = base.carriers[0]
    return measured_savings(base, rep, read_daily_temperatures(temps), carrier,
                            predicted_fraction=predicted_fraction(project, carrier))


def _unit(unit: str) -> str:
    return unit.replace("**2", "²").replace("**3", "³").replace("dimensionless", "")


def _parameter_label(name: str) -> str:
    labels = {"overheating": QCoreApplication.translate("MetersPage", "Over-heating above the setpoint"), "infiltration": QCoreApplication.translate("MetersPage", "Infiltration"),
              "internal_gains": QCoreApplication.translate("MetersPage", "Internal gains"), "network_loss_share": QCoreApplication.translate("MetersPage", "Network loss share"),
              "heat_pump_efficiency": QCoreApplication.translate("MetersPage", "Heat-pump Carnot efficiency")}
    return labels.get(name, name)


def _pct(x, signed=False):
    return "—" if x is None else (f"{x:+.1f} %" if signed else f"{x:.1f} %")


class _FileRow(QWidget):
    """A label showing a chosen file and a "Choose…" button."""

    def __init__(self, caption: str, filters: str, parent=None):
        super().__init__(parent)
        self.caption, self.filters, self.path = caption, filters, ""
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(QCoreApplication.translate("MetersPage", "(none)"))
        self.button = QPushButton(QCoreApplication.translate("MetersPage", "Choose…"))
        self.button.clicked.connect(self.choose)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)

    def choose(self):
        path, _ = QFileDialog.getOpenFileName(self, self.caption, "", self.filters)
        if path:
            self.set_path(path)

    def set_path(self, path: str):
        self.path = path
        self.label.setText(Path(path).name if path else QCoreApplication.translate("MetersPage", "(none)"))


def criteria_verdict(fit) -> str:
    """"meets the monthly criteria (≤ 15 %, ±5 %)": the verdict of one
    carrier's fit and the Guideline 14 criteria of its readings' interval."""
    k = fit.criteria
    ok = fit.meets()
    if ok is None:
        return QCoreApplication.translate("MetersPage", "not applicable (too few readings)")
    # readings shorter than a month are judged by the guideline's hourly (interval-data) criteria
    interval = {"monthly": QCoreApplication.translate("MetersPage", "monthly-data"),
                "hourly": QCoreApplication.translate("MetersPage", "interval-data (hourly)")}[k.interval]
    limits = f"≤ {k.cv_rmse_limit_pct:g} %, ±{k.nmbe_limit_pct:g} %"
    if ok:
        return QCoreApplication.translate("MetersPage", "meets the {0} criteria ({1})").format(interval, limits)
    return QCoreApplication.translate("MetersPage", "does not meet the {0} criteria ({1})").format(interval, limits)


class MetersPage(Page):
    def __init__(self, window):
        super().__init__(window, QCoreApplication.translate("MetersPage", "Meters and savings"))
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)
        self.calibration = None
        self._calibrated_from = None
        self.savings = None
        self._build_calibration()
        self._build_savings()
        self._build_benchmark()
        self.finish()
        window.runner.finished.connect(self.show_benchmark)
        if window.runner.assessment is not None:
            self.show_benchmark(window.runner.assessment)

    # ---------------------------------------------------------------- calibration
    def _build_calibration(self):
        box = self.group(QCoreApplication.translate("MetersPage", "Calibration to meter readings (ASHRAE Guideline 14)"))
        lay = box.layout()
        form = QFormLayout()
        meters = QCoreApplication.translate("MetersPage", "Meter readings (*.csv *.xlsx)")
        self.meter_file = _FileRow(QCoreApplication.translate("MetersPage", "Meter readings"), meters)
        self.weather_file = _FileRow(QCoreApplication.translate("MetersPage", "Weather of the metered period"),
                                     QCoreApplication.translate("MetersPage", "Weather or daily temperatures (*.epw *.epw.gz *.csv)"))
        self.metered_at = QComboBox()
        self.metered_at.addItem(QCoreApplication.translate("MetersPage", "at the heating station (network losses included)"), "station")
        self.metered_at.addItem(QCoreApplication.translate("MetersPage", "at the building (substation input)"), "building")
        form.addRow(QCoreApplication.translate("MetersPage", "Meter file:"), self.meter_file)
        form.addRow(QCoreApplication.translate("MetersPage", "Weather (optional):"), self.weather_file)
        form.addRow(QCoreApplication.translate("MetersPage", "District heat metered:"), self.metered_at)
        lay.addLayout(form)
        self.calibrate_button, self.apply_button, self.cal_status = _actions(
            lay, (QCoreApplication.translate("MetersPage", "Calibrate"), self.start_calibration),
            (QCoreApplication.translate("MetersPage", "Use the calibrated project"), self.apply_calibration),
            QCoreApplication.translate("MetersPage", "Choose a meter file: one row per reading with period_start, period_end, "
                                       "carrier, quantity and unit."))
        self.fit_table = _table([QCoreApplication.translate("MetersPage", "Carrier"), QCoreApplication.translate("MetersPage", "Readings"), QCoreApplication.translate("MetersPage", "CV(RMSE) before"), QCoreApplication.translate("MetersPage", "CV(RMSE) after"),
                                    QCoreApplication.translate("MetersPage", "NMBE before"), QCoreApplication.translate("MetersPage", "NMBE after"), QCoreApplication.translate("MetersPage", "Guideline 14")])
        self.param_table = _table([QCoreApplication.translate("MetersPage", "Parameter"), QCoreApplication.translate("MetersPage", "Entered"), QCoreApplication.translate("MetersPage", "Calibrated"), QCoreApplication.translate("MetersPage", "Range"), QCoreApplication.translate("MetersPage", "State")])
        lay.addWidget(self.fit_table)
        self.charts = QVBoxLayout()
        lay.addLayout(self.charts)
        lay.addWidget(self.param_table)
        self.cal_notes = QLabel()
        self.cal_notes.setWordWrap(True)
        lay.addWidget(self.cal_notes)

    def start_calibration(self):
        if not self.meter_file.path:
            self._failed("calibration", QCoreApplication.translate("MetersPage", "no meter file chosen"))
            return False
        project = self.document.project
        self._calibrated_from = project
        args = (project, self.meter_file.path, self.weather_file.path, self.metered_at.currentData())
        self.calibrate_button.setEnabled(False)
        self.cal_status.setStyleSheet("")
        self.cal_status.setText(QCoreApplication.translate("MetersPage", "Calibrating…"))
        signals = self._signals
        QThreadPool.globalInstance().start(lambda: _run("calibration", lambda: _calibrate(*args), signals))
        return True

    def show_calibration(self, cal):
        self.calibration = cal
        self.fit_table.setRowCount(len(cal.fits))
        for r, f in enumerate(cal.fits):
            verdict = criteria_verdict(f)
            for c, text in enumerate((option_label(f.carrier), str(f.after.n), _pct(f.before.cv_rmse_pct), _pct(f.after.cv_rmse_pct),
                                      _pct(f.before.nmbe_pct, True), _pct(f.after.nmbe_pct, True), verdict)):
                _set(self.fit_table, r, c, text, align_right=c not in (0, 6))
        _fit_height(self.fit_table)
        self._show_charts(cal)
        self.param_table.setRowCount(len(cal.parameters))
        for r, p in enumerate(cal.parameters):
            vals = lambda v: ", ".join(f"{x:.3g}" for x in sorted(set(round(x, 4) for x in v)))
            if p.held:
                state = QCoreApplication.translate("MetersPage", "held: {0}").format(calc_message(p.held))
            elif p.at_bound:
                state = QCoreApplication.translate("MetersPage", "on its {0} bound").format(QCoreApplication.translate("MetersPage", p.at_bound))
            else:
                state = QCoreApplication.translate("MetersPage", "fitted")
            for c, text in enumerate((_parameter_label(p.name), f"{vals(p.entered)} {_unit(p.unit)}",
                                      f"{vals(p.calibrated)} {_unit(p.unit)}",
                                      f"{p.low:g}–{p.high:g}", state)):
                _set(self.param_table, r, c, text, align_right=c in (1, 2, 3))
        _fit_height(self.param_table)
        notes = []
        if not cal.identifiable:
            pairs = ", ".join(f"{_parameter_label(a)} / {_parameter_label(b)}" for a, b, _ in cal.trade_offs)
            notes.append(QCoreApplication.translate("MetersPage", "Not identifiable: {0} trade off; only their joint effect is calibrated.").format(pairs))
        if not cal.actual_weather:
            notes.append(QCoreApplication.translate("MetersPage", "No weather of the metered period given: the typical year is used."))
        notes += [calc_message(w) for w in cal.warnings]
        self.cal_notes.setText("\n".join(dict.fromkeys(notes)))
        self.apply_button.setEnabled(True)

    def _show_charts(self, cal):
        from reports.calibration_section import readings_chart

        while self.charts.count():
            item = self.charts.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        lang = "zh" if getattr(self.window_, "language", "en").startswith("zh") else "en"
        for f in cal.fits:
            chart = SvgChart()
            chart.show_drawing(readings_chart(cal, f.carrier, lang))
            self.charts.addWidget(chart)

    def apply_calibration(self):
        from calc.calibration.fit import provenance_note

        if self.calibration is None:
            return False
        project = self.document.project
        if project != self._calibrated_from:
            # the project was edited while (or after) calibrating: the fit is of another project
            self._failed("calibration", QCoreApplication.translate("MetersPage", "the project changed since the calibration; calibrate again"))
            self.apply_button.setEnabled(False)
            return False
        # the record is written in the interface language (the report finds either form)
        note = calc_message(provenance_note(self.calibration, Path(self.meter_file.path).name))
        cal = self.calibration.project
        notes = (project.meta.notes + "\n" if project.meta.notes else "") + note
        self.document.push(cal.replace(meta=cal.meta.replace(notes=notes)), QCoreApplication.translate("MetersPage", "Calibrate to meter readings"))
        self.apply_button.setEnabled(False)
        self.cal_status.setText(QCoreApplication.translate("MetersPage", "The calibrated project is in use; Undo returns to the project as entered."))
        return True

    # ---------------------------------------------------------------- savings
    def _build_savings(self):
        box = self.group(QCoreApplication.translate("MetersPage", "Measured savings after the works (IPMVP Option C / GB/T 28750)"))
        lay = box.layout()
        form = QFormLayout()
        meters = QCoreApplication.translate("MetersPage", "Meter readings (*.csv *.xlsx)")
        self.baseline_file = _FileRow(QCoreApplication.translate("MetersPage", "Readings before the works"), meters)
        self.reporting_file = _FileRow(QCoreApplication.translate("MetersPage", "Readings after the works"), meters)
        self.temps_file = _FileRow(QCoreApplication.translate("MetersPage", "Daily mean temperatures"), QCoreApplication.translate("MetersPage", "Daily temperatures (*.csv)"))
        form.addRow(QCoreApplication.translate("MetersPage", "Before the works:"), self.baseline_file)
        form.addRow(QCoreApplication.translate("MetersPage", "After the works:"), self.reporting_file)
        form.addRow(QCoreApplication.translate("MetersPage", "Daily temperatures:"), self.temps_file)
        lay.addLayout(form)
        self.savings_button, self.record_button, self.mv_text = _actions(
            lay, (QCoreApplication.translate("MetersPage", "Verify savings"), self.start_savings),
            (QCoreApplication.translate("MetersPage", "Record in the project notes"), self.record_savings),
            QCoreApplication.translate("MetersPage", "Choose the readings before and after the works and the measured daily mean "
                                       "temperatures of both periods."))

    def start_savings(self):
        files = (self.baseline_file.path, self.reporting_file.path, self.temps_file.path)
        if not all(files):
            self._failed("savings", QCoreApplication.translate("MetersPage", "choose all three files"))
            return False
        project = self.document.project
        self.savings_button.setEnabled(False)
        self.mv_text.setStyleSheet("")
        self.mv_text.setText(QCoreApplication.translate("MetersPage", "Computing…"))
        signals = self._signals
        QThreadPool.globalInstance().start(lambda: _run("savings", lambda: _savings(project, *files), signals))
        return True

    def record_savings(self):
        from calc.calibration.savings import savings_note

        if self.savings is None:
            return False
        project = self.document.project
        note = calc_message(savings_note(self.savings, Path(self.baseline_file.path).name,
                                         Path(self.reporting_file.path).name))
        notes = (project.meta.notes + "\n" if project.meta.notes else "") + note
        self.document.push(project.replace(meta=project.meta.replace(notes=notes)), QCoreApplication.translate("MetersPage", "Record measured savings"))
        self.record_button.setEnabled(False)
        return True

    def show_savings(self, ms):
        self.savings = ms
        self.record_button.setEnabled(True)
        m = ms.model
        lines = [QCoreApplication.translate("MetersPage", "Baseline model {0}: {1} readings, CV(RMSE) {2}, R² {3:.3f}").format(
            m.kind, m.n, _pct(m.cv_rmse_pct), m.r2)]
        if m.tau_h is not None:
            lines.append(QCoreApplication.translate("MetersPage", "Heating: {0:.2f} kWh per K·day below {1:.1f} °C").format(m.b_h, m.tau_h))
        if m.tau_c is not None:
            lines.append(QCoreApplication.translate("MetersPage", "Cooling: {0:.2f} kWh per K·day above {1:.1f} °C").format(m.b_c, m.tau_c))
        lines.append(QCoreApplication.translate("MetersPage", "Adjusted baseline {0:,.0f} kWh, after the works {1:,.0f} kWh: saved {2:,.0f} kWh ({3:.1f} %)")
                     .format(ms.adjusted_baseline_kwh, ms.reporting_kwh, ms.savings_kwh, 100 * ms.savings_fraction))
        for c in sorted(ms.uncertainty):
            u = ms.uncertainty[c]
            if u is None:
                lines.append(QCoreApplication.translate("MetersPage", "Uncertainty at {0:.0f} %: not applicable (no saving)").format(100 * c))
            else:
                lo, hi = ms.savings_range_kwh(c)
                lines.append(QCoreApplication.translate("MetersPage", "Uncertainty at {0:.0f} %: ±{1:.1f} % of the saving ({2:,.0f} – {3:,.0f} kWh)")
                             .format(100 * c, 100 * u, lo, hi))
        if ms.predicted_fraction is not None:
            where = {True: QCoreApplication.translate("MetersPage", "inside"), False: QCoreApplication.translate("MetersPage", "outside"), None: "—"}[ms.predicted_within_90]
            lines.append(QCoreApplication.translate("MetersPage", "Predicted by the assessment: {0:.1f} % ({1} the 90 % range of the measured saving)")
                         .format(100 * ms.predicted_fraction, where))
        self.mv_text.setText("\n".join(lines))

    # ---------------------------------------------------------------- benchmark
    def _build_benchmark(self):
        box = self.group(QCoreApplication.translate("MetersPage", "GB/T 51161-2016 consumption benchmark"))
        self.benchmark_text = QLabel(QCoreApplication.translate("MetersPage", "There are no results yet."))
        self.benchmark_text.setWordWrap(True)
        box.layout().addWidget(self.benchmark_text)

    def show_benchmark(self, assessment):
        b = getattr(assessment, "benchmark", None)
        if b is None:
            return
        if not b.applicable:
            lang = "zh" if getattr(self.window_, "language", "en").startswith("zh") else "en"
            self.benchmark_text.setText(QCoreApplication.translate("MetersPage", "Not applicable: {0}").format(b.reason.get(lang, b.reason["en"])))
            return
        verdict = {"at_or_below_guide": QCoreApplication.translate("MetersPage", "at or below the guide value"), "above_guide": QCoreApplication.translate("MetersPage", "above the guide value"),
                   "above_constraint": QCoreApplication.translate("MetersPage", "above the constraint value")}[b.verdict]
        self.benchmark_text.setText(
            QCoreApplication.translate("MetersPage", "Non-heating energy of the baseline {0:.1f} kWh/(m²·a): constraint {1:.0f}, guide {2:.0f} "
               "({3}, class {4}) — {5}.\nValues: {6}; {7}.").format(
                b.value.m, b.constraint.m, b.guide.m, option_label(b.use), b.building_class, verdict, b.standard_table,
                b.source))

    # ---------------------------------------------------------------- plumbing
    def _done(self, kind, out):
        if kind == "calibration":
            self.calibrate_button.setEnabled(True)
            path, cal = out
            self.cal_status.setText(QCoreApplication.translate("MetersPage", "Calibrated to {0} ({1} model runs).").format(Path(path).name, cal.evaluations))
            self.show_calibration(cal)
        else:
            self.savings_button.setEnabled(True)
            self.show_savings(out)

    def _failed(self, kind, message):
        label = self.cal_status if kind == "calibration" else self.mv_text
        (self.calibrate_button if kind == "calibration" else self.savings_button).setEnabled(True)
        label.setStyleSheet(ERROR_STYLE)
        label.setText(QCoreApplication.translate("MetersPage", "Could not compute: {0}").format(message))
