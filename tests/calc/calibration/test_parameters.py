"""Declared calibration parameters: ranges, step bounds by hand."""

import pytest

from calc.calibration import parameters as params
from calc.schema import set_path
from calc.units import Q_


def _by_name():
    return {p.name: p for p in params.declared()}


def test_every_parameter_has_a_range_and_a_source():
    for p in params.declared():
        assert p.low < p.high and p.source.strip()
    assert [p.name for p in params.declared()][:3] == ["overheating", "infiltration", "internal_gains"]


def test_step_bounds_keep_every_building_in_range(residential):
    p = _by_name()
    # infiltration entered 0.8 1/h, range 0.2–2.0: factor 0.25 … 2.5
    lo, hi, neutral = params.step_bounds(p["infiltration"], residential)
    assert (lo, hi, neutral) == (pytest.approx(0.25), pytest.approx(2.5), 1.0)
    # over-heating entered 1.5 K, range 0–4 K: offset −1.5 … +2.5
    assert params.step_bounds(p["overheating"], residential)[:2] == (pytest.approx(-1.5), pytest.approx(2.5))
    two = residential.replace(buildings=(residential.buildings[0],
                                         residential.buildings[0].replace(name="2号楼")))
    two = set_path(two, "buildings[1].ventilation.infiltration_ach", Q_(1.6, "1/h"))
    # the leakier building caps the factor at 2.0/1.6 = 1.25, the tighter one floors it at 0.2/0.8
    lo, hi, _ = params.step_bounds(p["infiltration"], two)
    assert (lo, hi) == (pytest.approx(0.25), pytest.approx(1.25))
    moved = params.apply_step(p["infiltration"], two, 1.25)
    assert [b.ventilation.infiltration_ach.m for b in moved.buildings] == [pytest.approx(1.0), pytest.approx(2.0)]


def test_supply_parameters_apply_only_where_they_exist(residential, office):
    p = _by_name()
    # the sample block lists its pipes: the assumed loss share is not used, so not calibrated
    assert not params.applies(p["network_loss_share"], residential)
    nopipes = set_path(residential.replace(measures=()), "supply.network.pipes", ())
    assert params.applies(p["network_loss_share"], nopipes)
    assert not params.applies(p["network_loss_share"], nopipes, metered_at="building")
    assert not params.applies(p["heat_pump_efficiency"], office)
    moved = params.apply_step(p["network_loss_share"], nopipes, 0.2)
    assert moved.supply.network.assumed_loss_share == 0.2
