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


def test_invalid_cell_keeps_value_and_shows_message(qtbot, window):
    tab = _layer_tab(window)
    tab.table.table.item(0, 2).setText("-1")
    assert tab.table.error.isVisible()
    assert "-1" in tab.table.error.text()
    assert tab.table.table.item(0, 2).text() == "0.93"
    assert window.document.project.buildings[0].wall.layers[0].conductivity == Q_(0.93, "W/(m*K)")


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
