"""``main.py portfolio`` end to end: bad rows reported, the rest complete;
a killed run resumed gives the same table as an uninterrupted one."""

import csv
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from main import main
from tests.conftest import ROOT

from .factory import stock_rows, write_stock

PACKAGE = [{"kind": "wall_insulation", "params": {"thickness": "80 mm"}}, {"kind": "hydraulic_balancing"}]


def _package(tmp_path, data=PACKAGE):
    p = tmp_path / "package.json"
    p.write_text(json.dumps(data), encoding="utf-8")
    return p


def _table(path):
    with open(path, encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def test_bad_rows_are_reported_and_the_rest_completes(tmp_path, capsys):
    rows = stock_rows(6)
    rows[1][2] = "Atlantis"          # unknown city, row 3
    rows[2][5] = ""                  # missing area, row 4
    rows[3][6] = "six"               # text in a number column, row 5
    stock = write_stock(tmp_path / "stock.csv", rows)
    out = tmp_path / "out"
    assert main(["portfolio", str(stock), "--package", str(_package(tmp_path)), "--out", str(out),
                 "--workers", "1", "--language", "en"]) == 0
    err = capsys.readouterr().err
    assert "row 3, column city: 'Atlantis' is not a known city" in err
    assert "row 4, column floor_area [m²]: missing" in err
    assert "row 5, column storeys: 'six' is not a number" in err
    # the progress bar counts the 6 buildings from its first line (not a bar without a total)
    assert "/6 [" in err and "0building [" not in err
    table = _table(out / "buildings.csv")
    assert [r["row"] for r in table] == ["2", "6", "7"]
    errors = _table(out / "errors.csv")
    assert [e["row"] for e in errors] == ["3", "4", "5"]
    summary = json.loads((out / "summary.json").read_text("utf-8"))
    assert (summary["rows_total"], summary["rows_assessed"], summary["rows_failed"]) == (6, 3, 3)
    for r in table:  # every assessed row has its project file, which loads and validates
        assert main(["validate", str(out / r["project_file"])]) == 0
    assert (out / "stock.pdf").stat().st_size > 10_000
    from openpyxl import load_workbook

    wb = load_workbook(out / "buildings.xlsx", read_only=True)
    sheet = list(wb["buildings"].iter_rows(values_only=True))
    assert len(sheet) == 4 and sheet[1][1] == table[0]["id"]
    assert float(sheet[1][sheet[0].index("saving_rate_pct")]) == pytest.approx(float(table[0]["saving_rate_pct"]))


def test_package_file_errors_stop_before_any_row(tmp_path, capsys):
    stock = write_stock(tmp_path / "stock.csv", stock_rows(2))
    bad = _package(tmp_path, [{"kind": "wall_insulation", "params": {"thickness": "80 kg"}}])
    assert main(["portfolio", str(stock), "--package", str(bad), "--out", str(tmp_path / "o"), "--no-pdf"]) == 1
    assert "package[0].params.thickness" in capsys.readouterr().err


def test_package_column_picks_one_of_several(tmp_path):
    rows = stock_rows(2)
    header = ["id", "city", "use", "era", "floor_area [m²]", "package"]
    rows = [[r[0], r[2], r[3], r[4], r[5], name] for r, name in zip(rows, ("walls", "none"))]
    stock = write_stock(tmp_path / "stock.csv", rows, header)
    pkgs = tmp_path / "p.json"
    pkgs.write_text(json.dumps({"packages": {"walls": PACKAGE[:1], "none": []}}), encoding="utf-8")
    assert main(["portfolio", str(stock), "--package", str(pkgs), "--out", str(tmp_path / "o"), "--workers", "1",
                 "--no-pdf"]) == 0
    table = _table(tmp_path / "o" / "buildings.csv")
    assert [(r["package"], r["measures"]) for r in table] == [("walls", "wall_insulation"), ("none", "")]
    assert float(table[1]["saving_rate_pct"]) == 0.0


BLINDS = {"kind": "external_shading", "params": {"device": "movable"}}


def test_an_unversioned_package_keeps_what_it_meant(tmp_path):
    # the first stock release wrote bare lists: measures as project files of
    # version 1 declared them -- shading on every facade, blinds at the
    # fixed devices' 0.6 -- and the project file's migrations bring them over
    from calc.stock import read_packages

    (m,) = read_packages(_package(tmp_path, [BLINDS]))["package"]
    assert m["params"]["shading_factor"] == 0.6
    assert all(m["params"][f] == "yes" for f in ("south", "east", "north", "west"))


def test_a_versioned_package_takes_its_versions_defaults(tmp_path):
    from calc.model import Measure
    from calc.projectfile import VERSION
    from calc.stock import read_packages
    from calc.stock.portfolio import PACKAGE_FORMAT

    doc = {"format": PACKAGE_FORMAT, "version": VERSION, "measures": [BLINDS]}
    (m,) = read_packages(_package(tmp_path, doc))["package"]
    assert m == BLINDS
    # the current default of a movable blind, ISO 13790 Annex G.5.2
    assert Measure(**m).params["shading_factor"] == pytest.approx(0.15)


@pytest.mark.parametrize("doc, fragment", [
    ({"format": "retrofit-calculator-project", "version": 3, "measures": []}, "is not a package file"),
    ({"version": 99, "measures": []}, "version: 99 must be a whole number 1-"),
    ({"version": "3", "measures": []}, "version"),
    ({"version": 3}, "\"measures\": \\[...\\]"),
    ("walls", "or a list of measures"),
])
def test_package_file_layout_errors_name_the_field(tmp_path, doc, fragment):
    from calc.stock import PackageFileError, read_packages

    with pytest.raises(PackageFileError, match=fragment.replace("(", r"\(")) as e:
        read_packages(_package(tmp_path, doc))
    assert str(tmp_path / "package.json") in str(e.value)


def _run(args, **kw):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), "portfolio", *args], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def test_a_killed_run_resumed_gives_the_same_table(tmp_path):
    stock = write_stock(tmp_path / "stock.csv", stock_rows(6))
    package = _package(tmp_path)
    whole, broken = tmp_path / "whole", tmp_path / "broken"
    args = ["--package", str(package), "--workers", "1", "--no-pdf"]
    assert _run([str(stock), "--out", str(whole), *args]).wait(timeout=300) == 0
    proc = _run([str(stock), "--out", str(broken), *args])
    results = broken / "results.jsonl"
    deadline = time.time() + 240
    while time.time() < deadline and proc.poll() is None:
        if results.exists() and results.read_bytes().count(b"\n") >= 2:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert not (broken / "buildings.csv").exists()
    done = results.read_bytes().count(b"\n")
    assert 2 <= done < 6
    assert _run([str(stock), "--out", str(broken), *args, "--resume"]).wait(timeout=300) == 0
    assert (broken / "buildings.csv").read_bytes() == (whole / "buildings.csv").read_bytes()
    assert results.read_bytes().count(b"\n") == 6  # the finished tasks were not run again


def test_resume_refuses_another_stock(tmp_path, capsys):
    package = _package(tmp_path)
    out = tmp_path / "o"
    a = write_stock(tmp_path / "a.csv", stock_rows(1))
    b = write_stock(tmp_path / "b.csv", stock_rows(2))
    assert main(["portfolio", str(a), "--package", str(package), "--out", str(out), "--workers", "1", "--no-pdf"]) == 0
    assert main(["portfolio", str(b), "--package", str(package), "--out", str(out), "--resume", "--no-pdf"]) == 1
    assert "another stock" in capsys.readouterr().err


def test_resume_refuses_the_results_of_another_program_version(tmp_path, capsys, monkeypatch):
    import importlib

    module = importlib.import_module("calc.stock.portfolio")

    package = _package(tmp_path)
    out = tmp_path / "o"
    a = write_stock(tmp_path / "a.csv", stock_rows(1))
    assert main(["portfolio", str(a), "--package", str(package), "--out", str(out), "--workers", "1", "--no-pdf"]) == 0
    monkeypatch.setattr(module, "program_version", lambda: "99.0.0")
    assert main(["portfolio", str(a), "--package", str(package), "--out", str(out), "--resume", "--no-pdf"]) == 1
    assert "program version" in capsys.readouterr().err
