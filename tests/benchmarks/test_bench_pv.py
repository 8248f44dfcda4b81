"""Speed of the hourly PV chain on one roof and one year of weather.

Run with ``python3 -m pytest tests/benchmarks/test_bench_pv.py --benchmark-only``.
"""

from __future__ import annotations

import numpy as np

from calc import pv
from calc.units import Q_
from tests.calc.test_pv import sample_building, weather


def test_bench_pv_output(benchmark):
    b = sample_building(tilt=Q_(25, "deg"))
    w = weather("Beijing")
    result = benchmark(pv.pv_output, b, w)
    assert result.ac.shape == (8760,)


def test_bench_self_consumption(benchmark):
    rng = np.random.default_rng(1)
    gen = Q_(rng.uniform(0, 50, 8760), "kWh")
    load = Q_(rng.uniform(0, 50, 8760), "kWh")
    result = benchmark(pv.self_consumption, gen, load)
    assert 0 <= result.self_consumption_rate <= 1
