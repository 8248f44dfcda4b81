"""One editor widget per model field kind.

Each editor shows the value at its path in the document's project, turns
what the user enters into a model value (quantities through
``calc.units.parse_quantity``, so "12 cm" works in a mm field), and sends it
through :meth:`gui.document.Document.edit`. An invalid entry leaves the
project unchanged and shows the model's own message, in red, under the
field; the field keeps the typed text so it can be corrected, and Escape
brings back the last valid value.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from calc.schema import ValidationError, get_path
from calc.units import UnitInputError, parse_quantity

from .labels import is_fraction, is_percent, message_text, option_label, readable_units, unit_label

DEFAULT_STYLE = "font-style: italic; color: #6b6b6b;"
ERROR_STYLE = "color: #c62828;"


def error_label() -> QLabel:
    """The red, wrapping message line shown under a field, table or form
    (hidden until there is something to say)."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def format_number(x: float) -> str:
    """Short text of a stored magnitude (6 significant digits)."""
    text = f"{x:.6g}"
    return text


def error_text(error: Exception, edited_path: str) -> str:
    """The message shown beside a field: the value, and what is allowed."""
    if isinstance(error, ValidationError):
        lines = []
        for e in error.errors:
            value = e.value
            if hasattr(value, "magnitude"):
                shown = readable_units(f"{format_number(float(value.magnitude))} {value.units:~P}")
            elif value is None:
                shown = "—"
            else:
                shown = str(value)
            msg = message_text(e.message)
            if e.path and e.path != edited_path and not e.path.endswith(edited_path.rsplit(".", 1)[-1]):
                from .labels import FIELD_LABELS, lookup

                last = e.path.rsplit(".", 1)[-1]
                src = FIELD_LABELS.get(last)
                where = lookup("Field", src) if src else last
                lines.append(f"{where} = {shown}: {msg}")
            else:
                lines.append(f"{shown}: {msg}")
        return "\n".join(lines)
    text = str(error)
    if isinstance(error, UnitInputError):
        text = text.split(": ", 1)[-1]
    return message_text(text)


class _ErrorNotifier(QObject):
    """One signal for all editors: a field became invalid or valid again
    (the window counts the invalid fields in its status bar)."""

    changed = Signal()


error_notifier = _ErrorNotifier()


class FieldEditor(QWidget):
    """Base class: an input widget, an optional unit label, an error label."""

    edited = Signal(str)  # path, after a valid edit

    def __init__(self, document, path: str, decl: dict, label: str, parent=None, setter=None):
        super().__init__(parent)
        self.document = document
        self.path = path
        self.percent = is_percent(decl, path.rsplit(".", 1)[-1])
        self.decl = {**decl, "percent": True} if self.percent else decl
        self.label_text = label
        self._setter = setter
        self._error_value = _NOTHING
        self._shown = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(row)
        self.input = self._make_input()
        self.input.setAccessibleName(label)
        self.input.setMaximumWidth(520)
        row.addWidget(self.input, 1)
        self.unit = None
        if decl.get("unit") and decl["unit"] != "dimensionless":
            self.unit = QLabel(unit_label(decl["unit"]))
            self.unit.setMinimumWidth(60)
            row.addWidget(self.unit)
        elif self.percent:
            self.unit = QLabel(unit_label("percent"))
            row.addWidget(self.unit)
        elif is_fraction(decl):
            self.unit = QLabel("0–1")  # a coefficient: its range
            row.addWidget(self.unit)
        row.addStretch(0)
        self.error = error_label()
        self.error.setTextInteractionFlags(Qt.TextSelectableByMouse)
        outer.addWidget(self.error)

    # -- subclass interface
    def _make_input(self) -> QWidget:
        raise NotImplementedError

    def _display(self, value):
        raise NotImplementedError

    # -- model -> widget
    @Slot(object)
    def refresh(self, project):
        try:
            value = get_path(project, self.path)
        except (AttributeError, IndexError, KeyError, TypeError):
            self.setEnabled(False)
            return
        self.setEnabled(True)
        if self._error_value is not _NOTHING:
            if value == self._error_value:
                self._mark_default(project)
                return
            self.clear_error()
        self.input.blockSignals(True)
        try:
            self._display(value)
        finally:
            self.input.blockSignals(False)
        self._mark_default(project)

    def _is_default(self) -> bool:
        return self.path in self.document.project.defaults

    def _mark_default(self, project):
        is_default = self.path in project.defaults
        self.input.setStyleSheet(DEFAULT_STYLE if is_default else "")
        from .field_help import field_help

        self.input.setToolTip(field_help(self.label_text, self.decl, is_default))
        self.input.setWhatsThis(self.input.toolTip())
        self.input.setProperty("isDefault", is_default)

    # -- widget -> model
    def commit(self, value):
        """Try the edit on the whole project; show the message if invalid."""
        try:
            if self._setter is not None:
                self._setter(value)
            else:
                self.document.edit(self.path, value, self.label_text)
        except (ValidationError, UnitInputError, ValueError) as e:
            self.show_error(error_text(e, self.path))
            return False
        self.clear_error()
        # the project may be unchanged (same value): still show the canonical text
        self.refresh(self.document.project)
        self.edited.emit(self.path)
        return True

    def show_error(self, text: str):
        try:
            self._error_value = get_path(self.document.project, self.path)
        except Exception:  # noqa: BLE001 - path gone: nothing to keep
            self._error_value = None
        self.error.setText(text)
        self.error.show()
        self.input.setProperty("hasError", True)
        error_notifier.changed.emit()

    def clear_error(self):
        was = self._error_value is not _NOTHING
        self._error_value = _NOTHING
        self.error.clear()
        self.error.hide()
        self.input.setProperty("hasError", False)
        if was:
            error_notifier.changed.emit()

    def has_error(self) -> bool:
        return self._error_value is not _NOTHING

    def revert(self):
        self.clear_error()
        self.refresh(self.document.project)


_NOTHING = object()


class _LineEdit(QLineEdit):
    escaped = Signal()
    stepped = False  # a count: Up/Down step the value

    def keyPressEvent(self, event):
        if event.key() == Qt.Key_Escape:
            self.escaped.emit()
            return
        if self.stepped and event.key() in (Qt.Key_Up, Qt.Key_Down):
            editor = self.parent()
            while editor is not None and not isinstance(editor, CountEditor):
                editor = editor.parent()
            if editor is not None:
                editor.step(1 if event.key() == Qt.Key_Up else -1)
                return
        super().keyPressEvent(event)


class LineFieldEditor(FieldEditor):
    """Text, number and quantity fields: a line edit committed on Enter or
    when focus leaves."""

    def _make_input(self):
        w = _LineEdit()
        w.editingFinished.connect(self._finished)
        w.textEdited.connect(self._typed)
        w.escaped.connect(self.revert)
        self._was_typed = False
        return w

    def _typed(self, _text):
        self._was_typed = True

    def _finished(self):
        text = self.input.text()
        typed, self._was_typed = self._was_typed, False
        # retyping a default's own value confirms it (the edit drops the
        # path from the defaults); only passing through leaves it alone
        if text == self._shown and not self.has_error() and not (typed and self._is_default()):
            return
        try:
            value = self.parse(text)
        except (UnitInputError, ValueError) as e:
            self.show_error(error_text(e, self.path))
            return
        self.commit(value)

    def _display(self, value):
        self._shown = self.format(value)
        self.input.setText(self._shown)

    def parse(self, text: str):
        return text

    def format(self, value) -> str:
        return "" if value is None else str(value)


def parse_number(text: str, percent: bool = False) -> float:
    """A number as typed ("0,5", "6 %"); in a per-cent field 6 and "6 %"
    are both 0.06, elsewhere "6 %" is 0.06 and 6 is 6."""
    s = text.strip().replace("，", ".").replace(",", ".")
    pct = s.endswith("%")
    if pct:
        s = s[:-1].strip()
    try:
        x = float(s)
    except ValueError:
        raise ValueError(QCoreApplication.translate(
            "FieldEditor", "'{0}' is not a number").format(text)) from None
    return x / 100 if pct or percent else x


def check_percent_bounds(x: float, decl: dict) -> None:
    """The field's bounds checked on a per-cent entry, said in per cent (the
    model would say "must be ≤ 0.5" of a value typed as 60)."""
    def pc(v):
        return f"{format_number(round(v * 100, 9))} %"

    for key, sign, broken in (("ge", "≥", lambda b: x < b), ("gt", ">", lambda b: x <= b),
                              ("le", "≤", lambda b: x > b), ("lt", "<", lambda b: x >= b)):
        bound = decl.get(key)
        if bound is not None and broken(bound):
            raise ValueError(f"{pc(x)}: {message_text(f'must be {sign} {pc(bound)}')}")


class QuantityEditor(LineFieldEditor):
    def parse(self, text):
        if not text.strip() and self.decl.get("optional"):
            return None
        if self.percent:
            from calc.units import Q_

            x = parse_number(text, percent=True)
            check_percent_bounds(x, self.decl)
            return Q_(x, self.decl["unit"])
        return parse_quantity(text, self.decl["unit"], field=self.label_text)

    def format(self, value):
        if value is None:
            return ""
        x = float(value.to(self.decl["unit"]).magnitude)
        return format_number(round(x * 100, 9) if self.percent else x)


class NumberEditor(LineFieldEditor):
    def parse(self, text):
        x = parse_number(text, self.percent)
        if self.percent:
            check_percent_bounds(x, self.decl)
        return x

    def format(self, value):
        x = float(value)
        return format_number(round(x * 100, 9) if self.percent else x)


class TextEditor(LineFieldEditor):
    def format(self, value) -> str:
        # an archetype's description is made of library keys: shown by name
        # (passing through leaves the stored text; editing stores what is shown)
        from calc.datasets.names import readable

        from .i18n import current_language

        return "" if value is None else readable(str(value), current_language())


class CountEditor(LineFieldEditor):
    """Whole numbers in a line edit: a spin box drops the letters of "1e9"
    silently (leaving 19); here the whole text is judged and refused with
    its reason. Up/Down step by one."""

    def _make_input(self):
        w = super()._make_input()
        w.stepped = True
        return w

    def parse(self, text):
        s = text.strip()
        try:
            x = float(s.replace(",", "."))
        except ValueError:
            raise ValueError(QCoreApplication.translate(
                "FieldEditor", "'{0}' is not a whole number").format(text)) from None
        if not math.isfinite(x) or x != int(x):
            raise ValueError(QCoreApplication.translate(
                "FieldEditor", "'{0}' is not a whole number").format(text))
        return int(x)

    def format(self, value):
        return str(int(value))

    def step(self, by: int):
        """Up/Down arrow: one more or one less."""
        try:
            value = self.parse(self.input.text())
        except ValueError:
            return
        self.input.setText(str(value + by))
        self._was_typed = True
        self._finished()


class ChoiceEditor(FieldEditor):
    def _make_input(self):
        w = QComboBox()
        w.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        for option in self.decl["options"]:
            w.addItem(option_label(option), option)
        w.activated.connect(self._activated)
        return w

    def _activated(self, index):
        value = self.input.itemData(index)
        if value == self._shown and not self._is_default():  # choosing a default again confirms it
            return
        if not self.commit(value):
            self.input.blockSignals(True)
            self.input.setCurrentIndex(self.input.findData(self._shown))
            self.input.blockSignals(False)

    def _display(self, value):
        self._shown = value
        self.input.setCurrentIndex(self.input.findData(value))


class FlagEditor(FieldEditor):
    def _make_input(self):
        w = QCheckBox()
        w.clicked.connect(self._clicked)
        return w

    def _clicked(self, checked):
        if not self.commit(bool(checked)):
            self.input.blockSignals(True)
            self.input.setChecked(bool(self._shown))
            self.input.blockSignals(False)

    def _display(self, value):
        self._shown = bool(value)
        self.input.setChecked(bool(value))


EDITORS = {
    "qty": QuantityEditor,
    "number": NumberEditor,
    "text": TextEditor,
    "count": CountEditor,
    "choice": ChoiceEditor,
    "flag": FlagEditor,
}


def editor_for(document, path: str, decl: dict, label: str, parent=None, setter=None) -> FieldEditor | None:
    cls = EDITORS.get(decl.get("kind"))
    return None if cls is None else cls(document, path, decl, label, parent, setter)
