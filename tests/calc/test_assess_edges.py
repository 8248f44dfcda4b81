"""Inputs at the edge of the valid space still give a complete, finite
assessment (or a clear error) -- never NaN, inf or a crash."""

import dataclasses
import math

import pytest

from calc.assess import assess
from calc.model import HeatingSupply, HeatPump, Measure
from calc.results import to_json
from calc.schema import ValidationError, set_path
from calc.units import Q_


def _finite(node, path="assessment"):
    if isinstance(node, float):
        assert math.isfinite(node), path
    elif isinstance(node, dict):
        for k, v in node.items():
            _finite(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            _finite(v, f"{path}[{i}]")


CASES = {
    "no_windows": dict(buildings__0__geometry__wwr_south=0.0, buildings__0__geometry__wwr_north=0.0,
                       buildings__0__geometry__wwr_east=0.0, buildings__0__geometry__wwr_west=0.0),
    "tiny_hut": dict(buildings__0__geometry__length=Q_(3, "m"), buildings__0__geometry__width=Q_(2.5, "m"),
                     buildings__0__geometry__storeys=1, buildings__0__dwellings=1),
    "tower": dict(buildings__0__geometry__length=Q_(80, "m"), buildings__0__geometry__width=Q_(40, "m"),
                  buildings__0__geometry__storeys=60),
    "airtight": dict(buildings__0__ventilation__infiltration_ach=Q_(0, "1/h"),
                     buildings__0__ventilation__window_airing_ach=Q_(0, "1/h")),
    "leaky": dict(buildings__0__ventilation__infiltration_ach=Q_(8, "1/h")),
    "coldest_city": dict(site__city="Harbin"),
    "hot_city": dict(site__city="Haikou"),
    "mild_city": dict(site__city="Kunming"),
    "rotated": dict(buildings__0__geometry__rotation=Q_(135, "deg")),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_edge_project_assesses_finite(residential, case):
    # Python identifiers cannot hold "[0]"; the case keys spell indexes as __0__
    project = residential
    for key, value in CASES[case].items():
        path = key.replace("__0__", "[0].").replace("__", ".")
        project = set_path(project, path, value)
    a = assess(project, sensitivity=False)
    _finite(to_json(a))
    assert a.baseline.heating_need.m >= 0
    assert a.package.heating_need.m <= a.baseline.heating_need.m * 1.001


def test_undersized_heat_pump_uses_backup(office):
    hp = HeatPump(capacity=Q_(5, "kW"), backup="electric")
    project = dataclasses.replace(office, supply=HeatingSupply(kind="air_source_heat_pump", heat_pump=hp), measures=())
    a = assess(project, sensitivity=False)
    _finite(to_json(a))
    assert a.baseline.backup_share.m > 50


def test_network_without_pipes_uses_assumed_loss(residential):
    net = dataclasses.replace(residential.supply.network, pipes=())
    measures = tuple(m for m in residential.measures if m.kind != "pipe_renewal")
    project = dataclasses.replace(residential, supply=dataclasses.replace(residential.supply, network=net),
                                  measures=measures)
    a = assess(project, sensitivity=False)
    assert a.baseline.network.loss_share.m == pytest.approx(100 * net.assumed_loss_share, rel=0.02)


def test_boiler_renewal_on_district_heating_is_a_clear_error(residential):
    with pytest.raises(ValidationError) as err:
        dataclasses.replace(residential, measures=(Measure(kind="boiler_renewal"),))
    assert err.value.errors[0].path == "measures[0].kind"
    assert "needs a boiler" in str(err.value)


def test_pipe_renewal_without_pipes_needs_an_investment(residential):
    net = dataclasses.replace(residential.supply.network, pipes=())
    with pytest.raises(ValidationError, match="list the pipe segments"):
        dataclasses.replace(residential, supply=dataclasses.replace(residential.supply, network=net))


def test_network_measure_without_network_is_a_clear_error(office):
    with pytest.raises(ValidationError, match="needs a heating network"):
        dataclasses.replace(office, measures=(Measure(kind="pipe_renewal"),))
