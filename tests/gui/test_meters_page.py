"""The meters page calibrates the sample to its meter file, verifies the
savings of the sample readings and shows the GB/T 51161 benchmark."""

from calc.projectfile import load

from .conftest import ROOT, make_window

EX = ROOT / "datasets" / "examples"


def test_calibrate_and_use_the_calibrated_project(qtbot, tmp_path):
    w = make_window(qtbot)
    page = w.pages["meters"]
    w.show_page("meters")
    assert not page.start_calibration()                 # no file yet: a message, no run
    assert "no meter file" in page.cal_status.text()
    page.meter_file.set_path(str(EX / "residential_beijing_1980s_meter.csv"))
    assert page.start_calibration()
    qtbot.waitUntil(lambda: page.calibration is not None, timeout=120000)
    assert page.fit_table.rowCount() == 2
    # monthly readings: judged by the monthly criteria of Guideline 14, and it says so
    assert page.fit_table.item(0, 6).text() == "meets the monthly-data criteria (≤ 15 %, ±5 %)"
    before = w.document.project
    assert page.apply_calibration()
    after = w.document.project
    assert after != before and "Calibrated" in after.meta.notes
    w.document.undo_stack.undo()
    assert w.document.project == before
    page.grab().save(str(tmp_path / "meters.png"))


def test_verify_savings_on_the_sample_readings(qtbot):
    w = make_window(qtbot)
    page = w.pages["meters"]
    page.baseline_file.set_path(str(EX / "residential_beijing_1980s_meter_before.csv"))
    page.reporting_file.set_path(str(EX / "residential_beijing_1980s_meter_after.csv"))
    page.temps_file.set_path(str(EX / "beijing_daily_temperatures_2022_2025.csv"))
    assert page.start_savings()
    qtbot.waitUntil(lambda: page.savings_button.isEnabled(), timeout=120000)
    text = page.mv_text.text()
    assert "Baseline model" in text and "Uncertainty at 90 %" in text and "Predicted by the assessment" in text
    assert page.record_savings()
    assert "Measured savings" in w.document.project.meta.notes
    w.document.undo_stack.undo()
    assert "Measured savings" not in w.document.project.meta.notes


def test_benchmark_of_the_office(qtbot):
    w = make_window(qtbot, project=load(EX / "office_shanghai_1990s.json"), assess=True)
    qtbot.waitUntil(lambda: w.runner.assessment is not None and not w.runner.is_busy(), timeout=120000)
    text = w.pages["meters"].benchmark_text.text()
    assert "constraint 85" in text and "guide 70" in text


def test_benchmark_not_applicable_says_why(qtbot):
    w = make_window(qtbot, assess=True)
    qtbot.waitUntil(lambda: w.runner.assessment is not None and not w.runner.is_busy(), timeout=120000)
    assert "Not applicable" in w.pages["meters"].benchmark_text.text()


def test_a_calibration_of_an_edited_project_is_not_applied(qtbot):
    from calc.units import Q_

    w = make_window(qtbot)
    page = w.pages["meters"]
    page.meter_file.set_path(str(EX / "residential_beijing_1980s_meter.csv"))
    assert page.start_calibration()
    qtbot.waitUntil(lambda: page.calibration is not None, timeout=120000)
    w.document.edit("buildings[0].operation.heating_setpoint", Q_(20.0, "degC"))
    edited = w.document.project
    assert not page.apply_calibration()
    assert w.document.project == edited and "calibrate again" in page.cal_status.text()


def test_daily_temperatures_of_another_period_are_refused(tmp_path):
    """The page checks the daily means against the meter's days, as the
    command line does: a file of another year would stand in for the
    metered one by month and day."""
    import pytest

    from gui.pages.meters_page import _calibrate

    other = tmp_path / "daily_12_years_earlier.csv"
    lines = (EX / "beijing_daily_temperatures_2022_2025.csv").read_text(encoding="utf-8").splitlines()
    # 12 years back: the same weekdays' leap years (2024 -> 2012)
    other.write_text("\n".join([lines[0]] + [f"{int(x[:4]) - 12}{x[4:]}" for x in lines[1:]]) + "\n",
                     encoding="utf-8")
    project = load(EX / "residential_beijing_1980s.json")
    with pytest.raises(ValueError, match="cover none of the"):
        _calibrate(project, str(EX / "residential_beijing_1980s_meter.csv"), str(other), None)
