"""The immutable, self-validating project model (see DESIGN.md, "The model")."""

from .building import (
    CARRIERS, COOLING_SYSTEMS, EMITTERS, ERAS, FACADE_OFFSET_DEG, FACADES, FLOOR_TYPES, PUBLIC_USES,
    SCHEDULES, THERMAL_MASS, USES, PV_MODULES, Building, PVSystem, Construction, Equipment, Geometry, Layer, Operation,
    Ventilation, Window, holiday_days, parse_month_day,
)
from .building import (  # schedules as data
    ELEVATOR_USAGE, FIRST_WEEKDAYS, HVAC_AVAILABILITY, WEEKDAYS, DayProfiles, InternalMass, Schedule, format_profile, parse_profile,
)
from .contract import CONTRACT_KINDS, SUBSIDY_BASES, Contract, SubsidyScheme
from .measures import MEASURE_KINDS, MEASURE_PARAMS, Measure
from .project import Accounting, Economics, Meta, Project, Site, Tariffs, Variant
from .supply import (
    BOILER_KINDS, HEAT_PUMP_KINDS, SUPPLY_KINDS, HeatingNetwork, HeatingSupply, HeatPump, Metering, OwnPlant,
    PipeSegment,
)

__all__ = [name for name in dir() if not name.startswith("_")]
