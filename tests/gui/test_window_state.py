"""Window state across language switches, new projects and restarts."""

from __future__ import annotations

import datetime

from gui import settings

from .conftest import make_window


def _accepting_dialog(monkeypatch):
    from gui.archetype_dialog import ArchetypeDialog

    def exec_(dialog):
        dialog.accept()
        return 1

    monkeypatch.setattr(ArchetypeDialog, "exec", exec_)


def test_language_switch_then_new_has_no_dead_widgets(qtbot, window, monkeypatch):
    # pytest-qt fails the test on an exception raised in a slot, e.g. a
    # deleted page's combo box still connected to the document
    _accepting_dialog(monkeypatch)
    window.act_zh.trigger()
    qtbot.wait(10)  # let deleteLater run
    window.act_en.trigger()
    qtbot.wait(10)
    window.new_project()
    assert window.document.path == ""
    window.set_current_building(0)
    window.buildingChanged.emit(0)


def test_new_project_is_dated_today(qtbot, window, monkeypatch):
    _accepting_dialog(monkeypatch)
    window.new_project()
    assert window.document.project.meta.date == datetime.date.today().isoformat()


def test_window_geometry_is_restored(qtbot):
    w = make_window(qtbot)
    w.resize(720, 520)
    w.move(20, 10)
    size = w.size()  # what the window allowed (its minimum width may be larger)
    assert size.height() == 520
    w.close()
    assert settings.settings().value("window/geometry")
    from calc import projectfile
    from gui.assess_runner import AssessRunner
    from gui.mainwindow import MainWindow

    from .conftest import SAMPLE

    again = MainWindow(projectfile.load(SAMPLE), None, "en", runner=AssessRunner(enabled=False))
    qtbot.addWidget(again)
    # the offscreen screen is 800 px wide: widths are clamped there (by how
    # much depends on the window's minimum width), heights are not
    assert again.height() == 520
