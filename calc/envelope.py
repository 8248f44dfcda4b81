"""Opaque envelope constructions: thermal transmittance, added insulation,
areal heat capacity.

Surface resistances follow GB 50176-2016 Appendix B (Tables B.4.1 and
B.4.2): inside 0.11 m²K/W (α_i = 8.7 W/(m²K)) for walls, floors and flat
ceilings, outside 0.04 m²K/W (α_e = 23 W/(m²K), winter) for elements in
contact with outdoor air. GB 50176 does not split the inside value by the
direction of heat flow; for the roof (heat flow upward in winter) and for
floors (heat flow downward) the ISO 6946:2017 Table 7 values are used, which
is what ISO 13370 expects for the floor of a building on the ground.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from .model import THERMAL_MASS, Construction, Layer
from .units import Q_, check_dimension, magnitude

# GB 50176-2016 Table B.4.1 (inside, walls) and B.4.2 (outside, winter) [m²K/W]
R_SI_WALL = 0.11
R_SE_AIR = 0.04
# ISO 6946:2017 Table 7: inside resistance for heat flow upward / downward [m²K/W]
R_SI_UPWARD = 0.10
R_SI_DOWNWARD = 0.17

SURFACE_RESISTANCES = {
    # element: (R_si, R_se) [m²K/W]
    "wall": (R_SI_WALL, R_SE_AIR),
    "roof": (R_SI_UPWARD, R_SE_AIR),
    # a ground floor's outside is soil: ISO 13370 clause 9.1 adds R_se = 0.04
    # in its equivalent thickness; the floor's own U uses the same pair
    "floor": (R_SI_DOWNWARD, R_SE_AIR),
}

# ISO 13790:2008 Table 12: effective mass area A_m per floor area [-] and
# internal heat capacity C_m per floor area [J/(m²K)] of each mass class.
MASS_CLASS_TABLE = {
    "very_light": (2.5, 80_000.0),
    "light": (2.5, 110_000.0),
    "medium": (2.5, 165_000.0),
    "heavy": (3.0, 260_000.0),
    "very_heavy": (3.5, 370_000.0),
}

# ISO 13786:2017 Annex C.2.4 (simplified method): the effective thickness is
# the smallest of 0.10 m, half the total thickness, and the thickness up to
# the first insulating layer, counted from the inside.
EFFECTIVE_DEPTH_MAX = 0.10  # [m]
INSULATING_CONDUCTIVITY = 0.1  # [W/(mK)]: layers below this count as insulation


def _check_element(element: str) -> None:
    if element not in SURFACE_RESISTANCES:
        raise ValueError(f"element: {element!r} is not known; allowed: " + ", ".join(SURFACE_RESISTANCES))


def layers_resistance(construction: Construction):
    """Sum of the layers' thermal resistances d/λ, without surfaces.

    Parameters
    ----------
    construction : Construction
        Layers from outside to inside (thickness [mm], conductivity [W/(mK)]).

    Returns
    -------
    pint.Quantity
        R [m²K/W] (GB 50176-2016 eq. 3.4.1 / ISO 6946 eq. 7, homogeneous layers).
    """
    r = 0.0
    for i, layer in enumerate(construction.layers):
        d = magnitude(layer.thickness, "m", f"layers[{i}].thickness")
        lam = magnitude(layer.conductivity, "W/(m*K)", f"layers[{i}].conductivity")
        r += d / lam
    return Q_(r, "m**2*K/W")


def u_value(construction: Construction, element: str = "wall"):
    """Thermal transmittance of an opaque construction.

    The given ``u_value`` wins when set; otherwise
    U = 1 / (R_si + Σ d/λ + R_se) (GB 50176-2016 clause 3.4.1, surface
    resistances from its Tables B.4.1/B.4.2; roof and floor per heat-flow
    direction from ISO 6946:2017 Table 7).

    Parameters
    ----------
    construction : Construction
        The build-up.
    element : {"wall", "roof", "floor"}
        Which surface resistances apply.

    Returns
    -------
    pint.Quantity
        U [W/(m²K)].
    """
    _check_element(element)
    if construction.u_value is not None:
        return check_dimension(construction.u_value, "W/(m**2*K)", "u_value")
    r_si, r_se = SURFACE_RESISTANCES[element]
    return Q_(1.0 / (r_si + r_se + layers_resistance(construction).m), "W/(m**2*K)")


def add_insulation(construction: Construction, material_name: str, thickness, conductivity,
                   *, inside: bool = False, density=None, specific_heat=None) -> Construction:
    """A new construction with an insulation layer added.

    The layer goes on the outside (ETICS walls, roofs) unless ``inside``
    (floors insulated from above). When the construction carries a given
    U-value, that U is updated in series: U' = 1 / (1/U + d/λ)
    (ISO 6946:2017 eq. 7), and the layer is recorded too.

    Parameters
    ----------
    construction : Construction
        Existing build-up (not changed).
    material_name : str
        Name of the insulation product.
    thickness : pint.Quantity
        Insulation thickness [mm].
    conductivity : pint.Quantity
        Design conductivity [W/(mK)], GB 50176 correction factor included.
    inside : bool
        Put the layer on the inside face instead of the outside.
    density, specific_heat : pint.Quantity, optional
        [kg/m³], [J/(kgK)] of the insulation, for the heat capacity.

    Returns
    -------
    Construction
        The insulated construction.
    """
    d = magnitude(thickness, "mm", "thickness")
    d_m = magnitude(thickness, "m", "thickness")
    lam = magnitude(conductivity, "W/(m*K)", "conductivity")
    layer = Layer(material=material_name, thickness=Q_(d, "mm"), conductivity=Q_(lam, "W/(m*K)"),
                  density=density, specific_heat=specific_heat)
    layers = construction.layers + (layer,) if inside else (layer,) + construction.layers
    u_given = construction.u_value
    if u_given is not None:
        u = magnitude(u_given, "W/(m**2*K)", "u_value")
        u_given = Q_(1.0 / (1.0 / u + d_m / lam), "W/(m**2*K)")
    name = f"{construction.name} + {d:g} mm {material_name}".strip(" +")
    return dataclasses.replace(construction, layers=layers, u_value=u_given, name=name)


def areal_heat_capacity(construction: Construction):
    """Internal areal heat capacity κ_m of a construction, simplified method.

    κ_m = Σ ρ_j c_j d_j over the layers from the inside up to the effective
    thickness: the least of 0.10 m, half the total thickness, and the depth of
    the first insulating layer (ISO 13786:2017 Annex C.2.4, as used by
    ISO 13790:2008 clause 12.3.1.2). Layers without density or specific heat
    contribute nothing.

    Parameters
    ----------
    construction : Construction
        Layers outside to inside.

    Returns
    -------
    pint.Quantity
        κ_m [J/(m²K)].
    """
    layers = construction.layers[::-1]  # inside first
    thicknesses = [magnitude(l.thickness, "m", "thickness") for l in layers]
    limit = min(EFFECTIVE_DEPTH_MAX, 0.5 * sum(thicknesses))
    kappa, depth = 0.0, 0.0
    for layer, d in zip(layers, thicknesses):
        if magnitude(layer.conductivity, "W/(m*K)", "conductivity") < INSULATING_CONDUCTIVITY:
            break
        take = min(d, limit - depth)
        if take <= 0.0:
            break
        if layer.density is not None and layer.specific_heat is not None:
            kappa += layer.density.to("kg/m**3").m * layer.specific_heat.to("J/(kg*K)").m * take
        depth += take
    return Q_(kappa, "J/(m**2*K)")


def mass_parameters(thermal_mass: str, floor_area):
    """Effective mass area and internal heat capacity of a zone.

    Parameters
    ----------
    thermal_mass : str
        ISO 13790 class: very_light, light, medium, heavy, very_heavy.
    floor_area : pint.Quantity
        Conditioned floor area A_f [m²].

    Returns
    -------
    (pint.Quantity, pint.Quantity)
        A_m [m²] and C_m [J/K] (ISO 13790:2008 Table 12).
    """
    if thermal_mass not in MASS_CLASS_TABLE:
        raise ValueError(f"thermal_mass: {thermal_mass!r} is not known; allowed: " + ", ".join(THERMAL_MASS))
    a_f = magnitude(floor_area, "m**2", "floor_area")
    am_per_af, cm_per_af = MASS_CLASS_TABLE[thermal_mass]
    return Q_(am_per_af * np.asarray(a_f), "m**2"), Q_(cm_per_af * np.asarray(a_f), "J/K")
