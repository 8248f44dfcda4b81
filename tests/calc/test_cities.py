"""Tests of calc/datasets/cities.py: schema of the city table and normals,
coverage, and plausibility against independent physical limits."""

from __future__ import annotations

import pytest

from calc.climate import MonthlyNormals
from calc.datasets import cities

CAPITALS = ("Beijing", "Tianjin", "Shijiazhuang", "Taiyuan", "Hohhot", "Shenyang", "Changchun", "Harbin",
            "Shanghai", "Nanjing", "Hangzhou", "Hefei", "Fuzhou", "Nanchang", "Jinan", "Zhengzhou", "Wuhan",
            "Changsha", "Guangzhou", "Nanning", "Haikou", "Chongqing", "Chengdu", "Guiyang", "Kunming", "Lhasa",
            "Xian", "Lanzhou", "Xining", "Yinchuan", "Urumqi")


def test_city_names_contains_all_capitals_and_more():
    names = cities.city_names()
    assert len(CAPITALS) == 31
    assert set(CAPITALS) <= names
    assert {"Dalian", "Qingdao", "Xiamen", "Shenzhen", "Harbin"} <= names


def test_table_schema_and_ranges():
    t = cities.cities_table()
    assert tuple(c for c in cities.CITY_COLUMNS) == tuple(c for c in t.columns if c in cities.CITY_COLUMNS)
    # China lies within 18-54 N, 73-135 E; station elevations below 5000 m.
    assert t["lat_deg"].between(18, 54).all() and t["lon_deg"].between(73, 135).all()
    assert t["elev_m"].between(-10, 5000).all()
    assert t["design_heating_temp_c"].between(-40, 15).all()
    assert t["source"].str.len().gt(20).all()
    # Design temperatures fall from south to north: Harbin colder than Beijing colder than Guangzhou
    # (GB 50736-2012 Appendix A: -24.2, -7.6, 8.0 degC).
    assert t.loc["Harbin", "design_heating_temp_c"] == pytest.approx(-24.2)
    assert t.loc["Beijing", "design_heating_temp_c"] == pytest.approx(-7.6)
    assert t.loc["Guangzhou", "design_heating_temp_c"] == pytest.approx(8.0)


def test_heating_season_dates_are_valid_and_span_winter():
    t = cities.cities_table()
    rows = t[t["heating_season_start"] != ""]
    assert len(rows) >= 5
    for key, r in rows.iterrows():
        sm, sd = map(int, r["heating_season_start"].split("-"))
        em, ed = map(int, r["heating_season_end"].split("-"))
        assert 9 <= sm <= 12 and 2 <= em <= 5, key
        # The mean temperature of a <= +5 degC period must be below 5 degC.
        assert r["heating_season_mean_temp_c"] < 5, key


def test_weather_files_exist_for_named_rows():
    t = cities.cities_table()
    named = t[t["weather_file"] != ""]
    assert len(named) == 6
    for key, r in named.iterrows():
        assert cities.dataset_weather_path(r["weather_file"]).stat().st_size > 100_000, key


def test_every_city_has_weather_or_normals():
    t = cities.cities_table()
    with_normals = set(cities.normals_table()["city"])
    for key, r in t.iterrows():
        assert r["weather_file"] or key in with_normals, key


def test_normals_are_physical():
    for key in cities.normals_table()["city"].unique():
        n = cities.normals(key)
        assert isinstance(n, MonthlyNormals)
        ghi = n.ghi.to("kWh/m**2").m
        # Annual GHI in China: about 900 (Sichuan basin) to 2000 kWh/m2 (Tibet).
        assert 850 < ghi.sum() < 2100, key
        tm = n.t_mean.to("degC").m
        # Northern hemisphere: January colder than July.
        assert tm[0] < tm[6], key
        assert n.source


def test_unknown_city_lists_known_ones():
    with pytest.raises(KeyError, match="Beijing"):
        cities.city("Atlantis")
    with pytest.raises(KeyError, match="available"):
        cities.normals("Beijing")  # has a measured file, no normals row


def test_user_weather_path_errors(tmp_path):
    from calc.climate import WeatherFileError

    with pytest.raises(WeatherFileError, match="site.weather_file"):
        cities.user_weather_path(str(tmp_path / "none.epw"))
    key = cities.weather_key("Beijing", "")
    assert key == ("Beijing", "", 0.0)
