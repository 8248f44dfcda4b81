"""Qt table model over the records of a stock run (calc.stock), sortable on
the raw values and filterable by text in any shown column."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt

# record key -> (header, decimals or None for text)
COLUMNS = (
    ("row", "Row", None), ("id", "ID", None), ("name", "Name", None), ("city", "City", None),
    ("use", "Use", None), ("era", "Era", None), ("heat_source", "Heat source", None), ("network", "Network", None),
    ("floor_area_m2", "Floor area [m²]", 0), ("baseline_tce", "Before [tce/a]", 1), ("package_tce", "After [tce/a]", 1),
    ("saving_rate_pct", "Saving [%]", 1), ("target_rate_pct", "Target [%]", 0), ("verdict", "Verdict", None),
    ("saving_rate_equal_value_pct", "Saving, equal value [%]", 1),
    ("saving_rate_power_supply_coal_pct", "Saving, power-supply coal [%]", 1),
    ("building_verdict", "Building verdict", None),
    ("baseline_tco2", "CO2 before [t/a]", 1), ("package_tco2", "CO2 after [t/a]", 1),
    ("investment_cny", "Investment [CNY]", 0), ("simple_payback_years", "Payback [a]", 1),
    ("buildings_in_project", "Buildings in project", None), ("skipped_measures", "Measures left out", None),
)
SORT_ROLE = Qt.UserRole + 1
RECORD_ROLE = Qt.UserRole + 2


def _header(text: str) -> str:
    return QCoreApplication.translate("StockTable", text)


class StockTableModel(QAbstractTableModel):
    """One row per building record (dicts of calc.stock.records)."""

    def __init__(self, records: list[dict], parent=None):
        super().__init__(parent)
        self.records = records

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return _header(COLUMNS[section][1])
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        rec = self.records[index.row()]
        key, _, decimals = COLUMNS[index.column()]
        value = rec.get(key)
        if role == Qt.DisplayRole:
            if value is None:
                return "—"
            if decimals is not None:
                return f"{value:,.{decimals}f}"
            if key in ("verdict", "building_verdict"):
                return {"PASS": QCoreApplication.translate("StockTable", "PASS"),
                        "FAIL": QCoreApplication.translate("StockTable", "FAIL")}.get(
                    value, QCoreApplication.translate("StockTable", "not applicable"))
            return str(value)
        if role == SORT_ROLE:
            if value is None:
                return float("-inf") if decimals is not None else ""
            return value
        if role == Qt.TextAlignmentRole and decimals is not None:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == RECORD_ROLE:
            return rec
        return None


class StockFilter(QSortFilterProxyModel):
    """Rows whose text in any column (or in ``column`` when set) contains
    the filter text, case-insensitive."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseInsensitive)
        self.setFilterKeyColumn(-1)
