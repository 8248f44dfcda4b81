"""The stock window: the per-building table (sortable, filterable), the
summary and the indicators of a stock run's output folder."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMainWindow, QTableView,
    QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from calc.stock.indicators import missing_text
from calc.stock.store import read_results

from ..i18n import current_language
from .model import COLUMNS, RECORD_ROLE, StockFilter, StockTableModel


def _t(text: str) -> str:
    return QCoreApplication.translate("StockWindow", text)


def _n(x, decimals=0, suffix=""):
    return "—" if x is None else f"{x:,.{decimals}f}{suffix}"


class StockWindow(QMainWindow):
    """The results of ``main.py portfolio ... --out FOLDER``; emits
    ``openProject(path)`` when a building is double-clicked."""

    openProject = Signal(str)

    def __init__(self, folder, parent=None):
        super().__init__(parent)
        self.folder = Path(folder)
        self.records = [rec for result in read_results(self.folder) for rec in result["records"]]
        self.summary = json.loads((self.folder / "summary.json").read_text("utf-8"))
        self.setWindowTitle(_t("Building stock — {name}").format(name=self.folder.name))
        tabs = QTabWidget()
        tabs.addTab(self._table_tab(), _t("Buildings"))
        tabs.addTab(self._summary_tab(), _t("Summary"))
        tabs.addTab(self._indicators_tab(), _t("Plan indicators"))
        self.tabs = tabs
        self.setCentralWidget(tabs)
        self.resize(1100, 640)

    # ------------------------------------------------------------ buildings
    def _table_tab(self):
        w = QWidget()
        lay = QVBoxLayout(w)
        bar = QHBoxLayout()
        self.filter_edit = QLineEdit(placeholderText=_t("Filter: text in any column, e.g. Beijing or FAIL"))
        self.filter_column = QComboBox()
        self.filter_column.addItem(_t("All columns"), -1)
        for i, (_, header, _) in enumerate(COLUMNS):
            self.filter_column.addItem(QCoreApplication.translate("StockTable", header), i)
        bar.addWidget(QLabel(_t("Filter")))
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.filter_column)
        lay.addLayout(bar)
        self.model = StockTableModel(self.records, self)
        self.proxy = StockFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.view.doubleClicked.connect(self._open_row)
        lay.addWidget(self.view, 1)
        self.count_label = QLabel()
        lay.addWidget(self.count_label)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.filter_column.currentIndexChanged.connect(self._apply_filter)
        self._apply_filter()
        return w

    def _apply_filter(self, *_):
        self.proxy.setFilterKeyColumn(self.filter_column.currentData())
        self.proxy.setFilterFixedString(self.filter_edit.text())
        self.count_label.setText(_t("{shown} of {total} buildings shown; double-click a row to open its project")
                                 .format(shown=self.proxy.rowCount(), total=len(self.records)))

    def project_path(self, proxy_row: int) -> str:
        rec = self.proxy.index(proxy_row, 0).data(RECORD_ROLE)
        return str(self.folder / rec["project_file"])

    def _open_row(self, index):
        self.openProject.emit(self.project_path(index.row()))

    # ------------------------------------------------------------ summary
    def _pairs_table(self, rows, headers, numeric=True):
        table = QTableWidget(len(rows), len(headers))
        table.setHorizontalHeaderLabels(headers)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c > 0 and numeric:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                table.setItem(r, c, item)
        table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        for c in range(1, len(headers)):
            table.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeToContents)
        return table

    def _summary_tab(self):
        s, g = self.summary, self.summary["totals"]
        rows = [
            (_t("Buildings listed / assessed / not assessed"), f"{s['rows_total']} / {s['rows_assessed']} / {s['rows_failed']}", "", ""),
            (_t("Floor area assessed"), _n(g["floor_area_m2"]), "", "m²"),
            (_t("Standard coal, power-supply coal method"), _n(g["baseline_tce_power_supply_coal"], 1),
             _n(g["package_tce_power_supply_coal"], 1), "tce/a"),
            (_t("Standard coal, calorific equal-value method"), _n(g["baseline_tce_equal_value"], 1),
             _n(g["package_tce_equal_value"], 1), "tce/a"),
            (_t("Operational CO2"), _n(g["baseline_tco2"], 1), _n(g["package_tco2"], 1), "t/a"),
            (_t("Stock saving rate (standard coal)"), "", _n(g["saving_rate_tce_pct"], 1), "%"),
            (_t("Projects reaching their target"), "", f"{g['passed_projects']} / {g['projects']}", ""),
            (_t("Floor area of projects reaching their target"), "", _n(g["pass_share_area_pct"], 1), "%"),
            (_t("Investment (net of subsidies)"), "", _n(g["investment_cny"] - g["subsidy_cny"]), "CNY"),
            (_t("Investment per tce saved a year"), "", _n(g["investment_per_tce_saved_cny_per_tce_a"]), "CNY/(tce/a)"),
            (_t("Investment per tCO2 avoided a year"), "", _n(g["investment_per_tco2_saved_cny_per_tco2_a"]), "CNY/(t/a)"),
        ]
        self.summary_table = self._pairs_table(rows, [_t("Quantity"), _t("Before"), _t("After"), _t("Unit")])
        return self.summary_table

    # ------------------------------------------------------------ indicators
    def _indicators_tab(self):
        ind = self.summary["indicators"]
        rows = []

        def missing(e):
            return _t("not computable: needs {missing}").format(missing=missing_text(e, current_language()))

        a = ind["renovated_area"]
        rows.append((_t("Renovated floor area"), _t("{area} m², of which {passed} m² reach the target").format(
            area=_n(a["renovated_area_m2"]), passed=_n(a["area_meeting_target_m2"]))))
        net = ind["network_losses"]
        if not net["computable"]:
            rows.append((_t("Heat loss of the networks vs 2020"), missing(net)))
        else:
            for name, e in net["networks"].items():
                text = missing(e) if not e["computable"] else _t("{base} → {pkg} %; {change:+.1f} pp vs 2020").format(
                    base=_n(e["baseline_loss_share_pct"], 1), pkg=_n(e["package_loss_share_pct"], 1),
                    change=e["change_vs_2020_pp"])
                rows.append((_t("Heat loss of network {name}").format(name=name), text))
        pub = ind["public_institutions"]
        if not pub["computable"]:
            rows.append((_t("Public institutions vs 2020"), missing(pub)))
        else:
            for label, now, after in (
                    (_t("Public institutions: energy per m² vs 2020"), "energy_per_m2_change_current_pct",
                     "energy_per_m2_change_after_package_pct"),
                    (_t("Public institutions: CO2 per m² vs 2020"), "co2_per_m2_change_current_pct",
                     "co2_per_m2_change_after_package_pct")):
                rows.append((label, _t("now {now} %, after the package {after} %").format(
                    now=_n(pub[now], 1), after=_n(pub[after], 1))))
            per = pub["energy_per_person"]
            rows.append((_t("Public institutions: energy per person vs 2020"), missing(per) if not per["computable"]
                         else _t("now {now} %, after the package {after} %").format(
                             now=_n(per["change_current_pct"], 1), after=_n(per["change_after_package_pct"], 1))))
        for key, label in (("public_coal_share", _t("Coal share of public institutions")),
                           ("renewable_replacement", _t("Renewable replacement rate"))):
            e = ind[key]
            rows.append((label, missing(e) if not e["computable"] else
                         _t("{base} → {pkg} %").format(base=_n(e["baseline_pct"], 1), pkg=_n(e["package_pct"], 1))))
        self.indicator_table = self._pairs_table(rows, [_t("Indicator"), _t("Result")], numeric=False)
        self.indicator_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        return self.indicator_table
