"""The help beside a field: every doc of a model field or measure parameter
is listed for translation (a doc missing from the list shows in English in
the Chinese interface), and the list holds no doc the model no longer has
(a stale copy is how a help text drifts from the field it describes).
Forms that make a declaration of their own count as the model."""

import dataclasses
import importlib
import inspect
import pkgutil
import re
from pathlib import Path

import calc.model
from calc.model.measures import MEASURE_PARAMS
from gui.field_help import FIELD_DOCS, field_doc


def _model_docs() -> set[str]:
    docs = set()
    for info in pkgutil.iter_modules(calc.model.__path__):
        module = importlib.import_module(f"calc.model.{info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if dataclasses.is_dataclass(cls):
                docs |= {f.metadata["doc"] for f in dataclasses.fields(cls) if f.metadata.get("doc")}
    docs |= {p["doc"] for params in MEASURE_PARAMS.values() for p in params.values() if p.get("doc")}
    # declarations a form makes itself (a field the model holds as text)
    for path in (Path(__file__).parents[2] / "gui").rglob("*.py"):
        docs |= set(re.findall(r'"doc": "([^"]+)"', path.read_text(encoding="utf-8")))
    return docs


def test_every_model_doc_is_listed_for_translation():
    missing = _model_docs() - set(FIELD_DOCS)
    assert not missing, f"docs not in gui/field_help.py FIELD_DOCS: {sorted(missing)}"


def test_the_list_holds_no_stale_doc():
    stale = set(FIELD_DOCS) - _model_docs()
    assert not stale, f"FIELD_DOCS entries no model field or measure parameter has: {sorted(stale)}"


def test_docs_are_shown_in_chinese(qtbot):
    from gui import i18n

    i18n.install("zh")
    try:
        untranslated = [d for d in FIELD_DOCS if field_doc(d) == d]
    finally:
        i18n.install("en")
    assert not untranslated, f"docs without a Chinese translation: {untranslated}"
