"""Measures in a project: kind, switch, parameters and cost overrides.

Each kind's parameters are declared in :data:`MEASURE_PARAMS` (unit or
choices, default, bounds); the transformation itself lives in
``calc.measures``.
"""

from __future__ import annotations

from ..schema import FieldError, Model, ValidationError, choice, flag, mapping, model, qty, text
from ..units import Q_, UnitInputError, parse_quantity
from .building import DHW_EFFICIENCY_MAX, PV_MODULES


def _q(unit, default, ge=None, gt=None, le=None, doc="", default_by=None):
    """A quantity parameter; ``default_by`` = (choice parameter, {option:
    default}) when its default depends on another parameter's choice."""
    decl = {"unit": unit, "default": default, "ge": ge, "gt": gt, "le": le, "doc": doc}
    if default_by is not None:
        decl["default_by"] = default_by
    return decl


def param_default(decl: dict, chosen: dict):
    """Default of a parameter given the choices made (``chosen``: name ->
    option); a choice that names no default of its own gives ``default``."""
    by = decl.get("default_by")
    return decl["default"] if by is None else by[1].get(chosen.get(by[0]), decl["default"])


def _c(options, default, doc=""):
    return {"options": tuple(options), "default": default, "doc": doc}


# Keys of datasets/tables/heat_pump_products.csv (a test keeps them in step);
# "generic" is the Carnot-efficiency model.
HEAT_PUMP_PRODUCT_CHOICES = ("generic", "ashp_regular", "ashp_low_ambient", "ashp_split_room", "gshp_brine_water")

# kind -> parameter name -> declaration
MEASURE_PARAMS: dict[str, dict[str, dict]] = {
    "wall_insulation": {
        "material": _c(("EPS", "XPS", "rock_wool", "PU", "phenolic", "aerogel", "VIP"), "EPS", "Insulation product"),
        "thickness": _q("mm", 100.0, gt=0, le=500, doc="Insulation thickness"),
    },
    "roof_insulation": {
        "material": _c(("EPS", "XPS", "rock_wool", "PU", "phenolic", "aerogel", "VIP"), "XPS", "Insulation product"),
        "thickness": _q("mm", 100.0, gt=0, le=500, doc="Insulation thickness"),
    },
    "floor_insulation": {
        "material": _c(("EPS", "XPS", "rock_wool", "PU", "phenolic", "aerogel", "VIP"), "XPS", "Insulation product"),
        "thickness": _q("mm", 50.0, gt=0, le=300, doc="Insulation thickness"),
    },
    "window_replacement": {
        "u_value": _q("W/(m**2*K)", 1.8, gt=0.3, le=6.5, doc="New window U_w"),
        "shgc": _q("dimensionless", 0.45, gt=0, le=1, doc="New glazing SHGC"),
        "frame_fraction": _q("dimensionless", 0.25, ge=0, le=0.6, doc="Frame share"),
        "infiltration_ach": _q("1/h", 0.5, ge=0.05, le=5,
                               doc="Infiltration with the new windows, where it was higher (JGJ 26 design air change "
                                   "0.5 h⁻¹; old leaky flats 0.8-1.0 h⁻¹, an estimate from survey literature)"),
    },
    "airtightness": {
        "infiltration_ach": _q("1/h", 0.5, ge=0.05, le=5, doc="Infiltration after sealing"),
    },
    "heat_pump": {
        "kind": _c(("air_source_heat_pump", "ground_source_heat_pump"), "air_source_heat_pump", "Heat pump type"),
        "product": _c(HEAT_PUMP_PRODUCT_CHOICES, "generic",
                      "Tested product from the heat-pump library (generic = Carnot model with η_C)"),
        "carnot_efficiency": _q("dimensionless", 0.45, gt=0, le=0.9, doc="Exergy efficiency η_C (generic model)"),
        "sizing_factor": _q("dimensionless", 1.0, gt=0.2, le=3, doc="Capacity / design heat load"),
    },
    "disconnection": {
        "building_number": _q("dimensionless", 1.0, ge=1, le=1000,
                              doc="The building leaving the network: its place in the list (1 = first)"),
        "kind": _c(("air_source_heat_pump", "ground_source_heat_pump", "gas_boiler", "electric"),
                   "air_source_heat_pump", "Its own heat source"),
        "product": _c(HEAT_PUMP_PRODUCT_CHOICES, "generic", "Heat-pump product (generic = Carnot model)"),
        "carnot_efficiency": _q("dimensionless", 0.45, gt=0, le=0.9, doc="Exergy efficiency η_C (generic heat pump)"),
        "efficiency": _q("dimensionless", 0.92, gt=0.3, le=1.0, doc="Seasonal efficiency of a boiler or electric heater"),
    },
    "boiler_renewal": {
        "efficiency": _q("dimensionless", 0.92, gt=0.3, le=1.0, doc="New seasonal efficiency"),
    },
    "pipe_renewal": {
        "insulation_thickness": _q("mm", 50.0, gt=0, le=300, doc="New insulation thickness"),
        "insulation_conductivity": _q("W/(m*K)", 0.027, gt=0.01, le=0.1, doc="New insulation conductivity (PUR)"),
    },
    "lower_supply_temperature": {
        "design_supply_temp": _q("degC", 55.0, ge=30, le=95, doc="New design supply temperature"),
        "design_return_temp": _q("degC", 45.0, ge=25, le=80, doc="New design return temperature"),
    },
    "radiator_replacement": {
        "design_supply_temp": _q("degC", 55.0, ge=30, le=95, doc="Design supply temperature the new emitters are sized for"),
        "design_return_temp": _q("degC", 45.0, ge=25, le=80, doc="Design return temperature the new emitters are sized for"),
    },
    "hydraulic_balancing": {},
    "weather_compensation": {},
    "variable_speed_pumps": {},
    "metering_reform": {
        "night_setback": _c(("no", "yes"), "no", "Households set back to 16 °C at night after the reform"),
        "behaviour": _c(("low", "middle", "high"), "middle",
                        "Occupant response: share of over-heating and window airing removed (metering_behaviour.csv)"),
        "convert_single_pipe": _c(("yes", "no"), "yes",
                                  "Convert vertical single-pipe loops so that room valves work (priced per dwelling)"),
    },
    "lighting_retrofit": {
        "lighting_power": _q("W/m**2", 5.0, gt=0, le=30, doc="New installed lighting power density (LED)"),
    },
    "rooftop_pv": {
        "coverage": _q("dimensionless", 0.5, gt=0, le=1, doc="Share of the roof covered by modules"),
        "tilt": _q("deg", 25.0, ge=0, le=90, doc="Module tilt"),
        "azimuth": _q("deg", 180.0, ge=0, le=360, doc="Module azimuth (180 = south)"),
        "module": _c(PV_MODULES, "mono_perc_550", "Module product"),
    },
}
# Measures on how public buildings are run and cooled, and on hot water
# (calc.measures.operation, calc.measures.cooling, calc.measures.dhw).
MEASURE_PARAMS.update({
    "public_setpoint_control": {
        "heating_setpoint": _q("degC", 20.0, ge=16, le=20, doc="Highest heating setpoint of public buildings (rule: ≤ 20 °C)"),
        "cooling_setpoint": _q("degC", 26.0, ge=26, le=30, doc="Lowest cooling setpoint of public buildings (rule: ≥ 26 °C)"),
    },
    "building_automation": {
        "lighting_saving": _q("dimensionless", 0.2, ge=0, le=0.6, doc="Share of lighting use saved by presence and daylight control"),
    },
    "cooling_replacement": {
        "unit": _c(("split_ac_2019_grade1", "split_ac_2019_grade3", "vrf_new", "chiller_water_cooled_new",
                    "chiller_air_cooled"), "split_ac_2019_grade1", "New cooling unit (cooling_units.csv)"),
    },
    # facades: the sun-facing ones by default (calc.measures.cooling.external_shading)
    "external_shading": {
        "device": _c(("fixed", "movable"), "fixed",
                     "Fixed overhangs/fins (shade all hours) or movable external blinds (deployed only in strong sun)"),
        # fixed: an overhang's or fin's seasonal share, an engineering value;
        # movable: an external white venetian blind, ISO 13790:2008 Annex
        # G.5.2 (0.10 / 0.15 / 0.35 by slat setting; datasets/SOURCES.md)
        "shading_factor": _q("dimensionless", 0.6, gt=0, le=1,
                             doc="Share of the solar gain the device lets through while it shades (1 = none; "
                                 "default 0.6 fixed, 0.15 movable blinds)",
                             default_by=("device", {"fixed": 0.6, "movable": 0.15})),
        "south": _c(("yes", "no"), "yes", "Device on the south windows"),
        "east": _c(("yes", "no"), "yes", "Device on the east windows"),
        "north": _c(("yes", "no"), "no", "Device on the north windows"),
        "west": _c(("yes", "no"), "yes", "Device on the west windows"),
        "threshold": _q("W/m**2", 300.0, ge=0, le=1500,
                        doc="Movable blinds: deployed while the sun on the facade exceeds this irradiance "
                            "(ISO 13790:2008 clause 11.4.3: 300 W/m²)"),
    },
    "cool_roof": {
        "solar_absorptance": _q("dimensionless", 0.3, gt=0, le=1, doc="Solar absorptance of the reflective roof finish"),
    },
    "heat_pump_water_heater": {
        "cop": _q("dimensionless", 3.0, gt=1, le=DHW_EFFICIENCY_MAX, doc="Seasonal COP of the heat-pump water heater"),
    },
    "mvhr": {
        "mechanical_ach": _q("1/h", 0.5, gt=0, le=5, doc="Balanced mechanical air change while occupied"),
        "heat_recovery": _q("dimensionless", 0.75, ge=0, le=0.95, doc="Sensible heat-recovery efficiency"),
        "fan_specific_power": _q("W/(m**3/h)", 0.45, gt=0, le=3, doc="Fan power per air flow, both fans"),
    },
    "solar_thermal": {
        "roof_share": _q("dimensionless", 0.1, gt=0, le=0.8, doc="Collector aperture area per m² of roof"),
        "tilt": _q("deg", 30.0, ge=0, le=90, doc="Collector tilt"),
        "azimuth": _q("deg", 180.0, ge=0, le=360, doc="Collector azimuth (180 = south)"),
    },
    "elevator_modernisation": {
        "running_saving": _q("dimensionless", 0.3, ge=0, le=0.7, doc="Share of travel power saved (gearless PM drive, regeneration)"),
        "standby_power": _q("W", 50.0, ge=0, le=2000, doc="Standby power of one elevator after the retrofit (VDI 4707-1 class A: ≤ 50 W)"),
    },
})
MEASURE_KINDS = tuple(MEASURE_PARAMS)


@model
class Measure(Model):
    """One measure of the package, switched on or off."""

    kind: str = choice(MEASURE_KINDS, doc="What the measure does")
    enabled: bool = flag(default=True, doc="Included in the package")
    label: str = text(default="", doc="Name shown in results (empty = the kind's name)")
    params: dict = mapping(doc="Parameters (see MEASURE_PARAMS)")
    # 1e12 CNY (a trillion) is far above any retrofit, and keeps every cash
    # flow and its sums over 100 years well inside floating-point range.
    investment: object = qty("CNY", ge=0, le=1e12, optional=True, default=None, doc="Investment override (empty = from the cost data)")
    subsidy: object = qty("CNY", ge=0, le=1e12, default=0.0, doc="Subsidy received")
    lifetime: object = qty("year", gt=0, le=100, optional=True, default=None, doc="Service life override (empty = from the cost data)")

    def __post_init__(self):
        if self.kind in MEASURE_PARAMS and isinstance(self.params, dict):
            params, errors = _normalise_params(self.kind, self.params)
            if errors:
                raise ValidationError(errors)
            object.__setattr__(self, "params", params)
        super().__post_init__()

    def _rules(self):
        if self.investment is not None and self.subsidy.m > self.investment.to("CNY").m:
            yield "subsidy", self.subsidy, f"must not exceed the investment ({self.investment.to('CNY').m:g} CNY)"
        if self.kind == "window_replacement":
            best = best_window_u()
            if self.params["u_value"].m < best:
                yield ("params.u_value", self.params["u_value"],
                       f"below every window product in the library (best {best:g} W/(m**2*K))")

    @staticmethod
    def _data_problems(data: dict):
        """Parameters as written in a file state their unit (schema.quantity_from_data)."""
        from ..schema import quantity_from_data

        spec = MEASURE_PARAMS.get(data.get("kind"))
        params = data.get("params")
        if spec is None or not isinstance(params, dict):
            return
        for name, raw in params.items():
            decl = spec.get(name)
            if decl is None or "options" in decl or raw is None:
                continue
            try:
                quantity_from_data(raw, decl["unit"], f"params.{name}")
            except ValidationError as e:
                for err in e.errors:
                    if "without a unit" in err.message or "too long" in err.message:
                        yield err.path, err.value, err.message

    def param(self, name: str):
        return self.params[name]


def best_window_u() -> float:
    """Lowest U_w [W/(m²K)] of the priced window products: the cost of a new
    window is that of a library product at least as good (calc.datasets)."""
    from ..datasets.tables import table  # lazy: the loader reads the table once

    df = table("window_products").dropna(subset=["cost_typical_cny_per_m2"])
    return float(df["u_value_w_m2k"].min())


def with_choice(kind: str, params: dict, name: str, option) -> dict:
    """``params`` with choice parameter ``name`` set to ``option``; a
    parameter whose default follows that choice and still holds the old
    choice's default takes the new one's (a value the user gave is kept)."""
    out = {**params, name: option}
    for other, decl in MEASURE_PARAMS[kind].items():
        by = decl.get("default_by")
        if by is None or by[0] != name or other not in params:
            continue
        if params[other].to(decl["unit"]).magnitude == param_default(decl, {name: params.get(name)}):
            out[other] = Q_(param_default(decl, {name: option}), decl["unit"])
    return out


def _normalise_params(kind: str, raw: dict):
    """Fill defaults and turn typed text into quantities in the declared unit."""
    spec = MEASURE_PARAMS[kind]
    out, errors = {}, []
    for key in raw:
        if key not in spec:
            allowed = ", ".join(spec) or "none"
            errors.append(FieldError(f"params.{key}", raw[key], f"unknown parameter for {kind}; allowed: {allowed}"))
    chosen = {n: raw.get(n, d["default"]) for n, d in spec.items() if "options" in d}
    for name, decl in spec.items():
        value = raw.get(name, param_default(decl, chosen))
        path = f"params.{name}"
        if "options" in decl:
            if value not in decl["options"]:
                errors.append(FieldError(path, value, "must be one of " + ", ".join(decl["options"])))
            out[name] = value
            continue
        try:
            q = value.to(decl["unit"]) if hasattr(value, "to") else parse_quantity(value, decl["unit"], field=path)
        except (UnitInputError, Exception) as e:  # pint's DimensionalityError too
            errors.append(FieldError(path, value, str(e).split(": ", 1)[-1]))
            continue
        x = float(q.magnitude)
        bad = ((decl["gt"] is not None and not x > decl["gt"]) or (decl["ge"] is not None and not x >= decl["ge"])
               or (decl["le"] is not None and not x <= decl["le"]))
        if bad:
            lo = f"> {decl['gt']:g}" if decl["gt"] is not None else f"≥ {decl['ge']:g}"
            errors.append(FieldError(path, q, f"must be {lo} and ≤ {decl['le']:g} {decl['unit']}"))
        out[name] = Q_(x, decl["unit"])
    return out, errors


def params_to_data(kind: str, params: dict) -> dict:
    """JSON form of measure parameters: quantities in their declared unit."""
    spec = MEASURE_PARAMS[kind]
    out = {}
    for name, value in params.items():
        decl = spec[name]
        if "options" in decl:
            out[name] = value
        elif decl["unit"] == "dimensionless":
            out[name] = float(value.to("dimensionless").magnitude)
        else:
            out[name] = f"{float(value.to(decl['unit']).magnitude)!r} {decl['unit']}"
    return out


Measure._data_of_params = lambda self: params_to_data(self.kind, self.params)  # used by schema.to_data
