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
