"""site.weather_file is taken from the project's folder and may not lead
outside it; messages say nothing about files outside."""

from __future__ import annotations

import json
import shutil

import pytest

import main
from calc.climate import WeatherFileError, weather_for_site
from calc.datasets import cities
from calc.model import Site

from ..conftest import ROOT, RESIDENTIAL

BEIJING = ROOT / "datasets" / "weather" / "CHN_Beijing.Beijing.545110_CSWD.epw.gz"


def project_with_weather(folder, weather_file):
    d = json.loads(RESIDENTIAL.read_text(encoding="utf-8"))
    d["project"]["site"]["weather_file"] = weather_file
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "p.json"
    path.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    return path


def test_relative_to_the_project_folder_not_the_working_directory(tmp_path, monkeypatch, capsys):
    proj = project_with_weather(tmp_path / "job", "weather/bj.epw.gz")
    (tmp_path / "job" / "weather").mkdir()
    shutil.copy(BEIJING, tmp_path / "job" / "weather" / "bj.epw.gz")
    monkeypatch.chdir(tmp_path)  # a different folder
    assert main.main(["validate", str(proj)]) == 0
    w = weather_for_site(Site(city="Harbin", weather_file="weather/bj.epw.gz"), tmp_path / "job")
    assert w.latitude == pytest.approx(39.80)


@pytest.mark.parametrize("value", ["../outside.epw", "{outside}", "sub/../../outside.epw", "link.epw",
                                   "{missing}", "/etc/passwd.epw"])
def test_nothing_outside_the_folder_is_read_or_told(tmp_path, value):
    folder = tmp_path / "job"
    folder.mkdir()
    outside = tmp_path / "outside.epw"
    shutil.copy(BEIJING, tmp_path / "outside.epw.gz")
    outside.write_bytes(b"LOCATION,secret")
    (folder / "link.epw").symlink_to(outside)
    value = value.format(outside=outside, missing=tmp_path / "missing.epw")
    with pytest.raises(WeatherFileError) as info:
        cities.user_weather_path(value, folder)
    # the same words whether the file outside exists or not
    assert str(info.value).endswith(": must be a file in the project's folder or below it "
                                    "(copy the weather file next to the project file)")
    assert "secret" not in str(info.value)


def test_a_shipped_file_name_is_found_in_the_datasets(tmp_path):
    assert cities.user_weather_path(BEIJING.name, tmp_path) == BEIJING


@pytest.mark.parametrize("value", ["x" * 5000 + ".epw", "a/" + "y" * 300 + ".epw", "bad\0name.epw"])
def test_over_long_and_impossible_paths_are_messages(tmp_path, value, capsys):
    proj = project_with_weather(tmp_path, value)
    assert main.main(["validate", str(proj)]) == 1
    assert main.main(["assess", str(proj)]) == 1
    err = capsys.readouterr().err
    assert "site.weather_file = " in err and "Traceback" not in err
    assert max(len(line) for line in err.splitlines()) < 400  # the value is echoed shortened


def test_without_a_folder_the_users_own_path_is_used(tmp_path):
    mine = tmp_path / "mine.epw.gz"
    shutil.copy(BEIJING, mine)
    assert cities.user_weather_path(str(mine)) == mine
    with pytest.raises(WeatherFileError, match="file not found or not readable"):
        cities.user_weather_path(str(tmp_path / "missing.epw"))
