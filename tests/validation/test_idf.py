"""The EnergyPlus input writer describes the same building as the model."""

from __future__ import annotations

import re

import pytest

from calc import geometry
from calc.units import Q_

from . import cases as C
from .idf import add_bridge, u_from_rows, write_idf

EPW = C.weather_path("Beijing")


def _objects(text, kind):
    """Field lists of every object of one kind in IDF text."""
    out = []
    for m in re.finditer(rf"^{re.escape(kind)},\n(.*?);\n", text, flags=re.S | re.M):
        out.append([f.strip() for f in m.group(1).split(",\n")])
    return out


def _polygon_area(fields):
    n = int(fields[0])
    pts = [tuple(float(x) for x in fields[1 + 3 * i: 4 + 3 * i]) for i in range(n)]
    # vertical or horizontal rectangles: area = |edge1| * |edge2|
    e1 = [b - a for a, b in zip(pts[0], pts[1])]
    e2 = [b - a for a, b in zip(pts[1], pts[2])]
    return (sum(x * x for x in e1) ** 0.5) * (sum(x * x for x in e2) ** 0.5)


def test_bridge_allowance_raises_u_by_delta():
    rows = [["brick", 0.37, 0.81, 1800.0, 1050.0], ["plaster", 0.02, 0.93, 1800.0, 1050.0]]
    u0 = 1.0 / (0.11 + 0.04 + 0.37 / 0.81 + 0.02 / 0.93)
    bridged = add_bridge(rows, 0.15)
    assert u_from_rows(bridged) == pytest.approx(u0 + 0.15, rel=1e-9)
    assert [r[1] for r in bridged] == [0.37, 0.02]          # thickness kept
    assert [r[3] * r[4] for r in bridged] == [r[3] * r[4] for r in rows]  # heat capacity kept


@pytest.mark.parametrize("name", ["res_beijing_base", "office_shanghai_package"])
def test_window_and_frame_areas_match_geometry(name):
    building, _ = C.build(C.CASE_BY_NAME[name])
    text = write_idf(building, EPW)
    fen = _objects(text, "FenestrationSurface:Detailed")
    for facade in ("south", "east", "north", "west"):
        expected = geometry.window_area(building, facade).to("m**2").m
        glazed = sum(_polygon_area(f[8:]) for f in fen if f[0] == f"Win_{facade}")
        frame = sum(_polygon_area(f[8:]) for f in fen if f[0] == f"Frame_{facade}")
        assert glazed + frame == pytest.approx(expected, rel=1e-6)
        assert frame == pytest.approx(expected * building.window.frame_fraction, rel=1e-6)


def test_a_south_only_device_gets_its_own_glazing():
    # SHGC × obstruction × device factor on the south windows only
    building, _ = C.build(C.CASE_BY_NAME["res_beijing_base"])
    win = building.window
    shaded = building.replace(window=win.replace(fixed_shading_south=0.5))
    text = write_idf(shaded, EPW)
    glazing = {g[0]: float(g[2]) for g in _objects(text, "WindowMaterial:SimpleGlazingSystem")}
    base = win.shgc * win.shading_factor
    assert glazing == pytest.approx({"Glazing_south": 0.5 * base, "Glazing_east": base,
                                     "Glazing_north": base, "Glazing_west": base})
    fen = {f[0]: f[2] for f in _objects(text, "FenestrationSurface:Detailed") if f[0].startswith("Win_")}
    assert fen == {f"Win_{f}": f"Window_{f}" for f in ("south", "east", "north", "west")}


def test_movable_blinds_switch_to_a_glazing_of_shgc_times_their_factor():
    # east blinds of 0.3 at 250 W/m² on a south-shaded window: only the east
    # window gets a control, its shaded glazing 0.3 × the east glazing's SHGC
    building, _ = C.build(C.CASE_BY_NAME["res_beijing_base"])
    win = building.window.replace(fixed_shading_south=0.5, movable_shading_east=0.3,
                                  movable_threshold=Q_(250.0, "W/m**2"))
    text = write_idf(building.replace(window=win), EPW)
    glazing = {g[0]: float(g[2]) for g in _objects(text, "WindowMaterial:SimpleGlazingSystem")}
    assert glazing["GlazingBlind_east"] == pytest.approx(0.3 * win.shgc * win.shading_factor)
    (control,) = _objects(text, "WindowShadingControl")
    assert control[:8] == ["Blinds_east", "Z", "1", "SwitchableGlazing", "WindowBlind_east",
                           "OnIfHighSolarOnWindow", "", "250"]
    assert control[-1] == "Win_east"


def test_wall_area_and_orientation():
    building, _ = C.build(C.CASE_BY_NAME["res_beijing_base"])
    text = write_idf(building, EPW)
    surfaces = {f[0]: f for f in _objects(text, "BuildingSurface:Detailed")}
    g = building.geometry
    assert _polygon_area(surfaces["Wall_south"][10:]) == pytest.approx(
        geometry.facade_gross_area(building, "south").to("m**2").m)
    # the south wall lies on y = 0 and faces -y (azimuth 180° with north axis 0)
    ys = [float(surfaces["Wall_south"][10 + 3 * i + 2]) for i in range(4)]
    assert ys == [0.0] * 4
    zone = _objects(text, "Zone")[0]
    assert float(zone[8]) == pytest.approx(geometry.volume(building).to("m**3").m)
    assert float(zone[9]) == pytest.approx(geometry.floor_area(building).to("m**2").m)
    assert int(sum(1 for k in surfaces if k.startswith("Floor_"))) == g.storeys - 1


def test_setpoint_includes_overheating():
    from calc import schema

    building, _ = C.build(C.CASE_BY_NAME["res_beijing_base"])
    building = schema.set_path(building, "operation.heating_setpoint", Q_(18.0, "degC"))
    building = schema.set_path(building, "operation.overheating", Q_(2.5, "K"))
    text = write_idf(building, EPW)
    sched = [f for f in _objects(text, "Schedule:Compact") if f[0] == "HeatingSetpoint"][0]
    assert "20.5" in sched and "18" not in sched


def test_calendar_follows_the_engine(tmp_path):
    """The weekday of 1 January reaches EnergyPlus as the engine takes it:
    the Beijing CSWD file's first record is of 2005, and 1 January 2005 was
    a Saturday; a given weekday is written as given."""
    epw = C.epw_for_energyplus("Beijing", tmp_path)
    b, _ = C.build(C.CASE_BY_NAME["office_beijing_base"])
    for choice, day in (("weather_year", "Saturday"), ("reference_year", "Sunday"), ("wednesday", "Wednesday")):
        text = write_idf(b.replace(operation=b.operation.replace(first_weekday=choice)), epw)
        run = re.search(r"RunPeriod,(.*?);", text, re.S).group(1)
        assert day in run


def test_kiva_deep_ground_is_deep_in_every_climate():
    # EnergyPlus's "Autoselect" would hold a water table at 0.1022 × the site
    # elevation at the mean air temperature: 0.56 m under the slab in
    # Shanghai (5.5 m). The reference keeps one deep boundary everywhere.
    b, _ = C.build(C.CASE_BY_NAME["own_shanghai_base"])
    text = write_idf(b, C.weather_path("Shanghai"))
    (settings,) = _objects(text, "Foundation:Kiva:Settings")
    assert settings[7:9] == ["ZeroFlux", "40"]
