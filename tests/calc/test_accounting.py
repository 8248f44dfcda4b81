"""Tests of calc.accounting against the coefficients printed in GB/T
2589-2020, the NDRC guideline factors and hand-worked bills."""

from __future__ import annotations

import pytest

from calc import accounting as A
from calc.model import Accounting, Tariffs
from calc.units import Q_, UnitInputError

KWH_PER_GJ = 1e6 / 3600  # 277.777... kWh per GJ


def test_electricity_equal_value_gbt2589():
    # 10 000 kWh × 0.1229 kgce/kWh = 1229 kgce = 1.229 tce (GB/T 2589-2020 App. A)
    tce = A.standard_coal({"electricity": Q_(10000, "kWh")}, Accounting(electricity_method="equal_value"))
    assert tce["electricity"].to("tce").m == pytest.approx(1.229, rel=1e-9)


def test_electricity_power_supply_coal_user_value():
    acc = Accounting(electricity_method="power_supply_coal", power_supply_coal=Q_(0.300, "kgce/kWh"))
    # 10 000 kWh × 0.300 kgce/kWh = 3.000 tce
    assert A.standard_coal({"electricity": Q_(10000, "kWh")}, acc)["electricity"].to("tce").m == pytest.approx(3.0)


def test_electricity_power_supply_coal_default_in_cec_range():
    f = A.coal_factors(Accounting(electricity_method="power_supply_coal"))["electricity"].to("kgce/kWh").m
    # CEC thermal-power supply coal consumption 2020-2023: 0.300-0.305 kgce/kWh (standard_coal_factors.csv)
    assert 0.300 <= f <= 0.305


def test_heat_34_12_kgce_per_gj():
    # 1 GJ of purchased heat = 34.12 kgce (0.03412 kgce/MJ, GB/T 2589-2020 App. A)
    tce = A.standard_coal({"district_heat": Q_(KWH_PER_GJ, "kWh")}, Accounting())
    assert tce["district_heat"].to("kgce").m == pytest.approx(34.12, rel=1e-6)


def test_natural_gas_1_2143_kgce_per_m3():
    # 1000 m³ at 35.588 MJ/m³ = 35 588 MJ = 9885.56 kWh; GB/T 2589 gives
    # 1000 m³ × 1.2143 kgce/m³ = 1214.3 kgce
    kwh = 1000 * 35.588 / 3.6
    tce = A.standard_coal({"natural_gas": Q_(kwh, "kWh")}, Accounting())
    assert tce["natural_gas"].to("kgce").m == pytest.approx(1214.3, rel=1e-4)


def test_raw_coal_0_7143_kgce_per_kg():
    # 1 t raw coal = 20 908 MJ = 5807.78 kWh -> 714.3 kgce (GB/T 2589-2020 App. A)
    kwh = 20908 / 3.6
    tce = A.standard_coal({"coal": Q_(kwh, "kWh")}, Accounting())
    assert tce["coal"].to("kgce").m == pytest.approx(714.3, rel=1e-4)


def test_fuels_are_close_to_their_calorific_content():
    # 1 kWh = 3.6 MJ / 29.3076 MJ/kgce = 0.12284 kgce; the standard's rounded
    # coefficients (5000/7000 kcal etc.) stay within 0.2 % of it
    f = A.coal_factors(Accounting())
    for carrier in ("natural_gas", "coal", "oil", "lpg", "district_heat"):
        assert f[carrier].to("kgce/kWh").m == pytest.approx(3.6 / 29.3076, rel=2e-3)


def test_method_does_not_change_fuels():
    a = A.coal_factors(Accounting(electricity_method="equal_value"))
    b = A.coal_factors(Accounting(electricity_method="power_supply_coal"))
    for c in ("natural_gas", "coal", "oil", "lpg", "district_heat"):
        assert a[c] == b[c]
    assert b["electricity"] > a["electricity"]


# ---------------------------------------------------------------- CO2

def test_grid_factor_national_2023():
    t = A.co2({"electricity": Q_(1000, "kWh")}, Accounting())
    # 1 MWh × 0.5306 tCO2/MWh (MEE/NBS, data year 2023)
    assert t["electricity"].to("t").m == pytest.approx(0.5306, rel=1e-9)


def test_grid_factor_by_region_and_override():
    north = A.co2({"electricity": Q_(1000, "kWh")}, Accounting(grid_region="north"))
    assert north["electricity"].to("t").m == pytest.approx(0.6361)
    own = A.co2({"electricity": Q_(1000, "kWh")}, Accounting(grid_factor=Q_(0.8325, "kg/kWh")))
    assert own["electricity"].to("t").m == pytest.approx(0.8325)


def test_purchased_heat_0_11_t_per_gj():
    t = A.co2({"district_heat": Q_(KWH_PER_GJ, "kWh")}, Accounting())
    assert t["district_heat"].to("t").m == pytest.approx(0.11, rel=1e-9)


def test_natural_gas_2_16_kg_per_m3():
    # NDRC GHG accounting guidelines 2013-2015: 38.93 MJ/m³ × 15.32 kgC/GJ × 0.99 × 44/12 ≈ 2.16 kgCO2/m³
    kwh = 38.931 / 3.6
    t = A.co2({"natural_gas": Q_(kwh, "kWh")}, Accounting())
    assert t["natural_gas"].to("kg").m == pytest.approx(2.16, rel=5e-3)


def test_raw_coal_1_90_t_per_t():
    # NDRC GHG accounting guidelines 2013-2015: 20.908 GJ/t × 26.37 tC/TJ × 0.94 × 44/12 ≈ 1.90 tCO2/t
    t = A.co2({"coal": Q_(20908 / 3.6, "kWh")}, Accounting())
    assert t["coal"].to("t").m == pytest.approx(1.90, rel=5e-3)


def test_explicit_factors_are_used():
    f = {c: Q_(1.0, "kg/kWh") for c in A.CARRIERS}
    t = A.co2({"oil": Q_(500, "kWh")}, Accounting(), factors=f)
    assert t["oil"].to("kg").m == 500


def test_hourly_arrays_are_summed():
    t = A.standard_coal({"electricity": Q_([1000.0, 2000.0, 3000.0], "kWh")},
                        Accounting(electricity_method="equal_value"))
    assert t["electricity"].to("kgce").m == pytest.approx(6000 * 0.1229)


def test_total_adds_carriers():
    by = {"a": Q_(1, "tce"), "b": Q_(500, "kgce")}
    assert A.total(by).to("tce").m == pytest.approx(1.5)


@pytest.mark.parametrize("bad,match", [
    ({"steam": Q_(1, "kWh")}, "unknown"),
    ({"electricity": Q_(float("nan"), "kWh")}, "NaN"),
])
def test_bad_energy_input(bad, match):
    with pytest.raises(ValueError, match=match):
        A.standard_coal(bad, Accounting())


def test_energy_must_be_energy():
    with pytest.raises(UnitInputError, match="electricity"):
        A.co2({"electricity": Q_(1, "kW")}, Accounting())


# ---------------------------------------------------------------- PV credit

def test_pv_credit_rules():
    gen, used = Q_(10000, "kWh"), Q_(6000, "kWh")
    assert A.pv_credited(gen, used, Accounting(pv_credit="self_consumed")).m == 6000
    assert A.pv_credited(gen, used, Accounting(pv_credit="all_generation")).m == 10000


def test_pv_credit_self_consumed_above_generation_is_an_error():
    with pytest.raises(ValueError, match="self_consumed"):
        A.pv_credited(Q_(100, "kWh"), Q_(200, "kWh"), Accounting())


def test_credit_pv_reduces_electricity_only():
    out = A.credit_pv({"electricity": Q_(8000, "kWh"), "natural_gas": Q_(5000, "kWh")}, Q_(10000, "kWh"))
    assert out["electricity"].m == -2000  # net exporter under the all-generation rule
    assert out["natural_gas"].m == 5000


# ---------------------------------------------------------------- cost

def test_cost_area_billing_ignores_consumption():
    t = Tariffs(heat_area=Q_(30, "CNY/m**2"))
    a = A.energy_cost({"district_heat": Q_(1e5, "kWh")}, t, "area", Q_(1000, "m**2"))
    b = A.energy_cost({"district_heat": Q_(5e4, "kWh")}, t, "area", Q_(1000, "m**2"))
    # 1000 m² × 30 CNY/m² = 30 000 CNY whatever the use
    assert a["district_heat"].m == b["district_heat"].m == pytest.approx(30000)


def test_cost_two_part_heat_tariff():
    t = Tariffs(heat_area=Q_(30, "CNY/m**2"), heat_fixed_share=0.3, heat_energy=Q_(45, "CNY/GJ"))
    # fixed 0.3 × 30 × 1000 = 9000; energy 100 GJ × 45 = 4500; total 13 500 CNY
    c = A.energy_cost({"district_heat": Q_(100 * KWH_PER_GJ, "kWh")}, t, "consumption", Q_(1000, "m**2"))
    assert c["district_heat"].to("CNY/a").m == pytest.approx(13500)


def test_cost_gas_electricity_and_export():
    t = Tariffs(electricity=Q_(0.5, "CNY/kWh"), natural_gas=Q_(3.0, "CNY/m**3"), pv_export=Q_(0.35, "CNY/kWh"))
    gas_kwh = 1000 * 35.588 / 3.6  # 1000 m³
    c = A.energy_cost({"electricity": Q_(2000, "kWh"), "natural_gas": Q_(gas_kwh, "kWh")}, t, "area",
                      Q_(0, "m**2"), exported=Q_(1000, "kWh"))
    assert c["electricity"].m == pytest.approx(1000)      # 2000 × 0.5
    assert c["natural_gas"].m == pytest.approx(3000, rel=1e-6)  # 1000 m³ × 3.0
    assert c["pv_export"].m == pytest.approx(-350)        # 1000 × 0.35


def test_cost_coal_per_tonne():
    t = Tariffs(coal=Q_(900, "CNY/t"))
    c = A.energy_cost({"coal": Q_(20908 / 3.6 * 10, "kWh")}, t, "area", Q_(0, "m**2"))  # 10 t
    assert c["coal"].m == pytest.approx(9000, rel=1e-6)


def test_trade_units():
    u = A.trade_units({"district_heat": Q_(KWH_PER_GJ * 5, "kWh"), "lpg": Q_(50.179 / 3.6 * 2, "kWh")})
    assert u["district_heat_gj"].to("GJ").m == pytest.approx(5)
    assert u["lpg_kg"].to("kg").m == pytest.approx(2, rel=1e-6)


def test_cost_bad_billing():
    with pytest.raises(ValueError, match="billing"):
        A.energy_cost({}, Tariffs(), "flat", Q_(1, "m**2"))


# ---------------------------------------------------------------- renewables

def test_renewable_replacement_rate_hand_example():
    # PV 20 000 kWh × 0.1229 kgce/kWh = 2.458 tce; conventional 27.542 tce
    # rate = 2.458 / (27.542 + 2.458) = 2.458 / 30 = 0.08193
    r = A.renewable_replacement_rate(Q_(27.542, "tce"), Q_(20000, "kWh"))
    assert r.renewable.to("tce").m == pytest.approx(2.458)
    assert r.rate == pytest.approx(0.081933, rel=1e-4)
    assert r.meets_goal and r.goal == 0.08


def test_renewable_rate_counts_ambient_heat():
    # ambient heat 10 000 kWh = 36 000 MJ / 29.3076 = 1228.35 kgce
    r = A.renewable_replacement_rate(Q_(10, "tce"), Q_(0, "kWh"), ambient_heat=Q_(10000, "kWh"))
    assert r.renewable.to("kgce").m == pytest.approx(1228.35, rel=1e-5)


def test_renewable_rate_zero_everything():
    assert A.renewable_replacement_rate(Q_(0, "tce"), Q_(0, "kWh")).rate == 0.0


def test_renewable_rate_negative_input():
    with pytest.raises(ValueError, match="pv_used"):
        A.renewable_replacement_rate(Q_(1, "tce"), Q_(-1, "kWh"))


# ---------------------------------------------------------------- one variant

def _pv():
    from calc.pv import self_consumption
    # pv [0, 5, 10, 3], load [2, 4, 4, 6]: self-consumed 11, exported 7 (see test_pv)
    return self_consumption(Q_([0, 5, 10, 3], "kWh"), Q_([2, 4, 4, 6], "kWh"))


def test_accounts_self_consumed_credit_hand_example():
    acc = Accounting(electricity_method="equal_value", pv_credit="self_consumed")
    t = Tariffs(electricity=Q_(0.6, "CNY/kWh"), natural_gas=Q_(3.0, "CNY/m**3"), pv_export=Q_(0.35, "CNY/kWh"))
    a = A.accounts({"electricity": Q_([2, 4, 4, 6], "kWh"), "natural_gas": Q_(100, "kWh")}, acc, t, "area",
                   Q_(100, "m**2"), pv=_pv())
    # net electricity 16 − 11 = 5 kWh -> 5 × 0.1229 = 0.6145 kgce
    assert a.net["electricity"].m == pytest.approx(5)
    assert a.standard_coal["electricity"].to("kgce").m == pytest.approx(0.6145)
    # gas 100 kWh = 360 MJ / 35.588 MJ/m³ = 10.1158 m³ × 1.2143 kgce/m³ = 12.2836 kgce
    assert a.standard_coal["natural_gas"].to("kgce").m == pytest.approx(12.2836, rel=1e-5)
    # bill: 5 × 0.6 = 3.00; 10.1158 m³ × 3.0 = 30.347; export −7 × 0.35 = −2.45; total 30.897
    assert a.cost["electricity"].m == pytest.approx(3.0)
    assert a.cost["pv_export"].m == pytest.approx(-2.45)
    assert a.total_cost.to("CNY/a").m == pytest.approx(30.897, abs=1e-3)
    # renewable: 11 × 0.1229 = 1.3519 kgce over (12.8981 + 1.3519) = 0.09487
    assert a.renewable.rate == pytest.approx(1.3519 / (12.8981 + 1.3519), rel=1e-4)


def test_accounts_all_generation_credit_keeps_the_bill():
    acc = Accounting(electricity_method="equal_value", pv_credit="all_generation")
    load = {"electricity": Q_([2, 4, 4, 6], "kWh")}
    a = A.accounts(load, acc, Tariffs(), "area", Q_(0, "m**2"), pv=_pv())
    b = A.accounts(load, acc.replace(pv_credit="self_consumed"), Tariffs(), "area", Q_(0, "m**2"), pv=_pv())
    # 16 − 18 = −2 kWh net -> −0.2458 kgce
    assert a.standard_coal["electricity"].to("kgce").m == pytest.approx(-0.2458)
    assert a.total_cost.m == pytest.approx(b.total_cost.m)


def test_accounts_without_pv():
    a = A.accounts({"district_heat": Q_(KWH_PER_GJ, "kWh")}, Accounting(), Tariffs(), "area", Q_(10, "m**2"))
    assert a.total_tce.to("kgce").m == pytest.approx(34.12, rel=1e-6)
    assert a.total_co2.to("t").m == pytest.approx(0.11)
    assert a.pv_credited.m == 0 and a.renewable.rate == 0


def test_renewable_rate_of_a_net_exporter_stays_within_0_and_1():
    # all-generation credit, PV 18 kWh on a 16 kWh load: net −2 kWh. The rate
    # counts the 11 kWh used on site against the 5 kWh still bought:
    # 11 / (5 + 11) = 0.6875 (same factor on both).
    acc = Accounting(electricity_method="equal_value", pv_credit="all_generation")
    a = A.accounts({"electricity": Q_([2, 4, 4, 6], "kWh")}, acc, Tariffs(), "area", Q_(0, "m**2"), pv=_pv())
    assert a.total_tce.m < 0
    assert a.renewable.rate == pytest.approx(11 / 16, rel=1e-9)


def test_grid_year_selects_the_factor():
    # North China grid: 0.6776 (2022), 0.6361 (2023, latest); CEC 2020 305.5 g/kWh
    assert A.co2_factors(Accounting(grid_region="north", grid_year=2022))["electricity"].m == pytest.approx(0.6776)
    assert A.co2_factors(Accounting(grid_region="north"))["electricity"].m == pytest.approx(0.6361)
    acc = Accounting(grid_region="national", grid_year=2021)
    assert A.coal_factors(acc)["electricity"].to("kgce/kWh").m == pytest.approx(0.303)


def test_renewable_rate_of_the_office_uses_the_grid_factor(office):
    # PV alone (no heat pump, so no ambient heat): the PV used on site is
    # valued at the same 0.302 kgce/kWh (CEC 2023) as the grid electricity it
    # replaces, R = used × 0.302; C = what is still bought = the net total
    import dataclasses

    from calc.assess import assess

    pv = [m for m in office.measures if m.kind == "rooftop_pv"]
    a = assess(dataclasses.replace(office, measures=tuple(pv)), sensitivity=False)
    p = a.package
    r = p.pv.self_consumed.to("kWh").m * 0.302 / 1000
    c = p.total_standard_coal.to("tce").m
    assert p.renewable_share.m == pytest.approx(100 * r / (c + r), rel=1e-6)


def test_plain_float_accounts_hand_example():
    # 10 000 kWh of electricity (equal value 0.1229 kgce/kWh) and 1 GJ of heat
    # (34.12 kgce): 1.229 tce and 0.03412 tce; 2 000 kWh of PV credited off
    # the electricity only; 1 GJ of heat is 1 GJ in trade units
    coal = A.coal_factors(Accounting(electricity_method="equal_value"))
    kwh = {"electricity": 10000.0, "district_heat": KWH_PER_GJ}
    tce = A.weighted_kwh(kwh, coal, "tce")
    assert tce["electricity"] == pytest.approx(1.229, rel=1e-9)
    assert tce["district_heat"] == pytest.approx(0.03412, rel=1e-6)
    assert A.total_of(tce.values()) == pytest.approx(1.229 + 0.03412, rel=1e-6)
    assert A.credited_kwh(kwh, 2000.0) == {"electricity": 8000.0, "district_heat": KWH_PER_GJ}
    assert kwh["electricity"] == 10000.0  # the input is left as it was
    assert A.trade_units_of({"district_heat": KWH_PER_GJ})["district_heat_gj"].to("GJ").m == pytest.approx(1.0)


def test_plain_float_accounts_are_those_of_the_quantities():
    # the float path is the quantity path's arithmetic: equal to the last bit
    acc = Accounting()
    kwh = {"electricity": 12345.678, "natural_gas": 9876.5, "coal": 0.1 + 0.2, "district_heat": 4321.0}
    q = {c: Q_(v, "kWh") for c, v in kwh.items()}
    for unit, exact in (("tce", A.standard_coal(q, acc)), ("t", A.co2(q, acc))):
        factors = A.coal_factors(acc) if unit == "tce" else A.co2_factors(acc)
        floats = A.weighted_kwh(kwh, factors, unit)
        assert floats == {c: v.to(unit).m for c, v in exact.items()}
        assert A.total_of(floats.values()) == A.total(exact).to(unit).m
    assert {k: v.m for k, v in A.trade_units_of(kwh).items()} == {k: v.m for k, v in A.trade_units(q).items()}
    assert A.total_of([-0.0]) == 0.0 and str(A.total_of([-0.0])) == "-0.0"
