"""A table editor for a list of model objects (construction layers, pipe
segments): one row per object, one column per field, add and remove rows.

Each cell edit is validated with ``set_path`` on the whole project, like a
form field; an invalid entry puts the message under the table and the cell
goes back to the last valid value.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from calc.schema import ValidationError, get_path
from calc.units import UnitInputError, parse_quantity

from .editors import error_label, error_notifier, error_text, format_number
from .labels import field_label, option_label, unit_label


class CellTable(QTableWidget):
    """A table Tab walks cell by cell and then leaves: Qt's own wraps round
    to the first cell, so a keyboard user never reaches the buttons and
    fields after it (Shift+Tab likewise leaves from the first cell)."""

    def focusNextPrevChild(self, next_):
        rows, cols = self.rowCount(), self.columnCount()
        r, c = self.currentRow(), self.currentColumn()
        last_cell = (rows - 1, cols - 1) if next_ else (0, 0)
        if r < 0 or rows == 0 or (r, c) == last_cell or not self.tabKeyNavigation():
            return QWidget.focusNextPrevChild(self, next_)
        return super().focusNextPrevChild(next_)


class ChildrenTable(QWidget):
    """Rows of ``cls`` objects at ``path`` (a ``children`` field)."""

    changed = Signal()

    def __init__(self, document, path: str, cls, columns: list[str], new_item, parent=None, pickers=None):
        super().__init__(parent)
        # column name -> a picker (gui.material_picker): library names shown and offered
        self.pickers = dict(pickers or {})
        self.document = document
        self.path = path
        self.cls = cls
        self.columns = columns
        self.new_item = new_item
        self._decls = {f.name: dict(f.metadata) for f in dataclasses.fields(cls)}
        self._updating = False
        self._bad_cells: dict[tuple[int, int], str] = {}  # refused text kept in its cell

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = CellTable(0, len(columns))
        headers = []
        for name in columns:
            unit = self._decls[name].get("unit")
            text = field_label(cls.__name__, name)
            if unit and unit != "dimensionless":
                text += f"\n[{unit_label(unit)}]"
            headers.append(text)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setTabKeyNavigation(True)
        self.table.itemChanged.connect(self._item_changed)
        self.table.setMinimumHeight(140)
        for name, picker in self.pickers.items():
            self.table.setItemDelegateForColumn(columns.index(name), picker.delegate(self.table))
        layout.addWidget(self.table)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(QCoreApplication.translate("ChildrenTable", "Add row"))
        self.remove_button = QPushButton(QCoreApplication.translate("ChildrenTable", "Remove row"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.error = error_label()
        layout.addWidget(self.error)
        document.projectChanged.connect(self.refresh)
        self.refresh(document.project)
        # Interactive columns start at the default width, which cuts the
        # two-line "name [unit]" headers; start them at their contents.
        self.table.resizeColumnsToContents()

    def set_path(self, path: str):
        self.path = path
        self._bad_cells.clear()
        self.error.hide()
        self.refresh(self.document.project)

    def items(self, project=None):
        try:
            return get_path(project or self.document.project, self.path)
        except (AttributeError, IndexError, KeyError, TypeError):
            return None

    @Slot(object)
    def refresh(self, project):
        items = self.items(project)
        self.setEnabled(items is not None)
        items = items or ()
        self._updating = True
        try:
            self.table.setRowCount(len(items))
            for r, item in enumerate(items):
                for c, name in enumerate(self.columns):
                    decl = self._decls[name]
                    value = getattr(item, name)
                    path = f"{self.path}[{r}].{name}"
                    if decl.get("kind") == "choice":
                        combo = self.table.cellWidget(r, c)
                        if not isinstance(combo, QComboBox):
                            combo = QComboBox()
                            for option in decl["options"]:
                                combo.addItem(option_label(option), option)
                            combo.activated.connect(lambda _i, row=r, col=c: self._combo_changed(row, col))
                            # reached through the table's own Tab walk; made after the buttons
                            # below, it would otherwise come after them in the focus chain
                            combo.setFocusPolicy(Qt.ClickFocus)
                            self.table.setCellWidget(r, c, combo)
                        combo.setCurrentIndex(combo.findData(value))
                        continue
                    cell = self.table.item(r, c)
                    if cell is None:
                        cell = QTableWidgetItem()
                        self.table.setItem(r, c, cell)
                    picker = self.pickers.get(name)
                    cell.setText(picker.display(value) if picker else self._format(value, decl))
                    cell.setData(Qt.ForegroundRole, None)
                    font = cell.font()
                    font.setItalic(path in project.defaults)
                    cell.setFont(font)
            for (r, c), text in self._bad_cells.items():
                cell = self.table.item(r, c)
                if cell is not None:
                    cell.setText(text)
                    cell.setForeground(QBrush(QColor("#c62828")))
        finally:
            self._updating = False
        self.remove_button.setEnabled(len(items) > 0)

    def has_error(self) -> bool:
        return bool(self._bad_cells)

    def _where(self, r: int, c: int) -> str:
        return QCoreApplication.translate("ChildrenTable", "Row {0}, {1}").format(
            r + 1, field_label(self.cls.__name__, self.columns[c]))

    def _refuse(self, r: int, c: int, text: str, message: str):
        """Keep the refused text in its cell (in red) and name the cell."""
        self._bad_cells[(r, c)] = text
        self.error.setText(f"{self._where(r, c)}: {message}")
        self.error.show()
        self.refresh(self.document.project)
        error_notifier.changed.emit()

    @staticmethod
    def _format(value, decl):
        if value is None:
            return ""
        if decl.get("kind") == "qty":
            return format_number(float(value.to(decl["unit"]).magnitude))
        if decl.get("kind") == "number":
            return format_number(float(value))
        return str(value)

    def _parse(self, text: str, decl, name):
        kind = decl.get("kind")
        label = field_label(self.cls.__name__, name)
        if kind == "qty":
            if not text.strip() and decl.get("optional"):
                return None
            return parse_quantity(text, decl["unit"], field=label)
        try:
            if kind == "number":
                return float(text.replace(",", "."))
            if kind == "count":
                return int(text)
        except ValueError:
            raise ValueError(QCoreApplication.translate("FieldEditor", "'{0}' is not a number").format(text)) from None
        return text

    def _edit(self, path: str, value):
        try:
            self.document.edit(path, value, field_label(self.cls.__name__, path.rsplit(".", 1)[-1]))
        except (ValidationError, UnitInputError, ValueError) as e:
            self.error.setText(error_text(e, path))
            self.error.show()
            self.refresh(self.document.project)
            return False
        self.error.hide()
        self.changed.emit()
        return True

    def _item_changed(self, cell: QTableWidgetItem):
        if self._updating:
            return
        r, c = cell.row(), cell.column()
        name = self.columns[c]
        decl = self._decls[name]
        path = f"{self.path}[{r}].{name}"
        text = cell.text()
        if name in self.pickers and self._picked(r, c, text):
            return
        try:
            value = self._parse(text, decl, name)
        except (UnitInputError, ValueError) as e:
            self._refuse(r, c, text, error_text(e, path))
            return
        try:
            self.document.edit(path, value, field_label(self.cls.__name__, name))
        except (ValidationError, UnitInputError, ValueError) as e:
            self._refuse(r, c, text, error_text(e, path))
            return
        if self._bad_cells.pop((r, c), None) is not None:
            self.refresh(self.document.project)
            error_notifier.changed.emit()
        if not self._bad_cells:
            self.error.hide()
        self.changed.emit()

    def _picked(self, r: int, c: int, text: str) -> bool:
        """A library name in a picker column sets the row's values with it
        as one edit; True when handled (picked, or the shown name kept)."""
        name = self.columns[c]
        picker = self.pickers[name]
        item = self.items()[r]
        if text == picker.display(getattr(item, name)) and (r, c) not in self._bad_cells:
            return True
        values = picker.pick(text)
        if values is None:
            return False
        new = dataclasses.replace(item, **values)
        try:
            self.document.edit(f"{self.path}[{r}]", new, field_label(self.cls.__name__, name))
        except (ValidationError, UnitInputError, ValueError) as e:
            self._refuse(r, c, text, error_text(e, f"{self.path}[{r}].{name}"))
            return True
        if self._bad_cells.pop((r, c), None) is not None:
            error_notifier.changed.emit()
        self.refresh(self.document.project)
        if not self._bad_cells:
            self.error.hide()
        self.changed.emit()
        return True

    def _combo_changed(self, row: int, col: int):
        combo = self.table.cellWidget(row, col)
        self._edit(f"{self.path}[{row}].{self.columns[col]}", combo.currentData())

    def add_row(self):
        items = self.items()
        if items is None:
            return
        row = self.table.currentRow()
        at = len(items) if row < 0 else row + 1
        new = items[:at] + (self.new_item(),) + items[at:]
        if self._edit(self.path, new):
            self.table.selectRow(at)

    def remove_row(self):
        items = self.items()
        if not items:
            return
        row = self.table.currentRow()
        if row < 0:
            row = len(items) - 1
        self._edit(self.path, items[:row] + items[row + 1:])
