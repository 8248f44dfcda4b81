"""Heating supply page: heat source, heat-pump data, the network with its
pipe segments, and metering."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QVBoxLayout

from calc.model import HEAT_PUMP_KINDS, HeatingNetwork, HeatingSupply, HeatPump, Metering, PipeSegment
from calc.units import Q_

from ..binder import form
from ..tables import ChildrenTable
from .common import Page

PIPE_COLUMNS = ["name", "dn", "length", "laying", "insulation_thickness", "insulation_conductivity", "depth", "year"]


def new_pipe():
    return PipeSegment(dn=50, length=Q_(100.0, "m"), insulation_thickness=Q_(30.0, "mm"))


def _set_kind(binder, name, kind):
    """Changing the source adds the data it needs (heat pump, network) with
    defaults, keeping what was entered before."""
    document = binder.document
    project = document.project
    supply = project.supply
    changes = {"kind": kind}
    if kind in HEAT_PUMP_KINDS and supply.heat_pump is None:
        changes["heat_pump"] = HeatPump()
    if kind == "district_heating" and supply.network is None:
        changes["network"] = HeatingNetwork()
    document.push(project.replace(supply=supply.replace(**changes)),
                  QCoreApplication.translate("SupplyPage", "Heat source"))


class SupplyPage(Page):
    def __init__(self, window):
        super().__init__(window, QCoreApplication.translate("SupplyPage", "Heating supply and network"))
        self.form_group(QCoreApplication.translate("SupplyPage", "Heat source"), HeatingSupply, "supply",
                        setters={"kind": _set_kind})
        self.heat_pump_box, _ = self.form_group(QCoreApplication.translate("SupplyPage", "Heat pump"),
                                                HeatPump, "supply.heat_pump")
        self.network_box = QGroupBox(QCoreApplication.translate("SupplyPage", "Heating network"))
        col = QVBoxLayout(self.network_box)
        f, binder = form(self.document, HeatingNetwork, "supply.network", self.network_box)
        self.binders.append(binder)
        col.addLayout(f)
        self.pipes = ChildrenTable(self.document, "supply.network.pipes", PipeSegment, PIPE_COLUMNS, new_pipe,
                                   self.network_box)
        self.pipes.table.setMinimumHeight(180)
        col.addWidget(self.pipes)
        self.column.addWidget(self.network_box)
        self.form_group(QCoreApplication.translate("SupplyPage", "Metering and charging"), Metering,
                        "supply.metering")
        self.finish()
        self.document.projectChanged.connect(self.refresh)
        self.refresh(self.document.project)

    def refresh(self, project):
        self.heat_pump_box.setVisible(project.supply.heat_pump is not None)
        self.network_box.setVisible(project.supply.network is not None)
