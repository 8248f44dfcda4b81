"""Rows -> projects through the archetypes; every bad row names its row
number and column."""

import pytest

from calc.geometry import floor_area
from calc.model import Measure
from calc.stock.rows import RowErrors, project_from_rows
from calc.stock.table import RawRow

UNITS = {"floor_area": "m²", "footprint": "m²", "wall.u_value": "W/(m²·K)"}
WALL = Measure(kind="wall_insulation", params={})
BALANCING = Measure(kind="hydraulic_balancing", params={})


def row(number=2, **cells):
    base = {"id": "B1", "city": "Beijing", "use": "office", "era": "1996_2004", "floor_area": "4800"}
    base.update(cells)
    return RawRow(number, {k: v for k, v in base.items() if v is not None})


def errors_of(rows, units=UNITS):
    with pytest.raises(RowErrors) as e:
        project_from_rows(rows, units, [WALL])
    return [(x.row, x.column, x.message) for x in e.value.errors]


def test_floor_area_scales_the_archetype_block():
    project, infos, _ = project_from_rows([row(storeys="4")], UNITS, [WALL])
    b = project.buildings[0]
    # 4800 m² over 4 storeys: a footprint of 1200 m², length x width
    assert floor_area(b).to("m**2").m == pytest.approx(4800.0, rel=1e-9)
    assert b.geometry.storeys == 4
    assert b.geometry.length.m * b.geometry.width.m == pytest.approx(1200.0, rel=1e-9)
    assert "buildings[0].geometry.storeys" not in project.defaults
    assert "buildings[0].wall.layers[0].thickness" in project.defaults
    assert infos[0].id == "B1" and b.name == "B1"


def test_footprint_times_storeys():
    project, _, _ = project_from_rows([row(floor_area=None, footprint="500", storeys="5")], UNITS, [WALL])
    assert floor_area(project.buildings[0]).m == pytest.approx(2500.0, rel=1e-9)


def test_override_column_sets_the_field_and_is_no_longer_a_default():
    project, _, _ = project_from_rows([row(**{"wall.u_value": "0.6"})], UNITS, [WALL])
    assert project.buildings[0].wall.u_value.to("W/(m**2*K)").m == pytest.approx(0.6)
    assert "buildings[0].wall.u_value" not in project.defaults


def test_override_of_a_project_field():
    project, _, _ = project_from_rows([row(**{"accounting.electricity_method": "equal_value"})], UNITS, [WALL])
    assert project.accounting.electricity_method == "equal_value"


def test_unknown_city_missing_area_wrong_unit_and_text_in_number():
    assert errors_of([row(city="Atlantis")])[0][:2] == (2, "city")
    assert errors_of([row(number=5, floor_area=None)]) == [
        (5, "floor_area [m²]", "missing; give floor_area [m²], or footprint [m²] with storeys")]
    msg = errors_of([row(floor_area="1200")], units={"floor_area": "kg"})
    assert msg[0][:2] == (2, "floor_area [kg]") and "wrong kind of unit" in msg[0][2]
    msg = errors_of([row(floor_area="about 1200")])
    assert msg[0][:2] == (2, "floor_area [m²]") and "'about 1200'" in msg[0][2]
    msg = errors_of([row(storeys="six")])
    assert msg[0][:2] == (2, "storeys") and "'six' is not a number" in msg[0][2]


def test_wrong_unit_in_an_override_header_and_bounds():
    msg = errors_of([row(**{"wall.u_value": "0.6"})], units={**UNITS, "wall.u_value": "m"})
    assert msg[0][:2] == (2, "wall.u_value [m]") and "wrong kind of unit" in msg[0][2]
    msg = errors_of([row(**{"wall.u_value": "40"})])
    assert msg[0][:2] == (2, "wall.u_value [W/(m²·K)]") and "40" in msg[0][2]
    msg = errors_of([row(**{"wall.colour": "red"})])
    assert msg[0][:2] == (2, "wall.colour") and "not a field of the model" in msg[0][2]


def test_every_error_of_a_row_is_listed():
    got = errors_of([row(use="castle", era="1700s", floor_area="-3")])
    assert {c for _, c, _ in got} == {"use", "era", "floor_area [m²]"}


def test_rows_of_a_network_become_one_district_heated_project():
    rows = [row(2, id="A", use="residential", network="N1"), row(3, id="B", use="residential", network="N1")]
    project, infos, skipped = project_from_rows(rows, UNITS, [WALL, BALANCING])
    assert [b.name for b in project.buildings] == ["A", "B"]
    assert project.supply.kind == "district_heating"
    assert [m.kind for m in project.measures] == ["wall_insulation", "hydraulic_balancing"]
    assert skipped == () and [i.row for i in infos] == [2, 3]


def test_network_rows_must_share_city_and_heat_source():
    rows = [row(2, id="A", network="N1"), row(3, id="B", network="N1", city="Tianjin", heat_source="gas_boiler")]
    got = errors_of(rows)
    assert (3, "city") in {(r, c) for r, c, _ in got} and (3, "heat_source") in {(r, c) for r, c, _ in got}


def test_measures_that_do_not_fit_the_supply_are_left_out_with_the_reason():
    project, _, skipped = project_from_rows([row(heat_source="gas_boiler")], UNITS, [WALL, BALANCING])
    assert [m.kind for m in project.measures] == ["wall_insulation"]
    assert skipped == ("hydraulic_balancing: needs a heating network; the heat source has none",)


@pytest.mark.parametrize("kind", ["district_heating", "gas_boiler", "coal_boiler", "oil_boiler", "electric",
                                  "air_source_heat_pump", "ground_source_heat_pump"])
def test_every_heat_source_makes_a_valid_project(kind):
    project, _, _ = project_from_rows([row(heat_source=kind)], UNITS, [WALL])
    assert project.supply.kind == kind


def test_a_measure_the_model_rejects_for_this_building_is_left_out_the_rest_kept():
    hp = Measure(kind="heat_pump", params={"kind": "air_source_heat_pump"})
    project, _, skipped = project_from_rows([row(use="residential", network="N1")], UNITS, [hp, WALL])
    assert [m.kind for m in project.measures] == ["wall_insulation"]
    assert len(skipped) == 1 and skipped[0].startswith("heat_pump: ") and "85" in skipped[0]


def test_the_project_file_of_every_row_loads_to_the_project_assessed(tmp_path):
    """A stock task assesses the project it writes without reading the file
    back: that is sound only while the file loads to an equal project with
    the same text (every figure at full precision in its field's unit)."""
    from calc.projectfile import dumps, loads
    from calc.stock.portfolio import DEFAULT_PACKAGE, read_packages
    from calc.stock.table import read_stock
    from calc.stock.tasks import group_tasks, measures_from_data
    from tests.conftest import ROOT

    from .factory import stock_rows, write_stock

    stocks = (write_stock(tmp_path / "s.csv", stock_rows(100)), ROOT / "datasets" / "examples" / "stock_city_mix.csv")
    checked = 0
    for stock in stocks:
        columns, rows = read_stock(stock)
        tasks, _ = group_tasks(rows, {c.name: c.unit for c in columns if c.unit},
                               read_packages(ROOT / "datasets" / "examples" / "stock_package.json"), DEFAULT_PACKAGE)
        for t in tasks:
            project, _, _ = project_from_rows(t.rows, t.units, measures_from_data(t.package[1]))
            text = dumps(project)
            again = loads(text)
            assert again == project and dumps(again) == text, t.key
            checked += 1
    assert checked > 100
