"""Corrupted meter files through ``main.py mv`` and ``main.py calibrate``:
a bad file exits 1 with a message naming the row, the value and what is
allowed, never a traceback; a file that is only untidy (BOM, Windows line
ends, an extra column, a gap) runs. Every result written is finite."""

from __future__ import annotations

import json

import pytest

from calc.calibration.meter import MAX_DAILY_KWH, MeterFileError, read_meter
from main import main
from tests.conftest import EXAMPLES, RESIDENTIAL

BEFORE = EXAMPLES / "residential_beijing_1980s_meter_before.csv"
AFTER = EXAMPLES / "residential_beijing_1980s_meter_after.csv"
TEMPS = EXAMPLES / "beijing_daily_temperatures_2022_2025.csv"
HEADER = "period_start,period_end,carrier,quantity,unit"
ROWS = BEFORE.read_text(encoding="utf-8").splitlines()[1:]
DEC = ROWS[1]  # 2022-12-01,2022-12-31,district_heat,432.0,GJ
assert DEC.startswith("2022-12-01,2022-12-31,district_heat,")


def _with_dec(cell: str) -> str:
    """The sample baseline with December's quantity replaced by ``cell``."""
    return "\n".join([HEADER, ROWS[0], DEC.rsplit(",", 2)[0] + f",{cell},GJ", *ROWS[2:]]) + "\n"


def _mv(tmp_path, capsys, baseline: bytes):
    path = tmp_path / "baseline.csv"
    path.write_bytes(baseline)
    out = tmp_path / "mv.json"
    rc = main(["mv", str(path), str(AFTER), "--temperatures", str(TEMPS), "--json", str(out)])
    err = capsys.readouterr().err
    return rc, err, (json.loads(out.read_text(encoding="utf-8")) if out.exists() else None)


REFUSED = {
    "text": (_with_dec("abc"), "row 3: quantity 'abc' is not a number"),
    "thousands separator": (_with_dec('"1,432.0"'), "row 3: quantity '1,432.0': a number is read without commas; write 1432.0"),
    "negative": (_with_dec("-432.0"), "row 3: quantity -432.0 must be a finite number ≥ 0"),
    "NaN": (_with_dec("nan"), "row 3: quantity nan must be a finite number ≥ 0"),
    # 1e300 GJ would overflow the squares of CV(RMSE) to infinity
    "absurdly large": (_with_dec("1e300"), "row 3: quantity 1e+300 GJ is"),
    "duplicate": ("\n".join([HEADER, *ROWS, DEC]) + "\n", "rows 3 and 12: district heat readings overlap"),
    "empty file": ("", "cannot read"),
    "header only": (HEADER + "\n", "no readings"),
    "semicolons": ("\n".join([HEADER, *ROWS]).replace(",", ";") + "\n", "missing column(s) period_start"),
    "one reading": ("\n".join([HEADER, ROWS[0]]) + "\n", "1 baseline reading(s) are too few"),
    "all zero": ("\n".join([HEADER] + [r.rsplit(",", 2)[0] + ",0,GJ" for r in ROWS]) + "\n",
                 "all 10 baseline readings are zero"),
    "reversed period": ("\n".join([HEADER, ROWS[0], "2022-12-31,2022-12-01,district_heat,432,GJ", *ROWS[2:]]) + "\n",
                        "row 3: period_end 2022-12-01 is before period_start 2022-12-31"),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_mv_refuses_a_corrupted_baseline_with_its_row(tmp_path, capsys, name):
    text, expected = REFUSED[name]
    rc, err, _ = _mv(tmp_path, capsys, text.encode("utf-8"))
    assert rc == 1
    assert expected in err
    assert "Traceback" not in err


def test_a_gbk_meter_file_is_named_as_not_utf8(tmp_path, capsys):
    text = "\n".join([HEADER, *ROWS]).replace("district_heat", "集中供热") + "\n"
    rc, err, _ = _mv(tmp_path, capsys, text.encode("gbk"))
    assert rc == 1
    # byte 68 is the first byte of 集: the header line is 46 bytes, "2022-11-15,2022-11-30," 22
    assert "not UTF-8 text (byte 68)" in err


UNTIDY = [
    ("bom", b"\xef\xbb\xbf" + BEFORE.read_bytes()),
    ("windows line ends", BEFORE.read_bytes().replace(b"\n", b"\r\n")),
    ("extra column", ("\n".join([HEADER + ",remark", *[r + ",read by hand" for r in ROWS]]) + "\n").encode()),
]


@pytest.mark.parametrize("name,raw", UNTIDY, ids=[c[0] for c in UNTIDY])
def test_mv_reads_untidy_files_as_the_clean_one(tmp_path, capsys, name, raw):
    rc, _, clean = _mv(tmp_path, capsys, BEFORE.read_bytes())
    assert rc == 0
    rc, _, got = _mv(tmp_path, capsys, raw)
    assert rc == 0
    assert got["savings_kwh"] == clean["savings_kwh"]


def test_a_gap_leaves_that_month_out_and_stays_finite(tmp_path, capsys):
    rc, err, got = _mv(tmp_path, capsys, ("\n".join([HEADER, ROWS[0], *ROWS[2:]]) + "\n").encode())
    assert rc == 0
    assert got["model"]["n"] == len(ROWS) - 1
    json.dumps(got, allow_nan=False)


def test_the_daily_bound_holds_at_its_value(tmp_path):
    # 1e9 kWh = 3.6e6 GJ (1 kWh = 3.6 MJ): at the bound on one day, refused just above it
    at, above = tmp_path / "at.csv", tmp_path / "above.csv"
    at.write_text(f"{HEADER}\n2024-01-01,2024-01-01,electricity,3.6e6,GJ\n", encoding="utf-8")
    above.write_text(f"{HEADER}\n2024-01-01,2024-01-02,electricity,7.3e6,GJ\n", encoding="utf-8")
    assert read_meter(at).readings[0].energy.to("kWh").m == pytest.approx(MAX_DAILY_KWH, rel=1e-12)
    with pytest.raises(MeterFileError, match=r"row 2: quantity 7\.3e\+06 GJ is 1\.01e\+09 kWh a day"):
        read_meter(above)


@pytest.mark.parametrize("cell", ["1e300", "abc", "-1"])
def test_calibrate_refuses_the_same_rows_before_simulating(tmp_path, capsys, cell):
    path = tmp_path / "meter.csv"
    path.write_text(_with_dec(cell).replace("2022", "2024").replace("2023", "2025"), encoding="utf-8")
    assert main(["calibrate", str(RESIDENTIAL), str(path)]) == 1
    err = capsys.readouterr().err
    assert "row 3: quantity" in err and "Traceback" not in err


METER = EXAMPLES / "residential_beijing_1980s_meter.csv"  # 2024-04-01 to 2025-03-31: 365 days


def _temperatures(tmp_path, first: str, last: str):
    lines = TEMPS.read_text(encoding="utf-8").splitlines()
    path = tmp_path / "daily.csv"
    path.write_text("\n".join([lines[0], *[x for x in lines[1:] if first <= x[:10] <= last]]) + "\n",
                    encoding="utf-8")
    return path


def test_calibrate_refuses_daily_temperatures_of_another_period(tmp_path, capsys):
    # placed on the weather year by month and day, November 2022 stood in for the metered year unnoticed
    temps = _temperatures(tmp_path, "2022-11-01", "2022-11-30")
    assert main(["calibrate", str(RESIDENTIAL), str(METER), "--weather", str(temps)]) == 1
    err = capsys.readouterr().err
    assert ("the daily temperatures (2022-11-01 to 2022-11-30) cover none of the 365 metered days "
            "(2024-04-01 to 2025-03-31)") in err
    assert err.count(str(temps)) == 1


def test_calibrate_counts_the_metered_days_without_a_temperature(tmp_path, capsys):
    # 15 Nov 2024 to 31 Mar 2025 measured: 16 + 31 + 31 + 28 + 31 = 137 of 365 days, 228 not
    temps = _temperatures(tmp_path, "2024-11-15", "2025-03-31")
    assert main(["calibrate", str(RESIDENTIAL), str(METER), "--weather", str(temps)]) == 0
    assert "warning: 228 of the 365 metered days have no measured temperature" in capsys.readouterr().err
