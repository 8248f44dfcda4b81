"""Speed of loading weather: a real EPW from a cold cache, and a synthetic year."""

from calc import climate
from calc.datasets import cities
from calc.model.project import Site
from calc.units import Q_


def test_bench_weather_for_site_cold_cache(benchmark):
    def load():
        climate._cached_weather.cache_clear()
        return climate.weather_for_site(Site(city="Beijing"))

    w = benchmark(load)
    assert len(w.data) == 8760


def test_bench_read_mos(benchmark):
    path = cities.dataset_weather_path(cities.city("Shenzhen")["weather_file"])
    assert len(benchmark(climate.read_mos, path).data) == 8760


def test_bench_synthetic_year(benchmark):
    row = cities.city("Harbin")
    normals = cities.normals("Harbin")
    w = benchmark(climate.synthetic_year, normals, Q_(row["lat_deg"], "degree"), Q_(row["lon_deg"], "degree"),
                  Q_(row["elev_m"], "m"), name="Harbin")
    assert w.synthetic
