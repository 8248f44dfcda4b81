import pytest

from calc.model import Project, Window
from calc.schema import ValidationError, field_spec, from_data, get_path, set_path, to_data, walk_fields
from calc.units import Q_


def test_get_and_set_nested_path(residential):
    path = "buildings[0].wall.layers[1].thickness"
    assert get_path(residential, path) == Q_(370, "mm")
    edited = set_path(residential, path, Q_(490, "mm"))
    assert get_path(edited, path) == Q_(490, "mm")
    assert get_path(residential, path) == Q_(370, "mm")


def test_set_path_error_carries_full_path(residential):
    with pytest.raises(ValidationError) as err:
        set_path(residential, "buildings[0].wall.layers[1].thickness", Q_(-1, "mm"))
    assert err.value.errors[0].path == "buildings[0].wall.layers[1].thickness"


def test_set_path_cross_field_rule_names_field(residential):
    with pytest.raises(ValidationError) as err:
        set_path(residential, "buildings[0].equipment.design_return_temp", Q_(90, "degC"))
    assert err.value.errors[0].path == "buildings[0].equipment.design_return_temp"


def test_walk_fields_lists_every_leaf(residential):
    paths = {p for p, _, _ in walk_fields(residential)}
    assert "buildings[0].geometry.length" in paths
    assert "supply.network.pipes[2].dn" in paths
    assert "meta.name" in paths
    decl = dict((p, d) for p, _, d in walk_fields(residential))["buildings[0].window.u_value"]
    assert decl["unit"] == "W/(m**2*K)"


def test_field_spec_for_forms():
    spec = field_spec(Window, "shgc")
    assert spec["kind"] == "number" and spec["le"] == 1


def test_from_data_collects_all_problems():
    with pytest.raises(ValidationError) as err:
        from_data(Window, {"u_value": "x", "shgc": 3})
    paths = sorted(e.path for e in err.value.errors)
    assert paths == ["shgc", "u_value"]


def test_to_data_from_data_inverse(office):
    assert from_data(Project, to_data(office)) == office


def test_bool_is_not_a_number():
    with pytest.raises(ValidationError, match="must be a number"):
        Window(u_value=Q_(1, "W/(m**2*K)"), shgc=True)


def test_paths_without_item():
    from calc.schema import paths_without_item

    paths = ("meta.name", "buildings[0].wall.u_value", "buildings[1].roof", "buildings[2].window.shgc",
             "buildings[10].use", "measures[1].params")
    assert paths_without_item(paths, "buildings", 1) == (
        "meta.name", "buildings[0].wall.u_value", "buildings[1].window.shgc", "buildings[9].use", "measures[1].params")


def test_models_equal_by_value_and_unequal_on_any_field(residential):
    # a rebuilt equal building (as each row of a stock rebuilds its
    # archetype's) compares equal and hashes alike; any one field changed,
    # a quantity by a little or in another unit's spelling of another value,
    # makes it unequal
    b = residential.buildings[0]
    again = from_data(type(b), to_data(b))
    assert again is not b and again == b and hash(again) == hash(b)
    assert set_path(b, "geometry.length", b.geometry.length * 1.000001) != b
    assert set_path(b, "window.u_value", Q_(b.window.u_value.m + 0.1, "W/(m**2*K)")) != b
    assert set_path(b, "wall.solar_absorptance", 0.31 if b.wall.solar_absorptance != 0.31 else 0.32) != b
    assert b != b.geometry and (b == object()) is False
