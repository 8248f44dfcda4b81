"""Materials picked from the library by name in the layer tables."""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QTableWidget

from calc.archetypes import project_from_archetype
from calc.datasets.names import library_materials
from calc.units import Q_

from .conftest import make_window
from .zh_walk import visible_strings


def _wall_table(window):
    window.show_page("envelope")
    return window.pages["envelope"].constructions[0].table


def _type_into_material(qtbot, table, row, text):
    """Open the material cell's editor, type, press Enter: as a user would."""
    view = table.table
    index = view.model().index(row, 0)
    view.setCurrentIndex(index)
    view.edit(index)
    combo = view.viewport().findChild(QComboBox) or view.findChild(QComboBox)
    assert combo is not None and combo.isEditable()
    combo.lineEdit().selectAll()
    if text.isascii():
        qtbot.keyClicks(combo.lineEdit(), text)
    else:  # QTest types ASCII only; Chinese arrives from the input method as one commit
        combo.lineEdit().insert(text)
    qtbot.keyClick(combo.lineEdit(), Qt.Key_Return)
    return combo


def test_picking_a_library_name_sets_its_values_in_one_undo_step(qtbot):
    window = make_window(qtbot)
    table = _wall_table(window)
    before = window.document.project.buildings[0].wall.layers[1]
    _type_into_material(qtbot, table, 1, "Aerated concrete block masonry (with joints)")
    layer = window.document.project.buildings[0].wall.layers[1]
    assert layer.material == "aerated_concrete_block_wall"
    # GB 50176-2016 Table B.1 λ 0.22 W/(m·K) × Table B.2 correction 1.25 = 0.275, ρ 700, c 1.05 kJ/(kg·K)
    assert abs(layer.conductivity.to("W/(m*K)").magnitude - 0.275) < 1e-9
    assert layer.density == Q_(700.0, "kg/m**3") and layer.specific_heat == Q_(1050.0, "J/(kg*K)")
    assert layer.thickness == before.thickness  # the thickness is the user's
    assert table.table.item(1, 0).text() == "Aerated concrete block masonry (with joints)"
    assert table.table.item(1, 2).text() == "0.275"
    window.document.undo_stack.undo()
    assert window.document.project.buildings[0].wall.layers[1] == before


def test_a_free_name_keeps_the_layers_own_values(qtbot):
    window = make_window(qtbot)
    table = _wall_table(window)
    before = window.document.project.buildings[0].wall.layers[0]
    _type_into_material(qtbot, table, 0, "old lime render")
    layer = window.document.project.buildings[0].wall.layers[0]
    assert layer.material == "old lime render"
    assert (layer.conductivity, layer.density, layer.specific_heat) == (
        before.conductivity, before.density, before.specific_heat)


def test_the_chinese_name_picks_in_chinese(qtbot):
    window = make_window(qtbot, language="zh")
    table = _wall_table(window)
    combo = _type_into_material(qtbot, table, 1, "加气混凝土砌块(灰缝影响)")
    layer = window.document.project.buildings[0].wall.layers[1]
    assert layer.material == "aerated_concrete_block_wall"
    assert table.table.item(1, 0).text() == "加气混凝土砌块(灰缝影响)"
    names = [combo.itemText(i) for i in range(combo.count())]
    assert "重砂浆砌筑粘土砖砌体" in names and "solid_clay_brick" not in names


def test_the_picker_lists_names_and_completes_on_part_of_one(qtbot):
    window = make_window(qtbot)
    table = _wall_table(window)
    view = table.table
    view.edit(view.model().index(0, 0))
    combo = view.viewport().findChild(QComboBox) or view.findChild(QComboBox)
    names = [combo.itemText(i) for i in range(combo.count())]
    assert len(names) == len(library_materials())
    assert not [n for n in names if "_" in n]
    completer = combo.completer()
    completer.setCompletionPrefix("polystyrene")
    found = {completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())}
    assert found == {"Expanded polystyrene board (EPS)", "Extruded polystyrene board (XPS)"}


def test_no_library_key_shows_on_the_envelope_page_of_an_archetype(qtbot):
    project = project_from_archetype("Beijing", "residential", "pre_1986")
    for language in ("en", "zh"):
        window = make_window(qtbot, project=project, language=language)
        page = window.pages["envelope"]
        window.show_page("envelope")
        for tab in page.constructions:
            cells = [tab.table.table.item(r, 0).text() for r in range(tab.table.table.rowCount())]
            description = tab.binder.editors["name"].input.text()
            shown = cells + [description]
            assert shown and not [t for t in shown if "_" in t], shown
        roof = page.constructions[1]
        expected = ("flat reinforced concrete roof + 130 mm Cement-bonded expanded perlite (sealed roof)"
                    if language == "en" else "钢筋混凝土平屋面 + 130 mm 水泥膨胀珍珠岩(密闭屋面)")
        assert roof.binder.editors["name"].input.text() == expected
        # passing through the description leaves the stored text alone
        roof.binder.editors["name"].input.editingFinished.emit()
        assert window.document.project.buildings[0].roof.name == "rc_roof + 130 mm cement_perlite_roof"
        window.close()


KEY = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")
# column names of a meter file, which the user must type as written
FILE_COLUMNS = {"period_start", "period_end", "district_heat", "natural_gas"}


def _shown_texts(window):
    yield from (t for _where, t in visible_strings(window))
    for w in window.findChildren(QLineEdit):
        if w.isVisibleTo(window) or w.text():
            yield w.text()
    for table in window.findChildren(QTableWidget):
        for r in range(table.rowCount()):
            for c in range(table.columnCount()):
                item = table.item(r, c)
                if item is not None:
                    yield item.text()


@pytest.mark.parametrize("language", ["en", "zh"])
def test_no_internal_key_on_any_page_of_an_archetype_project(qtbot, language):
    project = project_from_archetype("Beijing", "residential", "pre_1986", name="Beijing block")
    window = make_window(qtbot, project=project, language=language)
    found = set()
    for key in list(window.pages):
        window.show_page(key)
        found |= {k for t in _shown_texts(window) for k in KEY.findall(t)}
    assert sorted(found - FILE_COLUMNS) == []
