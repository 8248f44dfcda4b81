"""ISO 13370 Annex A periodic ground model of a slab, against hand values."""

import math

import numpy as np
import pytest

from calc import ground, thermal

from .test_thermal import INDEX, make_building, make_weather


def test_penetration_depth_by_hand():
    # δ = √(3.15e7 s · 2.0 W/(mK) / (π · 2.0e6 J/(m³K))) = √10.027 = 3.1665 m
    assert ground.penetration_depth() == pytest.approx(3.1665, abs=1e-4)


def test_slab_periodic_coefficients_by_hand():
    # P = 60 m, d_t = 2.72 m: H_pe = 0.37·60·2·ln(3.1665/2.72 + 1) = 44.4·0.77204 = 34.28 W/K
    # β = 1.5 − 0.42·ln(3.1665/3.72) = 1.5 + 0.42·0.16107 = 1.5677 months
    h_pe, beta = ground.slab_periodic(60.0, 2.72)
    assert h_pe == pytest.approx(34.28, rel=1e-3)
    assert beta == pytest.approx(1.5677, abs=1e-3)


def test_equivalent_ground_temperature_of_a_sine_by_hand():
    # θ_e = 10 − 10 cos φ (minimum at φ = 0, i.e. 1 January): with
    # H_pe/H_g = 0.5 and β = 1.5 months the ground runs 10 − 5 cos(φ − 2π·1.5/12):
    # coldest 5 °C 1.5 months (1095 h) after the air, warmest 15 °C half a year later
    n = 8760
    phase = 2 * np.pi * (np.arange(n) + 0.5) / n
    t = ground.periodic_ground_temperature(10 - 10 * np.cos(phase), 1.0, 0.5, 1.5)
    assert t.min() == pytest.approx(5.0, abs=1e-3) and t.max() == pytest.approx(15.0, abs=1e-3)
    assert abs(int(np.argmin(t)) - 1095) <= 1
    assert t.mean() == pytest.approx(10.0, abs=1e-9)


def test_constant_weather_gives_the_steady_floor_loss():
    # with no annual swing the periodic term vanishes: θ_g,eq = θ̄_e
    b = make_building()
    w = make_weather(0.0)
    z = thermal.zone_inputs(b, w)
    _, t = next((hp, t) for name, (hp, t) in z.em_parts.items() if name == "floor")
    assert np.allclose(t, 0.0, atol=1e-9)


def test_summer_slab_is_cooler_than_the_summer_air():
    # a sinusoidal year 16 ± 12 °C: the slab's ground stays well below the
    # July air, so the floor cools the building in summer
    yearly = 16 - 12 * np.cos(2 * math.pi * (np.arange(8760) + 0.5) / 8760)
    b = make_building()
    z = thermal.zone_inputs(b, make_weather(yearly))
    t = z.em_parts["floor"][1]
    july = INDEX.month == 7
    assert t[july].mean() < yearly[july].mean() - 5.0
