"""Project files: versioned UTF-8 JSON, atomic saves, migrations.

A file is ``{"format": FORMAT, "version": N, "project": {...}}``. Loading
reads, migrates old versions step by step (``MIGRATIONS[n]`` turns version
n into n + 1), then builds the model through the same validation as every
edit. Every failure is a :class:`ProjectFileError` naming the file and the
JSON path; the file on disk is never touched by a load.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import Callable

from .atomic import write_atomic
from .model import Project
from .schema import ValidationError, from_data, to_data

FORMAT = "retrofit-calculator-project"
VERSION = 1


class ProjectFileError(ValueError):
    """A project file that cannot be read or written; ``str()`` is a message
    for a person: the file, the JSON path and what is wrong."""

    def __init__(self, path, problems: list[str]):
        self.path = str(path)
        self.problems = problems
        super().__init__(f"{self.path}: " + "; ".join(problems))


# Each entry turns a document of version n into version n + 1; add one (with
# an old fixture in tests/calc/fixtures/) whenever the layout changes in a way
# that defaults cannot absorb.
MIGRATIONS: dict[int, Callable[[dict], dict]] = {}


def project_to_data(project: Project) -> dict:
    return {"format": FORMAT, "version": VERSION, "project": to_data(project)}


def dumps(project: Project) -> str:
    """The exact text written to disk."""
    return json.dumps(project_to_data(project), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _reject_constant(name: str):
    raise ValueError(f"{name} is not allowed (numbers must be finite)")


def loads(text: str, path: str = "<text>") -> Project:
    """Parse and validate a project document. Raises ProjectFileError."""
    try:
        doc = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as e:
        raise ProjectFileError(path, [f"not valid JSON at line {e.lineno}, column {e.colno}: {e.msg}"
                                      + (" (the file may be truncated)" if e.pos >= len(text.rstrip()) else "")]) from None
    except ValueError as e:
        raise ProjectFileError(path, [str(e)]) from None
    if not isinstance(doc, dict):
        raise ProjectFileError(path, ["(root): expected a JSON object"])
    if doc.get("format") != FORMAT:
        raise ProjectFileError(path, [f"format: {doc.get('format')!r} is not a project of this program (expected {FORMAT!r})"])
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ProjectFileError(path, [f"version: {version!r} must be a whole number ≥ 1"])
    if version > VERSION:
        raise ProjectFileError(path, [f"version: {version} is newer than this program reads (up to {VERSION}); update the program"])
    if "project" not in doc:
        raise ProjectFileError(path, ["project: missing required field"])
    while version < VERSION:
        try:
            doc = MIGRATIONS[version](doc)
        except (KeyError, TypeError, AttributeError) as e:
            raise ProjectFileError(path, [f"cannot migrate from version {version}: {e}"]) from None
        version = doc["version"]
    _check_finite(doc["project"], "project", path)
    try:
        return from_data(Project, doc["project"], "project")
    except ValidationError as e:
        raise ProjectFileError(path, [str(x) for x in e.errors]) from None


def _check_finite(node, where: str, path: str):
    if isinstance(node, float) and not math.isfinite(node):
        raise ProjectFileError(path, [f"{where}: {node} is not a finite number"])
    if isinstance(node, dict):
        for k, v in node.items():
            _check_finite(v, f"{where}.{k}", path)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            _check_finite(v, f"{where}[{i}]", path)


def load(path: str | os.PathLike) -> Project:
    """Read a project file. Raises ProjectFileError (never another error for
    a bad file)."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as e:
        raise ProjectFileError(p, [f"cannot read: {e.strerror or e}"]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ProjectFileError(p, [f"not UTF-8 text (byte {e.start})"]) from None
    return loads(text, str(p))


def save(project: Project, path: str | os.PathLike, *, backup: bool = True) -> Path:
    """Write atomically: a temporary file in the same folder is written,
    flushed and fsynced, then renamed over the target. The previous file is
    kept as ``<name>.bak``. Returns the path written."""
    p = Path(path)
    try:
        return write_atomic(p, dumps(project).encode("utf-8"), backup=backup)
    except OSError as e:
        raise ProjectFileError(p, [f"cannot write: {e.strerror or e}"]) from None
