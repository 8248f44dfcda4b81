"""Lighting, appliance, cooling and hot-water electricity of every archetype
(7 uses x 5 eras x 5 zones) against published survey figures
(datasets/tables/non_heating_ranges.csv). GB/T 51161-2016's own tables are
not shipped (not reached): the ranges are the surveys named in the table."""

import math
import warnings

import pytest

from calc import archetypes
from calc.climate import weather_for_site
from calc.datasets import tables
from calc.geometry import floor_area
from calc.model import ERAS, USES
from calc.variant import ThermalCache, simulate_state

ZONE_CITIES = {"severe_cold": "Harbin", "cold": "Beijing", "hscw": "Shanghai", "hsww": "Guangzhou", "mild": "Kunming"}
RANGES = {r["use"]: r for r in tables.non_heating_ranges()}
# Known departures, kept visible: each fails today for the reason given
DEPARTURES = {
    ("retail", "hscw"): "the retail archetype counts no fans or pumps of a central air-conditioning plant and no "
                        "escalators (fan power 0): 102-108 instead of 120-250 kWh/m² of a shopping mall",
    ("retail", "hsww"): "no fans, pumps or escalators counted: 114-127 kWh/m², the newer eras below 120",
    ("school", "hsww"): "the pre-1986 Guangzhou school 40.1 kWh/m² against the survey's 'below 40': its cooling "
                        "electricity rose 12.4 -> 12.9 kWh/m² when the slab's ground got the sun on the open "
                        "ground (docs/validation.md, 'Ground in the sun'); 1986-2004 39.9, newer 35-36",
}


# a household's meter sees neither the network pumps nor the lifts of the
# common areas
OUTSIDE_THE_DWELLING = ("pumps", "elevators")


def _electricity(state, b, household=False):
    uses = state.supply.end_uses[b.name]
    return sum(q.to("kWh").m for use, by_carrier in uses.items() for c, q in by_carrier.items()
               if c == "electricity" and not (household and use in OUTSIDE_THE_DWELLING))


def _cases():
    for zone in ZONE_CITIES:
        for use in USES:
            marks = ()
            if (use, zone) in DEPARTURES:
                marks = (pytest.mark.xfail(reason=DEPARTURES[(use, zone)], strict=True),)
            yield pytest.param(zone, use, marks=marks, id=f"{zone}-{use}")


@pytest.mark.parametrize("zone, use", list(_cases()))
def test_archetype_electricity_within_published_ranges(zone, use):
    city = ZONE_CITIES[zone]
    weather = None
    for era in ERAS:
        p = archetypes.project_from_archetype(city, use, era)
        weather = weather or weather_for_site(p.site)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")   # emitter notes are the subject of other tests
            s = simulate_state(p, ThermalCache(weather, p.accounting))
        b = p.buildings[0]
        kwh = _electricity(s, b)
        assert math.isfinite(kwh) and kwh > 0, (zone, use, era)
        r = RANGES.get(use)
        if r is None or zone not in r["zones"]:
            continue   # no published figure found for this use here (hospitals; public buildings in the north)
        if r["indicator"] == "electricity_per_household":
            value = _electricity(s, b, household=True) / b.dwellings
        else:
            value = kwh / floor_area(b).to("m**2").m
        assert r["low"].m <= value <= r["high"].m, (zone, use, era, round(value, 1), r["source"][:60])


def test_residential_lighting_and_appliances_by_hand():
    # 5 W/m² lighting on the dwelling profile (4.0 full-load hours a working
    # day, 4.1 on weekends) and 3 W/m² appliances on theirs (6.35 / 7.7 h):
    # 2023 has 260 working days and 105 weekend days
    from calc import schedules

    b, _ = archetypes.building_from_archetype("Shanghai", "residential", "1996_2004")
    p = archetypes.project_from_archetype("Shanghai", "residential", "1996_2004")
    index = weather_for_site(p.site).data.index
    prof = schedules.operation_profiles(b.operation, index)
    assert prof.appliances.sum() == pytest.approx(260 * 6.35 + 105 * 7.7, rel=1e-9)
    kwh_m2 = (5 * prof.lighting.sum() + 3 * prof.appliances.sum()) / 1000
    assert kwh_m2 == pytest.approx((5 * (260 * 4.0 + 105 * 4.1) + 3 * (260 * 6.35 + 105 * 7.7)) / 1000, rel=0.01)
    assert 14 < kwh_m2 < 16     # about 1,100 kWh for the 75 m² dwelling, below the survey's 1,690 mean
