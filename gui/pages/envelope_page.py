"""Envelope page: wall, roof and ground-floor constructions with a layer
table and their U-value, windows, thermal bridges, thermal mass and
ventilation of the selected building."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from calc.model import Building, Construction, Layer, Ventilation, Window
from calc.schema import get_path
from calc.units import Q_

from ..binder import form
from ..editors import format_number
from ..labels import unit_label
from ..material_picker import MaterialPicker
from ..tables import ChildrenTable
from .common import BuildingSelector, Page, building_prefix

ELEMENTS = ("wall", "roof", "ground_floor")
# the building's field name -> the element calc.envelope.u_value knows
U_ELEMENT = {"wall": "wall", "roof": "roof", "ground_floor": "floor"}
LAYER_COLUMNS = ["material", "thickness", "conductivity", "density", "specific_heat"]


def new_layer():
    return Layer(material=QCoreApplication.translate("EnvelopePage", "new layer"),
                 thickness=Q_(50.0, "mm"), conductivity=Q_(0.5, "W/(m*K)"))


def u_value_text(construction, element: str) -> str:
    """The U-value from ``calc.envelope`` as text (the GUI computes none)."""
    try:
        from calc.envelope import u_value
    except ImportError:
        return QCoreApplication.translate("EnvelopePage", "U-value: (calculation not available yet)")
    try:
        u = u_value(construction, U_ELEMENT.get(element, element))
        x = float(u.to("W/(m**2*K)").magnitude)
    except Exception as e:  # noqa: BLE001 - shown, never fatal
        return QCoreApplication.translate("EnvelopePage", "U-value: cannot compute ({0})").format(e)
    if element == "ground_floor":
        return QCoreApplication.translate(
            "EnvelopePage", "U-value of the floor construction: {0} {1} (the ground beneath is added by ISO 13370 in the assessment)").format(
            format_number(round(x, 3)), unit_label("W/(m**2*K)"))
    return QCoreApplication.translate("EnvelopePage", "U-value: {0} {1}").format(
        format_number(round(x, 3)), unit_label("W/(m**2*K)"))


class ConstructionTab(QWidget):
    def __init__(self, page, element: str):
        super().__init__()
        self.page = page
        self.element = element
        layout = QVBoxLayout(self)
        f, self.binder = form(page.document, Construction, building_prefix(page.window_, element), self)
        layout.addLayout(f)
        page.binders.append(self.binder)
        layout.addWidget(QLabel(QCoreApplication.translate("EnvelopePage", "Layers, outside to inside")))
        self.table = ChildrenTable(page.document, building_prefix(page.window_, f"{element}.layers"), Layer,
                                   LAYER_COLUMNS, new_layer, self, pickers={"material": MaterialPicker()})
        layout.addWidget(self.table)
        self.u_label = QLabel()
        font = self.u_label.font()
        font.setBold(True)
        self.u_label.setFont(font)
        layout.addWidget(self.u_label)
        layout.addStretch(1)
        page.document.projectChanged.connect(self.refresh)
        self.refresh(page.document.project)

    def set_building(self):
        self.binder.set_prefix(building_prefix(self.page.window_, self.element))
        self.table.set_path(building_prefix(self.page.window_, f"{self.element}.layers"))
        self.refresh(self.page.document.project)

    def refresh(self, project):
        try:
            construction = get_path(project, building_prefix(self.page.window_, self.element))
        except (IndexError, AttributeError):
            return
        text = u_value_text(construction, self.element)
        if construction.u_value is not None:
            text += "  " + QCoreApplication.translate("EnvelopePage", "(the given U-value overrides the layers)")
        self.u_label.setText(text)


class EnvelopePage(Page):
    def __init__(self, window):
        super().__init__(window, QCoreApplication.translate("EnvelopePage", "Envelope"))
        self.column.addWidget(BuildingSelector(window))
        self.tabs = QTabWidget()
        self.constructions = []
        names = {
            "wall": QCoreApplication.translate("EnvelopePage", "Walls"),
            "roof": QCoreApplication.translate("EnvelopePage", "Roof"),
            "ground_floor": QCoreApplication.translate("EnvelopePage", "Ground floor"),
        }
        for element in ELEMENTS:
            tab = ConstructionTab(self, element)
            self.constructions.append(tab)
            self.tabs.addTab(tab, names[element])

        windows = QWidget()
        f, self.window_form = form(self.document, Window, building_prefix(window, "window"), windows)
        windows.setLayout(f)
        self.tabs.addTab(windows, QCoreApplication.translate("EnvelopePage", "Windows"))

        other = QWidget()
        col = QVBoxLayout(other)
        f, self.building_form = form(self.document, Building, building_prefix(window), other,
                                     fields=["thermal_bridge_u", "thermal_mass"])
        col.addLayout(f)
        col.addWidget(QLabel(QCoreApplication.translate("EnvelopePage", "Ventilation")))
        f, self.ventilation_form = form(self.document, Ventilation, building_prefix(window, "ventilation"), other)
        col.addLayout(f)
        col.addStretch(1)
        self.tabs.addTab(other, QCoreApplication.translate("EnvelopePage", "Bridges, mass, ventilation"))
        self.binders += [self.window_form, self.building_form, self.ventilation_form]
        self.column.addWidget(self.tabs)
        self.finish()
        window.buildingChanged.connect(self._building_changed)

    def _building_changed(self, _index):
        for tab in self.constructions:
            tab.set_building()
        self.window_form.set_prefix(building_prefix(self.window_, "window"))
        self.building_form.set_prefix(building_prefix(self.window_))
        self.ventilation_form.set_prefix(building_prefix(self.window_, "ventilation"))
