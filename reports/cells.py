"""Table cells that keep a header and its unit readable.

Chinese text wraps at any character (``wordWrap="CJK"``), so a header
"年节约费用 (元/年)" in a narrow column broke as "年节约费用 (" / "元/年)".
A header that does not fit on one line now puts its unit on a line of its
own, whole."""

from __future__ import annotations

import re

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from .fonts import markup

CELL_PADDING = 3  # [pt] left and right padding of a data-table cell (styles.table_style)
_UNIT = re.compile(r"(.*\S)\s+(\([^()]+\))")


def header_cell(text: str, style, width: float, language: str) -> Paragraph:
    """A column header ``text`` for a column ``width`` [pt] wide: a header
    "label (unit)" too wide for one line has the unit alone on the last line."""
    m = _UNIT.fullmatch(text)
    room = width - 2 * CELL_PADDING
    if m and stringWidth(text, style.fontName, style.fontSize) > room:
        return Paragraph(f"{markup(m[1], language)}<br/>{markup(m[2], language)}", style)
    return Paragraph(markup(text, language), style)
