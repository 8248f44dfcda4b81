"""Speed of the Monte Carlo (target: ≤ 3 s for the residential sample with
200 samples, median, on the 2-core reference machine).

    python3 -m pytest tests/benchmarks/test_bench_uncertainty.py -o addopts="" --benchmark-enable
"""

from calc.assess import _heat_source
from calc.climate import weather_for_site
from calc.uncertainty import run
from calc.variant import ThermalCache


def test_monte_carlo_200_samples(benchmark, residential):
    w = weather_for_site(residential.site)
    c = ThermalCache(w, residential.accounting, _heat_source(residential))
    enabled = [m for m in residential.measures if m.enabled]

    def go():
        return run(residential, enabled, w, "heating_tce", "power_supply_coal", c.factors, 0.3, c.heat, samples=200)
    go()
    result = benchmark(go)
    assert result.samples == 200
