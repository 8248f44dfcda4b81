"""The variants of a project on the Measures page: save the current
package under a name, take a variant back as the package, remove one.
Results compares them side by side (calc.variants)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGroupBox, QHBoxLayout, QInputDialog, QLineEdit, QListWidget, QPushButton, QVBoxLayout,
)

from calc.model import Variant
from calc.schema import ValidationError

from ..editors import error_label, error_text


class VariantsPanel(QGroupBox):
    def __init__(self, document, parent=None):
        super().__init__(QCoreApplication.translate("VariantsPanel", "Variants compared on the Results page"), parent)
        self.document = document
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setMaximumHeight(120)
        self.list.setAccessibleName(QCoreApplication.translate("VariantsPanel", "Variants"))
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.save_button = QPushButton(QCoreApplication.translate("VariantsPanel", "Save package as variant…"))
        self.use_button = QPushButton(QCoreApplication.translate("VariantsPanel", "Use as package"))
        self.remove_button = QPushButton(QCoreApplication.translate("VariantsPanel", "Remove variant"))
        self.save_button.clicked.connect(lambda: self.save_package())
        self.use_button.clicked.connect(lambda: self.use_as_package())
        self.remove_button.clicked.connect(lambda: self.remove())
        for b in (self.save_button, self.use_button, self.remove_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.error = error_label()
        layout.addWidget(self.error)
        document.projectChanged.connect(self.refresh)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.refresh(document.project)

    def refresh(self, project):
        row = self.list.currentRow()
        self.list.clear()
        for v in project.variants:
            n = sum(1 for m in v.measures if m.enabled)
            self.list.addItem(QCoreApplication.translate("VariantsPanel", "{0} ({1} measures)").format(v.name, n))
        if project.variants:
            self.list.setCurrentRow(max(0, min(row, len(project.variants) - 1)))
        self._update_buttons()

    def _update_buttons(self, *_):
        chosen = 0 <= self.list.currentRow() < len(self.document.project.variants)
        self.use_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _push(self, new_variants=None, text="", **changes):
        project = self.document.project
        try:
            new = project.replace(variants=tuple(new_variants) if new_variants is not None else project.variants,
                                  **changes)
        except ValidationError as e:
            self.error.setText(error_text(e, "variants"))
            self.error.show()
            return False
        self.error.hide()
        self.document.push(new, text)
        return True

    def save_package(self, name: str | None = None) -> bool:
        """Keep the current measures as a named variant (asks for the name)."""
        project = self.document.project
        if name is None:
            name, ok = QInputDialog.getText(
                self, QCoreApplication.translate("VariantsPanel", "Save package as variant"),
                QCoreApplication.translate("VariantsPanel", "Name of the variant:"), QLineEdit.Normal,
                QCoreApplication.translate("VariantsPanel", "Variant {0}").format(len(project.variants) + 1))
            if not ok:
                return False
        return self._push(project.variants + (Variant(name=name.strip(), measures=project.measures),),
                          QCoreApplication.translate("VariantsPanel", "Save variant"))

    def use_as_package(self, row: int | None = None) -> bool:
        """Make a variant's measures the project's package (undoable)."""
        project = self.document.project
        row = self.list.currentRow() if row is None else row
        if not 0 <= row < len(project.variants):
            return False
        return self._push(None, QCoreApplication.translate("VariantsPanel", "Use variant as package"),
                          measures=project.variants[row].measures)

    def remove(self, row: int | None = None) -> bool:
        project = self.document.project
        row = self.list.currentRow() if row is None else row
        if not 0 <= row < len(project.variants):
            return False
        return self._push(project.variants[:row] + project.variants[row + 1:],
                          QCoreApplication.translate("VariantsPanel", "Remove variant"))
