"""Buildings page: the list of buildings, use, era, geometry, orientation
and window-to-wall ratio per facade."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout

from calc.schema import paths_without_item
from calc.model import Building, Geometry

from .common import Page, building_prefix


def _unique_name(project, base: str) -> str:
    names = {b.name for b in project.buildings}
    n = 2
    name = base
    while name in names:
        name = f"{base} ({n})"
        n += 1
    return name


class BuildingsPage(Page):
    def __init__(self, window):
        super().__init__(window, QCoreApplication.translate("BuildingsPage", "Buildings"))
        box_layout = QHBoxLayout()
        self.list = QListWidget()
        self.list.setMaximumHeight(130)
        self.list.currentRowChanged.connect(self._row_changed)
        box_layout.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.add_button = QPushButton(QCoreApplication.translate("BuildingsPage", "Add (copy of selected)"))
        self.remove_button = QPushButton(QCoreApplication.translate("BuildingsPage", "Remove"))
        self.add_button.clicked.connect(self.add_building)
        self.remove_button.clicked.connect(self.remove_building)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box_layout.addLayout(buttons)
        self.group(QCoreApplication.translate("BuildingsPage", "Buildings of the project"), box_layout)

        prefix = building_prefix(window)
        _, self.building_form = self.form_group(
            QCoreApplication.translate("BuildingsPage", "Building"), Building, prefix,
            fields=["name", "use", "era", "floor_type", "dwellings"])
        _, self.geometry_form = self.form_group(
            QCoreApplication.translate("BuildingsPage", "Geometry and orientation"), Geometry,
            building_prefix(window, "geometry"))
        self.floor_area = QLabel()
        self.floor_area.setObjectName("gross_floor_area")
        self.column.addWidget(self.floor_area)
        self.finish()
        self.document.projectChanged.connect(self.refresh_list)
        window.buildingChanged.connect(self._building_changed)
        self.refresh_list(self.document.project)

    def refresh_list(self, project):
        self.list.blockSignals(True)
        self.list.clear()
        for b in project.buildings:
            self.list.addItem(b.name)
        self.list.setCurrentRow(self.window_.current_building)
        self.list.blockSignals(False)
        self.remove_button.setEnabled(len(project.buildings) > 1)
        self.show_floor_area(project)

    def show_floor_area(self, project):
        """The gross floor area calc.geometry computes for this building (the
        area every per-m² figure and the targets refer to)."""
        from calc.geometry import floor_area

        from .. import format as fmt

        i = min(self.window_.current_building, len(project.buildings) - 1)
        area = floor_area(project.buildings[i])
        total = sum((floor_area(b) for b in project.buildings[1:]), floor_area(project.buildings[0]))
        text = QCoreApplication.translate("BuildingsPage", "Gross floor area of this building: {0}").format(
            fmt.quantity(area, "m**2"))
        if len(project.buildings) > 1:
            text += "  " + QCoreApplication.translate("BuildingsPage", "(all buildings: {0})").format(
                fmt.quantity(total, "m**2"))
        self.floor_area.setText(text)

    def _row_changed(self, row):
        if row >= 0:
            self.window_.set_current_building(row)

    def _building_changed(self, index):
        self.building_form.set_prefix(building_prefix(self.window_))
        self.geometry_form.set_prefix(building_prefix(self.window_, "geometry"))
        self.list.blockSignals(True)
        self.list.setCurrentRow(index)
        self.list.blockSignals(False)
        self.show_floor_area(self.document.project)

    def add_building(self):
        project = self.document.project
        src = project.buildings[self.window_.current_building]
        new = src.replace(name=_unique_name(project, src.name))
        self.document.push(project.replace(buildings=project.buildings + (new,)),
                           QCoreApplication.translate("BuildingsPage", "Add building"))
        self.window_.set_current_building(len(self.document.project.buildings) - 1)

    def remove_building(self):
        project = self.document.project
        if len(project.buildings) < 2:
            return
        i = self.window_.current_building
        defaults = paths_without_item(project.defaults, "buildings", i)
        self.window_.set_current_building(max(0, i - 1))
        self.document.push(project.replace(buildings=project.buildings[:i] + project.buildings[i + 1:],
                                           defaults=defaults),
                           QCoreApplication.translate("BuildingsPage", "Remove building"))
