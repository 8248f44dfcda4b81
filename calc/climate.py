"""Hourly weather of a site: typical-year files, synthetic years, degree days.

A :class:`Weather` holds one non-leap year of hourly data (8760 rows) whose
index is the **start** of each hourly interval in China Standard Time, a fixed
UTC+08:00 offset (never a named zone, so no daylight-saving rules apply).
Irradiances are means over the interval; solar geometry belongs at the
middle of each interval (``weather.data.index + HALF_HOUR``).

Sources are

* EnergyPlus weather files (EPW), read with ``pvlib.iotools.read_epw``;
  the EPW convention that a record is the hour *ending* at its time stamp is
  the same one pvlib uses (``index = hour - 1``), so pvlib's index already is
  the interval start;
* Modelica Buildings ``.mos`` tables converted from an EPW (one-record shift
  described in ``datasets/SOURCES_climate.md``);
* a synthetic typical year built from monthly climate normals
  (:func:`synthetic_year`), used only where no measured file exists.

Files are opened by :mod:`calc.datasets.cities`; this module parses text and
computes.
"""

from __future__ import annotations

import dataclasses

import datetime as _dt
import io
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import pvlib

from .units import Q_, magnitude

# ---------------------------------------------------------------- constants

#: China Standard Time, UTC+08:00 (GB/T 2260 / national standard time; fixed offset).
CHINA_TZ = _dt.timezone(_dt.timedelta(hours=8))
#: Earth's rotation: 360° in 24 h.
DEGREES_PER_HOUR = 15.0
UTC_OFFSET_H = 8.0
HOURS_PER_YEAR = 8760
HALF_HOUR = pd.Timedelta(minutes=30)
#: Reference calendar year of every Weather: non-leap, and 1 January is a
#: Sunday, as the DATA PERIODS line of the CSWD/SWERA files states.
REFERENCE_YEAR = 2023
COLUMNS = ("temp_air", "relative_humidity", "ghi", "dni", "dhi", "wind_speed",
           "sky_temperature", "pressure")

#: Stefan-Boltzmann constant [W/(m2 K4)], CODATA 2018.
STEFAN_BOLTZMANN = 5.670374419e-8
KELVIN = 273.15

# Allowed ranges of EPW data fields and their "missing" codes, from the
# EnergyPlus Auxiliary Programs manual, "Weather Converter: Data field
# descriptions" (fields 6-22). Irradiance: >= 0, with an upper bound of the
# solar constant 1361 W/m2 (Kopp & Lean 2011) plus a 10 % margin for cloud
# enhancement -- an engineering bound that no hourly mean can exceed.
MAX_IRRADIANCE = 1500.0
EPW_RANGES = {
    "temp_air": (-70.0, 70.0),
    "temp_dew": (-70.0, 70.0),
    "relative_humidity": (0.0, 110.0),
    "atmospheric_pressure": (31000.0, 120000.0),
    "ghi": (0.0, MAX_IRRADIANCE),
    "dni": (0.0, MAX_IRRADIANCE),
    "dhi": (0.0, MAX_IRRADIANCE),
    "wind_speed": (0.0, 40.0),
}
EPW_MISSING = {
    "temp_air": 99.9, "temp_dew": 99.9, "relative_humidity": 999.0,
    "atmospheric_pressure": 999999.0, "ghi": 9999.0, "dni": 9999.0, "dhi": 9999.0,
    "wind_speed": 999.0, "ghi_infrared": 9999.0, "opaque_sky_cover": 99.0,
}
#: Plausible air and sky temperature [°C]: a file whose sky temperature,
#: measured or estimated, falls outside is refused here, where the line is
#: known (calc.thermal checks the same range on every weather it is given).
TEMPERATURE_RANGE = (-90.0, 70.0)
# Heating design condition: the 99.6 % annual cumulative frequency value
# (ASHRAE Handbook Fundamentals 2021, ch. 14), i.e. the 0.4 % lowest hourly
# dry-bulb temperature of the year
DESIGN_PERCENTILE = 0.4
#: Plausible horizontal infrared irradiance [W/m2] (EnergyPlus manual: >= 0);
#: hours outside are estimated as if missing. The floor is the infrared of
#: a sky at the lowest plausible temperature, σ (273.15 − 90)^4 = 63.8 W/m².
IR_RANGE = (STEFAN_BOLTZMANN * (KELVIN + TEMPERATURE_RANGE[0]) ** 4, 600.0)
#: Northernmost latitude read [deg]: beyond the polar circle the winter sun
#: stays below the horizon, and the PV rows are laid out by the solstice
#: noon sun (calc.pv.winter_solstice_noon_elevation).
MAX_LATITUDE_DEG = 66.5
EPW_FIELDS_PER_LINE = 35
EPW_HEADER_LINES = 8
#: Opaque sky cover [tenths] assumed when a file has none -- engineering estimate
#: (half-covered sky), used only for the sky-temperature estimate.
DEFAULT_OPAQUE_SKY_COVER = 5.0

# Ground temperature (Kusuda & Achenbach 1965, "Earth temperature and thermal
# diffusivity at selected stations in the United States", ASHRAE Trans. 71(1)),
# with the soil diffusivity the EnergyPlus Weather Converter uses for the EPW
# GROUND TEMPERATURES header (2.3225760e-3 m2/day, stated in the files' COMMENTS 2).
SOIL_DIFFUSIVITY_M2_PER_DAY = 2.3225760e-3
GROUND_DEPTH_M = 0.5


class WeatherFileError(ValueError):
    """A weather file that cannot be used; the message names the file, the
    line and the column at fault."""


@dataclass(frozen=True, eq=False)
class Weather:
    """One typical year of hourly weather at a site.

    Attributes
    ----------
    name : str
        Station or city name.
    latitude : float
        [deg N]
    longitude : float
        [deg E]
    elevation : float
        [m] above sea level.
    utc_offset : float
        [h] time zone of the file's clock (8 for China). The index always
        carries the program's calendar (UTC+08:00); a file from another
        time zone keeps its local clock on that calendar, and solar geometry
        uses :attr:`solar_longitude`.
    data : pandas.DataFrame
        8760 rows, index = start of each hour (UTC+08:00, year
        :data:`REFERENCE_YEAR`); columns ``temp_air`` [degC],
        ``relative_humidity`` [%], ``ghi``, ``dni``, ``dhi`` [W/m2, means over
        the hour], ``wind_speed`` [m/s], ``sky_temperature`` [degC],
        ``pressure`` [Pa]. Treat as read-only: instances are cached.
    ground_temperature : tuple of float
        12 monthly mean ground temperatures [degC].
    synthetic : bool
        True when generated from monthly normals, not measured.
    source : str
        Where the data came from, for the report.
    data_year : int or None
        Calendar year of the file's 1 January record (a typical year mixes
        years month by month; this is January's), which gives the weekday
        of 1 January when a building asks for the weather's calendar;
        ``None`` when unknown (synthetic years).
    """

    name: str
    latitude: float
    longitude: float
    elevation: float
    utc_offset: float
    data: pd.DataFrame
    ground_temperature: tuple
    synthetic: bool
    source: str
    data_year: int | None = None

    @property
    def solar_longitude(self) -> float:
        """Longitude [deg E] for solar position on the index's UTC+08:00
        labels: the site longitude shifted by 15° per hour between the file's
        time zone and UTC+8, so the sun stands at each local clock hour where
        it stood over the real site (the hour angle depends on UTC time plus
        longitude / 15°)."""
        return self.longitude + DEGREES_PER_HOUR * (UTC_OFFSET_H - self.utc_offset)

    def __post_init__(self):
        if len(self.data) != HOURS_PER_YEAR:
            raise ValueError(f"Weather.data: {len(self.data)} rows; exactly {HOURS_PER_YEAR} required")
        missing = [c for c in COLUMNS if c not in self.data.columns]
        if missing:
            raise ValueError(f"Weather.data: missing columns {missing}")
        if len(self.ground_temperature) != 12:
            raise ValueError("Weather.ground_temperature: 12 monthly values required, "
                             f"got {len(self.ground_temperature)}")


@dataclass(frozen=True, eq=False)
class MonthlyNormals:
    """Monthly climate normals of a site (12 values per field).

    Attributes
    ----------
    t_mean, t_max, t_min : pint.Quantity
        Mean daily mean / maximum / minimum air temperature [degC].
    ghi : pint.Quantity
        Monthly global horizontal irradiation [kWh/m2].
    rh : pint.Quantity
        Mean relative humidity [%].
    source : str
        Publication and period of the normals.
    """

    t_mean: object
    t_max: object
    t_min: object
    ghi: object
    rh: object
    source: str = ""
    wind_speed: object = field(default=None)

    def __post_init__(self):
        for name, unit in (("t_mean", "degC"), ("t_max", "degC"), ("t_min", "degC"),
                           ("ghi", "kWh/m**2"), ("rh", "percent")):
            values = np.atleast_1d(magnitude(getattr(self, name), unit, f"normals.{name}"))
            if values.shape != (12,) or not np.all(np.isfinite(values)):
                raise ValueError(f"normals.{name}: 12 finite monthly values required, got {values!r}")
        tmax = magnitude(self.t_max, "degC")
        tmin = magnitude(self.t_min, "degC")
        tmean = magnitude(self.t_mean, "degC")
        bad = np.flatnonzero(~((tmin <= tmean) & (tmean <= tmax)))
        if bad.size:
            m = int(bad[0])
            raise ValueError(f"normals month {m + 1}: t_min {tmin[m]} <= t_mean {tmean[m]} <= t_max "
                             f"{tmax[m]} degC required")
        ghi = magnitude(self.ghi, "kWh/m**2")
        rh = magnitude(self.rh, "percent")
        if np.any(ghi <= 0) or np.any(ghi > 300):
            raise ValueError(f"normals.ghi: monthly values must lie in (0, 300] kWh/m2, got {ghi}")
        if np.any(rh <= 0) or np.any(rh > 100):
            raise ValueError(f"normals.rh: monthly values must lie in (0, 100] %, got {rh}")


# ---------------------------------------------------------------- calendar

def year_index() -> pd.DatetimeIndex:
    """The 8760 interval starts of the reference year in UTC+08:00."""
    start = pd.Timestamp(REFERENCE_YEAR, 1, 1, tz=CHINA_TZ)
    return pd.date_range(start, periods=HOURS_PER_YEAR, freq="h")


def _month_of_hour() -> np.ndarray:
    return year_index().month.to_numpy()


# ---------------------------------------------------------------- sky / ground

def dew_point(temp_air, relative_humidity):
    """Dew-point temperature from air temperature and relative humidity.

    Magnus formula with the coefficients of Alduchov & Eskridge (1996),
    "Improved Magnus form approximation of saturation vapor pressure",
    J. Appl. Meteor. 35, eq. 21 (b = 17.625, c = 243.04 degC).

    Parameters
    ----------
    temp_air : pint.Quantity
        Air temperature [degC].
    relative_humidity : pint.Quantity
        Relative humidity [%].

    Returns
    -------
    pint.Quantity
        Dew-point temperature [degC].
    """
    t = np.asarray(magnitude(temp_air, "degC", "temp_air"), dtype=float)
    rh = np.asarray(magnitude(relative_humidity, "percent", "relative_humidity"), dtype=float)
    return Q_(_dew_point(t, rh), "degC")


_MAGNUS_B = 17.625
_MAGNUS_C = 243.04  # degC


def _dew_point(t, rh):
    g = np.log(np.clip(rh, 1.0, 100.0) / 100.0) + _MAGNUS_B * t / (_MAGNUS_C + t)
    return _MAGNUS_C * g / (_MAGNUS_B - g)


def _saturation_ratio(t_dew, t):
    """e_s(t_dew) / e_s(t) with the Magnus form (same source as _dew_point)."""
    return np.exp(_MAGNUS_B * t_dew / (_MAGNUS_C + t_dew) - _MAGNUS_B * t / (_MAGNUS_C + t))


def sky_temperature(temp_air, temp_dew, opaque_sky_cover):
    """Effective sky temperature when no measured infrared is available.

    Clear-sky emissivity of Clark & Allen (1978) with the cloud correction of
    Walton (1983), as in the EnergyPlus Engineering Reference, "Sky Radiance
    Model / Energy Balance -- sky temperature" (the equation EnergyPlus
    applies when the EPW horizontal infrared field is missing)::

        eps = (0.787 + 0.764 ln(T_dew / 273)) (1 + 0.0224 N - 0.0035 N^2 + 0.00028 N^3)
        T_sky = eps^0.25 * T_air          (temperatures in K)

    Parameters
    ----------
    temp_air : pint.Quantity
        Dry-bulb temperature [degC].
    temp_dew : pint.Quantity
        Dew-point temperature [degC].
    opaque_sky_cover : array_like
        Opaque sky cover N [tenths, 0-10].

    Returns
    -------
    pint.Quantity
        Sky temperature [degC].
    """
    t = np.asarray(magnitude(temp_air, "degC", "temp_air"), dtype=float)
    td = np.asarray(magnitude(temp_dew, "degC", "temp_dew"), dtype=float)
    n = np.asarray(opaque_sky_cover, dtype=float)
    if np.any((n < 0) | (n > 10)):
        raise ValueError(f"opaque_sky_cover: values must lie in [0, 10] tenths, got {n.min()}..{n.max()}")
    return Q_(_sky_temperature(t, td, n), "degC")


def _sky_temperature(t, td, n):
    eps = (0.787 + 0.764 * np.log((td + KELVIN) / 273.0)) * (
        1.0 + 0.0224 * n - 0.0035 * n**2 + 0.00028 * n**3)
    eps = np.clip(eps, 0.3, 1.0)
    return eps**0.25 * (t + KELVIN) - KELVIN


def _sky_temperature_from_ir(ir):
    """T_sky = (IR / sigma)^0.25 (EnergyPlus Engineering Reference, same section)."""
    return (ir / STEFAN_BOLTZMANN) ** 0.25 - KELVIN


def ground_temperature(monthly_air_temperature, depth=None):
    """Monthly undisturbed ground temperature from monthly air temperatures.

    Kusuda & Achenbach (1965), ASHRAE Trans. 71(1): a damped, delayed
    annual sine around the annual mean air temperature; soil diffusivity
    2.3225760e-3 m2/day as used by the EnergyPlus Weather Converter for the
    EPW GROUND TEMPERATURES header.

    Parameters
    ----------
    monthly_air_temperature : pint.Quantity
        12 monthly mean air temperatures [degC].
    depth : pint.Quantity, optional
        Depth below grade [m]; default 0.5 m (the first depth of EPW headers).

    Returns
    -------
    pint.Quantity
        12 monthly mean ground temperatures [degC].
    """
    t = np.asarray(magnitude(monthly_air_temperature, "degC", "monthly_air_temperature"), dtype=float)
    if t.shape != (12,):
        raise ValueError(f"monthly_air_temperature: 12 values required, got shape {t.shape}")
    z = GROUND_DEPTH_M if depth is None else float(magnitude(depth, "m", "depth"))
    if not 0 <= z <= 20:
        raise ValueError(f"depth: {z} m outside the allowed range 0-20 m")
    return Q_(_ground_temperature(t, z), "degC")


def _ground_temperature(t_monthly, depth_m):
    mid_day = np.array([15.5, 45, 74.5, 105, 135.5, 166, 196.5, 227.5, 258, 288.5, 319, 349.5])
    mean = t_monthly.mean()
    amplitude = (t_monthly.max() - t_monthly.min()) / 2.0
    phase_day = mid_day[int(np.argmin(t_monthly))]
    damping = depth_m * math.sqrt(math.pi / (365.0 * SOIL_DIFFUSIVITY_M2_PER_DAY))
    return mean - amplitude * math.exp(-damping) * np.cos(
        2 * math.pi / 365.0 * (mid_day - phase_day) - damping)


# ---------------------------------------------------------------- EPW / MOS

def read_epw(path) -> Weather:
    """Read an EnergyPlus weather file (plain or ``.gz``).

    Parsed with ``pvlib.iotools.read_epw``. Every required value is checked
    against the ranges of the EnergyPlus Auxiliary Programs manual
    ("Weather Converter: data field descriptions"); a missing-value code,
    a non-number or an out-of-range value raises :class:`WeatherFileError`
    naming the line and the column -- nothing is zeroed or filled silently.
    Relative humidity between 100 and 110 % (allowed by the format, and
    present in CSWD files) is capped at 100 %. A leap-year file (8784 rows)
    loses 29 February. Sky temperature comes from the horizontal infrared
    field; hours without it are estimated with :func:`sky_temperature`.

    Parameters
    ----------
    path : str or os.PathLike
        The file.

    Returns
    -------
    Weather
        Index = interval starts (EPW hour h covers h-1..h, pvlib convention).
    """
    from .datasets.cities import read_weather_text

    return parse_epw(read_weather_text(path), name=str(path))


def parse_epw(text: str, name: str = "EPW") -> Weather:
    """Parse the text of an EPW file; see :func:`read_epw`.

    Parameters
    ----------
    text : str
        The whole file.
    name : str
        File name used in error messages.

    Returns
    -------
    Weather
    """
    lines = text.splitlines()
    if not lines or not lines[0].startswith("LOCATION"):
        raise WeatherFileError(f"{name}, line 1: not an EPW file (the first line must start with 'LOCATION')")
    lat, lon, tz, elev = _location(lines[0].split(","), name, 1)
    # the hourly records are counted from the header's end: an empty header
    # line would shift them all by one
    for i, line in enumerate(lines[1:EPW_HEADER_LINES], start=2):
        if not line.strip():
            raise WeatherFileError(f"{name}, line {i}: empty; an EPW file has {EPW_HEADER_LINES} header lines "
                                   "(LOCATION to DATA PERIODS) before the hourly records")
    data_lines = lines[EPW_HEADER_LINES:]
    while data_lines and not data_lines[-1].strip():
        data_lines.pop()
    if len(data_lines) not in (HOURS_PER_YEAR, HOURS_PER_YEAR + 24):
        raise WeatherFileError(f"{name}: {len(data_lines)} data lines; an hourly year has 8760 (or 8784 in a leap year)")
    for i, line in enumerate(data_lines):
        n = line.count(",") + 1
        if n != EPW_FIELDS_PER_LINE:
            raise WeatherFileError(f"{name}, line {i + EPW_HEADER_LINES + 1}: {n} fields; an EPW data line has "
                                   f"{EPW_FIELDS_PER_LINE}")
    try:
        # A leap-year file must be given a leap year for pvlib to build 29 February.
        leap_year = 2024 if len(data_lines) == HOURS_PER_YEAR + 24 else None
        raw, _ = pvlib.iotools.read_epw(io.StringIO(text), coerce_year=leap_year)
    except Exception as exc:  # pandas/pvlib raise several kinds for bad text
        raise WeatherFileError(f"{name}: cannot be read as EPW ({exc})") from None
    line_no = np.arange(len(raw)) + EPW_HEADER_LINES + 1
    _check_calendar(raw["month"].to_numpy(), raw["day"].to_numpy(), raw["hour"].to_numpy(), line_no, name)
    keep = ~((raw["month"] == 2) & (raw["day"] == 29)).to_numpy()
    raw, line_no = raw.loc[keep], line_no[keep]
    ground = _ground_from_header(lines, name)
    weather = _finish(raw, line_no, name, lat, lon, tz, elev, ground,
                      source=_epw_source(lines, name))
    years = raw["year"].to_numpy() if leap_year is None and "year" in raw else ()
    return dataclasses.replace(weather, data_year=int(years[0])) if len(years) else weather


def read_mos(path) -> Weather:
    """Read a Modelica Buildings ``.mos`` weather table (plain or ``.gz``).

    The table (``double tab1(8760,30)``) is an EPW converted by the Modelica
    Buildings library: column 1 is the time in seconds at the **end** of the
    hour, the row at t = 0 repeats the first record, so row k+1 holds EPW
    record k and the last record (31 Dec, 24:00) is absent; it is filled from
    the hour before. The original EPW header lines are kept as ``#`` comments
    and give the location and ground temperatures. Checks as in
    :func:`read_epw`.

    Parameters
    ----------
    path : str or os.PathLike

    Returns
    -------
    Weather
    """
    from .datasets.cities import read_weather_text

    return parse_mos(read_weather_text(path), name=str(path))


# Columns of the Modelica table (1-based numbers as in its #C lines).
_MOS_COLUMNS = {"temp_air": 2, "temp_dew": 3, "relative_humidity": 4, "atmospheric_pressure": 5,
                "ghi_infrared": 8, "ghi": 9, "dni": 10, "dhi": 11, "wind_speed": 17,
                "opaque_sky_cover": 19, "present_weather_observation": 22, "present_weather_codes": 23}
_MOS_FIELDS = 30


def parse_mos(text: str, name: str = "MOS") -> Weather:
    """Parse the text of a Modelica ``.mos`` weather table; see :func:`read_mos`."""
    lines = text.splitlines()
    header = [ln[1:] for ln in lines if ln.startswith("#")]
    loc = next((h for h in header if h.startswith("LOCATION")), None)
    if loc is None:
        raise WeatherFileError(f"{name}: no '#LOCATION' comment line; not a weather table converted from EPW")
    loc_line = lines.index("#" + loc) + 1
    lat, lon, tz, elev = _location(loc.split(","), name, loc_line)
    rows, numbers = [], []
    for i, line in enumerate(lines):
        s = line.strip()
        if not s or s.startswith("#") or s.startswith("double"):
            continue
        parts = s.split()
        if len(parts) != _MOS_FIELDS:
            raise WeatherFileError(f"{name}, line {i + 1}: {len(parts)} columns; the table has {_MOS_FIELDS}")
        try:
            rows.append([float(p) for p in parts])
        except ValueError:
            bad = next(p for p in parts if not _is_float(p))
            raise WeatherFileError(f"{name}, line {i + 1}: {bad!r} is not a number") from None
        numbers.append(i + 1)
    table = np.array(rows)
    if table.shape[0] != HOURS_PER_YEAR:
        raise WeatherFileError(f"{name}: {table.shape[0]} data rows; the table must have {HOURS_PER_YEAR}")
    expected = np.arange(HOURS_PER_YEAR) * 3600.0
    off = np.flatnonzero(np.abs(table[:, 0] - expected) > 1.0)
    if off.size:
        raise WeatherFileError(f"{name}, line {numbers[off[0]]}: time {table[off[0], 0]} s; expected "
                               f"{expected[off[0]]} s (hourly from 0)")
    # Shift: row k+1 is EPW record k; the last record repeats the one before.
    shifted = np.vstack([table[1:], table[-1:]])
    line_no = np.array(numbers[1:] + numbers[-1:])
    raw = pd.DataFrame({k: shifted[:, c - 1] for k, c in _MOS_COLUMNS.items()})
    ground = _ground_from_header(header, name)
    comment = _comment_text(next((h.split(",", 1)[1] for h in header if h.startswith("COMMENTS 1")), ""))
    source = (f"{loc.split(',')[1].strip().title()} {loc.split(',')[4].strip()} typical year, station "
              f"{loc.split(',')[5].strip()} (Modelica .mos converted from EPW: {comment})")
    return _finish(raw, line_no, name, lat, lon, tz, elev, ground, source=source)


def _is_float(s):
    try:
        float(s)
        return True
    except ValueError:
        return False


def _location(fields, name, line):
    try:
        lat, lon, tz, elev = (float(fields[k]) for k in (6, 7, 8, 9))
    except (IndexError, ValueError):
        raise WeatherFileError(f"{name}, line {line}: LOCATION must give latitude, longitude, "
                               "time zone and elevation in fields 7-10") from None
    for label, v, lo, hi in (("latitude", lat, -90, MAX_LATITUDE_DEG), ("longitude", lon, -180, 180),
                             ("time zone", tz, -12, 14), ("elevation", elev, -1000, 9000)):
        if not lo <= v <= hi:
            raise WeatherFileError(f"{name}, line {line}: LOCATION {label} {v} outside {lo}..{hi}")
    return lat, lon, tz, elev


def _ground_from_header(lines, name):
    """First depth of the GROUND TEMPERATURES header, or None when absent."""
    for line in lines:
        if line.startswith("GROUND TEMPERATURES"):
            parts = line.split(",")
            try:
                if int(parts[1]) < 1:
                    return None
                values = [float(v) for v in parts[6:18]]
            except (IndexError, ValueError):
                raise WeatherFileError(f"{name}: GROUND TEMPERATURES header is malformed") from None
            if len(values) == 12 and all(-60 < v < 60 for v in values):
                return tuple(values)
            return None
    return None


def _epw_source(lines, name):
    loc = lines[0].split(",")
    comment = _comment_text(next((ln.split(",", 1)[1] for ln in lines[:EPW_HEADER_LINES]
                                  if ln.startswith("COMMENTS 1")), ""))
    text = f"{loc[1].strip()} {loc[4].strip()} typical year, station {loc[5].strip()}"
    return f"{text} ({comment})" if comment else text


# The CSWD files' COMMENTS 1 opens with a note on the file format and the
# station number, which the LOCATION line already gives.
_FORMAT_NOTE = re.compile(r"^\s*Custom/User Format\s*--\s*WMO#\s*\d+\s*;?\s*", re.IGNORECASE)


def _comment_text(comment: str) -> str:
    """The COMMENTS 1 text of an EPW header as a reader reads it: whole (a
    source is never cut off mid-word), without the file-format note and the
    trailing full stops and semicolons of the field."""
    return _FORMAT_NOTE.sub("", comment).replace(".;", ";").strip().rstrip(";. ").strip()


def _check_calendar(month, day, hour, line_no, name):
    """Records must run 1 Jan 01:00 ... 31 Dec 24:00 hour by hour."""
    leap = len(month) == HOURS_PER_YEAR + 24
    year = 2024 if leap else REFERENCE_YEAR
    t = pd.date_range(pd.Timestamp(year, 1, 1), periods=len(month), freq="h")
    exp_m, exp_d, exp_h = t.month.to_numpy(), t.day.to_numpy(), t.hour.to_numpy() + 1
    bad = np.flatnonzero((month != exp_m) | (day != exp_d) | (hour != exp_h))
    if bad.size:
        k = bad[0]
        raise WeatherFileError(
            f"{name}, line {line_no[k]}: date {month[k]}/{day[k]} hour {hour[k]}; expected "
            f"{exp_m[k]}/{exp_d[k]} hour {exp_h[k]} (records must run hour by hour through the year)")


def _check_column(values, column, line_no, name):
    lo, hi = EPW_RANGES[column]
    v = np.asarray(values, dtype=float)
    missing = EPW_MISSING.get(column)
    bad_missing = ~np.isfinite(v) | ((v == missing) if missing is not None else False)
    if bad_missing.any():
        k = int(np.flatnonzero(bad_missing)[0])
        raise WeatherFileError(f"{name}, line {line_no[k]}: column {column} is missing ({v[k]!r}); "
                               f"{int(bad_missing.sum())} such values in the file")
    bad = (v < lo) | (v > hi)
    if bad.any():
        k = int(np.flatnonzero(bad)[0])
        raise WeatherFileError(f"{name}, line {line_no[k]}: column {column} = {v[k]:g} outside the "
                               f"allowed range {lo:g}..{hi:g}; {int(bad.sum())} such values in the file")
    return v


# EPW present-weather codes: nine digits, the first three for thunderstorm,
# rain and rain showers/drizzle (9: none); they count only when the
# observation indicator is 0 (EnergyPlus Auxiliary Programs, "Present Weather
# Codes"; the rule EnergyPlus uses for its rain flag)
RAIN_CODE_DIGITS = 3
PRESENT_WEATHER_OBSERVED = 0


def rain_flags(raw) -> np.ndarray:
    """Hours with rain (bool) from the EPW present-weather observation
    indicator and codes; all False when the file has no such columns or
    gives no observation.

    Parameters
    ----------
    raw : pandas.DataFrame
        EPW fields by pvlib name (``present_weather_observation``,
        ``present_weather_codes``).
    """
    if "present_weather_observation" not in raw or "present_weather_codes" not in raw:
        return np.zeros(len(raw), dtype=bool)
    obs = pd.to_numeric(raw["present_weather_observation"], errors="coerce").to_numpy(dtype=float)
    codes = pd.to_numeric(raw["present_weather_codes"], errors="coerce").fillna(999999999).to_numpy(dtype=float)
    codes = np.clip(codes, 0, 999999999).astype(np.int64)
    rain = np.zeros(len(raw), dtype=bool)
    for k in range(RAIN_CODE_DIGITS):
        digit = (codes // 10 ** (8 - k)) % 10
        rain |= digit != 9
    return rain & (obs == PRESENT_WEATHER_OBSERVED)


# Saturation pressure over water and ice, ASHRAE Handbook Fundamentals 2017
# ch. 1 eqs. 5 and 6 (Hyland & Wexler 1983) [Pa, K]
_PWS_ICE = (-5.6745359e3, 6.3925247, -9.6778430e-3, 6.2215701e-7, 2.0747825e-9, -9.4840240e-13, 4.1635019)
_PWS_WATER = (-5.8002206e3, 1.3914993, -4.8640239e-2, 4.1764768e-5, -1.4452093e-8, 6.5459673)
# ratio of the molar masses of water vapour and dry air (ASHRAE 2017 ch. 1 eq. 20)
MOLAR_MASS_RATIO = 0.621945
WET_BULB_BISECTIONS = 40


def _saturation_pressure(t_c):
    t = np.asarray(t_c, dtype=float) + 273.15
    c1, c2, c3, c4, c5, c6, c7 = _PWS_ICE
    ice = np.exp(c1 / t + c2 + c3 * t + c4 * t ** 2 + c5 * t ** 3 + c6 * t ** 4 + c7 * np.log(t))
    c8, c9, c10, c11, c12, c13 = _PWS_WATER
    water = np.exp(c8 / t + c9 + c10 * t + c11 * t ** 2 + c12 * t ** 3 + c13 * np.log(t))
    return np.where(t < 273.15, ice, water)


def _humidity_ratio(p_w, p):
    return MOLAR_MASS_RATIO * p_w / (p - p_w)


def wet_bulb_temperature(temp_air, relative_humidity, pressure):
    """Thermodynamic wet-bulb temperature.

    ASHRAE Handbook Fundamentals 2017 ch. 1: the humidity ratio W from the
    relative humidity (eqs. 6, 20, 24) and t* solving eq. 33 (above 0 °C) or
    eq. 35 (ice), by bisection between −60 °C and the dry bulb.

    Parameters
    ----------
    temp_air : pint.Quantity
        Dry-bulb temperature [°C].
    relative_humidity : pint.Quantity or array of float
        [%] (a plain number is taken as per cent).
    pressure : pint.Quantity
        Air pressure [Pa].

    Returns
    -------
    pint.Quantity
        [°C].
    """
    rh = relative_humidity.to("percent").m if hasattr(relative_humidity, "to") else relative_humidity
    return Q_(wet_bulb_celsius(magnitude(temp_air, "degC", "temp_air"), rh,
                               magnitude(pressure, "Pa", "pressure")), "degC")


def wet_bulb_celsius(temp_air, relative_humidity, pressure):
    """:func:`wet_bulb_temperature` on plain arrays (°C, %, Pa → °C) for
    the simulation's set-up."""
    t = np.asarray(temp_air, dtype=float)
    p = np.asarray(pressure, dtype=float)
    rh = np.clip(np.asarray(relative_humidity, dtype=float), 0.0, 100.0) / 100.0
    w = _humidity_ratio(rh * _saturation_pressure(t), p)
    lo, hi = np.full_like(t, -60.0), t.copy()
    for _ in range(WET_BULB_BISECTIONS):
        mid = 0.5 * (lo + hi)
        ws = _humidity_ratio(_saturation_pressure(mid), p)
        w_mid = np.where(mid >= 0.0,
                         ((2501.0 - 2.326 * mid) * ws - 1.006 * (t - mid)) / (2501.0 + 1.86 * t - 4.186 * mid),
                         ((2830.0 - 0.24 * mid) * ws - 1.006 * (t - mid)) / (2830.0 + 1.86 * t - 2.1 * mid))
        # W(t*) rises with t*: too much moisture at mid means t* lies below
        above = w_mid > w
        hi = np.where(above, mid, hi)
        lo = np.where(above, lo, mid)
    return 0.5 * (lo + hi)


def _finish(raw, line_no, name, lat, lon, tz, elev, ground, source):
    cols = {c: _check_column(raw[c].to_numpy(), c, line_no, name)
            for c in ("temp_air", "relative_humidity", "atmospheric_pressure", "ghi", "dni", "dhi",
                      "wind_speed")}
    t = cols["temp_air"]
    ir = np.asarray(raw["ghi_infrared"].to_numpy(), dtype=float)
    has_ir = np.isfinite(ir) & (ir >= IR_RANGE[0]) & (ir <= IR_RANGE[1]) & (ir != EPW_MISSING["ghi_infrared"])
    sky = np.empty_like(t)
    sky[has_ir] = _sky_temperature_from_ir(ir[has_ir])
    if not has_ir.all():
        td = np.asarray(raw["temp_dew"].to_numpy(), dtype=float)
        td_ok = np.isfinite(td) & (td != EPW_MISSING["temp_dew"]) & (td <= t + 0.5)
        td = np.where(td_ok, td, _dew_point(t, np.minimum(cols["relative_humidity"], 100.0)))
        n = np.asarray(raw["opaque_sky_cover"].to_numpy(), dtype=float)
        n = np.where(np.isfinite(n) & (n >= 0) & (n <= 10), n, DEFAULT_OPAQUE_SKY_COVER)
        est = ~has_ir
        sky[est] = _sky_temperature(t[est], td[est], n[est])
        share = est.mean()
        source += (f"; sky temperature estimated (Clark & Allen / Walton) for {share:.0%} of hours "
                   "without horizontal infrared")
    _check_sky(sky, has_ir, line_no, name)
    data = pd.DataFrame({
        "temp_air": t,
        "relative_humidity": np.minimum(cols["relative_humidity"], 100.0),
        "ghi": cols["ghi"],
        "dni": cols["dni"],
        "dhi": cols["dhi"],
        "wind_speed": cols["wind_speed"],
        "sky_temperature": sky,
        "pressure": cols["atmospheric_pressure"],
        "rain": rain_flags(raw),
    }, index=year_index())
    if ground is None:
        ground = tuple(_ground_temperature(_monthly_means(t), GROUND_DEPTH_M))
        source += "; ground temperature estimated (Kusuda & Achenbach, 0.5 m)"
    city = source.split(" ")[0] if source else name
    return Weather(name=city, latitude=lat, longitude=lon, elevation=elev, utc_offset=tz,
                   data=data, ground_temperature=tuple(float(g) for g in ground),
                   synthetic=False, source=source)


def _monthly_means(hourly):
    return pd.Series(hourly, index=year_index()).groupby(_month_of_hour()).mean().to_numpy()


# ---------------------------------------------------------------- degree days

#: Base temperatures of GB 50176-2016 clause 2.1 (terms HDD18, CDD26) [degC].
HDD_BASE_C = 18.0
CDD_BASE_C = 26.0


def daily_mean_temperature(weather: Weather):
    """Daily mean air temperature: the mean of the 24 hourly values.

    Parameters
    ----------
    weather : Weather

    Returns
    -------
    pint.Quantity
        365 daily means [degC].
    """
    return Q_(_daily_means(weather.data["temp_air"].to_numpy()), "degC")


def _daily_means(hourly):
    return np.asarray(hourly, dtype=float).reshape(365, 24).mean(axis=1)


def degree_days(weather: Weather):
    """Heating and cooling degree days of a year, GB 50176-2016 definitions.

    GB 50176-2016 clauses 2.1.x: HDD18 = sum over the days with daily mean
    temperature below 18 degC of (18 - daily mean); CDD26 = sum over the days
    above 26 degC of (daily mean - 26). Daily means from the 24 hourly values.

    Parameters
    ----------
    weather : Weather

    Returns
    -------
    hdd18, cdd26 : pint.Quantity
        [K*day]
    """
    td = _daily_means(weather.data["temp_air"].to_numpy())
    hdd = np.clip(HDD_BASE_C - td, 0.0, None).sum()
    cdd = np.clip(td - CDD_BASE_C, 0.0, None).sum()
    return Q_(float(hdd), "K*day"), Q_(float(cdd), "K*day")


def monthly_statistics(weather: Weather) -> MonthlyNormals:
    """Monthly statistics of a weather year in the form of climate normals.

    Means of daily mean / maximum / minimum temperature, monthly global
    irradiation and mean relative humidity -- the inputs of
    :func:`synthetic_year`, so a synthetic year can be compared with the
    file it was derived from.

    Parameters
    ----------
    weather : Weather

    Returns
    -------
    MonthlyNormals
    """
    d = weather.data
    t = d["temp_air"].to_numpy().reshape(365, 24)
    month_of_day = year_index()[::24].month.to_numpy()
    by = pd.DataFrame({"tmean": t.mean(axis=1), "tmax": t.max(axis=1), "tmin": t.min(axis=1),
                       "m": month_of_day}).groupby("m").mean()
    months = _month_of_hour()
    ghi = pd.Series(d["ghi"].to_numpy()).groupby(months).sum().to_numpy() / 1000.0
    rh = pd.Series(d["relative_humidity"].to_numpy()).groupby(months).mean().to_numpy()
    return MonthlyNormals(t_mean=Q_(by["tmean"].to_numpy(), "degC"), t_max=Q_(by["tmax"].to_numpy(), "degC"),
                          t_min=Q_(by["tmin"].to_numpy(), "degC"), ghi=Q_(ghi, "kWh/m**2"),
                          rh=Q_(rh, "percent"), source=f"monthly statistics of {weather.source}")


# ---------------------------------------------------------------- synthetic year

#: Fraction of the daily temperature range below the daily maximum at each
#: clock hour 1..24, ASHRAE Handbook -- Fundamentals 2009, ch. 14, Table 6
#: (values recalled from that table, not re-checked against the print).
ASHRAE_DIURNAL_FRACTION = np.array([
    0.87, 0.92, 0.96, 0.99, 1.00, 0.98, 0.93, 0.84, 0.71, 0.56, 0.39, 0.23,
    0.11, 0.03, 0.00, 0.03, 0.10, 0.21, 0.34, 0.47, 0.58, 0.68, 0.76, 0.82])
#: Day-to-day variability of the daily mean temperature: standard deviation as
#: a share of the monthly mean diurnal range, and lag-1 autocorrelation of the
#: daily anomalies. Engineering estimates fitted to the six typical-year files
#: in datasets/weather (within-month spread 0.2-0.6 of the diurnal range,
#: lag-1 autocorrelation 0.6-0.8); see docs/climate.md.
DAILY_T_SD_PER_RANGE = 0.45
DAILY_T_AUTOCORRELATION = 0.7
#: Spread of the daily clearness ratio (daily / monthly irradiation) --
#: engineering estimate.
DAILY_CLEARNESS_SD = 0.35
#: Linke turbidity for the Ineichen-Perez clear sky; it only shapes the hourly
#: profile, because totals are scaled to the monthly normal (engineering estimate,
#: a mid value of the range 2-6 for eastern China).
LINKE_TURBIDITY = 3.0
#: Wind speed when the normals give none [m/s] -- engineering estimate (GB
#: 50736-2012 Appendix A lists 1-3 m/s winter means for most capitals).
DEFAULT_WIND_SPEED = 2.0
SYNTHETIC_NOTE = ("synthetic typical year generated from monthly climate normals "
                  "(no measured typical-year file for this site in the program); "
                  "a measured typical-year weather file (CSWD/IWEC/TMYx EPW) for the site "
                  "gives better results -- set it as the site's weather file")


def synthetic_year(normals: MonthlyNormals, latitude, longitude, elevation, *,
                   name: str = "synthetic", seed: int = 0) -> Weather:
    """Make an hourly typical year from monthly climate normals.

    Steps (all deterministic for a given ``seed``):

    1. Daily mean temperature: monthly means interpolated between mid-month
       points, corrected month by month so each monthly mean is reproduced
       exactly, plus AR(1) day-to-day anomalies (zero mean in each month).
    2. Hourly temperature: daily mean plus the ASHRAE Fundamentals 2009
       ch. 14 Table 6 diurnal profile scaled to the daily range (monthly
       mean max - min, varied with the day's clearness).
    3. Global horizontal irradiance: Ineichen-Perez clear sky (pvlib,
       Ineichen & Perez 2002, Solar Energy 73(3)) at the middle of each hour,
       times a daily clearness factor, scaled so each monthly sum equals the
       normal.
    4. Direct/diffuse split: Erbs et al. (1982), Solar Energy 28(4), via
       ``pvlib.irradiance.erbs``.
    5. Humidity from the monthly mean dew point (Magnus form); pressure from
       elevation (``pvlib.atmosphere.alt2pres``, ICAO standard atmosphere);
       sky temperature with :func:`sky_temperature`, cloud cover from the
       day's clearness; ground temperature with :func:`ground_temperature`.

    Parameters
    ----------
    normals : MonthlyNormals
        Monthly t_mean, t_max, t_min [degC], ghi [kWh/m2], rh [%].
    latitude : pint.Quantity
        [deg], -90..90.
    longitude : pint.Quantity
        [deg], -180..180.
    elevation : pint.Quantity
        [m], -500..9000.
    name : str
        Site name.
    seed : int
        Seed of the random day-to-day variation.

    Returns
    -------
    Weather
        ``synthetic=True``; the source text tells the user a measured file is better.
    """
    lat = float(magnitude(latitude, "degree", "latitude"))
    lon = float(magnitude(longitude, "degree", "longitude"))
    elev = float(magnitude(elevation, "m", "elevation"))
    for label, v, lo, hi in (("latitude", lat, -90, MAX_LATITUDE_DEG), ("longitude", lon, -180, 180),
                             ("elevation", elev, -500, 9000)):
        if not lo <= v <= hi:
            raise ValueError(f"{label}: {v} outside the allowed range {lo}..{hi}")
    t_mean = np.asarray(magnitude(normals.t_mean, "degC"), dtype=float)
    t_range = np.asarray(magnitude(normals.t_max, "degC") - magnitude(normals.t_min, "degC"), dtype=float)
    ghi_month = np.asarray(magnitude(normals.ghi, "W*h/m**2"), dtype=float)
    rh_month = np.asarray(magnitude(normals.rh, "percent"), dtype=float)
    rng = np.random.default_rng(seed)

    index = year_index()
    month_of_day = index[::24].month.to_numpy() - 1
    solar = _clear_sky(index, lat, lon, elev)
    clearness = _daily_clearness(solar["ghi"], ghi_month, month_of_day, rng)
    ghi = _scaled_ghi(solar["ghi"], clearness, ghi_month, month_of_day)
    split = pvlib.irradiance.erbs(ghi, solar["zenith"], day_of_year(index + HALF_HOUR))
    dni = np.nan_to_num(np.asarray(split["dni"], float), nan=0.0)
    dhi = np.nan_to_num(np.asarray(split["dhi"], float), nan=0.0)

    daily_mean = _daily_mean_series(t_mean, month_of_day, t_range, rng)
    rel_clear = clearness / np.array([clearness[month_of_day == m].mean() for m in month_of_day])
    day_range = t_range[month_of_day] * (0.6 + 0.4 * rel_clear)
    temp = _hourly_temperature(daily_mean, day_range)

    month_of_hour = np.repeat(month_of_day, 24)
    td_month = _dew_point(t_mean, rh_month)
    rh = np.clip(100.0 * _saturation_ratio(td_month[month_of_hour], temp), 1.0, 100.0)
    clear_ratio = np.clip(np.repeat(_clearness_index(solar["ghi"], ghi), 24), 0.0, 1.0)
    cover = 10.0 * (1.0 - clear_ratio)
    sky = _sky_temperature(temp, np.minimum(td_month[month_of_hour], temp), cover)
    wind = (np.full(HOURS_PER_YEAR, DEFAULT_WIND_SPEED) if normals.wind_speed is None
            else np.asarray(magnitude(normals.wind_speed, "m/s"), dtype=float)[month_of_hour])
    pressure = np.full(HOURS_PER_YEAR, float(pvlib.atmosphere.alt2pres(elev)))

    data = pd.DataFrame({"temp_air": temp, "relative_humidity": rh, "ghi": ghi, "dni": dni, "dhi": dhi,
                         "wind_speed": wind, "sky_temperature": sky, "pressure": pressure}, index=index)
    source = f"{name}: {SYNTHETIC_NOTE}; normals: {normals.source}"
    return Weather(name=name, latitude=lat, longitude=lon, elevation=elev, utc_offset=UTC_OFFSET_H,
                   data=data, ground_temperature=tuple(_ground_temperature(t_mean, GROUND_DEPTH_M)),
                   synthetic=True, source=source)


def _clear_sky(index, lat, lon, elev):
    """Ineichen clear-sky GHI and zenith at the middle of each hour."""
    mid = index + HALF_HOUR
    pos = pvlib.solarposition.get_solarposition(mid, lat, lon, altitude=elev)
    am = pvlib.atmosphere.get_absolute_airmass(
        pvlib.atmosphere.get_relative_airmass(pos["apparent_zenith"]), pvlib.atmosphere.alt2pres(elev))
    cs = pvlib.clearsky.ineichen(pos["apparent_zenith"], am, LINKE_TURBIDITY, altitude=elev,
                                 dni_extra=extra_radiation(mid))
    return {"ghi": np.nan_to_num(cs["ghi"].to_numpy(), nan=0.0), "zenith": pos["zenith"].to_numpy()}


def _daily_clearness(clear_ghi, ghi_month, month_of_day, rng):
    """Daily factor on clear-sky irradiation; mean per month matches the normal."""
    clear_day = clear_ghi.reshape(365, 24).sum(axis=1)
    factor = np.empty(365)
    for m in range(12):
        days = month_of_day == m
        target = ghi_month[m] / clear_day[days].sum() * days.sum()
        draw = target * (1.0 + DAILY_CLEARNESS_SD * rng.standard_normal(days.sum()))
        factor[days] = np.clip(draw, 0.15 * target, max(1.0, target))
    return factor


def _scaled_ghi(clear_ghi, factor, ghi_month, month_of_day):
    ghi = (clear_ghi.reshape(365, 24) * factor[:, None])
    for m in range(12):
        days = month_of_day == m
        total = ghi[days].sum()
        if total > 0:
            ghi[days] *= ghi_month[m] / total
    return ghi.ravel()


def _clearness_index(clear_ghi, ghi):
    clear_day = clear_ghi.reshape(365, 24).sum(axis=1)
    day = ghi.reshape(365, 24).sum(axis=1)
    return np.divide(day, clear_day, out=np.ones(365), where=clear_day > 0)


def _daily_mean_series(t_mean, month_of_day, t_range, rng):
    mid = np.array([15.5, 45, 74.5, 105, 135.5, 166, 196.5, 227.5, 258, 288.5, 319, 349.5]) - 1
    day = np.arange(365) + 0.5
    base = np.interp(day, np.r_[mid[-1] - 365, mid, mid[0] + 365], np.r_[t_mean[-1], t_mean, t_mean[0]])
    noise = np.empty(365)
    noise[0] = rng.standard_normal()
    innov = math.sqrt(1 - DAILY_T_AUTOCORRELATION**2)
    for d in range(1, 365):
        noise[d] = DAILY_T_AUTOCORRELATION * noise[d - 1] + innov * rng.standard_normal()
    # Each month gets anomalies of exactly zero mean and the target spread, so
    # that the monthly means are exact and the degree days depend little on the seed.
    daily = base.copy()
    for m in range(12):
        days = month_of_day == m
        anomaly = noise[days] - noise[days].mean()
        anomaly *= DAILY_T_SD_PER_RANGE * t_range[m] / max(anomaly.std(), 1e-9)
        daily[days] += anomaly + t_mean[m] - base[days].mean()
    return daily


def _hourly_temperature(daily_mean, day_range):
    hours = np.arange(25)
    f_clock = np.r_[ASHRAE_DIURNAL_FRACTION[-1], ASHRAE_DIURNAL_FRACTION]  # clock hours 0..24
    f_mid = np.interp(np.arange(24) + 0.5, hours, f_clock)
    shape = f_mid.mean() - f_mid
    return (daily_mean[:, None] + day_range[:, None] * shape[None, :]).ravel()


# ---------------------------------------------------------------- site weather

def _check_sky(sky, measured, line_no, name):
    lo, hi = TEMPERATURE_RANGE
    bad = np.flatnonzero(~((sky >= lo) & (sky <= hi)))
    if bad.size:
        k = int(bad[0])
        how = "from the horizontal infrared" if measured[k] else "estimated from air, dew point and sky cover"
        raise WeatherFileError(f"{name}, line {line_no[k]}: sky temperature {sky[k]:.1f} °C ({how}) outside "
                               f"the plausible {lo:g}..{hi:g} °C; {bad.size} such hours in the file")


def weather_for_site(site, folder=None) -> Weather:
    """The weather of a project site (cached; treat the result as read-only).

    Order: the user's ``site.weather_file`` if set (EPW or ``.mos``, plain or
    gzipped); else the city's typical-year file in ``datasets/weather``;
    else a synthetic year (:func:`synthetic_year`) from the city's monthly
    normals in ``datasets/climate_normals.csv``.

    Parameters
    ----------
    site : calc.model.project.Site
    folder : str or os.PathLike, optional
        Folder of the project file: a relative ``weather_file`` is taken
        from there and must not lead outside it
        (:func:`calc.datasets.cities.user_weather_path`).

    Returns
    -------
    Weather
    """
    from .datasets import cities

    key = cities.weather_key(site.city, site.weather_file, folder)
    return _cached_weather(*key)


@lru_cache(maxsize=16)
def _cached_weather(city, weather_file, stamp):
    from .datasets import cities

    if weather_file:  # already resolved and checked by weather_key
        return read_weather_file(Path(weather_file))
    row = cities.city(city)
    if row["weather_file"]:
        return read_weather_file(cities.dataset_weather_path(row["weather_file"]))
    return synthetic_year(cities.normals(city), Q_(row["lat_deg"], "degree"), Q_(row["lon_deg"], "degree"),
                          Q_(row["elev_m"], "m"), name=city)


def read_weather_file(path) -> Weather:
    """Read an EPW or Modelica ``.mos`` file, chosen by its name (``.gz`` allowed).

    Parameters
    ----------
    path : str or os.PathLike

    Returns
    -------
    Weather
    """
    lower = str(path).lower()
    if lower.endswith(".mos") or lower.endswith(".mos.gz"):
        return read_mos(path)
    if lower.endswith(".epw") or lower.endswith(".epw.gz"):
        return read_epw(path)
    raise WeatherFileError(f"{path}: unknown weather file type; expected .epw or .mos (optionally .gz)")


# ---------------------------------------------------------------- climate zones

ZONES = ("severe_cold", "cold", "hscw", "hsww", "mild")


def zone_from_degree_days(hdd18, cdd26):
    """Thermal design zone and sub-zone from degree days, GB 50176-2016.

    The second-level criteria of GB 50176-2016 Table 4.1.2 fix the sub-zone,
    and the sub-zone fixes the first-level zone: 1A HDD18 >= 6000, 1B
    5000-6000, 1C 3800-5000 (severe cold); 2A / 2B 2000-3800 with CDD26 <= 90
    / > 90 (cold); 5A 700-2000 and 5B < 700 with CDD26 < 10 (mild); otherwise
    3A 1200-2000, 3B 700-1200 (hot summer, cold winter), 4A 500-700, 4B < 500
    (hot summer, warm winter). Thresholds as recalled from the standard (see
    datasets/SOURCES_climate.md). The first-level temperature criteria of
    Table 4.1.1 are not used: near their limits (coldest month about 0 degC,
    e.g. Zhengzhou, Xi'an) a single typical year can flip the zone, while the
    degree-day criteria are stable.

    Parameters
    ----------
    hdd18, cdd26 : pint.Quantity
        Heating / cooling degree days [K*day], >= 0.

    Returns
    -------
    (str, str)
        Zone key (one of :data:`ZONES`) and sub-zone (``"1A"`` ... ``"5B"``).
    """
    hdd = float(magnitude(hdd18, "K*day", "hdd18"))
    cdd = float(magnitude(cdd26, "K*day", "cdd26"))
    if not (math.isfinite(hdd) and math.isfinite(cdd)) or hdd < 0 or cdd < 0:
        raise ValueError(f"degree days must be finite and >= 0, got HDD18 {hdd}, CDD26 {cdd}")
    if hdd >= 3800:
        return "severe_cold", "1A" if hdd >= 6000 else "1B" if hdd >= 5000 else "1C"
    if hdd >= 2000:
        return "cold", "2B" if cdd > 90 else "2A"
    if cdd < 10:
        return "mild", "5A" if hdd >= 700 else "5B"
    if hdd >= 700:
        return "hscw", "3A" if hdd >= 1200 else "3B"
    return "hsww", "4A" if hdd >= 500 else "4B"


def climate_zone(city: str):
    """Zone and sub-zone of a city as given in ``datasets/cities.csv``
    (GB 50176-2016 Appendix A, Table A.0.1).

    Parameters
    ----------
    city : str
        City key (English name).

    Returns
    -------
    (str, str)
        Zone key (one of :data:`ZONES`) and sub-zone.
    """
    from .datasets import cities

    row = cities.city(city)
    return row["climate_zone"], row["sub_zone"]


def design_outdoor_temperature(outdoor_temp):
    """Heating design outdoor temperature [°C]: the 99.6 % annual percentile
    of hourly dry-bulb temperature (ASHRAE Handbook Fundamentals 2021,
    ch. 14, heating design condition). The one rule for the building's
    design heat load and the heat pump's sizing alike.

    Parameters
    ----------
    outdoor_temp : Quantity
        Hourly outdoor temperature [°C].

    Returns
    -------
    Quantity
        Design temperature [°C].
    """
    t = np.asarray(magnitude(outdoor_temp, "degC", "outdoor_temp"), float)
    return Q_(float(np.percentile(t, DESIGN_PERCENTILE)), "degC")


def day_of_year(times: pd.DatetimeIndex) -> np.ndarray:
    """Day of the year (1-366) of each of ``times`` in UTC, as pvlib reads
    a DatetimeIndex for the sun's distance (handed over as numbers, since
    pvlib's own reading uses the ``dayofyear`` that pandas deprecates)."""
    utc = times.tz_convert("UTC") if times.tz is not None else times
    return utc.day_of_year.to_numpy()


def extra_radiation(times: pd.DatetimeIndex) -> np.ndarray:
    """Extraterrestrial normal irradiance [W/m²] at ``times``
    (``pvlib.irradiance.get_extra_radiation``, Spencer 1971)."""
    return np.asarray(pvlib.irradiance.get_extra_radiation(day_of_year(times)), float)
