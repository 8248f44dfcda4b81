"""Measures on how public buildings are run: strict indoor temperatures and
building automation (group control of the electrical equipment).

The State Council's 2024-2025 plan asks public buildings to keep strict
indoor temperatures and to use group control; the national rule on indoor
temperatures of public buildings (General Office of the State Council,
国办发〔2007〕42号, "关于严格执行公共建筑空调温度控制标准的通知": cooling not
below 26 °C, heating not above 20 °C; as recalled, see datasets/SOURCES.md)
gives the limits. Dwellings are left as they are.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from .. import schedules
from ..model import DayProfiles, Measure, Project, format_profile
from ..units import Q_
from .equipment import lighting_gain_ratio


def public_setpoint_control(project: Project, measure: Measure) -> Project:
    """Setpoints of public buildings held to the rule: heating at most
    ``heating_setpoint`` (20 °C), cooling at least ``cooling_setpoint``
    (26 °C); setpoints already inside the limits stay. The setback never
    exceeds the new heating setpoint.

    Parameters
    ----------
    project : Project
    measure : Measure
        ``heating_setpoint``, ``cooling_setpoint`` [°C].
    """
    t_heat = measure.param("heating_setpoint").to("degC").m
    t_cool = measure.param("cooling_setpoint").to("degC").m
    buildings = []
    for b in project.buildings:
        if b.is_public:
            op = b.operation
            heat = min(op.heating_setpoint.to("degC").m, t_heat)
            op = op.replace(heating_setpoint=Q_(heat, "degC"),
                            cooling_setpoint=Q_(max(op.cooling_setpoint.to("degC").m, t_cool), "degC"),
                            setback_setpoint=Q_(min(op.setback_setpoint.to("degC").m, heat), "degC"))
            b = b.replace(operation=op)
        buildings.append(b)
    return dataclasses.replace(project, buildings=tuple(buildings))


def _masked(profiles: DayProfiles, occupied: DayProfiles, scale: float = 1.0) -> DayProfiles:
    """``profiles`` × ``scale`` in the occupied hours of each day type, 0 in
    the others."""
    days = [np.asarray(v) * scale * (np.asarray(o) > 0)
            for v, o in zip(profiles.days(), occupied.days())]
    return DayProfiles(weekday=format_profile(days[0]), saturday=format_profile(days[1]),
                       sunday=format_profile(days[2]))


def automated_schedule(schedule, lighting_saving: float):
    """The schedule under building automation (group control).

    Saving mechanism, stated: (1) heating at the occupied setpoint and
    cooling only in occupied hours (time programs replace manual
    operation: no early start, no cooling of empty rooms; the setback holds
    otherwise); (2) plug loads and lighting switched off by group control
    when the building is empty; (3) lighting use in occupied hours reduced
    by ``lighting_saving`` (presence and daylight control; EN 15193-1
    occupancy and daylight dependency factors, typically 0.1-0.3, as
    recalled).
    """
    occ = schedule.occupancy
    return dataclasses.replace(
        schedule, name=(schedule.name + " + automation").strip(),
        heating=_masked(schedule.heating, occ), cooling=_masked(schedule.cooling, occ),
        appliances=_masked(schedule.appliances, occ),
        lighting=_masked(schedule.lighting, occ, 1.0 - lighting_saving))


def building_automation(project: Project, measure: Measure) -> Project:
    """Building automation / group control in public buildings: the
    building's schedule becomes :func:`automated_schedule` of its current
    one, and the internal gains fall by the lighting and plug-load heat no
    longer given off (annual means, as :func:`calc.measures.equipment.
    lighting_retrofit` does), so the hourly model sees the interaction.

    Parameters
    ----------
    project : Project
    measure : Measure
        ``lighting_saving`` [-].
    """
    saving = float(measure.param("lighting_saving").to("dimensionless").m)
    buildings = []
    for b in project.buildings:
        if b.is_public:
            op = b.operation
            new = op.replace(custom_schedule=automated_schedule(schedules.schedule_of(op), saving))
            cut = (_electric_heat(b, op) - _electric_heat(b, new))
            gains = max(op.internal_gains.to("W/m**2").m - cut, 0.0)
            b = b.replace(operation=new.replace(internal_gains=Q_(gains, "W/m**2")))
        buildings.append(b)
    return dataclasses.replace(project, buildings=tuple(buildings))


def _electric_heat(b, op) -> float:
    """Lighting and plug-load heat of the building under ``op``, in the unit
    of ``internal_gains`` (mean W/m² while occupied) [W/m²]."""
    eq = b.equipment
    light = eq.lighting_power.to("W/m**2").m * lighting_gain_ratio(op)
    return light + eq.appliance_power.to("W/m**2").m * _appliance_gain_ratio(op)


def _appliance_gain_ratio(op) -> float:
    from ..climate import year_index

    prof = schedules.operation_profiles(op, year_index())
    gain = prof.internal_gains.sum()
    return float(prof.appliances.sum() / gain) if gain > 0 else 0.0


APPLY = {"public_setpoint_control": public_setpoint_control, "building_automation": building_automation}
