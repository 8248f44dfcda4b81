"""Every validation rule of the model names the field path, the value and what is allowed."""

import dataclasses

import pytest

from calc.model import Building, Construction, Geometry, HeatingSupply, Layer, Measure, Operation, Window
from calc.schema import ValidationError, get_path, set_path
from calc.units import Q_


def _paths(err: ValidationError):
    return [e.path for e in err.errors]


def _reject(project, path, value, fragment):
    with pytest.raises(ValidationError) as err:
        set_path(project, path, value)
    assert path in _paths(err.value), _paths(err.value)
    assert fragment in str(err.value)
    return err.value


@pytest.mark.parametrize("path, value, fragment", [
    ("buildings[0].geometry.length", Q_(-5, "m"), "must be > 0"),
    ("buildings[0].geometry.width", Q_(0, "m"), "must be > 0"),
    ("buildings[0].wall.u_value", Q_(0, "W/(m**2*K)"), "must be > 0"),
    ("buildings[0].window.u_value", Q_(-1, "W/(m**2*K)"), "must be > 0"),
    ("buildings[0].geometry.wwr_south", 0.99, "window area must be smaller than the wall area"),
    ("buildings[0].geometry.wwr_north", 1.5, "≤ 1"),
    ("buildings[0].operation.cooled_floor_share", 0.0, "must be > 0"),
    ("buildings[0].operation.cooled_floor_share", 1.2, "≤ 1"),
    ("buildings[0].operation.heating_setpoint", Q_(40, "degC"), "≤ 35"),
    ("buildings[0].operation.heating_setpoint", Q_(2, "degC"), "≥ 5"),
    ("buildings[0].operation.heating_season_start", "13-01", "MM-DD"),
    ("buildings[0].operation.heating_season_end", "02-30", "MM-DD"),
    ("buildings[0].operation.heating_season_end", "11-15", "must differ"),
    ("buildings[0].operation.heating_season_end", "11-015", "must differ"),  # the same day written otherwise
    ("supply.efficiency", 1.2, "≤ 1"),
    ("site.city", "Atlantis", "unknown city"),
    ("meta.date", "2026-13-01", "YYYY-MM-DD"),
    ("buildings[0].geometry.storeys", 0, "≥ 1"),
    ("buildings[0].window.shgc", 0.0, "> 0"),
])
def test_impossible_inputs_are_rejected_with_path(residential, path, value, fragment):
    err = _reject(residential, path, value, fragment)
    line = str(err)
    assert path in line


def test_wrong_unit_kind_is_rejected(residential):
    _reject(residential, "buildings[0].wall.u_value", Q_(3, "kg"), "wrong kind of unit")


def test_heat_pump_cop_must_be_positive():
    with pytest.raises(ValidationError, match="carnot_efficiency"):
        Measure(kind="heat_pump", params={"carnot_efficiency": 0})
    with pytest.raises(ValidationError, match="params.carnot_efficiency"):
        Measure(kind="heat_pump", params={"carnot_efficiency": -0.3})


def test_measure_params_get_defaults_and_units():
    m = Measure(kind="wall_insulation", params={"thickness": "12 cm"})
    assert m.params["thickness"] == Q_(120, "mm")
    assert m.params["material"] == "EPS"


def test_unknown_measure_param_lists_allowed():
    with pytest.raises(ValidationError, match="allowed: material, thickness"):
        Measure(kind="wall_insulation", params={"thicknes": "12 cm"})


def test_heat_pump_source_needs_heat_pump_data():
    with pytest.raises(ValidationError, match="heat_pump"):
        HeatingSupply(kind="air_source_heat_pump")


def test_district_heating_needs_network():
    with pytest.raises(ValidationError, match="network"):
        HeatingSupply(kind="district_heating")


def test_construction_needs_u_or_layers():
    with pytest.raises(ValidationError, match="give either a U-value or at least one layer"):
        Construction(name="empty")


def test_all_errors_reported_at_once():
    with pytest.raises(ValidationError) as err:
        Window(u_value=Q_(-1, "W/(m**2*K)"), shgc=2.0, frame_fraction=1.0)
    assert sorted(_paths(err.value)) == ["frame_fraction", "shgc", "u_value"]


def test_quantities_are_normalised_to_declared_unit():
    layer = Layer(material="EPS", thickness=Q_(0.1, "m"), conductivity=Q_(0.039, "W/(m*K)"))
    assert layer.thickness.units == Q_(1, "mm").units
    assert layer.thickness.m == pytest.approx(100.0)


def test_baseline_survives_an_edit(residential):
    edited = set_path(residential, "buildings[0].wall.u_value", Q_(0.4, "W/(m**2*K)"))
    assert get_path(edited, "buildings[0].wall.u_value") == Q_(0.4, "W/(m**2*K)")
    assert residential.buildings[0].wall.u_value is None
    assert edited != residential


def test_model_is_immutable(residential):
    with pytest.raises(dataclasses.FrozenInstanceError):
        residential.meta.name = "x"


def test_public_and_residential(residential, office):
    assert not residential.is_public
    assert office.is_public


def test_cooling_setpoint_above_heating():
    with pytest.raises(ValidationError, match="cooling_setpoint"):
        Operation(heating_setpoint=Q_(20, "degC"), cooling_setpoint=Q_(18, "degC"), internal_gains=Q_(3, "W/m**2"))


def test_geometry_defaults_valid():
    g = Geometry(length=Q_(10, "m"), width=Q_(10, "m"), storeys=1)
    assert g.storey_height == Q_(2.9, "m")


def test_building_names_unique(residential):
    b = residential.buildings[0]
    with pytest.raises(ValidationError, match="unique"):
        dataclasses.replace(residential, buildings=(b, b))
    assert isinstance(b, Building)


def test_projects_with_measures_hash_and_equal_projects_hash_equal(residential):
    import dataclasses

    from calc.projectfile import dumps, loads

    copy = loads(dumps(residential))
    assert residential.measures and copy is not residential
    assert hash(copy) == hash(residential) and len({copy, residential}) == 1
    fewer = dataclasses.replace(residential, measures=residential.measures[:-1])
    assert fewer != residential and len({fewer, residential}) == 2
