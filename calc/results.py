"""The result of one assessment: every number the GUI shows and the report
prints, with its unit.

Result classes are frozen dataclasses whose quantity fields are declared
with :func:`out` (unit + JSON key suffix). :func:`to_json` turns an
:class:`Assessment` into the machine-readable twin of the report: every key
that holds a number names its unit (``heating_need_kwh``, ``total_tce``,
``investment_cny``, ``saving_rate_pct`` ...). The README documents the keys.
"""

from __future__ import annotations

import dataclasses
import functools
import math
from dataclasses import dataclass, field
from typing import Any

import pint

from .units import _container

# key suffix -> unit of the trade-unit quantities (delivered_physical)
TRADE_UNITS = {"m3": "m**3", "t": "t", "kg": "kg", "gj": "GJ"}

# unit -> JSON key suffix
SUFFIX = {
    "kWh": "kwh", "kWh/m**2": "kwh_per_m2", "kW": "kw", "W": "w", "degC": "c", "K": "k",
    "tce": "tce", "kgce/m**2": "kgce_per_m2", "t": "tco2", "kg/m**2": "kgco2_per_m2",
    "CNY": "cny", "CNY/a": "cny_per_a", "CNY/kWh": "cny_per_kwh", "CNY/t": "cny_per_tco2",
    "a": "years", "percent": "pct", "pp": "pp", "kWh/kW": "kwh_per_kwp", "m**2": "m2",
    "W/(m**2*K)": "w_per_m2k",
    "m**3": "m3", "GJ": "gj", "CNY/GJ": "cny_per_gj", "dimensionless": "", "kgce/GJ": "kgce_per_gj",
    "kg/GJ": "kgco2_per_gj",
}


def out(unit: str, *, doc: str = "", default=dataclasses.MISSING):
    """A result field holding a pint quantity (scalar or array) in ``unit``."""
    md = {"unit": unit, "doc": doc}
    if default is dataclasses.MISSING:
        return field(metadata=md)
    return field(default=default, metadata=md)


def per(unit: str, *, doc: str = ""):
    """A result field holding ``dict[str, Quantity]`` in ``unit`` (e.g. by carrier)."""
    return field(default_factory=dict, metadata={"unit": unit, "doc": doc, "mapping": True})


result = dataclass(frozen=True, kw_only=True)


@result
class NetworkFigures:
    heat_sent: Any = out("kWh", doc="Heat sent out by the station")
    losses: Any = out("kWh", doc="Heat lost in the pipes")
    loss_share: Any = out("percent", doc="Losses / heat sent out")
    pump_electricity: Any = out("kWh", doc="Network pump electricity")
    makeup_losses: Any = out("kWh", default=None, doc="Heat to warm the make-up water (part of the losses)")
    reference_loss_share_2020: Any = out("percent", default=None,
                                         doc="Loss share of the network in 2020 (entered, or by the age of its pipes)")
    loss_share_change_vs_2020: Any = out("pp", default=None,
                                         doc="Loss share minus the 2020 reference; the plan asks about −2 pp by 2025")
    heat_source: str = ""
    heat_allocation: str = ""
    heat_coal_rate: Any = out("kgce/GJ", default=None, doc="Standard coal per GJ of heat sent out on the equivalent basis (供热煤耗; null = the plant's own fuel is counted instead)")
    heat_co2_rate: Any = out("kg/GJ", default=None, doc="CO2 per GJ of heat sent out, from the same source (null = the plant's own fuel is counted instead)")


@result
class PVFigures:
    peak_power: Any = out("kW", doc="Installed peak power (kWp)")
    generation: Any = out("kWh", doc="Annual AC generation")
    specific_yield: Any = out("kWh/kW", doc="Annual yield per kWp")
    self_consumed: Any = out("kWh", doc="Generation used in the building")
    exported: Any = out("kWh", doc="Generation exported to the grid")
    roof_coverage: Any = out("percent", doc="Module area / roof area")


@result
class BuildingFigures:
    name: str
    floor_area: Any = out("m**2", doc="Gross heated floor area")
    heating_need: Any = out("kWh", doc="Annual heating need (useful heat to the zone)")
    cooling_need: Any = out("kWh", doc="Annual cooling need")
    heating_need_per_area: Any = out("kWh/m**2", doc="Heating need per floor area")
    cooling_need_per_area: Any = out("kWh/m**2", doc="Cooling need per floor area")
    peak_heating: Any = out("kW", doc="Peak hourly heating load")
    peak_cooling: Any = out("kW", doc="Peak hourly cooling load")
    monthly_heating: Any = out("kWh", doc="Heating need by month (12)")
    monthly_cooling: Any = out("kWh", doc="Cooling need by month (12)")
    losses: dict = per("kWh", doc="Heat losses in the heating season by component")
    gains: dict = per("kWh", doc="Heat gains in the heating season by source")
    u_values: dict = per("W/(m**2*K)", doc="Thermal transmittance of wall, roof, ground floor (build-up) and window")
    delivered: dict = per("kWh", doc="Delivered energy by carrier")
    end_uses: dict = field(default_factory=dict, metadata={"doc": "end use -> carrier -> kWh", "unit": "kWh", "nested": True})
    pv: Any = None


@result
class VariantResult:
    """One simulated state of the project: the baseline, one measure alone, or the package."""

    key: str
    label: str
    buildings: tuple = ()
    heating_need: Any = out("kWh", doc="Annual heating need of all buildings")
    cooling_need: Any = out("kWh", doc="Annual cooling need of all buildings")
    monthly_heating: Any = out("kWh", default=None, doc="Heating need of all buildings by month (12)")
    monthly_cooling: Any = out("kWh", default=None, doc="Cooling need of all buildings by month (12)")
    delivered: dict = per("kWh", doc="Delivered energy by carrier (final energy)")
    delivered_physical: dict = field(default_factory=dict, metadata={"doc": "Fuels in their trade units: natural_gas_m3, coal_t, oil_kg, lpg_kg, district_heat_gj", "trade": True})
    end_uses: dict = field(default_factory=dict, metadata={"doc": "end use -> carrier -> kWh", "unit": "kWh", "nested": True})
    standard_coal: dict = per("tce", doc="Standard coal by carrier (after the PV credit)")
    total_standard_coal: Any = out("tce", doc="Total operational energy in standard coal")
    heating_standard_coal: Any = out("tce", doc="Standard coal of space heating only")
    co2: dict = per("t", doc="CO2 by carrier")
    total_co2: Any = out("t", doc="Total operational CO2")
    total_delivered: Any = out("kWh", doc="Total delivered energy (all carriers)")
    energy_cost: Any = out("CNY/a", doc="Annual energy bill")
    energy_cost_by_carrier: dict = per("CNY/a", doc="Annual energy bill by carrier (pv_export: export revenue, negative)")
    scop: Any = out("dimensionless", default=None, doc="Seasonal COP of heat pumps (null = no heat pump)")
    backup_share: Any = out("percent", default=None, doc="Share of heat from back-up heaters (null = no heat pump)")
    network: Any = None
    pv: Any = None
    renewable_share: Any = out("percent", default=None, doc="Renewable replacement rate")


@result
class MeasureResult:
    index: int
    kind: str
    label: str
    alone: VariantResult
    saving_rate_alone: Any = out("percent", doc="Saving rate of this measure alone (target basis; null = not applicable)")
    saving_rate_alone_by_method: dict = per("percent", doc="Saving rate of this measure alone on the target basis under each electricity method, equal_value and power_supply_coal (null = not applicable)")
    sequential_contribution: Any = out("pp", doc="Contribution to the package saving, in the order listed (null = not applicable, or the steps not simulated: a stock run)")
    investment: Any = out("CNY", doc="Investment before subsidy")
    subsidy: Any = out("CNY", doc="Subsidy")
    lifetime: Any = out("a", doc="Service life")
    annual_cost_saving: Any = out("CNY/a", doc="First-year energy cost saving")
    simple_payback: Any = out("a", default=None, doc="Simple payback (None = never)")
    discounted_payback: Any = out("a", default=None, doc="Discounted payback (None = not within the analysis period)")
    npv: Any = out("CNY", default=None, doc="Net present value over the analysis period")
    irr: Any = out("percent", default=None, doc="Internal rate of return (None = undefined)")
    cost_of_saved_energy: Any = out("CNY/kWh", default=None, doc="Annualised cost per kWh of delivered energy saved (null = none saved)")
    abatement_cost: Any = out("CNY/t", default=None, doc="Annualised cost per tonne of CO2 avoided (null = no CO2 avoided)")
    co2_saving: Any = out("t", default=None, doc="Annual CO2 saving of this measure alone")
    sequential_co2_saving: Any = out("t", default=None,
                                     doc="Annual CO2 saving of this measure's step in the package (added in the "
                                         "listed order); the steps add up to the package (null = the step not simulated: a stock run)")
    sequential_abatement_cost: Any = out("CNY/t", default=None,
                                         doc="Abatement cost of the step (the cost curve's bar height; null = the step avoids no CO2 or was not simulated)")


@result
class MatrixCell:
    basis: str
    electricity_method: str
    saving_rate: Any = out("percent", default=None, doc="Package saving rate on this basis under this electricity method (null = not applicable)")
    passed: Any = None


@result
class BuildingVerdict:
    name: str
    building_type: str
    basis: str = ""
    target_rate: Any = out("percent", doc="This building's own target (30 % residential, 20 % public)")
    saving_rate: Any = out("percent", default=None, doc="This building's saving rate (null = not applicable)")
    passed: Any = None


@result
class ClosingMeasure:
    label: str
    kind: str = ""
    enabled: bool = False
    saving_rate: Any = out("percent", default=None, doc="Package saving rate with this measure added")
    passed: Any = None


@result
class Shortfall:
    missing: Any = out("pp", doc="Saving still missing to reach the target")
    missing_tce: Any = out("tce", default=None, doc="Saving still missing, in standard coal (null when the basis is not in tce)")
    closing_measures: tuple = ()


@result
class TargetResult:
    basis: str
    target_rate: Any = out("percent", doc="Required saving rate (30 % residential, 20 % public)")
    saving_rate: Any = out("percent", doc="Package saving rate on the stated basis (null = not applicable, see not_applicable_reason)")
    margin: Any = out("pp", doc="Saving rate minus target (null = not applicable)")
    passed: Any = False
    rates: dict = per("percent", doc="Saving rate on every basis (null = not applicable: nothing to save from)")
    building_type: str = "residential"
    not_applicable_reason: str = ""
    basis_setting: str = ""
    electricity_method: str = ""
    methods_agree: Any = True
    matrix: tuple = ()
    buildings: tuple = ()
    target_weighting: str = ""
    project_type: str = ""
    shortfall: Any = None


@result
class UncertainInputRow:
    """One sampled input of the Monte Carlo (calc.uncertainty.inputs.INPUTS):
    ``kind`` "factor" multiplies the entered value, "shift" adds to it;
    ``low`` / ``high`` bounds of the uniform distribution [-] or [K];
    ``applies`` what it changes; ``source`` where the range comes from (a
    calc.messages.Message)."""

    name: str
    kind: str
    low: float
    high: float
    applies: str
    source: str


@result
class Uncertainty:
    samples: int
    seed: int
    basis: str
    electricity_method: str
    evaluation: str = "surrogate"
    saving_rate_p10: Any = out("percent", default=None, doc="10th percentile of the package saving rate over the samples")
    saving_rate_p50: Any = out("percent", default=None, doc="Median of the package saving rate over the samples")
    saving_rate_p90: Any = out("percent", default=None, doc="90th percentile of the package saving rate over the samples")
    pass_probability: Any = out("percent", default=None, doc="Share of the samples that reach the target")
    inputs: tuple = ()


@result
class EconomicsResult:
    investment: Any = out("CNY", doc="Package investment before subsidies")
    subsidy: Any = out("CNY", doc="Subsidies")
    annual_cost_saving: Any = out("CNY/a", doc="First-year energy cost saving")
    simple_payback: Any = out("a", default=None, doc="Simple payback (null = never)")
    discounted_payback: Any = out("a", default=None, doc="Discounted payback (null = not within the analysis period)")
    npv: Any = out("CNY", default=None, doc="Net present value over the analysis period")
    irr: Any = out("percent", default=None, doc="Internal rate of return (null = undefined)")
    abatement_cost: Any = out("CNY/t", default=None, doc="Annualised cost per tonne of CO2 avoided (negative = saves money; null = no CO2 avoided)")
    cost_of_saved_energy: Any = out("CNY/kWh", default=None, doc="Annualised cost per kWh of delivered energy saved (null = none saved)")


@result
class SensitivityRow:
    parameter: str
    low_label: str
    high_label: str
    saving_rate_low: Any = out("percent", doc="Package saving rate in the low case")
    saving_rate_high: Any = out("percent", doc="Package saving rate in the high case")
    payback_low: Any = out("a", default=None, doc="Package simple payback in the low case")
    payback_high: Any = out("a", default=None, doc="Package simple payback in the high case")
    verdict_robust: bool = True


@result
class BenchmarkResult:
    """GB/T 51161-2016 consumption check (calc.calibration.benchmark)."""

    standard: str
    applicable: bool
    reason: dict                     # {"en": ..., "zh": ...}
    climate_zone: str
    use: str
    building_class: str
    indicator: str
    standard_table: str
    source: str
    value: Any = out("kWh/m**2", doc="Modelled energy of the indicator per floor area and year, or null")
    constraint: Any = out("kWh/m**2", doc="Constraint value (约束值) of GB/T 51161-2016, or null")
    guide: Any = out("kWh/m**2", doc="Guide value (引导值) of GB/T 51161-2016, or null")
    verdict: str


@result
class HeatSourceDefault:
    city: str
    province: str
    heat_source: str
    source: str


@result
class Assessment:
    project_name: str
    building_type: str               # "residential" or "public"
    city: str
    climate_zone: str
    weather_source: str
    weather_synthetic: bool
    floor_area: Any = out("m**2", doc="Total gross floor area")
    baseline: VariantResult
    package: VariantResult
    measures: tuple = ()
    target: TargetResult
    economics: EconomicsResult
    stakeholders: Any = None         # calc.contracts.results.Stakeholders
    contract: Any = None             # calc.contracts.results.ContractResult or None (no contract)
    sensitivity: tuple = ()
    uncertainty: Any = None
    warnings: tuple = ()
    defaults: tuple = ()             # input paths that were defaulted, not entered
    method: tuple = ()               # (topic, text) pairs, each {"en": ..., "zh": ...}
    sources: tuple = ()              # data sources used, each {"en": ..., "zh": ...}
    benchmark: Any = None            # GB/T 51161 check of the baseline (BenchmarkResult)
    heat_source_default: Any = None  # HeatSourceDefault when the network's source was not entered


# --------------------------------------------------------------------------
# JSON

def _num(q, unit: str):
    if q is None:
        return None
    if isinstance(q, pint.Quantity):
        # most figures are already in their unit, where pint's conversion
        # hands back the same magnitude
        c = _container(unit)
        m = q._magnitude if q._units is c or q._units == c else q.to(unit).magnitude
    else:
        m = q
    if type(m) is float and math.isfinite(m):
        return m  # most figures: nothing to convert or check further
    if hasattr(m, "tolist"):
        m = m.tolist()
    if not _all_finite(m):
        # a silent null would read as "not applicable": a non-finite figure
        # is a fault of the inputs or the engine and is reported as one
        raise NonFiniteResult(f"{str(m)[:60]} {unit}")
    return m


class NonFiniteResult(ValueError):
    """A result that is NaN or infinite (never written as null)."""

    def __init__(self, value: str, path: str = ""):
        self.value, self.path = value, path
        super().__init__(f"result {path or '(field)'} = {value}: not a finite number")


def _all_finite(m) -> bool:
    if isinstance(m, float):
        return math.isfinite(m)
    if isinstance(m, list):
        return all(_all_finite(x) for x in m)
    return True


def _key(name: str, unit: str) -> str:
    suffix = SUFFIX.get(unit, unit.replace("/", "_per_").replace("**", ""))
    return f"{name}_{suffix}" if suffix else name


def to_json(obj) -> Any:
    """The JSON-ready form of a result object (units in every key)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        data = {}
        for f, write in _plan(type(obj)):
            try:
                write(data, getattr(obj, f.name))
            except NonFiniteResult as e:
                raise NonFiniteResult(e.value, f"{f.name}.{e.path}" if e.path else f.name) from None
        return data
    if isinstance(obj, (list, tuple)):
        return [to_json(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_json(v) for k, v in obj.items()}
    if isinstance(obj, pint.Quantity):
        raise TypeError(f"quantity {obj} outside a declared result field")
    return obj


@functools.lru_cache(maxsize=None)
def _plan(cls) -> tuple:
    """(field, writer) of each field of a result class: the field's kind,
    key and unit read once per class, not once per object (an assessment
    writes some fifteen thousand fields)."""
    return tuple((f, _writer(f)) for f in dataclasses.fields(cls))


def _writer(f):
    """A function (data, value) that puts the field's JSON form into data."""
    unit, name = f.metadata.get("unit"), f.name
    if f.metadata.get("trade"):
        def write(data, value):
            data[name] = {k: _num(v, TRADE_UNITS[k.rsplit("_", 1)[1]]) for k, v in value.items()}
    elif f.metadata.get("nested"):
        key = _key(name, unit)

        def write(data, value):
            data[key] = {use: {c: _num(v, unit) for c, v in by_carrier.items()} for use, by_carrier in value.items()}
    elif f.metadata.get("mapping"):
        key = _key(name, unit)

        def write(data, value):
            data[key] = {k: _num(v, unit) for k, v in value.items()}
    elif unit is not None:
        key = _key(name, unit)

        def write(data, value):
            data[key] = _num(value, unit)
    else:
        def write(data, value):
            data[name] = to_json(value)
    return write



# Descriptions of the fields that hold no quantity (text, flags, objects).
PLAIN_DOCS = {
    "project_name": "Project name", "building_type": "'residential' (target 30 %) or 'public' (target 20 %)",
    "city": "City key", "climate_zone": "Building climate zone (GB 50176-2016) and sub-zone",
    "weather_source": "Where the hourly weather comes from", "weather_synthetic": "true if generated from monthly normals",
    "baseline": "The building(s) as they are (VariantResult)", "package": "All enabled measures together, simulated whole (VariantResult)",
    "measures": "One entry per enabled measure, in the listed order (MeasureResult)", "target": "The target check (TargetResult)",
    "economics": "Economics of the package (EconomicsResult)", "sensitivity": "Rows of the sensitivity table (SensitivityRow)",
    "warnings": "Messages the user should read", "defaults": "Input paths defaulted from an archetype, not entered",
    "method": "[topic, text] pairs of the methods and standards followed, each {\"en\": ..., \"zh\": ...}",
    "sources": "Data sources used, each {\"en\": ..., \"zh\": ...}",
    "stakeholders": "Occupant, heating company, owner and society views of the package (Stakeholders)",
    "contract": "The energy-performance contract (ContractResult), null when none is set",
    "occupant": "Occupants' bills (OccupantView)", "heating_company": "Heating company (HeatingCompanyView), null without district heat",
    "owner": "Owner / investor (OwnerView)", "society": "Society (SocietyView)",
    "billing_before": "Heat billing as it is: area or consumption", "billing_after": "Heat billing after the package",
    "contract_type": "shared_savings, guaranteed_savings or energy_cost_trusteeship (GB/T 24915-2020)",
    "esco_irr_reason": "Why the ESCO IRR is null, or a note",
    "esco_payback_reason": "Why the ESCO payback is null ('' when there is one): the ESCO invests nothing, or the term does not recover its investment",
    "saving_range_source": "Where the low and high cases come from: 'uncertainty_p10_p90' (P10/P90 of the Monte Carlo saving rate), 'sensitivity_spread' (the sensitivity table, when no Monte Carlo was run) or 'none'",
    "key": "'baseline', 'package' or 'measure:<i>'", "label": "Name shown", "buildings": "Per building (BuildingFigures)",
    "delivered_physical": "Fuels in trade units: natural_gas_m3 [m³], coal_t [t], oil_kg, lpg_kg [kg], district_heat_gj [GJ]",
    "network": "Heating network figures (NetworkFigures) or null",
    "heat_source": "What makes the network's heat: coal_chp, coal_boiler_small, coal_boiler_large, gas_boiler, industrial_waste_heat, heat_pump_station, electric_boiler, unknown (= coal CHP); for an own plant its supply kind",
    "heat_allocation": "How a CHP plant's fuel is split between heat and power (heat_value_method = 热量法, the plant statistics' rule); direct, recovered", "pv": "Rooftop PV figures (PVFigures) or null",
    "name": "Building name", "index": "Position among the enabled measures", "kind": "Measure kind",
    "alone": "The measure applied alone (VariantResult)", "basis": "Basis of the saving rate: total_tce, heating_tce, delivered_kwh or co2",
    "passed": "true if the saving rate reaches the target; null if no rate can be formed on the basis",
    "not_applicable_reason": "Why the rate does not apply ('' when it does): the value before is 0 or negative", "parameter": "Input varied",
    "basis_setting": "The basis as set: 'programme' (heating energy for residential buildings in the heating zones, total operational energy otherwise) or an explicit basis",
    "electricity_method": "Electricity standard coal of the headline: equal_value (当量值, 0.1229 kgce/kWh) or power_supply_coal (等价值, power-supply coal)",
    "methods_agree": "true if both electricity methods give the same verdict on the basis; false: the approving authority's convention decides",
    "matrix": "Saving rate and verdict on every basis under both electricity methods (MatrixCell)",
    "TargetResult.buildings": "Each building against its own target (BuildingVerdict)",
    "project_type": "residential, public, or mixed (buildings of both kinds: the project is judged against the floor-area-weighted target on its total operational energy unless a basis is chosen)",
    "heat_source_default": "When the network's heat source is 'unknown': the default taken for the city (HeatSourceDefault), else null",
    "province": "Row of heat_source_defaults.csv used: the city's province, or 'national'",
    "HeatSourceDefault.city": "City of the site", "HeatSourceDefault.heat_source": "Heat source taken (key of heat_sources.csv)",
    "HeatSourceDefault.source": "Why this source is taken for the city (heat_source_defaults.csv)",
    "target_weighting": "How the project target is formed: 'floor_area' = floor-area-weighted mean of the buildings' targets",
    "shortfall": "On a FAIL: what is missing and which measures would close it (Shortfall), else null",
    "closing_measures": "Measures not in the package that would each close the gap when added (ClosingMeasure)",
    "enabled": "true if the measure is already in the package",
    "uncertainty": "Monte Carlo of the saving rate (Uncertainty), null when not run (main.py assess --uncertainty N) or when no sample has a rate on the basis",
    "samples": "Number of Latin-hypercube samples", "seed": "Seed of the sampler (same seed, same samples)",
    "inputs": "The sampled inputs with their ranges and sources (UncertainInputRow)",
    "low": "Lower bound of the uniform range (factor: × entered value; shift: K added)",
    "high": "Upper bound of the uniform range", "applies": "What the input changes",
    "source": "Where the range comes from",
    "Uncertainty.basis": "Basis of the sampled rate (the verdict's)",
    "Uncertainty.electricity_method": "Electricity method of the sampled rate (the headline's)",
    "evaluation": "'surrogate' (physics on a 3-point grid per input, samples interpolated) or 'direct' (every sample simulated)",
    "UncertainInputRow.name": "Input sampled", "UncertainInputRow.kind": "'factor' (multiplies) or 'shift' (adds, K)",
    "low_label": "Low case", "high_label": "High case", "verdict_robust": "true if pass/fail is the same in both cases",
}
PLAIN_DOCS.update({  # GB/T 51161 benchmark (calc.calibration.benchmark)
    "benchmark": "GB/T 51161-2016 consumption check of the baseline (BenchmarkResult)",
    "standard": "Standard checked against", "applicable": "false when no shipped value fits; see reason",
    "reason": "Why the benchmark does not apply, {\"en\": ..., \"zh\": ...} (empty texts if it does)", "use": "Building use benchmarked",
    "building_class": "GB/T 51161 class: A (natural ventilation, room units) or B (central air conditioning)",
    "indicator": "'non_heating' (non-heating energy per m²) or 'heating'",
    "standard_table": "Table of the standard the values come from", "source": "Where the values were read",
    "verdict": "'at_or_below_guide', 'above_guide' or 'above_constraint' ('' if not applicable)",
})

JSON_OBJECTS = ("Assessment", "VariantResult", "BuildingFigures", "MeasureResult", "TargetResult", "MatrixCell",
                "BuildingVerdict", "Shortfall", "ClosingMeasure", "Uncertainty", "UncertainInputRow",
                "EconomicsResult", "NetworkFigures", "PVFigures", "SensitivityRow",
                "Stakeholders", "OccupantView", "HeatingCompanyView", "OwnerView", "SocietyView", "ContractResult")
JSON_OBJECTS += ("BenchmarkResult", "HeatSourceDefault")


def _result_class(name: str):
    if name in globals():
        return globals()[name]
    from .contracts import results as contract_results  # defined there, on top of this module

    return getattr(contract_results, name)


def json_key_docs():
    """``(object, key, unit, description)`` for every key of the results
    JSON, from the field declarations; the README's table is made from it."""
    for name in JSON_OBJECTS:
        for f in dataclasses.fields(_result_class(name)):
            unit = f.metadata.get("unit")
            key = f.name if unit is None or f.metadata.get("trade") else _key(f.name, unit)
            doc = f.metadata.get("doc") or PLAIN_DOCS.get(f"{name}.{f.name}") or PLAIN_DOCS.get(f.name, "")
            if f.metadata.get("nested"):
                doc = "end use → carrier → value"
            elif f.metadata.get("mapping"):
                doc += " (name → value)"
            yield name, key, "" if f.metadata.get("trade") else (unit or ""), doc


def json_key_table() -> str:
    """The README's table of result keys, as Markdown."""
    lines, current = [], None
    for obj, key, unit, doc in json_key_docs():
        if obj != current:
            lines += ["", f"**{obj}**", "", "| key | unit | meaning |", "|---|---|---|"]
            current = obj
        lines.append(f"| `{key}` | {unit} | {doc} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # python3 -m calc.results > table (README "Results JSON")
    print(json_key_table(), end="")
