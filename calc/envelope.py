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
import functools

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

# Internal constructions of the zone, which the building model does not
# describe layer by layer, for the detailed heat capacity of ISO 13790:2008
# clause 12.3.1.2. Intermediate floor slab between storeys: two halves, each
# 20 mm screed + 60 mm reinforced concrete (a 140-160 mm RC floor with
# screed, the common cast-in-situ / hollow-core floor of Chinese residential
# and office blocks); the floor face shows the screed, the ceiling face the
# concrete. Partitions per thermal-mass class: m² of partition per m² of
# floor area (each face counted) and the layer (GB 50176-2016 Appendix B
# material values). The same descriptions feed the EnergyPlus reference
# model (tests/validation/idf.py).
_SCREED = Layer(material="screed", thickness=Q_(20.0, "mm"), conductivity=Q_(0.93, "W/(m*K)"),
                density=Q_(1800.0, "kg/m**3"), specific_heat=Q_(1050.0, "J/(kg*K)"))
_RC_HALF = Layer(material="reinforced concrete (half)", thickness=Q_(60.0, "mm"),
                 conductivity=Q_(1.74, "W/(m*K)"), density=Q_(2500.0, "kg/m**3"),
                 specific_heat=Q_(920.0, "J/(kg*K)"))
# ceiling half, outside (slab middle) to inside (room below)
SLAB_HALF_LAYERS = (_SCREED, _RC_HALF)
_BLOCK = Layer(material="light concrete block partition", thickness=Q_(100.0, "mm"),
               conductivity=Q_(0.5, "W/(m*K)"), density=Q_(1200.0, "kg/m**3"), specific_heat=Q_(1000.0, "J/(kg*K)"))
_GYPSUM = Layer(material="gypsum board partition", thickness=Q_(25.0, "mm"), conductivity=Q_(0.25, "W/(m*K)"),
                density=Q_(900.0, "kg/m**3"), specific_heat=Q_(1000.0, "J/(kg*K)"))
_BRICK = Layer(material="brick partition (half, both faces exposed)", thickness=Q_(120.0, "mm"),
               conductivity=Q_(0.81, "W/(m*K)"), density=Q_(1800.0, "kg/m**3"), specific_heat=Q_(1050.0, "J/(kg*K)"))
PARTITIONS = {
    # class: (partition face area per floor area [-] counting one face, layer;
    # each partition has two faces)
    "very_light": (0.0, None),
    "light": (1.0, _GYPSUM),
    "medium": (1.0, _BLOCK),
    "heavy": (1.0, _BRICK),
    "very_heavy": (1.5, _BRICK),
}


@functools.lru_cache(maxsize=32)
def face_heat_capacity(layers) -> float:
    """κ_m [J/(m²K)] of one face of an internal element whose middle plane
    is adiabatic (a half slab, a partition layer seen from one side):
    ISO 13786:2017 Annex C.2.4 on the half mirrored, so that the limit
    "half the total thickness" is the half's own thickness.

    Parameters
    ----------
    layers : tuple of Layer
        The half, from its middle plane to the exposed face.
    """
    half = tuple(layers)
    return areal_heat_capacity(Construction(name="internal", layers=half[::-1] + half)).m


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
    for layer in construction.layers:
        d, lam = layer_si(layer)
        r += d / lam
    return Q_(r, "m**2*K/W")


# Thickness and conductivity of a layer in SI floats: the resistance, the
# heat capacity, the ground's wall thickness and the periodic response of
# every state of a building ask for them again, at two pint conversions a
# layer each time (layers hash by value, computed once per object).
def layer_si(layer: Layer) -> tuple:
    """``(d [m], λ [W/(mK)])`` of a layer."""
    try:
        return _layer_si_of(layer)
    except TypeError:  # not hashable
        return _layer_si(layer)


@functools.lru_cache(maxsize=4096)
def _layer_si_of(layer: Layer) -> tuple:
    return _layer_si(layer)


def _layer_si(layer: Layer) -> tuple:
    return (magnitude(layer.thickness, "m", "layer.thickness"),
            magnitude(layer.conductivity, "W/(m*K)", "layer.conductivity"))


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
    (ISO 6946:2017 eq. 7), and the layer is recorded too, except on a
    construction known only by its U-value (no layers): a lone insulation
    layer would stand for the whole build-up and switch the zone's heat
    capacity from the mass class to the layer method (ISO 13790 clause
    12.3.1.2), a 3-5× jump that made insulation raise heating. Outside
    insulation leaves the internal heat capacity as it was, so such a
    construction stays known by its U-value, the insulation named.

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
    u_given = construction.u_value
    if u_given is not None and not construction.layers:
        layers = ()
    else:
        layers = construction.layers + (layer,) if inside else (layer,) + construction.layers
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
    si = [layer_si(l) for l in layers]
    thicknesses = [d for d, _ in si]
    limit = min(EFFECTIVE_DEPTH_MAX, 0.5 * sum(thicknesses))
    kappa, depth = 0.0, 0.0
    for layer, (d, lam) in zip(layers, si):
        if lam < INSULATING_CONDUCTIVITY:
            break
        take = min(d, limit - depth)
        if take <= 0.0:
            break
        if layer.density is not None and layer.specific_heat is not None:
            kappa += layer.density.to("kg/m**3").m * layer.specific_heat.to("J/(kg*K)").m * take
        depth += take
    return Q_(kappa, "J/(m**2*K)")


def has_heat_capacity(construction: Construction) -> bool:
    """True when every layer gives density and specific heat (the detailed
    heat capacity of ISO 13790 clause 12.3.1.2 can be used)."""
    return bool(construction.layers) and all(
        l.density is not None and l.specific_heat is not None for l in construction.layers)


def detailed_mass_parameters(elements):
    """Effective mass area and internal heat capacity from the elements,
    ISO 13790:2008 clause 12.3.1.2: C_m = Σ κ_j A_j (eq. 66),
    A_m = C_m² / Σ A_j κ_j² (eq. 65).

    Parameters
    ----------
    elements : iterable of (float, float)
        Area A_j [m²] and areal heat capacity κ_j [J/(m²K)] of each face in
        contact with the zone air.

    Returns
    -------
    (pint.Quantity, pint.Quantity)
        A_m [m²], C_m [J/K].
    """
    items = [(float(a), float(k)) for a, k in elements if a > 0 and k > 0]
    c_m = sum(a * k for a, k in items)
    if c_m <= 0:
        return Q_(0.0, "m**2"), Q_(0.0, "J/K")
    return Q_(c_m ** 2 / sum(a * k * k for a, k in items), "m**2"), Q_(c_m, "J/K")


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


# --------------------------------------------------------------------------
# Surface heat transfer in operation (as opposed to the rating conditions
# above). U-values are *rated* with fixed surface resistances; in the hourly
# simulation the construction resistance R_c = 1/U − R_si − R_se (rating
# values) is combined with the surface films of the hour.

# EN ISO 10077-1:2017 clause 6.2: inside resistance of a window's rating [m²K/W]
R_SI_WINDOW_RATING = 0.13
# EN ISO 10077-1:2017 clause 6.2: outside resistance of a window's rating [m²K/W]
R_SE_WINDOW_RATING = 0.04
# Stefan-Boltzmann constant [W/(m²K⁴)]
STEFAN_BOLTZMANN = 5.670374419e-8
CELSIUS_TO_KELVIN = 273.15
# Long-wave emissivity of the outside surface [-]: building materials 0.9
# (ISO 6946:2017 Annex C); soda-lime glass 0.84 (EN 673:2011 clause 5.3)
EMISSIVITY_OPAQUE = 0.9
EMISSIVITY_GLASS = 0.84
# Solar absorptance of window frames [-]: a mid-coloured frame (white 0.2-0.3,
# dark 0.8-0.9; ASHRAE Handbook Fundamentals 2017 ch. 15), the building model
# does not give it; the EnergyPlus reference uses the same value
FRAME_SOLAR_ABSORPTANCE = 0.5
# Wind profile, ASHRAE Handbook Fundamentals 2009 ch. 24 eq. 4 and Table 1
# (also EnergyPlus Engineering Reference, "Local wind speed"): the weather
# station (open terrain, α = 0.14, boundary layer δ = 270 m, anemometer at
# 10 m) and the building site, taken as suburbs / towns (α = 0.22,
# δ = 370 m) — residential and office blocks of Chinese cities.
WIND_MET_EXPONENT, WIND_MET_LAYER, WIND_MET_HEIGHT = 0.14, 270.0, 10.0
WIND_SITE_EXPONENT, WIND_SITE_LAYER = 0.22, 370.0
# DOE-2 exterior convection (Lawrence Berkeley Laboratory 1994, DOE-2.1E
# Supplement; Yazdanian and Klems 1994; EnergyPlus Engineering Reference,
# "DOE-2 model"): h_glass = sqrt(h_n² + (a·v^b)²), windward a = 3.26,
# b = 0.89; leeward a = 3.55, b = 0.617 [W/(m²K), v in m/s]
DOE2_WINDWARD = (3.26, 0.89)
DOE2_LEEWARD = (3.55, 0.617)
# Roughness multipliers R_f of the DOE-2 model (Walton 1981, TARP):
# medium rough (concrete, render, brick) and very smooth (glass); the window
# frame is taken as medium smooth (metal / painted frames)
ROUGHNESS_MEDIUM_ROUGH = 1.52
ROUGHNESS_MEDIUM_SMOOTH = 1.13
ROUGHNESS_GLASS = 1.0
# Natural convection, Walton (1983) as used by TARP and DOE-2:
# vertical h_n = 1.31 |Δθ|^(1/3); horizontal facing up, surface warmer
# than the air (unstable) 9.482 |Δθ|^(1/3) / (7.238 − 1), colder (stable)
# 1.810 |Δθ|^(1/3) / (1.382 + 1) [W/(m²K)]
WALTON_VERTICAL = 1.31
WALTON_UP_UNSTABLE = 9.482 / (7.238 - 1.0)
WALTON_UP_STABLE = 1.810 / (1.382 + 1.0)
# Inside convection, TARP (Walton 1983; EnergyPlus Engineering Reference,
# "TARP algorithm", the default inside algorithm): vertical 1.31 |Δθ|^(1/3);
# a ceiling colder than the air below (unstable) 9.482 |Δθ|^(1/3) / (7.238 − 1)
# [W/(m²K)]. Inside long-wave exchange h_ri = 4 ε σ T_i³ (ISO 6946:2017
# Annex C.2) at the inside temperature.
# Inside convection at glazing, ISO 15099:2003 clause 8.3.2.2 (natural
# convection at a vertical indoor glazing surface, laminar branch
# Nu = 0.56 (Ra sin γ)^(1/4), which holds for vertical glazing below
# Ra_cv ≈ 1e11), with the air properties of ISO 15099 Annex B:
# λ = 2.873e-3 + 7.76e-5 T [W/(mK)], μ = 3.723e-6 + 4.94e-8 T [Pa s],
# c_p = 1002.737 + 1.2324e-2 T [J/(kgK)], ρ = p M / (R T), M = 28.97 g/mol.
ISO15099_NU_COEF = 0.56
AIR_MOLAR_MASS = 0.02897      # [kg/mol]
GAS_CONSTANT = 8.314462618    # [J/(mol K)]
STANDARD_PRESSURE = 101325.0  # [Pa]
GRAVITY = 9.80665             # [m/s²]
# Fixed-point passes for the film coefficients, and the step each pass takes
# from the last estimate of the outside surface-air difference towards the
# new one: the plain iteration alternates (both coefficients rise with the
# difference, which falls as they rise) and leaves up to 0.6 % after five
# passes, these four 0.05 % of U and of θ_eq's rise over still air, wind,
# sun and insulation (tests/calc/test_envelope.py)
FILM_PASSES = 4
FILM_RELAX = 0.8
# Share of the facade hours that are windward when the wind direction is not
# known (a facade faces the wind for half of the compass) [-]
WINDWARD_SHARE_FACADE = 0.5
# Sky view of the long-wave exchange (Walton 1983, TARP; EnergyPlus
# Engineering Reference "External longwave radiation"): F_sky = (1 + cos β)/2
# of which the part √((1 + cos β)/2) sees the sky temperature and the rest,
# near the horizon, the air temperature; the ground is at the air temperature.


def glazing_inside_convection(d_theta, theta_i, height):
    """Natural convection coefficient at the room side of vertical glazing
    [W/(m²K)], ISO 15099:2003 clause 8.3.2.2 (laminar, vertical).

    Parameters
    ----------
    d_theta : array of float
        Room air minus glass surface temperature [K].
    theta_i : float
        Room air temperature [°C].
    height : float
        Height of the glazing [m].
    """
    dt = np.abs(np.asarray(d_theta, dtype=float))
    t_m = theta_i + CELSIUS_TO_KELVIN - 0.5 * np.asarray(d_theta, dtype=float)  # mean film temperature [K]
    lam = 2.873e-3 + 7.76e-5 * t_m
    mu = 3.723e-6 + 4.94e-8 * t_m
    cp = 1002.737 + 1.2324e-2 * t_m
    rho = STANDARD_PRESSURE * AIR_MOLAR_MASS / (GAS_CONSTANT * t_m)
    ra = rho ** 2 * height ** 3 * GRAVITY * cp * dt / (t_m * mu * lam)
    return ISO15099_NU_COEF * ra ** 0.25 * lam / height


def construction_resistance(u_rated: float, r_si_rating: float, r_se_rating: float) -> float:
    """R_c = 1/U − R_si − R_se [m²K/W] of a rated U [W/(m²K)], ≥ 0
    (ISO 6946:2017 eq. 7 solved for the layers)."""
    return max(1.0 / u_rated - r_si_rating - r_se_rating, 0.0)


def site_wind_speed(v_met, height):
    """Wind speed at a surface's height on the site [m/s].

    v = v_met (δ_met/z_met)^α_met (z/δ)^α (ASHRAE Handbook Fundamentals 2009
    ch. 24 eq. 4, suburban terrain), from the weather station's 10 m wind.

    Parameters
    ----------
    v_met : array of float
        Weather-station wind speed [m/s].
    height : float
        Height of the surface's centroid above ground [m].
    """
    z = max(float(height), 1.0)
    f = (WIND_MET_LAYER / WIND_MET_HEIGHT) ** WIND_MET_EXPONENT * (z / WIND_SITE_LAYER) ** WIND_SITE_EXPONENT
    return np.asarray(v_met, dtype=float) * f


def natural_convection(d_theta, tilt: str):
    """Walton (1983) natural convection coefficient [W/(m²K)].

    Parameters
    ----------
    d_theta : array of float
        Surface minus air temperature [K].
    tilt : {"vertical", "horizontal_up"}
    """
    a = np.abs(d_theta) ** (1.0 / 3.0)
    if tilt == "vertical":
        return WALTON_VERTICAL * a
    return np.where(d_theta > 0.0, WALTON_UP_UNSTABLE, WALTON_UP_STABLE) * a


def _forced_squares(v_local, windward_share: float):
    # (a v^b)² of the windward and leeward DOE-2 terms with their weights
    v = np.asarray(v_local, dtype=float)
    return [(share, (a * v ** b) ** 2) for (a, b), share in
            ((DOE2_WINDWARD, windward_share), (DOE2_LEEWARD, 1.0 - windward_share)) if share > 0.0]


def _doe2(h_n, forced, roughness):
    out = 0.0
    for share, f2 in forced:
        out = out + share * (h_n + roughness * (np.sqrt(h_n * h_n + f2) - h_n))
    return out


def doe2_convection(h_n, v_local, roughness: float, windward_share: float):
    """DOE-2 exterior convection coefficient [W/(m²K)].

    h_c = h_n + R_f (h_glass − h_n), h_glass = √(h_n² + (a v^b)²), with the
    windward and leeward (a, b) weighted by ``windward_share`` (EnergyPlus
    Engineering Reference, DOE-2 model; Yazdanian and Klems 1994).

    Parameters
    ----------
    h_n : array of float
        Natural convection coefficient [W/(m²K)].
    v_local : array of float
        Wind speed at the surface [m/s].
    roughness : float
        Roughness multiplier R_f [-].
    windward_share : float
        Share of the hours the surface faces the wind [-].
    """
    return _doe2(np.asarray(h_n, dtype=float), _forced_squares(v_local, windward_share), roughness)


# Outside coefficient of a rain-wetted surface [W/(m²K)]: EnergyPlus sets
# 1000, which holds the face at the outdoor wet-bulb temperature while the
# weather reports rain (Engineering Reference, "Outside surface heat
# balance", rain)
WET_SURFACE_COEFFICIENT = 1000.0


def sky_radiation(theta_e, theta_sky, emissivity: float, tilt: str):
    """Long-wave exchange of an exterior face (see :func:`exterior_film`).

    Returns
    -------
    (array, array)
        h_r = 4 ε σ T_e³ [W/(m²K)], the coefficient of a face at the air
        temperature (the film's first pass), and the loss to the sky
        h_r,sky F (θ_e − θ_sky) [W/m²].
    """
    theta_e = np.asarray(theta_e, dtype=float)
    te = theta_e + CELSIUS_TO_KELVIN
    ts = np.asarray(theta_sky, dtype=float) + CELSIUS_TO_KELVIN
    h_r = surface_radiation(theta_e, 0.0, emissivity)
    h_r_sky = emissivity * STEFAN_BOLTZMANN * (te ** 2 + ts ** 2) * (te + ts)
    f_view = 0.5 * (1.0 + (0.0 if tilt == "vertical" else 1.0))
    f_sky = f_view * np.sqrt(f_view)
    return h_r, h_r_sky * f_sky * (theta_e - theta_sky)


def surface_radiation(theta_e, surface_excess, emissivity: float):
    """Long-wave coefficient between an exterior face and surroundings at
    the air temperature, h_r = ε σ (T_s² + T_e²)(T_s + T_e) [W/(m²K)], the
    secant of ε σ (T_s⁴ − T_e⁴) at the face's temperature T_s = T_e +
    ``surface_excess`` (EnergyPlus's outside long-wave, linearised each time
    step about the surface temperature; Engineering Reference, "Outside
    Surface Heat Balance"). A sunlit face hotter than the air loses more than
    4 ε σ T_e³ per kelvin."""
    te = np.asarray(theta_e, dtype=float) + CELSIUS_TO_KELVIN
    ts = te + surface_excess
    return emissivity * STEFAN_BOLTZMANN * (te * te + ts * ts) * (te + ts)


def wind_convection(v_met, height: float, roughness: float, windward_share: float):
    """The wind's part of the DOE-2 outside convection of a face (see
    :func:`exterior_film`): ``(forced, h_c)``, the weighted squares of the
    forced terms and the coefficient without natural convection [W/(m²K)]."""
    forced = tuple(_forced_squares(site_wind_speed(v_met, height), windward_share))
    return forced, _doe2(0.0, forced, roughness)


def exterior_film(theta_e, theta_sky, v_met, absorbed, r_c, theta_i, *, height, tilt,
                  roughness, emissivity, windward_share, glazing_height=None, wet=None, theta_wet=None,
                  radiation=None, wind=None):
    """Hourly surface films of one exterior element, linearised.

    Outside: the surface balance α I + h_c (θ_e − θ_so) + h_r (θ_e − θ_so)
    + h_r,sky F (θ_sky − θ_e) = q_cond (long-wave to sky, air and ground
    linearised, at the face's temperature; F = F_v √F_v with F_v = (1 + cos β)/2,
    the part of the sky view that sees the sky temperature, Walton 1983)
    gives the conductance per area 1/(R_si + R_c + 1/(h_c + h_r)) towards the
    equivalent outside temperature
    θ_eq = θ_e + (α I − h_r,sky F (θ_e − θ_sky)) / (h_c + h_r)
    (ISO 52016-1:2017 clause 6.5.7 per surface; ISO 13790:2008 clause
    11.3.5 / 11.4.6 with the operating film instead of R_se = 0.04).
    h_r = ε σ (T_so² + T_e²)(T_so + T_e) (:func:`surface_radiation`), h_r,sky =
    ε σ (T_e² + T_sky²)(T_e + T_sky); h_c is the DOE-2 coefficient at the site
    wind of the surface's height, its natural part, like h_r, from the outside
    surface-air difference of the same balance.
    Inside: R_si = 1/(h_ci + h_ri), natural convection from the inside
    surface-air difference q/(h_ci + h_ri) (TARP; at glazing ISO 15099
    clause 8.3.2.2 with its height) and h_ri = 4 ε σ T_i³.
    The surface differences are found by fixed-point passes with the inside
    held at ``theta_i``.

    Parameters
    ----------
    theta_e, theta_sky : array of float
        Air and sky temperature [°C].
    v_met : array of float
        Weather-station wind speed [m/s].
    absorbed : array of float
        Absorbed short-wave irradiance α I [W/m²].
    r_c : float
        Construction resistance, surface to surface [m²K/W].
    theta_i : float
        Inside temperature for the surface differences [°C].
    height : float
        Centroid height [m].
    tilt : {"vertical", "horizontal_up"}
        Walls and windows, or a flat roof (its inside face is a ceiling).
    roughness, emissivity, windward_share : float
    glazing_height : float, optional
        Height of a glazing [m]: its inside convection follows ISO 15099.
    wet : array of bool, optional
        Hours in which rain wets the face: it then sits at ``theta_wet``
        behind WET_SURFACE_COEFFICIENT, and its absorbed sun and sky loss go
        into the water (the reference engine's rain model).
    theta_wet : array of float, optional
        Outdoor wet-bulb temperature [°C], with ``wet``.
    radiation, wind : tuple, optional
        :func:`sky_radiation` and :func:`wind_convection` of these
        arguments, when already at hand (they depend on the weather and the
        face's exposure only).

    Returns
    -------
    (array, array)
        Conductance per area U_op [W/(m²K)] and θ_eq [°C].
    """
    theta_e = np.asarray(theta_e, dtype=float)
    h_r, sky_loss = radiation if radiation is not None else sky_radiation(theta_e, theta_sky, emissivity, tilt)
    h_ri = 4.0 * emissivity * STEFAN_BOLTZMANN * (theta_i + CELSIUS_TO_KELVIN) ** 3
    source = absorbed - sky_loss  # [W/m²]
    forced, h_c = wind if wind is not None else wind_convection(v_met, height, roughness, windward_share)
    h_ci = 0.0
    inside = (WALTON_VERTICAL if tilt == "vertical" else WALTON_UP_UNSTABLE)
    excess = 0.0  # outside surface minus air [K], relaxed from the second pass on
    for k in range(FILM_PASSES):
        h_se = h_c + h_r
        r_in = 1.0 / (h_ci + h_ri) + r_c
        u_op = 1.0 / (r_in + 1.0 / h_se)
        t_eq = theta_e + source / h_se
        q = u_op * (theta_i - t_eq)  # heat flow through the element [W/m²]
        # outside surface minus air: (source + q) / h_se; inside air minus surface: q / (h_ci + h_ri)
        excess = excess + (FILM_RELAX if k else 1.0) * ((source + q) / h_se - excess)
        h_c = _doe2(natural_convection(excess, tilt), forced, roughness)
        h_r = surface_radiation(theta_e, excess, emissivity)
        if glazing_height is None:
            h_ci = inside * np.abs(q / (h_ci + h_ri)) ** (1.0 / 3.0)
        else:
            h_ci = glazing_inside_convection(q / (h_ci + h_ri), theta_i, glazing_height)
    h_se = h_c + h_r
    r_inside = 1.0 / (h_ci + h_ri)
    u_op = 1.0 / (r_inside + r_c + 1.0 / h_se)
    t_eq = theta_e + source / h_se
    if wet is not None:
        u_wet = 1.0 / (r_inside + r_c + 1.0 / WET_SURFACE_COEFFICIENT)
        u_op = np.where(wet, u_wet, u_op)
        t_eq = np.where(wet, theta_wet, t_eq)
    return u_op, t_eq
