"""Meter files: units, periods, gaps and overlaps named by row."""

import datetime as dt

import pandas as pd
import pytest

from calc.calibration.meter import MeterFileError, parse_meter, read_meter, to_energy


def _df(rows):
    return pd.DataFrame(rows, columns=["period_start", "period_end", "carrier", "quantity", "unit"])


def test_units_convert_to_kwh_by_hand():
    # 1 GJ = 1e9 J / 3.6e6 J/kWh = 277.78 kWh
    assert to_energy(1.0, "GJ", "district_heat").m == pytest.approx(277.7778, rel=1e-6)
    # 1 Gcal (International Table calorie, 4.1868 J) = 4.1868 GJ = 1163.0 kWh
    assert to_energy(1.0, "Gcal", "district_heat").m == pytest.approx(1163.0, rel=1e-9)
    assert to_energy(2.0, "MWh", "electricity").m == pytest.approx(2000.0)
    # 100 m³ gas at 35.588 MJ/m³ (GB/T 2589-2020 App. A) = 3558.8 MJ = 988.56 kWh
    assert to_energy(100.0, "m³", "natural_gas").m == pytest.approx(988.556, rel=1e-5)
    # 1 t raw coal at 20.908 MJ/kg = 20908 MJ = 5807.8 kWh
    assert to_energy(1.0, "t", "coal").m == pytest.approx(5807.78, rel=1e-5)


@pytest.mark.parametrize("unit,carrier,fragment", [
    ("m**3", "district_heat", "not an energy unit"),
    ("kg", "natural_gas", "neither energy nor a trade unit"),
    ("bananas", "electricity", "is not a unit"),
    ("", "electricity", "unit is empty"),
])
def test_bad_units_are_named(unit, carrier, fragment):
    with pytest.raises(ValueError, match=fragment):
        to_energy(1.0, unit, carrier)


def test_days_include_both_ends():
    m = parse_meter(_df([["2024-11-15", "2024-12-14", "district_heat", "100", "GJ"]]))
    assert m.readings[0].days == 30


def test_overlap_names_both_rows():
    df = _df([["2024-12-01", "2024-12-31", "district_heat", "1", "GJ"],
              ["2024-12-31", "2025-01-31", "district_heat", "1", "GJ"]])
    with pytest.raises(MeterFileError) as e:
        parse_meter(df, "m.csv")
    assert "rows 2 and 3" in e.value.problems[0] and "overlap" in e.value.problems[0]


def test_gap_is_a_warning_naming_rows_and_days():
    df = _df([["2024-12-01", "2024-12-31", "district_heat", "1", "GJ"],
              ["2025-02-01", "2025-02-28", "district_heat", "1", "GJ"]])
    m = parse_meter(df)
    assert len(m.readings) == 2
    assert "rows 2 and 3" in m.warnings[0] and "2025-01-01 to 2025-01-31" in m.warnings[0]


def test_every_bad_row_is_reported():
    df = _df([["2024-13-01", "2024-12-31", "district_heat", "1", "GJ"],
              ["2024-12-01", "2024-11-30", "district_heat", "1", "GJ"],
              ["2024-12-01", "2024-12-31", "steam", "1", "GJ"],
              ["2024-12-01", "2024-12-31", "electricity", "-5", "kWh"],
              ["2024-01-01", "2025-03-01", "electricity", "5", "kWh"]])
    with pytest.raises(MeterFileError) as e:
        parse_meter(df)
    p = e.value.problems
    assert len(p) == 5
    assert p[0].startswith("row 2: period_start") and p[1].startswith("row 3: period_end")
    assert "carrier 'steam'" in p[2] and "≥ 0" in p[3] and "at most 366 days" in p[4]


def test_missing_column_is_named():
    with pytest.raises(MeterFileError, match="missing column"):
        parse_meter(pd.DataFrame({"period_start": ["2024-01-01"]}))


def test_csv_and_xlsx_read_alike(tmp_path):
    df = _df([["2024-12-01", "2024-12-31", "district_heat", "120.5", "GJ"],
              ["2024-12-01", "2024-12-31", "electricity", "3000", "kWh"]])
    csv, xlsx = tmp_path / "m.csv", tmp_path / "m.xlsx"
    df.to_csv(csv, index=False)
    df.to_excel(xlsx, index=False)
    a, b = read_meter(csv), read_meter(xlsx)
    assert [(r.start, r.carrier, round(r.energy.m, 6)) for r in a.readings] == \
           [(r.start, r.carrier, round(r.energy.m, 6)) for r in b.readings]
    assert a.readings[0].start == dt.date(2024, 12, 1)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(MeterFileError, match="file not found"):
        read_meter(tmp_path / "none.csv")


def test_rows_are_counted_as_a_spreadsheet_shows_them_blank_lines_included(tmp_path):
    # header row 1, a reading on row 2, a blank line (row 3), the bad reading on row 4
    p = tmp_path / "m.csv"
    p.write_text("period_start,period_end,carrier,quantity,unit\n"
                 "2024-12-01,2024-12-31,district_heat,1,GJ\n\n"
                 "2025-01-01,2025-01-31,district_heat,\"1,438.2\",GJ\n", encoding="utf-8")
    with pytest.raises(MeterFileError) as e:
        read_meter(p)
    assert e.value.problems == ["row 4: quantity '1,438.2': a number is read without commas; write 1438.2"]
