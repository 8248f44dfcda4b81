"""Forms built from the model's field declarations.

``FormBinder(document, cls, prefix)`` makes one labelled editor per scalar
field of the model class ``cls`` (quantity, number, text, count, choice,
flag) for the object at ``prefix`` in the project, keeps them in step with
the document, and can be re-pointed at another object of the same class
(another building) with :meth:`set_prefix`.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from calc.schema import join_path

from .editors import FieldEditor, editor_for
from .field_help import field_doc
from .labels import field_label

EDITABLE_KINDS = ("qty", "number", "text", "count", "choice", "flag")


class FormBinder(QObject):
    """Editors for the fields of one model object."""

    def __init__(self, document, cls, prefix: str, *, fields=None, exclude=(), parent: QWidget | None = None,
                 setters=None):
        super().__init__(parent)
        self.document = document
        self.cls = cls
        self.prefix = prefix
        self.editors: dict[str, FieldEditor] = {}
        self.labels: dict[str, QLabel] = {}
        self._setters = setters or {}
        declared = {f.name: dict(f.metadata) for f in dataclasses.fields(cls)}
        names = fields if fields is not None else [n for n, md in declared.items() if md.get("kind") in EDITABLE_KINDS]
        self._fields = [(n, declared[n]) for n in names if n not in exclude]
        document.projectChanged.connect(self.refresh)

    def build(self, layout: QFormLayout, parent: QWidget | None = None):
        """Add a labelled row per field to ``layout``."""
        for name, decl in self._fields:
            label_text = field_label(self.cls.__name__, name)
            setter = self._setters.get(name)
            editor = editor_for(self.document, join_path(self.prefix, name), decl, label_text, parent,
                                setter=None if setter is None else (lambda v, s=setter, n=name: s(self, n, v)))
            if editor is None:
                continue
            label = QLabel(label_text)
            label.setBuddy(editor.input)
            label.setToolTip(field_doc(decl.get("doc", "")))
            layout.addRow(label, editor)
            self.editors[name] = editor
            self.labels[name] = label
        self.refresh(self.document.project)
        return self

    def path(self, name: str) -> str:
        return join_path(self.prefix, name)

    def set_prefix(self, prefix: str):
        self.prefix = prefix
        for name, editor in self.editors.items():
            editor.clear_error()
            editor.path = join_path(prefix, name)
        self.refresh(self.document.project)

    @Slot(object)
    def refresh(self, project):
        for editor in self.editors.values():
            editor.refresh(project)


def form(document, cls, prefix: str, parent: QWidget, **kw) -> tuple[QFormLayout, FormBinder]:
    """A QFormLayout on ``parent`` filled by a new binder."""
    layout = QFormLayout()
    layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
    layout.setRowWrapPolicy(QFormLayout.DontWrapRows)
    binder = FormBinder(document, cls, prefix, parent=parent, **kw).build(layout, parent)
    return layout, binder
