"""Projects at the corners the generators of test_property_assess.py do not
reach: fields at their accepted ends, the tiniest and the largest blocks,
all-glass facades, no gains, no infiltration, HVAC whenever needed, every
city. Whatever the model accepts assesses to finite numbers (the check of
test_property_assess.py); a corner the model refuses is the validation
working.

The emitters and the network pumps are sized by the engine for the design
load (calc.installed) and stored in fields the model bounds; an accepted
block too small and leaky, or a design flow barely above the room, asked
for more than those bounds and failed inside the assessment. The sized
values are now the largest the model holds, and the checks say the
emitters (or pumps) fall short.
"""

from __future__ import annotations

import dataclasses

import pytest

from calc.climate import weather_for_site
from calc.emitters import check_emitters
from calc.installed import as_installed
from calc.model import Equipment, HeatingNetwork
from calc.projectfile import load
from calc.schema import ValidationError, field_spec, set_path
from calc.thermal import design_heat_load
from calc.units import Q_

from ..conftest import EXAMPLES
from .test_property_assess import check_assessable

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")

SAMPLES = {p.stem: load(p) for p in sorted(EXAMPLES.glob("*.json")) if p.stem != "stock_package"}
RESIDENTIAL = SAMPLES["residential_beijing_1980s"]
B = "buildings[0]."


def _set(project, **paths):
    for path, value in paths.items():
        project = set_path(project, path.replace("__", "."), value)
    return project


def _leaky_cell(project, city="Qiqihar", side=3.0):
    """One storey of side × side m, 10 m high, every U at the model's 10
    W/(m²·K), 10 air changes: the most heat per floor area a small block
    the model accepts can lose."""
    p = set_path(project, "site.city", city)
    p = _set(p, **{B + "geometry__length": Q_(side, "m"), B + "geometry__width": Q_(side, "m"),
                   B + "geometry__storeys": 1, B + "geometry__storey_height": Q_(10, "m"),
                   B + "window__u_value": Q_(10, "W/(m**2*K)"),
                   B + "ventilation__infiltration_ach": Q_(10, "1/h")})
    for part in ("wall", "roof", "ground_floor"):
        p = set_path(p, B + part + ".u_value", Q_(10, "W/(m**2*K)"))
        p = set_path(p, B + part + ".layers", ())
    return p


def test_a_leaky_3m_cell_gets_the_largest_emitters_and_is_told_they_fall_short():
    project = _leaky_cell(RESIDENTIAL)
    check_assessable(project)
    weather = weather_for_site(project.site)
    b = as_installed(project, weather).buildings[0]
    top = field_spec(Equipment, "emitter_output_50")["le"]
    assert b.equipment.emitter_output_50.to("W/m**2").m == pytest.approx(top)
    # EN 442 by hand: Φ = Φ50·A·(ΔT/50)^n, ΔT the mean of the design flow and
    # return less the room, n = 1.3 for radiators
    eq, room = b.equipment, b.operation.heating_setpoint.to("degC").m
    dt = (eq.design_supply_temp.to("degC").m + eq.design_return_temp.to("degC").m) / 2 - room
    by_hand_kw = top * 9.0 * (dt / 50.0) ** 1.3 / 1000.0
    check = check_emitters(b, design_heat_load(b, weather))
    assert check.output.to("kW").m == pytest.approx(by_hand_kw, rel=1e-9)
    assert check.load_ratio > 1 and not check.ok


def test_emitters_designed_just_above_the_room_temperature_assess():
    # 20/18.01 °C at an 18 °C room: ΔT 1 K asks 50^1.3 ≈ 160 times the design load at ΔT 50 K
    check_assessable(_set(RESIDENTIAL, **{B + "equipment__design_return_temp": Q_(18.01, "degC"),
                                          B + "equipment__design_supply_temp": Q_(20, "degC")}))


def test_a_huge_block_on_a_narrow_network_spread_gets_the_largest_pumps():
    p = _set(RESIDENTIAL, **{B + "geometry__length": Q_(1000, "m"), B + "geometry__width": Q_(1000, "m"),
                             B + "geometry__storeys": 150, B + "equipment__design_supply_temp": Q_(61, "degC"),
                             "supply.network.design_supply_temp": Q_(61, "degC"),
                             "supply.network.design_return_temp": Q_(60.9, "degC")})
    top = field_spec(HeatingNetwork, "design_flow")["le"]
    flow = as_installed(p, weather_for_site(p.site)).supply.network.design_flow
    assert flow.to("m**3/h").m == pytest.approx(top)
    check_assessable(p)


def test_a_substation_barely_efficient_assesses():
    # the design flow is the load over the substation efficiency: 1e-6 asked 9e6 m³/h
    check_assessable(set_path(RESIDENTIAL, "supply.network.substation_efficiency", 1e-6))


# The Shenzhen office's heat pump at 5 °C (design outdoor 7 °C) stopped in
# the heating curve, which divided by the room less the design outdoor
# temperature.
@pytest.mark.parametrize("sample", sorted(SAMPLES))
def test_a_heating_setpoint_below_the_design_outdoor_temperature_assesses(sample):
    # 5 °C may need no heating at the design hour: no emitters to size
    try:
        p = set_path(SAMPLES[sample], B + "operation.heating_setpoint", Q_(5, "degC"))
    except ValidationError:
        pytest.skip("the sample's other temperatures refuse a 5 °C setpoint")
    check_assessable(p)


GEOMETRY_ENDS = [("length", Q_(1e-6, "m")), ("length", Q_(1000, "m")), ("width", Q_(1e-6, "m")),
                 ("width", Q_(1000, "m")), ("storeys", 1), ("storeys", 150), ("storey_height", Q_(2, "m")),
                 ("storey_height", Q_(10, "m"))]


@pytest.mark.parametrize("field,value", GEOMETRY_ENDS, ids=[f"{f}={v}" for f, v in GEOMETRY_ENDS])
@pytest.mark.parametrize("sample", ["residential_beijing_1980s"])
def test_geometry_at_its_ends_assesses(sample, field, value):
    check_assessable(set_path(SAMPLES[sample], B + "geometry." + field, value))


@pytest.mark.parametrize("sample", sorted(SAMPLES))
def test_all_glass_no_gains_no_infiltration_hvac_whenever_needed(sample):
    p = SAMPLES[sample]
    g = dataclasses.replace(p.buildings[0].geometry, wwr_south=0.95, wwr_east=0.95, wwr_north=0.95, wwr_west=0.95)
    p = _set(p, **{B + "geometry": g, B + "operation__internal_gains": Q_(0, "W/m**2"),
                   B + "ventilation__infiltration_ach": Q_(0, "1/h")})
    try:
        p = set_path(p, B + "operation.hvac_availability", "whenever_needed")
    except ValidationError:  # a network heats only in its season: the model says so
        p = set_path(p, B + "operation.hvac_availability", "heating_in_season")
    check_assessable(p)


def _null_keys(node, out):
    if isinstance(node, dict):
        for k, v in node.items():
            out.add(k) if v is None else _null_keys(v, out)
    elif isinstance(node, list):
        for v in node:
            _null_keys(v, out)
    return out


def _all_glass_office():
    p = SAMPLES["office_shanghai_1990s"]
    g = dataclasses.replace(p.buildings[0].geometry, wwr_south=0.95, wwr_east=0.95, wwr_north=0.95, wwr_west=0.95)
    return set_path(p, B + "geometry", g)


@pytest.mark.parametrize("make", [lambda: _leaky_cell(RESIDENTIAL), _all_glass_office,
                                  *[(lambda s=s: SAMPLES[s]) for s in sorted(SAMPLES)]],
                         ids=["leaky cell", "all-glass office", *sorted(SAMPLES)])
def test_every_null_in_the_results_json_is_a_documented_not_applicable(make):
    from calc.assess import assess
    from calc.results import json_key_docs, to_json

    docs: dict = {}
    for _, key, _, doc in json_key_docs():
        docs.setdefault(key, []).append(doc.lower())
    nulls = _null_keys(to_json(assess(make(), sensitivity=False)), set())
    silent = sorted(k for k in nulls if not any("null" in d or "none" in d for d in docs.get(k, [])))
    assert not silent, f"null without a documented reason: {silent}"


def test_a_grid_year_without_power_supply_coal_data_is_refused_at_the_field():
    # with the grid factor entered, the year still picks the power-supply coal
    # consumption, which both electricity methods need; 2016 is not published
    p = set_path(SAMPLES["office_shanghai_1990s"], "accounting.grid_factor", Q_(0.5, "kg/kWh"))
    with pytest.raises(ValidationError, match=r"accounting\.grid_year = 2016: no power-supply coal consumption"):
        set_path(p, "accounting.grid_year", 2016)
    check_assessable(set_path(p, "accounting.grid_year", 2015))


def test_a_grid_year_with_both_factors_entered_assesses():
    p = _set(SAMPLES["office_shanghai_1990s"], **{"accounting.grid_factor": Q_(0.5, "kg/kWh"),
                                                  "accounting.power_supply_coal": Q_(0.3, "kgce/kWh")})
    check_assessable(set_path(p, "accounting.grid_year", 2100))
