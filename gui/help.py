"""The Help menu: the user manual (docs/manual*.md, shown in the program),
help on the focused field (F1: meaning, unit, range, source) and About."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout, QWhatsThis

DOCS = Path(__file__).resolve().parents[1] / "docs"


def manual_path(language: str) -> Path:
    """The manual in ``language`` ("zh" or "en"), English when missing."""
    zh = DOCS / "manual_zh.md"
    return zh if language == "zh" and zh.exists() else DOCS / "manual.md"


class ManualDialog(QDialog):
    def __init__(self, parent, language: str):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Help", "User manual"))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        path = manual_path(language)
        self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        self.browser.setSearchPaths([str(DOCS)])
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 680)


def field_help_text(widget) -> str:
    """Help of the field ``widget`` belongs to ("" outside a field)."""
    from .editors import FieldEditor
    from .field_help import field_help

    w = widget
    while w is not None and not isinstance(w, FieldEditor):
        w = w.parentWidget()
    if w is None:
        return ""
    return field_help(w.label_text, w.decl, w.path in w.document.project.defaults)


def show_field_help(window) -> str:
    """F1: show the help of the focused field beside it; the text shown."""
    from PySide6.QtWidgets import QApplication

    focus = QApplication.focusWidget()
    text = field_help_text(focus)
    if not text:
        text = QCoreApplication.translate(
            "Help", "Put the cursor in a field and press F1 to see what it means, its unit and where its value comes from. "
                    "Help ▸ User manual explains the program.")
        anchor = window
    else:
        anchor = focus
    QWhatsThis.showText(anchor.mapToGlobal(QPoint(0, anchor.height())), text, anchor)
    return text


def show_about(window):
    from calc import program_version

    version = program_version()

    QMessageBox.about(
        window, QCoreApplication.translate("Help", "About"),
        QCoreApplication.translate(
            "Help", "<b>Building Retrofit Calculator</b> {0}<br>Assesses renovation packages of existing buildings "
                    "against the saving targets of the State Council's 2024–2025 energy-saving and carbon-reduction "
                    "action plan (residential 30 %, public 20 %): heating and cooling needs, heat supply, standard "
                    "coal, CO₂, economics and a PDF report.<br>Methods and data sources are listed in the report.").format(version))
