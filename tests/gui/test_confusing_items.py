"""Items that showed wrong or confusing text, checked on the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout

from calc import projectfile
from calc.schema import set_path
from calc.units import Q_

from .conftest import make_window


def test_ground_floor_tab_shows_its_u_value(qtbot, window):
    window.show_page("envelope")
    page = window.pages["envelope"]
    tab = next(t for t in page.constructions if t.element == "ground_floor")
    text = tab.u_label.text()
    assert "cannot compute" not in text and "not known" not in text
    assert "ISO 13370" in text
    # hand check: the floor layers with ISO 6946 downward-flow resistances 0.17 + 0.04
    c = window.document.project.buildings[0].ground_floor
    if c.u_value is None:
        r = sum(l.thickness.to("m").m / l.conductivity.to("W/(m*K)").m for l in c.layers)
        expected = 1 / (0.17 + 0.04 + r)
        shown = float(text.split(":")[1].split()[0])
        assert abs(shown - expected) < 0.0015


def test_payback_without_measures_is_a_dash(qtbot, sample_project):
    from gui.pages.results_page import payback_text

    assert payback_text(Q_(0.0, "year"), Q_(0.0, "CNY")) == "—"
    assert payback_text(None, Q_(10.0, "CNY")) == "never"
    assert payback_text(Q_(7.25, "year"), Q_(10.0, "CNY")).startswith("7.2")
    w = make_window(qtbot, project=set_path(sample_project, "measures", ()), assess=True)
    qtbot.waitUntil(lambda: w.runner.assessment is not None and not w.runner.is_busy(), timeout=120000)
    form = w.pages["results"].economics
    rows = {form.itemAt(i, QFormLayout.LabelRole).widget().text(): form.itemAt(i, QFormLayout.FieldRole).widget().text()
            for i in range(form.rowCount())}
    assert rows["Simple payback"] == "—"


def test_measures_detail_after_opening_a_file(qtbot, sample_project, tmp_path):
    empty = set_path(sample_project, "measures", ())
    w = make_window(qtbot, project=empty)
    w.show_page("measures")
    page = w.pages["measures"]
    assert page.current == -1
    path = tmp_path / "full.json"
    projectfile.save(sample_project, path)
    assert w.open_file(str(path))
    assert page.list.count() == len(sample_project.measures) > 0
    assert page.current == 0
    assert page.list.currentRow() == 0
    assert page.detail_binder.editors  # the first measure's form, not "No measures"


def _type(qtbot, editor, text):
    editor.input.setFocus()
    editor.input.selectAll()
    qtbot.keyClicks(editor.input, text)
    qtbot.keyClick(editor.input, Qt.Key_Return)


def test_count_field_refuses_letters_instead_of_dropping_them(qtbot, window):
    window.show_page("buildings")
    ed = window.pages["buildings"].geometry_form.editors["storeys"]
    before = window.document.project.buildings[0].geometry.storeys
    _type(qtbot, ed, "1e9x")
    assert ed.has_error() and "'1e9x' is not a whole number" in ed.error.text()
    assert ed.input.text() == "1e9x"  # the typed text stays to be corrected
    assert window.document.project.buildings[0].geometry.storeys == before
    _type(qtbot, ed, "2.5")
    assert ed.has_error() and window.document.project.buildings[0].geometry.storeys == before
    _type(qtbot, ed, "1e9")
    assert ed.has_error()  # a whole number, but the model's bound refuses it
    _type(qtbot, ed, "7")
    assert not ed.has_error() and window.document.project.buildings[0].geometry.storeys == 7


def test_retyping_an_archetype_default_confirms_it(qtbot, sample_project):
    w = make_window(qtbot)
    project = w.document.project
    path = next((p for p in project.defaults if p.startswith("buildings[0].geometry.")), None)
    if path is None:
        path = "buildings[0].geometry.storey_height"
        w.document.replace(set_path(project, "defaults", project.defaults + (path,)), None)
    name = path.rsplit(".", 1)[-1]
    w.show_page("buildings")
    ed = w.pages["buildings"].geometry_form.editors[name]
    assert ed.input.property("isDefault")
    # tabbing through the field confirms nothing
    ed.input.setFocus()
    ed.input.clearFocus()
    assert path in w.document.project.defaults
    # retyping the same value does
    _type(qtbot, ed, ed.input.text())
    assert path not in w.document.project.defaults
    assert not ed.input.property("isDefault")
    w.document.undo_stack.setClean()
