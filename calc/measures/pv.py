"""Rooftop photovoltaics as a measure: put an array on every roof."""

from __future__ import annotations

from ..model import PVSystem


def rooftop_pv(project, measure):
    """The project with ``building.pv`` set on every building from the
    measure's parameters (coverage [-], tilt [deg], azimuth [deg], module).

    Loss and inverter settings of an array already on a building are kept
    (the measure re-plans the array, it does not re-rate the components);
    a building without one gets the PVSystem defaults (PVWatts 14 % DC
    losses, 96 % inverter, Dobos 2014).
    """
    p = measure.params
    buildings = tuple(_with_pv(b, p) for b in project.buildings)
    return project.replace(buildings=buildings)


def _with_pv(building, params):
    old = building.pv if building.pv is not None else PVSystem()
    pv = old.replace(coverage=float(params["coverage"].to("dimensionless").m), tilt=params["tilt"],
                     azimuth=params["azimuth"], module=params["module"])
    return building.replace(pv=pv)


APPLY = {"rooftop_pv": rooftop_pv}
