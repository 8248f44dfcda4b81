"""Keyboard navigation: from the page list, Tab walks every editable field
of each page (and of each tab of its tab widgets) in reading order and comes
back to the page list -- no field left out, no trap, no jump back up."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox, QCheckBox, QComboBox, QLineEdit, QListWidget, QTableWidget, QTabWidget,
)

from .conftest import make_window

EDITORS = (QLineEdit, QComboBox, QCheckBox, QTableWidget, QListWidget)
PAGES = ("project", "buildings", "envelope", "supply", "equipment", "measures", "results", "report", "meters")


def _editable(window, page):
    out = []
    from PySide6.QtWidgets import QWidget

    for w in page.findChildren(QWidget):
        if not isinstance(w, EDITORS):
            continue
        if isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the line edit inside an editable combo box
        if isinstance(w, QTableWidget) and not w.editTriggers():
            continue  # a read-only results table
        if isinstance(w, QLineEdit) and w.isReadOnly():
            continue
        if isinstance(w.parentWidget().parentWidget(), QTableWidget):
            continue  # a cell's combo box: reached through its table
        if w.isVisibleTo(window) and w.isEnabled():
            out.append(w)
    return out


def _owner(widget, page):
    """The widget a Tab stop stands for: a table for its cell widgets."""
    w = widget
    while w is not None and w is not page:
        if isinstance(w, QTableWidget):
            return w
        w = w.parentWidget()
    return widget


def _walk(qtbot, window, page, limit=600):
    """Tab stops from the page list round to it again, each widget once."""
    window.nav.setFocus()
    stops = []
    for _ in range(limit):
        qtbot.keyClick(window.focusWidget(), Qt.Key_Tab)
        w = window.focusWidget()
        if w is window.nav:
            return stops
        w = _owner(w, page)
        if not stops or stops[-1] is not w:
            assert w not in stops, f"Tab comes back to {w!r} before leaving the page: a trap"
            stops.append(w)
    raise AssertionError("Tab never comes back to the page list")


def _rect(w, ancestor):
    top_left = w.mapTo(ancestor, QPoint(0, 0))  # within the scrolled body: independent of scrolling
    return top_left.x(), top_left.y(), top_left.x() + w.width(), top_left.y() + w.height()


def _check_reading_order(stops, page):
    """Each stop is below the one before, or starts the next of two columns
    side by side (the selected measure's form beside the package list)."""
    body = getattr(page, "body", page)
    inside = [w for w in stops if w is not page and body.isAncestorOf(w) and w.isVisible()]
    for a, b in zip(inside, inside[1:]):
        _ax0, ay0, _ax1, _ay1 = _rect(a, body)
        _bx0, by0, _bx1, _by1 = _rect(b, body)
        assert by0 >= ay0 - 4 or _next_column(a, b), (
            f"Tab goes back up from {a.accessibleName() or type(a).__name__} to "
            f"{b.accessibleName() or type(b).__name__}")


def _next_column(a, b) -> bool:
    """``b`` lies in a part of the page to the right of ``a``'s part, the
    two parts side by side (overlapping in height)."""
    chain = []
    w = a
    while w is not None:
        chain.append(w)
        w = w.parentWidget()
    common = b
    while common is not None and common not in chain:
        common = common.parentWidget()
    part_a = chain[chain.index(common) - 1] if chain.index(common) > 0 else a
    part_b = b
    while part_b.parentWidget() is not common:
        part_b = part_b.parentWidget()
    ax0, ay0, ax1, ay1 = _rect(part_a, common)
    bx0, by0, bx1, by1 = _rect(part_b, common)
    return bx0 >= ax1 - 4 and by0 < ay1 and by1 > ay0


def _tab_states(page):
    """Each tab of each tab widget on the page shown in turn (one state
    when there is none)."""
    tabs = [t for t in page.findChildren(QTabWidget)]
    if not tabs:
        yield ""
        return
    for t in tabs:
        for i in range(t.count()):
            t.setCurrentIndex(i)
            yield t.tabText(i)


@pytest.mark.parametrize("key", PAGES)
def test_tab_reaches_every_field_in_reading_order(qtbot, key):
    window = make_window(qtbot)
    window.show_page(key)
    page = window.pages[key]
    for state in _tab_states(page):
        stops = _walk(qtbot, window, page)
        missing = [w.accessibleName() or type(w).__name__ for w in _editable(window, page) if w not in stops]
        assert missing == [], f"{key} {state}: Tab never reaches {missing}"
        _check_reading_order(stops, page)


def test_tab_leaves_a_layer_table_after_its_last_cell(qtbot):
    window = make_window(qtbot)
    window.show_page("envelope")
    tab = window.pages["envelope"].constructions[0]
    table = tab.table.table
    table.setFocus()
    table.setCurrentCell(table.rowCount() - 1, table.columnCount() - 1)
    qtbot.keyClick(table, Qt.Key_Tab)
    assert window.focusWidget() is tab.table.add_button
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key_Backtab)
    assert window.focusWidget() is not table and not table.isAncestorOf(window.focusWidget())
