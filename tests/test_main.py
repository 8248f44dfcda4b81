"""The command line: exit codes and messages."""

import subprocess
import sys

from tests.conftest import OFFICE, RESIDENTIAL, ROOT


def _run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_help_lists_subcommands():
    r = _run("--help")
    assert r.returncode == 0
    for cmd in ("gui", "validate", "assess"):
        assert cmd in r.stdout


def test_validate_samples_exit_0():
    for path in (RESIDENTIAL, OFFICE):
        r = _run("validate", str(path))
        assert r.returncode == 0, r.stderr
        assert "valid" in r.stdout


def test_validate_bad_value_exit_1_one_line_naming_field(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(RESIDENTIAL.read_text(encoding="utf-8").replace('"storey_height": "2.8 m"', '"storey_height": "-2.8 m"'),
                   encoding="utf-8")
    r = _run("validate", str(bad))
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "project.buildings[0].geometry.storey_height" in lines[0]
    assert "Traceback" not in r.stderr


def test_validate_broken_file_no_traceback(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    r = _run("validate", str(bad))
    assert r.returncode == 1 and "Traceback" not in r.stderr and "not valid JSON" in r.stderr


def test_unknown_subcommand_exit_2():
    r = _run("frobnicate")
    assert r.returncode == 2


def test_assess_json_carries_matrix_buildings_and_uncertainty(tmp_path):
    import json

    from main import main
    from tests.conftest import RESIDENTIAL

    out = tmp_path / "r.json"
    assert main(["assess", str(RESIDENTIAL), "--json", str(out), "--uncertainty", "20", "--seed", "3"]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    t = data["target"]
    assert {(c["basis"], c["electricity_method"]) for c in t["matrix"]} == {
        (b, m) for b in ("total_tce", "heating_tce", "delivered_kwh", "co2") for m in ("equal_value", "power_supply_coal")}
    assert set(t["matrix"][0]) == {"basis", "electricity_method", "saving_rate_pct", "passed"}
    assert {"name", "building_type", "target_rate_pct", "saving_rate_pct", "passed"} <= set(t["buildings"][0])
    u = data["uncertainty"]
    assert u["samples"] == 20 and u["seed"] == 3
    assert {"saving_rate_p10_pct", "saving_rate_p50_pct", "saving_rate_p90_pct", "pass_probability_pct"} <= set(u)
    # the sample's source is not entered: Beijing's default (gas) is taken and named
    assert data["baseline"]["network"]["heat_source"] == data["heat_source_default"]["heat_source"] == "gas_boiler"
    assert data["baseline"]["network"]["heat_coal_rate_kgce_per_gj"] > 34.12


def test_assess_rejects_one_sample(capsys):
    from main import main
    from tests.conftest import RESIDENTIAL

    assert main(["assess", str(RESIDENTIAL), "--uncertainty", "1"]) == 1
    assert "samples = 1" in capsys.readouterr().err


def test_assess_without_sensitivity_leaves_the_other_figures_as_they_are(tmp_path):
    import json

    from main import main

    full, short = tmp_path / "full.json", tmp_path / "short.json"
    assert main(["assess", str(OFFICE), "--json", str(full), "--uncertainty", "0"]) == 0
    assert main(["assess", str(OFFICE), "--json", str(short), "--uncertainty", "0", "--no-sensitivity"]) == 0
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (full, short))
    assert a["sensitivity"] and b["sensitivity"] == []
    for key in ("baseline", "package", "measures", "target", "economics", "benchmark", "warnings"):
        assert a[key] == b[key], key
