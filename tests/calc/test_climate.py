"""Tests of calc/climate.py against independent figures.

Reference values:
* GB 50176-2016 Appendix A, Table A.0.1 HDD18/CDD26 (as recorded in
  datasets/cities.csv; recalled, see datasets/SOURCES_climate.md);
* solar geometry (solar noon from longitude and the equation of time);
* hand calculations written out below.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import numpy as np
import pandas as pd
import pvlib
import pytest

from calc import climate
from calc.climate import (MonthlyNormals, WeatherFileError, degree_days, monthly_statistics, parse_epw,
                          read_epw, read_mos, read_weather_file, synthetic_year, weather_for_site,
                          zone_from_degree_days)
from calc.datasets import cities
from calc.model.project import Site
from calc.units import Q_

WEATHER = Path(cities.WEATHER_DIR)
BEIJING = WEATHER / "CHN_Beijing.Beijing.545110_CSWD.epw.gz"
SHENZHEN = WEATHER / "CHN_Guangdong.Shenzhen.594930_SWERA.mos.gz"
REAL_FILE_CITIES = ("Beijing", "Zhengzhou", "Shanghai", "Chengdu", "Urumqi", "Shenzhen")


@pytest.fixture(scope="module")
def beijing():
    return read_epw(BEIJING)


@pytest.fixture(scope="module")
def beijing_text():
    return gzip.decompress(BEIJING.read_bytes()).decode("utf-8")


# ---------------------------------------------------------------- reading

def test_epw_shape_index_and_first_record(beijing):
    d = beijing.data
    assert len(d) == 8760
    assert list(d.columns)[:8] == list(climate.COLUMNS)
    assert d.index[0] == pd.Timestamp("2023-01-01 00:00", tz=climate.CHINA_TZ)
    assert d.index.tz.utcoffset(None) == pd.Timedelta(hours=8)
    # First EPW record (line 9): 1 Jan hour 1, dry bulb -5.1 degC, RH 65 %, 101540 Pa,
    # horizontal IR 234 W/m2 -> 234 / 5.670374e-8 = 4.12672e9 K^4, fourth root 253.455 K,
    # T_sky = 253.455 - 273.15 = -19.69 degC.
    assert d["temp_air"].iloc[0] == pytest.approx(-5.1)
    assert d["relative_humidity"].iloc[0] == pytest.approx(65)
    assert d["pressure"].iloc[0] == pytest.approx(101540)
    assert d["sky_temperature"].iloc[0] == pytest.approx(-19.69, abs=0.02)
    assert beijing.latitude == pytest.approx(39.80) and beijing.longitude == pytest.approx(116.47)
    assert not beijing.synthetic
    # Header GROUND TEMPERATURES, 0.5 m: Jan 0.14, Jul 24.85 degC.
    assert beijing.ground_temperature[0] == pytest.approx(0.14)
    assert beijing.ground_temperature[6] == pytest.approx(24.85)


def test_irradiance_peaks_around_solar_noon(beijing):
    """The GHI-weighted mean solar time must be within 0.75 h of solar noon.

    With the index at interval starts and geometry at mid-interval, CSWD data
    centre about 0.5 h after solar noon (datasets/SOURCES_climate.md); a one-hour
    shift of the index would move it to about 1.5 h or -0.5 h.
    """
    d = beijing.data
    mid = d.index + climate.HALF_HOUR
    eot_min = pvlib.solarposition.equation_of_time_spencer71(mid.day_of_year)
    # Local solar time = clock time + 4 min/deg * (lon - 120 E) + EoT.
    solar_time = mid.hour + mid.minute / 60 + (4 * (beijing.longitude - 120) + eot_min) / 60
    centre = np.average(solar_time, weights=d["ghi"].to_numpy())
    assert 12.0 - 0.75 < centre < 12.0 + 0.75
    hourly = d["ghi"].groupby(d.index.hour).mean()
    assert hourly.idxmax() in (11, 12)  # interval 11-12 h or 12-13 h clock time


def test_south_facade_gets_more_winter_sun_than_north(beijing):
    d = beijing.data
    winter = d.index.month.isin([12, 1, 2])
    w = d[winter]
    pos = pvlib.solarposition.get_solarposition(w.index + climate.HALF_HOUR, beijing.latitude, beijing.longitude)

    def facade(azimuth):
        irr = pvlib.irradiance.get_total_irradiance(
            90, azimuth, pos["apparent_zenith"].to_numpy(), pos["azimuth"].to_numpy(),
            w["dni"].to_numpy(), w["ghi"].to_numpy(), w["dhi"].to_numpy(), albedo=0.2)
        return np.clip(np.nan_to_num(irr["poa_global"]), 0, None).sum() / 1000

    south, north = facade(180), facade(0)
    assert south > 2 * north


def test_mos_shift_closure_and_location():
    w = read_mos(SHENZHEN)
    d = w.data
    assert len(d) == 8760 and w.latitude == pytest.approx(22.55)
    # Row 2 of the table (t = 3600 s) is EPW record 1: 13.8 degC, 91 %, IR 322 W/m2.
    assert d["temp_air"].iloc[0] == pytest.approx(13.8)
    # Last hour filled from the one before.
    assert d["temp_air"].iloc[-1] == d["temp_air"].iloc[-2]
    # With the shift right, DNI cos(z) + DHI reproduces GHI (SWERA closes to < 1 %).
    pos = pvlib.solarposition.get_solarposition(d.index + climate.HALF_HOUR, w.latitude, w.longitude)
    day = pos["apparent_zenith"].to_numpy() < 80
    rebuilt = d["dni"].to_numpy() * np.cos(np.radians(pos["zenith"].to_numpy())) + d["dhi"].to_numpy()
    assert rebuilt[day].sum() / d["ghi"].to_numpy()[day].sum() == pytest.approx(1.0, abs=0.02)


def _replace_field(text, line_no, field, value):
    lines = text.splitlines()
    parts = lines[line_no - 1].split(",")
    parts[field] = value
    lines[line_no - 1] = ",".join(parts)
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("field, value, column", [
    (6, "99.9", "temp_air"),          # missing-value code
    (6, "85.0", "temp_air"),          # out of range
    (13, "9999", "ghi"),              # missing GHI
    (14, "-5", "dni"),                # negative irradiance
    (8, "130", "relative_humidity"),  # out of range
    (21, "nan", "wind_speed"),        # not a number
])
def test_bad_values_named_by_line_and_column(beijing_text, field, value, column):
    bad = _replace_field(beijing_text, 100, field, value)
    with pytest.raises(WeatherFileError, match=rf"line 100: column {column}"):
        parse_epw(bad, name="test.epw")


def test_malformed_line_is_named(beijing_text):
    lines = beijing_text.splitlines()
    lines[499] = ",".join(lines[499].split(",")[:20])
    with pytest.raises(WeatherFileError, match=r"line 500: 20 fields"):
        parse_epw("\n".join(lines), name="x.epw")


def test_short_file_and_wrong_order(beijing_text):
    lines = beijing_text.splitlines()
    with pytest.raises(WeatherFileError, match="8760"):
        parse_epw("\n".join(lines[:5000]), name="x.epw")
    swapped = lines[:]
    swapped[20], swapped[21] = swapped[21], swapped[20]
    with pytest.raises(WeatherFileError, match="line 21"):
        parse_epw("\n".join(swapped), name="x.epw")
    with pytest.raises(WeatherFileError, match="line 1"):
        parse_epw("hello\n", name="x.epw")


def test_leap_year_drops_29_february(beijing_text):
    lines = beijing_text.splitlines()
    head, data = lines[:8], lines[8:]
    # Build a 2024 file: 28 Feb records repeated as 29 Feb with a marker temperature.
    feb28 = [ln for ln in data if ln.split(",")[1:3] == ["2", "28"]]
    feb29 = []
    for ln in feb28:
        p = ln.split(",")
        p[2], p[6] = "29", "55.5"
        feb29.append(",".join(p))
    cut = data.index(feb28[-1]) + 1
    leap = head + data[:cut] + feb29 + data[cut:]
    w = parse_epw("\n".join(leap), name="leap.epw")
    assert len(w.data) == 8760
    assert not (w.data["temp_air"] == 55.5).any()
    assert w.data.loc["2023-03-01 00:00", "temp_air"] == pytest.approx(float(data[cut].split(",")[6]))


def test_missing_infrared_gives_estimated_sky_temperature(beijing_text):
    lines = beijing_text.splitlines()
    for i in range(8, len(lines)):
        p = lines[i].split(",")
        p[12] = "9999"
        lines[i] = ",".join(p)
    w = parse_epw("\n".join(lines), name="noir.epw")
    assert "sky temperature estimated" in w.source
    # Hand check, first hour: T = -5.1, Tdp = -10.0 degC, opaque cover N = 4 tenths.
    # eps_clear = 0.787 + 0.764 ln(263.15/273) = 0.75889; cloud factor
    # 1 + 0.0224*4 - 0.0035*16 + 0.00028*64 = 1.05152 -> eps = 0.79803;
    # eps**0.25 = 0.94516, T = 268.05 K:
    # 0.94516 * 268.05 = 253.35 K -> -19.80 degC.
    assert w.data["sky_temperature"].iloc[0] == pytest.approx(-19.80, abs=0.03)


def test_unreadable_files(tmp_path):
    with pytest.raises(WeatherFileError, match="cannot be read"):
        read_epw(tmp_path / "nothere.epw")
    bad = tmp_path / "bad.epw.gz"
    bad.write_bytes(b"\x1f\x8b\x08\x00garbage")
    with pytest.raises(WeatherFileError, match="gzip"):
        read_epw(bad)
    with pytest.raises(WeatherFileError, match="unknown weather file type"):
        read_weather_file(tmp_path / "weather.csv")


# ---------------------------------------------------------------- degree days

# GB 50176-2016 Table A.0.1 values as recorded in datasets/cities.csv (Shenzhen
# is not in the recalled list: its row holds the file's own values, so it is
# checked against degree days derived independently from the same file:
# daily means of the 24 hourly dry-bulb values, summed as GB 50176-2016 defines
# HDD18 and CDD26).
@pytest.mark.parametrize("city", ["Beijing", "Zhengzhou", "Shanghai", "Chengdu", "Urumqi"])
def test_hdd18_of_real_files_within_10_percent_of_standard(city):
    row = cities.city(city)
    hdd, _ = degree_days(read_weather_file(cities.dataset_weather_path(row["weather_file"])))
    assert hdd.to("K*day").m == pytest.approx(row["hdd18_kd"], rel=0.10)


def test_degree_days_hand_calculation():
    """365 days at 10 degC -> HDD18 = 365 * 8 = 2920 K*d, CDD26 = 0; a year with
    100 days at 30 degC and 265 at 20 degC -> HDD18 = 0, CDD26 = 100 * 4 = 400."""
    base = read_epw(BEIJING)
    flat = base.data.copy()
    flat["temp_air"] = 10.0
    w = climate.Weather(**{**base.__dict__, "data": flat})
    hdd, cdd = degree_days(w)
    assert hdd.to("K*day").m == pytest.approx(2920) and cdd.m == 0
    warm = flat.copy()
    warm["temp_air"] = 20.0
    warm.iloc[: 100 * 24, warm.columns.get_loc("temp_air")] = 30.0
    hdd, cdd = degree_days(climate.Weather(**{**base.__dict__, "data": warm}))
    assert hdd.m == 0 and cdd.to("K*day").m == pytest.approx(400)


def test_shenzhen_degree_days_match_derived_reference():
    # Derived independently from the same file (daily means of the hourly
    # dry-bulb, summed as GB 50176-2016 defines them): 245 / 291.
    hdd, cdd = degree_days(read_mos(SHENZHEN))
    assert hdd.m == pytest.approx(245, abs=3) and cdd.m == pytest.approx(291, abs=3)


# ---------------------------------------------------------------- synthetic year

def _normals_from_file(city):
    w = read_weather_file(cities.dataset_weather_path(cities.city(city)["weather_file"]))
    return w, monthly_statistics(w)


@pytest.mark.parametrize("city", REAL_FILE_CITIES)
def test_synthetic_year_reproduces_monthly_normals_and_hdd(city):
    w, normals = _normals_from_file(city)
    s = synthetic_year(normals, Q_(w.latitude, "degree"), Q_(w.longitude, "degree"), Q_(w.elevation, "m"),
                       name=city)
    assert s.synthetic and "measured typical-year weather file" in s.source
    back = monthly_statistics(s)
    np.testing.assert_allclose(back.t_mean.m, normals.t_mean.m, atol=0.2)
    np.testing.assert_allclose(back.ghi.m, normals.ghi.m, rtol=0.02)
    assert degree_days(s)[0].m == pytest.approx(degree_days(w)[0].m, rel=0.10)
    d = s.data
    assert np.isfinite(d.to_numpy()).all()
    assert (d[["ghi", "dni", "dhi"]] >= 0).all().all()
    assert d["relative_humidity"].between(0, 100).all()


def test_synthetic_year_is_deterministic_and_split_closes():
    w, normals = _normals_from_file("Beijing")
    args = (normals, Q_(w.latitude, "degree"), Q_(w.longitude, "degree"), Q_(w.elevation, "m"))
    a, b = synthetic_year(*args), synthetic_year(*args)
    pd.testing.assert_frame_equal(a.data, b.data)
    assert not a.data.equals(synthetic_year(*args, seed=1).data)
    pos = pvlib.solarposition.get_solarposition(a.data.index + climate.HALF_HOUR, w.latitude, w.longitude)
    rebuilt = a.data["dni"].to_numpy() * np.cos(np.radians(pos["zenith"].to_numpy())) + a.data["dhi"].to_numpy()
    assert rebuilt.sum() == pytest.approx(a.data["ghi"].sum(), rel=0.01)
    # Diurnal range: monthly mean of daily max - min equals the normal range (hand:
    # the hourly profile is scaled to the range, so only the clearness variation
    # and sampling at half hours move it; allow 25 %).
    back = monthly_statistics(a)
    rng_in = normals.t_max.m - normals.t_min.m
    rng_out = back.t_max.m - back.t_min.m
    np.testing.assert_allclose(rng_out, rng_in, rtol=0.25)


def test_synthetic_year_rejects_bad_input():
    _, n = _normals_from_file("Beijing")
    with pytest.raises(ValueError, match="latitude"):
        synthetic_year(n, Q_(95, "degree"), Q_(116, "degree"), Q_(30, "m"))
    with pytest.raises(Exception, match="elevation"):
        synthetic_year(n, Q_(40, "degree"), Q_(116, "degree"), Q_(30, "kg"))
    with pytest.raises(ValueError, match="normals.ghi"):
        MonthlyNormals(t_mean=n.t_mean, t_max=n.t_max, t_min=n.t_min, ghi=Q_(np.full(12, -1.0), "kWh/m**2"),
                       rh=n.rh)
    with pytest.raises(ValueError, match="month 1"):
        MonthlyNormals(t_mean=Q_(n.t_max.m + 1.0, "degC"), t_max=n.t_max, t_min=n.t_min, ghi=n.ghi, rh=n.rh)


# ---------------------------------------------------------------- site weather and zones

def test_weather_for_site_real_synthetic_and_user_file(tmp_path):
    assert not weather_for_site(Site(city="Beijing")).synthetic
    harbin = weather_for_site(Site(city="Harbin"))
    assert harbin.synthetic and harbin.latitude == pytest.approx(45.75)
    assert weather_for_site(Site(city="Harbin")) is harbin  # cached
    user = tmp_path / "mine.epw"
    user.write_bytes(gzip.decompress(BEIJING.read_bytes()))
    w = weather_for_site(Site(city="Harbin", weather_file=str(user)))
    assert not w.synthetic and w.latitude == pytest.approx(39.80)
    with pytest.raises(WeatherFileError, match="site.weather_file"):
        weather_for_site(Site(city="Harbin", weather_file=str(tmp_path / "missing.epw")))


@pytest.mark.parametrize("hdd, cdd, expected", [
    (6500, 0, ("severe_cold", "1A")), (5032, 14, ("severe_cold", "1B")), (4186, 11, ("severe_cold", "1C")),
    (3160, 11, ("cold", "2A")), (2699, 94, ("cold", "2B")), (1540, 199, ("hscw", "3A")),
    (1089, 217, ("hscw", "3B")), (681, 267, ("hsww", "4A")), (373, 313, ("hsww", "4B")),
    (1103, 0, ("mild", "5A")), (400, 5, ("mild", "5B")),
])
def test_zone_from_degree_days_thresholds(hdd, cdd, expected):
    assert zone_from_degree_days(Q_(hdd, "K*day"), Q_(cdd, "K*day")) == expected


def test_zone_from_degree_days_rejects_negative():
    with pytest.raises(ValueError, match="HDD18"):
        zone_from_degree_days(Q_(-1, "K*day"), Q_(0, "K*day"))


def test_climate_zone_of_table_cities_matches_their_degree_days():
    for key, row in cities.cities_table().iterrows():
        if np.isfinite(row["hdd18_kd"]) and np.isfinite(row["cdd26_kd"]):
            derived = zone_from_degree_days(Q_(row["hdd18_kd"], "K*day"), Q_(row["cdd26_kd"], "K*day"))
            assert derived == climate.climate_zone(key), key


@pytest.mark.parametrize("tz", [7.0, -7.0])
def test_file_from_another_time_zone_keeps_the_sun_in_place(beijing_text, tz):
    """A site whose clock is (8 − tz) hours behind China Standard Time and that
    lies 15° per hour further west sees the sun at the same local clock hours:
    moving the Beijing file there must leave facade irradiance unchanged."""
    from calc.solar import surface_irradiance

    head, rest = beijing_text.split("\n", 1)
    fields = head.split(",")
    lon = float(fields[7]) - 15.0 * (8.0 - tz)
    fields[7], fields[8] = f"{lon:.3f}", f"{tz:g}"
    moved = parse_epw(",".join(fields) + "\n" + rest, name="moved")
    original = parse_epw(beijing_text, name="original")
    assert moved.utc_offset == tz and moved.longitude == pytest.approx(lon)
    assert moved.solar_longitude == pytest.approx(original.longitude, abs=1e-3)
    south0 = surface_irradiance(original, Q_(90, "deg"), Q_(180, "deg")).m
    south1 = surface_irradiance(moved, Q_(90, "deg"), Q_(180, "deg")).m
    assert np.allclose(south1, south0, rtol=1e-6, atol=1e-3)


def test_source_keeps_the_whole_header_comment(beijing, beijing_text):
    # COMMENTS 1 of the CSWD Beijing file, as written in its header after the
    # format note "Custom/User Format -- WMO#545110;"
    comment = ("China Standard Weather Data for Analyzing Building Thermal Conditions May 2010; "
               "China Meteorological Bureau-Climate Information Center-Climate Data Office and "
               "Tsinghua University-Department of Building Science and Technology")
    assert beijing.source == f"Beijing CSWD typical year, station 545110 ({comment})"
    assert "Custom/User Format" not in beijing.source
    # a file without comments names its station only
    text = "\n".join("COMMENTS 1," if ln.startswith("COMMENTS 1") else ln for ln in beijing_text.splitlines())
    assert parse_epw(text, "x.epw").source == "Beijing CSWD typical year, station 545110"


def test_design_outdoor_temperature_is_the_0_4_percent_lowest_hour():
    # 1000 hours at 0, 1, ..., 999 °C: the 0.4 % point lies 0.004 * 999 =
    # 3.996 of the way up (linear between the order statistics)
    from calc.climate import design_outdoor_temperature

    t = design_outdoor_temperature(Q_(np.arange(1000.0), "degC"))
    assert t.to("degC").m == pytest.approx(3.996, abs=1e-9)


def test_the_building_and_the_heat_pump_take_one_design_temperature():
    from calc import heatpump, supply, thermal
    from calc.climate import design_outdoor_temperature

    assert heatpump.design_outdoor_temperature is design_outdoor_temperature
    assert not hasattr(thermal, "DESIGN_PERCENTILE") and not hasattr(supply, "DESIGN_PERCENTILE")


def test_day_of_year_is_read_in_utc():
    # 02:00 Beijing time on 1 January 2021 is still 31 December 2020 (a leap
    # year: day 366) in UTC, where pvlib takes the sun's distance
    times = pd.DatetimeIndex(["2021-01-01 02:00", "2021-01-01 09:00"]).tz_localize("Asia/Shanghai")
    assert climate.day_of_year(times).tolist() == [366, 1]
    assert climate.day_of_year(times.tz_localize(None)).tolist() == [1, 1]


def test_extra_radiation_follows_spencer_without_a_pandas_warning():
    import warnings

    # Spencer (1971) on day 1 (day angle 0): 1366.1 W/m² x (1.00011 +
    # 0.034221 + 0.000719) = 1413.98 W/m², pvlib's solar constant
    times = pd.date_range("2021-01-01 12:00", periods=2, freq="182D")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        e = climate.extra_radiation(times)
    assert e[0] == pytest.approx(1366.1 * (1.00011 + 0.034221 + 0.000719), rel=1e-9)
    assert e[1] < 1330.0  # early July, near aphelion
