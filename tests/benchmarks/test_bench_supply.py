"""Speed of supply_energy on the sample residential block (thermal results
precomputed, so only the supply side is timed)."""

import types
import warnings

import numpy as np
import pytest

from calc.climate import weather_for_site
from calc.measures import apply_measure
from calc.model import Measure
from calc.projectfile import load
from calc.supply import supply_energy
from calc.units import Q_


def _inputs(kind=None):
    p = load("datasets/examples/residential_beijing_1980s.json")
    if kind:
        p = apply_measure(p, Measure(kind=kind, params={}))
    w = weather_for_site(p.site)
    t = w.data["temp_air"].to_numpy()
    th = {b.name: types.SimpleNamespace(heating=Q_(np.clip(18 - t, 0, None) * 4000.0, "W"),
                                        cooling=Q_(np.clip(t - 26, 0, None) * 3000.0, "W")) for b in p.buildings}
    return p, th, w


@pytest.mark.parametrize("kind", [None, "heat_pump"])
def test_bench_supply_energy(benchmark, kind):
    p, th, w = _inputs(kind)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        r = benchmark(supply_energy, p, th, w)
    assert r.delivered["electricity"].m.sum() > 0
