"""Imports point one way: only gui/ and main.py import PySide6; calc imports
neither Qt nor reportlab, and runs without them."""

import ast
import subprocess
import sys

from tests.conftest import ROOT


def _imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


def _offenders(folder, forbidden):
    bad = []
    for path in (ROOT / folder).rglob("*.py"):
        for name in _imports(path):
            if name.split(".")[0] in forbidden:
                bad.append(f"{path.relative_to(ROOT)} imports {name}")
    return bad


def test_calc_imports_no_qt_no_reportlab_no_gui():
    assert _offenders("calc", {"PySide6", "reportlab", "gui", "reports"}) == []


def test_reports_import_no_qt_no_gui():
    assert _offenders("reports", {"PySide6", "gui"}) == []


def test_calc_runs_without_qt_and_reportlab():
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'reportlab'):\n"
        "            raise ImportError('blocked ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import calc.projectfile, calc.model, calc.units\n"
        f"p = calc.projectfile.load(r'{ROOT / 'datasets/examples/residential_beijing_1980s.json'}')\n"
        "print('ok')\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr
