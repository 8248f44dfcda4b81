"""The open document: the current project, its file, and the undo stack.

The model is immutable, so an edit is a pair of snapshots: an undo command
holds the project before and after and swaps them. Every change goes
through :meth:`Document.apply`, which validates with ``calc.schema.set_path``
on the whole project before anything is pushed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from calc.schema import ValidationError, set_path


class SnapshotCommand(QUndoCommand):
    """Swap the document's project between two snapshots."""

    def __init__(self, document: "Document", before, after, text: str):
        super().__init__(text)
        self._document = document
        self._before = before
        self._after = after

    def redo(self):
        self._document._set_project(self._after)

    def undo(self):
        self._document._set_project(self._before)


class Document(QObject):
    """Owns the project shown by the main window.

    Signals
    -------
    projectChanged(object)
        After any change (edit, undo, redo, load); carries the new project.
    pathChanged(str)
        The file path changed (open, save as, new).
    """

    projectChanged = Signal(object)
    pathChanged = Signal(str)

    def __init__(self, project, path: str | None = None, parent=None):
        super().__init__(parent)
        self._project = project
        self._path = path or ""
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)

    # -- state
    @property
    def project(self):
        return self._project

    @property
    def path(self) -> str:
        return self._path

    def set_path(self, path: str):
        self._path = path
        self.pathChanged.emit(path)

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def mark_saved(self):
        self.undo_stack.setClean()

    def replace(self, project, path: str | None):
        """A new project (open, new): no undo history across documents."""
        self.undo_stack.clear()
        self._path = path or ""
        self._set_project(project)
        self.undo_stack.setClean()
        self.pathChanged.emit(self._path)

    def _set_project(self, project):
        self._project = project
        self.projectChanged.emit(project)

    # -- edits
    def edit(self, path: str, value, text: str = ""):
        """Set ``value`` at ``path``; raises ValidationError and leaves the
        project unchanged when the result is invalid. A path listed as a
        default stops being one."""
        new = set_path(self._project, path, value)
        if path in new.defaults:
            new = set_path(new, "defaults", tuple(p for p in new.defaults if p != path))
        self.push(new, text or path)
        return new

    def push(self, new_project, text: str):
        """Push an already validated new snapshot as one undo step."""
        if new_project == self._project:
            return
        self.undo_stack.push(SnapshotCommand(self, self._project, new_project, text))


__all__ = ["Document", "SnapshotCommand", "ValidationError"]
