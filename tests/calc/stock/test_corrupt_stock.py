"""Corrupted stock lists and package files through ``main.py portfolio``:
a file that cannot be read exits 1 with one message naming it; a bad row is
reported with its row number, column and reason in errors.csv and the other
rows complete; untidy files (BOM, Windows line ends, spaced unit headers,
full-width digits) read as the clean one."""

from __future__ import annotations

import csv
import json

import pytest

from main import main
from tests.conftest import EXAMPLES

PACKAGE = EXAMPLES / "stock_package.json"
HEADER = "id,name,city,use,era,floor_area [m²],storeys"
GOOD = "B2,办公楼,Shanghai,office,1996_2004,8000,8"
ROW = "A1,和平里 1 号楼,Beijing,residential,pre_1986,3600,6"

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


def _run(tmp_path, capsys, raw: bytes, suffix=".csv", package=PACKAGE):
    stock = tmp_path / f"stock{suffix}"
    stock.write_bytes(raw)
    out = tmp_path / "out"
    rc = main(["portfolio", str(stock), "--package", str(package), "--out", str(out), "--workers", "1", "--no-pdf"])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return rc, err, out


def _table(out) -> list[dict]:
    with open(out / "buildings.csv", encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _errors(out) -> list[tuple]:
    with open(out / "errors.csv", encoding="utf-8-sig", newline="") as f:
        return [tuple(r) for r in list(csv.reader(f))[1:]]


def _lines(*rows, header=HEADER) -> bytes:
    return ("\n".join([header, *rows]) + "\n").encode("utf-8")


UNREADABLE = [
    ("empty", b"", ".csv", "the file is empty (no header row)"),
    ("gbk", (HEADER.replace("m²", "m2") + "\n" + ROW + "\n").encode("gbk"), ".csv", "not UTF-8 text (byte 48)"),
    ("semicolons", _lines(ROW).replace(b",", b";"), ".csv", "separated by commas"),
    ("duplicate column", _lines(ROW + ",Beijing", header=HEADER + ",city"), ".csv", "column(s) named twice: city"),
    ("broken header", _lines(ROW, header=HEADER.replace("[m²]", "[m²]]")), ".csv",
     "stock.csv: header 'floor_area [m²]]': expected a name"),
    ("no id", b"name,city\nx,Beijing\n", ".csv", "no 'id' column"),
    ("unnamed column", _lines(ROW + ",z", header=HEADER.replace(",city,", ",,city,", 1)), ".csv",
     "column 3 of the header row is empty"),
    ("not a workbook", b"not a workbook", ".xlsx", "not a readable workbook"),
    ("unclosed quote", _lines(ROW.replace("和平里", '"和平里'), GOOD), ".csv",
     "row 2: the quote opened in column name is not closed"),
]


@pytest.mark.parametrize("name,raw,suffix,message", UNREADABLE, ids=[c[0] for c in UNREADABLE])
def test_an_unreadable_stock_file_exits_with_one_message(tmp_path, capsys, name, raw, suffix, message):
    # gbk: byte 48 is the first byte of 和, after the 45-byte header line and "A1,"
    rc, err, _ = _run(tmp_path, capsys, raw, suffix)
    assert rc == 1
    assert message in err


@pytest.mark.parametrize("text,message", [
    ('{"kind": "wall_insulation"}', "or a list of measures"),
    ("42", "or a list of measures"),
    ('[{"kind": "teleporter", "params": {}}]', "teleporter"),
    ('[{"kind": "wall_insulation", "params": null}]', "params = None: expected an object"),
    ("[{", "not valid JSON at line 1, column 3"),
])
def test_a_bad_package_file_exits_with_one_message(tmp_path, capsys, text, message):
    package = tmp_path / "package.json"
    package.write_text(text, encoding="utf-8")
    rc, err, _ = _run(tmp_path, capsys, _lines(GOOD), package=package)
    assert rc == 1
    assert message in err


def test_a_header_only_stock_completes_with_no_buildings(tmp_path, capsys):
    rc, _, out = _run(tmp_path, capsys, _lines())
    assert rc == 0
    assert _table(out) == [] and _errors(out) == []


def test_every_bad_row_is_named_and_the_good_one_completes(tmp_path, capsys):
    header = HEADER + ",network,network_loss_share_2020 [%],occupants,heat_source,metered_2020.electricity [kWh]"
    rows = [GOOD + ",,,,,",
            "C3,,Atlantis,office,1996_2004,800,2,,,,,",
            "C4,,Beijing,office,1996_2004,-800,2,,,,,",
            "C5,,Beijing,office,1996_2004,\"3,600\",2,,,,,",
            "C6,,Beijing,office,1996_2004,800,2.5,,,,,",
            "C7,,Beijing,residential,pre_1986,800,2,N1,150,,,",
            "C8,,Beijing,residential,pre_1986,800,2,,-3,,,",
            "C9,,Beijing,office,1996_2004,800,2,,,-3,,",
            "C10,,Beijing,office,1996_2004,800,2,,,,nuclear,",
            "C11,,Beijing,office,1996_2004,1e12,2,,,,,",
            "C13,,Beijing,office,1996_2004,800,2,,,,,1e308",
            GOOD.replace("B2", "C12", 1) + ",,,,,3.66e11"]
    rc, err, out = _run(tmp_path, capsys, _lines(*rows, header=header))
    assert rc == 0
    assert sorted(r["id"] for r in _table(out)) == ["B2", "C12"]
    got = {(int(row), column): message for row, column, message in _errors(out)}
    # the header is row 1, B2 row 2
    expected = {(3, "city"): "'Atlantis' is not a known city",
                (4, "floor_area [m²]"): "-800 m²: must be > 0",
                (5, "floor_area [m²]"): "'3,600': a number is read without commas; write 3600 (or 3.600",
                (6, "storeys"): "'2.5': must be a whole number ≥ 1",
                (7, "network_loss_share_2020 [%]"): "150 %: must be ≥ 0 % and < 100 %",
                (8, "network_loss_share_2020 [%]"): "-3 %: must be ≥ 0 % and < 100 %",
                (9, "occupants"): "'-3': must be a number ≥ 0",
                (10, "heat_source"): "'nuclear' is not allowed",
                (11, "floor_area [m²]"): "must be > 0 m and ≤ 1000 m",
                # the bound is 1e9 kWh a day over 366 days: 3.66e11 kWh (C12) is accepted
                (12, "metered_2020.electricity [kWh]"): "1e+308 is 1e+308 kWh; a building's meter reads at most "
                                                         "3.66e+11 kWh a year"}
    assert set(got) == set(expected)
    for key, fragment in expected.items():
        assert fragment in got[key], (key, got[key])
    assert "row 7, column network_loss_share_2020 [%]: 150 %" in err


def _area(out) -> float:
    (row,) = _table(out)
    return float(row["floor_area_m2"])


UNTIDY = [
    ("bom", b"\xef\xbb\xbf" + _lines(ROW)),
    ("windows line ends", _lines(ROW).replace(b"\n", b"\r\n")),
    ("spaced unit header", _lines(ROW, header=HEADER.replace("floor_area [m²]", "  floor_area  [ m² ] "))),
    ("pint spelling", _lines(ROW, header=HEADER.replace("[m²]", "[m**2]"))),
    ("full-width digits", _lines(ROW.replace("3600", "３６００"))),
    ("blank rows", _lines("", ",,,,,,", ROW)),
]


@pytest.mark.parametrize("name,raw", UNTIDY, ids=[c[0] for c in UNTIDY])
def test_untidy_stock_files_read_as_the_clean_one(tmp_path, capsys, name, raw):
    rc, _, out = _run(tmp_path, capsys, raw)
    assert rc == 0 and _errors(out) == []
    assert _area(out) == pytest.approx(3600, rel=1e-9)


def test_a_cell_with_its_own_unit_is_converted(tmp_path, capsys):
    # 1 ft = 0.3048 m exactly: 10,000 ft² = 929.0304 m²
    rc, _, out = _run(tmp_path, capsys, _lines(ROW.replace("3600", "10000 ft²")))
    assert rc == 0
    assert _area(out) == pytest.approx(929.0304, rel=1e-9)


def test_long_ids_get_project_files_a_file_system_holds(tmp_path, capsys):
    # 5,000 letters, and 100 CJK characters (300 bytes in UTF-8) twice with different ends
    long_a = "X" * 5000
    cjk_1, cjk_2 = "楼" * 100 + "1", "楼" * 100 + "2"
    rows = [ROW.replace("A1", long_a, 1), ROW.replace("A1", cjk_1, 1), ROW.replace("A1", cjk_2, 1)]
    rc, _, out = _run(tmp_path, capsys, _lines(*rows))
    assert rc == 0 and _errors(out) == []
    files = sorted((out / "projects").glob("*.json"))
    assert len(files) == 3
    assert all(len(f.name.encode("utf-8")) <= 255 for f in files)
    ids = {r["id"] for r in _table(out)}
    assert ids == {long_a, cjk_1, cjk_2}


def test_a_very_long_name_is_kept_whole(tmp_path, capsys):
    name = "和平里" * 5000
    rc, _, out = _run(tmp_path, capsys, _lines(ROW.replace("和平里 1 号楼", name)))
    assert rc == 0
    assert _table(out)[0]["name"] == name


def test_a_tiny_building_assesses_to_finite_figures(tmp_path, capsys):
    # 0.001 m²: its emitters are sized past the model's bound and were refused inside the assessment
    rc, _, out = _run(tmp_path, capsys, _lines(ROW.replace("3600", "0.001"), GOOD))
    assert rc == 0 and _errors(out) == []
    assert len(_table(out)) == 2
    json.loads((out / "summary.json").read_text(encoding="utf-8"),
               parse_constant=lambda c: pytest.fail(f"{c} in summary.json"))


def test_an_xlsx_stock_reads_like_the_csv(tmp_path, capsys):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(HEADER.split(","))
    book.active.append(["A1", "x", "Beijing", "residential", "pre_1986", 3600.0, 6.0])  # numbers as Excel stores them
    book.active.append(["A2", "x", "Beijing", "residential", "pre_1986", 3600, True])
    raw = tmp_path / "book.xlsx"
    book.save(raw)
    rc, _, out = _run(tmp_path, capsys, raw.read_bytes(), suffix=".xlsx")
    assert rc == 0
    assert [float(r["floor_area_m2"]) for r in _table(out)] == pytest.approx([3600])
    assert _errors(out) == [("3", "storeys", "'True' is not a number")]


@pytest.mark.parametrize("damage,message", [
    (lambda out: (out / "results.jsonl").write_bytes((out / "results.jsonl").read_bytes() + b"\x00\xff{not json\n"),
     "results.jsonl: line 2 is not a result (the file is damaged)"),
    (lambda out: (out / "run.json").write_bytes(b""), "run.json: not the record of a run"),
    (lambda out: (out / "run.json").write_text("[1, 2]", encoding="utf-8"), "run.json: not the record of a run"),
], ids=["results line", "empty run record", "run record not an object"])
def test_resume_on_a_damaged_output_folder_says_so(tmp_path, capsys, damage, message):
    rc, _, out = _run(tmp_path, capsys, _lines(GOOD))
    assert rc == 0
    damage(out)
    rc = main(["portfolio", str(tmp_path / "stock.csv"), "--package", str(PACKAGE), "--out", str(out),
               "--workers", "1", "--no-pdf", "--resume"])
    err = capsys.readouterr().err
    assert rc == 1 and "Traceback" not in err
    assert message in err


def test_a_quoted_cell_over_two_lines_is_one_cell(tmp_path, capsys):
    rc, _, out = _run(tmp_path, capsys, _lines(ROW.replace("和平里 1 号楼", '"和平里\n1 号楼"'), GOOD))
    assert rc == 0 and _errors(out) == []
    assert sorted(r["name"] for r in _table(out)) == ["办公楼", "和平里\n1 号楼"]
