"""Cooling-side measures: new cooling units, external shading, cool roofs."""

from __future__ import annotations

import dataclasses

from ..datasets import tables
from ..model import Measure, Project
from ..shading import shaded_facades


def cooling_replacement(project: Project, measure: Measure) -> Project:
    """Chiller / VRF / split-unit replacement: every cooled building gets
    the cooling unit ``unit`` of datasets/tables/cooling_units.csv (system
    and seasonal efficiency SEER / IPLV of its energy-efficiency grade,
    GB 21455-2019 / GB 19577 / GB 55015-2021); the delivered cooling
    electricity is need / SEER (GB/T 51366-2019 eq. 4.3.1, calc.supply).
    A unit is never replaced by a worse one; buildings without cooling stay
    uncooled.

    Parameters
    ----------
    project : Project
    measure : Measure
        ``unit``: key of the cooling-unit table.
    """
    unit = tables.cooling_unit(measure.param("unit"))
    buildings = []
    for b in project.buildings:
        eq = b.equipment
        if eq.cooling_system != "none" and unit["seer"] > eq.cooling_seer:
            b = b.replace(equipment=eq.replace(cooling_system=unit["system"], cooling_seer=unit["seer"]))
        buildings.append(b)
    return dataclasses.replace(project, buildings=tuple(buildings))


def external_shading(project: Project, measure: Measure) -> Project:
    """External shading devices on the windows of the facades ticked in the
    measure (``south``, ``east``, ``north``, ``west``). The device lets
    ``shading_factor`` of the solar gain through while it shades (ISO
    13790:2008 clause 11.4.4; GB 50189-2015 external shading coefficient
    SD): a ``fixed`` one (overhangs, fins) all hours, a ``movable`` one
    (external blinds) only while the irradiance on its facade exceeds
    ``threshold`` (calc.shading), so it keeps the winter sun a fixed one
    loses. A device added where one already is multiplies its factor (light
    passes both); a movable one sets the threshold of all the window's
    blinds. The window's ``shading_factor`` (obstructions) is kept.

    By default the device goes on the sun-facing facades: south, east and
    west (GB 50189-2015 clause 3.2.5 asks for external shading on the
    windows in the hot-summer zones, horizontal on the south and movable on
    the east and west, as recalled); a north window in China (18-53° N)
    sees direct sun only early and late on summer days.

    Parameters
    ----------
    project : Project
    measure : Measure
        ``device`` (fixed or movable), ``shading_factor`` [-], the four
        facades (yes/no), ``threshold`` [W/m²] of a movable device.
    """
    f = float(measure.param("shading_factor").to("dimensionless").m)
    kind = measure.param("device")
    facades = shaded_facades(measure)
    buildings = []
    for b in project.buildings:
        win = b.window
        changes = {f"{kind}_shading_{x}": getattr(win, f"{kind}_shading_{x}") * f for x in facades}
        if kind == "movable":
            changes["movable_threshold"] = measure.param("threshold")
        buildings.append(b.replace(window=win.replace(**changes)))
    return dataclasses.replace(project, buildings=tuple(buildings))


def cool_roof(project: Project, measure: Measure) -> Project:
    """A reflective (cool) roof finish: the roof's solar absorptance falls to
    ``solar_absorptance`` (never rises). The hourly model takes the absorbed
    sun through the outside film (ISO 13790:2008 clause 11.3.5), so the
    summer saving and the winter penalty both come out of the physics.

    Parameters
    ----------
    project : Project
    measure : Measure
        ``solar_absorptance`` [-] of the new finish (GB 50176-2016 Table B.5
        lists light-coloured coatings at about 0.3-0.5, as recalled).
    """
    alpha = float(measure.param("solar_absorptance").to("dimensionless").m)
    buildings = []
    for b in project.buildings:
        roof = b.roof
        buildings.append(b.replace(roof=roof.replace(solar_absorptance=min(roof.solar_absorptance, alpha))))
    return dataclasses.replace(project, buildings=tuple(buildings))


APPLY = {"cooling_replacement": cooling_replacement, "external_shading": external_shading,
         "cool_roof": cool_roof}
