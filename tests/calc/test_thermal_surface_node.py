"""The optional surface-layer node of calc.thermal (SURFACE_NODE)."""

from pathlib import Path

import numpy as np
import pytest

from calc import envelope, projectfile, surface_layer, thermal
from calc.climate import read_weather_file

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def block():
    p = projectfile.load(ROOT / "datasets/examples/residential_beijing_1980s.json")
    return p.buildings[0], read_weather_file(ROOT / "datasets/weather/CHN_Beijing.Beijing.545110_CSWD.epw.gz")


def test_off_by_default_and_split_keeps_the_capacity(block, monkeypatch):
    b, w = block
    assert thermal.zone_inputs(b, w).c_f == 0.0
    monkeypatch.setattr(thermal, "SURFACE_NODE", True)
    z = thermal.zone_inputs(b, w)
    _, c_m = thermal.zone_mass(b)
    assert z.c_f > 0 and z.h_fm > 0
    assert z.c_f + z.c_m == pytest.approx(max(c_m, thermal.MIN_HEAT_CAPACITY * z.floor_area), rel=1e-12)
    # the outer wall's face by hand: its share of C_f is area × split_face's κ_f
    k_f, _, _ = surface_layer.split_face(b.wall.layers[::-1], min(0.10, 0.5 * sum(
        l.thickness.to("m").m for l in b.wall.layers)), envelope.INSULATING_CONDUCTIVITY)
    assert z.c_f > k_f * sum(thermal._facade_areas(b)[0])
    r = thermal.simulate(b, w)
    assert np.isfinite(r.heating.m).all() and r.heating.m.sum() > 0
