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
    assert "meets ASHRAE Guideline 14 monthly" in text
    cal = load(out)
    assert "Calibrated" in cal.meta.notes and METER.name in cal.meta.notes
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
    assert "row 1: unit 'litres'" in capsys.readouterr().err


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
