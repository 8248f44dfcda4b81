"""New project from an archetype: city + use + era ->
``calc.archetypes.project_from_archetype``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel

from calc.model import ERAS, USES

from .editors import error_label
from .labels import option_label
from .pages.project_page import city_choices


class ArchetypeDialog(QDialog):
    """Pick city, use and era; :attr:`project` holds the new project after
    the dialog is accepted."""

    def __init__(self, parent=None, city: str = "Beijing"):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ArchetypeDialog", "New project from an archetype"))
        self.project = None
        layout = QFormLayout(self)
        self.city = QComboBox()
        pattern = QCoreApplication.translate("CityEditor", "{key}  {zh}")
        for key, zh in city_choices():
            self.city.addItem(pattern.format(key=key, zh=zh) if zh else key, key)
        self.city.setCurrentIndex(max(0, self.city.findData(city)))
        self.use = QComboBox()
        for use in USES:
            self.use.addItem(option_label(use), use)
        self.era = QComboBox()
        for era in ERAS:
            self.era.addItem(option_label(era), era)
        layout.addRow(QCoreApplication.translate("ArchetypeDialog", "City"), self.city)
        layout.addRow(QCoreApplication.translate("ArchetypeDialog", "Use"), self.use)
        layout.addRow(QCoreApplication.translate("ArchetypeDialog", "Construction era"), self.era)
        note = QLabel(QCoreApplication.translate(
            "ArchetypeDialog", "Every field is filled with typical values for this kind of building; "
            "values taken from the archetype are shown in grey italics until you confirm them."))
        note.setWordWrap(True)
        layout.addRow(note)
        self.error = error_label()
        layout.addRow(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addRow(self.buttons)

    def choose(self, city: str, use: str, era: str):
        self.city.setCurrentIndex(self.city.findData(city))
        self.use.setCurrentIndex(self.use.findData(use))
        self.era.setCurrentIndex(self.era.findData(era))

    def accept(self):
        try:
            from calc.archetypes import project_from_archetype

            # named as the user chose it, in the interface language (never the keys)
            from calc.datasets.cities import city

            from .i18n import current_language

            key = self.city.currentData()
            place = str(city(key).get("city_zh") or key) if current_language() == "zh" else key
            name = " · ".join([place, self.use.currentText(), self.era.currentText()])
            self.project = project_from_archetype(self.city.currentData(), self.use.currentData(),
                                                  self.era.currentData(), name=name)
            from calc.schema import set_path

            self.project = set_path(self.project, "buildings[0].name",
                                    QCoreApplication.translate("ArchetypeDialog", "Building 1"))
        except Exception as e:  # noqa: BLE001 - shown in the dialog
            self.error.setText(str(e))
            self.error.show()
            return
        super().accept()
