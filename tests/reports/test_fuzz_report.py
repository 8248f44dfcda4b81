"""Reports of generated projects (tests/calc/fuzz_schema.py) whose figures
are not applicable: the report says so in both languages."""

from __future__ import annotations

import copy
import json

import pytest

from calc.assess import assess
from calc.model import Project
from calc.schema import from_data
from reports import build_pdf

from ..conftest import RESIDENTIAL

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


@pytest.fixture(scope="module")
def unheated():
    """The Beijing block with 99.9 W/m² of internal gains (allowed: ≤ 100)
    needs no heating: the programme's basis, heating energy, is 0 before,
    so its saving rate and margin are not applicable."""
    d = copy.deepcopy(json.loads(RESIDENTIAL.read_text(encoding="utf-8"))["project"])
    d["buildings"][0]["operation"]["internal_gains"] = "99.9 W/m**2"
    project = from_data(Project, d, "project")
    return project, assess(project, sensitivity=False)


@pytest.mark.parametrize("language", ["zh", "en"])
def test_a_target_not_applicable_is_reported(unheated, language, tmp_path):
    project, result = unheated
    t = result.target
    assert t.passed is None and t.margin is None and "nothing to save" in t.not_applicable_reason
    path = build_pdf(project, result, tmp_path / "r.pdf", language=language)
    assert path.stat().st_size > 10_000


@pytest.fixture(scope="module")
def sample():
    d = json.loads(RESIDENTIAL.read_text(encoding="utf-8"))["project"]
    project = from_data(Project, d, "project")
    return project, assess(project, sensitivity=False)


@pytest.mark.parametrize("language, name", [("en", "x" * 20_000), ("zh", "楼" * 20_000), ("en", "long name " * 2_000)])
def test_a_name_of_thousands_of_characters_is_shortened_where_it_is_shown(sample, language, name, tmp_path):
    # a table row cannot break over pages, and the page header fitted the
    # name one character at a time: the report failed or took minutes
    import dataclasses

    import pypdf

    from reports.story import MAX_CELL_CHARS

    project, result = sample
    normal = len(pypdf.PdfReader(str(build_pdf(project, result, tmp_path / "n.pdf", language=language))).pages)
    long = dataclasses.replace(project, meta=dataclasses.replace(project.meta, name=name))
    pages = pypdf.PdfReader(str(build_pdf(long, result, tmp_path / "l.pdf", language=language))).pages
    assert len(pages) <= normal + 1
    text = "".join(p.extract_text() for p in pages)
    assert ("共 20,000 字" if language == "zh" else "20,000 characters in all") in text
    assert name[:MAX_CELL_CHARS].replace(" ", "")[:50] in text.replace(" ", "").replace("\n", "")
