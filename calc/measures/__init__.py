"""Measures as transformations of the model: ``project -> new project``.

Each submodule maps the measure kinds it implements to a function
``apply(project, measure) -> Project``; the baseline project is never
changed, so before and after always coexist.
"""

from __future__ import annotations

import dataclasses

from ..model import MEASURE_KINDS, Measure, Project
from . import cooling, dhw, envelope, equipment, operation, pv, supply

APPLY = {**envelope.APPLY, **supply.APPLY, **pv.APPLY, **equipment.APPLY}
APPLY.update({**operation.APPLY, **cooling.APPLY, **dhw.APPLY})


def apply_measure(project: Project, measure: Measure) -> Project:
    """The project with one measure applied (the measure's ``enabled`` flag
    is not looked at here)."""
    try:
        fn = APPLY[measure.kind]
    except KeyError:
        raise ValueError(f"measure kind {measure.kind!r} has no implementation; implemented: "
                         + ", ".join(sorted(APPLY))) from None
    # The result is the building after the measure, not a plan: it carries
    # no measures and no variants, so the package's and the variants' rules
    # (which measure suits which heat source) are checked once on the
    # project as entered, never on a half-transformed one (a heat pump
    # measure would otherwise trip a boiler renewal's rule).
    if project.measures or project.variants:
        project = dataclasses.replace(project, measures=(), variants=())
    return fn(project, measure)


def apply_measures(project: Project, measures) -> Project:
    """The project with several measures applied in order."""
    for m in measures:
        project = apply_measure(project, m)
    return project


def missing_kinds() -> list[str]:
    return [k for k in MEASURE_KINDS if k not in APPLY]
