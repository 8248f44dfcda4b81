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
    heat_source: str = choice(HEAT_SOURCES, default="unknown",
                              doc="What makes the heat at the station or plant (unknown = coal CHP, the commonest northern source)")
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
