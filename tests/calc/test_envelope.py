"""U-values, added insulation and heat capacity against hand calculations."""

import math

import numpy as np
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
    # known only by its U-value, it stays so (the zone keeps its mass class)
    assert new.layers == () and new.name == "100 mm XPS"
    partly = Construction(u_value=Q_(2.0, "W/(m**2*K)"), layers=BRICK_370.layers)
    assert envelope.add_insulation(partly, "XPS", Q_(100, "mm"), Q_(0.033, "W/(m*K)"),
                                   inside=True).layers[-1].material == "XPS"


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


# ------------------------------------------------------------ operating films

def test_site_wind_speed_suburbs_by_hand():
    # (270/10)^0.14 · (10/370)^0.22 = 1.586320 · 0.451851 = 0.716781
    assert envelope.site_wind_speed(np.array([1.0]), 10.0)[0] == pytest.approx(0.716781, rel=1e-5)
    # taller surfaces see more wind
    assert envelope.site_wind_speed(np.array([3.0]), 30.0)[0] > envelope.site_wind_speed(np.array([3.0]), 5.0)[0]


def test_doe2_convection_by_hand():
    # v = 2 m/s, h_n = 1: windward √(1 + (3.26·2^0.89)²) = √(1 + 6.041 354²) = 6.123 558,
    # leeward √(1 + (3.55·2^0.617)²) = √(1 + 5.444 573²) = 5.535 646;
    # R_f = 1.52: 1 + 1.52·(6.123 558 − 1) = 8.787 808 and 1 + 1.52·(5.535 646 − 1) = 7.894 182
    h = envelope.doe2_convection(np.array([1.0]), np.array([2.0]), 1.52, 0.5)[0]
    assert h == pytest.approx(0.5 * (8.787808 + 7.894182), rel=1e-6)
    assert envelope.doe2_convection(np.array([1.0]), np.array([2.0]), 1.52, 1.0)[0] == pytest.approx(8.787808, rel=1e-6)


def test_glazing_inside_convection_iso15099_by_hand():
    # Δθ = 10 K at 20 °C air, H = 1.5 m: T_m = 288.15 K; λ = 0.025 233, μ = 1.7958e-5,
    # c_p = 1006.288, ρ = 101325·0.02897/(8.314 46·288.15) = 1.225 215;
    # Ra = ρ² H³ g c_p Δθ / (T_m μ λ) = 3.8291e9; h = 0.56 · Ra^¼ · λ / H
    # = 0.56 · 248.757 · 0.025 233 / 1.5 = 2.3434
    h = envelope.glazing_inside_convection(np.array([10.0]), 20.0, 1.5)[0]
    assert h == pytest.approx(2.3434, rel=1e-4)
    # taller glazing, weaker laminar film (H^-¼)
    assert envelope.glazing_inside_convection(np.array([10.0]), 20.0, 3.0)[0] == pytest.approx(h / 2 ** 0.25, rel=1e-3)


def test_exterior_film_still_air_night_and_sun():
    n = 3
    te = np.zeros(n)
    # no sun, sky at the air temperature: θ_eq = θ_e; U below the rated value
    # for single glazing (the rating films are those of 4 m/s of wind)
    u, t_eq = envelope.exterior_film(te, te, np.full(n, 1.0), 0.0, 0.0, 20.0, height=5.0, tilt="vertical",
                                     roughness=1.0, emissivity=0.84, windward_share=0.5, glazing_height=1.5)
    assert np.allclose(t_eq, 0.0) and np.all(u < 5.8) and np.all(u > 3.0)
    # a clear sky lowers θ_eq; absorbed sun raises it by α I / (h_c + h_r)
    u2, t_sky = envelope.exterior_film(te, te - 20.0, np.full(n, 1.0), 0.0, 1.0, 20.0, height=5.0,
                                       tilt="horizontal_up", roughness=1.52, emissivity=0.9, windward_share=1.0)
    assert np.all(t_sky < -3.0)
    u3, t_sun = envelope.exterior_film(te, te, np.full(n, 1.0), 300.0, 1.0, 20.0, height=5.0, tilt="vertical",
                                       roughness=1.52, emissivity=0.9, windward_share=0.5)
    assert np.all(t_sun > 10.0) and np.all(t_sun < 300.0 / 5.0)
    # more wind, larger conductance of a poorly insulated element
    u_calm, _ = envelope.exterior_film(te, te, np.full(n, 0.5), 0.0, 0.1, 20.0, height=5.0, tilt="vertical",
                                       roughness=1.52, emissivity=0.9, windward_share=0.5)
    u_windy, _ = envelope.exterior_film(te, te, np.full(n, 8.0), 0.0, 0.1, 20.0, height=5.0, tilt="vertical",
                                        roughness=1.52, emissivity=0.9, windward_share=0.5)
    assert np.all(u_windy > u_calm)


def test_sky_radiation_by_hand():
    # θ_e = 0 °C, θ_sky = −20 °C, ε = 0.9: h_r = 4 · 0.9 · 5.670374e-8 · 273.15³ = 4.16023;
    # h_r,sky = 0.9 · 5.670374e-8 · (273.15² + 253.15²) · (273.15 + 253.15) = 3.72521;
    # a wall sees F = ½ · √½ = 0.353553 of it: 3.72521 · 0.353553 · 20 K = 26.3412 W/m²;
    # a flat roof F = 1: 74.5043 W/m²
    h_r, wall = envelope.sky_radiation(np.array([0.0]), np.array([-20.0]), 0.9, "vertical")
    assert h_r[0] == pytest.approx(4.16023, rel=1e-5) and wall[0] == pytest.approx(26.3412, rel=1e-5)
    _, roof = envelope.sky_radiation(np.array([0.0]), np.array([-20.0]), 0.9, "horizontal_up")
    assert roof[0] == pytest.approx(74.5043, rel=1e-5)


def test_surface_radiation_by_hand():
    # θ_e = 30 °C, the face 20 K hotter, ε = 0.9: 0.9 · 5.670374e-8 ·
    # (303.15² + 323.15²) · (303.15 + 323.15) = 6.27501 W/(m²K), against
    # 4 ε σ T_e³ = 5.68705 at the air temperature
    assert envelope.surface_radiation(np.array([30.0]), 20.0, 0.9)[0] == pytest.approx(6.27501, rel=1e-5)
    assert envelope.surface_radiation(np.array([30.0]), 0.0, 0.9)[0] == pytest.approx(5.68705, rel=1e-5)


def test_sunlit_face_radiates_at_its_own_temperature():
    # 700 W/m² absorbed on a wall face insulated so well that nothing passes
    # (R_c = 1000 m²K/W), 0.5 m/s at the station, sky at the air's 30 °C:
    # 700 = (h_c + h_r) ΔT, solved by bisection with
    # h_r = 0.9 σ (T_e² + T_s²)(T_e + T_s), T_s = 303.15 K + ΔT, and DOE-2
    # h_c = h_n + 1.52 (√(h_n² + (a v^b)²) − h_n) half windward (3.26, 0.89),
    # half leeward (3.55, 0.617), h_n = 1.31 ΔT^(1/3), v at 5 m =
    # 0.5 (270/10)^0.14 (5/370)^0.22 (ASHRAE Fundamentals ch. 24, suburban).
    # ΔT = 55.0 K; with h_r = 4 · 0.9 σ T_e³ at the air's temperature the
    # same balance gives 62.6 K: the engine must find the former.
    sigma, te = 5.670374419e-8, 303.15
    v = 0.5 * (270 / 10) ** 0.14 * (5 / 370) ** 0.22

    def h_c(dt):
        h_n = 1.31 * dt ** (1 / 3)
        return sum(0.5 * (h_n + 1.52 * (math.sqrt(h_n ** 2 + (a * v ** b) ** 2) - h_n))
                   for a, b in ((3.26, 0.89), (3.55, 0.617)))

    def solve(h_r):
        lo, hi = 0.1, 300.0
        for _ in range(200):
            mid = 0.5 * (lo + hi)
            lo, hi = (mid, hi) if 700.0 > (h_c(mid) + h_r(mid)) * mid else (lo, mid)
        return 0.5 * (lo + hi)

    own = solve(lambda dt: 0.9 * sigma * (te ** 2 + (te + dt) ** 2) * (2 * te + dt))
    at_air = solve(lambda dt: 4 * 0.9 * sigma * te ** 3)
    assert own == pytest.approx(55.0, abs=0.05) and at_air == pytest.approx(62.6, abs=0.05)
    _, t_eq = envelope.exterior_film(np.array([30.0]), np.array([30.0]), np.array([0.5]), 700.0, 1000.0, 26.0,
                                     height=5.0, tilt="vertical", roughness=1.52, emissivity=0.9,
                                     windward_share=0.5)
    assert t_eq[0] - 30.0 == pytest.approx(own, rel=1e-3)


@pytest.mark.parametrize("tilt", ["vertical", "horizontal_up"])
@pytest.mark.parametrize("sun, wind, r_c", [(700.0, 0.5, 0.3), (300.0, 3.0, 2.0), (0.0, 0.5, 0.1),
                                            (900.0, 0.2, 4.0), (100.0, 8.0, 0.5)])
def test_film_passes_have_converged(tilt, sun, wind, r_c, monkeypatch):
    # FILM_PASSES relaxed passes come within 0.05 % of forty, in U and in
    # θ_eq's departure from the air, from a hot still day to a cold night
    te = np.array([30.0, -10.0, 5.0])
    kw = dict(height=5.0, tilt=tilt, roughness=1.52, emissivity=0.9, windward_share=0.5)
    args = (te, te - 15.0, np.full(3, wind), sun, r_c, 20.0)
    u, t_eq = envelope.exterior_film(*args, **kw)
    monkeypatch.setattr(envelope, "FILM_PASSES", 40)
    u40, t_eq40 = envelope.exterior_film(*args, **kw)
    assert np.allclose(u, u40, rtol=5e-4, atol=0) and np.allclose(t_eq - te, t_eq40 - te, rtol=5e-4, atol=0)


def test_wind_convection_is_doe2_without_natural_part():
    # forced part only: at 10 m the site wind is 0.716781 v (see above), so the
    # windward term of 2 m/s at the station is 3.26 · 1.433562^0.89 = 4.49188;
    # h_c(h_n = 0) = R_f · Σ share · a v^b
    v = np.array([2.0])
    forced, h_c = envelope.wind_convection(v, 10.0, 1.52, 0.5)
    local = 2.0 * 0.716781
    expected = 1.52 * (0.5 * 3.26 * local ** 0.89 + 0.5 * 3.55 * local ** 0.617)
    assert h_c[0] == pytest.approx(expected, rel=1e-5)
    assert [share for share, _ in forced] == [0.5, 0.5]
    # given to the film, the terms give what the film computes without them
    te, sky = np.array([-5.0, 3.0]), np.array([-25.0, -4.0])
    kw = dict(height=10.0, tilt="vertical", roughness=1.52, emissivity=0.9, windward_share=0.5)
    alone = envelope.exterior_film(te, sky, np.array([2.0, 6.0]), 40.0, 0.5, 20.0, **kw)
    given = envelope.exterior_film(te, sky, np.array([2.0, 6.0]), 40.0, 0.5, 20.0, **kw,
                                   radiation=envelope.sky_radiation(te, sky, 0.9, "vertical"),
                                   wind=envelope.wind_convection(np.array([2.0, 6.0]), 10.0, 1.52, 0.5))
    assert all(np.array_equal(a, b) for a, b in zip(alone, given))


def test_construction_resistance_keeps_rating_films_out():
    # 1/1.5 − 0.11 − 0.04 = 0.516 667; a window above the film limit has none
    assert envelope.construction_resistance(1.5, 0.11, 0.04) == pytest.approx(0.516667, rel=1e-5)
    assert envelope.construction_resistance(6.5, 0.13, 0.04) == 0.0


def test_face_heat_capacity_and_detailed_mass_by_hand():
    # slab half: screed 20 mm (1800·1050·0.02 = 37 800) + RC 60 mm (2500·920·0.06 = 138 000)
    assert envelope.face_heat_capacity(envelope.SLAB_HALF_LAYERS) == pytest.approx(175_800, rel=1e-9)
    assert envelope.face_heat_capacity(envelope.SLAB_HALF_LAYERS[::-1]) == pytest.approx(175_800, rel=1e-9)
    # ISO 13790 eq. 65-66: C_m = 100·200 000 + 50·100 000 = 25e6; Σ A κ² = 100·4e10 + 50·1e10 = 4.5e12;
    # A_m = 6.25e14 / 4.5e12 = 138.89 m²
    a_m, c_m = envelope.detailed_mass_parameters([(100.0, 200_000.0), (50.0, 100_000.0), (10.0, 0.0)])
    assert c_m.m == pytest.approx(25e6) and a_m.m == pytest.approx(138.888889, rel=1e-6)
    assert envelope.has_heat_capacity(BRICK_370)
    assert not envelope.has_heat_capacity(Construction(u_value=Q_(1.0, "W/(m**2*K)")))
