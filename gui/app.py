"""Start the desktop application: ``run(path)`` opens the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from . import i18n, settings

SAMPLE = Path(__file__).resolve().parents[1] / "datasets" / "examples" / "residential_beijing_1980s.json"


def application() -> QApplication:
    """The QApplication (created once, with the names QSettings uses)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName(settings.ORGANIZATION)
    QCoreApplication.setApplicationName(settings.APPLICATION)
    return app


def create_window(path: str | None = None, language: str | None = None):
    """Build the main window on ``path`` (default: the sample residential
    project). A file that cannot be read is reported and the sample opened."""
    from calc import projectfile
    from calc.projectfile import ProjectFileError

    from .mainwindow import MainWindow

    application()
    lang = i18n.install(language or settings.language(i18n.default_language()))
    problem = None
    file_path = path
    try:
        project = projectfile.load(path or SAMPLE)
    except ProjectFileError as e:
        problem = str(e)
        project = projectfile.load(SAMPLE)
        file_path = None
    # the sample opens as an untitled copy so it is never overwritten
    window = MainWindow(project, file_path if path else None, lang)
    if problem:
        QMessageBox.warning(window, QCoreApplication.translate("MainWindow", "Cannot open the project"), problem)
    return window


def run(path: str | None = None) -> int:
    """Open the main window on ``path`` and run the event loop; the exit code."""
    app = application()
    window = create_window(path)
    window.show()
    window.offer_recovery()
    return app.exec()
