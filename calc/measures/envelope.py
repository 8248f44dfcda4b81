"""Envelope measures: insulation of walls, roof and floor, new windows,
airtightness. Each is ``fn(project, measure) -> Project`` applied to every
building; the project passed in is never changed.
"""

from __future__ import annotations

import dataclasses

from ..datasets import tables
from ..envelope import add_insulation
from ..model import Measure, Project
from ..units import Q_, magnitude

# Thermal-bridge allowance after external insulation: ETICS wraps the slab
# edges and columns, so the allowance falls to the DIN 4108 Beiblatt 2
# (category A) value 0.05 W/(m²K) of DIN V 4108-6 / GEG, against 0.10 for
# existing buildings without details and 0.15 with inside insulation.
EXTERNAL_INSULATION_THERMAL_BRIDGE_U = 0.05


def insulation_properties(material: str):
    """Design properties of an insulation product.

    Parameters
    ----------
    material : str
        Product key (EPS, XPS, rock_wool, PU, phenolic, aerogel, VIP).

    Returns
    -------
    (pint.Quantity, pint.Quantity, pint.Quantity)
        Design conductivity [W/(mK)] (GB 50176-2016 Table B.2 correction
        included), density [kg/m³], specific heat [J/(kgK)], from
        ``datasets/tables/insulation_products.csv``.
    """
    try:
        product = tables.insulation_product(material)
    except KeyError as e:
        raise ValueError(f"params.material: {e.args[0]}") from None
    return product["conductivity"], product["density"], product["specific_heat"]


def _insulate(element: str, inside: bool):
    def apply(project: Project, measure: Measure) -> Project:
        material = measure.param("material")
        thickness = Q_(magnitude(measure.param("thickness"), "mm", "params.thickness"), "mm")
        lam, rho, c = insulation_properties(material)
        buildings = tuple(
            dataclasses.replace(b, **{element: add_insulation(getattr(b, element), material, thickness, lam,
                                                              inside=inside, density=rho, specific_heat=c)},
                                **_thermal_bridges_after(b, element, inside))
            for b in project.buildings)
        return dataclasses.replace(project, buildings=buildings)
    apply.__doc__ = (f"Add insulation to every building's {element} (GB 50176-2016 design conductivity); "
                     "params: material, thickness [mm].")
    return apply


def _thermal_bridges_after(building, element: str, inside: bool) -> dict:
    """External wall insulation lowers the thermal-bridge allowance to
    ``EXTERNAL_INSULATION_THERMAL_BRIDGE_U`` (never raises it)."""
    if element != "wall" or inside:
        return {}
    du = min(magnitude(building.thermal_bridge_u, "W/(m**2*K)"), EXTERNAL_INSULATION_THERMAL_BRIDGE_U)
    return {"thermal_bridge_u": Q_(du, "W/(m**2*K)")}


def window_replacement(project: Project, measure: Measure) -> Project:
    """Replace every building's windows: params u_value [W/(m²K)], shgc [-],
    frame_fraction [-]; external shading is kept. New sealed windows bring
    the infiltration down to params.infiltration_ach [1/h] where it was
    higher."""
    u = Q_(magnitude(measure.param("u_value"), "W/(m**2*K)", "params.u_value"), "W/(m**2*K)")
    shgc = float(magnitude(measure.param("shgc"), "dimensionless", "params.shgc"))
    ff = float(magnitude(measure.param("frame_fraction"), "dimensionless", "params.frame_fraction"))
    n = magnitude(measure.param("infiltration_ach"), "1/h", "params.infiltration_ach")
    buildings = tuple(
        dataclasses.replace(b, window=dataclasses.replace(
            b.window, name=f"new window U {u.m:g}", u_value=u, shgc=shgc, frame_fraction=ff),
            ventilation=dataclasses.replace(b.ventilation, infiltration_ach=Q_(
                min(n, magnitude(b.ventilation.infiltration_ach, "1/h")), "1/h")))
        for b in project.buildings)
    return dataclasses.replace(project, buildings=buildings)


def airtightness(project: Project, measure: Measure) -> Project:
    """Seal the envelope: infiltration becomes params.infiltration_ach [1/h]
    where it was higher (sealing never makes a building leakier)."""
    n = magnitude(measure.param("infiltration_ach"), "1/h", "params.infiltration_ach")
    buildings = tuple(
        dataclasses.replace(b, ventilation=dataclasses.replace(
            b.ventilation, infiltration_ach=Q_(min(n, magnitude(b.ventilation.infiltration_ach, "1/h")), "1/h")))
        for b in project.buildings)
    return dataclasses.replace(project, buildings=buildings)


APPLY = {
    # ETICS on the outside of walls; roof insulation above the slab; floor
    # insulation on top of the existing slab, under a new screed
    "wall_insulation": _insulate("wall", inside=False),
    "roof_insulation": _insulate("roof", inside=False),
    "floor_insulation": _insulate("ground_floor", inside=True),
    "window_replacement": window_replacement,
    "airtightness": airtightness,
}
