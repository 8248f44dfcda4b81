"""Solar water heating: collector curve, daily store and the measure,
against hand calculations."""

import numpy as np
import pytest

from calc import solar_thermal as st
from calc.climate import weather_for_site
from calc.economics import measure_cost
from calc.geometry import floor_area, footprint_area
from calc.measures import apply_measure
from calc.model import Measure


def test_collector_curve_by_hand():
    # G = 800 W/m², θ_air = 20 °C, ΔT = 30 K:
    # 0.75·800 − 3.5·30 − 0.015·900 = 600 − 105 − 13.5 = 481.5 W/m²
    assert st.collector_heat(np.array([800.0]), np.array([20.0]))[0] == pytest.approx(481.5)
    # too little sun to gain: 0.75·100 − 105 − 13.5 < 0 -> off
    assert st.collector_heat(np.array([100.0]), np.array([20.0]))[0] == 0.0


def test_daily_store_caps_the_yield_by_hand():
    # 365 days: the first 100 collect 20 kWh, the rest 5 kWh; need 3650 kWh/a
    # = 10 kWh/day. After 15 % losses: 17 kWh (capped at 10) and 4.25 kWh:
    # (100·10 + 265·4.25) / 3650 = 2126.25 / 3650 = 0.58253
    hourly = np.zeros((365, 24))
    hourly[:100, 12] = 20.0
    hourly[100:, 12] = 5.0
    assert st.solar_fraction(hourly.ravel(), 3650.0) == pytest.approx(2126.25 / 3650.0)
    assert st.solar_fraction(hourly.ravel(), 0.0) == 0.0


def test_measure_lowers_the_hot_water_need_by_the_solar_fraction(residential):
    m = Measure(kind="solar_thermal")
    after = apply_measure(residential, m)
    b0, b1 = residential.buildings[0], after.buildings[0]
    f = st.building_solar_fraction(b0, weather_for_site(residential.site), 0.1 * footprint_area(b0).m, 30.0, 180.0)
    assert 0.2 < f < 0.95
    assert b1.equipment.dhw_demand.m == pytest.approx(b0.equipment.dhw_demand.m * (1 - f), rel=1e-12)
    # investment: 0.1 m² of aperture per m² of roof at 1200 CNY/m²
    assert measure_cost(residential, m).gross.to("CNY").m == pytest.approx(1200 * 0.1 * footprint_area(b0).m)
    assert floor_area(b1) == floor_area(b0)
