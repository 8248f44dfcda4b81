"""The read-only result tables of the Results page and its panels: one
look (no row numbers, no editing, columns sized to their contents) and a
height that shows every row without a scroll bar of its own."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget


def table(headers, rows: int = 0) -> QTableWidget:
    """A read-only table with ``headers`` and ``rows`` empty rows."""
    t = QTableWidget(rows, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.verticalHeader().setDefaultSectionSize(24)
    t.setEditTriggers(QAbstractItemView.NoEditTriggers)
    t.setSelectionMode(QAbstractItemView.NoSelection)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(False)
    t.setWordWrap(False)
    return t


def fit_height(t: QTableWidget) -> None:
    """Fix the table's height to its header and rows (the page scrolls)."""
    h = t.horizontalHeader().sizeHint().height() + 4 + sum(t.rowHeight(r) for r in range(t.rowCount()))
    t.setFixedHeight(h + 2)
