"""Speed of one annual simulation of the sample residential block (target ≤ 10 ms median)."""

from pathlib import Path

from calc import projectfile, thermal
from calc.climate import read_weather_file

ROOT = Path(__file__).resolve().parents[2]
PROJECT = projectfile.load(ROOT / "datasets/examples/residential_beijing_1980s.json")
WEATHER = read_weather_file(ROOT / "datasets/weather/CHN_Beijing.Beijing.545110_CSWD.epw.gz")


def test_bench_simulate_residential_block(benchmark):
    # the first call compiles the loop (cached on disk) and transposes the
    # weather onto the facades (memoised on its content); the benchmark times
    # what every further variant of the building costs
    building = PROJECT.buildings[0]
    thermal.simulate(building, WEATHER)
    result = benchmark(thermal.simulate, building, WEATHER)
    assert result.heating.m.sum() > 0


def test_bench_simulate_cold_weather_cache(benchmark):
    # a building turned by 1° more each round needs a new transposition: the
    # price of a new orientation or a new weather file
    import dataclasses
    from calc.units import Q_

    building = PROJECT.buildings[0]
    state = {"deg": 0.0}

    def turned():
        state["deg"] += 1.0
        g = dataclasses.replace(building.geometry, rotation=Q_(state["deg"] % 180, "deg"))
        return thermal.simulate(dataclasses.replace(building, geometry=g), WEATHER)

    benchmark.pedantic(turned, rounds=5, iterations=1, warmup_rounds=1)
