"""Tests of calc/datasets/tables.py: schemas, sources, factor values, lookups."""

import csv
import io

import pandas as pd
import pytest

from calc.datasets import tables
from calc.model import COOLING_SYSTEMS, HEAT_PUMP_KINDS, MEASURE_PARAMS, PV_MODULES, SUPPLY_KINDS, CARRIERS
from calc.model.project import GRID_REGIONS
from calc.units import Q_


# --- every file, every row ------------------------------------------------------

@pytest.mark.parametrize("name", tables.TABLE_NAMES)
def test_every_row_has_a_source(name):
    with open(tables.TABLES_DIR / f"{name}.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows, f"{name}.csv is empty"
    empty = [i + 2 for i, r in enumerate(rows) if not (r.get("source") or "").strip()]
    assert not empty, f"{name}.csv: rows without a source on lines {empty}"


@pytest.mark.parametrize("name", tables.TABLE_NAMES)
def test_every_table_loads_against_its_schema(name):
    df = tables.table(name)
    assert len(df) > 0


def test_every_csv_file_has_a_schema():
    files = {p.stem for p in tables.TABLES_DIR.glob("*.csv")}
    assert files == set(tables.TABLE_NAMES)


def _check(text):
    df = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    return tables._check_schema("materials", df, tables.SCHEMAS["materials"])


HEADER = "material,name_zh,name_en,category,density_kg_m3,conductivity_w_mk,correction_factor,specific_heat_j_kgk,source\n"


def test_schema_rejects_a_row_without_source():
    with pytest.raises(tables.TableError, match="line 2: empty source"):
        _check(HEADER + "brick,砖,brick,masonry,1800,0.81,1.0,1050,\n")


def test_schema_rejects_text_in_a_numeric_column():
    with pytest.raises(tables.TableError, match="conductivity_w_mk.*'high'"):
        _check(HEADER + "brick,砖,brick,masonry,1800,high,1.0,1050,GB 50176\n")


def test_schema_rejects_a_missing_column():
    with pytest.raises(tables.TableError, match="missing columns.*density_kg_m3"):
        _check(HEADER.replace("density_kg_m3,", "") + "brick,砖,brick,masonry,0.81,1.0,1050,GB 50176\n")


def test_schema_rejects_duplicate_keys():
    row = "brick,砖,brick,masonry,1800,0.81,1.0,1050,GB 50176\n"
    with pytest.raises(tables.TableError, match="duplicate keys.*brick"):
        _check(HEADER + row + row)


def test_numeric_column_without_unit_in_its_name_is_rejected():
    with pytest.raises(tables.TableError, match="'density' carries no unit"):
        tables._check_unit_in_name("materials", "density", has_unit_column=False)


def test_unknown_table_lists_valid_names():
    with pytest.raises(KeyError, match="valid: materials, insulation_products"):
        tables.table("material")


# --- libraries ------------------------------------------------------------------

def test_material_design_conductivity_applies_the_correction_factor():
    # GB 50176-2016: aerated concrete blocks with mortar joints, 0.22 × 1.25 = 0.275 W/(mK)
    m = tables.material("aerated_concrete_block_wall")
    assert m["conductivity"].to("W/(m*K)").m == pytest.approx(0.22 * 1.25, rel=1e-9)
    assert tables.material("solid_clay_brick")["conductivity"].to("W/(m*K)").m == pytest.approx(0.81)


def test_wrong_material_lists_valid_keys():
    with pytest.raises(KeyError, match="unknown material 'brick'; valid: .*solid_clay_brick"):
        tables.material("brick")


def test_insulation_products_cover_the_measure_choices():
    keys = set(tables.table("insulation_products")["product"])
    for kind in ("wall_insulation", "roof_insulation", "floor_insulation"):
        assert set(MEASURE_PARAMS[kind]["material"]["options"]) <= keys


def test_insulation_design_conductivity_is_declared_times_correction():
    df = tables.table("insulation_products")
    product = df["declared_conductivity_w_mk"] * df["correction_factor"]
    # design values are rounded to three significant digits in the file
    assert (abs(product - df["design_conductivity_w_mk"]) / product).max() < 0.01


def test_wrong_insulation_product_lists_valid_keys():
    with pytest.raises(KeyError, match="valid: EPS, XPS, rock_wool, PU, phenolic, aerogel, VIP"):
        tables.insulation_product("mineral_wool")


# GB/T 8484-2008 Table 3 (as recalled): lower U bound of classes 1..9; class 10 is below 1.1.
GBT8484_LOWER_BOUNDS = (5.0, 4.0, 3.5, 3.0, 2.5, 2.0, 1.6, 1.3, 1.1)


def _gbt8484_class(u):
    for i, bound in enumerate(GBT8484_LOWER_BOUNDS):
        if u >= bound:
            return i + 1
    return 10


def test_window_classes_match_gbt8484_boundaries():
    df = tables.table("window_products")
    for row in df.itertuples():
        assert row.gbt8484_class == _gbt8484_class(row.u_value_w_m2k), row.product


def test_window_product_lookup():
    w = tables.window_product("pvc_double_clear")
    assert w["u_value"].to("W/(m**2*K)").m == pytest.approx(2.7)
    assert 0 < w["shgc"] < 1 and 0 < w["frame_fraction"] < 1
    assert tables.window_product("steel_single")["cost_typical"] is None


def test_heat_pump_products_and_points():
    products = tables.table("heat_pump_products")
    assert set(products["kind"]) <= set(HEAT_PUMP_KINDS)
    info = tables.heat_pump_info("ashp_low_ambient")
    points = info["points"].set_index("test_point")
    # GB/T 25127.2-2020 nominal low-ambient point; good current units reach
    # COP 2.3-2.8 (recalled, not checked, as heat_pump_products.csv says)
    assert 2.3 <= points.loc["A-12/W41", "cop"] <= 2.8
    assert 1.8 <= points.loc["A-20/W41", "cop"] <= 2.2
    grid = tables.heat_pump_product("ashp_low_ambient")
    assert -12.0 in grid.source_temps and 41.0 in grid.sink_temps


def test_heat_pump_cop_falls_with_colder_source_at_each_sink():
    perf = tables.table("heat_pump_performance")
    for (product, sink), rows in perf.groupby(["product", "sink_temp_c"]):
        rows = rows.sort_values("source_temp_c")
        assert rows["cop"].is_monotonic_increasing, (product, sink)


def test_boilers_and_cooling_units_use_model_keys():
    b = tables.table("boilers")
    assert set(b["supply_kind"]) <= set(SUPPLY_KINDS)
    assert set(b["carrier"]) <= set(CARRIERS)
    assert ((b["efficiency_low"] <= b["seasonal_efficiency"]) & (b["seasonal_efficiency"] <= b["efficiency_high"])).all()
    c = tables.table("cooling_units")
    assert set(c["system"]) <= set(COOLING_SYSTEMS)
    # GB 20665-2015 grade 3 limit for household gas boilers: η1 ≥ 86 %
    assert tables.boiler("gas_wall_hung")["seasonal_efficiency"] == pytest.approx(0.86)


def test_pv_modules_are_the_model_keys_and_consistent():
    df = tables.table("pv_modules")
    assert set(df["module"]) == set(PV_MODULES)
    for key in PV_MODULES:
        m = tables.pv_module(key)
        # area = length × width; efficiency = P_STC / (1000 W/m² × area)
        assert m["area"].m == pytest.approx(m["length"].m * m["width"].m, rel=2e-3)
        assert m["efficiency"] == pytest.approx(m["power_stc"].m / (1000.0 * m["area"].m), rel=2e-3)
        assert -0.005 < m["gamma_pmax"].to("1/K").m < -0.002


def test_pv_550_by_hand():
    # 2.279 m × 1.134 m = 2.5844 m²; 550 W / 2584.4 W = 21.28 %
    m = tables.pv_module("mono_perc_550")
    assert m["efficiency"] == pytest.approx(0.2128, abs=5e-4)


# --- factors --------------------------------------------------------------------

def test_electricity_equal_value_is_3600_kj_over_29307_6_kj():
    # GB/T 2589-2020: 1 kgce = 29 307.6 kJ; 1 kWh = 3600 kJ -> 0.12284 kgce/kWh, tabulated 0.1229
    f = tables.standard_coal_factor("electricity", "equal_value")
    assert f.to("kgce/kWh").m == pytest.approx(0.1229)
    assert f.to("kgce/kWh").m == pytest.approx(3600 / 29307.6, rel=1e-3)


def test_one_tce_is_29_3076_gj():
    assert Q_(1, "tce").to("GJ").m == pytest.approx(29.3076)


def test_fuel_coefficients_equal_the_standard():
    # GB/T 2589-2020 Appendix A
    assert tables.standard_coal_factor("natural_gas").to("kgce/m**3").m == pytest.approx(1.2143)
    assert tables.standard_coal_factor("coal").to("kgce/kg").m == pytest.approx(0.7143)
    assert tables.standard_coal_factor("lpg").to("kgce/kg").m == pytest.approx(1.7143)
    assert tables.standard_coal_factor("oil").to("kgce/kg").m == pytest.approx(1.4286)
    assert tables.standard_coal_factor("district_heat").to("kgce/GJ").m == pytest.approx(34.12)


def test_fuel_standard_coal_per_kwh_is_the_calorific_equivalent():
    # a fuel counted at its own lower heating value: 3.6 MJ / 29.3076 MJ = 0.12284 kgce/kWh
    for carrier in ("natural_gas", "coal", "oil", "lpg"):
        assert tables.standard_coal_per_kwh(carrier).m == pytest.approx(3.6 / 29.3076, rel=3e-3), carrier
    assert tables.calorific_value("natural_gas").to("MJ/m**3").m == pytest.approx(35.588, rel=1e-4)


def test_power_supply_coal_by_year():
    assert tables.standard_coal_factor("electricity", "power_supply_coal", 2020).to("kgce/kWh").m == pytest.approx(0.3055)
    latest = tables.standard_coal_factor("electricity", "power_supply_coal")
    assert 0.29 < latest.to("kgce/kWh").m < 0.31
    with pytest.raises(KeyError, match="available years: 2015, 2018"):
        tables.standard_coal_factor("electricity", "power_supply_coal", 1990)


def test_wrong_carrier_or_method_lists_valid_ones():
    with pytest.raises(KeyError, match="valid: electricity, district_heat, natural_gas, coal, oil, lpg"):
        tables.standard_coal_factor("diesel")
    with pytest.raises(KeyError, match="valid: equal_value, power_supply_coal"):
        tables.standard_coal_factor("electricity", "primary")


def test_grid_co2_factors_equal_the_mee_values():
    # MEE/NBS Announcement 2024 No. 12 (2021), announcement of 20 Dec 2024 (2022), 2023 factors of Jan 2026
    assert tables.co2_factor("electricity", "national", 2021).m == pytest.approx(0.5568)
    assert tables.co2_factor("electricity", "national", 2022).m == pytest.approx(0.5366)
    assert tables.co2_factor("electricity").m == pytest.approx(0.5306)
    assert tables.co2_factor("electricity", "north", 2022).m == pytest.approx(0.6776)
    assert tables.co2_factor("electricity", "southwest", 2022).m == pytest.approx(0.2268)
    # 2023 regional values (MEE/NBS, Jan 2026): South 0.4042, Southwest 0.2472
    assert tables.co2_factor("electricity", "southwest").m == pytest.approx(0.2472)
    assert tables.co2_factor("electricity", "south").m == pytest.approx(0.4042)


def test_every_model_grid_region_has_a_factor():
    for region in GRID_REGIONS:
        assert tables.co2_factor("electricity", region).to("kg/kWh").m > 0


def test_fuel_and_heat_co2_factors_by_hand():
    # purchased heat 0.11 tCO2/GJ = 110 kg / 277.78 kWh = 0.396 kg/kWh
    assert tables.co2_factor("district_heat").to("kg/kWh").m == pytest.approx(0.396, rel=1e-3)
    # natural gas: 15.32 tC/TJ × 0.99 × 44/12 = 55.61 tCO2/TJ = 0.2002 kg/kWh
    assert tables.co2_factor("natural_gas").to("kg/kWh").m == pytest.approx(15.32 * 0.99 * 44 / 12 * 0.0036, rel=1e-3)
    # with the NDRC calorific value 38.931 MJ/m³ that is 2.165 kgCO2/m³ (NDRC GHG accounting guidelines: ≈ 2.16)
    per_m3 = tables.co2_factor("natural_gas") * Q_(38.931, "MJ/m**3")
    assert per_m3.to("kg/m**3").m == pytest.approx(2.165, rel=2e-3)


def test_wrong_grid_region_lists_valid_ones():
    with pytest.raises(KeyError, match="valid: national, north"):
        tables.co2_factor("electricity", "beijing")


# --- prices and costs ------------------------------------------------------------

def test_prices_are_ordered_and_overridable():
    df = tables.table("prices")
    assert ((df["low"] <= df["typical"]) & (df["typical"] <= df["high"])).all()
    assert df["user_override"].all()
    assert tables.price("electricity_residential")["typical"].to("CNY/kWh").m == pytest.approx(0.52)


def test_default_tariffs_build_the_model_tariffs():
    from calc.model.project import Tariffs

    t = Tariffs(**tables.default_tariffs(public=True))
    assert t.electricity.to("CNY/kWh").m == pytest.approx(0.80)
    assert Tariffs(**tables.default_tariffs(public=False)).heat_area.to("CNY/m**2").m == pytest.approx(30)


def test_every_measure_kind_has_cost_data():
    df = tables.table("measure_costs")
    assert set(MEASURE_PARAMS) == set(df["kind"])
    assert ((df["low"] <= df["typical"]) & (df["typical"] <= df["high"])).all()


def test_wall_insulation_cost_is_fixed_plus_board_per_mm():
    # system works 150 CNY/m² + EPS 0.35 CNY/(m²·mm) × 100 mm = 185 CNY/m² (typical northern-China range 150-300, measure_costs.csv)
    c = tables.measure_cost_data("wall_insulation", material="EPS", thickness=Q_(100, "mm"))
    assert c.typical.to("CNY/m**2").m == pytest.approx(185.0)
    assert c.low.to("CNY/m**2").m == pytest.approx(100 + 35 * 0.8)
    assert c.basis == "wall_area" and c.lifetime.to("year").m == pytest.approx(25)
    rock = tables.measure_cost_data("wall_insulation", material="rock_wool", thickness=Q_(10, "cm"))
    assert 200 <= rock.typical.to("CNY/m**2").m <= 380  # typical 2022-2025 rock-wool range (market knowledge)


def test_window_cost_picks_the_cheapest_product_meeting_the_u_value():
    # U ≤ 2.0: pvc_double_lowe (650) and pvc_triple_clear (700) qualify; 650 + 60 removal = 710
    c = tables.measure_cost_data("window_replacement", u_value=Q_(2.0, "W/(m**2*K)"))
    assert c.variant == "pvc_double_lowe"
    assert c.typical.to("CNY/m**2").m == pytest.approx(710)
    with pytest.raises(ValueError, match="below every window product"):
        tables.measure_cost_data("window_replacement", u_value=Q_(0.5, "W/(m**2*K)"))


def test_pipe_cost_takes_the_next_size_up():
    assert tables.measure_cost_data("pipe_renewal", dn=80).variant == "DN100"
    assert tables.measure_cost_data("pipe_renewal", dn=100).typical.to("CNY/m").m == pytest.approx(1500)
    with pytest.raises(ValueError, match="DN500"):
        tables.measure_cost_data("pipe_renewal", dn=800)


def test_measure_cost_variants_and_errors():
    hp = tables.measure_cost_data("heat_pump", variant="air_source_heat_pump")
    assert hp.typical.to("CNY/kW").m == pytest.approx(1500)
    assert tables.measure_cost_data("rooftop_pv").typical.to("CNY/W").m == pytest.approx(3.3)
    with pytest.raises(ValueError, match="give variant=...; valid: air_source_heat_pump, ground_source_heat_pump"):
        tables.measure_cost_data("heat_pump")
    with pytest.raises(KeyError, match="unknown measure kind 'insulation'; valid: wall_insulation"):
        tables.measure_cost_data("insulation")
    with pytest.raises(KeyError, match="valid: EPS, XPS"):
        tables.measure_cost_data("roof_insulation", material="cork", thickness=Q_(50, "mm"))
    with pytest.raises(ValueError, match="missing thickness"):
        tables.measure_cost_data("roof_insulation", material="XPS")


# --- archetype tables ----------------------------------------------------------------

def test_archetype_envelope_covers_every_zone_era_and_use_class():
    from calc.model import ERAS

    df = tables.table("archetype_envelope")
    assert len(df) == 5 * len(ERAS) * 2
    assert set(df["window"]) <= set(tables.table("window_products")["product"])
    materials = set(tables.table("materials")["material"]) | {"none"}
    for col in ("wall_insulation", "roof_insulation", "floor_insulation"):
        assert set(df[col]) <= materials


def test_archetype_row_wrong_key_lists_valid_ones():
    with pytest.raises(KeyError, match="unknown climate_zone 'tropical'; valid: severe_cold, cold, hscw"):
        tables.archetype_row("archetype_envelope", climate_zone="tropical", era="pre_1986", use_class="public")
