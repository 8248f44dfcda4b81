"""Form fields: type into the real widgets, check the model; change the
model, check the widgets."""

from PySide6.QtCore import Qt

from calc.units import Q_


def _type(qtbot, editor, text):
    editor.input.setFocus()
    editor.input.selectAll()
    qtbot.keyClicks(editor.input, text)
    qtbot.keyClick(editor.input, Qt.Key_Return)


def geometry_editor(window, name):
    window.show_page("buildings")
    return window.pages["buildings"].geometry_form.editors[name]


def test_valid_value_reaches_the_model(qtbot, window):
    ed = geometry_editor(window, "storey_height")
    _type(qtbot, ed, "3.1")
    assert window.document.project.buildings[0].geometry.storey_height == Q_(3.1, "m")
    assert not ed.error.isVisible()
    assert window.isWindowModified()


def test_typed_units_are_converted(qtbot, window):
    ed = geometry_editor(window, "storey_height")
    _type(qtbot, ed, "295 cm")
    assert window.document.project.buildings[0].geometry.storey_height.m == 2.95
    assert ed.input.text() == "2.95"
    assert ed.unit.text() == "m"


def test_invalid_value_shows_message_and_keeps_model(qtbot, window):
    before = window.document.project
    ed = geometry_editor(window, "storey_height")
    _type(qtbot, ed, "25")
    assert window.document.project is before
    assert ed.error.isVisible()
    assert "25 m" in ed.error.text() and "≤ 10" in ed.error.text()
    # Escape brings back the last valid value
    qtbot.keyClick(ed.input, Qt.Key_Escape)
    assert ed.input.text() == "2.8"
    assert not ed.error.isVisible()


def test_wrong_unit_is_reported(qtbot, window):
    ed = geometry_editor(window, "length")
    _type(qtbot, ed, "12 kg")
    assert ed.error.isVisible()
    assert "wrong kind of unit" in ed.error.text()
    assert window.document.project.buildings[0].geometry.length == Q_(60.0, "m")


def test_cross_field_rule_message(qtbot, window):
    window.show_page("supply")
    ed = window.pages["supply"].binders[2].editors["design_supply_temp"]
    _type(qtbot, ed, "55")
    assert ed.error.isVisible()
    assert "below the design supply temperature" in ed.error.text()
    assert window.document.project.supply.network.design_supply_temp == Q_(85.0, "degC")


def test_model_change_updates_widgets(qtbot, window):
    ed = geometry_editor(window, "storeys")
    window.document.edit("buildings[0].geometry.storeys", 9)
    assert ed.input.text() == "9"
    window.document.undo_stack.undo()
    assert ed.input.text() == "6"


def test_choice_and_flag(qtbot, window):
    window.show_page("supply")
    page = window.pages["supply"]
    metering = page.binders[-1].editors
    metering["room_control"].input.click()
    assert window.document.project.supply.metering.room_control is True
    combo = metering["billing"].input
    combo.setCurrentIndex(combo.findData("consumption"))
    combo.activated.emit(combo.currentIndex())
    assert window.document.project.supply.metering.billing == "consumption"


def test_defaults_are_marked_until_edited(qtbot, sample_project):
    from .conftest import make_window

    p = sample_project.replace(defaults=("buildings[0].geometry.width",))
    w = make_window(qtbot, p)
    w.show_page("buildings")
    ed = w.pages["buildings"].geometry_form.editors["width"]
    assert ed.input.property("isDefault") is True
    assert "italic" in ed.input.styleSheet()
    _type(qtbot, ed, "12")
    assert w.document.project.defaults == ()
    assert ed.input.property("isDefault") is False
    w.document.undo_stack.setClean()
