"""Paragraph and table styles of the report, defined once per language.

Chinese text uses the CJK font throughout (it has no bold face, so headings
differ by size and colour) and wraps at any character (``wordWrap="CJK"``).
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from .fonts import base_font, bold_font

PAGE_SIZE = A4
MARGIN_LEFT = MARGIN_RIGHT = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT

INK = colors.HexColor("#1f2933")
ACCENT = colors.HexColor("#1d4e89")
MUTED = colors.HexColor("#616e7c")
RULE = colors.HexColor("#9aa5b1")
HEAD_BG = colors.HexColor("#e4ecf5")
ZEBRA = colors.HexColor("#f5f7fa")
PASS = colors.HexColor("#1e7b34")
PASS_BG = colors.HexColor("#e3f4e6")
FAIL = colors.HexColor("#b42318")
FAIL_BG = colors.HexColor("#fde8e6")
WARN_BG = colors.HexColor("#fff4d6")

# chart series colours (before = grey, after = accent; heating warm, cooling cool)
SERIES = {
    "before": colors.HexColor("#9aa5b1"),
    "after": ACCENT,
    "heating_before": colors.HexColor("#f4a582"),
    "heating_after": colors.HexColor("#b2182b"),
    "cooling_before": colors.HexColor("#92c5de"),
    "cooling_after": colors.HexColor("#2166ac"),
}


@lru_cache(maxsize=None)
def styles(language: str) -> dict[str, ParagraphStyle]:
    """The named paragraph styles of a report in ``language``."""
    body, bold = base_font(language), bold_font(language)
    wrap = "CJK" if language == "zh" else None
    leading = 1.45 if language == "zh" else 1.3

    def ps(name, size, font=body, parent=None, **kw):
        kw.setdefault("leading", size * leading)
        kw.setdefault("textColor", INK)
        if wrap:
            kw.setdefault("wordWrap", wrap)
        return ParagraphStyle(name, parent=parent, fontName=font, fontSize=size, **kw)

    s = {}
    s["body"] = ps("body", 9.5, spaceAfter=4)
    s["small"] = ps("small", 8, textColor=MUTED, spaceBefore=3, spaceAfter=3)
    s["title"] = ps("title", 24, bold, textColor=ACCENT, spaceAfter=10, leading=30)
    s["subtitle"] = ps("subtitle", 11, textColor=MUTED, spaceAfter=18)
    s["cover_project"] = ps("cover_project", 16, bold, spaceAfter=14, leading=21)
    s["h1"] = ps("h1", 15, bold, textColor=ACCENT, spaceBefore=4, spaceAfter=8, keepWithNext=1)
    s["h2"] = ps("h2", 11.5, bold, textColor=ACCENT, spaceBefore=8, spaceAfter=4, keepWithNext=1)
    # same looks, but not listed in the table of contents
    s["h1_plain"] = ps("h1_plain", 15, bold, textColor=ACCENT, spaceBefore=4, spaceAfter=8, keepWithNext=1)
    s["h2_plain"] = ps("h2_plain", 11.5, bold, textColor=ACCENT, spaceBefore=8, spaceAfter=4, keepWithNext=1)
    s["cell"] = ps("cell", 8, leading=10)
    s["cell_r"] = ps("cell_r", 8, leading=10, alignment=TA_RIGHT)
    s["cell_head"] = ps("cell_head", 7.5, bold, leading=9.5)
    s["cell_head_r"] = ps("cell_head_r", 7.5, bold, leading=9.5, alignment=TA_RIGHT)
    s["cell_small"] = ps("cell_small", 7, leading=8.5)
    s["verdict"] = ps("verdict", 15, bold, leading=20, alignment=TA_LEFT)
    s["verdict_line"] = ps("verdict_line", 10.5, leading=14)
    s["big_figure"] = ps("big_figure", 20, bold, leading=24, alignment=TA_CENTER)
    s["big_label"] = ps("big_label", 8, textColor=MUTED, alignment=TA_CENTER, leading=10)
    s["caption"] = ps("caption", 8, textColor=MUTED, alignment=TA_CENTER, spaceBefore=2, spaceAfter=8)
    s["toc1"] = ps("toc1", 10.5, leftIndent=0, firstLineIndent=0, spaceBefore=3)
    s["toc2"] = ps("toc2", 9, leftIndent=14, firstLineIndent=0, textColor=MUTED)
    return s


def table_style(*, header_rows: int = 1, total_row: bool = False, numeric_from: int | None = 1,
                zebra: bool = True) -> TableStyle:
    """Grid of a data table: a shaded header that repeats on every page,
    hairlines, optional zebra rows and a bold total row."""
    cmds = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),   # reports.cells.CELL_PADDING
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_BG),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.6, ACCENT),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
    ]
    if zebra:
        cmds.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
    if total_row:
        cmds.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, INK))
    return TableStyle(cmds)
