"""Heat supply of the project: own plant or district heating network."""

from __future__ import annotations

import functools

from ..schema import Model, child, children, choice, count, flag, model, number, qty, text

SUPPLY_KINDS = (
    "district_heating", "gas_boiler", "coal_boiler", "oil_boiler", "electric",
    "air_source_heat_pump", "ground_source_heat_pump",
)
HEAT_PUMP_KINDS = ("air_source_heat_pump", "ground_source_heat_pump")
BOILER_KINDS = ("gas_boiler", "coal_boiler", "oil_boiler")
LAYINGS = ("buried", "duct", "above_ground")
BACKUPS = ("electric", "gas_boiler", "none")
CONTROLS = ("constant", "weather_compensated")
BILLING = ("area", "consumption")
#: What makes district heat (datasets/tables/heat_sources.csv; the test of
#: calc.datasets keeps the two in step).
HEAT_SOURCES = ("unknown", "coal_chp", "coal_boiler_small", "coal_boiler_large", "gas_boiler",
                "industrial_waste_heat", "heat_pump_station", "electric_boiler")


@model
class HeatPump(Model):
    """A heat pump generator. Performance either from a product in the
    library (``product``) or from the Carnot-efficiency model (η_C)."""

    product: str = text(default="", doc="Product key in the heat-pump library ('' = generic Carnot model)")
    carnot_efficiency: float = number(default=0.45, gt=0, lt=1, doc="Exergy (Carnot) efficiency η_C of the generic model")
    capacity: object = qty("kW", gt=0, le=100000, optional=True, default=None, doc="Heating capacity at the design outdoor temperature (empty = sized to the design load)")
    backup: str = choice(BACKUPS, default="electric", doc="Back-up heater when capacity runs short")
    backup_efficiency: float = number(default=1.0, gt=0, le=1, doc="Efficiency of the back-up heater")
    sizing_factor: float = number(default=1.0, gt=0.2, le=3, doc="Capacity / design heat load, used when no capacity is given")

    def _rules(self):
        if self.product:
            from ..datasets.tables import heat_pump_products  # lazy: the loader reads the table once

            known = heat_pump_products()
            if self.product not in known:
                yield "product", self.product, "unknown heat-pump product; known: " + ", ".join(known) + " (or empty)"


@model
class PipeSegment(Model):
    """A pair of supply and return pipes of one nominal diameter."""

    name: str = text(default="", doc="Description")
    dn: int = count(ge=10, le=1400, doc="Nominal diameter DN, mm")
    length: object = qty("m", gt=0, le=100000, doc="Trench length (supply and return pipe each)")
    laying: str = choice(LAYINGS, default="buried", doc="How the pipe is laid")
    insulation_thickness: object = qty("mm", ge=0, le=500, doc="Insulation thickness (0 = bare pipe)")
    insulation_conductivity: object = qty("W/(m*K)", gt=0, le=2, default=0.033, doc="Insulation conductivity (aged)")
    depth: object = qty("m", gt=0, le=10, default=1.0, doc="Depth of the pipe axis below ground (buried)")
    year: int = count(default=2000, ge=1900, le=2100, doc="Year laid")

    def _rules(self):
        from ..network import STEEL_OD_MM

        if self.dn not in STEEL_OD_MM:
            yield "dn", self.dn, "not a standard nominal diameter; allowed: " + ", ".join(map(str, STEEL_OD_MM))
            return
        problem = depth_problem(self, self.laying, self.insulation_thickness.to("m").m)
        if problem:
            yield "depth", self.depth, problem


def depth_problem(segment, laying: str, insulation_thickness_m: float) -> str | None:
    """Why the segment's depth does not fit the pipe laid as ``laying`` with
    that insulation (None if it fits): the soil formulas (EN 13941-1) need
    the pipe axis deeper than half the casing (buried) or duct diameter."""
    from ..network import casing_diameter

    d = casing_diameter(segment.dn, laying, insulation_thickness_m)
    depth = segment.depth.to("m").m
    if d > 0 and not 2 * depth > d:
        return (f"the pipe axis ({depth:g} m deep) must lie deeper than half the "
                f"{'duct' if laying == 'duct' else 'casing'} diameter ({d / 2:.3f} m)")
    return None


@model
class HeatingNetwork(Model):
    """The secondary (or primary) network from the station to the buildings."""

    pipes: tuple = children(PipeSegment, doc="Pipe segments")
    assumed_loss_share: float = number(default=0.10, ge=0, le=0.6, doc="Loss share of heat sent out, used when no pipes are listed")
    design_supply_temp: object = qty("degC", ge=30, le=150, default=85.0, doc="Network supply temperature at the design outdoor temperature")
    design_return_temp: object = qty("degC", ge=20, le=120, default=60.0, doc="Network return temperature at the design outdoor temperature")
    control: str = choice(CONTROLS, default="constant", doc="Supply temperature control")
    pump_head: object = qty("m", gt=0, le=300, default=25.0, doc="Pump head at design flow")
    pump_efficiency: float = number(default=0.55, gt=0, le=1, doc="Pump and motor efficiency")
    variable_speed: bool = flag(default=False, doc="Variable-speed pumps")
    balanced: bool = flag(default=False, doc="Hydraulically balanced")
    substation_efficiency: float = number(default=0.97, gt=0, le=1, doc="Substation / heat exchanger efficiency")
    design_flow: object = qty("m**3/h", gt=0, le=1e6, optional=True, default=None,
                              doc="Circulating flow of the pumps as installed (empty = sized for the buildings' design "
                                  "heat load at the design temperatures)")
    makeup_water: object = qty("m**3/a", ge=0, le=1e8, default=0.0,
                               doc="Make-up water per year: water lost from the network (leaks, drains, theft) and "
                                   "replaced; read it from the station's make-up meter")
    makeup_water_temp: object = qty("degC", ge=0, le=40, default=10.0, doc="Temperature of the make-up water before heating")
    reference_loss_share_2020: object = qty("percent", ge=0, le=60, optional=True, default=None,
                                            doc="Network heat-loss share in 2020, the plan's reference (empty = "
                                                "defaulted by the age of the pipes, network_reference_loss.csv)")
    heat_source: str = choice(HEAT_SOURCES, default="unknown",
                              doc="What makes the heat at the station or plant (unknown = the default of the city's province: Beijing gas, other northern provinces coal CHP)")
    heat_coal_rate: object = qty("kgce/GJ", gt=0, le=200, optional=True, default=None,
                                 doc="Measured coal use per GJ of heat supplied (供热煤耗); empty = from the source's efficiency in the table")

    def _rules(self):
        if self.design_return_temp.m >= self.design_supply_temp.m:
            yield "design_return_temp", self.design_return_temp, "must be below the design supply temperature"
        if self.heat_source == "industrial_waste_heat" and self.heat_coal_rate is not None:
            yield "heat_coal_rate", self.heat_coal_rate, "waste heat burns no fuel; leave empty or choose another heat source"


@model
class Metering(Model):
    """Heat metering and charging."""

    billing: str = choice(BILLING, default="area", doc="How heat is charged: by floor area or by metered consumption")
    room_control: bool = flag(default=False, doc="Thermostatic radiator valves / room control")
    heat_meters: bool = flag(default=False, doc="Building or dwelling heat meters installed")


OWN_PLANT_KINDS = ("gas_boiler", "electric", "air_source_heat_pump", "ground_source_heat_pump")


@model
class OwnPlant(Model):
    """A building taken off the heating network, heated by a plant of its
    own (disconnection)."""

    building: str = text(nonempty=True, doc="Name of the building that leaves the network")
    kind: str = choice(OWN_PLANT_KINDS, doc="Its own heat source")
    efficiency: float = number(default=0.92, gt=0, le=1, doc="Seasonal efficiency of a boiler or electric heater (≤ 1)")
    heat_pump: object = child(HeatPump, optional=True, doc="Heat pump data (heat-pump sources)")

    def _rules(self):
        if self.kind in HEAT_PUMP_KINDS and self.heat_pump is None:
            yield "heat_pump", None, f"required when the own heat source is {self.kind}"


@model
class HeatingSupply(Model):
    """The heat source serving all buildings of the project."""

    kind: str = choice(SUPPLY_KINDS, doc="Heat source")
    efficiency: float = number(default=0.9, gt=0, le=1, doc="Seasonal efficiency of a boiler or electric heater (≤ 1)")
    heat_pump: object = child(HeatPump, optional=True, doc="Heat pump data (heat-pump sources)")
    network: object = child(HeatingNetwork, optional=True, doc="Heating network (district heating)")
    metering: object = child(Metering, default=Metering(), doc="Metering and charging")
    own_plants: tuple = children(OwnPlant, doc="Buildings off the network with a heat plant of their own")

    def _rules(self):
        if self.kind in HEAT_PUMP_KINDS and self.heat_pump is None:
            yield "heat_pump", None, f"required when the heat source is {self.kind}"
        if self.kind == "district_heating" and self.network is None:
            yield "network", None, "required when the heat source is district_heating"


# memoised: validation asks on every project built (a stock task builds
# about ten) and the answer depends on the shipped tables only
@functools.lru_cache(maxsize=64)
def heat_pump_limits(kind: str, product: str) -> tuple:
    """(maximum flow temperature [°C], sink medium, what sets the limit) of a
    heat pump: the product's catalogue limit, else the kind's generic limit
    (datasets/tables/heat_pump_products.csv, heat_pump_kinds.csv). An
    air-to-air product has no flow limit (inf)."""
    from ..datasets import tables  # lazy: the loader reads the tables once

    if product:
        info = tables.heat_pump_info(product)
        limit = info["max_flow_temp"].to("degC").m if info["max_flow_temp"] is not None else float("inf")
        return limit, info["sink_medium"], f"product {product}"
    limit, _ = tables.heat_pump_kind_max_flow(kind)
    return limit.to("degC").m, "water", f"generic {kind} (heat_pump_kinds.csv)"


def heat_pump_fit(project):
    """Heat pumps asked to make a flow temperature they cannot, named by
    field: the project's own heat pump against the network's or the
    emitters' design supply temperature, and the heat-pump measure against
    the network's flow temperature at its place in the package (a central
    heat pump on a network only where the flow temperature allows)."""
    from ..datasets.tables import heat_pump_products

    supply = project.supply
    known = heat_pump_products()
    if supply.kind in HEAT_PUMP_KINDS and supply.heat_pump is not None and supply.heat_pump.product in known + ("",):
        yield from _own_heat_pump_fit(project, supply)
    network_flow = supply.network.design_supply_temp.m if supply.network is not None else None
    for i, m in enumerate(project.measures):
        if not m.enabled:
            continue
        if m.kind == "lower_supply_temperature" and network_flow is not None:
            network_flow = m.params["design_supply_temp"].to("degC").m
        if m.kind != "heat_pump":
            continue
        product = "" if m.params["product"] == "generic" else m.params["product"]
        if product:
            from ..datasets.tables import heat_pump_info

            kind = heat_pump_info(product)["kind"]
            if kind != m.params["kind"]:
                yield f"measures[{i}].params.product", product, f"is a {kind}, not a {m.params['kind']}"
                continue
        limit, medium, what = heat_pump_limits(m.params["kind"], product)
        if network_flow is None:
            continue
        if medium == "air":
            yield f"measures[{i}].params.product", product, "an air-to-air unit cannot feed a heating network"
        elif network_flow > limit:
            yield (f"measures[{i}].kind", m.kind,
                   f"a central heat pump cannot make the network's {network_flow:g} °C design flow: {what} reaches "
                   f"{limit:g} °C; lower the supply temperature first (a lower_supply_temperature measure before "
                   "it) or choose a high-temperature product")


def _own_heat_pump_fit(project, supply):
    limit, medium, what = heat_pump_limits(supply.kind, supply.heat_pump.product)
    if supply.network is not None:
        if medium == "air":
            yield "supply.heat_pump.product", supply.heat_pump.product, "an air-to-air unit cannot feed a heating network"
        elif supply.network.design_supply_temp.m > limit:
            yield ("supply.network.design_supply_temp", supply.network.design_supply_temp,
                   f"above the {limit:g} °C the heat pump makes ({what})")
        return
    # Emitters hotter than the limit are not refused: after envelope work the
    # heating curve may run below it; calc.supply lets the back-up carry the
    # hours above the limit and says how much heat that is.


def own_plant_fit(project):
    """Buildings leaving the network: the network must exist, the building
    must be one of the project's, once; a disconnection measure must name a
    building by its number."""
    supply = project.supply
    names = [b.name for b in project.buildings]
    seen = set()
    for i, p in enumerate(supply.own_plants):
        path = f"supply.own_plants[{i}].building"
        if supply.network is None:
            yield path, p.building, "only a building on a heating network can leave it; the heat source has none"
        elif p.building not in names:
            yield path, p.building, "no such building; buildings: " + ", ".join(names)
        elif p.building in seen:
            yield path, p.building, "listed twice"
        seen.add(p.building)
    for i, m in enumerate(project.measures):
        if m.kind != "disconnection":
            continue
        if supply.network is None:
            yield f"measures[{i}].kind", m.kind, "needs a heating network; the heat source has none"
        number = m.params["building_number"].to("dimensionless").m
        if number != int(number) or not 1 <= number <= len(names):
            yield (f"measures[{i}].params.building_number", number,
                   f"must be a whole number from 1 to {len(names)} (the building's place in the list)")
