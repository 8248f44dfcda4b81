"""Surface irradiance and window transmission."""

import dataclasses
import math

import numpy as np
import pandas as pd
import pvlib
import pytest

from calc import solar
from calc.climate import Weather
from calc.units import Q_

LAT, LON, ELEV = 39.8, 116.47, 31.0
INDEX = pd.date_range("2023-01-01", periods=8760, freq="h", tz="+08:00")


def clear_sky_weather(scale=1.0):
    """A year of consistent clear-sky data (Ineichen, Linke turbidity 3)."""
    sp = pvlib.solarposition.get_solarposition(INDEX + pd.Timedelta(minutes=30), LAT, LON, altitude=ELEV)
    am = pvlib.atmosphere.get_absolute_airmass(pvlib.atmosphere.get_relative_airmass(sp["apparent_zenith"]))
    cs = pvlib.clearsky.ineichen(sp["apparent_zenith"].to_numpy(), am.to_numpy(), 3.0,
                                 dni_extra=pvlib.irradiance.get_extra_radiation(INDEX.tz_convert("UTC").day_of_year.to_numpy()))
    cs = {k: np.nan_to_num(np.asarray(v)) for k, v in cs.items()}
    data = pd.DataFrame({
        "temp_air": 5.0, "relative_humidity": 50.0, "ghi": scale * cs["ghi"], "dni": scale * cs["dni"],
        "dhi": scale * cs["dhi"], "wind_speed": 2.0, "sky_temperature": -10.0, "pressure": 101325.0,
    }, index=INDEX)
    return Weather(name="clear", latitude=LAT, longitude=LON, elevation=ELEV, utc_offset=8.0, data=data,
                   ground_temperature=tuple([5.0] * 12), synthetic=True, source="test"), sp


WEATHER, SUNPOS = clear_sky_weather()


def test_horizontal_plane_receives_ghi():
    poa = solar.surface_irradiance(WEATHER, Q_(0, "deg"), Q_(180, "deg")).m
    ghi = WEATHER.data["ghi"].to_numpy()
    day = ghi > 50
    assert day.sum() > 3000
    # beam·cos z + diffuse on the horizontal = GHI for consistent data
    assert np.allclose(poa[day], ghi[day], rtol=0.01)


def test_south_facade_beam_by_spherical_trigonometry():
    c = solar.surface_components(WEATHER, Q_(90, "deg"), Q_(180, "deg"))
    z = np.radians(SUNPOS["apparent_zenith"].to_numpy())
    az = np.radians(SUNPOS["azimuth"].to_numpy())
    # cos θ = cos z cos β + sin z sin β cos(γ_s − γ) with β = 90°, γ = 180°
    cos_aoi = np.sin(z) * np.cos(az - math.pi)
    expected = np.where(z < math.pi / 2, WEATHER.data["dni"].to_numpy() * np.maximum(cos_aoi, 0.0), 0.0)
    assert np.allclose(c["beam"].m, expected, atol=1e-6)
    # winter noon on a south facade in Beijing gets more beam than summer noon
    jan, jun = c["beam"].m[12 + 24 * 15], c["beam"].m[12 + 24 * 172]
    assert jan > 2 * jun


def test_ground_reflection_isotropic_half_for_a_facade():
    c = solar.surface_components(WEATHER, Q_(90, "deg"), Q_(90, "deg"), albedo=0.3)
    # ρ · GHI · (1 − cos 90°)/2
    assert np.allclose(c["ground_diffuse"].m, 0.3 * WEATHER.data["ghi"].to_numpy() * 0.5, atol=1e-9)


def test_no_irradiance_no_sun():
    dark = dataclasses.replace(WEATHER, data=WEATHER.data.assign(ghi=0.0, dni=0.0, dhi=0.0))
    assert np.all(solar.surface_irradiance(dark, Q_(90, "deg"), Q_(0, "deg")).m == 0.0)
    assert np.all(solar.transmitted_irradiance(dark, Q_(90, "deg"), Q_(0, "deg")).m == 0.0)


def test_glass_angular_factor_by_hand():
    # One clear pane at 60°, n = 1.526: θ_r = asin(sin 60°/1.526) = 34.5796°,
    # r_s = sin²(θ_r − θ)/sin²(θ_r + θ) = 0.18559, r_p = tan²(…)/tan²(…) =
    # 0.001446 (hand-evaluated), each polarisation through both faces with
    # inter-reflections (1 − r)/(1 + r): ½(0.68689 + 0.99711) = 0.84200; at
    # normal incidence r0 = (0.526/2.526)² = 0.043362 → 0.91688. Absorption
    # K·L = 19.6 × 0.003175 = 0.06223 over the path 1/cos θ_r = 1.21498:
    # exp(−0.06223 × 0.21498) = 0.98671. Factor 0.84200/0.91688 × 0.98671.
    f = solar.glazing_angular_factor(Q_([0.0, 60.0, 90.0], "deg"))
    assert f[0] == pytest.approx(1.0, abs=1e-9)
    assert f[1] == pytest.approx(0.84200 / 0.91688 * 0.98671, rel=1e-3)
    assert f[2] == pytest.approx(0.0, abs=1e-9)


def test_double_glazing_matches_the_bestest_glazing():
    # ASHRAE 140 (BESTEST) double clear glazing as tabulated in ESP-r's
    # BESTEST optical database (models/validation/BESTEST/dbs/opticdb, entry
    # DG_Bestest): direct solar transmittance 0.747, 0.730, 0.680, 0.517,
    # 0.263 at 0°, 40°, 55°, 70°, 80° — relative to normal 0.977, 0.910,
    # 0.692, 0.352. A single-interface model (pvlib.iam.physical per pane)
    # gives 0.74 at 70° instead.
    f = solar.glazing_angular_factor(Q_([40.0, 55.0, 70.0, 80.0], "deg"), panes=2)
    assert f == pytest.approx([0.730 / 0.747, 0.680 / 0.747, 0.517 / 0.747, 0.263 / 0.747], abs=0.01)


def test_transmitted_below_incident_and_weighted():
    inc = solar.surface_irradiance(WEATHER, Q_(90, "deg"), Q_(180, "deg")).m
    tr = solar.transmitted_irradiance(WEATHER, Q_(90, "deg"), Q_(180, "deg")).m
    assert np.all(tr <= inc + 1e-9) and np.all(tr >= 0)
    # annual angular loss of a south window: a few to ~20 % (ISO 13790 F_w = 0.9)
    ratio = tr.sum() / inc.sum()
    assert 0.75 < ratio < 0.97


def test_memo_is_keyed_on_content():
    dimmer, _ = clear_sky_weather(scale=0.5)
    a = solar.surface_irradiance(WEATHER, Q_(90, "deg"), Q_(180, "deg")).m
    b = solar.surface_irradiance(dimmer, Q_(90, "deg"), Q_(180, "deg")).m
    assert np.allclose(b, 0.5 * a, rtol=0.05, atol=1.0)
    assert not np.allclose(a, b)


def test_bad_inputs_named():
    with pytest.raises(ValueError, match="tilt: 200"):
        solar.surface_irradiance(WEATHER, Q_(200, "deg"), Q_(180, "deg"))
    with pytest.raises(Exception, match="azimuth"):
        solar.surface_irradiance(WEATHER, Q_(90, "deg"), Q_(1, "m"))
    bad = dataclasses.replace(WEATHER, data=WEATHER.data.assign(dni=-1.0))
    with pytest.raises(ValueError, match="dni"):
        solar.surface_irradiance(bad, Q_(90, "deg"), Q_(180, "deg"))


def test_planes_at_once_match_single_calls():
    both = solar.irradiance_on_planes(WEATHER, Q_([90.0, 0.0], "deg"), Q_([135.0, 180.0], "deg"))
    for i, (tilt, az) in enumerate(((90.0, 135.0), (0.0, 180.0))):
        inc = solar.surface_irradiance(WEATHER, Q_(tilt, "deg"), Q_(az, "deg")).m
        tr = solar.transmitted_irradiance(WEATHER, Q_(tilt, "deg"), Q_(az, "deg")).m
        assert np.allclose(both["incident"].m[i], inc, atol=1e-9)
        assert np.allclose(both["transmitted"].m[i], tr, atol=1e-9)
    with pytest.raises(ValueError, match="tilts, azimuths"):
        solar.irradiance_on_planes(WEATHER, Q_([90.0, 0.0], "deg"), Q_([180.0], "deg"))


def test_panes_multiply_the_angular_loss():
    one = solar.glazing_angular_factor(Q_([30.0, 60.0], "deg"))
    two = solar.glazing_angular_factor(Q_([30.0, 60.0], "deg"), panes=2)
    assert np.all(two < one) and np.all(two > one ** 2 - 0.02)
    single = solar.transmitted_irradiance(WEATHER, Q_(90, "deg"), Q_(180, "deg")).m.sum()
    double = solar.transmitted_irradiance(WEATHER, Q_(90, "deg"), Q_(180, "deg"), panes=2).m.sum()
    planes = solar.irradiance_on_planes(WEATHER, Q_([90.0], "deg"), Q_([180.0], "deg"), panes=2)
    assert double < single and planes["transmitted"].m[0].sum() == pytest.approx(double, rel=1e-9)
    with pytest.raises(ValueError, match="panes"):
        solar.glazing_angular_factor(Q_(10.0, "deg"), panes=4)


def test_window_known_by_u_and_shgc_uses_the_simple_glazing_model():
    # a (U_w, SHGC) pair selects LBNL's simple glazing model: its total solar
    # energy transmittance over the SHGC (tests/calc/test_glazing.py checks
    # the curves by hand), for the beam and, integrated, for the diffuse
    from calc import glazing
    from calc.model import Window

    key = solar.window_glazing(Window(u_value=Q_(2.0, "W/(m**2*K)"), shgc=0.4))
    assert key == (2.0, 0.4)
    angles = [0.0, 30.0, 60.0, 80.0, 90.0]
    f = solar.glazing_angular_factor(Q_(angles, "deg"), panes=key)
    assert f == pytest.approx(glazing.solar_factor_ratio(angles, 2.0, 0.4), abs=1e-12)
    tr = solar.transmitted_irradiance(WEATHER, Q_(90, "deg"), Q_(180, "deg"), panes=key).m
    planes = solar.irradiance_on_planes(WEATHER, Q_([90.0], "deg"), Q_([180.0], "deg"), panes=key)
    assert planes["transmitted"].m[0] == pytest.approx(tr, abs=1e-9)
    inc = solar.surface_irradiance(WEATHER, Q_(90, "deg"), Q_(180, "deg")).m
    assert np.all(tr <= inc + 1e-9) and 0.75 < tr.sum() / inc.sum() < 0.97
    with pytest.raises(ValueError, match="shgc"):
        solar.glazing_angular_factor(Q_(10.0, "deg"), panes=(2.0, 1.5))
