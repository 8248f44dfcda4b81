"""User weather files the reader accepted and the engine could not use,
found by corrupting the Beijing EPW (tests/calc/fuzz_schema.py's weather
counterpart): whatever the reader accepts, the assessment runs on; what it
refuses is named by line and value, and `main.py validate` says so."""

from __future__ import annotations

import gzip
import json

import pytest

import main
from calc import thermal
from calc.climate import TEMPERATURE_RANGE, WeatherFileError, parse_epw
from calc.datasets.cities import dataset_weather_path

from ..conftest import OFFICE

BEIJING = dataset_weather_path("CHN_Beijing.Beijing.545110_CSWD.epw.gz")
TEXT = gzip.decompress(BEIJING.read_bytes()).decode("utf-8")


def _with_fields(line_no: int, **fields) -> str:
    """The Beijing text with fields (0-based column: value) of one line replaced."""
    lines = TEXT.splitlines()
    parts = lines[line_no - 1].split(",")
    for column, value in fields.items():
        parts[int(column[1:])] = value
    lines[line_no - 1] = ",".join(parts)
    return "\n".join(lines) + "\n"


def test_the_engine_checks_the_temperatures_the_reader_does():
    assert thermal.TEMPERATURE_RANGE == TEMPERATURE_RANGE


def test_a_weak_measured_infrared_is_estimated_as_if_missing():
    """IR = 55 W/m² (the reader's old plausible floor was 50) is a sky at
    (55/5.670e-8)^0.25 − 273.15 = 176.48 − 273.15 = −96.7 °C, below the
    engine's −90 °C: the hour is estimated like one without infrared,
    which gives the same sky temperature as the field left missing."""
    weak = parse_epw(_with_fields(300, c12="55"), name="x.epw").data["sky_temperature"]
    missing = parse_epw(_with_fields(300, c12="9999"), name="x.epw").data["sky_temperature"]
    assert weak.iloc[291] == missing.iloc[291] > TEMPERATURE_RANGE[0]
    assert weak.min() > TEMPERATURE_RANGE[0]


def test_a_dry_arctic_hour_without_infrared_is_refused_at_its_line():
    """Air and dew point at −70 °C (the EPW floor), no infrared: the Clark &
    Allen estimate, ε = 0.787 + 0.764 ln(203.15/273) = 0.561 (clear sky),
    gives 203.15 × 0.561^0.25 − 273.15 = −97.3 °C."""
    with pytest.raises(WeatherFileError, match=r"line 4000: sky temperature -97\.[23] °C"):
        parse_epw(_with_fields(4000, c6="-70", c7="-70", c12="9999", c23="0"), name="x.epw")


def test_a_cold_but_real_hour_is_read():
    w = parse_epw(_with_fields(4000, c6="-40", c7="-45", c12="9999", c23="0"), name="x.epw")
    assert w.data["sky_temperature"].min() > TEMPERATURE_RANGE[0]


def test_a_site_north_of_the_polar_circle_is_refused_by_validate(tmp_path, capsys):
    """Latitude 70°: the winter sun stays below the horizon, and the PV rows
    (laid out by the solstice noon sun) could not be assessed."""
    lines = TEXT.splitlines()
    loc = lines[0].split(",")
    loc[6] = "70.0"
    lines[0] = ",".join(loc)
    (tmp_path / "w.epw").write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc = json.loads(OFFICE.read_text(encoding="utf-8"))
    doc["project"]["site"]["weather_file"] = "w.epw"
    path = tmp_path / "p.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert main.main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert "w.epw, line 1: LOCATION latitude 70.0 outside -90..66.5" in err, err


@pytest.mark.parametrize("line", [2, 8])
def test_an_empty_header_line_is_named(line):
    """An empty DATA PERIODS line (line 8) used to shift the hourly records
    by one and was reported as a wrong date on line 9."""
    lines = TEXT.splitlines()
    lines[line - 1] = ""
    with pytest.raises(WeatherFileError, match=rf"x\.epw, line {line}: empty; an EPW file has 8 header lines"):
        parse_epw("\n".join(lines) + "\n", name="x.epw")
