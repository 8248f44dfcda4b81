"""GUI speed and memory, measured (never asserted on time):

* start-up to a usable window (target ≤ 2 s)
* an edit to updated results (target ≤ 0.5 s)
* resident memory with the sample open and assessed (target ≤ 400 MB)

Run: QT_QPA_PLATFORM=offscreen python3 -m pytest tests/benchmarks/test_bench_gui.py --benchmark-only
"""

from __future__ import annotations

import os
import resource

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import gui  # noqa: E402,F401
from PySide6.QtWidgets import QApplication  # noqa: E402


@pytest.fixture
def quiet_settings(tmp_path, qapp):
    from PySide6.QtCore import QSettings, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path))


def _window():
    from gui.app import create_window

    w = create_window(None, "en")
    w.show()
    QApplication.processEvents()
    return w


def _close(w):
    w.document.undo_stack.setClean()
    w.runner.enabled = False
    w.runner.wait()
    w.close()
    w.deleteLater()
    QApplication.processEvents()


def test_startup_to_usable_window(benchmark, quiet_settings):
    windows = []

    def start():
        windows.append(_window())

    benchmark.pedantic(start, rounds=3, iterations=1)
    for w in windows:
        _close(w)


def test_edit_to_updated_results(benchmark, qtbot, quiet_settings):
    w = _window()
    runner = w.runner
    qtbot.waitUntil(lambda: runner.assessment is not None and not runner.is_busy(), timeout=120000)
    state = {"on": True}

    def edit_and_wait():
        before = runner.assessment
        state["on"] = not state["on"]
        w.document.edit("measures[0].enabled", state["on"])
        qtbot.waitUntil(lambda: runner.assessment is not before and not runner.is_busy(), timeout=120000)

    benchmark.pedantic(edit_and_wait, rounds=5, iterations=1)
    _close(w)


def test_resident_memory_with_sample_assessed(benchmark, qtbot, quiet_settings):
    w = _window()
    qtbot.waitUntil(lambda: w.runner.assessment is not None and not w.runner.is_busy(), timeout=120000)
    w.show_page("results")
    QApplication.processEvents()
    peak_mb = benchmark.pedantic(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                                 rounds=1, iterations=1)
    benchmark.extra_info["max_rss_mb"] = peak_mb
    print(f"\nmax resident memory: {peak_mb:.0f} MB")
    _close(w)
