"""Who pays and who gains: the stakeholder views of the package and the
energy-performance contract, as calc.contracts computed them (display
only: numbers are converted and rounded, never recomputed)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout, QGroupBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from calc.units import Q_

from .. import format as fmt
from ..labels import calc_message, option_label
from ..readonly_table import table as _table


def _fill(t: QTableWidget, rows):
    t.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c > 0:
                item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            t.setItem(r, c, item)
    h = t.horizontalHeader().height() + 4 + sum(t.rowHeight(r) for r in range(t.rowCount()))
    t.setFixedHeight(h + 2)


def _form(form: QFormLayout, rows):
    while form.rowCount():
        form.removeRow(0)
    for name, text in rows:
        value = QLabel(text)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextSelectableByMouse)
        form.addRow(QLabel(name), value)


def cny(q, unit="CNY/a", signed=False):
    return fmt.quantity(q, unit, signed=signed)


class ContractPanel(QWidget):
    """Two group boxes: the stakeholder views and the contract."""

    def __init__(self, parent=None):
        super().__init__(parent)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        views = QVBoxLayout()
        self.views = _table([QCoreApplication.translate("ContractPanel", "Stakeholder"), QCoreApplication.translate("ContractPanel", "Gain in the first year"), QCoreApplication.translate("ContractPanel", "Present value over the period")])
        self.views.setObjectName("stakeholder_views")
        views.addWidget(self.views)
        self.heat = QFormLayout()
        views.addLayout(self.heat)
        self.views_box = QGroupBox(QCoreApplication.translate("ContractPanel", "Who pays and who gains"))
        self.views_box.setLayout(views)
        col.addWidget(self.views_box)

        contract = QVBoxLayout()
        self.contract = QFormLayout()
        contract.addLayout(self.contract)
        self.flows = _table([QCoreApplication.translate("ContractPanel", "Year"), QCoreApplication.translate("ContractPanel", "Client"), QCoreApplication.translate("ContractPanel", "ESCO")])
        self.flows.setObjectName("contract_flows")
        contract.addWidget(self.flows)
        self.contract_box = QGroupBox(QCoreApplication.translate("ContractPanel", "Energy-performance contract"))
        self.contract_box.setLayout(contract)
        col.addWidget(self.contract_box)

    def show_assessment(self, a):
        s = getattr(a, "stakeholders", None)
        self.views_box.setVisible(s is not None)
        if s is not None:
            self._views(s)
        c = getattr(a, "contract", None)
        self.contract_box.setVisible(c is not None)
        if c is not None:
            self._contract(c)

    def _views(self, s):
        rows = [(QCoreApplication.translate("ContractPanel", "Occupants (energy bills)"), cny(s.occupant.bill_saving, signed=True), cny(s.occupant.npv, "CNY"))]
        if s.heating_company is not None:
            h = s.heating_company
            rows.append((QCoreApplication.translate("ContractPanel", "Heating company (revenue − production cost)"), cny(h.margin_change, signed=True),
                         cny(h.npv, "CNY")))
        rows.append((QCoreApplication.translate("ContractPanel", "Owner / investor (after investment and subsidies)"),
                     cny(s.owner.flows[1] / Q_(1, "year"), signed=True), cny(s.owner.npv, "CNY")))
        so = s.society
        rows.append((QCoreApplication.translate("ContractPanel", "Society (energy at cost + CO₂ at {0})").format(fmt.quantity(so.carbon_price, "CNY/t")),
                     cny(so.energy_cost_saving + so.co2_value, signed=True), cny(so.npv, "CNY")))
        _fill(self.views, rows)
        o = s.occupant
        form = []
        if o.heat_bill_before is not None:
            form += [
                (QCoreApplication.translate("ContractPanel", "Heat bill"), QCoreApplication.translate("ContractPanel", "{0} ({1}) → {2} ({3})").format(
                    cny(o.heat_bill_before), option_label(o.billing_before), cny(o.heat_bill_after),
                    option_label(o.billing_after))),
                (QCoreApplication.translate("ContractPanel", "Saving from the tariff change alone"), cny(o.tariff_saving, signed=True)),
                (QCoreApplication.translate("ContractPanel", "Saving from the lower consumption"), cny(o.consumption_saving, signed=True)),
                (QCoreApplication.translate("ContractPanel", "Metered heat price applied"), fmt.quantity(o.metered_heat_price, "CNY/GJ", 1)),
                (QCoreApplication.translate("ContractPanel", "Revenue-neutral metered price"), fmt.quantity(o.revenue_neutral_heat_price, "CNY/GJ", 1)),
            ]
        h = s.heating_company
        if h is not None and h.network_losses_before is not None:
            form.append((QCoreApplication.translate("ContractPanel", "Heating company: heat sent out (of it lost in the network)"),
                         QCoreApplication.translate("ContractPanel", "{0} ({1}) → {2} ({3})").format(
                             fmt.quantity(h.heat_sent_before, "GJ"), fmt.quantity(h.network_losses_before, "GJ"),
                             fmt.quantity(h.heat_sent_after, "GJ"), fmt.quantity(h.network_losses_after, "GJ"))))
        w = s.owner
        form += [
            (QCoreApplication.translate("ContractPanel", "Owner: investment − subsidies"), QCoreApplication.translate("ContractPanel", "{0} − {1}").format(cny(w.investment, "CNY"), cny(w.subsidy, "CNY"))),
            (QCoreApplication.translate("ContractPanel", "Owner: residual value at the end"), cny(w.residual_value, "CNY")),
        ]
        _form(self.heat, form)

    def _contract(self, c):
        self.contract_box.setTitle(QCoreApplication.translate("ContractPanel", "Energy-performance contract: {0}").format(option_label(c.contract_type)))
        irr = fmt.percent(c.esco_irr) if c.esco_irr is not None else calc_message(c.esco_irr_reason)
        rows = [
            (QCoreApplication.translate("ContractPanel", "Term"), fmt.quantity(c.term, "a")),
            (QCoreApplication.translate("ContractPanel", "Expected saving shared (first year)"), cny(c.expected_saving)),
            (QCoreApplication.translate("ContractPanel", "ESCO NPV"), cny(c.esco_npv, "CNY")),
            (QCoreApplication.translate("ContractPanel", "ESCO IRR"), irr),
            (QCoreApplication.translate("ContractPanel", "ESCO discounted payback"), fmt.quantity(c.esco_payback, "a", 1) if c.esco_payback is not None
             else calc_message(c.esco_payback_reason)),
            (QCoreApplication.translate("ContractPanel", "Client NPV"), cny(c.client_npv, "CNY")),
            (QCoreApplication.translate("ContractPanel", "Client gain during the term"), cny(c.client_saving_in_term, "CNY")),
        ]
        if c.contract_type == "guaranteed_savings":
            rows.append((QCoreApplication.translate("ContractPanel", "Shortfall paid by the ESCO"), cny(c.shortfall, "CNY")))
        if c.esco_subsidy is not None and c.esco_subsidy.m > 0:
            rows.append((QCoreApplication.translate("ContractPanel", "Subsidies paid to the ESCO"), cny(c.esco_subsidy, "CNY")))
        # an IRR that applies at neither end (the ESCO invests nothing) says
        # nothing over a range; the IRR row above gives the reason
        if c.has_irr_range:
            rows.append((QCoreApplication.translate("ContractPanel", "ESCO IRR if savings are ×{0} … ×{1}").format(
                fmt.number(c.saving_factor_low.m, 2), fmt.number(c.saving_factor_high.m, 2)),
                QCoreApplication.translate("ContractPanel", "{0} … {1}").format(fmt.percent(c.esco_irr_low), fmt.percent(c.esco_irr_high))))
            rows.append((QCoreApplication.translate("ContractPanel", "Range of the savings from"),
                         QCoreApplication.translate("ContractPanel", "Monte Carlo P10 … P90") if c.saving_range_source == "uncertainty_p10_p90"
                         else QCoreApplication.translate("ContractPanel", "sensitivity table")))
        _form(self.contract, rows)
        client, esco = c.client_flows.to("CNY").m, c.esco_flows.to("CNY").m
        _fill(self.flows, [(str(t), fmt.number(client[t], 0), fmt.number(esco[t], 0)) for t in range(len(client))])
