"""Help menu: the manual opens in the program, F1 in a field tells what it
means, its unit and range; About names the program."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWhatsThis

from gui import help as help_


def test_help_menu_has_manual_field_help_and_about(window):
    texts = [a.text() for a in window.help_menu.actions()]
    assert texts == ["User &manual", "Help on this &field", "&About"]


def test_f1_in_a_field_shows_meaning_unit_and_range(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(QWhatsThis, "showText", lambda pos, text, w=None: shown.append(text))
    window.show_page("buildings")
    ed = window.pages["buildings"].geometry_form.editors["storey_height"]
    ed.input.setFocus()
    qtbot.keyClick(ed.input, Qt.Key_F1)
    assert shown, "F1 showed nothing"
    assert "Floor-to-floor height" in shown[-1]
    assert "Unit: m" in shown[-1] and "Allowed:" in shown[-1]


def test_f1_outside_a_field_explains_itself(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(QWhatsThis, "showText", lambda pos, text, w=None: shown.append(text))
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key_F1)
    assert shown and "F1" in shown[-1]


def test_manual_in_both_languages(qtbot, window):
    en = help_.ManualDialog(window, "en")
    qtbot.addWidget(en)
    assert "user manual" in en.browser.toPlainText().lower()
    assert "Variants" in en.browser.toPlainText()
    zh = help_.ManualDialog(window, "zh")
    qtbot.addWidget(zh)
    assert "使用手册" in zh.browser.toPlainText()


def test_about(qtbot, window, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: said.append(text))
    window.act_about.trigger()
    assert said and "Building Retrofit Calculator" in said[0]


def test_gross_floor_area_shown(qtbot, window):
    from calc.geometry import floor_area

    window.show_page("buildings")
    g = window.document.project.buildings[0].geometry
    # hand check: length × depth × storeys
    expected = g.length.to("m").m * g.width.to("m").m * g.storeys
    assert abs(floor_area(window.document.project.buildings[0]).to("m**2").m - expected) < 1e-6
    text = window.pages["buildings"].floor_area.text()
    assert f"{expected:,.0f} m²" in text
