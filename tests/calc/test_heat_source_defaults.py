"""A network whose heat source is not known takes its city's default, by
province (datasets/tables/heat_source_defaults.csv)."""

import pytest

from calc import heat_source
from calc.datasets import cities, tables


@pytest.mark.parametrize("city, source, row", [
    ("Beijing", "gas_boiler", "Beijing"),        # urban heating coal-free since 2017-18
    ("Harbin", "coal_chp", "Heilongjiang"),      # northern province: coal CHP
    ("Shanghai", "coal_chp", "national"),        # no row of its own: the national default
])
def test_default_by_province(city, source, row):
    d = heat_source.default_for_city(city)
    assert (d.heat_source, d.province) == (source, row) and len(d.source) > 40


def test_every_default_is_a_heat_source_and_every_northern_city_has_its_province():
    names = set(tables.heat_source_names())
    table = cities.cities_table()
    for province in set(table["province"]):
        assert tables.default_heat_source(province)["heat_source"] in names
    northern = table[table["climate_zone"].isin(["severe_cold", "cold"])]
    for city, row in northern.iterrows():
        assert tables.default_heat_source(row["province"])["province"] == row["province"], city


def test_unknown_source_resolved_once_before_the_assessment(residential):
    from calc.schema import set_path

    p, d = heat_source.resolve_unknown(residential)
    assert d.heat_source == "gas_boiler" and p.supply.network.heat_source == "gas_boiler"
    entered = set_path(residential, "supply.network.heat_source", "coal_chp")
    same, none = heat_source.resolve_unknown(entered)
    assert none is None and same is entered


def test_beijing_default_by_hand(residential):
    # gas boiler house η 0.90: 34.12 / 0.90 = 37.91 kgce/GJ of heat on the
    # equivalent basis; CO2 NDRC gas 15.32 tC/TJ × 0.99 × 44/12 = 55.61
    # kg/GJ of gas, / 0.90 = 61.8 kg/GJ of heat
    from calc.assess import assess

    a = assess(residential, sensitivity=False)
    n = a.baseline.network
    assert a.heat_source_default.heat_source == "gas_boiler" and n.heat_source == "gas_boiler"
    assert n.heat_coal_rate.to("kgce/GJ").m == pytest.approx(34.12 / 0.90, rel=1e-3)
    assert n.heat_co2_rate.to("kg/GJ").m == pytest.approx(15.32 * 0.99 * 44 / 12 / 0.90, rel=0.02)
