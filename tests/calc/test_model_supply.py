"""Heat-pump temperature limits in the model's validation (calc/model/supply.py)."""

import dataclasses

import pytest

from calc.datasets import tables
from calc.model import HeatPump, Measure
from calc.model.measures import HEAT_PUMP_PRODUCT_CHOICES
from calc.projectfile import load
from calc.schema import ValidationError

RES = "datasets/examples/residential_beijing_1980s.json"
OFFICE = "datasets/examples/office_shanghai_1990s.json"


def _errors(fn):
    with pytest.raises(ValidationError) as e:
        fn()
    return {err.path: err.message for err in e.value.errors}


def test_product_choices_match_the_library():
    assert set(HEAT_PUMP_PRODUCT_CHOICES) - {"generic"} == set(tables.heat_pump_products())


def test_unknown_product_is_refused_by_name():
    errs = _errors(lambda: HeatPump(product="no_such_unit"))
    assert "product" in errs and "ashp_low_ambient" in errs["product"]


def test_central_heat_pump_on_an_85_degree_network_is_refused():
    p = load(RES)
    supply = dataclasses.replace(p.supply, kind="air_source_heat_pump", heat_pump=HeatPump(product="ashp_low_ambient"))
    errs = _errors(lambda: dataclasses.replace(p, supply=supply))
    # ashp_low_ambient makes at most 55 °C (GB/T 25127.2-2020 radiator rating).
    assert "55 °C" in errs["supply.network.design_supply_temp"]


def test_heat_pump_measure_on_a_hot_network_needs_the_temperature_lowered_first():
    p = load(RES)
    hp = Measure(kind="heat_pump", params={"kind": "air_source_heat_pump"})
    errs = _errors(lambda: dataclasses.replace(p, measures=p.measures + (hp,)))
    path = f"measures[{len(p.measures)}].kind"
    assert "85 °C" in errs[path] and "60 °C" in errs[path]
    lower = Measure(kind="lower_supply_temperature", params={"design_supply_temp": "55 degC",
                                                            "design_return_temp": "40 degC"})
    ok = dataclasses.replace(p, measures=p.measures + (lower, hp))  # 55 °C ≤ the generic 60 °C
    assert ok.measures[-1].kind == "heat_pump"
    errs = _errors(lambda: dataclasses.replace(p, measures=p.measures + (hp, lower)))
    assert path in errs  # order matters: the lowering comes after


def test_air_to_air_product_cannot_feed_a_network():
    p = load(RES)
    lower = Measure(kind="lower_supply_temperature", params={"design_supply_temp": "45 degC",
                                                            "design_return_temp": "35 degC"})
    hp = Measure(kind="heat_pump", params={"kind": "air_source_heat_pump", "product": "ashp_split_room"})
    errs = _errors(lambda: dataclasses.replace(p, measures=p.measures + (lower, hp)))
    assert "air-to-air" in errs[f"measures[{len(p.measures) + 1}].params.product"]


def test_product_kind_must_match_the_measure_kind():
    p = load(OFFICE)
    hp = Measure(kind="heat_pump", params={"kind": "ground_source_heat_pump", "product": "ashp_regular"})
    errs = _errors(lambda: dataclasses.replace(p, measures=(hp,)))
    assert "air_source_heat_pump" in errs["measures[0].params.product"]


def test_heat_pump_measure_alone_caps_a_hot_network_at_its_limit():
    from calc.measures import apply_measure

    p = load(RES)
    hp = Measure(kind="heat_pump", params={"kind": "air_source_heat_pump"})
    out = apply_measure(p, hp)  # the measure's own state (alone) stays valid
    assert out.supply.network.design_supply_temp.to("degC").m == pytest.approx(60.0)
    # The spread is kept: 85/60 -> 60/35.
    assert out.supply.network.design_return_temp.to("degC").m == pytest.approx(35.0)
