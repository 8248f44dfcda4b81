"""Tests of calc.measures.pv: the rooftop-PV measure sets an array on every
roof and leaves the baseline untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from calc.measures import APPLY, apply_measure
from calc.measures import pv as pv_measure
from calc.model import Measure, PVSystem
from calc.projectfile import load
from calc.schema import ValidationError
from calc.units import Q_

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def project():
    p = load(ROOT / "datasets" / "examples" / "residential_beijing_1980s.json")
    second = p.buildings[0].replace(name="Block B")
    return p.replace(buildings=(p.buildings[0], second))


def test_registered():
    assert APPLY["rooftop_pv"] is pv_measure.rooftop_pv


def test_sets_pv_on_every_building_from_params(project):
    m = Measure(kind="rooftop_pv", params={"coverage": 0.6, "tilt": "30 deg", "azimuth": "170 deg",
                                           "module": "mono_topcon_580"})
    after = apply_measure(project, m)
    for b in after.buildings:
        assert b.pv.coverage == pytest.approx(0.6)
        assert b.pv.tilt.to("deg").m == 30 and b.pv.azimuth.to("deg").m == 170
        assert b.pv.module == "mono_topcon_580"


def test_baseline_is_unchanged(project):
    apply_measure(project, Measure(kind="rooftop_pv"))
    assert all(b.pv is None for b in project.buildings)


def test_defaults_of_the_measure(project):
    after = apply_measure(project, Measure(kind="rooftop_pv"))
    pv = after.buildings[0].pv
    # MEASURE_PARAMS defaults: 50 % coverage (action plan §(7)1 goal), 25°, south
    assert (pv.coverage, pv.tilt.m, pv.azimuth.m, pv.module) == (pytest.approx(0.5), 25, 180, "mono_perc_550")


def test_existing_array_keeps_its_losses_and_inverter(project):
    b = project.buildings[0].replace(pv=PVSystem(system_losses=0.2, inverter_efficiency=0.9))
    p = project.replace(buildings=(b,))
    pv = apply_measure(p, Measure(kind="rooftop_pv", params={"tilt": Q_(10, "deg")})).buildings[0].pv
    assert (pv.system_losses, pv.inverter_efficiency, pv.tilt.m) == (0.2, 0.9, 10)


def test_out_of_range_parameter_is_named():
    with pytest.raises(ValidationError, match="params.coverage"):
        Measure(kind="rooftop_pv", params={"coverage": 1.5})
