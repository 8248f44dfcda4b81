from PySide6.QtCore import Qt

from calc.units import Q_


def _layer_tab(window):
    window.show_page("envelope")
    return window.pages["envelope"].constructions[0]


def test_layer_edit_with_units_updates_u_value(qtbot, window):
    tab = _layer_tab(window)
    before = tab.u_label.text()
    cell = tab.table.table.item(1, 1)
    cell.setText("24 cm")  # as typed into the thickness cell
    assert window.document.project.buildings[0].wall.layers[1].thickness == Q_(240.0, "mm")
    assert tab.table.table.item(1, 1).text() == "240"
    assert tab.u_label.text() != before and "U" in tab.u_label.text()


def test_invalid_cell_keeps_the_typed_text_and_names_the_cell(qtbot, window):
    tab = _layer_tab(window)
    tab.table.table.item(0, 2).setText("-1")
    assert tab.table.error.isVisible()
    assert "-1" in tab.table.error.text()
    assert tab.table.error.text().startswith("Row 1, Conductivity λ:")
    # the model keeps the valid value; the cell keeps what was typed, to correct it
    assert window.document.project.buildings[0].wall.layers[0].conductivity == Q_(0.93, "W/(m*K)")
    assert tab.table.table.item(0, 2).text() == "-1"
    assert len(window.invalid_fields()) == 1 and "1 field invalid" in window.status.text()
    # another edit elsewhere does not lose it
    tab.table.table.item(1, 1).setText("250")
    assert tab.table.table.item(0, 2).text() == "-1"
    tab.table.table.item(0, 2).setText("0.81")
    assert window.document.project.buildings[0].wall.layers[0].conductivity == Q_(0.81, "W/(m*K)")
    assert not tab.table.has_error() and not tab.table.error.isVisible()
    assert "invalid" not in window.status.text()


def test_letters_in_a_number_cell_are_named(qtbot, window):
    tab = _layer_tab(window)
    tab.table.table.item(0, 3).setText("heavy")
    assert "Row 1, Density" in tab.table.error.text() and "'heavy'" in tab.table.error.text()
    assert "could not convert" not in tab.table.error.text()


def test_add_and_remove_rows(qtbot, window):
    window.show_page("supply")
    pipes = window.pages["supply"].pipes
    n = len(window.document.project.supply.network.pipes)
    second = window.document.project.supply.network.pipes[1].name
    qtbot.mouseClick(pipes.add_button, Qt.LeftButton)
    assert len(window.document.project.supply.network.pipes) == n + 1
    assert pipes.table.rowCount() == n + 1
    pipes.table.selectRow(0)
    qtbot.mouseClick(pipes.remove_button, Qt.LeftButton)
    assert len(window.document.project.supply.network.pipes) == n
    assert window.document.project.supply.network.pipes[0].name == second
