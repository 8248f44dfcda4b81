"""The simulation's memos (weather arrays, films, SI values of the parts,
operation arrays) never change a result: the states of a package simulated
one after another with the memos warm give exactly what each gives in a
process that has seen nothing before."""

import dataclasses
from pathlib import Path

import numpy as np
import pytest

from calc import element_response, emitters, envelope, supply, thermal
from calc.climate import read_weather_file
from calc.units import Q_

ROOT = Path(__file__).resolve().parents[2]


def _clear_memos():
    for memo in (thermal._WEATHER, thermal._GROUND, thermal._FILMS, thermal._FILM_WIND, thermal._PLANES, thermal._PARTS,
                 thermal._SI, thermal._OPERATION, thermal._DESIGN_LOADS, supply._OUTDOOR, supply._PARTS,
                 supply._ELEVATORS, emitters._OUTPUTS):
        memo._entries.clear()
    for cached in (thermal._facade_areas_of, element_response._layer_rows_of, element_response._gain,
                   thermal._inner_rc2):
        cached.cache_clear()


def _same(a, b) -> bool:
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if dataclasses.is_dataclass(a):
        return type(a) is type(b) and all(_same(getattr(a, f.name), getattr(b, f.name))
                                          for f in dataclasses.fields(a))
    return np.array_equal(np.asarray(a), np.asarray(b))


@pytest.fixture(scope="module")
def states():
    from calc import projectfile

    b = projectfile.load(ROOT / "datasets/examples/residential_beijing_1980s.json").buildings[0]
    wall = envelope.add_insulation(b.wall, "EPS", Q_(80, "mm"), Q_(0.039, "W/(m*K)"))
    roof = envelope.add_insulation(b.roof, "XPS", Q_(100, "mm"), Q_(0.030, "W/(m*K)"))
    window = dataclasses.replace(b.window, u_value=Q_(1.8, "W/(m**2*K)"))
    tight = dataclasses.replace(b.ventilation, infiltration_ach=Q_(0.3, "1/h"))
    # as a package's states: every measure alone, then all of them
    return [b, dataclasses.replace(b, wall=wall, thermal_bridge_u=Q_(0.05, "W/(m**2*K)")),
            dataclasses.replace(b, roof=roof), dataclasses.replace(b, window=window),
            dataclasses.replace(b, ventilation=tight),
            dataclasses.replace(b, wall=wall, roof=roof, window=window, ventilation=tight,
                                thermal_bridge_u=Q_(0.05, "W/(m**2*K)"))]


def test_warm_memos_give_what_a_fresh_process_gives(states):
    wx = read_weather_file(ROOT / "datasets/weather/CHN_Beijing.Beijing.545110_CSWD.epw.gz")
    warm = [thermal.zone_inputs(s, wx) for s in states]
    loads = [thermal.design_heat_load(s, wx).m for s in states]
    for s, z, load in zip(states, warm, loads):
        _clear_memos()
        fresh = thermal.zone_inputs(s, wx)
        assert all(_same(getattr(z, f.name), getattr(fresh, f.name)) for f in dataclasses.fields(z)), s.name
        assert thermal.design_heat_load(s, wx).m == load
    # each measure changes what it should: the states are not one memo entry
    heating = [thermal.simulate(s, wx).heating.m.sum() for s in states]
    assert len(set(heating)) == len(heating)
    assert heating[-1] < min(heating[:-1])


def test_per_building_weather_values_stay_bounded(states):
    """A stock gives nearly every row its own slab perimeter, so the memos
    of values derived per building from one weather must keep a bounded
    number of them: a worker's memory stays flat over the rows."""
    wx = read_weather_file(ROOT / "datasets/weather/CHN_Beijing.Beijing.545110_CSWD.epw.gz")
    b = dataclasses.replace(states[0], floor_type="slab_on_ground")
    for i in range(80):
        footprint = dataclasses.replace(b.geometry, length=b.geometry.length + Q_(0.37 * (i + 1), "m"))
        thermal.zone_inputs(dataclasses.replace(b, geometry=footprint), wx)
    for memo in (thermal._WEATHER, thermal._GROUND, thermal._FILMS):
        obj, values = memo._entries[id(wx)]
        assert obj is wx
        assert len(values) <= 64, memo
    ground = thermal._GROUND._entries[id(wx)][1]
    assert len(ground) == 64  # the slab's values are kept there, the last 64 of 80 buildings


def test_a_block_scaled_to_another_area_keeps_its_films(states, monkeypatch):
    """The outside films depend on the facades' shares of an element's
    area, not on its size: a block of the same proportions and storeys
    scaled to another floor area (a stock's rows of one archetype) computes
    no film of its own, and its zone is what a fresh process gives it."""
    wx = read_weather_file(ROOT / "datasets/weather/CHN_Beijing.Beijing.545110_CSWD.epw.gz")
    b = states[0]
    thermal.zone_inputs(b, wx)
    g = b.geometry
    for scale in (0.37, 1.9, 3.3):  # proportions kept: each facade's share differs from b's in the last bits
        k = scale ** 0.5
        scaled = dataclasses.replace(b, geometry=dataclasses.replace(g, length=g.length * k, width=g.width * k))
        computed = []
        real = envelope.exterior_film
        with monkeypatch.context() as m:
            m.setattr(envelope, "exterior_film", lambda *a, **kw: computed.append(1) or real(*a, **kw))
            z = thermal.zone_inputs(scaled, wx)
        assert computed == [], scale
        _clear_memos()
        fresh = thermal.zone_inputs(scaled, wx)
        assert all(_same(getattr(z, f.name), getattr(fresh, f.name)) for f in dataclasses.fields(z))
        thermal.zone_inputs(b, wx)
