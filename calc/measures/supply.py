"""Heat-supply measures: heat pumps, boiler renewal, network renewal and
operation, metering reform. Each is ``fn(project, measure) -> Project``;
the project passed in is never changed.
"""

from __future__ import annotations

import dataclasses

from ..datasets.tables import metering_behaviour
from ..metering import balanced_building, reformed_building
from ..model import BOILER_KINDS, HEAT_PUMP_KINDS, HeatPump, Measure, Metering, OwnPlant, Project
from ..model.supply import heat_pump_limits
from ..units import Q_, magnitude

# Loss share assumed for a renewed network when no pipes are listed: 8 % for
# new or retrofitted networks (Tsinghua BERC 《中国建筑节能年度发展研究报告》,
# northern urban heating chapter; recalled, not checked; as
# datasets/tables/network_reference_loss.csv).
RENEWED_NETWORK_LOSS_SHARE = 0.08
# Lowest return temperature kept when a central heat pump caps the network
# flow (the network model's lower bound is 20 °C; 25 °C keeps a spread).
MIN_NETWORK_RETURN_C = 25.0


def _with_supply(project: Project, **changes) -> Project:
    return dataclasses.replace(project, supply=dataclasses.replace(project.supply, **changes))


def _with_network(project: Project, measure: Measure, **changes) -> Project:
    nw = project.supply.network
    if nw is None:
        raise ValueError(f"{measure.kind}: needs a heating network (supply.network is empty; "
                         f"the heat source is {project.supply.kind})")
    return _with_supply(project, network=dataclasses.replace(nw, **changes))


def heat_pump(project: Project, measure: Measure) -> Project:
    """Replace the heat source by an air- or ground-source heat pump, sized
    in :func:`calc.supply.supply_energy` as sizing_factor × design heat load
    (the weather is not known here). An existing network is kept: the heat
    pump then serves it as a central plant. ``product`` selects a tested
    unit from the library (its test points replace the Carnot model)."""
    product = measure.param("product")
    hp = HeatPump(product="" if product == "generic" else product,
                  carnot_efficiency=float(measure.param("carnot_efficiency").to("dimensionless").m),
                  sizing_factor=float(measure.param("sizing_factor").to("dimensionless").m))
    kind = measure.param("kind")
    nw = project.supply.network
    if nw is not None:
        # A central heat pump runs the network no hotter than it can make
        # (the package must lower the temperature first; validation says so);
        # the emitter check then shows what the buildings lose.
        limit, _, _ = heat_pump_limits(kind, hp.product)
        ts, tr = nw.design_supply_temp.to("degC").m, nw.design_return_temp.to("degC").m
        if ts > limit:
            new_tr = max(tr - (ts - limit), min(limit - 5.0, MIN_NETWORK_RETURN_C))
            nw = dataclasses.replace(nw, design_supply_temp=Q_(limit, "degC"), design_return_temp=Q_(new_tr, "degC"))
    return _with_supply(project, kind=kind, heat_pump=hp, network=nw)


def disconnection(project: Project, measure: Measure) -> Project:
    """One building leaves the heating network for a plant of its own (a
    heat pump sized as for the heat-pump measure, a gas boiler or electric
    heating); the network then carries only the others' heat, its losses
    and pumps follow in calc.supply. The pipes are kept (the branch to the
    building is not removed)."""
    nw = project.supply.network
    if nw is None:
        raise ValueError(f"disconnection: needs a heating network; the heat source is {project.supply.kind}")
    number = int(round(measure.param("building_number").to("dimensionless").m))
    if not 1 <= number <= len(project.buildings):
        raise ValueError(f"params.building_number: {number} must be from 1 to {len(project.buildings)}")
    name = project.buildings[number - 1].name
    kind = measure.param("kind")
    hp = None
    if kind in HEAT_PUMP_KINDS:
        product = measure.param("product")
        hp = HeatPump(product="" if product == "generic" else product,
                      carnot_efficiency=float(measure.param("carnot_efficiency").to("dimensionless").m))
    plant = OwnPlant(building=name, kind=kind, heat_pump=hp,
                     efficiency=float(measure.param("efficiency").to("dimensionless").m))
    others = tuple(p for p in project.supply.own_plants if p.building != name)
    return _with_supply(project, own_plants=others + (plant,))


def disconnection_capacity(state, measure):
    """Capacity of the disconnected building's own plant [kW], for its price:
    the heat pump's, else the building's peak hourly heating need."""
    number = int(round(measure.param("building_number").to("dimensionless").m))
    b = state.project.buildings[number - 1]
    hp = state.supply.heat_pumps.get(b.name)
    if hp is not None:
        return hp.capacity.to("kW")
    return Q_(float(state.thermal[b.name].heating.to("kW").m.max()), "kW")


def boiler_renewal(project: Project, measure: Measure) -> Project:
    """A new boiler of the same fuel with a higher seasonal efficiency."""
    if project.supply.kind not in BOILER_KINDS:
        raise ValueError(f"boiler_renewal: the heat source is {project.supply.kind}, not a boiler "
                         "(allowed: " + ", ".join(BOILER_KINDS) + ")")
    eta = float(magnitude(measure.param("efficiency"), "dimensionless", "params.efficiency"))
    return _with_supply(project, efficiency=eta)


def pipe_renewal(project: Project, measure: Measure) -> Project:
    """Every pipe replaced by pre-insulated bonded pipe (EN 253 / CJJ/T 81)
    laid directly in the ground, with the given insulation."""
    nw = project.supply.network
    thickness = Q_(magnitude(measure.param("insulation_thickness"), "mm", "params.insulation_thickness"), "mm")
    lam = Q_(magnitude(measure.param("insulation_conductivity"), "W/(m*K)", "params.insulation_conductivity"), "W/(m*K)")
    if nw is not None and not nw.pipes:
        return _with_network(project, measure,
                             assumed_loss_share=min(nw.assumed_loss_share, RENEWED_NETWORK_LOSS_SHARE))
    pipes = tuple(dataclasses.replace(p, laying="buried", insulation_thickness=thickness,
                                      insulation_conductivity=lam) for p in (nw.pipes if nw else ()))
    return _with_network(project, measure, pipes=pipes)


def lower_supply_temperature(project: Project, measure: Measure) -> Project:
    """Lower design flow and return temperatures of the emitters and of the
    network (emitters must be able to deliver the design load at the lower
    temperature: larger radiators or a better envelope)."""
    ts = measure.param("design_supply_temp").to("degC")
    tr = measure.param("design_return_temp").to("degC")
    if tr.m >= ts.m:
        raise ValueError(f"params.design_return_temp: {tr.m:g} °C must be below params.design_supply_temp {ts.m:g} °C")
    buildings = tuple(dataclasses.replace(b, equipment=dataclasses.replace(
        b.equipment, design_supply_temp=ts, design_return_temp=tr)) for b in project.buildings)
    project = dataclasses.replace(project, buildings=buildings)
    if project.supply.network is not None:
        project = _with_network(project, measure, design_supply_temp=ts, design_return_temp=tr)
    return project


def radiator_replacement(project: Project, measure: Measure) -> Project:
    """New emitters sized (EN 442, calc.emitters) for the design heat load
    of the state they are simulated in, at the given design temperatures:
    the emitter output is left empty, which calc.supply reads as sized for
    the current load. A heat pump then sees the lower flow; a network keeps
    its own temperatures (lower_supply_temperature lowers them)."""
    ts = measure.param("design_supply_temp").to("degC")
    tr = measure.param("design_return_temp").to("degC")
    if tr.m >= ts.m:
        raise ValueError(f"params.design_return_temp: {tr.m:g} °C must be below params.design_supply_temp {ts.m:g} °C")
    buildings = tuple(dataclasses.replace(b, equipment=dataclasses.replace(
        b.equipment, design_supply_temp=ts, design_return_temp=tr, emitter_output_50=None)) for b in project.buildings)
    return dataclasses.replace(project, buildings=buildings)


def hydraulic_balancing(project: Project, measure: Measure) -> Project:
    """Balancing valves set: the network runs at design flow, and the
    over-heating caused by imbalance disappears (calc.metering)."""
    buildings = tuple(balanced_building(b) for b in project.buildings)
    project = dataclasses.replace(project, buildings=buildings)
    if project.supply.network is not None:
        project = _with_network(project, measure, balanced=True)
    return project


def weather_compensation(project: Project, measure: Measure) -> Project:
    """Supply temperature follows the outdoor temperature (heating curve)."""
    return _with_network(project, measure, control="weather_compensated")


def variable_speed_pumps(project: Project, measure: Measure) -> Project:
    """Network pumps with variable-speed drives."""
    return _with_network(project, measure, variable_speed=True)


def metering_reform(project: Project, measure: Measure, response_scale: float = 1.0) -> Project:
    """Heat meters, thermostatic valves and consumption billing; the
    buildings' over-heating and window airing fall by the response share of
    the behaviour level (calc.metering). Single-pipe loops are converted to
    take valves, unless the measure says not: then the valves do not work,
    the reform is billing alone and the low level applies.
    ``response_scale`` [-] multiplies the level's share (capped at 1): the
    Monte Carlo's behaviour sample (calc.uncertainty)."""
    project = _with_supply(project, metering=Metering(billing="consumption", room_control=True, heat_meters=True))
    setback = measure.param("night_setback") == "yes"
    convert = measure.param("convert_single_pipe") == "yes"
    buildings = []
    for b in project.buildings:
        single = b.equipment.distribution == "single_pipe"
        level = "low" if single and not convert else measure.param("behaviour")
        share = min(1.0, metering_behaviour(level)["response_share"] * response_scale)
        b = reformed_building(b, setback and not (single and not convert), share)
        if single and convert:
            b = dataclasses.replace(b, equipment=dataclasses.replace(b.equipment, distribution="two_pipe"))
        buildings.append(b)
    return dataclasses.replace(project, buildings=tuple(buildings))


APPLY: dict = {
    "heat_pump": heat_pump,
    "disconnection": disconnection,
    "boiler_renewal": boiler_renewal,
    "pipe_renewal": pipe_renewal,
    "lower_supply_temperature": lower_supply_temperature,
    "radiator_replacement": radiator_replacement,
    "hydraulic_balancing": hydraulic_balancing,
    "weather_compensation": weather_compensation,
    "variable_speed_pumps": variable_speed_pumps,
    "metering_reform": metering_reform,
}
