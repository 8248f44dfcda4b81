"""Files, title, unsaved-changes prompt, autosave recovery, languages."""

from PySide6.QtWidgets import QMessageBox

from calc import projectfile
from calc.units import Q_

from gui import settings

from .conftest import make_window


def test_save_reopen_and_compare(qtbot, window, tmp_path):
    window.document.edit("buildings[0].geometry.storeys", 8)
    assert window.isWindowModified()
    path = tmp_path / "block.json"
    window._write(str(path))
    assert not window.isWindowModified()
    assert "block.json" in window.windowTitle()
    assert settings.recent_files()[0] == str(path)
    saved = window.document.project

    other = make_window(qtbot)
    assert other.open_file(str(path))
    assert other.document.project == saved
    assert other.document.path == str(path)
    assert projectfile.load(path) == saved


def test_unsaved_changes_prompt(qtbot, window, monkeypatch, tmp_path):
    window.document.edit("buildings[0].geometry.storeys", 8)
    answers = []

    def ask(*args, **kw):
        answers.append(args[1])
        return QMessageBox.Cancel

    monkeypatch.setattr(QMessageBox, "question", ask)
    assert not window.open_file(str(tmp_path / "x.json"))
    assert answers and window.document.project.buildings[0].geometry.storeys == 8
    assert not window.close()  # cancelled
    assert window.isVisible()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Discard)
    assert window.close()


def test_broken_file_keeps_current_project(qtbot, window, monkeypatch, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "retrofit-calculator-project", "version": 1, "project": {', encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    before = window.document.project
    assert not window.open_file(str(bad))
    assert window.document.project is before
    assert shown and "bad.json" in shown[0] and "not valid JSON" in shown[0]


def test_autosave_recovery_offered(qtbot, window, monkeypatch):
    window.document.edit("buildings[0].window.u_value", Q_(3.3, "W/(m**2*K)"))
    window.autosave()
    assert settings.recovery_path().exists()

    # a new start after a crash: the copy is offered and restored
    asked = []

    def yes(*args, **kw):
        asked.append(args[2])
        return QMessageBox.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    fresh = make_window(qtbot)
    assert fresh.offer_recovery()
    assert asked
    assert fresh.document.project.buildings[0].window.u_value == Q_(3.3, "W/(m**2*K)")
    assert fresh.isWindowModified()
    fresh.document.undo_stack.setClean()


def test_no_autosave_when_unmodified(qtbot, window):
    window.autosave()
    assert not settings.recovery_path().exists()


def test_undo_redo_shortcuts(qtbot, window):
    from PySide6.QtGui import QKeySequence

    assert window.act_undo.shortcut() == QKeySequence(QKeySequence.Undo)
    window.document.edit("meta.client", "某单位")
    window.act_undo.trigger()
    assert window.document.project.meta.client != "某单位"
    window.act_redo.trigger()
    assert window.document.project.meta.client == "某单位"


def test_switch_language_at_run_time(qtbot, window):
    window.show_page("buildings")
    assert window.nav.item(1).text() == "Buildings"
    window.act_zh.trigger()
    assert window.nav.item(1).text() == "建筑"
    assert window.pages["buildings"].geometry_form.labels["storeys"].text() == "层数"
    assert window.currentPage() if hasattr(window, "currentPage") else True
    assert window.stack.currentWidget() is window.pages["buildings"]
    assert settings.language("en") == "zh"
    window.act_en.trigger()
    assert window.nav.item(1).text() == "Buildings"


def test_fits_small_screen(qtbot, window):
    window.resize(1366, 768)
    assert window.minimumSizeHint().width() <= 1366
    assert window.minimumSizeHint().height() <= 768
