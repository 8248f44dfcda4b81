"""The Chinese templates of calc's messages, ``datasets/i18n/messages_zh.csv``.

Columns ``id`` (as given to ``calc.messages.msg``) and ``zh`` (a
``str.format`` template with the same placeholders as the English one).
Read once; a malformed file raises :class:`MessageCatalogueError` naming
the row.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

CATALOGUE = Path(__file__).resolve().parents[2] / "datasets" / "i18n" / "messages_zh.csv"


class MessageCatalogueError(ValueError):
    """``datasets/i18n/messages_zh.csv`` breaks its schema."""


@lru_cache(maxsize=None)
def chinese_templates() -> dict[str, str]:
    """id -> Chinese template."""
    out: dict[str, str] = {}
    with CATALOGUE.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != ["id", "zh"]:
            raise MessageCatalogueError(f"{CATALOGUE.name}: columns must be id,zh; found {reader.fieldnames}")
        for line, row in enumerate(reader, 2):
            key, zh = (row["id"] or "").strip(), (row["zh"] or "").strip()
            if not key or not zh:
                raise MessageCatalogueError(f"{CATALOGUE.name} line {line}: id and zh must both be given")
            if key in out:
                raise MessageCatalogueError(f"{CATALOGUE.name} line {line}: id {key!r} given twice")
            out[key] = zh
    return out
