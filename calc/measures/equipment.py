"""Measures on the building services other than heat supply."""

from __future__ import annotations

import dataclasses

from .. import schedules
from ..climate import year_index
from ..model import Measure, Operation, Project
from ..units import Q_


def lighting_gain_ratio(operation) -> float:
    """Annual lighting heat per W/m² of installed lighting, expressed in the
    unit of the model's ``internal_gains`` (mean gain while occupied) [-]:
    Σ lighting use / Σ internal-gain factor over the reference year, from
    the building's schedule (a GB 50189-2015 Appendix B preset or its own,
    calc.schedules). ``operation`` may also be a preset name."""
    index = year_index()
    if isinstance(operation, str):
        prof = schedules.operation_profiles(Operation(heating_setpoint=Q_(18.0, "degC"), internal_gains=Q_(0.0, "W/m**2"),
                                                      schedule=operation), index)
    else:
        prof = schedules.operation_profiles(operation, index)
    gain = prof.internal_gains.sum()
    return float(prof.lighting.sum() / gain) if gain > 0 else 0.0


def lighting_retrofit(project: Project, measure: Measure) -> Project:
    """LED lighting: the installed lighting power density falls to the
    measure's value (never rises), and the internal gains fall by the heat
    that lighting no longer gives off, so the hourly model sees more heating
    and less cooling need -- the interaction comes out of the physics.

    Parameters
    ----------
    project : Project
    measure : Measure
        ``lighting_power`` [W/m²], the new installed power density.
    """
    target = measure.param("lighting_power").to("W/m**2").m
    buildings = []
    for b in project.buildings:
        old = b.equipment.lighting_power.to("W/m**2").m
        new = min(old, target)
        cut = (old - new) * lighting_gain_ratio(b.operation)
        gains = max(b.operation.internal_gains.to("W/m**2").m - cut, 0.0)
        buildings.append(dataclasses.replace(
            b, equipment=dataclasses.replace(b.equipment, lighting_power=Q_(new, "W/m**2")),
            operation=dataclasses.replace(b.operation, internal_gains=Q_(gains, "W/m**2"))))
    return dataclasses.replace(project, buildings=tuple(buildings))


APPLY = {"lighting_retrofit": lighting_retrofit}
