"""Envelope measures as project transformations."""

import dataclasses
from pathlib import Path

import pytest

from calc import envelope, projectfile
from calc.measures import apply_measure
from calc.measures.envelope import APPLY, insulation_properties
from calc.model import Measure

ROOT = Path(__file__).resolve().parents[2]
BASE = projectfile.load(ROOT / "datasets/examples/residential_beijing_1980s.json")
TWO = dataclasses.replace(BASE, buildings=BASE.buildings + (dataclasses.replace(BASE.buildings[0], name="2号楼"),))


def test_registry_covers_the_envelope_kinds():
    assert set(APPLY) == {"wall_insulation", "roof_insulation", "floor_insulation", "window_replacement",
                          "airtightness"}


def test_wall_insulation_u_by_hand_on_every_building():
    new = apply_measure(TWO, Measure(kind="wall_insulation", params={"material": "EPS", "thickness": "80 mm"}))
    # R = 0.652986 (370 brick wall) + 0.080/0.0429 (EPS 0.039 × 1.10) = 2.517788
    for b in new.buildings:
        assert envelope.u_value(b.wall).m == pytest.approx(1 / 2.517788, rel=1e-5)
    assert envelope.u_value(TWO.buildings[0].wall).m == pytest.approx(1 / 0.652986, rel=1e-5)  # baseline kept


def test_roof_and_floor_insulation_positions():
    roof = apply_measure(BASE, Measure(kind="roof_insulation", params={"material": "XPS", "thickness": "100 mm"}))
    assert roof.buildings[0].roof.layers[0].material == "XPS"
    # roof R = 0.949538 + 0.1/0.033 = 3.979841
    assert envelope.u_value(roof.buildings[0].roof, "roof").m == pytest.approx(1 / 3.979841, rel=1e-5)
    floor = apply_measure(BASE, Measure(kind="floor_insulation", params={"material": "XPS", "thickness": "50 mm"}))
    assert floor.buildings[0].ground_floor.layers[-1].material == "XPS"


def test_window_replacement_sets_all_three_fields():
    new = apply_measure(BASE, Measure(kind="window_replacement",
                                      params={"u_value": "1.5 W/(m**2*K)", "shgc": 0.4, "frame_fraction": 0.2}))
    w = new.buildings[0].window
    assert w.u_value.m == 1.5 and w.shgc == 0.4 and w.frame_fraction == 0.2
    assert w.shading_factor == BASE.buildings[0].window.shading_factor
    assert BASE.buildings[0].window.u_value.m == 4.7


def test_airtightness_never_loosens():
    tight = apply_measure(BASE, Measure(kind="airtightness", params={"infiltration_ach": "0.5 1/h"}))
    assert tight.buildings[0].ventilation.infiltration_ach.m == 0.5
    loose = apply_measure(tight, Measure(kind="airtightness", params={"infiltration_ach": "2 1/h"}))
    assert loose.buildings[0].ventilation.infiltration_ach.m == 0.5


def test_insulation_table_design_conductivities():
    # declared λ × GB 50176-2016 Table B.2 correction
    assert insulation_properties("EPS")[0].m == pytest.approx(0.039 * 1.10, abs=1e-4)
    assert insulation_properties("rock_wool")[0].m == pytest.approx(0.040 * 1.20, abs=1e-4)
    for key in ("EPS", "XPS", "rock_wool", "PU", "phenolic", "aerogel", "VIP"):   # every MEASURE_PARAMS choice
        assert insulation_properties(key)[0].m > 0
    with pytest.raises(ValueError, match="material.*'straw'"):
        insulation_properties("straw")


def test_measures_lower_heating_of_the_sample_block():
    from calc import thermal
    from calc.climate import read_weather_file

    wx = read_weather_file(ROOT / "datasets/weather/CHN_Beijing.Beijing.545110_CSWD.epw.gz")
    before = thermal.simulate(BASE.buildings[0], wx).heating.m.sum()
    for kind, params in (("wall_insulation", {}), ("roof_insulation", {}), ("floor_insulation", {}),
                         ("window_replacement", {}), ("airtightness", {})):
        after = thermal.simulate(apply_measure(BASE, Measure(kind=kind, params=params)).buildings[0], wx)
        assert after.heating.m.sum() < before, kind


@pytest.mark.parametrize("kind, element", [("roof_insulation", "roof"), ("floor_insulation", "ground_floor"),
                                           ("wall_insulation", "wall")])
def test_insulating_a_construction_known_by_its_u_value_keeps_the_heat_capacity(kind, element):
    """The other two constructions have layers; the insulated one is known
    only by U. Before the fix the insulation became its only layer, the
    zone's C_m switched from the mass class (Table 12, heavy: 260 kJ/(m²K)
    × A_f) to the layer method, and heating rose (Taiyuan +5.8 %)."""
    from calc import thermal
    from calc.climate import weather_for_site
    from calc.geometry import floor_area
    from calc.model import Site

    b = dataclasses.replace(BASE.buildings[0], **{element: envelope.Construction(u_value=envelope.Q_(1.2, "W/(m**2*K)"))})
    project = dataclasses.replace(BASE, buildings=(b,))
    after = apply_measure(project, Measure(kind=kind)).buildings[0]
    insulated = getattr(after, element)
    assert not insulated.layers and insulated.u_value.m < 1.2 and "mm" in insulated.name
    a_f = floor_area(b).m
    assert thermal.zone_mass(after) == pytest.approx((3.0 * a_f, 260_000.0 * a_f))  # ISO 13790 Table 12, heavy
    assert thermal.zone_mass(b) == thermal.zone_mass(after)
    wx = weather_for_site(Site(city="Taiyuan"))
    assert thermal.simulate(after, wx).heating.m.sum() < thermal.simulate(b, wx).heating.m.sum()


def test_external_wall_insulation_lowers_the_thermal_bridge_allowance_to_beiblatt_2():
    from calc.measures import apply_measure
    from calc.model import Measure
    from calc.projectfile import load

    p = load("datasets/examples/residential_beijing_1980s.json")
    assert p.buildings[0].thermal_bridge_u.to("W/(m**2*K)").m == pytest.approx(0.15)
    wall = apply_measure(p, Measure(kind="wall_insulation", params={}))
    # DIN V 4108-6 / DIN 4108 Beiblatt 2 category A: 0.05 W/(m²K).
    assert wall.buildings[0].thermal_bridge_u.to("W/(m**2*K)").m == pytest.approx(0.05)
    roof = apply_measure(p, Measure(kind="roof_insulation", params={}))
    assert roof.buildings[0].thermal_bridge_u.to("W/(m**2*K)").m == pytest.approx(0.15)


def test_new_windows_bring_infiltration_down_to_the_jgj26_design_rate():
    from calc.measures import apply_measure
    from calc.model import Measure
    from calc.projectfile import load

    p = load("datasets/examples/residential_beijing_1980s.json")
    assert p.buildings[0].ventilation.infiltration_ach.to("1/h").m == pytest.approx(0.8)
    out = apply_measure(p, Measure(kind="window_replacement", params={}))
    assert out.buildings[0].ventilation.infiltration_ach.to("1/h").m == pytest.approx(0.5)
    tight = apply_measure(p, Measure(kind="window_replacement", params={"infiltration_ach": "1.2 1/h"}))
    assert tight.buildings[0].ventilation.infiltration_ach.to("1/h").m == pytest.approx(0.8)  # never leakier
