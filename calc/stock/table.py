"""Reading a stock list: one building per row of a CSV or XLSX sheet.

Cells are kept as text (a CSV has no types; an XLSX number becomes its
shortest text form), so every conversion happens in one place
(:mod:`calc.stock.rows`) with the row and column in its message. Rows are
numbered as a spreadsheet shows them: the header is row 1.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

HEADER = re.compile(r"^\s*(?P<name>[^\[\]]+?)\s*(?:\[(?P<unit>[^\[\]]*)\])?\s*$")


class StockFileError(ValueError):
    """The file as a whole cannot be read (not one bad row)."""


@dataclass(frozen=True)
class Column:
    """A header cell: the column's name and the unit written in brackets
    (``wall.u_value [W/(m²·K)]`` -> ``wall.u_value``, ``W/(m²·K)``)."""

    header: str
    name: str
    unit: str  # '' when the header has none


@dataclass(frozen=True)
class RawRow:
    """One row as read: its spreadsheet row number and column name -> text
    (empty cells left out)."""

    number: int
    cells: dict


def parse_header(cell: str) -> Column:
    m = HEADER.match(cell or "")
    if not m:
        raise StockFileError(f"header {cell!r}: expected a name, optionally followed by a unit in brackets")
    return Column(header=cell, name=m.group("name").strip(), unit=(m.group("unit") or "").strip())


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _rows_from_grid(grid, source: str, quoted_text: bool = False) -> tuple[tuple[Column, ...], list[RawRow]]:
    it = iter(grid)
    try:
        header = [_cell_text(c) for c in next(it)]
    except StopIteration:
        raise StockFileError(f"{source}: the file is empty (no header row)") from None
    while header and not header[-1]:
        header.pop()
    if len(header) == 1 and ";" in header[0]:
        # a spreadsheet set to a locale that separates with ';'
        raise StockFileError(f"{source}: the header row is one cell with ';' in it; the columns of a CSV are "
                             "separated by commas (save as 'CSV UTF-8, comma-delimited')")
    blank = [i for i, h in enumerate(header, start=1) if not h]
    if blank:
        raise StockFileError(f"{source}: column {blank[0]} of the header row is empty; every column with data "
                             "needs a name")
    try:
        columns = tuple(parse_header(h) for h in header)
    except StockFileError as e:
        raise StockFileError(f"{source}: {e}") from None
    names = [c.name for c in columns]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise StockFileError(f"{source}: column(s) named twice: {', '.join(dupes)}")
    if "id" not in names:
        raise StockFileError(f"{source}: no 'id' column; the header row names the columns "
                             "(id, name, city, use, era, floor_area [m²] ...)")
    rows = []
    for number, values in enumerate(it, start=2):
        if quoted_text and values and len(values) < len(columns) and "\n" in values[-1]:
            # an unclosed quote reads the rest of the file into one cell
            raise StockFileError(f"{source}: row {number}: the quote opened in column {columns[len(values) - 1].name} "
                                 "is not closed, so the rows after it ran into that cell")
        cells = {}
        for col, value in zip(columns, values):
            text = _cell_text(value)
            if text:
                cells[col.name] = text
        if cells:
            rows.append(RawRow(number, cells))
    return columns, rows


def read_stock(path) -> tuple[tuple[Column, ...], list[RawRow]]:
    """The columns and the non-empty rows of a stock file (``.csv`` UTF-8,
    with or without BOM, or ``.xlsx``: its first sheet).

    Raises
    ------
    StockFileError
        When the file cannot be read or has no usable header.
    """
    p = Path(path)
    suffix = p.suffix.lower()
    try:
        if suffix == ".xlsx":
            from openpyxl import load_workbook

            wb = load_workbook(p, read_only=True, data_only=True)
            try:
                return _rows_from_grid(wb.worksheets[0].iter_rows(values_only=True), str(p))
            finally:
                wb.close()
        if suffix in (".csv", ".txt"):
            text = p.read_bytes().decode("utf-8-sig")
            return _rows_from_grid(csv.reader(io.StringIO(text)), str(p), quoted_text=True)
    except OSError as e:
        raise StockFileError(f"{p}: cannot read: {e.strerror or e}") from None
    except UnicodeDecodeError as e:
        raise StockFileError(f"{p}: not UTF-8 text (byte {e.start})") from None
    except StockFileError:
        raise
    except Exception as e:  # openpyxl raises several kinds for a broken workbook
        raise StockFileError(f"{p}: not a readable workbook: {e}") from None
    raise StockFileError(f"{p}: unknown file type {suffix!r}; allowed: .csv, .xlsx")
