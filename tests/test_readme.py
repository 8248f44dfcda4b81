"""The README documents every key of the results JSON, and names the two
commands CI relies on."""

from calc.results import json_key_docs, json_key_table
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_result_key_is_documented():
    missing = [f"{obj}.{key}" for obj, key, _, _ in json_key_docs() if f"| `{key}` |" not in README]
    assert missing == []


def test_readme_table_is_current():
    assert json_key_table() in README


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = "python3 -m pip install -e '.[test]' && QT_QPA_PLATFORM=offscreen python3 -m pytest"
    assert command in README
    assert command in ci
