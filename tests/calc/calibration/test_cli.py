"""The calibrate and mv commands on the shipped samples."""

import json

from calc.projectfile import load
from main import main
from tests.conftest import EXAMPLES, RESIDENTIAL

METER = EXAMPLES / "residential_beijing_1980s_meter.csv"
BEFORE = EXAMPLES / "residential_beijing_1980s_meter_before.csv"
AFTER = EXAMPLES / "residential_beijing_1980s_meter_after.csv"
TEMPS = EXAMPLES / "beijing_daily_temperatures_2022_2025.csv"


def test_calibrate_writes_a_normal_project_with_provenance(tmp_path, capsys):
    out, rec = tmp_path / "cal.json", tmp_path / "rec.json"
    assert main(["calibrate", str(RESIDENTIAL), str(METER), "--out", str(out), "--json", str(rec)]) == 0
    text = capsys.readouterr().out
    assert "meets ASHRAE Guideline 14, monthly data: ≤ 15 %, ±5 %" in text
    cal = load(out)
    # the record is in the project's report language (the sample's is Chinese), the names as the report gives them
    record = cal.meta.notes.splitlines()[-1]
    assert record.startswith("校准记录 ") and METER.name in record
    assert "渗透换气 0.8 → " in record and "集中供热 CV(RMSE)" in record and "Infiltration" not in record
    # the sample's meter was made with infiltration 0.8 × 1.25 = 1.0 1/h and 19 °C (1 K above the entered 18 °C)
    data = json.loads(rec.read_text(encoding="utf-8"))
    heat = next(f for f in data["fits"] if f["carrier"] == "district_heat")
    assert heat["after"]["cv_rmse_pct"] <= 15 and abs(heat["after"]["nmbe_pct"]) <= 5
    assert heat["before"]["cv_rmse_pct"] > heat["after"]["cv_rmse_pct"]
    assert main(["validate", str(out)]) == 0


def test_calibrate_names_a_bad_meter_row(tmp_path, capsys):
    bad = tmp_path / "m.csv"
    bad.write_text("period_start,period_end,carrier,quantity,unit\n2024-12-01,2024-12-31,district_heat,10,litres\n",
                   encoding="utf-8")
    assert main(["calibrate", str(RESIDENTIAL), str(bad)]) == 1
    assert "row 2: unit 'litres'" in capsys.readouterr().err


def test_mv_on_the_samples(tmp_path, capsys):
    rec = tmp_path / "mv.json"
    assert main(["mv", str(BEFORE), str(AFTER), "--temperatures", str(TEMPS), "--json", str(rec)]) == 0
    data = json.loads(rec.read_text(encoding="utf-8"))
    assert data["model"]["kind"] in ("3PH", "2P")
    assert 0 < data["savings_pct"] < 100
    assert data["savings_uncertainty_68_pct"] < data["savings_uncertainty_90_pct"]
    assert "uncertainty at 90%" in capsys.readouterr().out


def test_mv_needs_the_carrier_in_both_files(capsys):
    assert main(["mv", str(METER), str(AFTER), "--temperatures", str(TEMPS), "--carrier", "electricity"]) == 1
    assert "must be in both files" in capsys.readouterr().err


def test_calibrate_prints_the_benchmark_of_the_calibrated_office(tmp_path, capsys):
    # an office metered for a year of electricity: the benchmark is the calibrated model's
    from calc.calibration.fit import model_readings
    from calc.calibration.meter import MeterSeries, Reading
    from calc.climate import weather_for_site
    from calc.units import Q_
    import datetime as dt

    office = EXAMPLES / "office_shanghai_1990s.json"
    project = load(office)
    months = [(dt.date(2025, m, 1), dt.date(2025 + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)) for m in range(1, 13)]
    blank = MeterSeries(tuple(Reading(s, e, "electricity", Q_(1, "kWh"), i + 1) for i, (s, e) in enumerate(months)), "x")
    y = model_readings(project, weather_for_site(project.site), blank) * 1.1
    meter = tmp_path / "office.csv"
    meter.write_text("period_start,period_end,carrier,quantity,unit\n" + "".join(
        f"{s},{e},electricity,{v:.0f},kWh\n" for (s, e), v in zip(months, y)), encoding="utf-8")
    rec = tmp_path / "rec.json"
    assert main(["calibrate", str(office), str(meter), "--json", str(rec)]) == 0
    assert "GB/T 51161-2016 (office, class A)" in capsys.readouterr().out
    data = json.loads(rec.read_text(encoding="utf-8"))
    assert data["benchmark"]["constraint_kwh_per_m2"] == 85.0


def test_mv_records_the_saving_in_the_project(tmp_path, capsys):
    import shutil

    proj = tmp_path / "p.json"
    shutil.copy(RESIDENTIAL, proj)
    assert main(["mv", str(BEFORE), str(AFTER), "--temperatures", str(TEMPS), "--project", str(proj),
                 "--record", "--language", "en"]) == 0
    notes = load(proj).meta.notes
    assert "Measured savings" in notes and BEFORE.name in notes and "at 90 %" in notes
    assert (tmp_path / "p.json.bak").exists()
    # without --language: the project's report language (Chinese for the sample)
    assert main(["mv", str(BEFORE), str(AFTER), "--temperatures", str(TEMPS), "--project", str(proj),
                 "--record"]) == 0
    record = load(proj).meta.notes.splitlines()[-1]
    assert record.startswith("实测节能量记录 ") and "集中供热" in record and "置信度 90 % 时 ±" in record
    assert "Measured" not in record and "district" not in record


def test_calibrate_writes_the_record_in_the_language_given(tmp_path):
    out = tmp_path / "cal.json"
    assert main(["calibrate", str(RESIDENTIAL), str(METER), "--out", str(out), "--language", "en"]) == 0
    record = load(out).meta.notes.splitlines()[-1]
    assert record.startswith("Calibrated ") and METER.name in record
    assert "Infiltration 0.8 → " in record and "District heat CV(RMSE)" in record and "渗透" not in record


def test_mv_record_needs_a_project(capsys):
    assert main(["mv", str(BEFORE), str(AFTER), "--temperatures", str(TEMPS), "--record"]) == 1
    assert "--record needs --project" in capsys.readouterr().err


def test_calibrate_with_measured_daily_temperatures(tmp_path, capsys):
    import pandas as pd

    temps = pd.read_csv(TEMPS)
    season = temps[(temps.date >= "2024-04-01") & (temps.date <= "2025-03-31")]
    one_year = tmp_path / "t.csv"
    season.to_csv(one_year, index=False)
    rec = tmp_path / "rec.json"
    assert main(["calibrate", str(RESIDENTIAL), str(METER), "--weather", str(one_year), "--json", str(rec)]) == 0
    data = json.loads(rec.read_text(encoding="utf-8"))
    assert data["actual_weather"] is True
    assert "t.csv" in data["weather_source"]
    assert "typical year is used" not in capsys.readouterr().out
    # more than a year of temperatures cannot be laid on one weather year: a clear message
    assert main(["calibrate", str(RESIDENTIAL), str(METER), "--weather", str(TEMPS)]) == 1
    assert "same day of the weather year" in capsys.readouterr().err
