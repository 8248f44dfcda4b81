"""The building: geometry, envelope, ventilation, operation and equipment.

Geometry is a rectangular block (length along the front facade, width,
storeys); facade, roof and window areas derive from it, so a geometry edit
keeps the envelope consistent. Orientation follows pvlib: azimuth of an
outward facade normal, north = 0°, east = 90°, south = 180°, west = 270°.
"""

from __future__ import annotations

from ..schema import Model, child, children, choice, count, flag, model, number, qty, text

USES = ("residential", "office", "school", "hospital", "hotel", "retail", "other_public")
PUBLIC_USES = USES[1:]
ERAS = ("pre_1986", "1986_1995", "1996_2004", "2005_2015", "2016_on")
THERMAL_MASS = ("very_light", "light", "medium", "heavy", "very_heavy")  # ISO 13790 Table 12
FLOOR_TYPES = ("slab_on_ground", "unheated_basement", "heated_basement")
SCHEDULES = ("continuous", "residential", "residential_whole_house", "office", "school", "hospital", "hotel", "retail")
EMITTERS = ("radiators", "floor_heating", "fan_coils")
DISTRIBUTIONS = ("two_pipe", "single_pipe")
CARRIERS = ("electricity", "natural_gas", "district_heat", "coal", "oil", "lpg")
COOLING_SYSTEMS = ("none", "split_ac", "chiller", "vrf")
FACADES = ("south", "east", "north", "west")
FACADE_OFFSET_DEG = {"south": 0.0, "east": -90.0, "north": 180.0, "west": 90.0}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "reference_year": 1 January is a Sunday (the program's calendar year 2023);
# "weather_year": the weekday of 1 January in the weather file's own year
FIRST_WEEKDAYS = ("reference_year", "weather_year") + WEEKDAYS
HVAC_AVAILABILITY = ("season", "whenever_needed", "heating_in_season")
AIR_DENSITY = ("outdoor", "standard")
HOURS_PER_DAY = 24
# VDI 4707-1 usage categories 1-5 (mean travel time per day, calc.elevators)
ELEVATOR_USAGE = ("very_low", "low", "medium", "high", "very_high")


@model
class Layer(Model):
    """One homogeneous layer of a construction, outside to inside."""

    material: str = text(nonempty=True, doc="Material name (library key or free text)")
    thickness: object = qty("mm", gt=0, le=2000, doc="Layer thickness")
    conductivity: object = qty("W/(m*K)", gt=0, le=500, doc="Design thermal conductivity λ (with the GB 50176 correction factor applied)")
    density: object = qty("kg/m**3", gt=0, le=25000, optional=True, default=None, doc="Density")
    specific_heat: object = qty("J/(kg*K)", gt=0, le=10000, optional=True, default=None, doc="Specific heat capacity")


@model
class Construction(Model):
    """An opaque element build-up. The U-value is taken from ``u_value`` when
    given, else computed from ``layers`` with GB 50176-2016 surface
    resistances (calc.envelope)."""

    name: str = text(default="", doc="Description")
    layers: tuple = children(Layer, doc="Layers from outside to inside")
    u_value: object = qty("W/(m**2*K)", gt=0, le=10, optional=True, default=None, doc="Given thermal transmittance U (overrides layers)")
    solar_absorptance: float = number(default=0.7, ge=0, le=1, doc="Solar absorptance of the outer surface")

    def _rules(self):
        if self.u_value is None and not self.layers:
            yield "u_value", None, "give either a U-value or at least one layer"


@model
class Window(Model):
    """Windows of the building (one glazing for all facades; external
    shading devices facade by facade)."""

    name: str = text(default="", doc="Description")
    u_value: object = qty("W/(m**2*K)", gt=0, le=10, doc="Whole-window thermal transmittance U_w")
    shgc: float = number(gt=0, le=1, doc="Solar heat gain coefficient of the glazing at normal incidence")
    frame_fraction: float = number(default=0.25, ge=0, lt=1, doc="Frame share of the window area")
    shading_factor: float = number(default=1.0, ge=0, le=1, doc="Reduction factor for external shading / obstructions (1 = none)")
    # external devices per facade (calc.shading): the share of the solar gain
    # each lets through while it shades; 1 = no device
    fixed_shading_south: float = number(default=1.0, ge=0, le=1, doc="Fixed external shading (overhangs, fins) on the south windows: share of the solar gain let through, all hours (1 = none)")
    fixed_shading_east: float = number(default=1.0, ge=0, le=1, doc="Fixed external shading on the east windows: share of the solar gain let through, all hours (1 = none)")
    fixed_shading_north: float = number(default=1.0, ge=0, le=1, doc="Fixed external shading on the north windows: share of the solar gain let through, all hours (1 = none)")
    fixed_shading_west: float = number(default=1.0, ge=0, le=1, doc="Fixed external shading on the west windows: share of the solar gain let through, all hours (1 = none)")
    movable_shading_south: float = number(default=1.0, ge=0, le=1, doc="Movable external blinds on the south windows: share of the solar gain let through while deployed (1 = none)")
    movable_shading_east: float = number(default=1.0, ge=0, le=1, doc="Movable external blinds on the east windows: share of the solar gain let through while deployed (1 = none)")
    movable_shading_north: float = number(default=1.0, ge=0, le=1, doc="Movable external blinds on the north windows: share of the solar gain let through while deployed (1 = none)")
    movable_shading_west: float = number(default=1.0, ge=0, le=1, doc="Movable external blinds on the west windows: share of the solar gain let through while deployed (1 = none)")
    movable_threshold: object = qty("W/m**2", ge=0, le=1500, default=300.0, doc="Movable blinds are deployed while the sun on their facade exceeds this irradiance (ISO 13790:2008 clause 11.4.3: 300 W/m²)")


@model
class Geometry(Model):
    """A rectangular block."""

    length: object = qty("m", gt=0, le=1000, doc="Length of the front (nominally south) facade")
    width: object = qty("m", gt=0, le=1000, doc="Depth of the building")
    storeys: int = count(ge=1, le=150, doc="Number of heated storeys above ground")
    storey_height: object = qty("m", ge=2, le=10, default=2.9, doc="Floor-to-floor height")
    rotation: object = qty("deg", ge=-180, le=180, default=0.0, doc="Clockwise rotation of the front facade from due south")
    wwr_south: float = number(default=0.3, ge=0, le=1, doc="Window-to-wall ratio of the front (south) facade")
    wwr_east: float = number(default=0.05, ge=0, le=1, doc="Window-to-wall ratio of the east facade")
    wwr_north: float = number(default=0.2, ge=0, le=1, doc="Window-to-wall ratio of the back (north) facade")
    wwr_west: float = number(default=0.05, ge=0, le=1, doc="Window-to-wall ratio of the west facade")

    def _rules(self):
        for facade in FACADES:
            wwr = getattr(self, f"wwr_{facade}")
            if wwr > 0.95:
                yield f"wwr_{facade}", wwr, "window area must be smaller than the wall area (ratio ≤ 0.95)"


@model
class Ventilation(Model):
    """Outdoor air exchange (air changes per hour of the heated volume)."""

    infiltration_ach: object = qty("1/h", ge=0, le=10, doc="Infiltration through the envelope")
    mechanical_ach: object = qty("1/h", ge=0, le=20, default=0.0, doc="Mechanical ventilation while occupied")
    heat_recovery: float = number(default=0.0, ge=0, le=0.95, doc="Heat recovery efficiency of mechanical ventilation")
    window_airing_ach: object = qty("1/h", ge=0, le=10, default=0.0, doc="Extra window airing in the heating season (over-heated rooms without room control)")
    fan_specific_power: object = qty("W/(m**3/h)", ge=0, le=3, default=0.0, doc="Electric power of the ventilation fans per air flow (GB 50189 W_s; 0 = fan energy not counted)")
    air_density: str = choice(AIR_DENSITY, default="outdoor", doc="Density of the air change: outdoor air each hour (ρ = p/(R T), ISO 13790 clause 9.3) or standard air, ρ c = 1200 J/(m³K) (ISO 13790:2008 clause 9.3.1)")


def parse_profile(value: str) -> tuple[float, ...] | None:
    """``"0, 0, 0.5, ..."`` (24 numbers separated by commas or spaces) ->
    a tuple of 24 floats; ``None`` if it is not 24 finite numbers ≥ 0."""
    try:
        values = tuple(float(x) for x in value.replace(",", " ").split())
    except (ValueError, AttributeError):
        return None
    if len(values) != HOURS_PER_DAY or any(not (0.0 <= v < float("inf")) for v in values):
        return None
    return values


def format_profile(values) -> str:
    """24 hourly values -> the text form read by :func:`parse_profile`."""
    return ", ".join(f"{float(v):g}" if float(f"{float(v):g}") == float(v) else repr(float(v)) for v in values)


@model
class DayProfiles(Model):
    """Hourly values of one schedule quantity (position i = the hour starting
    at i:00) on working days (Monday-Friday), Saturdays and Sundays; public
    holidays run as Sundays."""

    weekday: str = text(doc="24 hourly values of Monday-Friday, separated by commas")
    saturday: str = text(default="", doc="24 hourly values of Saturday (empty = as Sunday)")
    sunday: str = text(default="", doc="24 hourly values of Sunday and holidays (empty = as the weekday)")

    def _rules(self):
        for name in ("weekday", "saturday", "sunday"):
            value = getattr(self, name)
            if (name == "weekday" or value.strip()) and parse_profile(value) is None:
                yield name, value, "must be 24 numbers ≥ 0 separated by commas (hours 0:00-23:00)"

    def days(self) -> tuple[tuple[float, ...], tuple[float, ...], tuple[float, ...]]:
        """(weekday, Saturday, Sunday) as 24 floats each."""
        weekday = parse_profile(self.weekday)
        sunday = parse_profile(self.sunday) if self.sunday.strip() else weekday
        saturday = parse_profile(self.saturday) if self.saturday.strip() else sunday
        return weekday, saturday, sunday


# schedule quantity -> largest allowed hourly value (fractions are ≤ 1;
# internal gains are relative values, normalised in calc.schedules)
SCHEDULE_LIMITS = {"occupancy": 1.0, "internal_gains": None, "lighting": 1.0, "appliances": 1.0,
                   "ventilation": 1.0, "heating": 1.0, "cooling": 1.0}


@model
class Schedule(Model):
    """A weekly operation schedule given as data (calc.schedules holds the
    presets of GB 50189-2015 Appendix B / JGJ 26-2018 in this form)."""

    name: str = text(default="", doc="Description")
    occupancy: object = child(DayProfiles, doc="Share of the design occupancy present [0-1]")
    internal_gains: object = child(DayProfiles, doc="Relative internal heat gain; scaled so its mean over occupied hours is the building's internal gains")
    lighting: object = child(DayProfiles, doc="Use rate of the installed lighting power [0-1]")
    appliances: object = child(DayProfiles, doc="Use rate of the plug-load power [0-1]")
    ventilation: object = child(DayProfiles, doc="Share of the mechanical ventilation rate running [0-1]")
    heating: object = child(DayProfiles, doc="Heating at the occupied setpoint (1) or at the setback setpoint (0)")
    cooling: object = child(DayProfiles, doc="Cooling available at the cooling setpoint (1) or off (0)")

    def _rules(self):
        for name, top in SCHEDULE_LIMITS.items():
            profiles = getattr(self, name)
            for day, values in zip(("weekday", "saturday", "sunday"), profiles.days()):
                if top is not None and values is not None and max(values) > top:
                    yield f"{name}.{day}", getattr(profiles, day), f"values must lie in 0-{top:g}"


@model
class Operation(Model):
    """Setpoints, schedules and the heating season."""

    heating_setpoint: object = qty("degC", ge=5, le=35, doc="Heating setpoint while occupied")
    cooling_setpoint: object = qty("degC", ge=5, le=35, default=26.0, doc="Cooling setpoint while occupied")
    setback_setpoint: object = qty("degC", ge=5, le=35, default=12.0, doc="Heating setpoint while unoccupied (intermittent heating)")
    schedule: str = choice(SCHEDULES, default="continuous", doc="Occupancy / operation schedule")
    heating_season_start: str = text(default="11-15", doc="First day of the heating season, MM-DD")
    heating_season_end: str = text(default="03-15", doc="Last day of the heating season, MM-DD")
    overheating: object = qty("K", ge=0, le=10, default=0.0, doc="Mean indoor temperature above setpoint without room control")
    internal_gains: object = qty("W/m**2", ge=0, le=100, doc="Mean internal heat gains while occupied, per floor area")
    cooled: bool = flag(default=True, doc="Whether the building is cooled in summer")
    cooled_floor_share: float = number(default=1.0, gt=0, le=1, doc="Share of the floor area cooled when the cooling runs (dwellings cool a few rooms: part-space cooling; 1 = the whole floor)")
    night_setback: bool = flag(default=False, doc="Dwellings lower the room temperature to setback_setpoint at night (room control with thermostatic valves)")
    custom_schedule: object = child(Schedule, optional=True, doc="Weekly schedule given hour by hour (empty = the preset named by schedule)")
    first_weekday: str = choice(FIRST_WEEKDAYS, default="reference_year", doc="Weekday of 1 January: as the program's reference year (Sunday), as the weather file's year, or given")
    holidays: str = text(default="", doc="Public holidays and closures run as Sundays: dates MM-DD or spans MM-DD..MM-DD (a school's vacation), separated by commas")
    gains_convective_share: float = number(default=0.5, ge=0, le=1, doc="Share of the internal gains given to the room air (the rest is radiant; ISO 13790:2008 eq. C.1 takes 0.5)")
    hvac_availability: str = choice(HVAC_AVAILABILITY, default="season", doc="season: heating only in the heating season, cooling only outside it; whenever_needed: both all year by the schedule (own units), both possible in one day; heating_in_season: network heat in the season, own cooling whenever needed")

    def _rules(self):
        for name in ("heating_season_start", "heating_season_end"):
            value = getattr(self, name)
            if parse_month_day(value) is None:
                yield name, value, "must be a date MM-DD, e.g. 11-15"
        start, end = parse_month_day(self.heating_season_start), parse_month_day(self.heating_season_end)
        if start is not None and start == end:  # as dates: "11-15" and "11-015" are one day
            yield "heating_season_end", self.heating_season_end, "must differ from the season start"
        if self.cooling_setpoint.m <= self.heating_setpoint.m:
            yield "cooling_setpoint", self.cooling_setpoint, "must be above the heating setpoint"
        for day in (d.strip() for d in self.holidays.split(",")):
            if day and holiday_days(day) is None:
                yield "holidays", self.holidays, (f"{day!r} is not a date MM-DD or a span MM-DD..MM-DD; give "
                                                  "dates like 01-01, 10-01..10-07")


_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def holiday_days(value: str) -> tuple[tuple[int, int], ...] | None:
    """``"10-01"`` -> ``((10, 1),)``; ``"07-10..07-12"`` -> the three days
    (a span may run over the new year: ``"12-30..01-02"``); ``None`` if it is
    neither a date nor a span of a non-leap year."""
    first, span, last = value.strip().partition("..")
    start, end = parse_month_day(first.strip()), parse_month_day((last if span else first).strip())
    if start is None or end is None:
        return None
    days = [(m, d) for m in range(1, 13) for d in range(1, _DAYS_IN_MONTH[m - 1] + 1)]
    i, j = days.index(start), days.index(end)
    return tuple(days[i:j + 1] if i <= j else days[i:] + days[:j + 1])


def parse_month_day(value: str) -> tuple[int, int] | None:
    """``"11-15"`` -> ``(11, 15)``; ``None`` if it is not a valid date of a
    non-leap year."""
    try:
        month, day = (int(x) for x in value.split("-"))
    except (ValueError, AttributeError):
        return None
    if not 1 <= month <= 12 or not 1 <= day <= _DAYS_IN_MONTH[month - 1]:
        return None
    return month, day


# Highest hot-water efficiency (seasonal COP) accepted, for the equipment and
# the heat-pump water-heater measure alike: what the measure can fit, the
# building it makes must hold.
DHW_EFFICIENCY_MAX = 5.0


@model
class Equipment(Model):
    """Building services other than the heat source."""

    emitter: str = choice(EMITTERS, default="radiators", doc="Heat emitters")
    design_supply_temp: object = qty("degC", ge=20, le=130, default=75.0, doc="Emitter design supply temperature")
    design_return_temp: object = qty("degC", ge=15, le=120, default=60.0, doc="Emitter design return temperature")
    distribution: str = choice(DISTRIBUTIONS, default="two_pipe",
                               doc="Radiator circuit: two-pipe, or vertical single-pipe series loop (顺流式) in which "
                                   "a room valve cannot work until converted")
    emitter_output_50: object = qty("W/m**2", gt=0, le=2000, optional=True, default=None,
                                    doc="Emitter output at EN 442 standard conditions (75/65/20 °C, ΔT 50 K) per heated "
                                        "floor area (empty = sized for the design heat load at the design temperatures)")
    cooling_system: str = choice(COOLING_SYSTEMS, default="split_ac", doc="Cooling system")
    cooling_seer: float = number(default=3.2, gt=0, le=15, doc="Seasonal energy efficiency ratio of cooling (SEER / IPLV)")
    lighting_power: object = qty("W/m**2", ge=0, le=50, default=5.0, doc="Installed lighting power density")
    appliance_power: object = qty("W/m**2", ge=0, le=100, default=3.0, doc="Mean plug-load power while occupied")
    dhw_demand: object = qty("kWh/(m**2*a)", ge=0, le=200, default=10.0, doc="Domestic hot water heat need per floor area and year")
    dhw_carrier: str = choice(CARRIERS, default="electricity", doc="Energy carrier of hot water")
    dhw_efficiency: float = number(default=0.9, gt=0, le=DHW_EFFICIENCY_MAX, doc="Hot-water system efficiency (COP for heat pumps)")
    elevators: int = count(default=0, ge=0, le=500, doc="Number of elevators (lifts)")
    elevator_usage: str = choice(ELEVATOR_USAGE, default="medium", doc="Usage category of the elevators (VDI 4707-1: mean travel time per day)")
    elevator_running_power: object = qty("kW", ge=0, le=200, default=6.0, doc="Mean electric power of one elevator while travelling")
    elevator_standby_power: object = qty("W", ge=0, le=5000, default=300.0, doc="Standby power of one elevator (controller, car light, drive)")

    def _rules(self):
        if self.design_return_temp.m >= self.design_supply_temp.m:
            yield "design_return_temp", self.design_return_temp, "must be below the design supply temperature"


PV_MODULES = ("mono_perc_550", "mono_topcon_580", "poly_330")


@model
class PVSystem(Model):
    """Rooftop photovoltaics on the building's roof."""

    coverage: float = number(default=0.5, gt=0, le=1, doc="Share of the roof area covered by modules (plan goal: 50 % on new public buildings)")
    tilt: object = qty("deg", ge=0, le=90, default=25.0, doc="Module tilt")
    azimuth: object = qty("deg", ge=0, le=360, default=180.0, doc="Module azimuth (180 = south)")
    module: str = choice(PV_MODULES, default="mono_perc_550", doc="Module product (library key)")
    system_losses: float = number(default=0.14, ge=0, le=0.5, doc="DC losses (soiling, wiring, mismatch, availability), PVWatts convention")
    inverter_efficiency: float = number(default=0.96, gt=0.5, le=1, doc="Nominal inverter efficiency")


def _with_heat_capacity(layers) -> bool:
    return bool(layers) and all(l.density is not None and l.specific_heat is not None for l in layers)


@model
class InternalMass(Model):
    """Internal constructions inside the zone, whose faces the detailed heat
    capacity of ISO 13790:2008 clause 12.3.1.2 counts (calc.thermal.zone_mass):
    the intermediate slabs and the partitions. Empty entries keep the
    defaults (calc.envelope: 20 mm screed on 60 mm of concrete per slab half;
    the partitions of the thermal-mass class)."""

    slab_layers: tuple = children(Layer, doc="Half of an intermediate slab, from its exposed face to its middle (empty = default)")
    partition_layers: tuple = children(Layer, doc="Half of a partition, from its face to its middle (empty = the thermal-mass class's)")
    partition_area_ratio: object = qty("dimensionless", ge=0, le=5, optional=True, default=None, doc="Partition area per floor area, one face counted (empty = the thermal-mass class's)")

    def _rules(self):
        for name in ("slab_layers", "partition_layers"):
            layers = getattr(self, name)
            if layers and not _with_heat_capacity(layers):
                yield name, len(layers), "every layer needs density and specific heat (the mass is their heat capacity)"


@model
class Building(Model):
    """One building (one thermal zone)."""

    name: str = text(nonempty=True, doc="Building name")
    use: str = choice(USES, doc="Building use")
    era: str = choice(ERAS, doc="Construction era")
    geometry: object = child(Geometry)
    wall: object = child(Construction)
    roof: object = child(Construction)
    ground_floor: object = child(Construction)
    window: object = child(Window)
    floor_type: str = choice(FLOOR_TYPES, default="slab_on_ground", doc="Lowest floor")
    thermal_bridge_u: object = qty("W/(m**2*K)", ge=0, le=1, default=0.1, doc="Thermal-bridge allowance ΔU added to opaque elements")
    thermal_mass: str = choice(THERMAL_MASS, default="heavy", doc="Thermal mass class (ISO 13790 Table 12)")
    ventilation: object = child(Ventilation)
    operation: object = child(Operation)
    equipment: object = child(Equipment)
    dwellings: int = count(default=0, ge=0, le=100000, doc="Number of dwellings (households), for per-dwelling costs")
    pv: object = child(PVSystem, optional=True, doc="Rooftop PV (empty = none)")
    internal_mass: object = child(InternalMass, optional=True, doc="Slabs and partitions given as layers (empty = the thermal-mass class); used when walls, roof and ground floor are given by layers with density and specific heat")

    def _rules(self):
        room = self.operation.heating_setpoint
        if self.equipment.design_return_temp.m <= room.m:
            yield ("equipment.design_return_temp", self.equipment.design_return_temp,
                   f"must be above the room temperature (operation.heating_setpoint {room.m:g} °C)")
        if self.internal_mass is not None and not all(
                _with_heat_capacity(c.layers) for c in (self.wall, self.roof, self.ground_floor)):
            yield "internal_mass", "given", ("needs walls, roof and ground floor given by layers with density and "
                                             "specific heat (otherwise the thermal-mass class gives the mass)")

    @property
    def is_public(self) -> bool:
        return self.use in PUBLIC_USES

