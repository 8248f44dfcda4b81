from PySide6.QtCore import Qt

from calc.units import Q_


def _choose(page, name, option):
    """Pick ``option`` in the selected measure's choice ``name``, as a click does."""
    box = page.param_editors[name].input
    box.setCurrentIndex(box.findData(option))
    box.activated.emit(box.currentIndex())


def test_switch_measure_off_and_undo(qtbot, window):
    window.show_page("measures")
    page = window.pages["measures"]
    page.set_enabled(0, False)
    assert window.document.project.measures[0].enabled is False
    window.act_undo.trigger()
    assert window.document.project.measures[0].enabled is True
    assert page.list.item(0).checkState() == Qt.Checked
    window.act_redo.trigger()
    assert page.list.item(0).checkState() == Qt.Unchecked


def test_parameter_with_typed_unit(qtbot, window):
    window.show_page("measures")
    page = window.pages["measures"]
    page.list.setCurrentRow(0)
    ed = page.param_editors["thickness"]
    ed.input.setFocus()
    ed.input.selectAll()
    qtbot.keyClicks(ed.input, "12 cm")
    qtbot.keyClick(ed.input, Qt.Key_Return)
    assert window.document.project.measures[0].params["thickness"] == Q_(120.0, "mm")
    assert ed.input.text() == "120"


def test_parameter_out_of_range(qtbot, window):
    window.show_page("measures")
    page = window.pages["measures"]
    page.list.setCurrentRow(0)
    before = window.document.project.measures[0].params["thickness"]
    ed = page.param_editors["thickness"]
    ed.input.setText("900")
    ed.input.editingFinished.emit()
    assert ed.error.isVisible() and "900 mm" in ed.error.text()
    assert window.document.project.measures[0].params["thickness"] == before


def test_add_remove_and_reorder(qtbot, window):
    window.show_page("measures")
    page = window.pages["measures"]
    n = len(window.document.project.measures)
    page.kind.setCurrentIndex(page.kind.findData("rooftop_pv"))
    qtbot.mouseClick(page.add_button, Qt.LeftButton)
    assert window.document.project.measures[-1].kind == "rooftop_pv"
    assert page.list.count() == n + 1 and page.current == n
    qtbot.mouseClick(page.up_button, Qt.LeftButton)
    assert window.document.project.measures[n - 1].kind == "rooftop_pv"
    qtbot.mouseClick(page.remove_button, Qt.LeftButton)
    assert len(window.document.project.measures) == n
    assert all(m.kind != "rooftop_pv" for m in window.document.project.measures)


def test_external_shading_facades_and_threshold_are_edited(qtbot, window):
    # tried as a new user would: add external shading, take it off the east
    # windows, make it movable with its own threshold
    window.show_page("measures")
    page = window.pages["measures"]
    page.kind.setCurrentIndex(page.kind.findData("external_shading"))
    qtbot.mouseClick(page.add_button, Qt.LeftButton)
    i = len(window.document.project.measures) - 1
    eds = page.param_editors
    assert {"device", "shading_factor", "south", "east", "north", "west", "threshold"} <= set(eds)
    from PySide6.QtWidgets import QLabel

    tips = {lbl.text(): lbl.toolTip() for lbl in page.detail.findChildren(QLabel) if lbl.buddy() is not None}
    assert tips["On the north windows"] == "Device on the north windows"
    assert "300 W/m²" in tips["Movable blinds deployed above"]
    _choose(page, "east", "no")
    _choose(page, "device", "movable")
    eds["threshold"].input.setText("250")
    eds["threshold"].input.editingFinished.emit()
    m = window.document.project.measures[i]
    assert (m.param("east"), m.param("device"), m.param("threshold")) == ("no", "movable", Q_(250.0, "W/m**2"))
    east = eds["east"].input
    assert east.itemText(east.findData("no")) == "No"


def test_device_choice_moves_the_default_factor_in_one_undo_step(qtbot, window):
    # blinds let 0.15 through (ISO 13790 Annex G.5.2), an overhang 0.6; a
    # factor the user typed stays when the device changes
    window.show_page("measures")
    page = window.pages["measures"]
    page.kind.setCurrentIndex(page.kind.findData("external_shading"))
    qtbot.mouseClick(page.add_button, Qt.LeftButton)
    i = len(window.document.project.measures) - 1

    def choose(option):
        _choose(page, "device", option)
        return window.document.project.measures[i]

    assert choose("movable").param("shading_factor") == Q_(0.15, "dimensionless")
    assert page.param_editors["shading_factor"].input.text() == "0.15"
    window.act_undo.trigger()
    m = window.document.project.measures[i]
    assert (m.param("device"), m.param("shading_factor").m) == ("fixed", 0.6)
    ed = page.param_editors["shading_factor"]
    ed.input.setText("0.5")
    ed.input.editingFinished.emit()
    assert choose("movable").param("shading_factor").m == 0.5
