"""Project files at the edges of JSON: every problem is a ProjectFileError
with a path or a position, never a traceback, and bad values are echoed
short."""

from __future__ import annotations

import json

import pytest

from calc.projectfile import MAX_DEPTH, VERSION, ProjectFileError, dumps, load, loads

from ..conftest import OFFICE, RESIDENTIAL

TEXT = RESIDENTIAL.read_text(encoding="utf-8")


def doc():
    return json.loads(TEXT)


def problems_of(text):
    with pytest.raises(ProjectFileError) as info:
        loads(text)
    return info.value.problems


def test_an_integer_beyond_float_range_names_its_path():
    text = TEXT.replace('"storeys": 6', '"storeys": 1' + "0" * 400)
    (p,) = problems_of(text)
    assert p.startswith("project.buildings[0].geometry.storeys: ") and "too large" in p
    assert len(p) < 200  # 401 digits are not echoed


def test_a_5000_digit_integer_names_its_path():
    text = TEXT.replace(f'"version": {VERSION}', '"version": ' + "9" * 5000)
    (p,) = problems_of(text)
    assert p.startswith("version: 999999999999…(5000 digits) is too large")


def test_a_float_that_overflows_names_its_path():
    text = TEXT.replace('"wwr_south": 0.35', '"wwr_south": 1e400')
    (p,) = problems_of(text)
    assert p.startswith("project.buildings[0].geometry.wwr_south: 1e400")


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_name_their_path(literal):
    text = TEXT.replace('"wwr_south": 0.35', f'"wwr_south": {literal}')
    (p,) = problems_of(text)
    assert p == f"project.buildings[0].geometry.wwr_south: {literal} is not allowed (numbers must be finite)"


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 1000, 100_000])
def test_deep_nesting_under_an_unknown_key_is_a_message(depth):
    d = doc()
    text = json.dumps(d)[:-2] + ', "extra": ' + "[" * depth + "]" * depth + "}}"
    (p,) = problems_of(text)
    assert "nest too deeply" in p
    assert p.startswith("project.extra") or p.startswith("line 1, column")


def test_a_lone_surrogate_in_text_is_refused_with_its_path():
    text = TEXT.replace('"assessor": ""', '"assessor": "ab\\ud800c"')
    (p,) = problems_of(text)
    assert p == "project.meta.assessor: text with a lone surrogate '\\ud800' at character 3 (not valid Unicode)"


def test_a_lone_surrogate_in_a_key_is_refused_and_printable():
    text = TEXT.replace('"assessor": ""', '"assessor": "", "\\udc80x": 1')
    (p,) = problems_of(text)
    assert "field name with a lone surrogate" in p
    p.encode("ascii")


def test_a_huge_bad_value_is_echoed_short_once():
    d = doc()
    d["project"]["buildings"][0]["geometry"]["length"] = "y" * 1_000_000
    (p,) = problems_of(json.dumps(d))
    assert p.startswith("project.buildings[0].geometry.length = 'yyy")
    assert len(p) < 300


def test_a_bad_unit_text_is_echoed_once():
    d = doc()
    d["project"]["buildings"][0]["geometry"]["length"] = "12 parsecs of road"
    (p,) = problems_of(json.dumps(d))
    assert p.count("12 parsecs of road") == 1


def test_a_key_given_twice_is_an_error():
    text = TEXT.replace('"assessor": ""', '"assessor": "A", "assessor": "B"')
    (p,) = problems_of(text)
    assert p == "project.meta.assessor: given more than once in the same object; keep one"


@pytest.mark.parametrize("raw", [0.37, 370, "0.37", " 370 "])
def test_a_quantity_without_its_unit_is_refused(raw):
    d = doc()
    d["project"]["buildings"][0]["wall"]["layers"][1]["thickness"] = raw
    (p,) = problems_of(json.dumps(d))
    assert p.startswith("project.buildings[0].wall.layers[1].thickness = ")
    assert "a number without a unit; write the unit, e.g." in p and "mm'" in p


def test_a_measure_parameter_without_its_unit_is_refused():
    d = doc()
    d["project"]["measures"][0]["params"]["thickness"] = 0.1
    (p,) = problems_of(json.dumps(d))
    assert p.startswith("project.measures[0].params.thickness = 0.1: a number without a unit")


def test_dimensionless_numbers_stay_plain():
    d = doc()
    d["project"]["buildings"][0]["geometry"]["wwr_south"] = 0.4
    assert loads(json.dumps(d)).buildings[0].geometry.wwr_south == 0.4


@pytest.mark.parametrize("path", [RESIDENTIAL, OFFICE])
def test_the_samples_load_and_round_trip(path):
    text = path.read_text(encoding="utf-8")
    assert dumps(load(path)) == text


def test_validate_of_the_sample_prints_on_a_gbk_console(tmp_path):
    import subprocess
    import sys

    env = {"PYTHONIOENCODING": "gbk", "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "main.py", "validate", str(RESIDENTIAL)], capture_output=True,
                         cwd=RESIDENTIAL.parents[2], env=env)
    assert out.returncode == 0, out.stderr.decode("gbk", "replace")
    assert "3,960 m?" in out.stdout.decode("gbk")  # "²" is not in GBK


@pytest.mark.parametrize("encoding, hint", [("utf-16", "UTF-16"), ("utf-32", "UTF-32"), ("gbk", "GBK")])
def test_other_encodings_are_named(tmp_path, encoding, hint):
    p = tmp_path / "p.json"
    p.write_bytes(TEXT.encode(encoding))
    with pytest.raises(ProjectFileError) as info:
        load(p)
    (msg,) = info.value.problems
    assert msg.startswith("not UTF-8 text (byte ") and hint in msg and "save the file as UTF-8" in msg
