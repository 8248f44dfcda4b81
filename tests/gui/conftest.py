"""Fixtures for the GUI tests: real widgets, isolated settings and
recovery folder, the sample projects."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import gui  # noqa: E402,F401
from PySide6.QtCore import QSettings, QStandardPaths  # noqa: E402

from calc import projectfile  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "datasets" / "examples" / "residential_beijing_1980s.json"


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp, monkeypatch):
    """Each test has its own QSettings file and recovery folder."""
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    from gui import settings

    monkeypatch.setattr(settings, "recovery_path", lambda: tmp_path / "appdata" / "recovery.json")
    # a window closed at teardown with changes must not wait for an answer
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Discard)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.Ok)
    yield
    from gui import i18n

    i18n.install("en")


@pytest.fixture
def sample_project():
    return projectfile.load(SAMPLE)


def make_window(qtbot, project=None, path=None, language="en", assess=False):
    from gui import i18n
    from gui.assess_runner import AssessRunner
    from gui.mainwindow import MainWindow

    lang = i18n.install(language)
    project = project or projectfile.load(SAMPLE)
    runner = AssessRunner(enabled=assess)
    w = MainWindow(project, path, lang, runner=runner)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    return w


@pytest.fixture
def window(qtbot):
    """The main window on the sample project, calculation paused (form tests)."""
    w = make_window(qtbot)
    yield w
    w.document.undo_stack.setClean()
