"""Emitters: EN 442-2 output at reduced temperatures, the design-load check,
sizing, and the heating curve after envelope work."""

import dataclasses

import numpy as np
import pytest

from calc import emitters
from calc.geometry import floor_area
from calc.heatpump import heating_curve
from calc.projectfile import load
from calc.units import Q_

RES = "datasets/examples/residential_beijing_1980s.json"


def test_en442_output_at_50_40_is_41_percent_of_nominal():
    # EN 442-2 eq. (1): ΔT = (50 + 40)/2 − 20 = 25 K; (25/50)^1.3 = 0.40613.
    dt = emitters.mean_excess(Q_(50, "degC"), Q_(40, "degC"), Q_(20, "degC"))
    assert dt.to("K").m == pytest.approx(25.0)
    phi = emitters.emitter_output(Q_(1000.0, "W"), dt, 1.3)
    assert phi.to("W").m == pytest.approx(406.13, abs=0.01)


def test_radiators_sized_for_75_50_give_52_percent_at_50_40_in_an_18_degree_room():
    # Sized at 75/50 with an 18 °C room: ΔT_d = 44.5 K; at 50/40: ΔT = 27 K;
    # (27/44.5)^1.3 = 0.5222 by hand (the "about 52 %").
    phi50 = emitters.output_50_for(Q_(100.0, "kW"), Q_(75, "degC"), Q_(50, "degC"), Q_(18, "degC"), 1.3)
    out = emitters.emitter_output(phi50, emitters.mean_excess(Q_(50, "degC"), Q_(40, "degC"), Q_(18, "degC")), 1.3)
    assert out.to("kW").m == pytest.approx(52.22, abs=0.01)


def test_required_excess_inverts_the_output():
    # ΔT = 50·(Q/Φ50)^(1/n): Q/Φ50 = 0.40613 at n = 1.3 gives 25 K.
    assert emitters.required_excess(Q_(406.13, "W"), Q_(1000, "W"), 1.3).to("K").m == pytest.approx(25.0, abs=1e-3)


def _building(emitter_output_50=None, ts=75.0, tr=50.0):
    b = load(RES).buildings[0]
    eq = dataclasses.replace(b.equipment, design_supply_temp=Q_(ts, "degC"), design_return_temp=Q_(tr, "degC"),
                             emitter_output_50=emitter_output_50)
    return dataclasses.replace(b, equipment=eq)


def test_check_flags_emitters_too_small_and_names_the_flow_they_need():
    b = _building()
    area = floor_area(b).to("m**2").m
    room = b.operation.heating_setpoint.to("degC").m
    load = Q_(100.0, "kW")
    phi50 = emitters.output_50_for(load, Q_(75, "degC"), Q_(50, "degC"), b.operation.heating_setpoint, 1.3)
    small = _building(Q_(0.8 * phi50.to("W").m / area, "W/m**2"))
    check = emitters.check_emitters(small, load)
    assert not check.ok
    assert check.load_ratio == pytest.approx(1.25, rel=1e-9)
    # Same flow: ΔT_mean = (62.5 − room)·1.25^(1/1.3), spread 25·1.25.
    need = room + (62.5 - room) * 1.25 ** (1 / 1.3) + 12.5 * 1.25
    assert check.required_supply_temp.to("degC").m == pytest.approx(need, abs=1e-9)
    assert "radiator replacement measure" in check.message()  # the measure by name, not its key
    assert emitters.check_emitters(_building(), load).ok  # unsized: sized for the load


def test_sized_output_round_trips():
    b = _building()
    out = emitters.sized_output_50(b, Q_(80.0, "kW"))
    check = emitters.check_emitters(_building(out), Q_(80.0, "kW"))
    assert check.load_ratio == pytest.approx(1.0, rel=1e-9) and check.ok


def test_heating_curve_after_envelope_work_runs_cooler():
    # Radiators 75/60 in a 20 °C room; after envelope work the design load is
    # half the emitter output. At the design outdoor temperature:
    # ΔT = 47.5·0.5^(1/1.3) = 47.5·0.58673 = 27.870 K, half spread 7.5·0.5 = 3.75 K
    # -> supply 20 + 27.870 + 3.75 = 51.620 °C, return 44.120 °C (by hand).
    ts, tr = heating_curve(Q_(np.array([-10.0, 5.0]), "degC"), Q_(-10, "degC"), Q_(75, "degC"), Q_(60, "degC"),
                           room_temp=Q_(20, "degC"), load_ratio=0.5)
    assert ts.m[0] == pytest.approx(51.620, abs=1e-3)
    assert tr.m[0] == pytest.approx(44.120, abs=1e-3)
    # At 5 °C outdoor the hourly load is half the design: φ = 0.25.
    assert ts.m[1] == pytest.approx(20 + 47.5 * 0.25 ** (1 / 1.3) + 7.5 * 0.25, abs=1e-9)


def test_heating_curve_refuses_a_bad_load_ratio():
    with pytest.raises(ValueError, match="load_ratio"):
        heating_curve(Q_(np.zeros(2), "degC"), Q_(-10, "degC"), Q_(75, "degC"), Q_(60, "degC"), load_ratio=0.0)


def test_a_network_flow_below_the_emitters_design_lowers_what_they_give():
    # Sized for 100 kW at 75/50 in the building's room; the network delivers
    # only 60 °C: both temperatures 15 K lower, 60/35.
    b = _building()
    room = b.operation.heating_setpoint.to("degC").m
    check = emitters.check_emitters(b, Q_(100.0, "kW"), max_supply_temp=Q_(60.0, "degC"))
    expected = 100.0 * ((47.5 - room) / (62.5 - room)) ** 1.3
    assert check.output.to("kW").m == pytest.approx(expected, rel=1e-9)
    assert not check.ok and "60/35 °C" in check.message()
