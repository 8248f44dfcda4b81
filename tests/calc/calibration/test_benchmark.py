"""GB/T 51161-2016 benchmark: shipped values as read, indicator by hand."""

from types import SimpleNamespace

import pytest

from calc.calibration import benchmark as bm
from calc.datasets import tables
from calc.schema import set_path
from calc.units import Q_


def test_shipped_values_are_those_read():
    # GB/T 51161-2016 Table 6.2.1, office, hot-summer-cold-winter zone, as quoted by Liu & Ren 2018 Table 7:
    # class A 85 / 70, class B 110 / 80 kWh/(m²·a) (constraint / guide)
    df = tables.table("gbt51161_benchmarks").set_index(["climate_zone", "use", "building_class"])
    assert tuple(df.loc[("hscw", "office", "A"), ["constraint_kwh_m2a", "guide_kwh_m2a"]]) == (85.0, 70.0)
    assert tuple(df.loc[("hscw", "office", "B"), ["constraint_kwh_m2a", "guide_kwh_m2a"]]) == (110.0, 80.0)
    assert all("Table" in t for t in df.standard_table)


def _variant(area_m2, end_uses):
    return SimpleNamespace(buildings=[SimpleNamespace(floor_area=Q_(area_m2, "m**2"))],
                           end_uses={u: {c: Q_(v, "kWh") for c, v in by.items()} for u, by in end_uses.items()})


@pytest.mark.parametrize("lighting_kwh,verdict", [(5000.0, "at_or_below_guide"), (6000.0, "above_guide"),
                                                  (9000.0, "above_constraint")])
def test_indicator_and_verdict_by_hand(office, lighting_kwh, verdict):
    # 100 m²: lighting + 1000 kWh cooling + 500 kWh gas hot water count; heating and its pumps do not
    v = _variant(100.0, {"lighting": {"electricity": lighting_kwh}, "cooling": {"electricity": 1000.0},
                         "dhw": {"natural_gas": 500.0}, "heating": {"natural_gas": 9e9},
                         "pumps": {"electricity": 9e9}})
    r = bm.benchmark(office, v, "hscw")
    assert r.applicable
    assert r.value.m == pytest.approx((lighting_kwh + 1500.0) / 100.0)
    assert r.verdict == verdict


def test_central_air_conditioning_is_class_b(office):
    chiller = office
    for i in range(len(office.buildings)):
        chiller = set_path(chiller, f"buildings[{i}].equipment.cooling_system", "chiller")
    r = bm.benchmark(chiller, _variant(100.0, {"lighting": {"electricity": 9000.0}}), "hscw")
    assert r.building_class == "B" and r.constraint.m == 110.0 and r.verdict == "above_guide"


def test_not_applicable_says_why(residential, office):
    r = bm.benchmark(residential, _variant(100.0, {}), "cold")
    assert not r.applicable and r.value is None and "residential" in r.reason["en"] and "居住建筑" in r.reason["zh"]
    r = bm.benchmark(office, _variant(100.0, {}), "cold")
    assert not r.applicable and "cold zone" in r.reason["en"]


def test_assessment_carries_the_benchmark(office):
    from calc.assess import assess
    from calc.results import to_json

    res = assess(office, sensitivity=False)
    j = to_json(res)["benchmark"]
    assert j["applicable"] and j["constraint_kwh_per_m2"] == 85.0
    assert j["value_kwh_per_m2"] == pytest.approx(bm.non_heating_energy(res.baseline) / res.floor_area.m)
