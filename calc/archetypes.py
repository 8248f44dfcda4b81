"""Archetypes: a complete model from city + use + construction era.

Every value comes from the archetype tables in ``datasets/tables/``
(envelope by climate zone × era × use class, geometry and operation by use,
heat supply by zone × use class) and the libraries they point into
(materials, insulation, windows, boilers, cooling units, heat pumps,
prices). The climate zone, heating season and grid region come from the
city table. Each function also returns the field paths it filled, so the
GUI and the report can mark them as defaulted rather than entered.

Sources per row: ``datasets/SOURCES.md``; the standards behind the tables
are JGJ 26, JGJ 134, JGJ 75, JGJ 475, GB 50189, GB 55015, GB 50176,
GB 50034 and GB 50736.
"""

from __future__ import annotations

import math
from functools import lru_cache

from .datasets import tables
from .model import (
    ERAS, USES, Building, Construction, Equipment, Geometry, HeatingNetwork, HeatingSupply, HeatPump, Layer, Operation,
    Project, Ventilation, Window,
)
from .model.project import Accounting, Economics, Meta, Site, Tariffs
from .model.building import parse_month_day
from .schema import walk_fields
from .units import Q_

ZONES = ("severe_cold", "cold", "hscw", "hsww", "mild")
# Uses without operation data of their own borrow those of another use.
OPERATION_PROXY = {"other_public": "office"}
# The cooling-unit column switches at this era (GB 21455-2013 / GB 50189-2005 era).
MODERN_COOLING_FROM = "2005_2015"
INSULATION_SLOT = "<insulation>"
NO_INSULATION = "none"


def _archetype_row(name: str, **key) -> dict:
    """``tables.archetype_row``, memoised: a stock asks for the same few
    rows for every building, and the lookup filters a table each time.
    A copy each call, so a caller cannot change the memo."""
    return dict(_shared_archetype_row(name, tuple(sorted(key.items()))))


@lru_cache(maxsize=1024)
def _shared_archetype_row(name: str, key: tuple) -> dict:
    return tables.archetype_row(name, **dict(key))


def _check_choice(name: str, value: str, allowed) -> None:
    if value not in allowed:
        raise ValueError(f"{name}: {value!r} is not known; allowed: {', '.join(allowed)}")


def _era_at_least(era: str, threshold: str) -> bool:
    return bool(threshold) and ERAS.index(era) >= ERAS.index(threshold)


def city_climate(city: str) -> dict:
    """Climate zone, heating season and grid region of a city.

    Parameters
    ----------
    city : str
        Key of the city table (``calc.datasets.cities``).

    Returns
    -------
    dict
        ``climate_zone`` (GB 50176-2016 first level), ``heating_season_start``
        / ``heating_season_end`` (MM-DD, '' when the table has none),
        ``grid_region`` ('' when unknown).
    """
    from .datasets import cities

    row = cities.city(city)
    return {key: str(row.get(key, "") or "") for key in
            ("climate_zone", "heating_season_start", "heating_season_end", "grid_region")}


def construction_from_layers(base: str, insulation: str, insulation_mm: float, name: str = "") -> Construction:
    """An opaque construction from a base build-up of ``constructions.csv``
    with ``insulation_mm`` [mm] of the material ``insulation`` (a materials
    key, or ``"none"``) in its insulation slot; layers outside to inside,
    design conductivities with the GB 50176-2016 Table B.2 corrections."""
    return _shared_construction(base, insulation, float(insulation_mm), name)


@lru_cache(maxsize=512)
def _shared_construction(base: str, insulation: str, insulation_mm: float, name: str) -> Construction:
    # constructions are frozen: the buildings of a stock share the few
    # build-ups of the archetype table instead of rebuilding each one
    insulated = insulation != NO_INSULATION and insulation_mm > 0
    layers = []
    for row in tables.construction_layers(base).itertuples():
        if row.material == INSULATION_SLOT:
            if insulated:
                layers.append(_layer(insulation, insulation_mm))
        elif insulated or not row.with_insulation_only:
            layers.append(_layer(row.material, row.thickness_mm))
    label = name or (f"{base} + {insulation_mm:g} mm {insulation}" if insulated else base)
    return Construction(name=label, layers=tuple(layers))


def _layer(key: str, thickness_mm: float) -> Layer:
    m = tables.material(key)
    return Layer(material=key, thickness=Q_(float(thickness_mm), "mm"), conductivity=m["conductivity"],
                 density=m["density"], specific_heat=m["specific_heat"])


def _envelope(zone: str, era: str, use: str) -> dict:
    use_class = "residential" if use == "residential" else "public"
    return _archetype_row("archetype_envelope", climate_zone=zone, era=era, use_class=use_class)


def _geometry(use: str, era: str) -> Geometry:
    g = _archetype_row("archetype_geometry", use=OPERATION_PROXY.get(use, use), era=era)
    return Geometry(length=Q_(g["length_m"], "m"), width=Q_(g["width_m"], "m"), storeys=int(g["storeys"]),
                    storey_height=Q_(g["storey_height_m"], "m"),
                    **{f"wwr_{f}": float(g[f"wwr_{f}"]) for f in ("south", "east", "north", "west")})


def _season(climate: dict, supply_row: dict) -> tuple[str, str]:
    start, end = climate.get("heating_season_start", ""), climate.get("heating_season_end", "")
    if parse_month_day(start) and parse_month_day(end) and start != end:
        return start, end
    return supply_row["heating_season_start"], supply_row["heating_season_end"]


def _operation(use: str, era: str, supply_row: dict, climate: dict) -> tuple[Operation, Ventilation, dict]:
    op = _archetype_row("archetype_operation", use=OPERATION_PROXY.get(use, use))
    schedule = supply_row["residential_schedule"] if use == "residential" else OPERATION_PROXY.get(use, use)
    start, end = _season(climate, supply_row)
    operation = Operation(
        heating_setpoint=Q_(op["heating_setpoint_c"], "degC"), cooling_setpoint=Q_(op["cooling_setpoint_c"], "degC"),
        setback_setpoint=Q_(op["setback_setpoint_c"], "degC"), schedule=schedule,
        heating_season_start=start, heating_season_end=end, overheating=Q_(supply_row["overheating_k"], "K"),
        internal_gains=Q_(op["internal_gains_w_m2"], "W/m**2"), cooled=bool(supply_row["cooled"]),
        cooled_floor_share=float(op["cooled_floor_share"]), holidays=op.get("closed_days") or "",
        hvac_availability=supply_row["hvac_availability"])
    mechanical = op["mechanical_ach"] if _era_at_least(era, op["mechanical_from_era"]) else 0.0
    ventilation = Ventilation(infiltration_ach=Q_(0.0, "1/h"), mechanical_ach=Q_(mechanical, "1/h"),
                              heat_recovery=float(op["heat_recovery"]) if mechanical else 0.0,
                              window_airing_ach=Q_(supply_row["window_airing_ach"], "1/h"))
    return operation, ventilation, op


def _elevators(use: str, era: str) -> dict:
    """Elevator count and VDI 4707-1 usage of the archetype geometry row
    (none below 7 storeys for dwellings, below 4 for public buildings)."""
    g = _archetype_row("archetype_geometry", use=OPERATION_PROXY.get(use, use), era=era)
    n = int(g["elevators"])
    return {"elevators": n, "elevator_usage": g["elevator_usage"]} if n else {}


def _equipment(era: str, supply_row: dict, op: dict, lifts: dict) -> Equipment:
    modern = _era_at_least(era, MODERN_COOLING_FROM)
    unit = tables.cooling_unit(supply_row["cooling_unit_from_2005" if modern else "cooling_unit_before_2005"])
    return Equipment(
        emitter=supply_row["emitter"], design_supply_temp=Q_(supply_row["design_supply_temp_c"], "degC"),
        design_return_temp=Q_(supply_row["design_return_temp_c"], "degC"), cooling_system=unit["system"],
        cooling_seer=unit["seer"], lighting_power=Q_(op["lighting_power_w_m2"], "W/m**2"),
        appliance_power=Q_(op["appliance_power_w_m2"], "W/m**2"), dhw_demand=Q_(op["dhw_kwh_m2a"], "kWh/(m**2*a)"),
        dhw_carrier=supply_row["dhw_carrier"], dhw_efficiency=float(supply_row["dhw_efficiency"]), **lifts)


def _supply_row(zone: str, use: str) -> dict:
    use_class = "residential" if use == "residential" else "public"
    return _archetype_row("archetype_supply", climate_zone=zone, use_class=use_class)


def _dwellings(use: str, op: dict, geometry: Geometry) -> int:
    per_dwelling = op["floor_area_per_dwelling_m2"]
    if use != "residential" or per_dwelling is None or math.isnan(per_dwelling):
        return 0
    area = geometry.length.to("m").m * geometry.width.to("m").m * geometry.storeys
    return max(1, round(area / per_dwelling))


def building_from_archetype(city: str, use: str, era: str, name: str = "Building 1",
                            climate_zone: str | None = None) -> tuple[Building, tuple[str, ...]]:
    """A complete building from the archetype tables.

    Parameters
    ----------
    city : str
        City key; gives the climate zone (GB 50176-2016) and heating season.
    use : str
        One of ``calc.model.USES`` (``other_public`` takes office data).
    era : str
        One of ``calc.model.ERAS``.
    name : str
        Building name.
    climate_zone : str, optional
        Overrides the city's zone (``severe_cold``, ``cold``, ``hscw``,
        ``hsww``, ``mild``).

    Returns
    -------
    (Building, tuple of str)
        The validated building and the paths (relative to the building) of
        every field filled from the tables.
    """
    _check_choice("use", use, USES)
    _check_choice("era", era, ERAS)
    climate = city_climate(city) if climate_zone is None else {"climate_zone": climate_zone}
    zone = climate["climate_zone"]
    _check_choice("climate_zone", zone, ZONES)
    env = _envelope(zone, era, use)
    supply_row = _supply_row(zone, use)
    geometry = _geometry(use, era)
    operation, ventilation, op = _operation(use, era, supply_row, climate)
    ventilation = ventilation.replace(infiltration_ach=Q_(env["infiltration_ach"], "1/h"))
    win = tables.window_product(env["window"])
    building = Building(
        name=name, use=use, era=era, geometry=geometry,
        wall=construction_from_layers(env["wall_construction"], env["wall_insulation"], env["wall_insulation_mm"]),
        roof=construction_from_layers(env["roof_construction"], env["roof_insulation"], env["roof_insulation_mm"]),
        ground_floor=construction_from_layers(env["floor_construction"], env["floor_insulation"],
                                              env["floor_insulation_mm"]),
        window=Window(name=win["name"], u_value=win["u_value"], shgc=win["shgc"],
                      frame_fraction=win["frame_fraction"]),
        thermal_bridge_u=Q_(env["thermal_bridge_u_w_m2k"], "W/(m**2*K)"), thermal_mass=env["thermal_mass"],
        ventilation=ventilation, operation=operation, equipment=_equipment(era, supply_row, op, _elevators(use, era)),
        dwellings=_dwellings(use, op, geometry),
    )
    entered = {"name", "use", "era"}
    defaulted = tuple(path for path, _, _ in walk_fields(building) if path.split(".")[0] not in entered)
    return building, defaulted


def supply_from_archetype(zone: str, use: str) -> HeatingSupply:
    """The typical heat supply of a use in a climate zone
    (``archetype_supply.csv``): district heating in the north, gas boilers
    or heat pumps elsewhere."""
    _check_choice("climate_zone", zone, ZONES)
    _check_choice("use", use, USES)
    row = _supply_row(zone, use)
    kind = row["supply_kind"]
    args = {"kind": kind}
    if row["boiler"]:
        args["efficiency"] = min(tables.boiler(row["boiler"])["seasonal_efficiency"], 1.0)
    if kind in ("air_source_heat_pump", "ground_source_heat_pump"):
        args["heat_pump"] = HeatPump(product=row["heat_pump_product"])
    if kind == "district_heating":
        args["network"] = HeatingNetwork(assumed_loss_share=float(row["network_loss_share"]))
    return HeatingSupply(**args)


def project_from_archetype(city: str, use: str, era: str, name: str = "",
                           climate_zone: str | None = None) -> Project:
    """A complete project of one archetype building.

    Parameters
    ----------
    city, use, era, climate_zone
        As for :func:`building_from_archetype`.
    name : str
        Project name ('' = "<city> <use> <era>").

    Returns
    -------
    Project
        Validated; ``defaults`` lists every field path filled from the
        tables (building, heat supply, tariffs, grid region).
    """
    building, paths = building_from_archetype(city, use, era, climate_zone=climate_zone)
    climate = city_climate(city) if climate_zone is None else {"climate_zone": climate_zone, "grid_region": ""}
    supply = supply_from_archetype(climate["climate_zone"], use)
    tariffs = Tariffs(**tables.default_tariffs(public=building.is_public, city=city))
    accounting = Accounting(grid_region=climate.get("grid_region") or "national")
    project = Project(
        meta=Meta(name=name or f"{city} {use} {era}"), site=Site(city=city), buildings=(building,), supply=supply,
        economics=Economics(tariffs=tariffs), accounting=accounting)
    defaults = [f"buildings[0].{p}" for p in paths]
    defaults += [p for p, _, _ in walk_fields(project) if p.startswith(("supply.", "economics.tariffs."))]
    defaults.append("accounting.grid_region")
    return project.replace(defaults=tuple(defaults))
