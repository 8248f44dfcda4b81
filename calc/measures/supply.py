"""Heat-supply measures: heat pumps, boiler renewal, network renewal and
operation, metering reform. Each is ``fn(project, measure) -> Project``;
the project passed in is never changed.
"""

from __future__ import annotations

import dataclasses

from ..metering import balanced_building, reformed_building
from ..model import BOILER_KINDS, HeatPump, Measure, Metering, Project
from ..units import Q_, magnitude

# Loss share assumed for a renewed network when no pipes are listed: 8 % for
# new or retrofitted networks (facts.md §6 [M]).
RENEWED_NETWORK_LOSS_SHARE = 0.08


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
    pump then serves it as a central plant."""
    hp = HeatPump(carnot_efficiency=float(measure.param("carnot_efficiency").to("dimensionless").m),
                  sizing_factor=float(measure.param("sizing_factor").to("dimensionless").m))
    return _with_supply(project, kind=measure.param("kind"), heat_pump=hp)


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


def metering_reform(project: Project, measure: Measure) -> Project:
    """Heat meters, thermostatic valves and consumption billing; the
    buildings lose their over-heating and window airing (calc.metering)."""
    project = _with_supply(project, metering=Metering(billing="consumption", room_control=True, heat_meters=True))
    setback = measure.param("night_setback") == "yes"
    return dataclasses.replace(project, buildings=tuple(reformed_building(b, setback) for b in project.buildings))


APPLY: dict = {
    "heat_pump": heat_pump,
    "boiler_renewal": boiler_renewal,
    "pipe_renewal": pipe_renewal,
    "lower_supply_temperature": lower_supply_temperature,
    "hydraulic_balancing": hydraulic_balancing,
    "weather_compensation": weather_compensation,
    "variable_speed_pumps": variable_speed_pumps,
    "metering_reform": metering_reform,
}
