"""LBNL's simple glazing system model (calc.glazing) against its published
equations worked by hand, and against other published glazing data.

Hand values: the step-7 polynomials of LBNL-2804E / the EnergyPlus
Engineering Reference ("Simple Window Model") evaluated with pencil and
paper at cos φ = 0.5 (φ = 60°; cos² 0.25, cos³ 0.125, cos⁴ 0.0625);
tolerance 1e-6 (the arithmetic is exact to that).
"""

from __future__ import annotations

import numpy as np
import pytest

from calc import glazing

HAND = 1e-6
# curve values at φ = 60° by hand: Σ c_k 0.5^k
CURVE_A_60 = 3.36 * 0.5 - 3.85 * 0.25 + 1.49 * 0.125 + 0.01 * 0.0625   # 0.904375
CURVE_E_60 = 1.51 * 0.5 + 2.49 * 0.25 - 5.87 * 0.125 + 2.88 * 0.0625   # 0.82375
CURVE_J_60 = 0.08 * 0.5 + 6.02 * 0.25 - 8.84 * 0.125 + 3.74 * 0.0625   # 0.67375
# (F 0.783125 + G 0.776875 + H 0.764375 + I 0.716875) / 4
CURVE_FGHI_60 = 0.7603125


def test_hand_values_of_the_curves_at_60_degrees():
    assert CURVE_A_60 == pytest.approx(0.904375, abs=HAND)
    assert CURVE_E_60 == pytest.approx(0.82375, abs=HAND)
    assert CURVE_J_60 == pytest.approx(0.67375, abs=HAND)


@pytest.mark.parametrize("u, shgc, expected", [
    (5.8, 0.80, CURVE_A_60),       # cell 24: single clear, curve A
    (3.0, 0.79, CURVE_E_60),       # cell 11: clear double, curve E
    (2.0, 0.40, CURVE_FGHI_60),    # cell 13: low-e double, mean of F-I
    (1.0, 0.30, CURVE_J_60),       # cell 3: curve J
    # cell 12: SHGC 0.525 halfway between FGHI (0.50) and E (0.55)
    (2.5, 0.525, 0.5 * CURVE_FGHI_60 + 0.5 * CURVE_E_60),
    # cell 7: four-way between J (U 1.4195, SHGC 0.35), E (1.4195, 0.45)
    # and FGHI (1.7034, both): x = 0.0805/0.2839 = 0.2835505, y = 0.5
    (1.5, 0.40, 0.7164495 * (0.5 * CURVE_J_60 + 0.5 * CURVE_E_60) + 0.2835505 * CURVE_FGHI_60),
])
def test_transmittance_curve_of_each_cell(u, shgc, expected):
    assert glazing.transmittance_ratio(60.0, u, shgc) == pytest.approx(expected, abs=HAND)


def test_curve_weights_sum_to_one_over_the_map():
    for u in np.linspace(0.5, 7.0, 27):
        for g in np.linspace(0.05, 0.95, 19):
            assert sum(glazing.curve_weights(u, g).values()) == pytest.approx(1.0, abs=1e-12)


def test_the_map_is_continuous_across_cell_edges():
    # the cell edges of the model's map, approached from both sides
    for u in (1.4195, 1.7034, 3.4068, 4.5424):
        for g in (0.3, 0.5, 0.6):
            lo, hi = (glazing.transmittance_ratio(60.0, x, g) for x in (u - 1e-9, u + 1e-9))
            assert lo == pytest.approx(hi, abs=1e-6)
    for g in (0.25, 0.3, 0.35, 0.45, 0.5, 0.55, 0.6, 0.65):
        for u in (1.0, 1.5, 2.5, 4.0, 5.5):
            lo, hi = (glazing.transmittance_ratio(60.0, u, x) for x in (g - 1e-9, g + 1e-9))
            assert lo == pytest.approx(hi, abs=1e-6)


def test_normal_incidence_and_grazing():
    r = glazing.transmittance_ratio([0.0, 90.0, 120.0], 2.0, 0.4)
    assert list(r) == [1.0, 0.0, 0.0]
    g = glazing.solar_factor_ratio([0.0, 90.0], 2.0, 0.4)
    assert list(g) == [1.0, 0.0]


def test_step_4_solar_transmittance_by_hand():
    # U < 3.4: 0.085775·0.25 + 0.963954·0.5 − 0.084958
    assert glazing.solar_transmittance(2.0, 0.5) == pytest.approx(0.41846275, abs=HAND)
    # U > 4.5, SHGC < 0.7206: 0.939998·0.49 + 0.20332·0.7
    assert glazing.solar_transmittance(4.7, 0.7) == pytest.approx(0.60292302, abs=HAND)
    # U > 4.5, SHGC ≥ 0.7206: 1.30415·0.75 − 0.30515, 1.30415·0.8 − 0.30515
    assert glazing.solar_transmittance(4.7, 0.75) == pytest.approx(0.6729625, abs=HAND)
    assert glazing.solar_transmittance(5.0, 0.8) == pytest.approx(0.73817, abs=HAND)
    # U 3.95, halfway between the two correlations at SHGC 0.5
    half = 0.5 * (0.41846275 + (0.939998 * 0.25 + 0.20332 * 0.5))
    assert glazing.solar_transmittance(3.95, 0.5) == pytest.approx(half, abs=HAND)


def test_step_4_against_energyplus_reported_transmittance():
    # EnergyPlus 25.2 reports the derived layer's normal solar transmittance
    # (eplusout.eio, cached with the validation references): 0.420 for
    # U 2.0 / SHGC 0.5, 0.675 for U 4.7 / SHGC 0.75, 0.264 for U 2.0 / SHGC
    # 0.35 (its own fit of the layer at 10° steps moves the third digit)
    assert glazing.solar_transmittance(2.0, 0.5) == pytest.approx(0.420, abs=0.01)
    assert glazing.solar_transmittance(4.7, 0.75) == pytest.approx(0.675, abs=0.01)
    assert glazing.solar_transmittance(2.0, 0.35) == pytest.approx(0.264, abs=0.01)


def test_step_5_reflectance_closes_the_shgc_at_normal_incidence():
    # SHGC = T + N·(1 − T − R) by construction of step 5
    for u, g in ((2.0, 0.5), (4.7, 0.75), (1.0, 0.3), (3.9, 0.6), (6.5, 0.2)):
        assert glazing.solar_factor(0.0, u, g) == pytest.approx(g, abs=1e-12)


def test_step_5_inward_fraction_by_hand():
    # U 2.0, SHGC 0.5: T 0.41846275, d = SHGC − T = 0.08153725
    d = 0.08153725
    r_is = 1 / (199.8208128 * d ** 3 - 90.639733 * d ** 2 + 19.737055 * d + 6.766575)
    r_os = 1 / (5.763355 * d + 20.541528)
    r_iw = 1 / (0.359073 * np.log(2.0) + 6.949915)
    r_ow = 1 / (0.025342 * 2.0 + 29.163853)
    r_l = 0.5 - r_iw - r_ow
    n = (r_os + 0.5 * r_l) / (r_os + r_l + r_is)
    assert glazing.inward_fraction(2.0, 0.5) == pytest.approx(n, abs=HAND)
    assert 0.3 < n < 0.5


def test_single_clear_glazing_agrees_with_window_data():
    # ESP-r's optical database entry SC_8985_04nb (clear float 4 mm, from
    # WINDOW): direct transmittance 0.819 / 0.802 / 0.761 / 0.621 / 0.376 at
    # 0 / 40 / 55 / 70 / 80°. Curve A is a fit to such glass: within 0.02.
    ratio = glazing.transmittance_ratio([40.0, 55.0, 70.0, 80.0], 5.8, 0.86)
    np.testing.assert_allclose(ratio, np.array([0.802, 0.761, 0.621, 0.376]) / 0.819, atol=0.02)


def test_double_clear_total_gain_falls_slower_than_transmittance():
    # ESP-r DC_8074_04nb (clear double, 4 mm): direct 0.676 / 0.441 and total
    # heat gain 0.749 / 0.520 at 0 / 70°, i.e. ratios 0.652 and 0.694: the
    # absorbed share makes g fall slower than τ. The model's curve E shows
    # the same order (its curve is steeper than this glass at 70°).
    t = glazing.transmittance_ratio(70.0, 3.0, 0.75)
    g = glazing.solar_factor_ratio(70.0, 3.0, 0.75)
    assert g > t
    assert g - t == pytest.approx(0.694 - 0.652, abs=0.03)


def test_layer_properties_are_physical_over_the_loader_range():
    a = np.linspace(0.0, 89.9, 60)
    for u in (0.3, 1.0, 1.6, 2.5, 3.9, 5.0, 6.9, 10.0):
        for g in (0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 1.0):
            p = glazing.angular_properties(a, u, g)
            for k in ("transmittance", "reflectance", "absorptance"):
                assert np.all(np.isfinite(p[k])) and np.all(p[k] >= -1e-12) and np.all(p[k] <= 1.0)
            f = glazing.solar_factor_ratio(a, u, g)
            assert np.all(np.isfinite(f)) and np.all(f >= 0.0) and f[0] == 1.0


def test_invalid_inputs():
    with pytest.raises(ValueError, match="u_value"):
        glazing.curve_weights(0.0, 0.5)
    with pytest.raises(ValueError, match="shgc"):
        glazing.curve_weights(2.0, 1.2)
