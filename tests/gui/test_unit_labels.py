"""Fractions carry a unit label, messages show units as written on screen,
table headers are not cut off — on the real widgets."""

from PySide6.QtWidgets import QApplication

from gui.editors import FieldEditor
from tests.gui.conftest import make_window


def _editor(window, suffix):
    for page in window.pages.values():
        for ed in page.findChildren(FieldEditor):
            if ed.path.endswith(suffix):
                return ed
    raise AssertionError(f"no editor for {suffix}")


def test_fraction_fields_are_shown_and_entered_in_percent(qtbot, window):
    project = window.document.project
    for suffix in ("discount_rate", "energy_price_escalation", "wwr_south", "inverter_efficiency"):
        ed = _editor(window, suffix)
        assert ed.unit is not None and ed.unit.text() == "%", suffix
    # the sample's values as stored (fractions), shown ×100
    rate = _editor(window, "discount_rate")
    assert rate.input.text() == f"{project.economics.discount_rate * 100:.6g}"
    wwr = _editor(window, "buildings[0].geometry.wwr_south")
    assert wwr.input.text() == f"{project.buildings[0].geometry.wwr_south * 100:.6g}"
    for typed in ("6", "6 %", "6,0"):
        rate.input.setText(typed)
        rate.input.editingFinished.emit()
        assert window.document.project.economics.discount_rate == 0.06, typed
        assert rate.input.text() == "6"
    # out of range, said in per cent: the model's bound is 0.5
    rate.input.setText("60")
    rate.input.editingFinished.emit()
    assert rate.error.text() == "60 %: must be ≤ 50 %"
    assert window.document.project.economics.discount_rate == 0.06
    assert "≤ 50 %" in rate.input.toolTip() and "Unit: %" in rate.input.toolTip()
    # a factor running above 1 is no fraction; a coefficient stays a decimal
    seer = _editor(window, "cooling_seer")
    assert seer.unit is None or "%" not in seer.unit.text()
    shgc = _editor(window, "window.shgc")
    assert shgc.unit.text() == "0–1" and shgc.input.text() == f"{project.buildings[0].window.shgc:.6g}"
    window.document.undo_stack.setClean()


def test_percent_fields_in_chinese(qtbot):
    w = make_window(qtbot, language="zh")
    ed = _editor(w, "discount_rate")
    assert ed.unit.text() == "%"
    ed.input.setText("70")
    ed.input.editingFinished.emit()
    assert ed.error.text() == "70 %: 应 ≤ 50 %"
    w.document.undo_stack.setClean()


def test_messages_never_show_pint_syntax(qtbot, window):
    # a quantity field with a compound unit: nonsense, a wrong kind, out of range
    from gui.editors import QuantityEditor

    quantity = next(e for p in window.pages.values() for e in p.findChildren(QuantityEditor)
                    if e.decl["unit"] == "W/(m**2*K)")
    for typed in ("abc", "5 kg", "-3"):
        quantity.input.setText(typed)
        quantity.input.editingFinished.emit()
        QApplication.processEvents()
        text = quantity.error.text()
        assert text, typed
        assert "**" not in text and "W/K/m" not in text, text
    assert "W/(m²·K)" in quantity.error.text() or "W/(m²·K)" in quantity.unit.text()


def test_pipe_table_headers_fit(qtbot, window):
    window.show_page("supply")
    table = window.pages["supply"].pipes.table
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    for c in range(table.columnCount()):
        text = table.horizontalHeaderItem(c).text()
        widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
        assert header.sectionSize(c) >= widest, text


def test_investment_hint_shows_the_cost_data_value(qtbot):
    w = make_window(qtbot, assess=True)
    qtbot.waitUntil(lambda: w.runner.assessment is not None and not w.runner.is_busy(), timeout=120000)
    w.show_page("measures")
    page = w.pages["measures"]
    page.list.setCurrentRow(1)
    project = w.document.project
    assert project.measures[1].enabled and project.measures[1].investment is None
    used = w.runner.assessment.measures[sum(m.enabled for m in project.measures[:1])].investment
    editor = page.detail_binder.editors["investment"]
    assert editor.input.text() == ""
    amount = f"{used.to('CNY').magnitude:,.0f}"
    assert editor.input.placeholderText() == f"cost data: {amount} CNY"
    # the roof insulation's service life: 25 years in measure_costs.csv (and JGJ 144-2019 for the board)
    life = page.detail_binder.editors["lifetime"]
    assert life.input.text() == "" and life.input.placeholderText() == "cost data: 25 years"
    # after an edit the last results are another project's: no figure is offered
    w.runner.enabled = False
    page.detail_binder.editors["label"].input.setText("renamed")
    page.detail_binder.editors["label"].input.editingFinished.emit()
    assert w.document.project is not project
    assert page.detail_binder.editors["investment"].input.placeholderText() == ""
    assert page.detail_binder.editors["lifetime"].input.placeholderText() == ""
    w.document.undo_stack.setClean()


def test_investment_hint_in_chinese(qtbot):
    w = make_window(qtbot, language="zh", assess=True)
    qtbot.waitUntil(lambda: w.runner.assessment is not None and not w.runner.is_busy(), timeout=120000)
    w.show_page("measures")
    w.pages["measures"].list.setCurrentRow(0)
    hint = w.pages["measures"].detail_binder.editors["investment"].input.placeholderText()
    assert hint.startswith("按造价数据：") and "元" in hint
    w.document.undo_stack.setClean()
