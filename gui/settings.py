"""User settings (QSettings) and the recovery file for autosave.

Everything the program remembers between runs goes through here: the
interface language, recent files, window geometry, autosave interval.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

ORGANIZATION = "RetrofitCalculator"
APPLICATION = "retrofit-calculator"
MAX_RECENT = 8
AUTOSAVE_SECONDS = 60


def settings() -> QSettings:
    return QSettings(QSettings.IniFormat, QSettings.UserScope, ORGANIZATION, APPLICATION)


def language(default: str) -> str:
    value = settings().value("ui/language", default)
    return value if value in ("zh", "en") else default


def set_language(lang: str):
    s = settings()
    s.setValue("ui/language", lang)
    s.sync()


def recent_files() -> list[str]:
    value = settings().value("files/recent", [])
    if isinstance(value, str):
        value = [value]
    return [v for v in (value or []) if isinstance(v, str)]


def add_recent(path: str):
    path = os.path.abspath(path)
    items = [p for p in recent_files() if p != path]
    items.insert(0, path)
    s = settings()
    s.setValue("files/recent", items[:MAX_RECENT])
    s.sync()


def autosave_seconds() -> int:
    try:
        return max(5, int(settings().value("files/autosave_seconds", AUTOSAVE_SECONDS)))
    except (TypeError, ValueError):
        return AUTOSAVE_SECONDS


def recovery_path() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.AppDataLocation)
    if not folder:
        folder = os.path.join(os.path.expanduser("~"), f".{APPLICATION}")
    return Path(folder) / "recovery.json"


def write_recovery(text: str, original_path: str):
    """Write the autosave copy (project file text plus the file it belongs to)."""
    p = recovery_path()
    p.parent.mkdir(parents=True, exist_ok=True)
    tmp = p.with_suffix(".tmp")
    tmp.write_text(json.dumps({"original_path": original_path, "document": text}, ensure_ascii=False),
                   encoding="utf-8")
    os.replace(tmp, p)


def read_recovery() -> tuple[str, str] | None:
    """``(project text, original path)`` of a recovery file, or None."""
    p = recovery_path()
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
        return data["document"], data.get("original_path", "")
    except (OSError, ValueError, KeyError, TypeError):
        return None


def clear_recovery():
    try:
        recovery_path().unlink()
    except OSError:
        pass
