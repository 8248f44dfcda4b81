"""Every measure applies at the ends of its parameter ranges.

A measure's parameters are validated against MEASURE_PARAMS, and the
building it makes against the building model's own bounds; where the two
disagree (a measure accepts a value the building it builds may not hold),
an accepted project fails inside the assessment. Each numeric parameter
is set to its lowest and highest accepted value, one at a time, and the
measure applied to each sample project that accepts it (a measure that
does not suit a project, a network measure on a gas boiler, is refused by
the project's validation, not by the assessment).
"""

from pathlib import Path

import pytest

from calc.measures import apply_measure
from calc.model import MEASURE_PARAMS, Measure
from calc.projectfile import load
from calc.schema import ValidationError

EXAMPLES = Path(__file__).resolve().parents[2] / "datasets" / "examples"
SAMPLES = [load(p) for p in sorted(EXAMPLES.glob("*.json")) if p.stem != "stock_package"]
# just inside a strict bound, at a closed one
STRICT_STEP = 1e-6


def _ends(decl):
    low = decl["ge"] if decl["ge"] is not None else (decl["gt"] + STRICT_STEP if decl["gt"] is not None else None)
    return [x for x in (low, decl["le"]) if x is not None]


CASES = [(kind, name, x) for kind, spec in MEASURE_PARAMS.items() for name, decl in spec.items()
         if "options" not in decl for x in _ends(decl)]


@pytest.mark.parametrize("kind,name,value", CASES, ids=[f"{k}.{n}={v:g}" for k, n, v in CASES])
def test_measure_applies_at_its_parameter_bounds(kind, name, value):
    decl = MEASURE_PARAMS[kind][name]
    try:  # a measure's own rules may refuse a value its range admits (a window better than any product)
        measure = Measure(kind=kind, params={name: f"{value!r} {decl['unit']}"})
    except ValidationError:
        return
    for project in _accepting(measure):
        apply_measure(project, measure)  # raises a ValidationError where the two ranges disagree


def _accepting(measure):
    out = []
    for project in SAMPLES:
        try:
            out.append(project.replace(measures=(measure,)))
        except ValidationError:
            pass
    return out


@pytest.mark.parametrize("kind", sorted(MEASURE_PARAMS))
def test_some_sample_takes_each_kind(kind):
    """The bounds test above means something only where a sample accepts the kind."""
    assert _accepting(Measure(kind=kind, params={})), kind


def test_the_cases_include_the_hot_water_cop():
    assert ("heat_pump_water_heater", "cop", MEASURE_PARAMS["heat_pump_water_heater"]["cop"]["le"]) in CASES
