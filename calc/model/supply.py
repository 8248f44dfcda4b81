"""Heat supply of the project: own plant or district heating network."""

from __future__ import annotations

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
            from ..datasets.tables import table  # lazy: the loader reads the table once

            known = list(table("heat_pump_products")["product"])
            if self.product not in known:
                yield "product", self.product, "unknown heat-pump product; known: " + ", ".join(known) + " ('' = generic model)"


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

    def _rules(self):
        if self.design_return_temp.m >= self.design_supply_temp.m:
            yield "design_return_temp", self.design_return_temp, "must be below the design supply temperature"


@model
class Metering(Model):
    """Heat metering and charging."""

    billing: str = choice(BILLING, default="area", doc="How heat is charged: by floor area or by metered consumption")
    room_control: bool = flag(default=False, doc="Thermostatic radiator valves / room control")
    heat_meters: bool = flag(default=False, doc="Building or dwelling heat meters installed")


@model
class HeatingSupply(Model):
    """The heat source serving all buildings of the project."""

    kind: str = choice(SUPPLY_KINDS, doc="Heat source")
    efficiency: float = number(default=0.9, gt=0, le=1, doc="Seasonal efficiency of a boiler or electric heater (≤ 1)")
    heat_pump: object = child(HeatPump, optional=True, doc="Heat pump data (heat-pump sources)")
    network: object = child(HeatingNetwork, optional=True, doc="Heating network (district heating)")
    metering: object = child(Metering, default=Metering(), doc="Metering and charging")

    def _rules(self):
        if self.kind in HEAT_PUMP_KINDS and self.heat_pump is None:
            yield "heat_pump", None, f"required when the heat source is {self.kind}"
        if self.kind == "district_heating" and self.network is None:
            yield "network", None, "required when the heat source is district_heating"
