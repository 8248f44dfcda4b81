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


def solar_thermal(project: Project, measure: Measure) -> Project:
    """Solar water heating on the roof: collectors of ``roof_share`` × the
    roof area at ``tilt`` / ``azimuth`` meet the solar fraction of the hot
    water (calc.solar_thermal: pvlib plane-of-array irradiance, EN ISO 9806
    collector curve, a day's store); the hot-water heat the building's own
    system must supply falls by that fraction.

    Parameters
    ----------
    project : Project
    measure : Measure
        ``roof_share`` [-], ``tilt``, ``azimuth`` [deg].
    """
    from ..climate import weather_for_site
    from ..geometry import footprint_area
    from ..solar_thermal import building_solar_fraction
    from ..units import Q_

    weather = weather_for_site(project.site)
    share = float(measure.param("roof_share").to("dimensionless").m)
    tilt, azimuth = measure.param("tilt").to("deg").m, measure.param("azimuth").to("deg").m
    buildings = []
    for b in project.buildings:
        eq = b.equipment
        if eq.dhw_demand.m > 0:
            area = share * footprint_area(b).to("m**2").m
            f = building_solar_fraction(b, weather, area, tilt, azimuth)
            demand = eq.dhw_demand.to("kWh/(m**2*a)").m * (1.0 - f)
            b = b.replace(equipment=eq.replace(dhw_demand=Q_(demand, "kWh/(m**2*a)")))
        buildings.append(b)
    return dataclasses.replace(project, buildings=tuple(buildings))


APPLY = {"heat_pump_water_heater": heat_pump_water_heater, "solar_thermal": solar_thermal}
