import json
import os

import pytest

import calc.projectfile as pf
from calc.projectfile import ProjectFileError, dumps, load, loads, save
from calc.schema import set_path
from tests.conftest import OFFICE, RESIDENTIAL


@pytest.mark.parametrize("path", [RESIDENTIAL, OFFICE])
def test_round_trip_is_exact(path, tmp_path):
    text = path.read_text(encoding="utf-8")
    project = load(path)
    out = tmp_path / "p.json"
    save(project, out)
    assert load(out) == project                      # load -> save -> load: equal model
    assert out.read_text(encoding="utf-8") == text   # save -> load -> save: identical bytes
    save(load(out), out)
    assert out.read_text(encoding="utf-8") == text


def test_file_is_readable_json_with_units():
    doc = json.loads(RESIDENTIAL.read_text(encoding="utf-8"))
    assert doc["format"] == pf.FORMAT and doc["version"] == pf.VERSION
    wall = doc["project"]["buildings"][0]["wall"]["layers"][1]
    assert wall["thickness"] == "370.0 mm"
    text = RESIDENTIAL.read_text(encoding="utf-8")
    assert "和平里" in text and "\\u" not in text   # readable UTF-8, not \u escapes


def _doc():
    return json.loads(RESIDENTIAL.read_text(encoding="utf-8"))


def _write(tmp_path, content) -> str:
    p = tmp_path / "broken.json"
    if isinstance(content, (dict, list)):
        content = json.dumps(content, ensure_ascii=False)
    p.write_text(content, encoding="utf-8")
    return str(p)


def _problem(tmp_path, content):
    path = _write(tmp_path, content)
    before = open(path, "rb").read()
    with pytest.raises(ProjectFileError) as err:
        load(path)
    assert open(path, "rb").read() == before   # a load never touches the file
    assert str(err.value).startswith(path)
    return str(err.value)


def test_not_json(tmp_path):
    assert "not valid JSON at line 1" in _problem(tmp_path, "this is not json")


def test_truncated(tmp_path):
    text = RESIDENTIAL.read_text(encoding="utf-8")
    msg = _problem(tmp_path, text[: len(text) // 2])
    assert "truncated" in msg


def test_wrong_format(tmp_path):
    doc = _doc()
    doc["format"] = "something-else"
    assert "format" in _problem(tmp_path, doc)


def test_unknown_version(tmp_path):
    doc = _doc()
    doc["version"] = 99
    assert "newer than this program reads" in _problem(tmp_path, doc)
    doc["version"] = "one"
    assert "version" in _problem(tmp_path, doc)


def test_wrong_type(tmp_path):
    doc = _doc()
    doc["project"]["buildings"][0]["geometry"]["storeys"] = "six"
    assert "project.buildings[0].geometry.storeys" in _problem(tmp_path, doc)


def test_wrong_unit(tmp_path):
    doc = _doc()
    doc["project"]["buildings"][0]["window"]["u_value"] = "3 kg"
    msg = _problem(tmp_path, doc)
    assert "project.buildings[0].window.u_value" in msg and "wrong kind of unit" in msg


@pytest.mark.parametrize("bad", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_inf(tmp_path, bad):
    text = RESIDENTIAL.read_text(encoding="utf-8").replace('"wwr_south": 0.35', f'"wwr_south": {bad}')
    assert bad in text
    assert "finite" in _problem(tmp_path, text)


def test_nan_inside_quantity_text(tmp_path):
    doc = _doc()
    doc["project"]["buildings"][0]["geometry"]["length"] = "nan m"
    assert "project.buildings[0].geometry.length" in _problem(tmp_path, doc)


def test_missing_required_field(tmp_path):
    doc = _doc()
    del doc["project"]["buildings"][0]["window"]["shgc"]
    msg = _problem(tmp_path, doc)
    assert "project.buildings[0].window.shgc" in msg and "missing required field" in msg


def test_missing_project(tmp_path):
    doc = _doc()
    del doc["project"]
    assert "project: missing" in _problem(tmp_path, doc)


def test_unknown_field(tmp_path):
    doc = _doc()
    doc["project"]["buildings"][0]["colour"] = "red"
    assert "project.buildings[0].colour" in _problem(tmp_path, doc)


def test_impossible_value(tmp_path):
    doc = _doc()
    doc["project"]["buildings"][0]["operation"]["heating_setpoint"] = "50 degC"
    assert "project.buildings[0].operation.heating_setpoint" in _problem(tmp_path, doc)


def test_not_utf8(tmp_path):
    p = tmp_path / "latin.json"
    p.write_bytes(b'{"name": "\xe9"}')
    with pytest.raises(ProjectFileError, match="not UTF-8"):
        load(p)


def test_missing_file(tmp_path):
    with pytest.raises(ProjectFileError, match="cannot read"):
        load(tmp_path / "nope.json")


def test_root_not_object(tmp_path):
    assert "expected a JSON object" in _problem(tmp_path, [1, 2])


def test_save_keeps_backup(tmp_path, residential):
    out = tmp_path / "p.json"
    save(residential, out)
    first = out.read_bytes()
    edited = set_path(residential, "meta.name", "renamed")
    save(edited, out)
    assert (tmp_path / "p.json.bak").read_bytes() == first
    assert load(out).meta.name == "renamed"


def test_failed_save_leaves_old_file_intact(tmp_path, residential, monkeypatch):
    out = tmp_path / "p.json"
    save(residential, out)
    good = out.read_bytes()

    def crash(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", crash)   # the failure strikes after part of the file is written
    with pytest.raises(ProjectFileError, match="No space left"):
        save(set_path(residential, "meta.name", "half-written"), out)
    assert out.read_bytes() == good
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_interrupted_save_leaves_old_file_intact(tmp_path, residential, monkeypatch):
    out = tmp_path / "p.json"
    save(residential, out)
    good = out.read_bytes()
    monkeypatch.setattr(os, "replace", lambda *a: (_ for _ in ()).throw(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        save(set_path(residential, "meta.name", "interrupted"), out)
    assert out.read_bytes() == good
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_save_to_unwritable_folder(tmp_path, residential):
    with pytest.raises(ProjectFileError, match="cannot write"):
        save(residential, tmp_path / "no" / "such" / "folder" / "p.json")


def test_migration_chain_runs_each_step(monkeypatch):
    """A version-1 document goes through every step up to the current version."""
    seen = []

    def v1_to_v2(doc):
        seen.append(1)
        doc["project"]["meta"]["name"] = doc["project"]["meta"].pop("title")
        return {**doc, "version": 2}

    monkeypatch.setattr(pf, "VERSION", 2)
    monkeypatch.setitem(pf.MIGRATIONS, 1, v1_to_v2)
    doc = _doc()
    doc["version"] = 1
    doc["project"]["meta"]["title"] = doc["project"]["meta"].pop("name")
    project = loads(json.dumps(doc, ensure_ascii=False))
    assert seen == [1]
    assert project.meta.name.startswith("和平里")


def test_dumps_has_trailing_newline_and_no_nan(residential):
    text = dumps(residential)
    assert text.endswith("}\n") and "NaN" not in text


def test_saved_file_has_ordinary_permissions(tmp_path, residential):
    out = save(residential, tmp_path / "p.json")
    mask = os.umask(0)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask
