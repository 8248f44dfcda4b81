"""Cooling-side measures: new cooling units, external shading, cool roofs."""

from __future__ import annotations

import dataclasses

from ..datasets import tables
from ..model import Measure, Project


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
    """External shading devices on the windows: the window's shading
    reduction factor is multiplied by the device's ``shading_factor``
    (ISO 13790:2008 clause 11.4.4 / GB 50189-2015 external shading
    coefficient SD: the share of the solar gain the device lets through,
    a seasonal mean). One window type per building: the device is on every
    facade.

    Parameters
    ----------
    project : Project
    measure : Measure
        ``device`` (fixed or movable; prices differ), ``shading_factor`` [-].
    """
    f = float(measure.param("shading_factor").to("dimensionless").m)
    buildings = []
    for b in project.buildings:
        win = b.window
        buildings.append(b.replace(window=win.replace(shading_factor=win.shading_factor * f)))
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
