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


def test_bench_package_states_of_a_new_building(benchmark):
    # what the simulation side costs per stock building: the six states of a
    # 4-measure package (baseline, each measure alone, all of them) of a
    # building the process has not seen (its length changes each round, so
    # its films, mass and parts are new), on a weather it has
    import dataclasses
    from calc.envelope import add_insulation
    from calc.units import Q_

    base = PROJECT.buildings[0]
    wall = add_insulation(base.wall, "EPS", Q_(80, "mm"), Q_(0.039, "W/(m*K)"))
    roof = add_insulation(base.roof, "XPS", Q_(100, "mm"), Q_(0.030, "W/(m*K)"))
    window = dataclasses.replace(base.window, u_value=Q_(1.8, "W/(m**2*K)"))
    tight = dataclasses.replace(base.ventilation, infiltration_ach=Q_(0.3, "1/h"))
    state = {"round": 0}

    def states():
        state["round"] += 1
        g = dataclasses.replace(base.geometry, length=base.geometry.length + Q_(0.01 * state["round"], "m"))
        b = dataclasses.replace(base, geometry=g)
        return [b, dataclasses.replace(b, wall=wall), dataclasses.replace(b, roof=roof),
                dataclasses.replace(b, window=window), dataclasses.replace(b, ventilation=tight),
                dataclasses.replace(b, wall=wall, roof=roof, window=window, ventilation=tight)]

    thermal.simulate(base, WEATHER)
    results = benchmark.pedantic(lambda: [thermal.simulate(s, WEATHER) for s in states()], rounds=10,
                                 iterations=1, warmup_rounds=1)
    assert results[-1].heating.m.sum() < results[0].heating.m.sum()
