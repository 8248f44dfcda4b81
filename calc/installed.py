"""What is installed before any measure: fixed once on the project as
entered, so that every later state keeps the same radiators, pumps and
2020 reference.

* emitters left unsized: sized for the building's design load as it stands
  (calc.emitters);
* network pumps without a design flow: sized for the buildings' design heat
  load at the network's design temperatures (calc.network.design_flow_for);
* the network's 2020 reference loss share, when not entered: by the age of
  its pipes (datasets/tables/network_reference_loss.csv), or the entered
  loss share of a network without pipes.
"""

from __future__ import annotations

import dataclasses

from . import emitters, network
from .model import HeatingNetwork
from .schema import field_spec
from .units import Q_, magnitude

# The largest pump design flow a network holds [m³/h] (its field's bound).
_MAX_DESIGN_FLOW = Q_(field_spec(HeatingNetwork, "design_flow")["le"], "m**3/h")


def reference_loss_share(nw) -> tuple:
    """(2020 reference loss share [-], where it comes from) of a network."""
    if nw.reference_loss_share_2020 is not None:
        return float(magnitude(nw.reference_loss_share_2020, "dimensionless")), "entered"
    if not nw.pipes:
        return float(nw.assumed_loss_share), "the network's loss share as entered (no pipes listed)"
    from .datasets.tables import network_reference_loss

    length = sum(magnitude(p.length, "m") for p in nw.pipes)
    year = sum(p.year * magnitude(p.length, "m") for p in nw.pipes) / length
    share, source = network_reference_loss(year)
    return share, f"pipes laid about {year:.0f}: {source}"


def as_installed(project, weather):
    """The project with the installed emitters, pump flow and 2020 network
    reference made explicit (see the module docstring)."""
    from .thermal import design_heat_load

    project = emitters.with_installed_emitters(project, weather)
    nw = project.supply.network
    if nw is None:
        return project
    changes = {}
    if nw.design_flow is None:
        load_w = sum(design_heat_load(b, weather).to("W").m for b in project.buildings) / nw.substation_efficiency
        if load_w > 0:
            flow = network.design_flow_for(Q_(load_w, "W"), nw.design_supply_temp, nw.design_return_temp)
            # no larger than the model holds (a narrow design spread on a huge
            # load asks more): the pumps are taken at that largest flow
            changes["design_flow"] = min(flow, _MAX_DESIGN_FLOW)
    if nw.reference_loss_share_2020 is None:
        changes["reference_loss_share_2020"] = Q_(100.0 * reference_loss_share(nw)[0], "percent")
    if not changes:
        return project
    return dataclasses.replace(project, supply=dataclasses.replace(project.supply, network=dataclasses.replace(nw, **changes)))
