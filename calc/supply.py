"""Delivered energy per carrier from the buildings' hourly needs.

Thin orchestration: space heat through the heat source (district heating
network with substations, boilers, direct electric, heat pumps), cooling
from the cooling need and SEER, hot water from the annual demand, lighting
and appliances from power densities and the schedules, network pumps.
Balance of GB/T 51366-2019 chapter 4 (delivered energy = need / system
efficiency, per end use and carrier).
"""

from __future__ import annotations

import dataclasses
import functools
import warnings

import numpy as np

from . import boilers, climate, emitters, heatpump, network as net, schedules
from .elevators import elevator_electricity
from .thermal import design_heat_load, fan_electricity
from .geometry import floor_area
from .model import BOILER_KINDS, CARRIERS, HEAT_PUMP_KINDS
from .messages import Message, Term, msg
from .units import Q_, magnitude

END_USES = ("heating", "cooling", "dhw", "lighting", "appliances", "pumps", "elevators", "fans")
HOURS = 8760
# Default depth of a borehole field's mean fluid / undisturbed ground is
# taken as the annual mean ground temperature (below ~10 m the annual swing
# has died out; VDI 4640-1:2010 clause 5).


@dataclasses.dataclass(frozen=True)
class SupplyResult:
    """Delivered energy of a project.

    Attributes
    ----------
    delivered : dict
        carrier -> hourly Quantity [kWh] for the whole project (fuels at NCV).
    end_uses : dict
        building -> end use -> carrier -> annual Quantity [kWh].
    electricity_by_building : dict
        building -> hourly Quantity [kWh].
    heat_need : dict
        building -> hourly space-heating need [kWh] (as given by the thermal model).
    scop : float or None
        Seasonal COP of the heat pumps (EN 14825 SCOP incl. electric back-up) [-].
    backup_share : float or None
        Back-up heat over all heat of the heat pumps [-].
    network : NetworkResult or None
        Heat sent out, losses, loss share, pump energy.
    heat_pumps : dict
        name (building or "plant") -> HeatPumpResult.
    warnings : tuple of str
    """

    delivered: dict
    end_uses: dict
    electricity_by_building: dict
    heat_need: dict
    scop: float | None
    backup_share: float | None
    network: object
    heat_pumps: dict
    warnings: tuple = ()


def _hourly_kwh_from_power(power, name: str) -> np.ndarray:
    w = np.asarray(magnitude(power, "W", name), float)
    if w.shape != (HOURS,):
        raise ValueError(f"{name}: expected {HOURS} hourly values, got shape {w.shape}")
    if not np.all(np.isfinite(w)) or np.any(w < 0):
        raise ValueError(f"{name}: every hourly value must be finite and ≥ 0 W")
    return w / 1000.0  # W over one hour -> kWh


def _design_heat_load_kw(building, weather, need_kwh: np.ndarray) -> float:
    """Design heat load from calc.thermal, or the peak hourly need of the
    simulation where the building gives none."""
    try:
        return float(magnitude(design_heat_load(building, weather), "kW", "design_heat_load"))
    except (ValueError, TypeError, AttributeError):
        return float(need_kwh.max())


# Ground temperatures depend on the weather and the depth only; every state
# of an assessment asks for the same ones.
_GROUND = schedules.IdentityMemo(schedules.WEATHERS_KEPT, per_object=16)


def _ground_temps(weather, index, depth_m: float) -> np.ndarray:
    """Hourly undisturbed ground temperature at ``depth_m`` [°C]
    (Kusuda-Achenbach through calc.climate.ground_temperature)."""
    if index is weather.data.index:
        return _GROUND.get(weather, float(depth_m), lambda: _ground_temps_of(weather, index, depth_m)).copy()
    return _ground_temps_of(weather, index, depth_m)


def _ground_temps_of(weather, index, depth_m: float) -> np.ndarray:
    from .climate import ground_temperature

    monthly_air = weather.data["temp_air"].groupby(index.month).mean().to_numpy()
    monthly = ground_temperature(Q_(monthly_air, "degC"), Q_(depth_m, "m")).m
    return monthly[np.asarray(index.month) - 1]


# The outdoor air, humidity and design temperature of a weather, which every
# state of an assessment reads again (the design temperature sorts the year).
_OUTDOOR = schedules.IdentityMemo(schedules.WEATHERS_KEPT)


def _outdoor(weather) -> tuple:
    """``(t_out [°C], rh [%], t_design [°C])`` of the weather, read-only."""
    def compute():
        data = weather.data
        t_out = data["temp_air"].to_numpy(float)
        rh = data["relative_humidity"].to_numpy(float)
        return t_out, rh, climate.design_outdoor_temperature(Q_(t_out, "degC")).m
    return _OUTDOOR.get(weather, "outdoor", compute)


# SI figures of a building's equipment and geometry for the other end uses
# (pint conversions on every state otherwise; most states keep both parts).
_PARTS = schedules.PartsMemo(1024)


def _end_use_rates(b) -> tuple:
    """``(hot water [kWh/a], lighting [kW], appliances [kW])``."""
    def compute():
        eq = b.equipment
        area = floor_area(b).to("m**2").m
        return (magnitude(eq.dhw_demand, "kWh/(m**2*a)") * area, magnitude(eq.lighting_power, "W/m**2") * area / 1000.0,
                magnitude(eq.appliance_power, "W/m**2") * area / 1000.0)
    return _PARTS.get(("end_use_rates", b.equipment, b.geometry), compute)


# Elevator profiles (an array of a year each) of the latest equipments.
_ELEVATORS = schedules.PartsMemo(16)


def _elevators(eq, occupancy: np.ndarray) -> np.ndarray:
    """elevator_electricity, memoised on the equipment and the (memoised,
    read-only) occupancy profile."""
    def compute():
        x = elevator_electricity(eq, occupancy)
        x.setflags(write=False)
        return x
    return _ELEVATORS.get((eq, occupancy), compute)


def _add(table: dict, use: str, carrier: str, hourly: np.ndarray):
    table.setdefault(use, {}).setdefault(carrier, np.zeros(HOURS))
    table[use][carrier] = table[use][carrier] + hourly


def _max_flow_temp(kind: str, product) -> float:
    """Highest flow temperature of the heat pump [°C]: the product's, else
    the generic kind's (heat_pump_kinds.csv)."""
    if product is not None:
        return product.max_flow_temp
    from .datasets.tables import heat_pump_kind_max_flow

    return heat_pump_kind_max_flow(kind)[0].to("degC").m


def _flow_notes(where: str, kind: str, product, need: np.ndarray, sink: np.ndarray):
    """Warn when the heat pump must run above its tested range (documented
    extrapolation) or above its maximum flow (the back-up takes over)."""
    limit = _max_flow_temp(kind, product)
    heat = float(need.sum())
    over = float(need[sink > limit].sum())
    if over > 0:
        what = (msg("supply.hp_product", "product {name}", name=Term("heat_pump_product", product.name, product.name))
                if product is not None
                else msg("supply.hp_generic", "generic {kind}", kind=Term("supply", kind)))
        warnings.warn(msg("supply.hp_above_max_flow", "{where}: the heat pump ({what}) makes at most {limit:g} °C flow; "
                          "{pct:.0f} % of the heat needs a hotter flow (up to {hottest:.0f} °C) "
                          "and comes from the back-up heater", where=where, what=what, limit=limit,
                          pct=100.0 * over / heat, hottest=float(sink.max())), stacklevel=4)
    if product is not None and product.sink_medium == "water":
        top = product.tested_max_sink
        beyond = float(need[(sink > top) & (sink <= limit)].sum())
        if beyond > 0:
            warnings.warn(msg("supply.hp_beyond_tests", "{where}: product {name} is tested up to {top:g} °C flow; "
                              "{pct:.0f} % of the heat is at a hotter flow, its COP extrapolated "
                              "by the Carnot ratio from the hottest tested point", where=where,
                              name=Term("heat_pump_product", product.name, product.name),
                              top=top, pct=100.0 * beyond / heat), stacklevel=4)


def _note(warning) -> str:
    """The Message a UserWarning was raised with, else its text."""
    first = warning.args[0] if warning.args else ""
    return first if isinstance(first, Message) else str(warning)


def _heat_pump_run(hp, kind: str, need: np.ndarray, t_out, rh, sink, t_design, ground_mean, design_kw, product,
                   where: str = "heat pump"):
    """``where`` names the heat pump in notes (a building, or a Message)."""
    capacity = magnitude(hp.capacity, "kW") if hp.capacity is not None else hp.sizing_factor * design_kw
    if capacity <= 0:
        capacity = max(float(need.max()), 1e-3)
    if need.sum() > 0:
        _flow_notes(where, kind, product, need, np.asarray(sink, float))
    return heatpump.simulate_heat_pump(
        Q_(need, "kWh"), Q_(t_out, "degC"), Q_(sink, "degC"), Q_(capacity, "kW"),
        source="ground" if kind == "ground_source_heat_pump" else "air",
        carnot_efficiency=hp.carnot_efficiency, product=product,
        relative_humidity=Q_(rh, "percent"), ground_temp=Q_(ground_mean, "degC"),
        design_outdoor_temp=Q_(t_design, "degC"), backup=hp.backup, backup_efficiency=hp.backup_efficiency,
        max_flow_temp=Q_(_max_flow_temp(kind, product), "degC"),
    )


def _heat_pump_product(hp):
    if not hp.product:
        return None
    return _product(hp.product)


@functools.lru_cache(maxsize=64)
def _product(key: str):
    """The product's test-point grid (immutable), built once per worker:
    every state of every heat-pump building asks for it again."""
    try:
        from .datasets.tables import heat_pump_product
    except ImportError:
        raise ValueError(f"supply.heat_pump.product: {key!r} cannot be looked up "
                         "(no heat-pump library available); leave it empty for the generic model") from None
    return heat_pump_product(key)


def _source_energy(supply, heat: np.ndarray, hp_result=None) -> dict:
    """carrier -> hourly kWh needed to deliver ``heat`` from the source."""
    kind = supply.kind
    if kind == "district_heating":
        return {"district_heat": heat}
    if kind in BOILER_KINDS or kind == "electric":
        return {boilers.BOILER_CARRIER[kind]: boilers.boiler_fuel(Q_(heat, "kWh"), supply.efficiency).m}
    out = {"electricity": hp_result.electricity.m.copy()}
    backup = hp_result.backup_input.m
    if supply.heat_pump.backup == "gas_boiler":
        out["natural_gas"] = backup
    else:
        out["electricity"] = out["electricity"] + backup
    return out


def supply_energy(project, thermal: dict, weather) -> SupplyResult:
    """Delivered energy per carrier, end use and building.

    Parameters
    ----------
    project : Project
        Buildings, heat supply (network, heat pump, boiler) and metering.
    thermal : dict
        building name -> ThermalResult with hourly ``heating`` and
        ``cooling`` [W] (8760 values).
    weather : Weather
        Hourly ``temp_air`` [°C] and ``relative_humidity`` [%]; its index
        gives the schedules' hours.

    Returns
    -------
    SupplyResult
        Hourly delivered energy per carrier [kWh], annual end uses [kWh],
        electricity per building [kWh], SCOP, back-up share, network result.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = _supply_energy(project, thermal, weather)
    # UserWarnings are this program's notes on the inputs; others (library
    # deprecations) pass through unchanged.
    # (kept as calc.messages.Message, so the display renders them in its language).
    notes = tuple(dict.fromkeys(_note(w.message) for w in caught if w.category is UserWarning))
    for w in caught:
        if w.category is not UserWarning:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    for n in notes:
        warnings.warn(n, stacklevel=2)
    return dataclasses.replace(result, warnings=notes)


def _supply_energy(project, thermal: dict, weather) -> SupplyResult:
    missing = [b.name for b in project.buildings if b.name not in thermal]
    if missing:
        raise ValueError("thermal: no ThermalResult for building(s) " + ", ".join(missing))
    index = weather.data.index
    t_out, rh, t_design = _outdoor(weather)
    supply = project.supply
    ground_mean = float(np.mean(weather.ground_temperature))

    need = {b.name: _hourly_kwh_from_power(thermal[b.name].heating, f"thermal[{b.name!r}].heating")
            for b in project.buildings}
    uses: dict = {b.name: {} for b in project.buildings}
    hp_results: dict = {}
    network_result = None
    product = _heat_pump_product(supply.heat_pump) if supply.kind in HEAT_PUMP_KINDS else None
    loads = _DesignLoads(weather, need)
    checks = _emitter_checks(project, loads)

    own_plants = {p.building: p for p in supply.own_plants} if supply.network is not None else {}
    on_network = [b for b in project.buildings if b.name not in own_plants]
    if supply.network is not None and not on_network:
        warnings.warn(msg("supply.network_unused", "every building has left the network: it is not simulated"),
                      stacklevel=3)
    backups = {}
    if supply.network is not None and on_network:
        nw = supply.network
        sub = {b.name: need[b.name] / nw.substation_efficiency for b in on_network}
        total_sub = sum(sub.values())
        season = np.zeros(HOURS, bool)
        for b in on_network:
            season |= schedules.heating_season_mask(b.operation, index)
        buried = [p for p in nw.pipes if p.laying != "above_ground"]
        depth = (sum(p.depth.m * p.length.m for p in buried) / sum(p.length.m for p in buried)) if buried else 1.0
        network_result = net.simulate_network(
            nw, Q_(total_sub, "kWh"), Q_(t_out, "degC"), Q_(_ground_temps(weather, index, depth), "degC"),
            season, design_outdoor_temp=Q_(t_design, "degC"))
        sent = network_result.heat_sent_out.m
        annual_sub = float(total_sub.sum())
        shares = {name: (float(q.sum()) / annual_sub if annual_sub > 0 else 1.0 / len(sub)) for name, q in sub.items()}
        hp_plant = None
        if supply.kind in HEAT_PUMP_KINDS:
            design_kw = float(sent.max()) if sent.max() > 0 else 1.0
            hp_plant = _heat_pump_run(supply.heat_pump, supply.kind, sent, t_out, rh,
                                      network_result.supply_temp.m, t_design, ground_mean, design_kw, product,
                                      where=msg("supply.central_hp", "central heat pump"))
            hp_results["plant"] = hp_plant
            backups["plant"] = supply.heat_pump.backup
        source = _source_energy(supply, sent, hp_plant)
        losses = network_result.losses.m
        pumps = network_result.pump_electricity.m
        for name in sub:
            # Each building carries the source energy of its own heat plus
            # its share (by annual heat use) of the network losses.
            own = sub[name] + losses * shares[name]
            frac = np.divide(own, sent, out=np.zeros(HOURS), where=sent > 0)
            for carrier, e in source.items():
                _add(uses[name], "heating", carrier, e * frac)
            _add(uses[name], "pumps", "electricity", pumps * shares[name])
    ctx = (weather, t_out, rh, t_design, ground_mean, checks, loads)
    for b in project.buildings:
        if b.name in own_plants:
            plant = own_plants[b.name]
            own_supply = dataclasses.replace(supply, kind=plant.kind, efficiency=plant.efficiency,
                                             heat_pump=plant.heat_pump, network=None, own_plants=())
            own_product = _heat_pump_product(plant.heat_pump) if plant.kind in HEAT_PUMP_KINDS else None
            _building_own_source(b, own_supply, need[b.name], own_product, ctx, uses, hp_results, backups)
        elif supply.network is None:
            _building_own_source(b, supply, need[b.name], product, ctx, uses, hp_results, backups)

    for b in project.buildings:
        _other_end_uses(b, thermal[b.name], index, uses[b.name], getattr(weather, "data_year", None))

    delivered = {c: np.zeros(HOURS) for c in CARRIERS}
    elec_by_building = {}
    end_uses = {}
    for name, table in uses.items():
        elec = np.zeros(HOURS)
        end_uses[name] = {}
        for use in END_USES:
            end_uses[name][use] = {}
            for carrier, hourly in table.get(use, {}).items():
                delivered[carrier] = delivered[carrier] + hourly
                end_uses[name][use][carrier] = Q_(float(hourly.sum()), "kWh")
                if carrier == "electricity":
                    elec = elec + hourly
        elec_by_building[name] = Q_(elec, "kWh")

    scop = backup_share = None
    if hp_results:
        heat = sum(r.heat_pump_heat.m.sum() + r.backup_heat.m.sum() for r in hp_results.values())
        elec = {n: backups[n] == "electric" for n in hp_results}
        el = sum(r.electricity.m.sum() + (r.backup_input.m.sum() if elec[n] else 0.0) for n, r in hp_results.items())
        counted = sum(r.heat_pump_heat.m.sum() + (r.backup_heat.m.sum() if elec[n] else 0.0)
                      for n, r in hp_results.items())
        backup = sum(r.backup_heat.m.sum() for r in hp_results.values())
        scop = float(counted / el) if el > 0 else None
        backup_share = float(backup / heat) if heat > 0 else 0.0
    return SupplyResult(
        delivered={c: Q_(v, "kWh") for c, v in delivered.items()},
        end_uses=end_uses, electricity_by_building=elec_by_building,
        heat_need={n: Q_(v, "kWh") for n, v in need.items()},
        scop=scop, backup_share=backup_share, network=network_result, heat_pumps=hp_results,
    )


def _building_own_source(b, supply, q: np.ndarray, product, ctx, uses: dict, hp_results: dict, backups: dict):
    """Space heat of a building with a source of its own (no network, or
    disconnected from it): heat pumps on the emitters' heating curve."""
    weather, t_out, rh, t_design, ground_mean, checks, loads = ctx
    hp_res = None
    if supply.kind in HEAT_PUMP_KINDS:
        eq = b.equipment
        design_kw = loads.kw(b)
        ratio = checks[b.name].load_ratio if b.name in checks else 1.0
        sink, _ = heatpump.heating_curve(
            Q_(t_out, "degC"), Q_(t_design, "degC"), eq.design_supply_temp, eq.design_return_temp,
            room_temp=b.operation.heating_setpoint, emitter=eq.emitter, load_ratio=min(max(ratio, 1e-6), 1e6))
        hp_res = _heat_pump_run(supply.heat_pump, supply.kind, q, t_out, rh, sink.m, t_design,
                                ground_mean, design_kw, product, where=b.name)
        hp_results[b.name] = hp_res
        backups[b.name] = supply.heat_pump.backup
    for carrier, e in _source_energy(supply, q, hp_res).items():
        _add(uses[b.name], "heating", carrier, e)


class _DesignLoads:
    """Design heat load of each building of one state [kW], worked out once:
    the emitter check and the building's own heat pump both size on it."""

    def __init__(self, weather, need: dict):
        self.weather, self.need, self._kw = weather, need, {}

    def kw(self, b) -> float:
        if b.name not in self._kw:
            self._kw[b.name] = _design_heat_load_kw(b, self.weather, self.need[b.name])
        return self._kw[b.name]


def _emitter_checks(project, loads: _DesignLoads) -> dict:
    """building name -> calc.emitters.EmitterCheck of its emitters against
    its current design heat load; a warning for each that falls short."""
    out = {}
    need = loads.need
    for b in project.buildings:
        if need[b.name].sum() <= 0:
            continue
        nw = project.supply.network
        on_network = nw is not None and b.name not in {p.building for p in project.supply.own_plants}
        check = emitters.check_emitters(b, Q_(loads.kw(b), "kW"),
                                        max_supply_temp=nw.design_supply_temp if on_network else None)
        out[b.name] = check
        if not check.ok:
            warnings.warn(check.message(), stacklevel=3)
    return out


def _other_end_uses(b, th, index, table: dict, data_year=None):
    """Cooling, hot water, lighting and appliances of one building."""
    dhw_annual, light_kw, plug_kw = _end_use_rates(b)
    eq = b.equipment
    cooling = _hourly_kwh_from_power(th.cooling, f"thermal[{b.name!r}].cooling")
    if eq.cooling_system != "none" and cooling.sum() > 0:
        # Delivered electricity = cooling need / SEER (GB/T 51366-2019 eq. 4.3.1).
        # Part-space cooling: the single zone's need is scaled by the cooled
        # share of the floor (docs/accounting.md states the approximation).
        share = b.operation.cooled_floor_share
        _add(table, "cooling", "electricity", cooling * share / eq.cooling_seer)
    elif cooling.sum() > 0:
        warnings.warn(msg("supply.cooling_without_system", "{building}: cooling need of {kwh:.0f} kWh but no "
                          "cooling system; no cooling energy counted", building=b.name, kwh=float(cooling.sum())),
                      stacklevel=3)
    # Hot water drawn evenly over the year; the carrier's energy is need / efficiency.
    _add(table, "dhw", eq.dhw_carrier, np.full(HOURS, dhw_annual / HOURS / eq.dhw_efficiency))
    prof = schedules.operation_profiles(b.operation, index, data_year)
    _add(table, "lighting", "electricity", light_kw * prof.lighting)
    _add(table, "appliances", "electricity", plug_kw * prof.appliances)
    if eq.elevators > 0:
        _add(table, "elevators", "electricity", _elevators(eq, prof.occupancy))
    fans = fan_electricity(b, prof.ventilation)
    if fans is not None:
        _add(table, "fans", "electricity", fans)

