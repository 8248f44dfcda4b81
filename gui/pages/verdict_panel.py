"""The verdict in detail: which basis and electricity method the headline
uses, the matrix of every basis under both methods, each building against
its own target, what a FAIL lacks, and how sure the verdict is (Monte
Carlo). Shown on the results page under the target check; every number is
read from the ``Assessment``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QLabel, QTableWidgetItem, QVBoxLayout, QWidget,
)

from calc.uncertainty import ENGINE_DEPARTURES

from .. import format as fmt
from ..labels import option_label
from ..readonly_table import fit_height as _fit, table as _table

WARN_STYLE = "color: #7a4f00; background: #fff3cd; padding: 6px; border: 1px solid #e0c36a;"
METHODS = ("equal_value", "power_supply_coal")
INPUT_NAMES = {
    "infiltration": QT_TRANSLATE_NOOP("VerdictPanel", "infiltration"),
    "behaviour": QT_TRANSLATE_NOOP("VerdictPanel", "heating setpoint"),
    "heat_pump_performance": QT_TRANSLATE_NOOP("VerdictPanel", "heat-pump performance"),
    "metering_behaviour": QT_TRANSLATE_NOOP("VerdictPanel", "metering-reform behaviour"),
    "grid_factor": QT_TRANSLATE_NOOP("VerdictPanel", "grid CO₂ factor"),
}


def _verdict_text(passed) -> str:
    if passed is None:
        return QCoreApplication.translate("VerdictPanel", "n/a")
    return QCoreApplication.translate("VerdictPanel", "pass") if passed else QCoreApplication.translate("VerdictPanel", "fail")


def basis_line(a) -> str:
    """The results page's basis line: the basis, what the project is judged
    as (a mixed project against the floor-area-weighted mean of its
    buildings' targets) and the rate on every basis."""
    t = a.target
    others = "; ".join(f"{option_label(k)} {fmt.percent(v)}" for k, v in t.rates.items())
    if t.project_type == "mixed":
        return QCoreApplication.translate(
            "VerdictPanel", "Basis: {0} — mixed project: judged against {1}, the floor-area-weighted mean of its "
            "buildings' own targets (30 % residential, 20 % public); each building against its own target below. "
            "All bases: {2}").format(option_label(t.basis), fmt.percent(t.target_rate, 1), others)
    return QCoreApplication.translate("ResultsPage", "Basis: {0} — {1} building. All bases: {2}").format(
        option_label(t.basis), option_label(a.building_type), others)


def _put(t, r, c, text, right=True):
    item = QTableWidgetItem(text)
    if right and c > 0:
        item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
    t.setItem(r, c, item)


class VerdictPanel(QWidget):
    """Matrix, per-building verdicts, shortfall and uncertainty."""

    def __init__(self, parent=None):
        super().__init__(parent)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setObjectName("verdict_headline")
        self.flip = QLabel()
        self.flip.setWordWrap(True)
        self.flip.setStyleSheet(WARN_STYLE)
        self.flip.setObjectName("method_warning")
        self.matrix = _table([QCoreApplication.translate("VerdictPanel", "Basis"), option_label("equal_value"), option_label("power_supply_coal")])
        self.matrix.setObjectName("verdict_matrix")
        self.buildings = _table([QCoreApplication.translate("VerdictPanel", "Building"), QCoreApplication.translate("VerdictPanel", "Use"), QCoreApplication.translate("VerdictPanel", "Basis"), QCoreApplication.translate("VerdictPanel", "Target"), QCoreApplication.translate("VerdictPanel", "Saving rate"),
                                 QCoreApplication.translate("VerdictPanel", "Verdict")])
        self.buildings.setObjectName("building_verdicts")
        self.project_note = QLabel()
        self.project_note.setWordWrap(True)
        self.shortfall = QLabel()
        self.shortfall.setWordWrap(True)
        self.shortfall.setObjectName("shortfall")
        self.spread = QLabel()
        self.spread.setWordWrap(True)
        self.spread.setObjectName("uncertainty")
        self.heat = QLabel()
        self.heat.setWordWrap(True)
        self.heat.setObjectName("heat_source")
        for w in (self.headline, self.flip, QLabel(QCoreApplication.translate("VerdictPanel", "Saving rate on every basis under both electricity methods:")),
                  self.matrix, QLabel(QCoreApplication.translate("VerdictPanel", "Each building against its own target:")), self.buildings,
                  self.project_note, self.shortfall, self.spread, self.heat):
            col.addWidget(w)

    def show_assessment(self, a):
        t = a.target
        self.headline.setText(QCoreApplication.translate("VerdictPanel", "The verdict is on {0}, with electricity counted by the {1} method ({2}).").format(
            option_label(t.basis), option_label(t.electricity_method),
            QCoreApplication.translate("VerdictPanel", "basis chosen by programme") if t.basis_setting == "programme" else QCoreApplication.translate("VerdictPanel", "basis chosen by the user")))
        self.flip.setText(QCoreApplication.translate("VerdictPanel", "The two electricity methods give different verdicts on this basis: the approving "
                              "authority's convention decides."))
        self.flip.setVisible(not t.methods_agree)
        self._matrix(t)
        self._buildings(t)
        self._shortfall(t)
        self._uncertainty(a.uncertainty)
        self._heat(a.baseline.network, a.heat_source_default)

    def _matrix(self, t):
        cells = {(c.basis, c.electricity_method): c for c in t.matrix}
        bases = list(dict.fromkeys(c.basis for c in t.matrix))
        m = self.matrix
        m.setRowCount(len(bases))
        for r, basis in enumerate(bases):
            label = option_label(basis) + ("  ◀" if basis == t.basis else "")
            _put(m, r, 0, label, right=False)
            for k, method in enumerate(METHODS):
                c = cells.get((basis, method))
                text = "—" if c is None else f"{fmt.percent(c.saving_rate)}  {_verdict_text(c.passed)}"
                _put(m, r, k + 1, text)
        _fit(m)

    def _buildings(self, t):
        b = self.buildings
        b.setRowCount(len(t.buildings))
        for r, row in enumerate(t.buildings):
            _put(b, r, 0, row.name, right=False)
            _put(b, r, 1, option_label(row.building_type), right=False)
            _put(b, r, 2, option_label(row.basis), right=False)
            _put(b, r, 3, fmt.percent(row.target_rate, 0))
            _put(b, r, 4, fmt.percent(row.saving_rate))
            _put(b, r, 5, _verdict_text(row.passed))
        _fit(b)
        self.project_note.setText(QCoreApplication.translate("VerdictPanel", "The project is checked against the floor-area-weighted target of its "
                                      "buildings: {0}.").format(fmt.percent(t.target_rate)))

    def _shortfall(self, t):
        s = t.shortfall
        if s is None:
            self.shortfall.hide()
            return
        text = QCoreApplication.translate("VerdictPanel", "Missing to reach the target: {0}").format(fmt.points(s.missing))
        if s.missing_tce is not None:
            text += QCoreApplication.translate("VerdictPanel", " ({0} a year)").format(fmt.quantity(s.missing_tce, "tce", 2))
        if s.closing_measures:
            names = "; ".join(f"{c.label} → {fmt.percent(c.saving_rate)}" for c in s.closing_measures)
            text += ". " + QCoreApplication.translate("VerdictPanel", "Listed measures that would close it when added: {0}").format(names)
        else:
            text += ". " + QCoreApplication.translate("VerdictPanel", "No listed measure closes it on its own.")
        self.shortfall.setText(text)
        self.shortfall.show()

    def _uncertainty(self, u):
        if u is None:
            self.spread.setText(QCoreApplication.translate("VerdictPanel", "How sure: not computed."))
            return
        inputs = "; ".join(
            f"{QCoreApplication.translate('VerdictPanel', INPUT_NAMES.get(i.name, i.name))} " + (f"×{i.low:g}–{i.high:g}" if i.kind == "factor" else f"{i.low:+g}…{i.high:+g} K")
            for i in u.inputs)
        self.spread.setText(QCoreApplication.translate("VerdictPanel", "How sure ({0} Latin-hypercube samples, seed {1}): saving rate P10 {2}, P50 {3}, "
                                "P90 {4}; probability of reaching the target {5}. Inputs varied: {6}.").format(
            u.samples, u.seed, fmt.percent(u.saving_rate_p10), fmt.percent(u.saving_rate_p50),
            fmt.percent(u.saving_rate_p90), fmt.percent(u.pass_probability, 0), inputs) + " " + _engine_error())

    def _heat(self, net, default=None):
        if net is None or net.heat_coal_rate is None:
            self.heat.hide()
            return
        text = QCoreApplication.translate("VerdictPanel", "District heat at its source: {0}, {1} kgce/GJ on the equivalent basis (34.12 on the "
                              "calorific basis), {2} kgCO₂/GJ; CHP fuel split: {3}.").format(
            option_label(net.heat_source), fmt.number(net.heat_coal_rate.m, 1), fmt.number(net.heat_co2_rate.m, 1),
            option_label(net.heat_allocation))
        if default is not None:
            text += " " + (QCoreApplication.translate(
                "VerdictPanel", "The heat source was not entered: the national default is used; enter the real "
                "source where it is known.") if default.province == "national" else QCoreApplication.translate(
                "VerdictPanel", "The heat source was not entered: the default of the site's province is used; "
                "enter the real source where it is known."))
        self.heat.setText(text)
        self.heat.show()


def _engine_error() -> str:
    """The engine's own departure from EnergyPlus, which the band leaves out
    (calc.uncertainty.ENGINE_DEPARTURES)."""
    h, c = (next(d for d in ENGINE_DEPARTURES if d.need == n) for n in ("heating", "cooling"))
    return QCoreApplication.translate(
        "VerdictPanel", "Not in the band: the engine's own error; against EnergyPlus its saving of the heating need "
        "departs by {0} pp on average (RMS {1} pp), of the cooling need by {2} pp (RMS {3} pp).").format(
        f"{h.mean:+.1f}", f"{h.rms:.1f}", f"{c.mean:+.1f}", f"{c.rms:.1f}")
