import numpy as np
import pytest

from calc import schedules
from calc.climate import weather_for_site, year_index
from calc.geometry import floor_area
from calc.measures import apply_measure
from calc.model import Measure
from calc.supply import supply_energy
from calc.thermal import simulate
from calc.units import Q_

LED = Measure(kind="lighting_retrofit", params={"lighting_power": "6 W/m**2"})


def _lighting_kwh(project):
    w = weather_for_site(project.site)
    th = {b.name: simulate(b, w) for b in project.buildings}
    r = supply_energy(project, th, w)
    return sum(u["lighting"]["electricity"].m for u in r.end_uses.values())


def test_lighting_electricity_scales_with_power_density(office):
    old = office.buildings[0].equipment.lighting_power.m          # 11 W/m²
    after = apply_measure(office, LED)
    assert after.buildings[0].equipment.lighting_power == Q_(6, "W/m**2")
    assert _lighting_kwh(after) == pytest.approx(_lighting_kwh(office) * 6 / old, rel=1e-9)


def test_lighting_heat_removed_equals_electricity_saved(office):
    """All lighting electricity ends up as heat in the zone: the annual
    internal gain removed must equal the annual lighting electricity saved."""
    after = apply_measure(office, LED)
    b0, b1 = office.buildings[0], after.buildings[0]
    area = floor_area(b0).m
    factor_sum = schedules.internal_gain_factor(b0.operation.schedule, year_index()).sum()
    gain_removed_kwh = (b0.operation.internal_gains.m - b1.operation.internal_gains.m) * factor_sum * area / 1000
    saved_kwh = _lighting_kwh(office) - _lighting_kwh(after)
    assert gain_removed_kwh == pytest.approx(saved_kwh, rel=1e-9)
    assert saved_kwh > 0


def test_never_raises_lighting_power(office):
    brighter = Measure(kind="lighting_retrofit", params={"lighting_power": "20 W/m**2"})
    assert apply_measure(office, brighter).buildings[0] == office.buildings[0]


def test_baseline_unchanged(office):
    before = office.buildings[0].equipment.lighting_power
    apply_measure(office, LED)
    assert office.buildings[0].equipment.lighting_power == before


def test_less_lighting_heat_means_more_heating_less_cooling(office):
    w = weather_for_site(office.site)
    b0, b1 = office.buildings[0], apply_measure(office, LED).buildings[0]
    t0, t1 = simulate(b0, w), simulate(b1, w)
    assert np.sum(t1.heating.m) > np.sum(t0.heating.m)
    assert np.sum(t1.cooling.m) < np.sum(t0.cooling.m)
