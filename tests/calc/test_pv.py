"""Tests of calc.pv: roof layout, the PVWatts chain against pvlib's own
ModelChain, yields against published ranges, and self-consumption."""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import pvlib
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from calc import pv
from calc.climate import read_epw
from calc.model import Building, PVSystem
from calc.projectfile import load
from calc.units import Q_, UnitInputError

ROOT = Path(__file__).resolve().parents[2]
WEATHER_FILES = {
    "Beijing": "CHN_Beijing.Beijing.545110_CSWD.epw.gz",
    "Shanghai": "CHN_Shanghai.Shanghai.583620_CSWD.epw.gz",
}


@lru_cache(maxsize=None)
def weather(city: str):
    """The city's typical year from the project's weather data (CSWD)."""
    return read_epw(ROOT / "datasets" / "weather" / WEATHER_FILES[city])


def sample_building(**pv_fields) -> Building:
    b = load(ROOT / "datasets" / "examples" / "residential_beijing_1980s.json").buildings[0]
    return b.replace(pv=PVSystem(**pv_fields))


# ---------------------------------------------------------------- layout

def test_solstice_elevation_beijing():
    # α = 90 − |39.8 − (−23.44)| = 26.76°
    assert pv.winter_solstice_noon_elevation(Q_(39.8, "deg")).m == pytest.approx(26.76, abs=1e-9)


def test_gcr_south_facing_rows_hand_calculation():
    # Beijing, tilt 25°, due south: α = 26.76°
    # cos 25° = 0.906308, sin 25° = 0.422618, tan 26.76° = 0.504260
    # pitch / L = 0.906308 + 0.422618 / 0.504260 = 0.906308 + 0.838096 = 1.744404
    # GCR = 1 / 1.744404 = 0.573262
    gcr = pv.ground_coverage_ratio(Q_(25, "deg"), Q_(180, "deg"), Q_(39.8, "deg"))
    assert gcr == pytest.approx(0.573262, rel=1e-5)


def test_gcr_flat_modules_is_one():
    assert pv.ground_coverage_ratio(Q_(0, "deg"), Q_(180, "deg"), Q_(40, "deg")) == 1.0


def test_gcr_east_facing_rows_cast_no_noon_shadow_along_the_row_normal():
    # γ = 90°: |cos(90° − 180°)| = 0, so pitch = L·cos β; GCR = 1 / cos 30° = 1.1547 → capped at 1
    # (rows facing east touch at noon; the cap keeps modules ≤ field area)
    assert pv.ground_coverage_ratio(Q_(30, "deg"), Q_(90, "deg"), Q_(40, "deg")) == 1.0


def test_gcr_lower_latitude_allows_denser_rows():
    north = pv.ground_coverage_ratio(Q_(25, "deg"), Q_(180, "deg"), Q_(45.0, "deg"))
    south = pv.ground_coverage_ratio(Q_(25, "deg"), Q_(180, "deg"), Q_(22.5, "deg"))
    assert south > north


def test_polar_latitude_is_rejected_with_the_range():
    with pytest.raises(ValueError, match=r"latitude = 70.*66.5"):
        pv.winter_solstice_noon_elevation(Q_(70, "deg"))


def test_tilt_must_be_an_angle():
    with pytest.raises(UnitInputError, match="tilt"):
        pv.ground_coverage_ratio(Q_(25, "m"), Q_(180, "deg"), Q_(40, "deg"))


def test_layout_flat_modules_counts_whole_modules():
    b = sample_building(coverage=0.5, tilt=Q_(0, "deg"))
    lay = pv.pv_layout(b, Q_(39.8, "deg"))
    g = b.geometry
    roof = g.length.m * g.width.m
    product = pv.module_product("mono_perc_550")
    n = math.floor(roof * 0.5 / product.area)
    assert lay.gcr == 1.0
    assert lay.n_modules == n
    assert lay.peak_power.to("kW").m == pytest.approx(n * product.p_stc / 1000)
    assert lay.roof_coverage == pytest.approx(n * product.area / roof)
    assert lay.roof_coverage <= 0.5


def test_layout_tilted_uses_gcr():
    b = sample_building(coverage=1.0, tilt=Q_(25, "deg"))
    lay = pv.pv_layout(b, Q_(39.8, "deg"))
    g = b.geometry
    roof = g.length.m * g.width.m
    assert lay.n_modules == math.floor(roof * 0.573262 / pv.module_product("mono_perc_550").area)


def test_unknown_module_lists_known_ones():
    with pytest.raises(ValueError, match="mono_perc_550"):
        pv.module_product("thin_film_100")


def test_building_without_pv_is_a_clear_error():
    b = sample_building().replace(pv=None)
    with pytest.raises(ValueError, match="pv is empty"):
        pv.pv_layout(b, Q_(39.8, "deg"))


def test_module_efficiency_from_datasheet_values():
    # 550 W / (area · 1000 W/m²) lies in the 20-23 % of current mono modules
    assert 0.20 < pv.module_product("mono_perc_550").efficiency < 0.23


# ---------------------------------------------------------------- output vs pvlib ModelChain

def _modelchain_annual_kwh(w, tilt, azimuth, pdc0_w, gamma, losses, eta_inv):
    """Reference: pvlib's ModelChain in PVWatts configuration on the same
    weather, with solar geometry at the middle of each hour."""
    data = w.data.copy()
    data.index = data.index + pd.Timedelta(minutes=30)
    data = data.rename(columns={"pressure": "pressure_pa"})
    location = pvlib.location.Location(w.latitude, w.longitude, tz="Etc/GMT-8", altitude=w.elevation)
    system = pvlib.pvsystem.PVSystem(
        surface_tilt=tilt, surface_azimuth=azimuth, albedo=0.2,
        module_parameters={"pdc0": pdc0_w, "gamma_pdc": gamma},
        inverter_parameters={"pdc0": pdc0_w / 1.2 / eta_inv, "eta_inv_nom": eta_inv},
        temperature_model_parameters=pvlib.temperature.TEMPERATURE_MODEL_PARAMETERS["sapm"]["open_rack_glass_polymer"],
        losses_parameters={"soiling": 100 * losses, "shading": 0, "snow": 0, "mismatch": 0, "wiring": 0,
                           "connections": 0, "lid": 0, "nameplate_rating": 0, "age": 0, "availability": 0},
    )
    mc = pvlib.modelchain.ModelChain(system, location, transposition_model="perez", aoi_model="physical",
                                     spectral_model="no_loss", losses_model="pvwatts", dc_model="pvwatts",
                                     ac_model="pvwatts")
    mc.run_model(data[["ghi", "dni", "dhi", "temp_air", "wind_speed"]])
    return float(mc.results.ac.clip(lower=0).sum()) / 1000.0


# the reference, pvlib's own ModelChain, reads the day of year through the
# DatetimeIndex.dayofyear pandas deprecates (calc hands pvlib numbers)
@pytest.mark.filterwarnings("ignore:DatetimeIndex.dayofyear is deprecated")
@pytest.mark.parametrize("city", ["Beijing", "Shanghai"])
def test_annual_yield_within_3_percent_of_pvlib_modelchain(city):
    w = weather(city)
    b = sample_building(tilt=Q_(25, "deg"))
    result = pv.pv_output(b, w)
    ref = _modelchain_annual_kwh(w, 25.0, 180.0, result.peak_power.to("W").m,
                                 result.layout.module.gamma_pdc, 0.14, 0.96)
    assert result.annual.to("kWh").m == pytest.approx(ref, rel=0.03)


# Published range of specific yields: China's national average PV utilisation
# was 1133 full-load hours in 2015 (NEA statistics, chinaenergyportal.org
# "2015 PV installations utility and distributed by province"); the Global
# Solar Atlas (World Bank / Solargis) maps long-term PVOUT of optimally tilted
# systems at roughly 1100-1500 kWh/kWp in the North China Plain and
# 900-1200 kWh/kWp around Shanghai (read off the map, not a table value).
@pytest.mark.parametrize("city,low,high", [("Beijing", 1100, 1500), ("Shanghai", 900, 1200)])
def test_specific_yield_in_published_range(city, low, high):
    result = pv.pv_output(sample_building(tilt=Q_(25, "deg")), weather(city))
    assert low <= result.specific_yield.to("kWh/kW").m <= high


def test_output_shapes_units_and_bounds():
    w = weather("Beijing")
    r = pv.pv_output(sample_building(), w)
    assert r.ac.shape == (8760,)
    assert np.all(r.ac.m >= 0)
    # hourly AC can never exceed the inverter nameplate kWp / DC-AC ratio (1 h)
    assert r.ac.to("kWh").m.max() <= r.peak_power.to("kW").m / pv.DC_AC_RATIO + 1e-9
    assert r.annual.to("kWh").m == pytest.approx(r.ac.to("kWh").m.sum())
    # IEC 61724 performance ratio of a healthy rooftop system: 0.70-0.90
    assert 0.70 < r.performance_ratio < 0.90
    # night hours (GHI = 0) give no output
    dark = w.data["ghi"].to_numpy() == 0
    assert np.all(r.ac.m[dark] == 0)


def test_higher_losses_lower_output_proportionally_on_dc():
    w = weather("Beijing")
    a = pv.pv_output(sample_building(system_losses=0.10), w)
    b = pv.pv_output(sample_building(system_losses=0.20), w)
    # DC scales with (1 − losses): 0.80 / 0.90
    assert b.dc.m.sum() / a.dc.m.sum() == pytest.approx(0.80 / 0.90, rel=1e-9)


def test_south_beats_north_in_beijing():
    w = weather("Beijing")
    south = pv.pv_output(sample_building(tilt=Q_(25, "deg"), azimuth=Q_(180, "deg")), w)
    north = pv.pv_output(sample_building(tilt=Q_(25, "deg"), azimuth=Q_(0, "deg")), w)
    assert south.specific_yield > north.specific_yield


# ---------------------------------------------------------------- self-consumption

def test_self_consumption_hand_example():
    # pv   [0, 5, 10, 3], load [2, 4, 4, 6]
    # used [0, 4, 4, 3] = 11; exported [0, 1, 6, 0] = 7; imported [2, 0, 0, 3] = 5
    s = pv.self_consumption(Q_([0, 5, 10, 3], "kWh"), Q_([2, 4, 4, 6], "kWh"))
    assert s.self_consumed.m == 11 and s.exported.m == 7 and s.imported.m == 5
    assert s.self_consumption_rate == pytest.approx(11 / 18)
    assert s.self_sufficiency_rate == pytest.approx(11 / 16)


def test_self_consumption_no_generation_gives_zero_rates():
    s = pv.self_consumption(Q_([0, 0], "kWh"), Q_([1, 2], "kWh"))
    assert s.self_consumption_rate == 0 and s.self_sufficiency_rate == 0 and s.imported.m == 3


def test_self_consumption_length_mismatch():
    with pytest.raises(ValueError, match="must match"):
        pv.self_consumption(Q_([1, 2, 3], "kWh"), Q_([1, 2], "kWh"))


def test_self_consumption_negative_load_names_the_field():
    with pytest.raises(ValueError, match="load_hourly"):
        pv.self_consumption(Q_([1, 2], "kWh"), Q_([1, -2], "kWh"))


def test_self_consumption_rejects_power_units():
    with pytest.raises(UnitInputError, match="pv_hourly"):
        pv.self_consumption(Q_([1, 2], "kW"), Q_([1, 2], "kWh"))


@settings(max_examples=50, deadline=None)
@given(arrays(float, 24, elements=st.floats(0, 100)), arrays(float, 24, elements=st.floats(0, 100)))
def test_self_consumption_balances(gen, load):
    s = pv.self_consumption(Q_(gen, "kWh"), Q_(load, "kWh"))
    assert s.self_consumed.m + s.exported.m == pytest.approx(gen.sum(), abs=1e-9)
    assert s.self_consumed.m + s.imported.m == pytest.approx(load.sum(), abs=1e-9)
    assert 0 <= s.self_consumption_rate <= 1 and 0 <= s.self_sufficiency_rate <= 1
