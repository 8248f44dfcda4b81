"""Surface-layer capacity (calc.surface_layer) against hand calculations."""

import math

import pytest

from calc import envelope, surface_layer
from calc.model import Construction
from calc.model.building import Layer
from calc.units import Q_


def _layer(mm, lam, rho, c):
    return Layer(material="m", thickness=Q_(mm, "mm"), conductivity=Q_(lam, "W/(m*K)"),
                 density=Q_(rho, "kg/m**3"), specific_heat=Q_(c, "J/(kg*K)"))


CONCRETE = (1.8, 2400.0, 1000.0)


def test_penetration_depth_of_concrete():
    # δ = sqrt(1.8 · 3600 / (π · 2.4e6)) = sqrt(8.594e-4) = 0.02932 m; a day: × sqrt(24) = 0.1436 m
    assert surface_layer.penetration_depth(*CONCRETE) == pytest.approx(0.02932, rel=1e-3)
    assert surface_layer.penetration_depth(*CONCRETE, period=86400.0) == pytest.approx(0.1436, rel=1e-3)


def test_split_of_a_thick_concrete_face():
    # within 0.10 m: 0.02932 m fast (70.37 kJ/m²K) and 0.07068 m deep (169.63 kJ/m²K);
    # centroids at 0.01466 and 0.02932 + 0.03534 = 0.06466 m: 0.05 m / 1.8 = 0.02778 m²K/W
    k_f, k_d, r = surface_layer.split_face([_layer(200, *CONCRETE)], 0.10, 0.1)
    assert k_f == pytest.approx(70370, rel=1e-3)
    assert k_d == pytest.approx(169630, rel=1e-3)
    assert r == pytest.approx(0.02778, rel=1e-3)


def test_parts_add_up_to_the_iso13786_capacity():
    # plaster 20 mm, brick 240 mm, insulation outside: κ_m of ISO 13786 C.2.4
    wall = Construction(name="w", layers=(
        _layer(80, 0.04, 30, 1400), _layer(240, 0.81, 1800, 1050), _layer(20, 0.87, 1700, 1050)))
    k_f, k_d, _ = surface_layer.split_face(wall.layers[::-1], 0.10, envelope.INSULATING_CONDUCTIVITY)
    assert k_f + k_d == pytest.approx(envelope.areal_heat_capacity(wall).m, rel=1e-9)
    # by hand: plaster δ = sqrt(0.87·3600/(π·1.785e6)) = 0.02363 m, 20 mm uses 0.8464 of it;
    # brick δ = sqrt(0.81·3600/(π·1.89e6)) = 0.02216 m, the rest 0.1536 · δ = 3.404 mm
    expected = 1.785e6 * 0.020 + 1.89e6 * 0.1536 * 0.02216
    assert k_f == pytest.approx(expected, rel=2e-3)


def test_lining_thinner_than_its_depth_has_no_deep_part():
    k_f, k_d, r = surface_layer.split_face([_layer(12.5, 0.25, 900, 1000)], 0.00625, 0.1)
    assert k_f == pytest.approx(900 * 1000 * 0.00625, rel=1e-9)
    assert k_d == 0.0 and math.isinf(r)
