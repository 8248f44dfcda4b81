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


def elevator_modernisation(project: Project, measure: Measure) -> Project:
    """Elevator modernisation (the plan lists elevators among the renewals):
    gearless permanent-magnet drives with regeneration cut the travel power
    by ``running_saving``; controller, car light and drive standby fall to
    ``standby_power`` (VDI 4707-1 standby class A ≤ 50 W, as recalled).
    Never raises a power; buildings without elevators stay.

    Parameters
    ----------
    project : Project
    measure : Measure
        ``running_saving`` [-], ``standby_power`` [W].
    """
    cut = float(measure.param("running_saving").to("dimensionless").m)
    standby = measure.param("standby_power").to("W").m
    buildings = []
    for b in project.buildings:
        eq = b.equipment
        if eq.elevators > 0:
            eq = eq.replace(elevator_running_power=eq.elevator_running_power * (1.0 - cut),
                            elevator_standby_power=Q_(min(eq.elevator_standby_power.to("W").m, standby), "W"))
            b = b.replace(equipment=eq)
        buildings.append(b)
    return dataclasses.replace(project, buildings=tuple(buildings))


def mvhr(project: Project, measure: Measure) -> Project:
    """Mechanical ventilation with heat recovery: a balanced air change
    ``mechanical_ach`` in the schedule's ventilation hours with sensible
    recovery ``heat_recovery`` (bypassed when the outdoor air is above the
    heating setpoint, calc.thermal), and the fans' electricity at
    ``fan_specific_power`` (GB 50189-2015 W_s). Infiltration is unchanged
    (sealing is the airtightness measure).

    Parameters
    ----------
    project : Project
    measure : Measure
        ``mechanical_ach`` [1/h], ``heat_recovery`` [-],
        ``fan_specific_power`` [W/(m³/h)].
    """
    ach = measure.param("mechanical_ach").to("1/h").m
    eta = float(measure.param("heat_recovery").to("dimensionless").m)
    sfp = measure.param("fan_specific_power").to("W/(m**3/h)").m
    buildings = []
    for b in project.buildings:
        v = b.ventilation.replace(mechanical_ach=Q_(ach, "1/h"), heat_recovery=eta,
                                  fan_specific_power=Q_(sfp, "W/(m**3/h)"))
        buildings.append(b.replace(ventilation=v))
    return dataclasses.replace(project, buildings=tuple(buildings))


APPLY = {"lighting_retrofit": lighting_retrofit, "elevator_modernisation": elevator_modernisation, "mvhr": mvhr}
