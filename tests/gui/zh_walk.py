"""Collect every string a user can see in a window (texts, titles,
headers, items, tooltips, menus) and find English words in them."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QListWidget, QMainWindow, QMenu, QTabWidget,
    QTableWidget, QWidget,
)

# Latin words allowed in Chinese text: units, standard codes, names of
# formats and products that are written so in Chinese too.
ALLOWED = {
    "CO", "CO2", "CO₂", "PV", "COP", "SCOP", "SHGC", "EPW", "PDF", "JSON", "CSV", "XLSX", "GB", "JGJ", "ISO", "EN",
    "T", "DN", "LED", "EPS", "XPS", "PU", "VIP", "kWh", "MWh", "GJ", "MJ", "W", "kW", "kWp", "m", "mm", "cm", "K",
    "h", "a", "t", "kg", "kgce", "tce", "tCO", "CNY", "Pa", "ach", "NPV", "IRR", "ESCO", "ETICS", "PUR", "UTC",
    "U", "g", "λ", "ρ", "c", "d", "km", "MW", "A", "B", "C", "x", "e", "i", "s", "n", "N", "L", "l", "Hz", "A4",
    "HVAC", "EMC", "MACC", "TMY", "PERC", "HJT", "TOPCon", "Qt", "zh", "en", "ASHP", "GSHP", "json", "pdf", "epw",
    "gz", "Ctrl", "F1", "F5", "Esc", "SEER", "IPLV", "PVWatts", "English",
    "Jordan", "Kurtz", "Prog", "Photovolt",  # a cited paper
    "VDI", "MM", "DD", "ASHRAE", "Guideline", "CV", "RMSE", "NMBE", "IPMVP", "CHP",
    # the column names a meter file must use
    "carrier", "quantity", "unit",
}
WORD = re.compile(r"[A-Za-z][A-Za-z]+")


def english_words(text: str) -> list[str]:
    """Latin words of two letters or more not in the allow-list (file
    paths and numbers are not words)."""
    text = re.sub(r"<[^>]+>", " ", text)  # rich-text tags
    text = re.sub(r"\b\w*_\w*\b", " ", text)  # identifiers: file column names such as period_start
    text = re.sub(r"\S*[/\\]\S*", " ", text)  # paths, units like W/(m²K)
    return [w for w in WORD.findall(text) if w not in ALLOWED and not _unit_like(w)]


def _unit_like(word: str) -> bool:
    return bool(re.fullmatch(r"(k|M|G)?(Wh|W|J|m|g|t|Pa)|(m|k)?m|kgce|tce|degC", word))


def visible_strings(window: QMainWindow):
    """(where, text) pairs of every string the user can see or hover."""
    yield "window title", window.windowTitle()
    for menu in window.menuBar().findChildren(QMenu):
        yield "menu", menu.title()
        for action in menu.actions():
            if action.text():
                yield "menu item", action.text()
    for w in window.findChildren(QWidget):
        name = type(w).__name__
        if w.toolTip():
            yield f"tooltip of {name}", w.toolTip()
        if isinstance(w, QLabel) and w.text():
            yield f"label {w.objectName()}", w.text()
        elif isinstance(w, QAbstractButton) and w.text():
            yield "button", w.text()
        elif isinstance(w, QGroupBox) and w.title():
            yield "group", w.title()
        elif isinstance(w, QLineEdit) and w.placeholderText():
            yield "placeholder", w.placeholderText()
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                yield "combo item", w.itemText(i)
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield "tab", w.tabText(i)
                if w.tabToolTip(i):
                    yield "tab tooltip", w.tabToolTip(i)
        if isinstance(w, QTableWidget):
            for c in range(w.columnCount()):
                item = w.horizontalHeaderItem(c)
                if item is not None:
                    yield "table header", item.text()
            if _holds_user_text(w):
                continue  # names the user typed (layers, pipe segments) are data, not interface
            for r in range(w.rowCount()):
                for c in range(w.columnCount()):
                    item = w.item(r, c)
                    if item is not None and item.text():
                        yield "table cell", item.text()
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                yield "list item", w.item(i).text()


def _holds_user_text(table) -> bool:
    from gui.tables import ChildrenTable

    parent = table.parentWidget()
    return isinstance(parent, ChildrenTable)
