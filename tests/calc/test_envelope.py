"""U-values, added insulation and heat capacity against hand calculations."""

import pytest

from calc import envelope
from calc.model import Construction, Layer
from calc.units import Q_


def layer(name, d_mm, lam, rho=None, c=None):
    return Layer(material=name, thickness=Q_(d_mm, "mm"), conductivity=Q_(lam, "W/(m*K)"),
                 density=None if rho is None else Q_(rho, "kg/m**3"),
                 specific_heat=None if c is None else Q_(c, "J/(kg*K)"))


BRICK_370 = Construction(name="370 brick", layers=(
    layer("cement mortar", 20, 0.93, 1800, 1050),
    layer("solid clay brick", 370, 0.81, 1800, 1050),
    layer("lime mortar", 20, 0.81, 1600, 1050),
))
ROOF = Construction(name="roof", layers=(
    layer("asphalt felt", 5, 0.17, 600, 1470),
    layer("cement mortar", 20, 0.93, 1800, 1050),
    layer("perlite", 60, 0.087, 300, 1170),
    layer("reinforced concrete", 120, 1.74, 2500, 920),
))


def test_brick_wall_u_by_hand():
    # R = 0.11 + 0.020/0.93 + 0.370/0.81 + 0.020/0.81 + 0.04
    #   = 0.11 + 0.021505 + 0.456790 + 0.024691 + 0.04 = 0.652986 m²K/W
    assert envelope.u_value(BRICK_370, "wall").m == pytest.approx(1 / 0.652986, rel=1e-5)


def test_240_brick_wall_textbook_value():
    # 240 mm brick, 20 mm mortar both sides: R = 0.11+0.0215+0.2963+0.0247+0.04 = 0.4925 -> U ≈ 2.03,
    # the figure quoted for "24 wall" in Chinese textbooks (about 2.0 W/m²K)
    wall = Construction(layers=(layer("cm", 20, 0.93), layer("brick", 240, 0.81), layer("lm", 20, 0.81)))
    assert envelope.u_value(wall).m == pytest.approx(2.03, abs=0.01)


def test_roof_uses_upward_inside_resistance():
    # R = 0.10 + 0.005/0.17 + 0.020/0.93 + 0.060/0.087 + 0.120/1.74 + 0.04
    #   = 0.10 + 0.029412 + 0.021505 + 0.689655 + 0.068966 + 0.04 = 0.949538
    assert envelope.u_value(ROOF, "roof").m == pytest.approx(1 / 0.949538, rel=1e-5)


def test_floor_uses_downward_inside_resistance():
    slab = Construction(layers=(layer("concrete", 100, 1.51),))
    # R = 0.17 + 0.1/1.51 + 0.04 = 0.276225
    assert envelope.u_value(slab, "floor").m == pytest.approx(1 / 0.276225, rel=1e-5)


def test_given_u_wins_over_layers():
    c = Construction(layers=BRICK_370.layers, u_value=Q_(0.45, "W/(m**2*K)"))
    assert envelope.u_value(c).m == 0.45


def test_unknown_element_named_in_error():
    with pytest.raises(ValueError, match="element.*window"):
        envelope.u_value(BRICK_370, "window")


def test_add_insulation_outside_by_hand():
    new = envelope.add_insulation(BRICK_370, "EPS", Q_(80, "mm"), Q_(0.0429, "W/(m*K)"))
    # R = 0.652986 + 0.080/0.0429 = 0.652986 + 1.864802 = 2.517788
    assert envelope.u_value(new).m == pytest.approx(1 / 2.517788, rel=1e-5)
    assert new.layers[0].material == "EPS"
    assert BRICK_370.layers[0].material == "cement mortar"  # original untouched


def test_add_insulation_to_given_u_in_series():
    c = Construction(u_value=Q_(2.0, "W/(m**2*K)"))
    new = envelope.add_insulation(c, "XPS", Q_(100, "mm"), Q_(0.033, "W/(m*K)"), inside=True)
    # 1/U' = 0.5 + 0.1/0.033 = 3.530303
    assert envelope.u_value(new).m == pytest.approx(1 / 3.530303, rel=1e-5)
    assert new.layers[-1].material == "XPS"


def test_areal_heat_capacity_first_100_mm_from_inside():
    # inside: lime mortar 20 mm (1600·1050·0.02 = 33 600) + brick 80 mm (1800·1050·0.08 = 151 200)
    assert envelope.areal_heat_capacity(BRICK_370).m == pytest.approx(184_800, rel=1e-9)


def test_areal_heat_capacity_stops_at_insulation_and_half_thickness():
    inside_insulated = envelope.add_insulation(BRICK_370, "EPS", Q_(50, "mm"), Q_(0.04, "W/(m*K)"), inside=True)
    assert envelope.areal_heat_capacity(inside_insulated).m == 0.0
    thin = Construction(layers=(layer("concrete", 60, 1.51, 2300, 920),))
    # half of 60 mm: 2300 · 920 · 0.03 = 63 480
    assert envelope.areal_heat_capacity(thin).m == pytest.approx(63_480, rel=1e-9)


def test_mass_class_table_iso13790():
    a_m, c_m = envelope.mass_parameters("heavy", Q_(100, "m**2"))
    assert a_m.m == pytest.approx(300.0) and c_m.m == pytest.approx(26.0e6)
    a_m, c_m = envelope.mass_parameters("very_light", Q_(100, "m**2"))
    assert a_m.m == pytest.approx(250.0) and c_m.m == pytest.approx(8.0e6)
    with pytest.raises(ValueError, match="thermal_mass.*'stone'"):
        envelope.mass_parameters("stone", Q_(1, "m**2"))
