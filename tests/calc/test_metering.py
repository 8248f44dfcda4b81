"""Metering reform through its causes, set beside the studies' range."""

import warnings

import pytest

from calc import metering
from calc.climate import weather_for_site
from calc.measures import apply_measure
from calc.model import Measure
from calc.projectfile import load
from calc.supply import supply_energy
from calc.units import Q_

from calc import thermal


def test_reformed_building_removes_the_causes():
    p = load("datasets/examples/residential_beijing_1980s.json")
    b = metering.reformed_building(p.buildings[0])
    assert b.operation.overheating.m == 0 and b.ventilation.window_airing_ach.m == 0
    assert not b.operation.night_setback
    b = metering.reformed_building(p.buildings[0], night_setback=True)
    assert b.operation.night_setback and b.operation.setback_setpoint.m == pytest.approx(16.0)
    assert p.buildings[0].operation.overheating.m > 0  # the input keeps its over-heating


def test_balancing_removes_half_the_overheating():
    p = load("datasets/examples/residential_beijing_1980s.json")
    given = p.buildings[0].operation.overheating.m
    assert given > 0
    assert metering.balanced_building(p.buildings[0]).operation.overheating.m == pytest.approx(given / 2)


def test_compare_with_studies():
    assert metering.compare_with_studies(0.15)["position"] == "inside"
    assert metering.compare_with_studies(0.05)["position"] == "below"


def _heating_delivered(project, weather):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        th = {b.name: thermal.simulate(b, weather) for b in project.buildings}
        r = supply_energy(project, th, weather)
    return sum(sum(q.m for q in uses["heating"].values()) for uses in r.end_uses.values())


@pytest.fixture(scope="module")
def block():
    p = load("datasets/examples/residential_beijing_1980s.json")
    return p, weather_for_site(p.site)


def test_sample_block_saving_inside_study_range_and_smaller_when_insulated(block):
    p, w = block
    reform = Measure(kind="metering_reform", params={})
    before = _heating_delivered(p, w)
    after = _heating_delivered(apply_measure(p, reform), w)
    saving = 1 - after / before
    # Heat sent out by the heating company (network losses included), the
    # basis of the pilot studies (10-20 % in Chinese pilots, metering_behaviour.csv).
    assert metering.compare_with_studies(saving)["position"] == "inside", saving
    insulated = p
    for m in p.measures:
        if m.kind in ("wall_insulation", "roof_insulation", "window_replacement"):
            insulated = apply_measure(insulated, m)
    before_i = _heating_delivered(insulated, w)
    after_i = _heating_delivered(apply_measure(insulated, reform), w)
    # The same causes remove less heat from a well-insulated envelope.
    assert before - after > before_i - after_i > 0


def test_response_share_scales_both_causes():
    p = load("datasets/examples/residential_beijing_1980s.json")
    b = p.buildings[0]
    oh, air = b.operation.overheating.to("K").m, b.ventilation.window_airing_ach.to("1/h").m
    r = metering.reformed_building(b, response_share=0.6)
    assert r.operation.overheating.to("K").m == pytest.approx(0.4 * oh)
    assert r.ventilation.window_airing_ach.to("1/h").m == pytest.approx(0.4 * air)
    with pytest.raises(ValueError, match="response_share"):
        metering.reformed_building(b, response_share=1.5)


def test_behaviour_levels_in_the_measure_and_unconverted_single_pipe_takes_the_low_level():
    import dataclasses

    p = load("datasets/examples/residential_beijing_1980s.json")
    b = p.buildings[0]
    oh = b.operation.overheating.to("K").m
    for level, share in (("low", 0.25), ("middle", 0.60), ("high", 1.0)):  # metering_behaviour.csv
        out = apply_measure(p, Measure(kind="metering_reform", params={"behaviour": level}))
        assert out.buildings[0].operation.overheating.to("K").m == pytest.approx((1 - share) * oh)
    single = dataclasses.replace(p, buildings=(dataclasses.replace(
        b, equipment=dataclasses.replace(b.equipment, distribution="single_pipe")),))
    kept = apply_measure(single, Measure(kind="metering_reform", params={"behaviour": "high",
                                                                         "convert_single_pipe": "no"}))
    assert kept.buildings[0].operation.overheating.to("K").m == pytest.approx(0.75 * oh)
    converted = apply_measure(single, Measure(kind="metering_reform", params={"behaviour": "high"}))
    assert converted.buildings[0].equipment.distribution == "two_pipe"
    assert converted.buildings[0].operation.overheating.to("K").m == pytest.approx(0.0)


def test_single_pipe_conversion_is_priced_per_dwelling():
    import dataclasses

    from calc import economics

    p = load("datasets/examples/residential_beijing_1980s.json")
    b = p.buildings[0]
    single = dataclasses.replace(p, buildings=(dataclasses.replace(
        b, equipment=dataclasses.replace(b.equipment, distribution="single_pipe")),))
    m = Measure(kind="metering_reform", params={})
    # measure_costs.csv: 1800 CNY per dwelling, 4500 with the loop converted.
    assert economics.measure_cost(p, m).gross.to("CNY").m == pytest.approx(1800.0 * b.dwellings)
    assert economics.measure_cost(single, m).gross.to("CNY").m == pytest.approx(4500.0 * b.dwellings)


def test_turned_down_flat_is_warmed_by_its_neighbours_by_hand():
    # H_e = 100 W/K to outdoors at 0 °C, H_i = 150 W/K to neighbours at 20 °C.
    # Floating: (100·0 + 150·20)/250 = 12 °C; the household wants 16 °C.
    # Own heat 100·16 + 150·(16 − 20) = 1000 W (was 100·20 = 2000 W):
    # metered saving 1000 W; the building saves only 100·(20 − 16) = 400 W;
    # 600 W come from the neighbours: 60 % of the metered saving.
    r = metering.turned_down_flat(Q_(16, "degC"), Q_(20, "degC"), Q_(0, "degC"), Q_(100, "W/K"), Q_(150, "W/K"))
    assert r["temperature"].m == pytest.approx(16.0)
    assert r["own_heat"].m == pytest.approx(1000.0)
    assert r["metered_saving"].m == pytest.approx(1000.0)
    assert r["building_saving"].m == pytest.approx(400.0)
    assert r["from_neighbours"].m == pytest.approx(600.0)
    assert r["neighbour_share"] == pytest.approx(0.6)
    # Switched off (setpoint 5 °C): the flat floats at 12 °C on its neighbours' heat.
    off = metering.turned_down_flat(Q_(5, "degC"), Q_(20, "degC"), Q_(0, "degC"), Q_(100, "W/K"), Q_(150, "W/K"))
    assert off["temperature"].m == pytest.approx(12.0) and off["own_heat"].m == pytest.approx(0.0)


def test_field_range_by_level():
    assert metering.compare_with_studies(0.05, "low")["position"] == "inside"
    assert metering.compare_with_studies(0.05, "middle")["position"] == "below"
    assert metering.compare_with_studies(0.194, "high")["position"] == "below"  # the old full removal
    note = metering.field_range_note("metering reform", "middle", 0.117)
    assert "11.7 %" in note and "10-20 %" in note and "inside" in note
