"""Materials of a layer table picked from the library by name.

The material cell edits in an editable combo box listing the library
(GB 50176-2016 Appendix B materials and the insulation products) by their
names in the interface language, with completion on any part of a name.
Picking a library material sets the layer's λ, ρ and c with it (one undo
step); any other text is a free name and the layer keeps its own values.
Library keys stored in a project (``solid_clay_brick``) are shown by name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QStyledItemDelegate

from calc.datasets.names import find_material, library_materials, readable

from .editors import format_number
from .i18n import current_language
from .labels import unit_label


class MaterialPicker:
    """What a :class:`gui.tables.ChildrenTable` needs for a library column."""

    def display(self, value) -> str:
        """The stored material (a key or free text) as shown."""
        return readable(str(value or ""), current_language())

    def pick(self, text: str) -> dict | None:
        """Field values for the picked library material, or None for free
        text (the layer keeps its own values)."""
        m = find_material(text)
        if m is None:
            return None
        return {"material": m.key, "conductivity": m.conductivity, "density": m.density,
                "specific_heat": m.specific_heat}

    def names(self) -> list[tuple[str, str]]:
        """(shown name, tooltip) of every library material."""
        lang = current_language()
        out = []
        for m in library_materials():
            tip = QCoreApplication.translate("MaterialPicker", "λ {0} {1}, ρ {2} {3}, c {4} {5}").format(
                format_number(round(float(m.conductivity.to("W/(m*K)").magnitude), 4)), unit_label("W/(m*K)"),
                format_number(float(m.density.to("kg/m**3").magnitude)), unit_label("kg/m**3"),
                format_number(float(m.specific_heat.to("J/(kg*K)").magnitude)), unit_label("J/(kg*K)"))
            out.append((m.name(lang), tip))
        return out

    def delegate(self, parent) -> QStyledItemDelegate:
        return MaterialDelegate(self, parent)


class MaterialDelegate(QStyledItemDelegate):
    """An editable combo box of library names for the material cell."""

    def __init__(self, picker: MaterialPicker, parent=None):
        super().__init__(parent)
        self.picker = picker

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.NoInsert)
        for i, (name, tip) in enumerate(self.picker.names()):
            combo.addItem(name)
            combo.setItemData(i, tip, Qt.ToolTipRole)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)  # whole names in the list
        completer = QCompleter(combo.model(), combo)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setFilterMode(Qt.MatchContains)
        completer.setCompletionMode(QCompleter.PopupCompletion)
        combo.setCompleter(completer)
        # the completion popup takes the Enter that would end the edit, and a
        # name picked from the list is the user's answer: both commit at once
        completer.activated.connect(lambda _text: self._commit(combo))
        combo.activated.connect(lambda _index: self._commit(combo))
        combo.lineEdit().returnPressed.connect(lambda: self._commit(combo))
        combo.setAccessibleName(QCoreApplication.translate("MaterialPicker", "Material from the library or a name of your own"))
        return combo

    def _commit(self, combo):
        if combo.property("committed"):
            return
        combo.setProperty("committed", True)
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.NoHint)

    def setEditorData(self, editor, index):
        editor.setEditText(index.data(Qt.DisplayRole) or "")

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentText(), Qt.EditRole)
