"""Equipment page: emitters and temperatures, cooling, lighting,
appliances, hot water, operation, and rooftop PV of the selected building."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox

from calc.model import Equipment, Operation, PVSystem
from calc.schema import set_path

from .common import BuildingSelector, Page, building_prefix


class EquipmentPage(Page):
    def __init__(self, window):
        super().__init__(window, QCoreApplication.translate("EquipmentPage", "Equipment and operation"))
        self.column.addWidget(BuildingSelector(window))
        _, self.equipment_form = self.form_group(
            QCoreApplication.translate("EquipmentPage", "Heating, cooling, lighting, appliances, hot water"),
            Equipment, building_prefix(window, "equipment"))
        _, self.operation_form = self.form_group(
            QCoreApplication.translate("EquipmentPage", "Operation and setpoints"),
            Operation, building_prefix(window, "operation"))
        self.pv_check = QCheckBox(QCoreApplication.translate("EquipmentPage", "Existing rooftop PV"))
        self.pv_check.clicked.connect(self._toggle_pv)
        self.column.addWidget(self.pv_check)
        self.pv_box, self.pv_form = self.form_group(
            QCoreApplication.translate("EquipmentPage", "Rooftop PV"), PVSystem, building_prefix(window, "pv"))
        self.binders += []
        self.finish()
        window.buildingChanged.connect(self._building_changed)
        self.document.projectChanged.connect(self.refresh)
        self.refresh(self.document.project)

    def _building_changed(self, _index):
        self.equipment_form.set_prefix(building_prefix(self.window_, "equipment"))
        self.operation_form.set_prefix(building_prefix(self.window_, "operation"))
        self.pv_form.set_prefix(building_prefix(self.window_, "pv"))
        self.refresh(self.document.project)

    def refresh(self, project):
        i = self.window_.current_building
        has_pv = i < len(project.buildings) and project.buildings[i].pv is not None
        self.pv_check.setChecked(has_pv)
        self.pv_box.setVisible(has_pv)

    def _toggle_pv(self, checked):
        project = self.document.project
        new = set_path(project, building_prefix(self.window_, "pv"), PVSystem() if checked else None)
        self.document.push(new, QCoreApplication.translate("EquipmentPage", "Rooftop PV"))
