"""Rain in the weather and on the outside faces: EPW present-weather codes
(calc.climate.rain_flags), the ASHRAE wet-bulb temperature and the wetted
film (calc.envelope.exterior_film)."""

import numpy as np
import pandas as pd
import pytest

from calc import climate, envelope
from calc.units import Q_


def test_rain_from_present_weather_codes():
    raw = pd.DataFrame({
        "present_weather_observation": [0, 0, 0, 0, 9, 0],
        # no weather; rain (2nd digit); thunderstorm (1st); snow only (5th); not observed; drizzle (3rd)
        "present_weather_codes": [999999999, 909999999, 19999999, 999909999, 909999999, 990999999],
    })
    assert climate.rain_flags(raw).tolist() == [False, True, True, False, False, True]


def test_no_present_weather_columns_means_no_rain():
    assert not climate.rain_flags(pd.DataFrame({"temp_air": [1.0, 2.0]})).any()


@pytest.mark.parametrize("t, rh, expected", [
    # psychrometric chart values at sea level (ASHRAE Handbook Fundamentals
    # 2017 ch. 1, chart 1): 30 °C / 50 % → 22.0 °C; 35 °C / 40 % → 24.0 °C
    (30.0, 50.0, 22.0), (35.0, 40.0, 24.0), (20.0, 100.0, 20.0)])
def test_wet_bulb_temperature(t, rh, expected):
    twb = climate.wet_bulb_temperature(Q_([t], "degC"), Q_([rh], "percent"), Q_([101325.0], "Pa"))
    assert twb.to("degC").m[0] == pytest.approx(expected, abs=0.2)


def test_wet_bulb_below_the_dry_bulb_and_above_the_dew_point():
    t = np.array([-15.0, -2.0, 5.0, 25.0, 38.0])
    rh = np.array([70.0, 60.0, 30.0, 80.0, 20.0])
    twb = climate.wet_bulb_celsius(t, rh, np.full(5, 101325.0))
    td = np.asarray(climate.dew_point(Q_(t, "degC"), Q_(rh, "percent")).to("degC").m)
    assert np.all(twb <= t + 1e-9) and np.all(twb >= td - 0.05)


def test_a_wet_face_sits_at_the_wet_bulb_behind_a_vanishing_outside_film():
    kw = dict(height=5.0, tilt="vertical", roughness=envelope.ROUGHNESS_MEDIUM_ROUGH,
              emissivity=envelope.EMISSIVITY_OPAQUE, windward_share=0.5)
    n = 3
    args = (np.full(n, 25.0), np.full(n, 15.0), np.full(n, 3.0), np.full(n, 400.0), 0.3, 26.0)
    wet = np.array([False, True, False])
    u_dry, t_dry = envelope.exterior_film(*args, **kw)
    u, t = envelope.exterior_film(*args, wet=wet, theta_wet=np.full(n, 23.0), **kw)
    assert t[1] == pytest.approx(23.0) and t[0] == t_dry[0] and t[2] == t_dry[2]
    # by hand: 1/U = R_si + R_c + 1/1000 with the dry hour's inside film;
    # the dry outside film from θ_eq − θ_e = (αI − h_r,sky F (θ_e − θ_sky)) / h_se
    h_se_dry = (400.0 - envelope.EMISSIVITY_OPAQUE * envelope.STEFAN_BOLTZMANN
                * ((298.15 ** 2 + 288.15 ** 2) * (298.15 + 288.15)) * 0.5 * np.sqrt(0.5) * 10.0) / (t_dry[1] - 25.0)
    r_si = 1.0 / u_dry[1] - 0.3 - 1.0 / h_se_dry
    assert u[1] == pytest.approx(1.0 / (r_si + 0.3 + 1.0 / envelope.WET_SURFACE_COEFFICIENT), rel=1e-9)
    assert u[1] > u_dry[1]
