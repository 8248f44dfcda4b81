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
