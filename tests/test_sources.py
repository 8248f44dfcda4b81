"""Every default cites its source where users can read it.

Users get the repository alone, so a ``source`` cell must name the primary
document (standard and clause or table, publication with year and page or
address) or say "engineering estimate" -- never the project's internal
reference notes, which are not shipped.
"""

import csv
import re
from pathlib import Path

import pytest

DATASETS = Path(__file__).resolve().parents[1] / "datasets"

ROOT = DATASETS.parent

#: How the unshipped notes are cited: "facts §2.1", "facts-2 §6.4",
#: "facts.md §6", "reference notes", "shared/reference".
INTERNAL = re.compile(r"\bfacts(?:-\d+)?(?:\.md)?\s*§|\bfacts(?:-\d+)?\.md\b|\breference notes\b|\bshared/reference\b",
                      re.IGNORECASE)
#: The notes' own tags for how a figure was found ("[M]" recalled, "[R]"/"[V]"
#: read, "[D]" derived): they mean nothing to a reader without the notes.
NOTES_TAG = re.compile(r"\[[MRVD]\]")

#: Where users read text: the interface (its help and translations), the
#: calculation's docstrings and comments, the reports, the manuals.
USER_TEXT = ("gui", "calc", "reports", "docs")
TEXT_SUFFIXES = {".py", ".md", ".ts", ".txt", ".csv", ".html"}


def _tables():
    return sorted(p for p in DATASETS.rglob("*.csv") if "source" in _header(p))


def _header(path):
    with path.open(encoding="utf-8", newline="") as f:
        return next(csv.reader(f), [])


def _rows(path):
    with path.open(encoding="utf-8", newline="") as f:
        for line, row in enumerate(csv.DictReader(f), start=2):
            yield line, row


def test_the_pattern_catches_each_form_of_citing_the_notes():
    for cited in ("(facts §2.1)", "facts-2 §6.4, read", "facts.md §6", "reference notes facts-2 §1.2", "FACTS §5"):
        assert INTERNAL.search(cited), cited
    for fine in ("GB/T 2589-2020 Appendix A", "MEE/NBS Announcement 2024 No. 12", "engineering estimate",
                 "artefacts of the survey", "the facts of the case"):
        assert not INTERNAL.search(fine), fine
    assert INTERNAL.search("see /work/shared/reference/facts.md") and INTERNAL.search("reference/facts.md 1.2")
    assert NOTES_TAG.search("0.5 h⁻¹ [M]") and not NOTES_TAG.search("height [m], area [m²]")


def test_tables_with_sources_are_found():
    names = {p.name for p in _tables()}
    assert {"co2_factors.csv", "prices.csv", "archetype_envelope.csv", "materials.csv", "cities.csv"} <= names


@pytest.mark.parametrize("path", _tables(), ids=lambda p: p.name)
def test_every_source_cell_is_filled_and_cites_a_shipped_document(path):
    bad = [f"{path.name}, line {line}: {'empty source' if not r['source'].strip() else r['source'][:80]}"
           for line, r in _rows(path) if not (r["source"] or "").strip() or INTERNAL.search(r["source"])]
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("name", ["SOURCES.md", "SOURCES_climate.md"])
def test_the_provenance_notes_do_not_cite_the_internal_notes(name):
    text = (DATASETS / name).read_text(encoding="utf-8")
    bad = [line for line in text.splitlines() if INTERNAL.search(line)]
    assert not bad, "\n".join(b[:120] for b in bad)


def _user_text_files():
    files = [ROOT / "README.md"]
    for top in USER_TEXT:
        files += sorted(p for p in (ROOT / top).rglob("*") if p.suffix in TEXT_SUFFIXES and p.is_file())
    return files


def test_user_text_files_are_found():
    names = {p.relative_to(ROOT).as_posix() for p in _user_text_files()}
    assert {"README.md", "gui/field_help.py", "calc/heatpump.py", "reports/contract.py", "docs/supply.md",
            "gui/i18n/retrofit_zh_CN.ts"} <= names


@pytest.mark.parametrize("top", ("README.md",) + USER_TEXT)
def test_code_and_manuals_do_not_cite_the_internal_notes(top):
    files = [p for p in _user_text_files() if p.relative_to(ROOT).parts[0] == top]
    bad = [f"{p.relative_to(ROOT)}:{n}: {line.strip()[:100]}"
           for p in files for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1)
           if INTERNAL.search(line) or NOTES_TAG.search(line)]
    assert not bad, "\n".join(bad)
