"""Two enabled measures of one kind are refused by the model's validation
(they would stack thicknesses and count the investment twice)."""

from pathlib import Path

import pytest

from calc import projectfile
from calc.model import Measure
from calc.schema import ValidationError, set_path

SAMPLE = Path(__file__).resolve().parents[2] / "datasets" / "examples" / "residential_beijing_1980s.json"


def _with(project, *measures):
    return set_path(project, "measures", tuple(measures))


def test_two_enabled_wall_insulations_are_refused():
    p = projectfile.load(SAMPLE)
    with pytest.raises(ValidationError) as info:
        _with(p, Measure(kind="wall_insulation"), Measure(kind="roof_insulation"),
              Measure(kind="wall_insulation", params={"thickness": 80}))
    errors = info.value.errors
    assert [e.path for e in errors] == ["measures[2].kind"]
    assert "measures[0]" in errors[0].message and "stack" in errors[0].message


def test_a_switched_off_alternative_of_the_same_kind_is_allowed():
    p = projectfile.load(SAMPLE)
    q = _with(p, Measure(kind="wall_insulation"), Measure(kind="wall_insulation", enabled=False))
    assert len(q.measures) == 2
    with pytest.raises(ValidationError):
        set_path(q, "measures[1].enabled", True)


def test_the_samples_have_no_duplicates():
    # the sample projects (the folder also holds a stock's package: a list of measures)
    samples = [p for p in sorted(SAMPLE.parent.glob("*.json")) if not p.name.startswith("stock_")]
    assert len(samples) >= 3
    for path in samples:
        projectfile.load(path)  # raises on a duplicate
