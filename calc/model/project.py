"""The project: metadata, site, buildings, heat supply, measures, settings."""

from __future__ import annotations

import datetime as _dt
import functools
import re

from ..schema import Model, child, children, choice, count, model, names, number, qty, text
from .building import Building
from .contract import Contract, SubsidyScheme
from .measures import Measure
from .supply import HeatingSupply, heat_pump_fit, own_plant_fit

LANGUAGES = ("zh", "en")
ELECTRICITY_METHODS = ("equal_value", "power_supply_coal")
GRID_REGIONS = ("national", "north", "northeast", "east", "central", "northwest", "south", "southwest")
#: "programme": the basis the renovation programme judges (calc.target.programme_basis).
TARGET_BASES = ("programme", "total_tce", "heating_tce", "delivered_kwh", "co2")
PV_CREDITS = ("self_consumed", "all_generation")
VALUATIONS = ("energy_value", "bills")


@model
class Meta(Model):
    name: str = text(nonempty=True, doc="Project name")
    client: str = text(default="", doc="Client")
    assessor: str = text(default="", doc="Assessor")
    date: str = text(default="2026-01-01", doc="Date of the assessment, YYYY-MM-DD")
    language: str = choice(LANGUAGES, default="zh", doc="Language of the report")
    notes: str = text(default="", doc="Notes")

    def _rules(self):
        try:
            _dt.date.fromisoformat(self.date)
        except (TypeError, ValueError):
            yield "date", self.date, "must be a date YYYY-MM-DD"


@model
class Site(Model):
    """Where the buildings stand; the weather comes from the city's dataset
    entry unless the user gives an EPW file of their own."""

    city: str = text(nonempty=True, doc="City key in the city table (English name)")
    weather_file: str = text(default="", doc="Path of a user EPW file ('' = the city's dataset weather)")

    def _rules(self):
        from ..datasets import city_names  # lazy: the loader reads the table once

        known = city_names()
        if self.city not in known:
            yield "city", self.city, "unknown city; known: " + ", ".join(sorted(known))


@model
class Tariffs(Model):
    """Energy prices (typical values; the user should enter the local ones)."""

    electricity: object = qty("CNY/kWh", ge=0, le=10, default=0.60, doc="Electricity price")
    natural_gas: object = qty("CNY/m**3", ge=0, le=20, default=3.0, doc="Natural gas price")
    heat_energy: object = qty("CNY/GJ", ge=0, le=500, default=45.0, doc="District heat price per metered energy")
    heat_area: object = qty("CNY/m**2", ge=0, le=200, default=30.0, doc="District heat price per floor area and season (area billing)")
    heat_fixed_share: float = number(default=0.3, ge=0, le=1, doc="Fixed (area) share of the heat bill under consumption billing")
    coal: object = qty("CNY/t", ge=0, le=5000, default=900.0, doc="Coal price")
    oil: object = qty("CNY/kg", ge=0, le=50, default=7.5, doc="Heating oil price")
    lpg: object = qty("CNY/kg", ge=0, le=50, default=7.0, doc="LPG price")
    pv_export: object = qty("CNY/kWh", ge=0, le=5, default=0.35, doc="Price paid for exported PV electricity")
    heat_bill_cap: object = qty("dimensionless", ge=0.5, le=3, optional=True, default=None,
                                doc="Transition cap on the metered heat bill, a multiple of the area bill "
                                    "(1 = refund if lower, no surcharge if higher; empty = no cap)")
    heat_energy_calibration: str = choice(("entered", "revenue_neutral"), default="entered",
                                          doc="Metered heat price as entered, or revenue-neutral: the price that "
                                              "keeps the heat bill of the building as it is unchanged")
    electricity_tariff: str = choice(("flat", "tiered", "time_of_use"), default="flat",
                                     doc="Electricity tariff: one price, tiered per household and month (阶梯电价), "
                                         "or time of use applied hour by hour")
    tier1_limit: object = qty("kWh", gt=0, le=10000, default=240.0,
                              doc="Tiered tariff: tier-1 limit per household and month (Beijing 240 kWh)")
    tier2_limit: object = qty("kWh", gt=0, le=10000, default=400.0,
                              doc="Tiered tariff: tier-2 limit per household and month (Beijing 400 kWh)")
    tier2_adder: object = qty("CNY/kWh", ge=0, le=5, default=0.05,
                              doc="Tiered tariff: tier 2 above tier 1 (发改价格〔2011〕2617号: +0.05)")
    tier3_adder: object = qty("CNY/kWh", ge=0, le=5, default=0.30,
                              doc="Tiered tariff: tier 3 above tier 1 (发改价格〔2011〕2617号: +0.30)")
    peak_factor: float = number(default=1.6, ge=1, le=10,
                                doc="Time of use: peak price / flat price (Sichuan 2023: 1.6 : 1 : 0.4)")
    valley_factor: float = number(default=0.4, gt=0, le=1, doc="Time of use: valley price / flat price")
    peak_hours: str = text(default="8-11,17-21", doc="Time of use: peak hours, ranges of interval starts "
                                                     "(engineering estimate; enter the province's schedule)")
    valley_hours: str = text(default="23-7", doc="Time of use: valley hours (engineering estimate)")
    heat_pump_price: object = qty("CNY/kWh", ge=0, le=10, optional=True, default=None,
                                  doc="Price of heat-pump electricity where a dedicated heating price applies "
                                      "(煤改电 heating tariffs; empty = billed like other electricity)")
    heat_production_cost: object = qty("CNY/GJ", ge=0, le=500, default=40.0,
                                       doc="Heating company's fuel cost per GJ of heat sent out (≈40 kgce/GJ × "
                                           "≈1 CNY/kgce; engineering estimate)")


    def _rules(self):
        from ..contracts.tariffs import tou_periods

        if self.tier2_limit.m <= self.tier1_limit.m:
            yield "tier2_limit", self.tier2_limit, "must be above tier1_limit"
        try:
            tou_periods(self.peak_hours, self.valley_hours)
        except ValueError as e:
            yield "peak_hours", self.peak_hours, str(e)


@model
class Economics(Model):
    discount_rate: float = number(default=0.06, ge=0, le=0.5, doc="Real discount rate per year")
    energy_price_escalation: float = number(default=0.02, ge=-0.2, le=0.3, doc="Energy price escalation per year")
    analysis_period: int = count(default=20, ge=1, le=60, doc="Years of the economic analysis")
    valuation: str = choice(VALUATIONS, default="energy_value",
                            doc="How saved energy is valued: at the energy prices (heat per GJ; the view of a heating "
                                "company or an energy-service contract) or as the occupants' bills (area-billed heat "
                                "costs the same however much is used)")
    tariffs: object = child(Tariffs, default=Tariffs())
    carbon_price: object = qty("CNY/t", ge=0, le=5000, default=89.0,
                               doc="Carbon price for the society view (national carbon market, 2024 average "
                                   "closing price ≈89 CNY/t)")
    contract: object = child(Contract, default=Contract(), doc="Energy-performance contract")
    pv_degradation: float = number(default=0.005, ge=0, le=0.05,
                                   doc="Yearly loss of PV output (median of crystalline-silicon field data 0.5 %/a, "
                                       "Jordan & Kurtz 2013, Prog. Photovolt. 21:12)")
    loan_share: float = number(default=0.0, ge=0, le=1,
                               doc="Share of the investment (net of subsidies) financed by a loan, for the owner and "
                                   "the ESCO")
    loan_rate: float = number(default=0.035, ge=0, le=0.3,
                              doc="Loan interest rate per year (5-year loan prime rate ≈3.5 %, PBoC 2025; applied "
                                  "as entered to the real-terms flows)")
    loan_term: int = count(default=5, ge=1, le=30, doc="Loan repayment term in years")
    subsidies: tuple = children(SubsidyScheme, doc="Subsidy schemes applied to the package (owner and ESCO views)")


@model
class Accounting(Model):
    electricity_method: str = choice(ELECTRICITY_METHODS, default="power_supply_coal",
                                     doc="Standard coal of electricity: calorific equal value (0.1229 kgce/kWh) or power-supply coal consumption")
    power_supply_coal: object = qty("kgce/kWh", gt=0, le=1, optional=True, default=None,
                                    doc="Power-supply coal consumption (empty = the dataset value)")
    grid_region: str = choice(GRID_REGIONS, default="national", doc="Grid for the CO2 factor")
    grid_factor: object = qty("kg/kWh", ge=0, le=2, optional=True, default=None, doc="Grid CO2 factor override (empty = the dataset value for the region)")
    grid_year: int = count(default=0, ge=0, le=2100,
                           doc="Data year of the grid CO2 factor and the power-supply coal consumption (0 = latest published)")
    target_basis: str = choice(TARGET_BASES, default="programme",
                               doc="Basis of the saving rate checked against the target (programme = heating energy for "
                                   "residential buildings in the heating zones, total operational energy otherwise)")
    pv_credit: str = choice(PV_CREDITS, default="self_consumed", doc="What PV output is credited against the building's energy")

    def _rules(self):
        if self.grid_year and self.grid_factor is None:
            from ..datasets import tables  # lazy: the loader reads the table once

            years = tables.factor_years("electricity", self.grid_region)
            if self.grid_year not in years:
                yield "grid_year", self.grid_year, (f"no grid factor of the {self.grid_region} grid for that year; "
                                                    "published: " + ", ".join(map(str, years)) + " (0 = latest)")
        # the year also picks the power-supply coal consumption, which both
        # electricity methods need (the assessment reports each)
        if self.grid_year and self.power_supply_coal is None:
            from ..datasets import tables

            years = tables.standard_coal_years("electricity", "power_supply_coal")
            if years is not None and self.grid_year not in years:
                yield "grid_year", self.grid_year, ("no power-supply coal consumption for that year; published: "
                                                    + ", ".join(map(str, years)) + " (0 = latest), or enter "
                                                    "power_supply_coal")


NETWORK_MEASURES = ("pipe_renewal", "lower_supply_temperature", "hydraulic_balancing",
                    "weather_compensation", "variable_speed_pumps")


def _measure_fit(project):
    """Measures that cannot apply to the project's heat supply, named with
    the reason (checked here so the form shows it beside the field)."""
    from .supply import BOILER_KINDS

    supply = project.supply
    heat_pumps = [i for i, m in enumerate(project.measures) if m.kind == "heat_pump" and m.enabled]
    for i, m in enumerate(project.measures):
        if m.kind in NETWORK_MEASURES and supply.network is None:
            yield f"measures[{i}].kind", m.kind, "needs a heating network; the heat source has none"
        if (m.kind == "pipe_renewal" and supply.network is not None and not supply.network.pipes
                and m.investment is None):
            yield f"measures[{i}].investment", None, "list the pipe segments of the network or enter the investment"
        if m.kind == "boiler_renewal" and supply.kind not in BOILER_KINDS:
            yield f"measures[{i}].kind", m.kind, (f"needs a boiler ({', '.join(BOILER_KINDS)}); "
                                                  f"the heat source is {supply.kind}")
        if m.kind == "boiler_renewal" and m.enabled and heat_pumps:
            yield f"measures[{i}].enabled", m.enabled, (f"measures[{heat_pumps[0]}] replaces the boiler by a heat "
                                                        "pump; switch off one of the two")
        if m.kind == "pipe_renewal" and supply.network is not None:
            yield from _pipe_renewal_fit(i, m, supply.network)
        if m.kind in ("lower_supply_temperature", "radiator_replacement"):
            ts, tr = m.params["design_supply_temp"], m.params["design_return_temp"]
            if tr.m >= ts.m:
                yield f"measures[{i}].params.design_return_temp", tr, "must be below params.design_supply_temp"
            warmest = max(project.buildings, key=lambda b: b.operation.heating_setpoint.m)
            if tr.m <= warmest.operation.heating_setpoint.m:
                yield (f"measures[{i}].params.design_return_temp", tr,
                       f"must be above the room temperature of {warmest.name} "
                       f"({warmest.operation.heating_setpoint.m:g} °C)")


def _pipe_renewal_fit(i, measure, network):
    """Renewed pipes are costed from the DN table and laid buried with the
    new insulation, so every segment must fit both."""
    from ..datasets.tables import table  # lazy: the loader reads the table once
    from .supply import depth_problem

    costs = table("measure_costs")
    largest = max(int(v[2:]) for v in costs[costs["kind"] == "pipe_renewal"]["variant"])
    thickness = measure.params["insulation_thickness"].to("m").m
    for j, p in enumerate(network.pipes):
        if p.dn > largest and measure.investment is None:
            yield (f"supply.network.pipes[{j}].dn", p.dn,
                   f"above the largest pipe in the renewal cost table (DN{largest}); enter the measure's investment")
        problem = depth_problem(p, "buried", thickness)
        if problem:
            yield f"measures[{i}].params.insulation_thickness", measure.params["insulation_thickness"], \
                f"renewed pipe supply.network.pipes[{j}]: {problem}"


def _duplicate_measures(project):
    """Two enabled measures of one kind would stack (two wall insulations
    add their thicknesses and count the investment twice): refused, so the
    user merges them into one or switches one off."""
    first = {}
    for i, m in enumerate(project.measures):
        if not m.enabled:
            continue
        if m.kind in first:
            yield (f"measures[{i}].kind", m.kind,
                   f"is already measures[{first[m.kind]}]; two enabled measures of one kind would stack: "
                   "merge them or switch one off")
        else:
            first[m.kind] = i


@model
class Variant(Model):
    """An alternative package: a named list of measures assessed in place of
    the project's own and compared side by side (``calc.variants``)."""

    name: str = text(nonempty=True, doc="Name of the variant")
    measures: tuple = children(Measure, doc="Measures of this variant")


def _variant_rules(project):
    """Each variant must be assessable: the project with the variant's
    measures passes every rule the project's own package does."""
    from ..schema import ValidationError

    seen = {"package"}
    for i, v in enumerate(project.variants):
        if v.name.strip().lower() in seen:
            yield f"variants[{i}].name", v.name, "variant names must be unique (and not 'package')"
        seen.add(v.name.strip().lower())
        try:
            project.replace(measures=v.measures, variants=())
        except ValidationError as e:
            for err in e.errors:
                if err.path.startswith("measures"):
                    yield f"variants[{i}].{err.path}", err.value, err.message


# A field path as calc.schema.walk_fields writes it: names and [index]
# parts (ASCII digits: the window reads the indices when a building goes).
FIELD_PATH = re.compile(r"[A-Za-z_]\w*(?:\[\d+\])*(?:\.[A-Za-z_]\w*(?:\[\d+\])*)*\Z", re.ASCII)


@functools.lru_cache(maxsize=256)
def _bad_paths(defaults: tuple) -> tuple:
    # Every replace() of a project checks its defaults again, and the states
    # of an assessment carry the same tuple of ~160 paths.
    return tuple(i for i, path in enumerate(defaults) if not FIELD_PATH.match(path))


@model
class Project(Model):
    meta: object = child(Meta)
    site: object = child(Site)
    buildings: tuple = children(Building, min_items=1, doc="Buildings")
    supply: object = child(HeatingSupply)
    measures: tuple = children(Measure, doc="Measures of the package")
    economics: object = child(Economics, default=Economics())
    accounting: object = child(Accounting, default=Accounting())
    defaults: tuple = names(doc="Field paths holding values defaulted from an archetype, not entered")
    variants: tuple = children(Variant, doc="Alternative packages compared side by side with the project's own")

    def _rules(self):
        for i in _bad_paths(self.defaults):
            yield f"defaults[{i}]", self.defaults[i], "not a field path such as buildings[0].geometry.length"
        seen = set()
        for i, b in enumerate(self.buildings):
            if b.name in seen:
                yield f"buildings[{i}].name", b.name, "building names must be unique"
            seen.add(b.name)
        if self.supply.network is not None:
            for i, b in enumerate(self.buildings):
                if b.operation.hvac_availability == "whenever_needed":
                    yield (f"buildings[{i}].operation.hvac_availability", b.operation.hvac_availability,
                           "a heating network delivers heat only in its heating season; choose heating_in_season "
                           "(own cooling whenever needed) or season")
        yield from _measure_fit(self)
        yield from heat_pump_fit(self)
        yield from own_plant_fit(self)
        if self.economics.tariffs.electricity_tariff == "tiered" and sum(b.dwellings for b in self.buildings) < 1:
            yield "economics.tariffs.electricity_tariff", "tiered", "bills dwellings: enter the buildings' dwellings"
        yield from _duplicate_measures(self)
        yield from _variant_rules(self)

    @property
    def is_public(self) -> bool:
        """Public if the floor area is mostly of public use."""
        from ..geometry import floor_area

        public = sum(floor_area(b).m for b in self.buildings if b.is_public)
        total = sum(floor_area(b).m for b in self.buildings)
        return public > total / 2
