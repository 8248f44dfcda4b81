"""Heat pump performance: Carnot model, product test points, heating curve,
defrost, back-up and SCOP against a hand bin calculation."""

import numpy as np
import pytest

from calc import heatpump as hp
from calc.units import Q_

# Test points of a low-ambient air-to-water unit as tabulated in
# datasets/tables/heat_pump_performance.csv (ashp_low_ambient; GB/T 25127.2-2020
# and EN 14825 conditions): (source °C, sink °C, COP, capacity ratio).
LOW_AMBIENT_POINTS = [
    (7, 35, 4.3, 1.00), (2, 35, 3.5, 0.92), (-7, 35, 2.9, 0.85), (7, 41, 3.8, 0.98),
    (-7, 41, 2.7, 0.83), (-12, 41, 2.4, 0.78), (-20, 41, 1.9, 0.65), (-25, 41, 1.6, 0.55),
]


def test_product_reproduces_every_test_point_exactly():
    product = hp.product_from_points("ashp_low_ambient", LOW_AMBIENT_POINTS)
    for ts, tk, cop, cap in LOW_AMBIENT_POINTS:
        c, q = hp.product_performance(product, Q_(ts, "degC"), Q_(tk, "degC"))
        assert float(c) == pytest.approx(cop, abs=1e-12)
        assert float(q.m) == pytest.approx(cap, abs=1e-12)


def test_product_bilinear_between_points():
    # Midway between A7/W35 (4.3) and A2/W35 (3.5) at 35 °C: 3.9 by hand.
    product = hp.product_from_points("p", LOW_AMBIENT_POINTS)
    c, _ = hp.product_performance(product, Q_(4.5, "degC"), Q_(35, "degC"))
    assert float(c) == pytest.approx(3.9, abs=1e-9)
    # Halfway in sink between W35 and W41 at A7: (4.3 + 3.8)/2 = 4.05.
    c, _ = hp.product_performance(product, Q_(7, "degC"), Q_(38, "degC"))
    assert float(c) == pytest.approx(4.05, abs=1e-9)


def test_carnot_cop_hand_value():
    # T_c = 35 + 5 + 273.15 = 313.15 K; lift = 313.15 - 280.15 = 33 K;
    # COP = 0.45 * 313.15 / 33 = 4.27023.
    cop = hp.carnot_cop(Q_(7.0, "degC"), Q_(35.0, "degC"), 0.45)
    assert float(cop) == pytest.approx(4.27023, rel=1e-5)


def test_carnot_cop_never_below_one_and_finite_when_source_is_warm():
    cop = hp.carnot_cop(Q_(np.array([40.0, -40.0]), "degC"), Q_(np.array([35.0, 80.0]), "degC"), 0.3)
    assert np.all(np.isfinite(cop)) and np.all(cop >= 1.0)


def test_heating_curve_design_point_room_and_midpoint():
    # Radiators 75/60 °C, room 20 °C, design outdoor -10 °C.
    t = Q_(np.array([-10.0, 20.0, 5.0]), "degC")
    ts, tr = hp.heating_curve(t, Q_(-10, "degC"), Q_(75, "degC"), Q_(60, "degC"), room_temp=Q_(20, "degC"))
    assert ts.m[0] == pytest.approx(75.0) and tr.m[0] == pytest.approx(60.0)
    assert ts.m[1] == pytest.approx(20.0) and tr.m[1] == pytest.approx(20.0)
    # Load ratio 0.5: mean excess 47.5 * 0.5**(1/1.3) = 27.870 K, half spread
    # 7.5 * 0.5 = 3.75 K -> T_s = 20 + 27.870 + 3.75 = 51.62 °C.
    assert ts.m[2] == pytest.approx(51.62, abs=0.01)


def test_heating_curve_rejects_return_above_supply():
    with pytest.raises(ValueError, match="design_return_temp"):
        hp.heating_curve(Q_(np.zeros(3), "degC"), Q_(-10, "degC"), Q_(40, "degC"), Q_(45, "degC"))


def test_defrost_factor_hand_values():
    f = hp.defrost_factor(Q_(np.array([0.0, 10.0, 2.5, 0.0]), "degC"), Q_(np.array([100.0, 100.0, 80.0, 50.0]), "percent"))
    # 0 °C saturated: full 10 % penalty; 10 °C: none; 2.5 °C at 80 %:
    # 0.10 * (1 - 2.5/5) * (80-60)/40 = 0.025; dry air: none.
    assert f == pytest.approx([0.90, 1.0, 0.975, 1.0])


def test_scop_matches_hand_bin_method():
    # Bins (outdoor °C, hours), load linear from 10 kW at -10 °C to 0 at 16 °C,
    # flow temperature 35 °C, η_C 0.45, capacity ample, no defrost.
    bins = [(-10, 100), (-5, 300), (0, 500), (5, 600), (10, 400)]
    # Hand COPs: 0.45 * 313.15 / (40 - T).
    hand_cop = {-10: 2.81835, -5: 3.13150, 0: 3.52294, 5: 4.02621, 10: 4.69725}
    heat = elec = 0.0
    for t, h in bins:
        load = 10.0 * (16 - t) / 26
        heat += load * h
        elec += load * h / hand_cop[t]
    scop_hand = heat / elec  # = 3.521
    t_out = np.concatenate([np.full(h, float(t)) for t, h in bins])
    demand = 10.0 * (16 - t_out) / 26
    res = hp.simulate_heat_pump(Q_(demand, "kWh"), Q_(t_out, "degC"), Q_(np.full_like(t_out, 35.0), "degC"),
                                Q_(20.0, "kW"), carnot_efficiency=0.45, design_outdoor_temp=Q_(-10, "degC"))
    assert res.scop == pytest.approx(scop_hand, rel=0.02)
    assert res.backup_share == 0.0


def test_backup_covers_shortfall_and_is_counted_in_scop():
    # 10 kWh demand at the design temperature with a 6 kW unit: 6 from the
    # heat pump, 4 from the electric back-up (share 0.4).
    res = hp.simulate_heat_pump(Q_(np.array([10.0]), "kWh"), Q_(np.array([-10.0]), "degC"), Q_(np.array([35.0]), "degC"),
                                Q_(6.0, "kW"), design_outdoor_temp=Q_(-10, "degC"))
    assert res.heat_pump_heat.m[0] == pytest.approx(6.0)
    assert res.backup_heat.m[0] == pytest.approx(4.0)
    assert res.backup_share == pytest.approx(0.4)
    cop = 0.45 * 313.15 / 50
    assert res.scop == pytest.approx(10.0 / (6.0 / cop + 4.0), rel=1e-6)


def test_no_backup_warns_and_reports_unmet_heat():
    with pytest.warns(UserWarning, match="undelivered"):
        res = hp.simulate_heat_pump(Q_(np.array([10.0]), "kWh"), Q_(np.array([-10.0]), "degC"), Q_(np.array([35.0]), "degC"),
                                    Q_(6.0, "kW"), design_outdoor_temp=Q_(-10, "degC"), backup="none")
    assert res.unmet_heat.m[0] == pytest.approx(4.0)


def test_air_capacity_falls_with_temperature_and_stops_below_limit():
    r = hp.air_capacity_ratio(Q_(np.array([-10.0, 0.0, -30.0]), "degC"), Q_(-10.0, "degC"))
    assert r == pytest.approx([1.0, 1.0 + 10 * hp.AIR_CAPACITY_SLOPE_PER_K, 0.0])


def test_ground_source_uses_ground_not_air():
    # Ground 12 °C, full load: brine 12 - 6 = 6 °C; COP = 0.5 * 313.15 / (313.15 - 279.15).
    res = hp.simulate_heat_pump(Q_(np.array([5.0]), "kWh"), Q_(np.array([-20.0]), "degC"), Q_(np.array([35.0]), "degC"),
                                Q_(5.0, "kW"), source="ground", carnot_efficiency=0.5, ground_temp=Q_(12.0, "degC"),
                                design_outdoor_temp=Q_(-10, "degC"))
    assert res.cop[0] == pytest.approx(0.5 * 313.15 / 34.0, rel=1e-6)


def test_bad_demand_names_the_field():
    with pytest.raises(ValueError, match="heat_demand"):
        hp.simulate_heat_pump(Q_(np.array([-1.0]), "kWh"), Q_(np.array([0.0]), "degC"), Q_(np.array([35.0]), "degC"), Q_(5.0, "kW"))


def test_product_cop_above_tested_flow_is_carnot_scaled():
    # A-7/W41 is 2.7; at W51: T_c 319.15 -> 329.15 K, lifts 53 and 63 K;
    # ratio (329.15/63)/(319.15/53) = 0.867631; COP 2.3426 (by hand).
    product = hp.product_from_points("p", LOW_AMBIENT_POINTS, max_flow_temp=55.0)
    c, _ = hp.product_performance(product, Q_(-7, "degC"), Q_(51, "degC"))
    assert float(c) == pytest.approx(2.7 * (329.15 / 63) / (319.15 / 53), rel=1e-9)
    assert float(c) == pytest.approx(2.3426, abs=1e-4)


def test_hours_above_the_maximum_flow_go_to_the_back_up():
    demand = Q_(np.array([10.0, 10.0]), "kWh")
    res = hp.simulate_heat_pump(demand, Q_(np.array([5.0, 5.0]), "degC"), Q_(np.array([50.0, 65.0]), "degC"),
                                Q_(20.0, "kW"), carnot_efficiency=0.45, design_outdoor_temp=Q_(-5, "degC"),
                                max_flow_temp=Q_(60.0, "degC"))
    assert res.heat_pump_heat.m.tolist() == pytest.approx([10.0, 0.0])
    assert res.backup_heat.m.tolist() == pytest.approx([0.0, 10.0])


def test_product_limit_applies_without_an_explicit_maximum():
    product = hp.product_from_points("p", LOW_AMBIENT_POINTS, max_flow_temp=55.0)
    res = hp.simulate_heat_pump(Q_(np.array([5.0]), "kWh"), Q_(np.array([0.0]), "degC"), Q_(np.array([58.0]), "degC"),
                                Q_(20.0, "kW"), product=product, design_outdoor_temp=Q_(-12, "degC"))
    assert float(res.heat_pump_heat.m.sum()) == 0.0 and float(res.backup_heat.m.sum()) == pytest.approx(5.0)


def test_renewable_threshold_is_red_annex_vii():
    # SPF_min = 1.15 / 0.455 = 2.5275 (Decision 2013/114/EU).
    assert hp.RED_MIN_SPF == pytest.approx(2.5275, abs=1e-4)
    # SCOP 1.77 (a central heat pump at 85 °C): nothing counts.
    assert hp.renewable_ambient_heat(Q_(177.0, "kWh"), Q_(100.0, "kWh"), 1.77).m == 0.0
    # SPF 3: E_RES = Q(1 − 1/SPF) = 300·(2/3) = 200 kWh.
    assert hp.renewable_ambient_heat(Q_(300.0, "kWh"), Q_(100.0, "kWh"), 3.0).m == pytest.approx(200.0)
    assert hp.renewable_ambient_heat(Q_(300.0, "kWh"), Q_(100.0, "kWh"), 2.52).m == 0.0


def test_renewable_share_of_a_state_counts_only_heat_pumps_above_the_threshold():
    import types

    from calc.variant import _renewable_share

    def unit(heat, elec, scop):
        return types.SimpleNamespace(heat_pump_heat=Q_(np.array([heat]), "kWh"),
                                     electricity=Q_(np.array([elec]), "kWh"), scop=scop)

    bought = {"electricity": Q_(1.0, "tce")}
    low = types.SimpleNamespace(heat_pumps={"plant": unit(1770.0, 1000.0, 1.77)})
    assert _renewable_share(bought, Q_(0.0, "kWh"), low).m == 0.0
    # SPF 3: ambient 2000 kWh = 2000 · 3.6 / 29.3076 kgce = 0.245670 tce;
    # rate = 0.245670 / (1 + 0.245670) = 19.722 % (GB/T 2589 29.3076 MJ/kgce).
    high = types.SimpleNamespace(heat_pumps={"b": unit(3000.0, 1000.0, 3.0), "plant": unit(1770.0, 1000.0, 1.77)})
    assert _renewable_share(bought, Q_(0.0, "kWh"), high).to("percent").m == pytest.approx(19.722, abs=1e-3)


def test_heating_curve_with_the_room_below_the_design_outdoor_temperature():
    # no span to scale by: the hours below the room run at the design
    # temperatures (times the load ratio), the others need nothing
    from calc.heatpump import heating_curve

    ts, tr = heating_curve(Q_([3.0, 4.9, 5.0, 12.0], "degC"), Q_(7.0, "degC"), Q_(45.0, "degC"), Q_(35.0, "degC"),
                           room_temp=Q_(5.0, "degC"), emitter="radiators")
    assert ts.m.tolist() == pytest.approx([45.0, 45.0, 5.0, 5.0])
    assert tr.m.tolist() == pytest.approx([35.0, 35.0, 5.0, 5.0])
