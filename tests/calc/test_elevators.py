"""Elevators as an electricity end use (VDI 4707-1 usage categories) and
their modernisation, against hand calculations."""

import dataclasses

import numpy as np
import pytest

from calc import schedules
from calc.climate import weather_for_site, year_index
from calc.economics import measure_cost
from calc.elevators import elevator_electricity
from calc.measures import apply_measure
from calc.model import Measure, Operation
from calc.supply import END_USES, supply_energy
from calc.thermal import simulate
from calc.units import Q_


def _with_elevators(project, n=2, usage="medium"):
    b = project.buildings[0]
    eq = b.equipment.replace(elevators=n, elevator_usage=usage, elevator_running_power=Q_(6, "kW"),
                             elevator_standby_power=Q_(300, "W"))
    return dataclasses.replace(project, buildings=(b.replace(equipment=eq),))


def _elevator_kwh(project):
    w = weather_for_site(project.site)
    th = {b.name: simulate(b, w) for b in project.buildings}
    r = supply_energy(project, th, w)
    return sum(u["elevators"].get("electricity", Q_(0, "kWh")).m for u in r.end_uses.values())


def test_annual_energy_by_hand(office):
    # medium use: 1.5 h travel a day. One elevator:
    # 365·1.5·6 kW + (8760 − 547.5) h · 0.3 kW = 3285 + 2463.75 = 5748.75 kWh/a
    p = _with_elevators(office, n=2)
    assert _elevator_kwh(p) == pytest.approx(2 * 5748.75, rel=1e-9)


def test_travel_follows_occupancy():
    eq = _with_elevators_eq()
    op = Operation(heating_setpoint=Q_(20, "degC"), internal_gains=Q_(10, "W/m**2"), schedule="office")
    occ = schedules.operation_profiles(op, year_index()).occupancy
    e = elevator_electricity(eq, occ)
    # unoccupied hours (nights, weekends) draw standby only: 0.3 kW
    assert np.allclose(e[occ == 0], 0.3)
    assert e.sum() == pytest.approx(5748.75, rel=1e-9)


def _with_elevators_eq():
    from calc.model import Equipment
    return Equipment(elevators=1, elevator_usage="medium", elevator_running_power=Q_(6, "kW"),
                     elevator_standby_power=Q_(300, "W"))


def test_no_elevators_no_energy(office):
    assert "elevators" in END_USES
    assert _elevator_kwh(office) == 0.0


def test_modernisation_by_hand(office):
    # after: 6 kW × 0.7 while travelling, 50 W standby:
    # 547.5 · 4.2 + 8212.5 · 0.05 = 2299.5 + 410.625 = 2710.125 kWh/a per elevator
    p = _with_elevators(office, n=2)
    after = apply_measure(p, Measure(kind="elevator_modernisation"))
    assert _elevator_kwh(after) == pytest.approx(2 * 2710.125, rel=1e-9)
    # cost per elevator from the table: 2 × 120 000 CNY
    assert measure_cost(p, Measure(kind="elevator_modernisation")).gross.to("CNY").m == pytest.approx(240000)
    # a building without elevators is left as it is (the result carries no
    # measure list: calc.measures.apply_measure)
    assert apply_measure(office, Measure(kind="elevator_modernisation")).buildings == office.buildings
