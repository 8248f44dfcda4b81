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
VERSION = 3


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

_FACADES = ("south", "east", "north", "west")


def _shading_params(doc: dict):
    """The parameter dicts of every external shading measure of a document
    (the project's and its variants'); nothing when the layout is wrong (the
    model's validation then says what is)."""
    project = doc.get("project")
    if not isinstance(project, dict):
        return
    variants = project.get("variants")
    lists = [project.get("measures")] + [v.get("measures") for v in variants if isinstance(v, dict)] \
        if isinstance(variants, list) else [project.get("measures")]
    for measures in lists:
        for m in measures if isinstance(measures, list) else ():
            params = m.get("params") if isinstance(m, dict) else None
            if isinstance(params, dict) and m.get("kind") == "external_shading":
                yield params


def _shading_on_every_facade(doc: dict) -> dict:
    """Version 1 -> 2: an external shading measure of version 1 was on every
    facade; version 2 names its facades and defaults to south, east and west,
    so a version-1 measure gets all four and keeps what it meant."""
    for params in _shading_params(doc):
        if not any(f in params for f in _FACADES):
            params.update({f: "yes" for f in _FACADES})
    return {**doc, "version": 2}


def _blinds_keep_their_factor(doc: dict) -> dict:
    """Version 2 -> 3: a movable device without a ``shading_factor`` took
    0.6, the fixed devices' default; version 3 defaults movable blinds to
    0.15 (ISO 13790 Annex G.5.2), so a version-2 measure gets its 0.6 written
    out and keeps what it meant."""
    for params in _shading_params(doc):
        if params.get("device") == "movable" and "shading_factor" not in params:
            params["shading_factor"] = 0.6
    return {**doc, "version": 3}


MIGRATIONS[1] = _shading_on_every_facade
MIGRATIONS[2] = _blinds_keep_their_factor


def _migrated(doc: dict, version: int, path) -> dict:
    while version < VERSION:
        try:
            doc = MIGRATIONS[version](doc)
        except (KeyError, TypeError, AttributeError) as e:
            raise ProjectFileError(path, [f"cannot migrate from version {version}: {e}"]) from None
        version = doc["version"]
    return doc


def migrate_measures(measures, version: int, path="<measures>"):
    """Measure declarations written for project-file ``version`` brought to
    this program's VERSION by the project file's own migrations (a stock's
    package file holds the same declarations). Raises ProjectFileError."""
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= VERSION:
        raise ProjectFileError(path, [f"version: {_short(version)} must be a whole number 1-{VERSION}"
                                      + ("; update the program" if isinstance(version, int) and version > VERSION
                                         else "")])
    doc = _migrated({"format": FORMAT, "version": version, "project": {"measures": measures}}, version, path)
    return doc["project"]["measures"]


def project_to_data(project: Project) -> dict:
    return {"format": FORMAT, "version": VERSION, "project": to_data(project)}


def dumps(project: Project) -> str:
    """The exact text written to disk."""
    return json.dumps(project_to_data(project), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


# Limits of what a project document may hold. Nothing in the model nests
# deeper than about ten levels; the limit keeps the parser and the checks
# below clear of Python's recursion limit.
MAX_DEPTH = 64
# Whole numbers beyond 2**53 cannot be held exactly as the floats the model
# computes with (IEEE 754 double).
MAX_WHOLE_NUMBER = 2 ** 53


class _Literal:
    """A JSON number the model cannot use (NaN, Infinity, a huge whole
    number), kept as written so the check below can name its path."""

    def __init__(self, text: str, why: str):
        self.text, self.why = text, why


def _constant(name: str):
    return _Literal(name, "is not allowed (numbers must be finite)")


def _integer(text: str):
    digits = text.lstrip("-")
    if len(digits) > 16 or abs(int(text)) > MAX_WHOLE_NUMBER:
        shown = text if len(text) <= 24 else f"{text[:12]}…({len(digits)} digits)"
        return _Literal(shown, f"is too large (whole numbers up to {MAX_WHOLE_NUMBER})")
    return int(text)


def _real(text: str):
    x = float(text)
    if not math.isfinite(x):
        return _Literal(text if len(text) <= 24 else text[:21] + "...", "is too large for a number")
    return x


class _Object(dict):
    """A JSON object that remembers keys written more than once."""

    duplicates: tuple = ()


def _object(pairs):
    obj = _Object()
    dups = []
    for k, v in pairs:
        if k in obj:
            dups.append(k)
        obj[k] = v
    if dups:
        obj.duplicates = tuple(dict.fromkeys(dups))
    return obj


def _nesting_position(text: str, limit: int) -> tuple[int, int]:
    """Line and column where the brackets first nest deeper than ``limit``."""
    depth, in_string, escaped = 0, False, False
    line, col = 1, 0
    for ch in text:
        col += 1
        if ch == "\n":
            line, col = line + 1, 0
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > limit:
                return line, col
        elif ch in "]}":
            depth -= 1
    return line, col


def _parse(text: str, path: str):
    try:
        return json.loads(text, parse_constant=_constant, parse_int=_integer, parse_float=_real,
                          object_pairs_hook=_object)
    except json.JSONDecodeError as e:
        raise ProjectFileError(path, [f"not valid JSON at line {e.lineno}, column {e.colno}: {e.msg}"
                                      + (" (the file may be truncated)" if e.pos >= len(text.rstrip()) else "")]) from None
    except RecursionError:
        line, col = _nesting_position(text, MAX_DEPTH)
        raise ProjectFileError(path, [f"line {line}, column {col}: lists and objects nest too deeply "
                                      f"(a project needs at most {MAX_DEPTH} levels)"]) from None


def loads(text: str, path: str = "<text>") -> Project:
    """Parse and validate a project document. Raises ProjectFileError."""
    doc = _parse(text, path)
    problems = document_problems(doc)
    if problems:
        raise ProjectFileError(path, problems[:20])
    if not isinstance(doc, dict):
        raise ProjectFileError(path, ["(root): expected a JSON object"])
    if doc.get("format") != FORMAT:
        raise ProjectFileError(path, [f"format: {_short(doc.get('format'))} is not a project of this program (expected {FORMAT!r})"])
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ProjectFileError(path, [f"version: {_short(version)} must be a whole number ≥ 1"])
    if version > VERSION:
        raise ProjectFileError(path, [f"version: {version} is newer than this program reads (up to {VERSION}); update the program"])
    if "project" not in doc:
        raise ProjectFileError(path, ["project: missing required field"])
    doc = _migrated(doc, version, path)
    try:
        return from_data(Project, doc["project"], "project")
    except ValidationError as e:
        raise ProjectFileError(path, [str(x) for x in e.errors]) from None


def _short(value, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[:limit - 3] + "..."


def _key_path(where: str, key: str) -> str:
    shown = key if key.isidentifier() and not _has_surrogate(key) else ascii(key)
    return f"{where}.{shown}" if where else shown


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def document_problems(doc) -> list[str]:
    """Everything in a parsed document that no model field can hold, each
    with its JSON path: numbers that are not finite or too large, keys given
    twice, text with lone surrogates (not Unicode, cannot be saved), lists
    and objects nested deeper than MAX_DEPTH. Iterative, so no document can
    exhaust the stack."""
    problems: list[str] = []
    stack = [(doc, "", 0)]
    while stack:
        node, where, depth = stack.pop()
        shown = where or "(root)"
        if isinstance(node, _Literal):
            problems.append(f"{shown}: {node.text} {node.why}")
        elif isinstance(node, str):
            if _has_surrogate(node):
                i = next(i for i, c in enumerate(node) if 0xD800 <= ord(c) <= 0xDFFF)
                problems.append(f"{shown}: text with a lone surrogate {ascii(node[i])} at character {i + 1} "
                                "(not valid Unicode)")
        elif isinstance(node, (dict, list)):
            if depth >= MAX_DEPTH:
                problems.append(f"{shown}: lists and objects nest too deeply (a project needs at most {MAX_DEPTH} levels)")
                continue
            if isinstance(node, dict):
                for k in getattr(node, "duplicates", ()):
                    problems.append(f"{_key_path(where, k)}: given more than once in the same object; keep one")
                for k, v in reversed(node.items()):
                    if _has_surrogate(k):
                        problems.append(f"{_key_path(where, k)}: field name with a lone surrogate (not valid Unicode)")
                        continue
                    stack.append((v, _key_path(where, k), depth + 1))
            else:
                stack.extend((v, f"{where}[{i}]", depth + 1) for i, v in reversed(list(enumerate(node))))
    return problems


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
        raise ProjectFileError(p, [f"not UTF-8 text (byte {e.start}){_encoding_hint(raw)}"]) from None
    return loads(text, str(p))


def _encoding_hint(raw: bytes) -> str:
    """What the bytes look like, when a common other encoding fits."""
    if raw[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"):
        return "; it looks like UTF-32: save the file as UTF-8"
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "; it looks like UTF-16: save the file as UTF-8"
    # A few bad bytes are damage; many that all read as GB18030 are a file
    # saved in the Chinese Windows encoding.
    if raw.decode("utf-8", "replace").count("\ufffd") < 5:
        return ""
    try:
        raw.decode("gb18030")
    except UnicodeDecodeError:
        return ""
    return "; it may be GBK/GB18030: save the file as UTF-8"


def save(project: Project, path: str | os.PathLike, *, backup: bool = True) -> Path:
    """Write atomically: a temporary file in the same folder is written,
    flushed and fsynced, then renamed over the target. The previous file is
    kept as ``<name>.bak``. Returns the path written."""
    p = Path(path)
    try:
        return write_atomic(p, dumps(project).encode("utf-8"), backup=backup)
    except OSError as e:
        raise ProjectFileError(p, [f"cannot write: {e.strerror or e}"]) from None
