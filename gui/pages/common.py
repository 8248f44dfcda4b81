"""Pieces shared by the pages: a scrolling page with titled groups, and the
building selector of the per-building pages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox, QComboBox, QFrame, QGroupBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout,
    QWidget,
)

from ..binder import form


class Page(QScrollArea):
    """A page: a title and a column of group boxes that scrolls."""

    def __init__(self, window, title: str):
        super().__init__()
        self.window_ = window
        self.document = window.document
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        # no Tab stop of its own: it scrolls to the field Tab reaches
        self.setFocusPolicy(Qt.NoFocus)
        self.body = QWidget()
        self.column = QVBoxLayout(self.body)
        self.title = QLabel(title)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.column.addWidget(self.title)
        self.setWidget(self.body)
        self.binders = []

    def group(self, title: str, layout=None) -> QGroupBox:
        box = QGroupBox(title)
        if layout is None:
            layout = QVBoxLayout()
        box.setLayout(layout)
        self.column.addWidget(box)
        return box

    def form_group(self, title: str, cls, prefix: str, parent_layout=None, **kw):
        """A group box holding a form for the object at ``prefix``."""
        box = QGroupBox(title)
        layout, binder = form(self.document, cls, prefix, box, **kw)
        box.setLayout(layout)
        (parent_layout or self.column).addWidget(box)
        self.binders.append(binder)
        return box, binder

    def finish(self):
        self.column.addStretch(1)


class BuildingSelector(QWidget):
    """"Building: [combo]" bound to the window's current building."""

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window_ = window
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(QCoreApplication.translate("BuildingSelector", "Building:"))
        self.combo = QComboBox()
        self.combo.setMinimumContentsLength(16)
        label.setBuddy(self.combo)
        row.addWidget(label)
        row.addWidget(self.combo)
        row.addStretch(1)
        # bound methods, not lambdas: Qt disconnects them when the page is
        # deleted (a language switch rebuilds every page)
        self.combo.activated.connect(self._activated)
        window.document.projectChanged.connect(self.refresh)
        window.buildingChanged.connect(self._building_changed)
        self.refresh(window.document.project)

    def _activated(self, index: int):
        self.window_.set_current_building(index)

    def _building_changed(self, _index: int):
        self.refresh(self.window_.document.project)

    def refresh(self, project):
        self.combo.blockSignals(True)
        self.combo.clear()
        for b in project.buildings:
            self.combo.addItem(b.name)
        self.combo.setCurrentIndex(self.window_.current_building)
        self.combo.blockSignals(False)


def tab_stops(container: QWidget) -> list[QWidget]:
    """The widgets inside ``container`` that Tab stops at, in the order
    they were made (the order of their forms), without the line edits
    inside combo and spin boxes."""
    window = container.window()
    return [w for w in container.findChildren(QWidget)
            if w.focusPolicy() & Qt.TabFocus and not w.isHidden() and w.window() is window  # not a combo's popup
            and not isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox))]


def chain_tab_order(widgets) -> None:
    """Tab visits ``widgets`` in the given order: for parts of a page made
    after the rest (a detail form rebuilt on each selection), which Qt
    would otherwise visit last."""
    widgets = list(widgets)
    for a, b in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(a, b)


def building_prefix(window, suffix: str = "") -> str:
    base = f"buildings[{window.current_building}]"
    return f"{base}.{suffix}" if suffix else base
