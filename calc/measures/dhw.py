"""Hot-water measures."""

from __future__ import annotations

import dataclasses

from ..model import Measure, Project


def heat_pump_water_heater(project: Project, measure: Measure) -> Project:
    """Heat-pump water heaters replace the hot-water generators: the carrier
    becomes electricity and the system efficiency the heater's seasonal COP,
    so delivered electricity = hot-water heat need / COP (calc.supply).
    Systems already better than that COP stay.

    Parameters
    ----------
    project : Project
    measure : Measure
        ``cop`` [-], the seasonal COP (GB 29541-2013 rates heat-pump water
        heaters by COP at 20 °C ambient; about 3-4.5 for the grades, as
        recalled; a seasonal value lies below the rated one).
    """
    cop = float(measure.param("cop").to("dimensionless").m)
    buildings = []
    for b in project.buildings:
        eq = b.equipment
        if eq.dhw_demand.m > 0 and not (eq.dhw_carrier == "electricity" and eq.dhw_efficiency >= cop):
            b = b.replace(equipment=eq.replace(dhw_carrier="electricity", dhw_efficiency=cop))
        buildings.append(b)
    return dataclasses.replace(project, buildings=tuple(buildings))


APPLY = {"heat_pump_water_heater": heat_pump_water_heater}
