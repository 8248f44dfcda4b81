"""Libraries, factors, prices, costs and archetype data in ``datasets/tables/``.

Each CSV file is read once (``lru_cache``), checked against its schema --
required columns, types, a unit in the name of every numeric column, a
non-empty ``source`` on every row, unique keys -- and served either as a
pandas DataFrame (:func:`table`) or through small lookup functions that
return pint quantities. A wrong key raises ``KeyError`` listing the valid
ones. What each file holds and where its figures come from:
``datasets/SOURCES.md``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from ..units import Q_, check_dimension, ureg

TABLES_DIR = Path(__file__).resolve().parents[2] / "datasets" / "tables"

# Column-name endings and the unit they declare (CEA-style units in names).
UNIT_SUFFIXES = {
    "_w_mk": "W/(m*K)", "_kg_m3": "kg/m**3", "_j_kgk": "J/(kg*K)", "_w_m2k": "W/(m**2*K)",
    "_cny_per_m2_mm": "CNY/(m**2*mm)", "_cny_per_m2": "CNY/m**2", "_mm": "mm", "_m2": "m**2", "_m": "m",
    "_c": "degC", "_k": "K", "_w": "W", "_per_k": "1/K", "_years": "year", "_per_year": "1/year", "_w_m2": "W/m**2",
    "_kwh_m2a": "kWh/(m**2*a)", "_ach": "1/h",
}
# Numeric columns that are ratios, counts or calendar years: no unit.
DIMENSIONLESS = frozenset({
    "correction_factor", "shgc", "frame_fraction", "gbt8484_class", "efficiency", "seasonal_efficiency",
    "efficiency_low", "efficiency_high", "cop", "capacity_ratio", "seer", "seer_low", "seer_high", "storeys", "elevators",
    "wwr_south", "wwr_east", "wwr_north", "wwr_west", "network_loss_share", "dhw_efficiency", "heat_recovery",
    "position", "year", "loss_share", "response_share", "field_saving_low", "field_saving_high", "laid_from_year", "laid_before_year",
    "cooled_floor_share",
})
# Columns whose unit is given row by row in a ``unit`` column.
VALUE_COLUMNS = frozenset({"value", "typical", "low", "high"})


class TableError(ValueError):
    """A data file in ``datasets/tables/`` that breaks its schema."""


@dataclass(frozen=True)
class Schema:
    key: tuple
    numbers: tuple = ()
    optional_numbers: tuple = ()
    text: tuple = ()
    optional_text: tuple = ()
    flags: tuple = ()
    choices: dict = field(default_factory=dict)


_ERAS = ("pre_1986", "1986_1995", "1996_2004", "2005_2015", "2016_on")
_ZONES = ("severe_cold", "cold", "hscw", "hsww", "mild")

SCHEMAS = {
    "materials": Schema(("material",), ("density_kg_m3", "conductivity_w_mk", "correction_factor", "specific_heat_j_kgk"),
                        text=("name_zh", "name_en", "category")),
    "insulation_products": Schema(
        ("product",), ("declared_conductivity_w_mk", "correction_factor", "design_conductivity_w_mk", "density_kg_m3",
                       "specific_heat_j_kgk", "material_cost_cny_per_m2_mm", "lifetime_years"),
        text=("name_zh", "name_en", "fire_class"), choices={"fire_class": ("A1", "A2", "B1", "B2", "B3")}),
    "window_products": Schema(
        ("product",), ("u_value_w_m2k", "shgc", "frame_fraction", "gbt8484_class", "lifetime_years"),
        optional_numbers=("cost_typical_cny_per_m2", "cost_low_cny_per_m2", "cost_high_cny_per_m2"),
        text=("name", "frame", "glazing")),
    "heat_pump_products": Schema(("product",), ("min_source_temp_c",), optional_numbers=("max_flow_temp_c",),
                                 text=("kind", "name", "refrigerant", "sink_medium", "test_standard"),
                                 choices={"kind": ("air_source_heat_pump", "ground_source_heat_pump"),
                                          "sink_medium": ("water", "air")}),
    "metering_behaviour": Schema(("level",), ("response_share", "field_saving_low", "field_saving_high"),
                                 choices={"level": ("low", "middle", "high")}),
    "network_reference_loss": Schema(("laid_from_year",), ("laid_from_year", "laid_before_year", "loss_share")),
    "heat_pump_kinds": Schema(("kind",), ("max_flow_temp_c",),
                              choices={"kind": ("air_source_heat_pump", "ground_source_heat_pump")}),
    "heat_pump_performance": Schema(("product", "test_point"), ("source_temp_c", "sink_temp_c", "cop", "capacity_ratio")),
    "boilers": Schema(("boiler",), ("seasonal_efficiency", "efficiency_low", "efficiency_high"),
                      text=("supply_kind", "carrier", "name")),
    "cooling_units": Schema(("cooling_unit",), ("seer", "seer_low", "seer_high"), text=("system", "name"),
                            choices={"system": ("split_ac", "chiller", "vrf")}),
    "pv_modules": Schema(("module",), ("power_stc_w", "length_m", "width_m", "area_m2", "efficiency", "gamma_pmax_per_k",
                                       "noct_c", "lifetime_years"), text=("name", "technology")),
    "standard_coal_factors": Schema(("carrier", "method", "year"), ("value",), optional_numbers=("year",), text=("unit",),
                                    choices={"method": ("equal_value", "power_supply_coal")}),
    "calorific_values": Schema(("carrier",), ("value",), text=("unit",)),
    "heat_source_defaults": Schema(("province",), text=("heat_source",)),
    "non_heating_ranges": Schema(("use", "indicator"), ("low", "high"), text=("zones", "unit"),
                                 choices={"indicator": ("electricity_per_household", "electricity_per_m2")}),
    "heat_sources": Schema(("heat_source",), ("efficiency",), text=("fuel", "allocation"),
                           choices={"fuel": ("coal", "natural_gas", "oil", "electricity", "none")}),
    "co2_factors": Schema(("carrier", "region", "year"), ("value",), optional_numbers=("year",), text=("unit",)),
    "prices": Schema(("item",), ("typical", "low", "high", "year"), text=("carrier", "sector", "unit"),
                     flags=("user_override",)),
    "city_prices": Schema(("city", "item"), ("value", "year"), text=("unit",)),
    "subsidy_schemes": Schema(("scheme",), ("value", "year"), text=("basis", "recipient", "unit"),
                              choices={"basis": ("floor_area", "dwelling", "investment_share", "heat_pump_capacity",
                                                 "pv_power", "tce_saved"), "recipient": ("owner", "esco")}),
    "measure_costs": Schema(("kind", "variant"), ("typical", "low", "high", "lifetime_years", "maintenance_share_per_year",
                                                  "year"), text=("basis", "unit")),
    "constructions": Schema(("construction", "position"), ("position",), optional_numbers=("thickness_mm",),
                            text=("element", "material"), flags=("with_insulation_only",),
                            choices={"element": ("wall", "roof", "floor")}),
    "construction_names": Schema(("construction",), (), text=("name_en", "name_zh")),
    "calibration_parameters": Schema(("parameter",), ("position", "low", "high"),
                                     text=("field", "adjust", "applies", "unit"),
                                     choices={"adjust": ("shift", "scale", "value"),
                                              "applies": ("buildings", "network_without_pipes", "generic_heat_pump")}),
    "gbt51161_benchmarks": Schema(("climate_zone", "use", "building_class"), ("constraint_kwh_m2a", "guide_kwh_m2a"),
                                  text=("indicator", "standard_table"),
                                  choices={"climate_zone": _ZONES, "building_class": ("A", "B"),
                                           "indicator": ("non_heating", "heating")}),
    "archetype_envelope": Schema(
        ("climate_zone", "era", "use_class"),
        ("wall_insulation_mm", "wall_u_w_m2k", "roof_insulation_mm", "roof_u_w_m2k", "floor_insulation_mm",
         "floor_u_w_m2k", "infiltration_ach", "thermal_bridge_u_w_m2k"),
        text=("wall_construction", "wall_insulation", "roof_construction", "roof_insulation", "floor_construction",
              "floor_insulation", "window", "thermal_mass"),
        choices={"climate_zone": _ZONES, "era": _ERAS, "use_class": ("residential", "public")}),
    "archetype_geometry": Schema(("use", "era"), ("length_m", "width_m", "storeys", "storey_height_m", "wwr_south",
                                                  "wwr_east", "wwr_north", "wwr_west", "elevators"),
                                 optional_text=("elevator_usage",)),
    "archetype_operation": Schema(
        ("use",), ("heating_setpoint_c", "setback_setpoint_c", "cooling_setpoint_c", "internal_gains_w_m2",
                   "lighting_power_w_m2", "appliance_power_w_m2", "dhw_kwh_m2a", "mechanical_ach", "heat_recovery",
                   "cooled_floor_share"),
        optional_numbers=("floor_area_per_dwelling_m2",), optional_text=("mechanical_from_era", "closed_days")),
    "archetype_supply": Schema(
        ("climate_zone", "use_class"), ("design_supply_temp_c", "design_return_temp_c", "dhw_efficiency", "overheating_k",
                                          "window_airing_ach"),
        optional_numbers=("network_loss_share",),
        text=("supply_kind", "emitter", "cooling_unit_before_2005", "cooling_unit_from_2005", "dhw_carrier",
              "heating_season_start", "heating_season_end", "hvac_availability"),
        optional_text=("boiler", "heat_pump_product", "residential_schedule"), flags=("cooled",),
        choices={"climate_zone": _ZONES, "use_class": ("residential", "public"),
                 "hvac_availability": ("season", "whenever_needed", "heating_in_season")}),
}
TABLE_NAMES = tuple(SCHEMAS)


def _unit_of_column(name: str) -> str | None:
    for suffix in sorted(UNIT_SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            return UNIT_SUFFIXES[suffix]
    return None


def _check_unit_in_name(name: str, col: str, has_unit_column: bool) -> None:
    if col in DIMENSIONLESS or _unit_of_column(col) is not None:
        return
    if has_unit_column and col in VALUE_COLUMNS:
        return
    raise TableError(f"{name}.csv: numeric column {col!r} carries no unit in its name; "
                     f"end it with one of {', '.join(sorted(UNIT_SUFFIXES))} or declare it dimensionless")


def _to_number(name: str, col: str, series: pd.Series, optional: bool) -> pd.Series:
    out = []
    for i, text in enumerate(series):
        line = i + 2
        if text.strip() == "":
            if not optional:
                raise TableError(f"{name}.csv, line {line}: column {col!r} is empty; a number is required")
            out.append(math.nan)
            continue
        try:
            out.append(float(text))
        except ValueError:
            raise TableError(f"{name}.csv, line {line}: column {col!r} = {text!r} is not a number") from None
    return pd.Series(out, index=series.index, dtype=float)


def _check_schema(name: str, df: pd.DataFrame, schema: Schema) -> pd.DataFrame:
    required = set(schema.key) | set(schema.numbers) | set(schema.optional_numbers) | set(schema.text) \
        | set(schema.optional_text) | set(schema.flags) | {"source"}
    missing = sorted(required - set(df.columns))
    if missing:
        raise TableError(f"{name}.csv: missing columns {missing}")
    has_unit = "unit" in df.columns
    for col in dict.fromkeys(schema.numbers + schema.optional_numbers):
        _check_unit_in_name(name, col, has_unit)
        df[col] = _to_number(name, col, df[col], optional=col in schema.optional_numbers)
    for i, row in df.iterrows():
        line = i + 2
        if not row["source"].strip():
            raise TableError(f"{name}.csv, line {line}: empty source; every row needs one")
        for col in schema.text:
            if not row[col].strip():
                raise TableError(f"{name}.csv, line {line}: column {col!r} is empty")
        for col, allowed in schema.choices.items():
            if row[col] not in allowed:
                raise TableError(f"{name}.csv, line {line}: {col} = {row[col]!r}; allowed: {', '.join(allowed)}")
        for col in schema.flags:
            if row[col] not in ("true", "false"):
                raise TableError(f"{name}.csv, line {line}: {col} = {row[col]!r}; allowed: true, false")
        if has_unit:
            try:
                ureg.Unit(row["unit"])
            except Exception:  # pint raises several kinds for an unknown unit
                raise TableError(f"{name}.csv, line {line}: unit {row['unit']!r} is not a known unit") from None
    for col in schema.flags:
        df[col] = df[col] == "true"
    dup = df.duplicated(list(schema.key), keep=False)
    if dup.any():
        keys = df.loc[dup, list(schema.key)].astype(str).agg("/".join, axis=1).tolist()
        raise TableError(f"{name}.csv: duplicate keys {sorted(set(keys))}")
    return df


@lru_cache(maxsize=None)
def _load(name: str) -> pd.DataFrame:
    path = TABLES_DIR / f"{name}.csv"
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    return _check_schema(name, df, SCHEMAS[name])


def table(name: str) -> pd.DataFrame:
    """One data table, schema-checked.

    Parameters
    ----------
    name : str
        One of :data:`TABLE_NAMES` (the CSV file name without extension).

    Returns
    -------
    pandas.DataFrame
        A copy of the cached table; numeric columns are floats in the unit
        named by the column (or by the row's ``unit`` column), empty optional
        numbers NaN, flags bool, text as str.

    Raises
    ------
    KeyError
        For an unknown table name, listing the valid ones.
    TableError
        When the file breaks its schema (names the file, line and column).
    """
    if name not in SCHEMAS:
        raise KeyError(f"unknown table {name!r}; valid: {', '.join(TABLE_NAMES)}")
    return _load(name).copy()


@lru_cache(maxsize=None)
def _index(name: str, column: str) -> dict:
    """key -> first row with that key (rows as plain dicts for fast lookups)."""
    out = {}
    for row in _load(name).to_dict("records"):
        out.setdefault(row[column], pd.Series(row))
    return out


def _row(name: str, key: str, what: str, column: str | None = None) -> pd.Series:
    column = column or SCHEMAS[name].key[0]
    index = _index(name, column)
    if key not in index:
        raise KeyError(f"unknown {what} {key!r}; valid: {', '.join(index)}")
    return index[key]


def _qty(value: float, unit: str):
    return Q_(float(value), unit)


# --- libraries -------------------------------------------------------------

def material(key: str) -> dict:
    """A building material of GB 50176-2016 Appendix B.

    Parameters
    ----------
    key : str
        Material key in ``materials.csv``, e.g. ``"solid_clay_brick"``.

    Returns
    -------
    dict
        ``conductivity`` [W/(m·K)] design value = table λ × ``correction_factor``
        (GB 50176-2016 Table B.2), ``table_conductivity`` [W/(m·K)],
        ``correction_factor`` [-], ``density`` [kg/m³], ``specific_heat``
        [J/(kg·K)], ``name_zh``, ``category``, ``source``.
    """
    return dict(_material(key))


@lru_cache(maxsize=None)
def _material(key: str) -> dict:
    # cached: archetypes build many layers of the same materials
    r = _row("materials", key, "material")
    return {
        "name_zh": r["name_zh"], "name_en": r["name_en"], "category": r["category"],
        "conductivity": _qty(r["conductivity_w_mk"] * r["correction_factor"], "W/(m*K)"),
        "table_conductivity": _qty(r["conductivity_w_mk"], "W/(m*K)"),
        "correction_factor": float(r["correction_factor"]),
        "density": _qty(r["density_kg_m3"], "kg/m**3"),
        "specific_heat": _qty(r["specific_heat_j_kgk"], "J/(kg*K)"),
        "source": r["source"],
    }


def insulation_product(key: str) -> dict:
    """An insulation product (keys of ``MEASURE_PARAMS`` insulation measures).

    Returns
    -------
    dict
        ``conductivity`` [W/(m·K)] design value, ``declared_conductivity``
        [W/(m·K)], ``correction_factor`` [-], ``density`` [kg/m³],
        ``specific_heat`` [J/(kg·K)], ``fire_class`` (GB 8624-2012),
        ``material_cost`` [CNY/(m²·mm)], ``lifetime`` [year], ``source``.
    """
    r = _row("insulation_products", key, "insulation product")
    return {
        "name_zh": r["name_zh"], "name_en": r["name_en"],
        "conductivity": _qty(r["design_conductivity_w_mk"], "W/(m*K)"),
        "declared_conductivity": _qty(r["declared_conductivity_w_mk"], "W/(m*K)"),
        "correction_factor": float(r["correction_factor"]),
        "density": _qty(r["density_kg_m3"], "kg/m**3"),
        "specific_heat": _qty(r["specific_heat_j_kgk"], "J/(kg*K)"),
        "fire_class": r["fire_class"],
        "material_cost": _qty(r["material_cost_cny_per_m2_mm"], "CNY/(m**2*mm)"),
        "lifetime": _qty(r["lifetime_years"], "year"),
        "source": r["source"],
    }


def window_product(key: str) -> dict:
    """A window product (frame × glazing), JGJ 151-2008 / GB/T 8484 classes.

    Returns
    -------
    dict
        ``u_value`` [W/(m²·K)] whole window U_w, ``shgc`` [-] of the glazing,
        ``frame_fraction`` [-], ``gbt8484_class``, ``cost_typical`` /
        ``cost_low`` / ``cost_high`` [CNY/m²] installed (``None`` for old
        types no longer sold), ``lifetime`` [year], ``name``, ``source``.
    """
    r = _row("window_products", key, "window product")
    cost = {c: (None if math.isnan(r[f"{c}_cny_per_m2"]) else _qty(r[f"{c}_cny_per_m2"], "CNY/m**2"))
            for c in ("cost_typical", "cost_low", "cost_high")}
    return {"name": r["name"], "u_value": _qty(r["u_value_w_m2k"], "W/(m**2*K)"), "shgc": float(r["shgc"]),
            "frame_fraction": float(r["frame_fraction"]), "gbt8484_class": int(r["gbt8484_class"]),
            "lifetime": _qty(r["lifetime_years"], "year"), "source": r["source"], **cost}


def heat_pump_info(key: str) -> dict:
    """A generic heat-pump product and its test-point data.

    Returns
    -------
    dict
        ``kind`` (a ``HEAT_PUMP_KINDS`` value), ``name``, ``refrigerant``,
        ``sink_medium`` (``water`` or ``air``), ``test_standard``,
        ``min_source_temp`` [°C], ``max_flow_temp`` [°C] (None for air-to-air
        units), ``source``, and ``points``: a DataFrame with ``test_point``,
        ``source_temp_c`` [°C] (outdoor air or brine), ``sink_temp_c`` [°C]
        (leaving water or indoor air), ``cop`` [-], ``capacity_ratio`` [-]
        (capacity / capacity at the first point), ``source``; points follow
        GB/T 25127.2-2020 and EN 14825 conditions.
    """
    r = _row("heat_pump_products", key, "heat-pump product")
    perf = _load("heat_pump_performance")
    points = perf[perf["product"] == key].drop(columns="product").reset_index(drop=True)
    max_flow = None if math.isnan(r["max_flow_temp_c"]) else _qty(r["max_flow_temp_c"], "degC")
    return {"kind": r["kind"], "name": r["name"], "refrigerant": r["refrigerant"], "sink_medium": r["sink_medium"],
            "test_standard": r["test_standard"], "min_source_temp": _qty(r["min_source_temp_c"], "degC"),
            "max_flow_temp": max_flow, "source": r["source"], "points": points}


def heat_pump_products() -> tuple:
    """Keys of the heat-pump product library."""
    return tuple(_index("heat_pump_products", "product"))


def metering_behaviour(level: str) -> dict:
    """Occupant response to metering reform at one level (``low``,
    ``middle``, ``high``): ``response_share`` [-] of the over-heating and
    window airing removed, ``field_saving_low`` / ``field_saving_high`` [-]
    (saving of heat found in the field at that level), ``source``."""
    r = _row("metering_behaviour", level, "metering behaviour level")
    return {"response_share": float(r["response_share"]), "field_saving_low": float(r["field_saving_low"]),
            "field_saving_high": float(r["field_saving_high"]), "source": r["source"]}


def network_reference_loss(year: float) -> tuple:
    """(loss share [-], source) of a heating network whose pipes were laid
    (length-weighted mean) in ``year``: the 2020 reference of the plan's
    network-loss indicator when none is entered."""
    df = _load("network_reference_loss")
    for r in df.itertuples():
        if r.laid_from_year <= year < r.laid_before_year:
            return float(r.loss_share), r.source
    raise ValueError(f"year {year:g}: outside network_reference_loss.csv")


def heat_pump_kind_max_flow(kind: str):
    """Highest flow temperature of the generic (Carnot-model) heat pump of a
    kind [°C], with its ``source`` (heat_pump_kinds.csv)."""
    r = _row("heat_pump_kinds", kind, "heat-pump kind")
    return _qty(r["max_flow_temp_c"], "degC"), r["source"]


def heat_pump_product(key: str):
    """The test points of a heat-pump product as a grid for the supply model.

    Returns
    -------
    calc.heatpump.HeatPumpProduct
        Built by ``calc.heatpump.product_from_points`` from the
        (source_temp [°C], sink_temp [°C], COP [-], capacity ratio [-])
        points of :func:`heat_pump_info`.
    """
    from ..heatpump import product_from_points  # lazy: the loader stays importable on its own

    info = heat_pump_info(key)
    points = [(p.source_temp_c, p.sink_temp_c, p.cop, p.capacity_ratio) for p in info["points"].itertuples()]
    max_flow = info["max_flow_temp"].to("degC").m if info["max_flow_temp"] is not None else float("inf")
    return product_from_points(key, points, info["source"], max_flow_temp=max_flow, sink_medium=info["sink_medium"])


def boiler(key: str) -> dict:
    """A boiler type: ``seasonal_efficiency`` / ``efficiency_low`` /
    ``efficiency_high`` [-] on the lower heating value, ``supply_kind``,
    ``carrier``, ``name``, ``source`` (GB 24500-2020, GB 20665-2015)."""
    r = _row("boilers", key, "boiler")
    return {c: (float(r[c]) if c.startswith(("seasonal", "efficiency")) else r[c])
            for c in ("supply_kind", "carrier", "name", "seasonal_efficiency", "efficiency_low", "efficiency_high",
                      "source")}


def cooling_unit(key: str) -> dict:
    """A cooling unit: ``system`` (a ``COOLING_SYSTEMS`` value), ``seer``,
    ``seer_low``, ``seer_high`` [-] (SEER or IPLV, GB 21455 / GB 50189),
    ``name``, ``source``."""
    r = _row("cooling_units", key, "cooling unit")
    return {c: (float(r[c]) if c.startswith("seer") else r[c])
            for c in ("system", "name", "seer", "seer_low", "seer_high", "source")}


def pv_module(key: str) -> dict:
    """A PV module (keys of ``PV_MODULES``), representative datasheet values.

    Returns
    -------
    dict
        ``power_stc`` [W], ``area`` [m²], ``length``, ``width`` [m],
        ``efficiency`` [-] at STC, ``gamma_pmax`` [1/K] temperature
        coefficient of P_max, ``noct`` [°C], ``lifetime`` [year], ``name``,
        ``technology``, ``source``.
    """
    r = _row("pv_modules", key, "PV module")
    return {"name": r["name"], "technology": r["technology"], "power_stc": _qty(r["power_stc_w"], "W"),
            "length": _qty(r["length_m"], "m"), "width": _qty(r["width_m"], "m"), "area": _qty(r["area_m2"], "m**2"),
            "efficiency": float(r["efficiency"]), "gamma_pmax": _qty(r["gamma_pmax_per_k"], "1/K"),
            "noct": _qty(r["noct_c"], "degC"), "lifetime": _qty(r["lifetime_years"], "year"), "source": r["source"]}


def construction_layers(key: str) -> pd.DataFrame:
    """Layers of a base construction, outside to inside: ``position``,
    ``material`` (a materials key, or ``<insulation>`` for the slot an
    archetype fills), ``thickness_mm`` [mm], ``with_insulation_only``,
    ``source``."""
    df = _load("constructions")
    rows = df[df["construction"] == key]
    if rows.empty:
        raise KeyError(f"unknown construction {key!r}; valid: {', '.join(dict.fromkeys(df['construction']))}")
    return rows.sort_values("position").reset_index(drop=True)


# --- conversion factors -------------------------------------------------------

KWH = Q_(1.0, "kWh")
FUEL_CARRIERS = ("natural_gas", "coal", "oil", "lpg")


def _pick_year(rows: pd.DataFrame, year, what: str) -> pd.Series:
    """The row of ``year``; ``None`` takes the row without a year (a
    constant factor) or else the latest year."""
    if year is None:
        undated = rows[rows["year"].isna()]
        return undated.iloc[0] if not undated.empty else rows.loc[rows["year"].idxmax()]
    hit = rows[rows["year"] == float(year)]
    if hit.empty:
        undated = rows[rows["year"].isna()]
        if not undated.empty:
            return undated.iloc[0]
        years = ", ".join(str(int(y)) for y in sorted(rows["year"].dropna()))
        raise KeyError(f"no {what} for year {year!r}; available years: {years}")
    return hit.iloc[0]


def standard_coal_factor(carrier: str, method: str = "equal_value", year: int | None = None):
    """Standard-coal coefficient of an energy carrier, GB/T 2589-2020 Appendix A.

    Parameters
    ----------
    carrier : str
        ``electricity``, ``district_heat``, ``natural_gas``, ``coal``, ``oil``
        or ``lpg``.
    method : str
        For electricity: ``equal_value`` (calorific equal value, 0.1229
        kgce/kWh) or ``power_supply_coal`` (thermal-power supply coal
        consumption of the year, China Electricity Council statistics).
        Fuels and heat have one coefficient; either method gives it.
    year : int, optional
        Data year of the power-supply coal consumption (``None`` = latest).

    Returns
    -------
    pint.Quantity
        [kgce/kWh] electricity, [kgce/MJ] heat, [kgce/m³] natural gas,
        [kgce/kg] coal, oil, LPG -- the units of the standard's table.
    """
    df = _load("standard_coal_factors")
    rows = df[df["carrier"] == carrier]
    if rows.empty:
        raise KeyError(f"unknown carrier {carrier!r}; valid: {', '.join(dict.fromkeys(df['carrier']))}")
    methods = tuple(dict.fromkeys(rows["method"]))
    if method not in methods:
        raise KeyError(f"unknown method {method!r} for {carrier}; valid: {', '.join(methods)}")
    r = _pick_year(rows[rows["method"] == method], year, f"{method} factor of {carrier}")
    return _qty(r["value"], r["unit"])


def heat_source(key: str) -> dict:
    """Default fuel, efficiency and allocation rule of a district-heat source.

    Parameters
    ----------
    key : str
        ``coal_chp``, ``coal_boiler_small``, ``coal_boiler_large``,
        ``gas_boiler``, ``industrial_waste_heat``, ``heat_pump_station``,
        ``electric_boiler`` or ``unknown``.

    Returns
    -------
    dict
        ``fuel`` (``coal``, ``natural_gas``, ``oil``, ``electricity``,
        ``none``), ``efficiency`` [-] heat at the plant fence per unit of
        final energy in (a COP for heat pumps), ``allocation`` (how a CHP
        plant's fuel is split), ``source`` (text).
    """
    r = _row("heat_sources", key, "heat source", "heat_source")
    return {"fuel": r["fuel"], "efficiency": float(r["efficiency"]), "allocation": r["allocation"],
            "source": r["source"]}


def non_heating_ranges() -> list[dict]:
    """Published ranges of building electricity that the archetypes are
    checked against (``non_heating_ranges.csv``; GB/T 51161-2016's own
    tables are not shipped: not reached).

    Returns
    -------
    list of dict
        ``use``, ``indicator`` (``electricity_per_household`` [kWh/a] or
        ``electricity_per_m2`` [kWh/(m²·a)]), ``zones`` (tuple of climate
        zones it applies in), ``low`` / ``high`` (pint quantities),
        ``source``.
    """
    out = []
    for r in _load("non_heating_ranges").to_dict("records"):
        out.append({"use": r["use"], "indicator": r["indicator"], "zones": tuple(r["zones"].split()),
                    "low": _qty(r["low"], r["unit"]), "high": _qty(r["high"], r["unit"]), "source": r["source"]})
    return out


#: Row of heat_source_defaults.csv for a province without a row of its own.
NATIONAL_HEAT_SOURCE = "national"


def default_heat_source(province: str) -> dict:
    """The heat source taken for a network whose source is ``unknown``, by
    the province of the site (``heat_source_defaults.csv``).

    Parameters
    ----------
    province : str
        Province of the city table; one without a row of its own takes the
        ``national`` row.

    Returns
    -------
    dict
        ``heat_source`` (a key of ``heat_sources.csv``), ``province`` (the
        row used: the province or ``national``), ``source`` (text).
    """
    index = _index("heat_source_defaults", "province")
    key = province if province in index else NATIONAL_HEAT_SOURCE
    r = index[key]
    return {"heat_source": r["heat_source"], "province": key, "source": r["source"]}


def heat_source_names() -> tuple:
    """Keys of the heat-source table, in its order."""
    return tuple(_load("heat_sources")["heat_source"])


def calorific_value(carrier: str):
    """Net (lower) calorific value of a fuel, GB/T 2589-2020 Appendix A.

    Parameters
    ----------
    carrier : str
        ``natural_gas``, ``coal``, ``oil`` or ``lpg``.

    Returns
    -------
    pint.Quantity
        [MJ/m³] natural gas, [MJ/kg] solid and liquid fuels.
    """
    r = _row("calorific_values", carrier, "fuel carrier", "carrier")
    return _qty(r["value"], r["unit"])


def standard_coal_per_kwh(carrier: str, method: str = "equal_value", year: int | None = None):
    """Standard coal per kWh of delivered final energy (fuels at lower
    heating value), from :func:`standard_coal_factor` and
    :func:`calorific_value` (GB/T 2589-2020).

    Returns
    -------
    pint.Quantity
        [kgce/kWh]
    """
    factor = standard_coal_factor(carrier, method, year)
    if carrier in FUEL_CARRIERS:
        factor = factor / calorific_value(carrier)
    return factor.to("kgce/kWh")


def standard_coal_years(carrier: str, method: str) -> tuple | None:
    """Data years of a standard-coal coefficient (``None``: one constant
    coefficient serves every year)."""
    df = _load("standard_coal_factors")
    rows = df[(df["carrier"] == carrier) & (df["method"] == method)]
    if rows["year"].isna().any():
        return None
    return tuple(sorted(int(y) for y in rows["year"]))


def factor_years(carrier: str, region: str = "national") -> tuple:
    """Data years of the CO2 factors of a carrier (electricity: of a grid region)."""
    df = _load("co2_factors")
    rows = df[(df["carrier"] == carrier) & ((df["region"] == region) | (carrier != "electricity"))]
    return tuple(sorted(int(y) for y in rows["year"].dropna()))


def co2_factor(carrier: str, region: str = "national", year: int | None = None):
    """CO2 emission factor per kWh of delivered final energy.

    Electricity: national and regional grid averages by data year of the
    MEE/NBS announcements (each named in co2_factors.csv). Fuels: NDRC
    2013-2015 GHG accounting guideline defaults (carbon content × oxidation
    × 44/12) per lower heating value; purchased heat 0.11 tCO2/GJ. ``region`` and ``year`` apply to electricity only.

    Parameters
    ----------
    carrier : str
        ``electricity``, ``district_heat``, ``natural_gas``, ``coal``, ``oil``
        or ``lpg``.
    region : str
        Grid region (``national``, ``north``, ``northeast``, ``east``,
        ``central``, ``northwest``, ``south``, ``southwest``,
        ``national_ets``).
    year : int, optional
        Data year (``None`` = latest published for the region).

    Returns
    -------
    pint.Quantity
        [kg/kWh] kgCO2 per kWh of final energy.
    """
    df = _load("co2_factors")
    rows = df[df["carrier"] == carrier]
    if rows.empty:
        raise KeyError(f"unknown carrier {carrier!r}; valid: {', '.join(dict.fromkeys(df['carrier']))}")
    if carrier == "electricity":
        regions = tuple(dict.fromkeys(rows["region"]))
        if region not in regions:
            raise KeyError(f"unknown grid region {region!r}; valid: {', '.join(regions)}")
        rows = rows[rows["region"] == region]
    r = _pick_year(rows, year, f"CO2 factor of {carrier} ({region})")
    return _qty(r["value"], r["unit"]).to("kg/kWh")


# --- prices -----------------------------------------------------------------

def price(item: str) -> dict:
    """A typical energy price (user-overridable).

    Returns
    -------
    dict
        ``typical``, ``low``, ``high`` [row unit, e.g. CNY/kWh, CNY/m³,
        CNY/GJ, CNY/m² per season, CNY/t, CNY/kg], ``carrier``, ``sector``,
        ``year``, ``user_override`` (always true: local tariffs differ),
        ``source``.
    """
    r = _row("prices", item, "price item", "item")
    return {"typical": _qty(r["typical"], r["unit"]), "low": _qty(r["low"], r["unit"]),
            "high": _qty(r["high"], r["unit"]), "carrier": r["carrier"], "sector": r["sector"],
            "year": int(r["year"]), "user_override": bool(r["user_override"]), "source": r["source"]}


# Tariffs field -> price item, by sector (calc.model.project.Tariffs).
_TARIFF_ITEMS = {
    "electricity": ("electricity_residential", "electricity_non_residential"),
    "natural_gas": ("natural_gas_residential", "natural_gas_non_residential"),
    "heat_area": ("heat_area_residential", "heat_area_public"),
    "heat_energy": ("heat_energy", "heat_energy"),
    "heat_fixed_share": ("heat_fixed_share", "heat_fixed_share"),
    "coal": ("coal", "coal"), "oil": ("oil", "oil"), "lpg": ("lpg", "lpg"), "pv_export": ("pv_export", "pv_export"),
}


def city_prices(city: str) -> dict:
    """A city's own prices (``city_prices.csv``): item -> dict ``value``
    [row unit], ``year``, ``source``; empty for a city without entries."""
    df = table("city_prices")
    rows = df[df["city"] == city]
    return {r["item"]: {"value": _qty(r["value"], r["unit"]), "year": int(r["year"]), "source": r["source"]}
            for _, r in rows.iterrows()}


def subsidy_scheme(scheme: str) -> dict:
    """A scheme of the subsidy library: ``basis``, ``rate`` (the row's
    ``value`` in its ``unit``, see calc.model.SubsidyScheme), ``recipient``, ``year``,
    ``source``; the keyword arguments of ``calc.model.SubsidyScheme``
    are ``name``, ``basis``, ``rate``, ``recipient``."""
    r = _row("subsidy_schemes", scheme, "subsidy scheme", "scheme")
    return {"name": scheme, "basis": r["basis"], "rate": float(r["value"]), "recipient": r["recipient"],
            "year": int(r["year"]), "source": r["source"]}


def default_tariffs(public: bool, city: str | None = None) -> dict:
    """Typical tariffs for ``calc.model.Tariffs``: field name -> quantity
    (``heat_fixed_share`` a float), residential or public prices; a city's
    own prices (:func:`city_prices`) replace the typical ones where the
    table has them for the sector."""
    own = city_prices(city) if city else {}
    out = {}
    for name, items in _TARIFF_ITEMS.items():
        item = items[1] if public else items[0]
        q = own[item]["value"] if item in own else price(item)["typical"]
        out[name] = float(q.to("dimensionless").m) if name == "heat_fixed_share" else q
    return out


# --- measure costs ------------------------------------------------------------

# Spread of board prices around the typical material cost (engineering estimate).
MATERIAL_PRICE_LOW_FACTOR = 0.8
MATERIAL_PRICE_HIGH_FACTOR = 1.25
_INSULATION_KINDS = ("wall_insulation", "roof_insulation", "floor_insulation")


@dataclass(frozen=True)
class CostData:
    """Investment data of one measure per unit of its ``basis``.

    ``typical``, ``low``, ``high``: cost per basis unit (e.g. [CNY/m²] of wall
    area, [CNY/kW], [CNY/m] of trench, [CNY] per dwelling or station,
    [CNY/W] of PV); ``basis``: what the cost is multiplied by (``wall_area``,
    ``roof_area``, ``floor_area`` -- ground floor for floor insulation,
    heated floor area otherwise --, ``window_area``, ``capacity``,
    ``trench_length``, ``station``, ``pump_power``, ``dwelling``,
    ``pv_power``); ``lifetime`` [year]; ``maintenance_share`` [1/year] of
    the investment; ``year`` of the prices; ``source``.
    """

    kind: str
    variant: str
    basis: str
    typical: object
    low: object
    high: object
    lifetime: object
    maintenance_share: object
    year: int
    source: str


def _cost_row(kind: str, variant: str) -> pd.Series:
    df = _load("measure_costs")
    kinds = tuple(dict.fromkeys(df["kind"]))
    if kind not in kinds:
        raise KeyError(f"unknown measure kind {kind!r}; valid: {', '.join(kinds)}")
    rows = df[df["kind"] == kind]
    hit = rows[rows["variant"] == variant]
    if hit.empty:
        raise KeyError(f"unknown variant {variant!r} of {kind}; valid: {', '.join(rows['variant'])}")
    return hit.iloc[0]


def _cost_from_row(r: pd.Series, **overrides) -> CostData:
    values = {"typical": _qty(r["typical"], r["unit"]), "low": _qty(r["low"], r["unit"]),
              "high": _qty(r["high"], r["unit"])}
    base = {"kind": r["kind"], "variant": r["variant"], "basis": r["basis"], **values,
            "lifetime": _qty(r["lifetime_years"], "year"),
            "maintenance_share": _qty(r["maintenance_share_per_year"], "1/year"), "year": int(r["year"]),
            "source": r["source"]}
    base.update(overrides)
    return CostData(**base)


def _insulation_cost(kind: str, material: str, thickness) -> CostData:
    t = check_dimension(thickness, "mm", "thickness")
    if t.m <= 0:
        raise ValueError(f"thickness: {t:~P} must be > 0 mm")
    product = insulation_product(material)
    board = (product["material_cost"] * t).to("CNY/m**2")
    r = _cost_row(kind, "system")
    fixed = _cost_from_row(r)
    return _cost_from_row(
        r, variant=material, typical=fixed.typical + board, low=fixed.low + board * MATERIAL_PRICE_LOW_FACTOR,
        high=fixed.high + board * MATERIAL_PRICE_HIGH_FACTOR,
        lifetime=min(fixed.lifetime, product["lifetime"]),
        source=f"{r['source']}; board: {product['source']}")


def _window_cost(u_value) -> CostData:
    u = check_dimension(u_value, "W/(m**2*K)", "u_value").m
    df = _load("window_products").dropna(subset=["cost_typical_cny_per_m2"])
    fit = df[df["u_value_w_m2k"] <= u + 1e-9]
    if fit.empty:
        best = df["u_value_w_m2k"].min()
        raise ValueError(f"u_value: {u:g} W/(m²·K) is below every window product in the library "
                         f"(best {best:g} W/(m²·K))")
    p = fit.loc[fit["cost_typical_cny_per_m2"].idxmin()]
    r = _cost_row("window_replacement", "removal")
    extra = _cost_from_row(r)
    cost = {c: extra.__dict__[c] + _qty(p[f"cost_{c}_cny_per_m2"], "CNY/m**2") for c in ("typical", "low", "high")}
    return _cost_from_row(r, variant=p["product"], **cost,
                          lifetime=min(extra.lifetime, _qty(p["lifetime_years"], "year")),
                          source=f"{r['source']}; product {p['product']}: {p['source']}")


def _pipe_cost(dn: int) -> CostData:
    rows = _load("measure_costs")
    rows = rows[rows["kind"] == "pipe_renewal"]
    sizes = sorted(int(v[2:]) for v in rows["variant"])
    bigger = [s for s in sizes if s >= int(dn)]
    if not bigger:
        raise ValueError(f"dn: DN{dn} is above the largest pipe in the cost table; valid up to DN{sizes[-1]} "
                         f"(sizes: {', '.join(f'DN{s}' for s in sizes)})")
    return _cost_from_row(_cost_row("pipe_renewal", f"DN{bigger[0]}"))


def measure_cost_data(kind: str, **selector) -> CostData:
    """Cost data of a measure kind (typical values; the user may override).

    Parameters
    ----------
    kind : str
        A ``MEASURE_KINDS`` value.
    **selector
        ``material`` (insulation product key) and ``thickness`` [mm] for the
        insulation kinds (cost = system works + board cost per mm);
        ``u_value`` [W/(m²·K)] for ``window_replacement`` (the cheapest
        product with U_w ≤ u_value, plus removal); ``dn`` (int) for
        ``pipe_renewal`` (the next size up); ``variant`` for the others
        when the kind has several rows (``heat_pump``: the heat-pump kind;
        ``boiler_renewal``: the boiler supply kind; ``metering_reform``:
        ``per_dwelling`` or ``per_floor_area``).

    Returns
    -------
    CostData
        Per unit of ``basis``; see :class:`CostData`.

    Raises
    ------
    KeyError
        Unknown kind, variant, material, listing the valid ones.
    ValueError
        A selector missing or out of the table's range.
    """
    if kind in _INSULATION_KINDS:
        _require(kind, selector, ("material", "thickness"))
        return _insulation_cost(kind, selector["material"], selector["thickness"])
    if kind == "window_replacement":
        _require(kind, selector, ("u_value",))
        return _window_cost(selector["u_value"])
    if kind == "pipe_renewal":
        _require(kind, selector, ("dn",))
        return _pipe_cost(selector["dn"])
    df = _load("measure_costs")
    variants = tuple(df.loc[df["kind"] == kind, "variant"])
    if "variant" in selector:
        return _cost_from_row(_cost_row(kind, selector["variant"]))
    if len(variants) == 1:
        return _cost_from_row(_cost_row(kind, variants[0]))
    if not variants:
        _cost_row(kind, "")  # raises the unknown-kind error
    raise ValueError(f"{kind}: give variant=...; valid: {', '.join(variants)}")


def _require(kind: str, selector: dict, names: tuple) -> None:
    missing = [n for n in names if n not in selector]
    unknown = [n for n in selector if n not in names]
    if missing or unknown:
        raise ValueError(f"{kind}: selectors {', '.join(names)} required"
                         + (f"; missing {', '.join(missing)}" if missing else "")
                         + (f"; unknown {', '.join(unknown)}" if unknown else ""))


# --- archetype data -----------------------------------------------------------

def archetype_row(name: str, **key) -> dict:
    """One row of an archetype table (``archetype_envelope``,
    ``archetype_geometry``, ``archetype_operation``, ``archetype_supply``)
    selected by its key columns, as a dict of plain values in the column
    units. For ``archetype_geometry`` an ``era`` without its own row falls
    back to the ``any`` row of the use."""
    if not name.startswith("archetype_"):
        raise KeyError(f"unknown archetype table {name!r}; valid: "
                       + ", ".join(n for n in TABLE_NAMES if n.startswith("archetype_")))
    df = _load(name)
    cols = SCHEMAS[name].key
    if set(key) != set(cols):
        raise ValueError(f"{name}: key columns are {', '.join(cols)}; got {', '.join(key) or 'none'}")
    mask = pd.Series(True, index=df.index)
    for col in cols:
        value = key[col]
        if col == "era" and name == "archetype_geometry":
            own = df[(df["use"] == key.get("use")) & (df["era"] == value)]
            value = value if not own.empty else "any"
        valid = tuple(dict.fromkeys(df[col]))
        if value not in valid:
            raise KeyError(f"{name}: unknown {col} {value!r}; valid: {', '.join(valid)}")
        mask &= df[col] == value
    hit = df[mask]
    if hit.empty:
        raise KeyError(f"{name}: no row for {key}")
    return hit.iloc[0].to_dict()
