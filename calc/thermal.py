"""Hourly heating and cooling need of one building, ISO 13790:2008 5R1C.

The building is one thermal zone. Set-up (vectorised numpy) turns the model
and the weather into conductances, equivalent outside temperatures and heat
flows; :func:`calc.rc_core.run_5r1c` runs the compiled hourly loop, or
:func:`calc.rc_2c.run_2c` when walls and roof are given by layers: they then
have a capacity node of their own beside the mass node of the slabs,
partitions and ground floor (docs/engine.md, "Two capacities").

U-values are rating values (fixed surface resistances). In the simulation
each exterior element keeps its construction resistance and gets the films of
the hour: ISO 6946 inside resistances, DOE-2 wind-dependent outside
convection and linearised long-wave exchange with sky, air and ground
(:func:`calc.envelope.exterior_film`). Absorbed sun and the sky loss enter as
an equivalent outside temperature of each element through that film
(ISO 52016-1:2017 per surface; ISO 13790:2008 clauses 11.3.5 / 11.4.6 with
the operating film). Windows get the sky term only; their transmitted sun is
a gain. The outside conductances therefore vary hour by hour.
"""

from __future__ import annotations

import dataclasses
import functools
import math
from dataclasses import dataclass

import numpy as np

from . import climate, element_response, envelope, geometry, ground, schedules, shading, solar
from .model import FACADES, Building
from .rc_2c import run_2c, warmup_length_2c
from .rc_core import NO_COOLING, NO_HEATING, run_5r1c, warmup_length
from .units import Q_, magnitude

# ISO 13790:2008 clause 7.2.2.2: ratio of internal surface area to floor area [-]
LAMBDA_AT = 4.5
# ISO 13790:2008 clause 7.2.2.2: heat transfer coefficient air - surface node [W/(m²K)]
H_IS = 3.45
# Air-to-surface coupling in operation: natural convection at the inside
# surfaces (TARP / Walton 1983, the EnergyPlus default inside algorithm),
# h_ci = C |Δθ|^(1/3) with surfaces colder than the air: floors (stable,
# 1.810/(1.382 + 1) = 0.760), ceilings (unstable, 9.482/(7.238 − 1) = 1.520)
# and walls/partitions (1.31), weighted over Λ_at = 4.5 as 1 : 1 : 2.5 [W/(m²K⁴ᐟ³)]
INSIDE_CONVECTION_COEF = (0.760 + 1.520 + 2.5 * 1.31) / LAMBDA_AT
# Radiative exchange coefficient between inside surfaces of the star
# network [W/(m²K)]: h_is = h_ci (1 + h_ci / h_rs) (star-delta equivalence);
# 6.58 is the value for which ISO 13790's h_ci = 2.5 W/(m²K) gives its
# h_is = 3.45 W/(m²K)
H_RS = 2.5 ** 2 / (H_IS - 2.5)
# The air-surface coupling of an hour from that hour's own air-surface
# difference (calc.rc_core._coupled_hour), as EnergyPlus's TARP inside
# convection follows the surfaces within its ten-minute steps; False takes
# the previous hour's difference, which in the first hour of heating or
# cooling after a float couples the air too weakly to the surfaces
# (docs/engine.md, "Air-surface coupling").
SAME_HOUR_COUPLING = True
# Lower limit of a convection coefficient [W/(m²K)] (EnergyPlus Engineering
# Reference, "Convection coefficient limits": 0.1)
H_CONVECTION_MIN = 0.1
# ISO 13790:2008 clause 12.2.2: heat transfer coefficient mass - surface node [W/(m²K)]
H_MS = 9.1
# ISO 13790:2008 clause C.2: half of the internal gains go to the air node
# (the default of Operation.gains_convective_share)
INTERNAL_TO_AIR = 0.5
# ISO 13790:2008 clause 9.3.1: volumetric heat capacity of air ρ_a c_a
# [J/(m³K)], the rating value of heat_transfer_coefficients (the hourly
# simulation takes ρ of the outdoor air, see air_heat_capacity_rate)
AIR_VOLUMETRIC_HEAT = 1200.0
# Specific gas constant of dry air [J/(kgK)] and specific heat of air at
# constant pressure [J/(kgK)] (ASHRAE Handbook Fundamentals 2017 ch. 1)
GAS_CONSTANT_DRY_AIR = 287.058
AIR_SPECIFIC_HEAT = 1006.0
# Net air volume / gross heated volume [-] (DIN V 4108-6 / EnEV: V = 0.8 V_e
# for buildings of more than three storeys)
NET_VOLUME_RATIO = 0.8
# Smallest glazing height for the inside convection [m] (a 0.3 m light)
MIN_GLAZING_HEIGHT = 0.3
# Lower bounds of the mass node: A_m per floor area [-] (ISO 13790 Table
# 12's "very light" class), and C_m per floor area [J/(m²K)], a numerical
# guard only: far below any real zone (one 12 mm plasterboard lining stores
# about 10 kJ/(m²K) per m² of its surface), it keeps the Crank-Nicolson step
# from ringing in a zone of almost no mass. It was 80 kJ/(m²K), the Table 12
# "very light" value, which doubled the mass of a lightweight box (ASHRAE
# 140 case 600: 40 kJ/(m²K) from its layers) and stored solar surplus the
# box cannot store: heating 14-24 % (and cooling 9-13 %) low against
# EnergyPlus in every climate; without it heating agrees within ±1.2 %
# (docs/validation.md).
MIN_MASS_AREA_RATIO = 2.5
MIN_HEAT_CAPACITY = 10_000.0
# When the opaque conductance is too large for the mass coupling (tiny zones
# with huge U), H_tr,em would be negative; the part above this share of
# H_tr,ms bypasses the mass and joins the window path (steady state kept).
MAX_EM_SERIES_SHARE = 0.5
# H_tr,is is raised to at least this multiple of the air-to-air transmission
# conductance (only in zones far smaller than their envelope conductance).
MIN_IS_TO_TR = 2.0
# Wall thickness when the wall has no layers [m] (for ISO 13370 d_t)
DEFAULT_WALL_THICKNESS = 0.3
# Weather plausibility range for the air and sky temperature [°C]; the
# weather reader refuses files outside it
TEMPERATURE_RANGE = climate.TEMPERATURE_RANGE
WATT_HOUR_PER_KWH = 1000.0
SECONDS_PER_HOUR = 3600.0
WATT_PER_KW = 1000.0


@dataclass(frozen=True)
class ThermalResult:
    """Hourly need of one building (docs/architecture.md contract).

    Attributes
    ----------
    heating : pint.Quantity
        Ideal heating need per hour [W] (8760).
    cooling : pint.Quantity
        Ideal sensible cooling need per hour [W], ≥ 0.
    t_air : pint.Quantity
        Indoor air temperature [°C].
    floor_area : pint.Quantity
        Gross heated floor area [m²].
    losses : dict of pint.Quantity
        Heat lost over the heating season [kWh] by ``walls``, ``roof``,
        ``floor``, ``windows``, ``thermal_bridges``, ``ventilation``.
    gains : dict of pint.Quantity
        Heat gained over the heating season [kWh]: ``solar`` (through
        windows), ``internal``.
    """

    heating: object
    cooling: object
    t_air: object
    floor_area: object
    losses: dict
    gains: dict


@dataclass(frozen=True)
class ZoneInputs:
    """Everything the hourly loop needs, in SI floats (arrays of n hours)."""

    c_m: float
    h_is: float         # lower bound of H_tr,is [W/K]
    is_area: float      # A_t [m²] of the convective air-surface coupling
    h_w: float
    h_ms: float
    h_em: float
    h_ve: np.ndarray
    theta_sup: np.ndarray
    theta_w: np.ndarray
    theta_em: np.ndarray
    phi_ia: np.ndarray
    phi_st: np.ndarray
    phi_m: np.ndarray
    theta_h_set: np.ndarray
    theta_c_set: np.ndarray
    # bookkeeping for the loss breakdown
    season: np.ndarray
    em_parts: dict      # name -> (H [W/K] in the mass path, θ_eq array)
    w_parts: dict       # name -> (H [W/K] in the surface path, θ_eq array)
    phi_int: np.ndarray
    phi_sol: np.ndarray
    phi_lost: np.ndarray  # gains ISO 13790 eq. C.3 sends straight back out [W]
    floor_area: float
    external: object = None  # ExternalNode of the two-capacity zone, else None


# arrays derived from a weather, shared by every building simulated with it
_WEATHER = schedules.IdentityMemo(schedules.WEATHERS_KEPT)


def _weather_arrays(weather):
    return _WEATHER.get(weather, "arrays", lambda: _checked_weather_arrays(weather))


def _wind(weather) -> np.ndarray:
    return _WEATHER.get(weather, "wind_speed", lambda: weather.data["wind_speed"].to_numpy(dtype=float))


# Ground under a slab: "periodic" -- ISO 13370 Annex A equivalent temperature
# from the year of the open ground's sol-air temperature
# (calc.ground.periodic_ground_temperature, _ground_surface_temperature); "epw" --
# the weather file's shallow monthly ground temperatures (before; kept for
# comparisons, docs/validation.md).
GROUND_MODEL = "periodic"
# Solar absorptance of the open ground around the building [-]: 1 − the
# ground albedo of the transposition (calc.solar.GROUND_ALBEDO, ISO
# 52010-1:2017 clause 6.4.4 default 0.2), so the sun the facades see
# reflected is the sun the ground did not absorb
GROUND_SOLAR_ABSORPTANCE = 1.0 - solar.GROUND_ALBEDO
# Opaque walls and roof pass their equivalent outside temperature on with
# their ISO 13786 periodic response (calc.element_response) instead of in
# the same hour; False: the plain 5R1C (kept for comparisons).
DELAY_OPAQUE = True
# While the weather reports rain the outside faces are wet and sit at the
# outdoor wet-bulb temperature (calc.envelope.exterior_film); False: rain
# ignored (kept for comparisons).
RAIN_WETS_SURFACES = True


def _ground_temperature(b, weather, h_g):
    if GROUND_MODEL != "periodic" or b.floor_type != "slab_on_ground":
        return _hourly_ground(weather)
    perimeter = _shape(b).perimeter
    d_t = _PARTS.get(("d_t", b.wall, b.ground_floor), lambda: _equivalent_thickness(b))
    h_pe, beta = ground.slab_periodic(perimeter, d_t)
    key = ("ground_periodic", round(h_pe / h_g, 9) if h_g > 0 else 0.0, round(beta, 9))
    return _GROUND.get(weather, key, lambda: ground.periodic_ground_temperature(
        _ground_surface_temperature(weather), h_g, h_pe, beta))


# The slab's ground temperature depends on each building's perimeter and
# floor, so a stock gives nearly every row its own: a bounded number per
# weather keeps a worker's memory flat over the rows.
_GROUND = schedules.IdentityMemo(schedules.WEATHERS_KEPT, per_object=64)


def _ground_surface_temperature(weather) -> np.ndarray:
    """Equivalent temperature of the open ground around the building [°C]:
    the sol-air temperature of a horizontal face at ground level
    (calc.envelope.exterior_film: DOE-2 convection, long-wave to the whole
    sky, rain) absorbing 1 − albedo of the global sun. The soil under a
    slab is warmed by the sun on the ground beside it, not by the air
    alone: on the summer block in Urumqi the air-driven ground took 11.0 MWh
    out of the zone in June-September against 2.0 MWh in EnergyPlus's Kiva
    ground (which has the sun on its grade), and Kiva without that sun took
    10.8 MWh (docs/engine.md, "The ground in the sun")."""
    w = _weather_arrays(weather)
    absorbed = lambda: GROUND_SOLAR_ABSORPTANCE * weather.data["ghi"].to_numpy(dtype=float)  # noqa: E731
    # below the surface the annual wave reaches δ (ISO 13370 Annex A) into
    # soil near the year's mean temperature
    r_soil = ground.penetration_depth() / ground.SOIL_CONDUCTIVITY
    _, t_eq = _exterior_film(weather, ("ground_surface", GROUND_SOLAR_ABSORPTANCE), absorbed, r_soil,
                             float(np.mean(w["temp_air"])), height=0.0, tilt="horizontal_up",
                             # the film of the walls and roof (height 0: the site wind's lowest, 1 m)
                             roughness=envelope.ROUGHNESS_MEDIUM_ROUGH, emissivity=envelope.EMISSIVITY_OPAQUE,
                             windward_share=1.0)
    return t_eq


def _equivalent_thickness(b) -> float:
    """d_t = w + λ (R_si + R_f + R_se) [m] of ISO 13370:2017 clause 9.1."""
    if b.ground_floor.u_value is not None:
        r_f = max(1.0 / b.ground_floor.u_value.to("W/(m**2*K)").m - envelope.R_SI_DOWNWARD - envelope.R_SE_AIR, 0.0)
    else:
        r_f = envelope.layers_resistance(b.ground_floor).m
    return _wall_thickness(b) + ground.SOIL_CONDUCTIVITY * (ground.R_SI_FLOOR + r_f + ground.R_SE_FLOOR)


def _hourly_ground(weather) -> np.ndarray:
    return _WEATHER.get(weather, "ground", lambda: ground.hourly_ground_temperature(
        weather.ground_temperature, weather.data.index))


# Outside films of the elements: a measure that changes one element (or
# none, as a new boiler) leaves the films of the others as they were, so
# they are memoised per weather on every input of the film. A value is two
# arrays of a year (~0.14 MB); at most 64 per weather, for
# schedules.WEATHERS_KEPT weathers (buildings of one archetype in one city
# share their films).
_FILMS = schedules.IdentityMemo(schedules.WEATHERS_KEPT, per_object=64)


def _exterior_film(weather, absorbed_key, absorbed, r_c, theta_i, **kw):
    """envelope.exterior_film with the weather's air, sky and wind,
    memoised. ``absorbed_key`` identifies the absorbed-sun array, which
    ``absorbed()`` computes, among all those of this weather."""
    w = _weather_arrays(weather)
    key = (absorbed_key, float(r_c), float(theta_i), tuple(sorted(kw.items())))
    wet = _rain(weather) if RAIN_WETS_SURFACES else None
    return _FILMS.get(weather, key, lambda: envelope.exterior_film(
        absorbed=absorbed(), r_c=r_c, theta_e=w["temp_air"], theta_sky=w["sky_temperature"],
        v_met=_wind(weather), theta_i=theta_i, wet=wet,
        theta_wet=None if wet is None else _wet_bulb(weather),
        radiation=_sky_radiation(weather, kw["emissivity"], kw["tilt"]),
        wind=_wind_convection(weather, kw["height"], kw["roughness"], kw["windward_share"]), **kw))


# The weather's part of the films: the long-wave terms per emissivity and
# tilt, the wind's per height, roughness and windward share. The films of
# the elements of one building (and of its other states) share them; a wind
# entry is up to three arrays of a year, a building needs four.
_FILM_WIND = schedules.IdentityMemo(schedules.WEATHERS_KEPT, per_object=8)


def _sky_radiation(weather, emissivity: float, tilt: str):
    w = _weather_arrays(weather)
    return _WEATHER.get(weather, ("sky_radiation", float(emissivity), tilt), lambda: envelope.sky_radiation(
        w["temp_air"], w["sky_temperature"], emissivity, tilt))


def _wind_convection(weather, height: float, roughness: float, windward_share: float):
    def compute():
        forced, h_c = envelope.wind_convection(_wind(weather), height, roughness, windward_share)
        for _, f2 in forced:
            f2.setflags(write=False)
        return forced, h_c
    return _FILM_WIND.get(weather, (float(height), float(roughness), float(windward_share)), compute)


def _rain(weather):
    """Hours of rain of the weather (bool; none when the file gives no
    present-weather observation), or None when it never rains."""
    def rain():
        d = weather.data
        x = d["rain"].to_numpy(dtype=bool) if "rain" in d.columns else np.zeros(len(d), dtype=bool)
        return x if x.any() else None
    return _WEATHER.get(weather, "rain", rain)


def _wet_bulb(weather):
    d = weather.data
    return _WEATHER.get(weather, "wet_bulb", lambda: climate.wet_bulb_celsius(
        _weather_arrays(weather)["temp_air"], d["relative_humidity"].to_numpy(dtype=float),
        d["pressure"].to_numpy(dtype=float)))


def _checked_weather_arrays(weather):
    d = weather.data
    n = len(d)
    if n == 0:
        raise ValueError("weather.data: no hours")
    out = {}
    for col in ("temp_air", "sky_temperature"):
        x = d[col].to_numpy(dtype=float)
        lo, hi = TEMPERATURE_RANGE
        if not np.all(np.isfinite(x)) or x.min() < lo or x.max() > hi:
            raise ValueError(f"weather.data.{col}: values must be finite and within {lo:g}..{hi:g} °C "
                             f"(got {np.nanmin(x):g}..{np.nanmax(x):g})")
        x.setflags(write=False)
        out[col] = x
    return out


def _facade_areas(b: Building) -> tuple:
    """Opaque wall and window areas [m²] of the facades (FACADES order),
    as tuples of floats."""
    try:
        return _facade_areas_of(b.geometry)
    except TypeError:  # geometry not hashable
        return _areas(b)


def _areas(b) -> tuple:
    return (tuple(geometry.wall_area(b, f).m for f in FACADES),
            tuple(geometry.window_area(b, f).m for f in FACADES))


# The areas depend on the geometry alone, which most measures leave as it is.
@functools.lru_cache(maxsize=64)
def _facade_areas_of(g) -> tuple:
    return _areas(_GeometryOnly(g))


@dataclass(frozen=True)
class _GeometryOnly:
    geometry: object


def _wall_thickness(b: Building) -> float:
    layers = sum(envelope.layer_si(l)[0] for l in b.wall.layers)
    if b.wall.u_value is not None:
        # With a given U the layers may describe only part of the wall (e.g.
        # insulation added to a wall known by its U-value); never let that
        # make the ISO 13370 wall thickness smaller than the default.
        return max(layers, DEFAULT_WALL_THICKNESS)
    return layers if b.wall.layers else DEFAULT_WALL_THICKNESS


_PARTS = schedules.PartsMemo(256)
# SI scalars of single parts (a construction's U, a geometry's areas, a
# ventilation's air changes): the states of an assessment share every part
# a measure leaves alone, and each value costs pint conversions far dearer
# than its arithmetic (~0.1-0.3 ms each, several per simulation). Scalars
# are small, so many are kept.
_SI = schedules.PartsMemo(2048)


@dataclass(frozen=True)
class _Shape:
    """SI scalars of a geometry: areas [m²], volume [m³], heights and
    perimeter [m], facade azimuths [deg] (FACADES order)."""

    floor_area: float
    footprint: float
    volume: float
    storey_height: float
    height: float
    perimeter: float
    azimuths: tuple


def _shape(b: Building) -> _Shape:
    return _SI.get(("shape", b.geometry), lambda: _shape_of(_GeometryOnly(b.geometry)))


def _shape_of(b) -> _Shape:
    g = b.geometry
    storey_height = magnitude(g.storey_height, "m", "storey_height")
    return _Shape(floor_area=geometry.floor_area(b).m, footprint=geometry.footprint_area(b).m,
                  volume=geometry.volume(b).m, storey_height=storey_height, height=storey_height * g.storeys,
                  perimeter=2.0 * (g.length.to("m").m + g.width.to("m").m),
                  azimuths=tuple(geometry.facade_azimuth(b, f) for f in FACADES))


def _u_value(construction, element: str) -> float:
    """envelope.u_value [W/(m²K)] of a construction, memoised."""
    return _SI.get(("u", construction, element), lambda: envelope.u_value(construction, element).m)


def _air_changes(v) -> tuple:
    """Infiltration, mechanical and window-airing air changes [1/h]."""
    return _SI.get(("ach", v), lambda: (v.infiltration_ach.to("1/h").m, v.mechanical_ach.to("1/h").m,
                                        v.window_airing_ach.to("1/h").m))


def _setpoints(op) -> tuple:
    """Heating (with the overheating allowance), setback and cooling
    setpoints [°C] and the internal gains [W/m²] of an operation."""
    def compute():
        t_heat = (magnitude(op.heating_setpoint, "degC", "heating_setpoint")
                  + magnitude(op.overheating, "K", "overheating"))
        return (t_heat, magnitude(op.setback_setpoint, "degC", "setback_setpoint"),
                magnitude(op.cooling_setpoint, "degC", "cooling_setpoint"),
                magnitude(op.internal_gains, "W/m**2", "internal_gains"))
    return _SI.get(("setpoints", op), compute)


def zone_mass(b: Building, external: bool = True):
    """Effective mass area A_m [m²] and internal heat capacity C_m [J/K]
    (:func:`_zone_mass`), memoised on the parts it depends on; without the
    walls and roof when ``external`` is False (the two-capacity zone)."""
    return _PARTS.get(("mass", b.geometry, b.wall, b.roof, b.ground_floor, b.thermal_mass, b.internal_mass,
                       external), lambda: _zone_mass(b, external))


def _zone_mass(b: Building, external: bool = True):
    """Effective mass area A_m [m²] and internal heat capacity C_m [J/K].

    ISO 13790:2008 clause 12.3.1.2 (detailed) when walls, roof and ground
    floor have layers with density and specific heat: the inside faces of the
    opaque walls, the roof and the ground floor (κ by ISO 13786 Annex C.2.4
    from their layers), both faces of the storeys' intermediate slabs, and the
    partitions of the thermal-mass class (calc.envelope.SLAB_HALF_LAYERS,
    PARTITIONS). Otherwise the class values of Table 12.
    """
    shape = _shape(b)
    a_f = shape.floor_area
    if not all(envelope.has_heat_capacity(c) for c in (b.wall, b.roof, b.ground_floor)):
        a_m, c_m = envelope.mass_parameters(b.thermal_mass, Q_(a_f, "m**2"))
        return float(a_m.m), float(c_m.m)
    footprint = shape.footprint
    slab_faces = max(b.geometry.storeys - 1, 0) * footprint
    half, share, partition = internal_constructions(b)
    elements = [
        (sum(_facade_areas(b)[0]), _areal_heat_capacity(b.wall)),
        (footprint, _areal_heat_capacity(b.roof)),
        (footprint, _areal_heat_capacity(b.ground_floor)),
        (slab_faces, _face_heat_capacity(half)),          # ceilings below the slabs
        (slab_faces, _face_heat_capacity(half[::-1])),    # floors on the slabs
    ]
    if partition:
        elements.append((2.0 * share * a_f, _face_heat_capacity(partition)))
    if not external:
        elements = elements[2:]
    a_m, c_m = envelope.detailed_mass_parameters(elements)
    return float(a_m.m), float(c_m.m)


def _areal_heat_capacity(construction) -> float:
    """envelope.areal_heat_capacity [J/(m²K)], memoised on the construction."""
    return _SI.get(("kappa", construction), lambda: envelope.areal_heat_capacity(construction).m)


def _face_heat_capacity(layers: tuple) -> float:
    """envelope.face_heat_capacity [J/(m²K)], memoised on the layers (the
    tuples are rebuilt per call, their layers are the model's)."""
    return _SI.get(("face",) + layers, lambda: envelope.face_heat_capacity(layers))


def internal_constructions(b: Building):
    """``(slab half layers, partition area per floor area (one face),
    partition half layers)`` of the zone: the building's ``internal_mass``
    where given, else the defaults of calc.envelope (SLAB_HALF_LAYERS and
    the thermal-mass class's PARTITIONS)."""
    share, layer = envelope.PARTITIONS[b.thermal_mass]
    partition = (layer,) if layer is not None else ()
    half = envelope.SLAB_HALF_LAYERS
    im = b.internal_mass
    if im is not None:
        half = im.slab_layers or half
        partition = im.partition_layers or partition
        if im.partition_area_ratio is not None:
            share = float(im.partition_area_ratio.to("dimensionless").m)
        elif im.partition_layers and share == 0.0:
            share = 1.0  # very light class: partitions given without an area count 1 m² per m²
    return tuple(half), share, tuple(partition)


def ground_coefficient(b: Building):
    """Steady-state heat transfer coefficient of the lowest floor to the
    ground [W/K] (:func:`_ground_coefficient`), memoised on its parts."""
    return _PARTS.get(("ground", b.geometry, b.wall, b.ground_floor, b.floor_type),
                      lambda: _ground_coefficient(b))


def _ground_coefficient(b: Building):
    """Steady-state heat transfer coefficient of the lowest floor to the ground.

    Parameters
    ----------
    b : Building
        Gives footprint, perimeter, floor build-up and ``floor_type``.

    Returns
    -------
    pint.Quantity
        H_g [W/K] per ISO 13370:2017 clause 9.1 (slab on ground), 9.3 (heated
        basement) or 9.4 (unheated basement).
    """
    g = b.geometry
    area = geometry.footprint_area(b)
    perimeter = (2.0 * (g.length + g.width)).to("m")
    w = Q_(_wall_thickness(b), "m")
    if b.ground_floor.u_value is not None:
        # a given U includes R_si + R_se; take the construction part out
        r_f = max(1.0 / b.ground_floor.u_value.to("W/(m**2*K)").m - envelope.R_SI_DOWNWARD - envelope.R_SE_AIR, 0.0)
    else:
        r_f = envelope.layers_resistance(b.ground_floor).m
    r_f = Q_(r_f, "m**2*K/W")
    r_wall = envelope.layers_resistance(b.wall) if b.wall.layers else Q_(
        max(1.0 / b.wall.u_value.m - envelope.R_SI_WALL - envelope.R_SE_AIR, 0.0), "m**2*K/W")
    if b.floor_type == "slab_on_ground":
        return (ground.slab_on_ground_u(area, perimeter, w, r_f) * area).to("W/K")
    if b.floor_type == "heated_basement":
        return ground.heated_basement_h(area, perimeter, w, r_f, r_wall).to("W/K")
    u_f = envelope.u_value(b.ground_floor, "floor")
    return (ground.unheated_basement_u(area, perimeter, w, u_f, r_wall) * area).to("W/K")


def heat_transfer_coefficients(b: Building) -> dict:
    """Steady-state heat transfer coefficients of each component.

    Parameters
    ----------
    b : Building
        The building.

    Returns
    -------
    dict of pint.Quantity
        [W/K]: ``walls``, ``roof``, ``floor`` (ISO 13370), ``windows``,
        ``thermal_bridges`` (ΔU × opaque wall and roof area), ``ventilation``
        (infiltration + mechanical ventilation after heat recovery, ρc V n,
        ISO 13790:2008 eq. 21; window airing not included).
    """
    h = _heat_transfer_si(b)
    return {k: ground_coefficient(b) if k == "floor" else Q_(v, "W/K") for k, v in h.items()}


def _heat_transfer_si(b: Building) -> dict:
    """heat_transfer_coefficients in W/K floats."""
    a_wall, a_win = _facade_areas(b)
    walls, windows = sum(a_wall), sum(a_win)
    roof = _shape(b).footprint
    u_wall = _u_value(b.wall, "wall")
    u_roof = _u_value(b.roof, "roof")
    u_win = magnitude(b.window.u_value, "W/(m**2*K)", "window.u_value")
    du = magnitude(b.thermal_bridge_u, "W/(m**2*K)", "thermal_bridge_u")
    v = b.ventilation
    infiltration, mechanical, _ = _air_changes(v)
    n = (infiltration + mechanical * (1.0 - v.heat_recovery))
    h_ve = AIR_VOLUMETRIC_HEAT * NET_VOLUME_RATIO * _shape(b).volume * n / SECONDS_PER_HOUR
    return {
        "walls": u_wall * walls,
        "roof": u_roof * roof,
        "floor": ground_coefficient(b).m,
        "windows": u_win * windows,
        "thermal_bridges": du * (walls + roof),
        "ventilation": h_ve,
    }


def _film_inputs(b: Building, weather, theta_i: float, delay: bool = True):
    """Hourly operating conductances [W/K] and equivalent outside
    temperatures [°C] of walls, roof, thermal bridges and windows.

    Rated U-values are turned into construction resistances with their
    rating films (GB 50176 for walls and roof, EN ISO 10077-1 for windows)
    and simulated with the operating films of
    :func:`calc.envelope.exterior_film`: ISO 6946 inside resistances and the
    hour's DOE-2 outside convection plus linearised long-wave exchange with
    sky, air and ground; the absorbed sun on walls and roof enters through
    the same outside film. The thermal-bridge allowance ΔU belongs to the
    walls and roof it is spread over and sees their films; its share of their
    conductance is ΔU/(U + ΔU).
    """
    w = _weather_arrays(weather)
    theta_e = w["temp_air"]
    a_wall, a_win = (np.array(a) for a in _facade_areas(b))
    shape = _shape(b)
    roof_area = shape.footprint
    azimuths = shape.azimuths
    height = shape.height
    panes = solar.window_glazing(b.window)
    incident, transmitted = _planes(weather, azimuths, panes)
    du = magnitude(b.thermal_bridge_u, "W/(m**2*K)", "thermal_bridge_u")
    u_wall = _u_value(b.wall, "wall")
    u_roof = _u_value(b.roof, "roof")
    # the incident sun depends on the weather and the planes only, not on
    # the glazing (which only changes the transmitted sun): a new window
    # leaves the films of walls, roof and frames as they were
    sun_key = (azimuths,)

    def opaque(u, element, area, irradiance, alpha, tilt, h, irr_key, construction):
        r_c = envelope.construction_resistance(u + du, *envelope.SURFACE_RESISTANCES[element])
        kw = {"height": h, "tilt": tilt, "roughness": envelope.ROUGHNESS_MEDIUM_ROUGH,
              "emissivity": envelope.EMISSIVITY_OPAQUE,
              "windward_share": envelope.WINDWARD_SHARE_FACADE if tilt == "vertical" else 1.0}
        u_op, t_eq = _exterior_film(weather, (irr_key, float(alpha)), lambda: alpha * irradiance(), r_c, theta_i,
                                    **kw)
        if DELAY_OPAQUE and delay and construction.u_value is None and envelope.has_heat_capacity(construction):
            key = ("delayed", irr_key, float(alpha), float(r_c), float(theta_i), construction,
                   tuple(sorted(kw.items())))
            t_eq = _FILMS.get(weather, key, lambda: element_response.delayed_temperature(
                t_eq, construction, r_c, *envelope.SURFACE_RESISTANCES[element][::-1]))
        h_total = area * u_op
        return h_total * u / (u + du), h_total * du / (u + du), t_eq

    n = len(theta_e)
    parts = {}
    if a_wall.sum() > 0:
        walls = _shares(a_wall)
        hw, htw, tw = opaque(u_wall, "wall", a_wall.sum(), lambda: walls @ incident[:4],
                             b.wall.solar_absorptance, "vertical", 0.5 * height,
                             ("walls", tuple(walls.tolist())) + sun_key, b.wall)
    else:
        hw, htw, tw = np.zeros(n), np.zeros(n), theta_e.copy()
    hr, htr, tr = opaque(u_roof, "roof", roof_area, lambda: incident[4], b.roof.solar_absorptance, "horizontal_up",
                         height, ("roof",) + sun_key, b.roof)
    parts["walls"] = (hw, tw)
    parts["roof"] = (hr, tr)
    h_tb = htw + htr
    parts["thermal_bridges"] = (h_tb, np.where(h_tb > 0, (htw * tw + htr * tr) / np.where(h_tb > 0, h_tb, 1.0),
                                                theta_e))

    # windows: glazing (very smooth glass) and frame (medium smooth) share U_w
    win = b.window
    u_win = magnitude(win.u_value, "W/(m**2*K)", "window.u_value")
    r_c = envelope.construction_resistance(u_win, envelope.R_SI_WINDOW_RATING, envelope.R_SE_WINDOW_RATING)
    h_win, ht_win = np.zeros(n), np.zeros(n)
    # windows form a ribbon in each storey: height WWR × storey height (area-weighted WWR)
    wwr = a_win.sum() / (a_wall.sum() + a_win.sum()) if a_win.sum() > 0 else 0.0
    glazing_height = round(max(wwr * shape.storey_height, MIN_GLAZING_HEIGHT), SHARE_DIGITS)
    # sun absorbed on the frames' outside (the glazing's is in its SHGC)
    frames = _shares(a_win)
    for share, rough, eps, gh, absorbed, irr_key in (
            (1.0 - win.frame_fraction, envelope.ROUGHNESS_GLASS, envelope.EMISSIVITY_GLASS, glazing_height,
             lambda: 0.0, ("none",)),
            (win.frame_fraction, envelope.ROUGHNESS_MEDIUM_SMOOTH, envelope.EMISSIVITY_OPAQUE, None,
             lambda: envelope.FRAME_SOLAR_ABSORPTANCE * (frames @ incident[:4]), ("frames", tuple(frames.tolist()))
             + sun_key)):
        if share <= 0:
            continue
        u_op, t_eq = _exterior_film(
            weather, irr_key, absorbed, r_c, theta_i, height=0.5 * height, tilt="vertical", glazing_height=gh,
            roughness=rough, emissivity=eps, windward_share=envelope.WINDWARD_SHARE_FACADE)
        h_win = h_win + share * a_win.sum() * u_op
        ht_win = ht_win + share * a_win.sum() * u_op * t_eq
    theta_win = np.where(h_win > 0, ht_win / np.where(h_win > 0, h_win, 1.0), theta_e)
    # Σ A_w,f · transmitted irradiance behind the facade's shading devices [W]
    win_trans = a_win @ shading.shaded_transmitted(win, incident[:4], transmitted[:4])
    return parts, (h_win, theta_win), win_trans


# Decimals of the facades' shares of an element's area and of the glazing
# height [m]: a block scaled to another floor area keeps its proportions,
# but its shares differ in the last bits; rounded, buildings of one
# archetype and storey count share their films (a stock's rows). 1e-12 is
# far below any figure the program reports.
SHARE_DIGITS = 12


def _shares(areas: np.ndarray) -> np.ndarray:
    """Each facade's share of the areas [-], rounded to SHARE_DIGITS
    (zeros where there is no area)."""
    total = areas.sum()
    return np.round(areas / total, SHARE_DIGITS) if total > 0 else np.zeros(len(areas))


# Irradiance on the four facades and the roof of a weather: every state of
# an assessment (and every building of the same orientation and glazing)
# asks for the same planes; 0.7 MB an entry.
_PLANES = schedules.IdentityMemo(schedules.WEATHERS_KEPT, per_object=4)


def _planes(weather, azimuths: tuple, panes):
    """Incident and transmitted irradiance [W/m²], arrays (5, hours): the
    facades at ``azimuths``, then the horizontal roof."""
    def compute():
        # four facades, then the (horizontal) roof
        irr = solar.irradiance_on_planes(weather, Q_([90.0] * 4 + [0.0], "deg"), Q_(list(azimuths) + [180.0], "deg"),
                                         panes=panes)
        return irr["incident"].m, irr["transmitted"].m
    return _PLANES.get(weather, (azimuths, panes), compute)


def air_heat_capacity_rate(weather):
    """Volumetric heat capacity of the outdoor air each hour [J/(m³K)].

    ρ c_p with ρ = p / (R_d T) of the outdoor air (ideal gas, dry air,
    R_d = 287.058 J/(kgK)) and c_p = 1006 J/(kgK) (ASHRAE Handbook
    Fundamentals 2017 ch. 1): the air change brings outdoor air
    in, and the ACH is a volume flow of that air. The weather's pressure
    accounts for altitude.
    """
    return _WEATHER.get(weather, "air_heat_capacity_rate", lambda: _air_heat_capacity_rate(weather)).copy()


def _air_rate(weather, convention: str):
    if convention == "standard":
        return AIR_VOLUMETRIC_HEAT
    return _WEATHER.get(weather, "air_heat_capacity_rate", lambda: _air_heat_capacity_rate(weather))


def fan_electricity(b: Building, ventilation_profile):
    """Hourly electricity of the mechanical ventilation fans [kWh]:
    W_s × flow, flow = ``mechanical_ach`` × net air volume × the schedule's
    ventilation share (GB 50189-2015 clause 4.3.22 rates fans by their
    power per air flow W_s [W/(m³/h)]). ``None`` when no fan power is given
    or nothing is ventilated mechanically."""
    v = b.ventilation
    sfp = _SI.get(("fan_power", v), lambda: v.fan_specific_power.to("W/(m**3/h)").m)
    ach = _air_changes(v)[1]
    if sfp <= 0 or ach <= 0:
        return None
    flow = ach * NET_VOLUME_RATIO * _shape(b).volume  # m³/h at full rate
    return sfp * flow * np.asarray(ventilation_profile, dtype=float) / 1000.0


def availability(op, index):
    """Hours in which heating and cooling may run.

    Parameters
    ----------
    op : Operation
        ``hvac_availability``: ``season`` -- heating only inside the heating
        season and cooling only outside it (a building on a network, whose
        heat comes only in the statutory season); ``whenever_needed`` --
        both all year (own units: split units, heat pumps), in the same hour
        if the air leaves the setpoint band; ``heating_in_season`` -- network
        heat in the season and own cooling units whenever needed. The
        schedule still decides the hours (heating setpoint or setback,
        cooling on or off).
    index : pandas.DatetimeIndex

    Returns
    -------
    (season, heating, cooling) : three bool arrays
        ``season`` is the heating season (for the loss breakdown).
    """
    season = schedules.heating_season_mask(op, index)
    always = np.ones(len(season), bool)
    if op.hvac_availability == "whenever_needed":
        return season, always, always
    if op.hvac_availability == "heating_in_season":
        return season, season, always
    return season, season, ~season


def _air_heat_capacity_rate(weather):
    p = weather.data["pressure"].to_numpy(dtype=float)
    t = _weather_arrays(weather)["temp_air"] + envelope.CELSIUS_TO_KELVIN
    return p / (GAS_CONSTANT_DRY_AIR * t) * AIR_SPECIFIC_HEAT


def zone_inputs(b: Building, weather) -> ZoneInputs:
    """Conductances, equivalent temperatures and heat flows of the 5R1C zone.

    Parameters
    ----------
    b : Building
        The building (one zone).
    weather : Weather
        Hourly weather (temp_air, sky_temperature [°C], irradiance [W/m²],
        wind_speed [m/s], pressure [Pa]), site and monthly ground
        temperature [°C].

    Returns
    -------
    ZoneInputs
        SI arrays for :func:`calc.rc_core.run_5r1c` (ISO 13790:2008 clauses
        7.2.2, 8-12 and Annex C.2-C.3) plus the parts needed for the balance.
    """
    w = _weather_arrays(weather)
    theta_e = w["temp_air"]
    index = weather.data.index
    n = len(index)
    shape = _shape(b)
    a_f = shape.floor_area
    op = b.operation
    t_heat = _setpoints(op)[0]

    # walls and roof on a capacity node of their own (calc.rc_2c), whose
    # resistances and capacity pass the outside on late and damped
    two = TWO_CAPACITY and _two_capacity(b)
    em_parts, (h_win, theta_win), win_trans = _film_inputs(b, weather, t_heat, delay=not two)
    h_g = ground_coefficient(b).m
    em_parts["floor"] = (np.full(n, h_g), _ground_temperature(b, weather, h_g))

    ext, ext_bypass = _external_node(b, em_parts) if two else (None, {})
    # mass and surface coupling (ISO 13790:2008 Table 12, eq. 9, 64)
    a_m, c_m = zone_mass(b, external=ext is None)
    # the surface-mass coupling needs some mass area (A_m ≤ A_t keeps f_m ≤ 1)
    a_m = min(max(a_m, (MIN_MASS_AREA_RATIO if ext is None else MIN_INTERNAL_AREA_RATIO) * a_f), LAMBDA_AT * a_f)
    c_m = max(c_m, MIN_HEAT_CAPACITY * a_f)
    a_t = LAMBDA_AT * a_f
    h_ms = H_MS * a_m
    # ISO 13790 star network: the element conductances (inside film
    # included) run from the surface node θ_s, which H_tr,is couples to the air.
    h_op = sum(hp for hp, _ in em_parts.values())
    h_tr_max = float(np.max(h_win + h_op))
    # H_tr,is follows the inside natural convection each hour (rc_core);
    # in tiny zones with a huge envelope conductance it is kept above
    # MIN_IS_TO_TR · H_tr
    h_is = MIN_IS_TO_TR * h_tr_max
    # opaque elements in series with the mass coupling: H_em = 1/(1/H_op - 1/H_ms)
    # (eq. 63); beyond MAX_EM_SERIES_SHARE of H_ms the rest bypasses the mass
    series = np.minimum(h_op, MAX_EM_SERIES_SHARE * h_ms)
    safe_series = np.where(series > 0, series, 1.0)
    h_em = np.where(series > 0, 1.0 / (1.0 / safe_series - 1.0 / h_ms), 0.0)
    safe_op = np.where(h_op > 0, h_op, 1.0)
    bypass = np.where(h_op > 0, (h_op - series) / safe_op, 0.0)
    theta_em = np.where(h_op > 0, sum(hp * t for hp, t in em_parts.values()) / safe_op, theta_e)
    w_parts = {"windows": (h_win, theta_win), **ext_bypass}
    em_split = {}
    bypassed, through = np.any(bypass > 0), 1.0 - bypass
    for name, (hp, t) in em_parts.items():
        em_split[name] = (h_em * hp * through / safe_series, t)
        if bypassed:
            w_parts[name] = (hp * bypass, t)
    h_w = sum(hp for hp, _ in w_parts.values())
    theta_w = np.where(h_w > 0, sum(hp * t for hp, t in w_parts.values()) / np.where(h_w > 0, h_w, 1.0), theta_e)

    # gains (ISO 13790:2008 eq. C.1-C.3)
    season, theta_h, theta_c, h_ve, phi_int = _operation_inputs(b, weather)
    win = b.window
    phi_sol = (1.0 - win.frame_fraction) * win.shgc * win.shading_factor * win_trans
    to_air = op.gains_convective_share
    shared = (1.0 - to_air) * phi_int + phi_sol
    f_m = a_m / a_t
    f_x = 0.0 if ext is None else ext.area / a_t
    if f_m + f_x > 1.0:  # the two stores cannot take more than all
        f_m, f_x = f_m / (f_m + f_x), f_x / (f_m + f_x)
    f_st = np.maximum(1.0 - f_m - f_x - h_win / (H_MS * a_t), 0.0)
    phi_ia = to_air * phi_int
    phi_m = f_m * shared
    phi_st = f_st * shared
    if ext is not None:
        ext = dataclasses.replace(ext, phi_x=f_x * shared)

    return ZoneInputs(
        c_m=c_m, h_is=h_is, is_area=a_t, h_w=h_w, h_ms=h_ms, h_em=h_em, h_ve=h_ve, theta_sup=theta_e,
        theta_w=theta_w, theta_em=theta_em, phi_ia=phi_ia, phi_st=phi_st, phi_m=phi_m,
        theta_h_set=theta_h, theta_c_set=theta_c, season=season, em_parts=em_split,
        w_parts=w_parts, phi_int=phi_int, phi_sol=phi_sol,
        phi_lost=(1.0 - f_m - f_x - f_st) * shared, floor_area=a_f, external=ext)


# Hourly arrays of the operation, air change and floor area: the states of
# an assessment share them except where a measure changes the ventilation
# (five arrays of a year an entry; an assessment needs two).
_OPERATION = schedules.PartsMemo(16)


def _operation_inputs(b: Building, weather) -> tuple:
    """``(season, θ_h,set, θ_c,set [°C], H_ve [W/K], Φ_int [W])`` hourly,
    memoised on the operation, ventilation, geometry and weather."""
    cooled = b.operation.cooled and b.equipment.cooling_system != "none"
    return _OPERATION.get((weather, b.operation, b.ventilation, b.geometry, cooled),
                          lambda: _operation_arrays(b, weather, cooled))


def _operation_arrays(b: Building, weather, cooled: bool) -> tuple:
    op, index = b.operation, weather.data.index
    theta_e = _weather_arrays(weather)["temp_air"]
    t_heat, t_setback, t_cool, gains = _setpoints(op)
    prof = schedules.operation_profiles(op, index, getattr(weather, "data_year", None))
    phi_int = gains * _shape(b).floor_area * prof.internal_gains
    # setpoints
    season, heat_allowed, cool_allowed = availability(op, index)
    avail = prof.heating
    if op.night_setback:
        avail = avail & ~schedules.night_hours(index)
    t_setback = min(t_setback, t_heat)
    theta_h = np.where(heat_allowed, np.where(avail, t_heat, t_setback), NO_HEATING)
    theta_c = np.where(cooled & cool_allowed & prof.cooling, t_cool, NO_COOLING)
    # air change
    v = b.ventilation
    vol = NET_VOLUME_RATIO * _shape(b).volume
    recovery = np.where(theta_e < t_heat, v.heat_recovery, 0.0)  # summer bypass
    infiltration, mechanical, airing = _air_changes(v)
    ach = infiltration + mechanical * prof.ventilation * (1.0 - recovery) + airing * season
    h_ve = _air_rate(weather, v.air_density) * vol * ach / SECONDS_PER_HOUR
    return season, theta_h, theta_c, h_ve, phi_int


# The warm-up before the year only sets the state at its start (the mass
# temperature and the air-surface difference). It runs over the last hours
# of the year, as many as the mass needs to forget its starting guess to
# within WARMUP_TOLERANCE: at most the whole year, as before.
WARMUP_TOLERANCE = 0.01  # K
# Bound of the starting guess's error [K]: the guess (the year's mean
# outdoor temperature) and any mass temperature a zone reaches lie in the
# weather's plausibility range (TEMPERATURE_RANGE, 160 K) only in absurd
# cases; 100 K is far beyond any zone between its setpoints and the weather.
WARMUP_START_ERROR = 100.0


def warmup_hours(z: ZoneInputs) -> int:
    """Hours at the year's end after which a mass start error of
    WARMUP_START_ERROR has decayed below WARMUP_TOLERANCE (in the
    two-capacity zone: of both capacities, :func:`calc.rc_2c.warmup_length_2c`).

    A start error of the mass node decays each hour by the factor of the
    Crank-Nicolson step (ISO 13790:2008 eq. C.4), (c − H/2)/(c + H/2) with
    c = C_m / 3600 s and H the conductance the mass sees to fixed
    temperatures: floating, H_tr,em + H_tr,3 with the least air-surface
    coupling (the slowest); with the air held at a setpoint, at most
    H_tr,em + H_tr,ms (air and surface held, the fastest, where a light zone's
    factor turns negative). The bound takes the larger magnitude of the two
    each hour and multiplies them back from the year's end.
    """
    h_is = max(z.h_is, _least_air_star(z.is_area))
    log_reduction = math.log(WARMUP_START_ERROR / WARMUP_TOLERANCE)
    x = z.external
    if x is None:
        return warmup_length(z.c_m, h_is, z.h_w, z.h_ms, z.h_em, z.h_ve, log_reduction)
    # the two-capacity bound is on the C-weighted norm of both errors: a node
    # holding little of the capacity needs that much more reduction
    held = [c for c in (z.c_m, x.c_x, x.c_y) if c > 0.0]
    weight = math.sqrt(sum(held) / min(held))
    n = len(z.h_ve)
    return warmup_length_2c(z.c_m, x.c_x, h_is, np.broadcast_to(z.h_w, n), z.h_ms, np.broadcast_to(z.h_em, n),
                            x.h_xs, np.broadcast_to(np.asarray(x.h_xe, dtype=float), n), z.h_ve,
                            log_reduction + math.log(weight), x.c_y, x.h_xy)


def _least_air_star(area: float) -> float:
    # the air-star conductance of the least convection coefficient (rc_core._air_star)
    return area * H_CONVECTION_MIN * (1.0 + H_CONVECTION_MIN / H_RS)


def run(z: ZoneInputs):
    """Run the hourly loop over the warm-up, which only warms the mass up and
    sets the starting air-surface difference, then over the year, and return
    ``(phi_hc, t_air, t_s, t_m, t_m_end, h_is)`` in SI floats."""
    return run_nodes(z)[:6]


def run_nodes(z: ZoneInputs):
    """:func:`run` and the external elements' inner and outer node
    temperatures (means of each hour; None in the 5R1C zone).

    Both warm up over the year's last hours (:func:`warmup_hours`)."""
    if z.external is not None:
        return _run_two_capacity(z)
    args = (z.c_m, z.h_is, z.h_w, z.h_ms, z.h_em, z.h_ve, z.theta_sup, z.theta_w, z.theta_em,
            z.phi_ia, z.phi_st, z.phi_m, z.theta_h_set, z.theta_c_set)
    conv = (z.is_area, INSIDE_CONVECTION_COEF, H_RS, H_CONVECTION_MIN)
    start = float(np.clip(np.mean(z.theta_sup), *TEMPERATURE_RANGE))
    tail = len(z.h_ve) - warmup_hours(z)
    # the previous hour's coupling (one pass an hour) is good enough for the warm-up
    warm = run_5r1c(*(a[tail:] if isinstance(a, np.ndarray) else a for a in args), start, *conv, 0.0, False)
    return run_5r1c(*args, float(warm[4][-1]), *conv, float(warm[1][-1] - warm[2][-1]),
                    SAME_HOUR_COUPLING) + (None, None)


def _breakdown(z: ZoneInputs, t_air, t_s, t_m, t_y=None):
    s = z.season
    kwh = lambda x: Q_(float(np.sum(x[s])) / WATT_HOUR_PER_KWH, "kWh")
    losses = {k: 0.0 for k in ("walls", "roof", "floor", "windows", "thermal_bridges")}
    for name, (hp, t) in z.em_parts.items():
        losses[name] = losses[name] + hp * (t_m - t)
    for name, (hp, t) in z.w_parts.items():
        losses[name] = losses[name] + hp * (t_s - t)
    for name, (hp, t) in (z.external.parts.items() if z.external is not None else ()):
        losses[name] = losses[name] + hp * (t_y - t)  # from the outer node
    # the share of gains ISO 13790 eq. C.3 sends straight back out through the glazing
    losses["windows"] = losses["windows"] + z.phi_lost
    losses["ventilation"] = z.h_ve * (t_air - z.theta_sup)
    out = {k: kwh(np.broadcast_to(v, s.shape)) for k, v in losses.items()}
    return out, {"solar": kwh(z.phi_sol), "internal": kwh(z.phi_int)}


def simulate(building: Building, weather) -> ThermalResult:
    """Hourly ideal heating and cooling need of a building for one year.

    ISO 13790:2008 simple hourly method (clause 7.2.2, Annex C: 5R1C network,
    Crank-Nicolson step of eq. C.4, control per C.4.2 on the air temperature);
    transmission per element with a thermal-bridge allowance ΔU and hourly
    operating surface films (DOE-2 outside convection, linearised long-wave
    to sky, air and ground, TARP / ISO 15099 inside convection), the
    air-surface coupling from inside convection, heat capacity per clause
    12.3.1.2, ground floor per ISO 13370:2017, absorbed sun and sky loss
    through the outside film (clauses 11.3.5/11.4.6), solar gains through
    windows with angle-dependent transmittance per pane, ventilation
    ρ c_p V n with outdoor air density (clause 9.3), internal gains by schedule, heating
    only in the heating season and, for intermittent schedules (and dwellings
    with ``night_setback``), set back outside the heated hours; cooling
    outside the heating season when cooled.

    Parameters
    ----------
    building : Building
        The building (one thermal zone).
    weather : Weather
        Hourly weather (docs/architecture.md), 8760 hours.

    Returns
    -------
    ThermalResult
        ``heating``, ``cooling`` [W], ``t_air`` [°C] hourly; ``floor_area``
        [m²]; heating-season ``losses``/``gains`` [kWh] by component.
    """
    z = zone_inputs(building, weather)
    phi, t_air, t_s, t_m, _, _, _, t_y = run_nodes(z)
    losses, gains = _breakdown(z, t_air, t_s, t_m, t_y)
    return ThermalResult(
        heating=Q_(np.maximum(phi, 0.0), "W"), cooling=Q_(np.maximum(-phi, 0.0), "W"),
        t_air=Q_(t_air, "degC"), floor_area=Q_(z.floor_area, "m**2"), losses=losses, gains=gains)


# Design loads at the weather's design temperature: the supply sizes its
# generators with them for every state, mostly of the same buildings.
_DESIGN_LOADS = schedules.IdentityMemo(schedules.WEATHERS_KEPT, per_object=256)


def design_heat_load(building: Building, weather, t_design=None):
    """Steady-state design heat load for sizing a heat generator.

    Φ = H_above · (θ_i − θ_e,design) + H_g · (θ_i − θ_gr,min), with H_above the
    sum of walls, roof, windows, thermal bridges and ventilation
    (infiltration + mechanical after heat recovery), θ_i the occupied heating
    setpoint, θ_gr,min the coldest monthly ground temperature (EN 12831-1
    steady-state method, simplified; no intermittency surcharge).

    Parameters
    ----------
    building : Building
        The building.
    weather : Weather
        Hourly weather; gives θ_e,design when ``t_design`` is not given.
    t_design : pint.Quantity, optional
        Outdoor design temperature [°C]; default the 99.6 % value: the 0.4 %
        lowest hourly temperature of the weather (ASHRAE Fundamentals ch. 14).

    Returns
    -------
    pint.Quantity
        Design heat load [kW], ≥ 0.
    """
    if t_design is None:
        try:
            hash(building)
        except TypeError:
            pass
        else:
            return _DESIGN_LOADS.get(weather, building, lambda: _design_heat_load(building, weather, None))
    return _design_heat_load(building, weather, t_design)


def _design_heat_load(building: Building, weather, t_design):
    if t_design is None:
        theta_e = _WEATHER.get(weather, "design_temperature", lambda: climate.design_outdoor_temperature(
            Q_(_weather_arrays(weather)["temp_air"], "degC")).m)
    else:
        theta_e = magnitude(t_design, "degC", "t_design")
        lo, hi = TEMPERATURE_RANGE
        if not lo <= theta_e <= hi:
            raise ValueError(f"t_design: {theta_e:g} °C is outside {lo:g}..{hi:g} °C")
    theta_i = magnitude(building.operation.heating_setpoint, "degC", "heating_setpoint")
    h = _heat_transfer_si(building)
    ground_min = _WEATHER.get(weather, "coldest_ground", lambda: float(np.min(
        [magnitude(Q_(t, "degC") if not hasattr(t, "to") else t, "degC", "ground_temperature")
         for t in weather.ground_temperature])))
    h_above = sum(v for k, v in h.items() if k != "floor")
    load = h_above * (theta_i - theta_e) + h["floor"] * (theta_i - ground_min)
    return Q_(max(load, 0.0) / WATT_PER_KW, "kW")


# Two-capacity zone (calc.rc_2c): walls, roof and their thermal bridges on a
# capacity node of their own, the slabs, partitions and ground floor on the
# mass node. Only for buildings whose walls and roof are given by layers
# with heat capacity (the others keep the 5R1C loop).
TWO_CAPACITY = True
# Least resistance between an element's two capacities [m²K/W]: an element
# left without construction resistance beside its bridges has none
MIN_INNER_RESISTANCE = 1e-4
# Share of the chain face -> outer node the hour's whole path may reach
# before the rest bypasses the nodes (H_xe = 1/(1/H_op - 1/H_in) stays
# finite): the fit leaves a tenth of R_c outside the outer node
# (element_response.MAX_INNER_SHARE), more than any hour's films take away
MAX_EXTERNAL_SERIES_SHARE = 0.95
# Lower bound of the internal mass area per floor area [-] in the
# two-capacity zone (ISO 13790's 2.5 counts the walls and roof too)
MIN_INTERNAL_AREA_RATIO = 0.5


@dataclass(frozen=True)
class ExternalNode:
    """SI inputs of the external elements' capacity node."""

    area: float          # inside face area [m²]
    c_x: float           # capacity [J/K]
    h_xs: float          # node - surface node [W/K]
    h_xe: np.ndarray     # node - outside, hourly [W/K]
    theta_xe: np.ndarray  # equivalent outside temperature [°C]
    parts: dict          # name -> (H [W/K] in the node's outside path, θ_eq array)
    phi_x: object = 0.0  # gain absorbed at the node [W]
    c_y: float = 0.0     # the elements' outer capacity [J/K]
    h_xy: float = 0.0    # node - outer node [W/K] (0: no outer node, h_xe from the node)


def _two_capacity(b: Building) -> bool:
    layered = lambda c: c.u_value is None and envelope.has_heat_capacity(c)  # noqa: E731
    return (layered(b.wall) and layered(b.roof) and envelope.has_heat_capacity(b.ground_floor)
            and sum(_facade_areas(b)[0]) > 0)


@functools.lru_cache(maxsize=256)
def _inner_rc2(rows, r_se, r_si):
    return element_response.inner_rc2(rows, r_se, r_si)


def _external_node(b: Building, em_parts: dict):
    """Take walls, roof and bridges out of ``em_parts`` onto their two
    nodes: R1, C1, R2 and C2 per element (calc.element_response.inner_rc2),
    the inner node's coupling to the surface node Σ A/(R_si + R1), to the
    outer node Σ A/R2, from there to the outside the rest of the hour's
    conductance (ISO 13790 eq. 63 for the nodes). Returns the nodes and the
    parts' conductance that bypasses them (as for the mass node, beyond
    MAX_EXTERNAL_SERIES_SHARE of the chain's; none in real buildings)."""
    du = magnitude(b.thermal_bridge_u, "W/(m**2*K)", "thermal_bridge_u")
    area, c_x, h_xs, c_y, h_xy = 0.0, 0.0, 0.0, 0.0, 0.0
    for element, construction, a, u in (("wall", b.wall, sum(_facade_areas(b)[0]), _u_value(b.wall, "wall")),
                                         ("roof", b.roof, _shape(b).footprint, _u_value(b.roof, "roof"))):
        r_si, r_se = envelope.SURFACE_RESISTANCES[element]
        r_c = envelope.construction_resistance(u + du, r_si, r_se)
        rows = element_response._layer_rows(construction)
        r1, c1, r2, c2 = 0.0, 0.0, 0.0, 0.0  # no construction resistance left beside the bridges: no capacity behind it
        if r_c > 0.0:
            scale = sum(d / lam for d, lam, _ in rows) / r_c  # the bridges folded into the layers
            r1, c1, r2, c2 = _inner_rc2(tuple((d, lam * scale, rc) for d, lam, rc in rows), r_se, r_si)
        area, c_x, h_xs = area + a, c_x + a * c1, h_xs + a / (r_si + r1)
        c_y, h_xy = c_y + a * c2, h_xy + a / max(r2, MIN_INNER_RESISTANCE)
    c_x = max(c_x, MIN_HEAT_CAPACITY * _shape(b).floor_area)
    parts = {k: em_parts.pop(k) for k in ("walls", "roof", "thermal_bridges")}
    h_op = sum(hp for hp, _ in parts.values())
    h_in = 1.0 / (1.0 / h_xs + 1.0 / h_xy)
    series = np.minimum(h_op, MAX_EXTERNAL_SERIES_SHARE * h_in)
    h_xe = 1.0 / (1.0 / series - 1.0 / h_in)
    theta_xe = sum(hp * t for hp, t in parts.values()) / h_op
    through = series / h_op
    bypass = {k: (hp * (1.0 - through), t) for k, (hp, t) in parts.items()} if np.any(through < 1.0) else {}
    parts = {k: (h_xe * hp / h_op, t) for k, (hp, t) in parts.items()}
    return ExternalNode(area=area, c_x=c_x, h_xs=h_xs, h_xe=h_xe, theta_xe=theta_xe, parts=parts,
                        c_y=c_y, h_xy=h_xy), bypass


def _run_two_capacity(z: ZoneInputs):
    x = z.external
    phi_x = np.broadcast_to(np.asarray(x.phi_x, dtype=float), z.h_ve.shape).copy()
    args = (z.c_m, x.c_x, z.h_is, z.h_w, z.h_ms, z.h_em, x.h_xs, x.h_xe, z.h_ve, z.theta_sup, z.theta_w,
            z.theta_em, x.theta_xe, z.phi_ia, z.phi_st, z.phi_m, phi_x, z.theta_h_set, z.theta_c_set)
    conv = (z.is_area, INSIDE_CONVECTION_COEF, H_RS, H_CONVECTION_MIN)
    start = float(np.clip(np.mean(z.theta_sup), *TEMPERATURE_RANGE))
    tail = len(z.h_ve) - warmup_hours(z)
    # the previous hour's coupling (one pass an hour) is good enough for the warm-up
    warm = run_2c(*(a[tail:] if isinstance(a, np.ndarray) else a for a in args), start, start, *conv, 0.0, False,
                  x.c_y, x.h_xy, start)
    out = run_2c(*args, float(warm[4][-1]), float(warm[7][-1]), *conv, float(warm[1][-1] - warm[2][-1]),
                 SAME_HOUR_COUPLING, x.c_y, x.h_xy, float(warm[9][-1]))
    return out[:6] + (out[6], out[8])
