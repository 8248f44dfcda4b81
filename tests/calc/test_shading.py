"""External shading by facade, fixed and movable (calc.shading and the
external_shading measure), each against a hand calculation."""

import dataclasses
import json

import numpy as np
import pytest

from calc import geometry, solar
from calc.economics import measure_cost
from calc.measures import apply_measure
from calc.model import FACADES, Measure
from calc.projectfile import load, loads
from calc.shading import device_factor
from calc.thermal import zone_inputs
from calc.units import Q_

from tests.conftest import ROOT

from .test_thermal import BEIJING_LIKE, make_building

BOX = make_building()
OFFICE = load(ROOT / "datasets/examples/office_shenzhen_2000s.json")


def _facade_sun(b, weather):
    """Window area [m²], incident and transmitted irradiance [W/m²] of each
    facade, straight from calc.solar (the shading code is not used)."""
    az = [geometry.facade_azimuth(b, f) for f in FACADES]
    irr = solar.irradiance_on_planes(weather, Q_([90.0] * 4, "deg"), Q_(az, "deg"),
                                     panes=solar.window_glazing(b.window))
    areas = np.array([geometry.window_area(b, f).to("m**2").m for f in FACADES])
    return areas, irr["incident"].m, irr["transmitted"].m


def _phi_sol(b, weather=BEIJING_LIKE):
    return zone_inputs(b, weather).phi_sol


def _shaded(b, **params):
    return apply_measure(_project(b), Measure(kind="external_shading", params=params)).buildings[0]


def _project(b):
    return dataclasses.replace(OFFICE, buildings=(b,), measures=(), variants=())


def test_device_factor_hour_by_hour():
    # fixed 0.8 all hours; movable 0.5 only above 300 W/m² (strictly)
    incident = np.array([0.0, 250.0, 300.0, 300.5, 800.0])
    got = device_factor(0.8, 0.5, incident, 300.0)
    assert got.tolist() == pytest.approx([0.8, 0.8, 0.8, 0.4, 0.4], abs=1e-15)


def test_south_only_fixed_device_removes_the_south_share():
    # ΣΦ_sol falls by (1 − F) × the south windows' share of the transmitted sun
    f = 0.6
    areas, _, trans = _facade_sun(BOX, BEIJING_LIKE)
    south_share = areas[0] * trans[0].sum() / (areas @ trans).sum()
    before = _phi_sol(BOX).sum()
    after = _phi_sol(_shaded(BOX, shading_factor=f, south="yes", east="no", north="no", west="no")).sum()
    assert 0.2 < south_share < 0.8  # the check means something
    assert after == pytest.approx(before * (1.0 - south_share * (1.0 - f)), rel=1e-12)


def test_movable_above_every_hour_changes_nothing_below_every_hour_equals_fixed():
    _, incident, _ = _facade_sun(BOX, BEIJING_LIKE)
    assert incident.max() < 1500.0
    facades = dict(south="yes", east="yes", north="yes", west="yes")
    never = _shaded(BOX, device="movable", shading_factor=0.3, threshold="1500 W/m**2", **facades)
    always = _shaded(BOX, device="movable", shading_factor=0.3, threshold="0 W/m**2", **facades)
    fixed = _shaded(BOX, device="fixed", shading_factor=0.3, **facades)
    np.testing.assert_array_equal(_phi_sol(never), _phi_sol(BOX))
    # at night incident and transmitted sun are both zero, so "deployed
    # whenever the sun shines" is the fixed device
    np.testing.assert_allclose(_phi_sol(always), _phi_sol(fixed), rtol=1e-12, atol=1e-9)
    assert _phi_sol(fixed).sum() == pytest.approx(0.3 * _phi_sol(BOX).sum(), rel=1e-12)


def test_movable_south_device_hour_by_hour():
    # Φ_sol,t = (1 − F_F) g F_sh Σ_f A_f T_f,t, the south term × 0.4 only
    # in the hours its incident sun exceeds 300 W/m²
    b = _shaded(BOX, device="movable", shading_factor=0.4, south="yes", east="no", north="no", west="no")
    areas, incident, trans = _facade_sun(BOX, BEIJING_LIKE)
    win = BOX.window
    c = (1.0 - win.frame_fraction) * win.shgc * win.shading_factor
    phi = _phi_sol(b)
    hi = np.flatnonzero(incident[0] > 300.0)
    lo = np.flatnonzero((incident[0] > 0.0) & (incident[0] <= 300.0))
    assert len(hi) > 100 and len(lo) > 100
    for t in (hi[0], hi[len(hi) // 2], lo[0], lo[len(lo) // 2], 0):
        south = areas[0] * trans[0, t] * (0.4 if incident[0, t] > 300.0 else 1.0)
        expected = c * (south + areas[1:] @ trans[1:, t])
        assert phi[t] == pytest.approx(expected, rel=1e-12, abs=1e-12), t


def test_devices_stack_and_keep_the_obstruction_factor():
    b = BOX.replace(window=BOX.window.replace(shading_factor=0.9, fixed_shading_south=0.8))
    after = _shaded(b, shading_factor=0.5, east="no", west="no")
    w = after.window
    assert (w.shading_factor, w.fixed_shading_south, w.fixed_shading_east, w.fixed_shading_north) == \
        pytest.approx((0.9, 0.4, 1.0, 1.0))
    moved = _shaded(b, device="movable", shading_factor=0.5, threshold="250 W/m**2")
    assert moved.window.fixed_shading_south == 0.8 and moved.window.movable_shading_west == 0.5
    assert moved.window.movable_shading_north == 1.0 and moved.window.movable_threshold.m == 250.0


def test_price_counts_only_the_shaded_windows():
    # 300 CNY/m² (measure_costs.csv, fixed) × the south windows: 20 m × 9 m × 0.3
    project = _project(BOX)
    south = Measure(kind="external_shading", params={"east": "no", "west": "no"})
    assert measure_cost(project, south).gross.to("CNY").m == pytest.approx(300.0 * 20 * 9 * 0.3, rel=1e-12)
    default = Measure(kind="external_shading", params={"device": "movable"})
    # south, east and west by default: 700 CNY/m² × (54 + 2 × 10 m × 9 m × 0.1)
    assert measure_cost(project, default).gross.to("CNY").m == pytest.approx(700.0 * (54 + 18), rel=1e-12)


def test_version_1_file_keeps_its_device_on_every_facade():
    doc = json.loads((ROOT / "datasets/examples/office_shenzhen_2000s.json").read_text(encoding="utf-8"))
    doc["version"] = 1
    old = {"kind": "external_shading", "params": {"device": "fixed", "shading_factor": 0.7}}
    doc["project"]["measures"] = [old]
    doc["project"]["variants"] = [{"name": "v", "measures": [old]}]
    project = loads(json.dumps(doc))
    for m in (project.measures[0], project.variants[0].measures[0]):
        assert [m.param(f) for f in FACADES] == ["yes"] * 4
    # a version-2 measure keeps the facades it names, and the defaults
    doc["version"] = 2
    doc["project"]["measures"] = [{"kind": "external_shading", "params": {"north": "no"}}]
    doc["project"]["variants"] = []
    m = loads(json.dumps(doc)).measures[0]
    assert [m.param(f) for f in FACADES] == ["yes", "yes", "no", "yes"]


def test_movable_keeps_the_sun_a_fixed_device_loses_in_shenzhen():
    # on the south, east and west windows of the Shenzhen office: blinds of
    # the same factor shade only the strong-sun hours, so they save less
    # cooling and cost less heating than the fixed device; deployed blinds of
    # 0.15 (ISO 13790 Annex G, external venetian) against an overhang's 0.6
    # save about as much cooling and add under half its heating (the claim
    # of docs/manual.md)
    from calc.climate import weather_for_site
    from calc.thermal import simulate

    w = weather_for_site(OFFICE.site)
    b0 = OFFICE.buildings[0]

    def needs(**params):
        r = simulate(_shaded(b0, **params) if params else b0, w)
        return r.heating.m.sum(), r.cooling.m.sum()

    h0, c0 = needs()
    hf, cf = needs(device="fixed", shading_factor=0.6)
    hm, cm = needs(device="movable", shading_factor=0.6)
    hb, cb = needs(device="movable", shading_factor=0.15)
    assert c0 > cm > cf and h0 < hm < hf
    assert (c0 - cb) == pytest.approx(c0 - cf, rel=0.1)
    assert hb - h0 < 0.5 * (hf - h0)


def test_the_default_factor_follows_the_device():
    # ISO 13790:2008 Annex G.5.2, external white venetian blind: 0.15; an
    # overhang's seasonal share: 0.6; a factor given is kept either way
    assert Measure(kind="external_shading", params={"device": "movable"}).param("shading_factor").m == 0.15
    assert Measure(kind="external_shading").param("shading_factor").m == 0.6
    given = Measure(kind="external_shading", params={"device": "movable", "shading_factor": 0.35})
    assert given.param("shading_factor").m == 0.35


def test_version_2_blinds_keep_the_factor_they_were_assessed_with():
    doc = json.loads((ROOT / "datasets/examples/office_shenzhen_2000s.json").read_text(encoding="utf-8"))
    doc["version"] = 2
    blinds = {"kind": "external_shading", "params": {"device": "movable"}}
    given = {"kind": "external_shading", "params": {"device": "movable", "shading_factor": 0.2}}
    doc["project"]["measures"] = [blinds]
    doc["project"]["variants"] = [{"name": "v", "measures": [given]}]
    project = loads(json.dumps(doc))
    assert [m.param("shading_factor").m for m in (project.measures[0], project.variants[0].measures[0])] \
        == [0.6, 0.2]
    doc["version"] = 3  # written now, the default is the blinds' own
    assert loads(json.dumps(doc)).measures[0].param("shading_factor").m == 0.15


def test_with_choice_moves_only_a_factor_left_at_its_default():
    from calc.model.measures import with_choice

    fixed = Measure(kind="external_shading").params
    assert with_choice("external_shading", fixed, "device", "movable")["shading_factor"].m == 0.15
    typed = {**fixed, "shading_factor": Q_(0.5, "dimensionless")}
    assert with_choice("external_shading", typed, "device", "movable")["shading_factor"].m == 0.5
    blinds = Measure(kind="external_shading", params={"device": "movable"}).params
    assert with_choice("external_shading", blinds, "device", "fixed")["shading_factor"].m == 0.6
