"""The city table, monthly climate normals and weather files.

* ``datasets/cities.csv`` -- one row per city (location, GB 50176-2016 zone,
  degree days, heating season, design temperature, grid region, weather file);
* ``datasets/climate_normals.csv`` -- 12 monthly normals per city without a
  measured weather file;
* ``datasets/weather/`` -- typical-year files (EPW / Modelica ``.mos``, gzipped).

Provenance of every figure: ``datasets/SOURCES_climate.md``.
"""

from __future__ import annotations

import csv
import gzip
import os
from functools import lru_cache
from pathlib import Path

import pandas as pd

DATASETS = Path(__file__).resolve().parents[2] / "datasets"
WEATHER_DIR = DATASETS / "weather"
CITIES_CSV = DATASETS / "cities.csv"
NORMALS_CSV = DATASETS / "climate_normals.csv"

CITY_COLUMNS = ("city", "city_zh", "province", "lat_deg", "lon_deg", "elev_m", "climate_zone", "sub_zone",
                "hdd18_kd", "cdd26_kd", "heating_season_start", "heating_season_end",
                "heating_season_mean_temp_c", "design_heating_temp_c", "grid_region", "weather_file", "source")
NORMALS_COLUMNS = ("city", "month", "t_mean_c", "t_max_c", "t_min_c", "ghi_kwh_m2", "rh_pct", "period", "source")
_NUMERIC = ("lat_deg", "lon_deg", "elev_m", "hdd18_kd", "cdd26_kd", "heating_season_mean_temp_c",
            "design_heating_temp_c")
ZONES = ("severe_cold", "cold", "hscw", "hsww", "mild")
SUB_ZONES = ("1A", "1B", "1C", "2A", "2B", "3A", "3B", "4A", "4B", "5A", "5B")
GRID_REGIONS = ("north", "northeast", "east", "central", "northwest", "south", "southwest")


class DatasetError(ValueError):
    """A data file in ``datasets/`` that breaks its schema."""


@lru_cache(maxsize=None)
def city_names() -> frozenset[str]:
    """Keys (English names) of the cities in ``datasets/cities.csv``."""
    with open(CITIES_CSV, encoding="utf-8", newline="") as fh:
        return frozenset(row["city"] for row in csv.DictReader(fh))


@lru_cache(maxsize=None)
def cities_table() -> pd.DataFrame:
    """The city table, checked against its schema, indexed by city key.

    Returns
    -------
    pandas.DataFrame
        Columns as in :data:`CITY_COLUMNS` (units in the names); empty
        numeric cells are NaN, empty text cells ''.
    """
    df = pd.read_csv(CITIES_CSV, dtype=str, keep_default_na=False, encoding="utf-8")
    missing = [c for c in CITY_COLUMNS if c not in df.columns]
    if missing:
        raise DatasetError(f"{CITIES_CSV.name}: missing columns {missing}")
    for c in _NUMERIC:
        df[c] = pd.to_numeric(df[c].replace("", None), errors="raise").astype(float)
    for i, row in df.iterrows():
        line = i + 2
        if row["climate_zone"] not in ZONES:
            raise DatasetError(f"{CITIES_CSV.name}, line {line}: climate_zone {row['climate_zone']!r}; "
                               f"allowed: {', '.join(ZONES)}")
        if row["sub_zone"] not in SUB_ZONES:
            raise DatasetError(f"{CITIES_CSV.name}, line {line}: sub_zone {row['sub_zone']!r}; "
                               f"allowed: {', '.join(SUB_ZONES)}")
        if row["grid_region"] not in GRID_REGIONS:
            raise DatasetError(f"{CITIES_CSV.name}, line {line}: grid_region {row['grid_region']!r}; "
                               f"allowed: {', '.join(GRID_REGIONS)}")
        if not row["source"].strip():
            raise DatasetError(f"{CITIES_CSV.name}, line {line}: empty source")
    if df["city"].duplicated().any():
        raise DatasetError(f"{CITIES_CSV.name}: duplicate city keys {sorted(df.loc[df['city'].duplicated(), 'city'])}")
    return df.set_index("city", drop=False)


def city(name: str) -> dict:
    """The table row of one city as a dict (numbers as floats, NaN = unknown).

    Raises
    ------
    KeyError
        Naming the city and listing the known ones.
    """
    table = cities_table()
    if name not in table.index:
        raise KeyError(f"city {name!r} is not in {CITIES_CSV.name}; known: {', '.join(sorted(table.index))}")
    return table.loc[name].to_dict()


@lru_cache(maxsize=None)
def normals_table() -> pd.DataFrame:
    """``datasets/climate_normals.csv`` checked against its schema."""
    df = pd.read_csv(NORMALS_CSV, dtype={"city": str, "period": str, "source": str},
                     keep_default_na=False, encoding="utf-8")
    missing = [c for c in NORMALS_COLUMNS if c not in df.columns]
    if missing:
        raise DatasetError(f"{NORMALS_CSV.name}: missing columns {missing}")
    for city_key, group in df.groupby("city"):
        if sorted(group["month"].tolist()) != list(range(1, 13)):
            raise DatasetError(f"{NORMALS_CSV.name}: {city_key} must have months 1-12 once each")
    return df


def normals(name: str):
    """Monthly normals of a city as :class:`calc.climate.MonthlyNormals`.

    Raises
    ------
    KeyError
        When the city has no normals, listing the cities that have them.
    """
    from ..climate import MonthlyNormals
    from ..units import Q_

    df = normals_table()
    rows = df[df["city"] == name].sort_values("month")
    if rows.empty:
        raise KeyError(f"no climate normals for {name!r} in {NORMALS_CSV.name}; available: "
                       f"{', '.join(sorted(df['city'].unique()))}")
    sources = "; ".join(dict.fromkeys(rows["source"].tolist()))
    periods = ", ".join(p for p in dict.fromkeys(rows["period"].tolist()) if p)
    return MonthlyNormals(
        t_mean=Q_(rows["t_mean_c"].to_numpy(float), "degC"), t_max=Q_(rows["t_max_c"].to_numpy(float), "degC"),
        t_min=Q_(rows["t_min_c"].to_numpy(float), "degC"), ghi=Q_(rows["ghi_kwh_m2"].to_numpy(float), "kWh/m**2"),
        rh=Q_(rows["rh_pct"].to_numpy(float), "percent"), source=f"{sources} (period {periods})")


def dataset_weather_path(file_name: str) -> Path:
    """Path of a weather file shipped in ``datasets/weather``."""
    path = WEATHER_DIR / file_name
    if not path.is_file():
        raise FileNotFoundError(f"weather file {file_name!r} named in {CITIES_CSV.name} is not in {WEATHER_DIR}")
    return path


# Longest path the weather file field takes (Linux PATH_MAX; Windows long
# paths allow about the same).
MAX_WEATHER_PATH_CHARS = 4096


def _shown(text: str, limit: int = 80) -> str:
    r = repr(text)
    return r if len(r) <= limit else r[:limit - 3] + "..."


def user_weather_path(weather_file: str, folder=None) -> Path:
    """Resolve ``site.weather_file``.

    With ``folder`` (the folder of the project file) a relative path is
    taken from that folder, and the file must lie in it or below it (links
    followed), or be the name of a file in ``datasets/weather``: a project
    file from elsewhere can neither make the program read other files nor
    learn from its messages whether they exist. Without ``folder`` (a
    project not read from a file) the path is the user's own, taken from
    the working directory.

    Raises
    ------
    calc.climate.WeatherFileError
        Naming the field; the value is shown shortened.
    """
    from ..climate import WeatherFileError

    shown = _shown(weather_file)
    if "\0" in weather_file or len(weather_file) > MAX_WEATHER_PATH_CHARS:
        raise WeatherFileError(f"site.weather_file = {shown}: not a usable file path "
                               f"(at most {MAX_WEATHER_PATH_CHARS} characters, no NUL)")
    shipped = WEATHER_DIR / weather_file
    is_shipped_name = Path(weather_file).name == weather_file and weather_file not in (".", "..")
    if folder is None:
        path = Path(os.path.expanduser(weather_file))
    else:
        root = Path(folder).resolve()
        path = root / weather_file
        try:
            inside = path.resolve().is_relative_to(root)
        except (OSError, RuntimeError, ValueError):
            inside = False
        if not inside:
            if is_shipped_name and _is_file(shipped):
                return shipped
            raise WeatherFileError(f"site.weather_file = {shown}: must be a file in the project's folder or "
                                   "below it (copy the weather file next to the project file)")
    if _is_file(path):
        return path
    if is_shipped_name and _is_file(shipped):
        return shipped
    raise WeatherFileError(f"site.weather_file = {shown}: file not found or not readable")


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except (OSError, ValueError):  # a name too long for the file system
        return False


def weather_key(city_name: str, weather_file: str, folder=None) -> tuple:
    """Cache key of a site's weather: a user file is re-read when it changes."""
    if not weather_file:
        return (city_name, "", 0.0)
    path = user_weather_path(weather_file, folder)
    try:
        return (city_name, str(path.resolve()), path.stat().st_mtime)
    except OSError as e:
        from ..climate import WeatherFileError

        raise WeatherFileError(f"site.weather_file = {_shown(weather_file)}: cannot be read ({e.strerror})") from None


def read_weather_text(path) -> str:
    """The text of a weather file; ``.gz`` files are decompressed.

    Raises
    ------
    calc.climate.WeatherFileError
        When the file is missing, unreadable or not text.
    """
    from ..climate import WeatherFileError

    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise WeatherFileError(f"{path}: cannot be read ({exc.strerror})") from None
    if raw[:2] == b"\x1f\x8b":
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError) as exc:
            raise WeatherFileError(f"{path}: damaged gzip file ({exc})") from None
    for encoding in ("utf-8", "latin-1"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    if "\x00" in text:
        raise WeatherFileError(f"{path}: binary data; expected a text weather file")
    return text
