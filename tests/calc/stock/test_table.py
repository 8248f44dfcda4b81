"""Reading stock lists: headers with units, CSV and XLSX alike."""

import pytest

from calc.stock.table import StockFileError, parse_header, read_stock


def test_header_splits_name_and_unit():
    c = parse_header("wall.u_value [W/(m²·K)]")
    assert (c.name, c.unit) == ("wall.u_value", "W/(m²·K)")
    assert parse_header(" city ").unit == ""


def test_csv_with_bom_and_empty_rows(tmp_path):
    p = tmp_path / "s.csv"
    p.write_bytes("\ufeffid,city,floor_area [m²]\nA,Beijing,1200\n,,\nB,Harbin,\n".encode("utf-8"))
    columns, rows = read_stock(p)
    assert [c.name for c in columns] == ["id", "city", "floor_area"]
    assert [(r.number, r.cells) for r in rows] == [(2, {"id": "A", "city": "Beijing", "floor_area": "1200"}),
                                                   (4, {"id": "B", "city": "Harbin"})]


def test_xlsx_reads_like_csv(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["id", "city", "floor_area [m²]", "storeys"])
    ws.append(["A", "Beijing", 1200.0, 6])
    ws.append(["B", "Harbin", 950.5, None])
    wb.save(tmp_path / "s.xlsx")
    _, rows = read_stock(tmp_path / "s.xlsx")
    assert rows[0].cells == {"id": "A", "city": "Beijing", "floor_area": "1200", "storeys": "6"}
    assert rows[1].cells == {"id": "B", "city": "Harbin", "floor_area": "950.5"}


@pytest.mark.parametrize("text, message", [
    ("city,use\nBeijing,office\n", "no 'id' column"),
    ("id,city,city\nA,B,C\n", "named twice: city"),
    ("", "empty"),
])
def test_bad_files_say_why(tmp_path, text, message):
    p = tmp_path / "s.csv"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(StockFileError, match=message):
        read_stock(p)


def test_unknown_type_and_missing_file(tmp_path):
    with pytest.raises(StockFileError, match="unknown file type"):
        read_stock(tmp_path / "s.ods")
    with pytest.raises(StockFileError, match="cannot read"):
        read_stock(tmp_path / "missing.csv")
