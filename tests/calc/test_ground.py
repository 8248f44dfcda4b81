"""ISO 13370 ground floor coefficients against hand calculations."""

import numpy as np
import pandas as pd
import pytest

from calc import ground
from calc.units import Q_

KW = "W/(m*K)"


def test_slab_on_ground_by_hand():
    # 60 m × 11 m slab, 410 mm walls, 20 mm mortar + 100 mm concrete, λ_soil = 2.0
    # B' = 660 / (0.5 · 142) = 9.295775 m
    # R_f = 0.02/0.93 + 0.1/1.51 = 0.021505 + 0.066225 = 0.087730
    # d_t = 0.41 + 2.0 · (0.17 + 0.087730 + 0.04) = 1.005460 m  (< B')
    # U = 2·2/(π·9.295775 + 1.005460) · ln(π·9.295775/1.005460 + 1)
    #   = 4 / 30.209628 · ln(30.045061) = 0.132408 · 3.402697 = 0.450546
    u = ground.slab_on_ground_u(Q_(660, "m**2"), Q_(142, "m"), Q_(0.41, "m"), Q_(0.087730, "m**2*K/W"))
    assert u.m == pytest.approx(0.450546, rel=1e-4)


def test_well_insulated_slab_branch_by_hand():
    # 10 m × 10 m, R_f = 5: B' = 100/20 = 5; d_t = 0.3 + 2·5.21 = 10.72 > B'
    # U = 2 / (0.457 · 5 + 10.72) = 2 / 13.005 = 0.153787
    u = ground.slab_on_ground_u(Q_(100, "m**2"), Q_(40, "m"), Q_(0.3, "m"), Q_(5.0, "m**2*K/W"))
    assert u.m == pytest.approx(0.153787, rel=1e-4)


def test_two_branches_meet_at_dt_equal_b():
    # eq. 7 and eq. 8 agree to 0.05 % where d_t = B' (2 ln(π+1)/(π+1) = 0.68639 vs 1/1.457 = 0.68634)
    lam = 2.0
    b = 5.0
    r_f = (b - 0.3) / lam - 0.21
    just_below = ground.slab_on_ground_u(Q_(100, "m**2"), Q_(40, "m"), Q_(0.3, "m"), Q_(r_f + 1e-9, "m**2*K/W"))
    just_above = ground.slab_on_ground_u(Q_(100, "m**2"), Q_(40, "m"), Q_(0.3, "m"), Q_(r_f - 1e-9, "m**2*K/W"))
    assert just_below.m == pytest.approx(just_above.m, rel=5e-4)


def test_unheated_basement_below_floor_u():
    u_f = Q_(1.5, "W/(m**2*K)")
    u = ground.unheated_basement_u(Q_(200, "m**2"), Q_(60, "m"), Q_(0.37, "m"), u_f, Q_(0.5, "m**2*K/W"))
    assert 0 < u.m < 1.5
    h_b = ground.heated_basement_h(Q_(200, "m**2"), Q_(60, "m"), Q_(0.37, "m"), Q_(0.0, "m**2*K/W"),
                                   Q_(0.5, "m**2*K/W")).m
    # series: 1/U = 1/U_f + A/(H_b + ρc n V), basement air 1200/3600 · 0.3 · 200 · 2.5 = 50 W/K
    assert u.m == pytest.approx(1 / (1 / 1.5 + 200 / (h_b + 50.0)), rel=1e-9)


def test_heated_basement_wall_term_by_hand():
    # 10 × 10, z = 2.5, R_f = R_w = 0, w = 0.3, λ = 2
    # B' = 5, d_t = 0.3 + 2·0.21 = 0.72; d_t + z/2 = 1.97 < B'
    # U_bf = 4/(π·5 + 1.97) · ln(π·5/1.97 + 1) = 4/17.677963 · ln(8.973938) = 0.226270 · 2.194325 = 0.496513
    # d_w = 2·0.21 = 0.42 < d_t, so d_w replaces d_t in the wall factor:
    # U_bw = 4/(π·2.5) · (1 + 0.5·0.42/2.92) · ln(2.5/0.42 + 1)
    #      = 0.509296 · 1.071918 · 1.939084 = 1.058593
    # H = 100 · 0.496513 + 2.5 · 40 · 1.058593 = 49.6513 + 105.8593 = 155.5106
    h = ground.heated_basement_h(Q_(100, "m**2"), Q_(40, "m"), Q_(0.3, "m"), Q_(0.0, "m**2*K/W"),
                                 Q_(0.0, "m**2*K/W"))
    assert h.m == pytest.approx(155.5106, rel=1e-4)


def test_bad_dimensions_named():
    with pytest.raises(ValueError, match="perimeter"):
        ground.slab_on_ground_u(Q_(100, "m**2"), Q_(0, "m"), Q_(0.3, "m"), Q_(0.1, "m**2*K/W"))
    with pytest.raises(Exception, match="area"):
        ground.slab_on_ground_u(Q_(100, "m"), Q_(40, "m"), Q_(0.3, "m"), Q_(0.1, "m**2*K/W"))


def test_hourly_ground_temperature_interpolates_mid_month():
    idx = pd.date_range("2023-01-01", periods=8760, freq="h", tz="+08:00")
    monthly = [float(m) for m in range(1, 13)]
    t = ground.hourly_ground_temperature(monthly, idx)
    # 16 Jan 12:00 is day 15.5 = January's middle -> January's value
    assert t[15 * 24 + 12] == pytest.approx(1.0, abs=1e-9)
    # 1 Jan 00:00 lies between mid-December (day 349.5) and mid-January (15.5):
    # 15.5/31 of the way from 12 back towards 1 -> 12 - 11·15.5/31 = 6.5
    assert t[0] == pytest.approx(6.5, abs=1e-9)
    assert np.all((t >= 1) & (t <= 12))
    with pytest.raises(ValueError, match="ground_temperature"):
        ground.hourly_ground_temperature([1.0] * 11, idx)
