"""The city price table: known cities and items, each row sourced, and used
by the defaults of a new project."""

import pytest

from calc.archetypes import project_from_archetype
from calc.datasets import city_names, tables


def test_rows_name_known_cities_and_items():
    df = tables.table("city_prices")
    items = set(tables.table("prices")["item"])
    assert set(df["city"]) <= set(city_names())
    assert set(df["item"]) <= items
    assert df["source"].str.len().min() > 20


def test_city_prices_replace_the_typical_ones():
    t = tables.default_tariffs(public=False, city="Beijing")
    assert t["electricity"].to("CNY/kWh").m == pytest.approx(0.4883)  # tier 1 (Beijing tariff, city_prices.csv)
    assert tables.default_tariffs(public=False, city="Harbin")["heat_fixed_share"] == pytest.approx(0.4)
    # a city with no entry keeps the typical values
    assert tables.default_tariffs(public=False, city="Lhasa") == tables.default_tariffs(public=False)


def test_new_project_takes_the_city_prices():
    p = project_from_archetype("Shanghai", "office", "1986_1995")
    assert p.economics.tariffs.pv_export.to("CNY/kWh").m == pytest.approx(0.4155)
