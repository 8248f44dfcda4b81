"""The contract panel shows the stakeholder views and the contract of an
assessment, as calc produced them."""

import pytest

from calc.assess import assess
from calc.projectfile import load
from calc.schema import set_path

from .conftest import SAMPLE


@pytest.fixture(scope="module")
def assessed():
    return assess(load(SAMPLE), sensitivity=False)


def test_panel_shows_views_and_contract(qtbot, assessed):
    from gui import format as fmt
    from gui.pages.contract_panel import ContractPanel

    panel = ContractPanel()
    qtbot.addWidget(panel)
    panel.show_assessment(assessed)
    s, c = assessed.stakeholders, assessed.contract
    # occupants, heating company, owner, society
    assert panel.views.rowCount() == 4
    assert panel.views.item(0, 1).text() == fmt.quantity(s.occupant.bill_saving, "CNY/a", signed=True)
    assert panel.views.item(1, 2).text() == fmt.quantity(s.heating_company.npv, "CNY")
    assert panel.flows.rowCount() == len(c.esco_flows.m)
    assert panel.flows.item(0, 2).text() == fmt.number(c.esco_flows.m[0], 0)
    assert "Shared savings" in panel.contract_box.title()
    texts = [panel.heat.itemAt(i).widget().text() for i in range(panel.heat.count())]
    assert fmt.quantity(s.occupant.tariff_saving, "CNY/a", signed=True) in texts


def test_panel_hides_the_contract_when_none(qtbot, assessed):
    from gui.pages.contract_panel import ContractPanel

    p = set_path(load(SAMPLE), "economics.contract.kind", "guaranteed_savings")
    a = assess(p, sensitivity=False)
    panel = ContractPanel()
    qtbot.addWidget(panel)
    panel.show_assessment(a)
    assert "fee" in panel.contract.itemAt(7).widget().text()  # ESCO IRR: not applicable, a fee
    none = set_path(p, "economics.contract.kind", "none")
    panel.show_assessment(assess(none, sensitivity=False))
    assert panel.contract_box.isHidden()


def test_subsidy_schemes_are_edited_on_the_project_page(qtbot, window):
    window.show_page("project")
    table = window.pages["project"].subsidies
    table.add_button.click()
    assert len(window.document.project.economics.subsidies) == 1
    col = ["name", "basis", "rate", "cap", "recipient"].index("rate")
    table.table.item(0, col).setText("45")
    assert window.document.project.economics.subsidies[0].rate == 45.0


def test_a_library_scheme_is_copied_into_the_project(qtbot, window):
    page = window.pages["project"]
    page.scheme_choice.setCurrentIndex(page.scheme_choice.findData("emc_central_reward"))
    page.add_library_scheme()
    s = window.document.project.economics.subsidies[-1]
    assert (s.basis, s.rate, s.recipient) == ("tce_saved", 240.0, "esco")
    window.document.undo_stack.undo()
    assert window.document.project.economics.subsidies == ()


def _form_rows(form):
    from PySide6.QtWidgets import QFormLayout

    return {form.itemAt(i, QFormLayout.LabelRole).widget().text(): form.itemAt(i, QFormLayout.FieldRole).widget().text()
            for i in range(form.rowCount())}


def test_panel_names_where_the_range_comes_from(qtbot):
    from gui.pages.contract_panel import ContractPanel

    panel = ContractPanel()
    qtbot.addWidget(panel)
    panel.show_assessment(assess(load(SAMPLE), sensitivity=False, uncertainty=10, seed=1))
    assert _form_rows(panel.contract)["Range of the savings from"] == "Monte Carlo P10 … P90"
    panel.show_assessment(assess(load(SAMPLE), sensitivity=True))
    assert _form_rows(panel.contract)["Range of the savings from"] == "sensitivity table"


@pytest.mark.parametrize("language, reason, payback", [
    ("en", "not applicable: the ESCO invests nothing, its return is a fee, not a rate on capital",
     "not applicable: the ESCO invests nothing, so there is nothing to pay back"),
    ("zh", "不适用：节能服务公司不出资，其收益为服务费，而非资本收益率", "不适用：节能服务公司不出资，无投资需要回收"),
])
def test_why_the_esco_has_no_irr_in_the_interface_language(qtbot, language, reason, payback):
    """Guaranteed savings: the client invests, so the ESCO has neither a
    rate of return nor anything to pay back (not 'not recovered')."""
    from gui import i18n
    from gui.pages.contract_panel import ContractPanel

    a = assess(set_path(load(SAMPLE), "economics.contract.kind", "guaranteed_savings"), sensitivity=False)
    assert a.contract.esco_irr is None
    i18n.install(language)
    try:
        panel = ContractPanel()
        qtbot.addWidget(panel)
        panel.show_assessment(a)
        shown = set(_form_rows(panel.contract).values())
        assert reason in shown and payback in shown
        assert not shown & {"not recovered within the term", "合同期内无法回收"}
    finally:
        i18n.install("en")
