"""Fonts of the report: Helvetica for Latin text, an embedded CJK font for
Chinese.

The CJK font is WenQuanYi Micro Hei (Apache-2.0, TrueType outlines) shipped in
``reports/fonts/``; reportlab embeds the subset of glyphs a report uses, so the
PDF shows the same on every viewer and its text extracts as Chinese (reportlab
writes a ToUnicode map for TrueType subsets). If the file is missing (an
installation without package data) the system copy is used, and failing that
the standard Adobe CID font ``STSong-Light``, which every PDF viewer can
substitute but which is not embedded.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

LATIN = "Helvetica"
LATIN_BOLD = "Helvetica-Bold"
CJK_NAME = "WQYMicroHei"
CJK_FALLBACK = "STSong-Light"

_CANDIDATES = (
    Path(__file__).resolve().parent / "fonts" / "wqy-microhei.ttc",
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),
)


@lru_cache(maxsize=None)
def cjk_font() -> str:
    """Register (once) and return the name of the CJK font."""
    for path in _CANDIDATES:
        if path.is_file():
            try:
                pdfmetrics.registerFont(TTFont(CJK_NAME, str(path), subfontIndex=0))
            except Exception:  # a damaged file: try the next candidate
                continue
            return CJK_NAME
    pdfmetrics.registerFont(UnicodeCIDFont(CJK_FALLBACK))
    return CJK_FALLBACK


def is_embedded() -> bool:
    return cjk_font() == CJK_NAME


def base_font(language: str) -> str:
    """Body font of a report in ``language``."""
    return cjk_font() if language == "zh" else LATIN


def bold_font(language: str) -> str:
    # The CJK font has no bold face; Chinese headings stand out by size and colour.
    return cjk_font() if language == "zh" else LATIN_BOLD


def _latin(ch: str) -> bool:
    try:
        ch.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def needs_cjk(text: str) -> bool:
    """True if ``text`` has a character the standard Latin fonts cannot show."""
    return not all(_latin(c) for c in text)


def font_for(text: str, language: str) -> str:
    """The font to draw ``text`` with on a canvas or in a chart."""
    return cjk_font() if language == "zh" or needs_cjk(text) else LATIN


def markup(text: str, language: str = "en") -> str:
    """``text`` as Paragraph markup: XML-escaped, and in a Latin report every
    run of characters outside cp1252 (Chinese names, ≤, Δ ...) switched to the
    CJK font, so user text in any script shows."""
    text = str(text)
    if language == "zh" or not needs_cjk(text):
        return escape(text)
    font = cjk_font()
    out, run, run_cjk = [], "", None
    for ch in text:
        c = not _latin(ch)
        if run and c != run_cjk:
            out.append(f'<font name="{font}">{escape(run)}</font>' if run_cjk else escape(run))
            run = ""
        run += ch
        run_cjk = c
    if run:
        out.append(f'<font name="{font}">{escape(run)}</font>' if run_cjk else escape(run))
    return "".join(out)
