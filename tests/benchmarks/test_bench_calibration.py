"""Speed of a calibration and of a change-point baseline.

    python3 -m pytest tests/benchmarks/test_bench_calibration.py -o addopts="" --benchmark-enable
"""

from calc.calibration.cli import load_weather
from calc.calibration.fit import calibrate, model_readings
from calc.calibration.meter import read_meter
from calc.calibration.periods import read_daily_temperatures
from calc.calibration.savings import measured_savings
from tests.conftest import EXAMPLES


def test_one_model_evaluation(benchmark, residential):
    meter = read_meter(EXAMPLES / "residential_beijing_1980s_meter.csv")
    weather, _ = load_weather(residential, None)
    model_readings(residential, weather, meter)
    benchmark(model_readings, residential, weather, meter)


def test_calibrate_the_sample(benchmark, residential):
    meter = read_meter(EXAMPLES / "residential_beijing_1980s_meter.csv")
    weather, _ = load_weather(residential, None)
    cal = benchmark.pedantic(calibrate, args=(residential, meter, weather), rounds=3, iterations=1)
    assert cal.fits


def test_measured_savings_of_the_sample(benchmark):
    base = read_meter(EXAMPLES / "residential_beijing_1980s_meter_before.csv")
    rep = read_meter(EXAMPLES / "residential_beijing_1980s_meter_after.csv")
    temps = read_daily_temperatures(EXAMPLES / "beijing_daily_temperatures_2022_2025.csv")
    benchmark(measured_savings, base, rep, temps)
