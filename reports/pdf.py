"""The renderer: page templates (A4, header, footer with "page X of Y"), the
table of contents, and writing the PDF.

``build_pdf(project, assessment, path, language=None) -> Path`` lays out
:func:`reports.story.build_story` in two passes (``multiBuild`` resolves the
table of contents), renders into memory and then writes the file atomically
(temporary file in the same folder, then rename), so a failed write never
leaves half a report behind. Any problem with the output path is a
:class:`ReportError` naming the path and the reason.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from calc.atomic import write_atomic

from .fonts import LATIN, font_for
from .story import build_story
from .strings import check_language, tr
from .styles import (
    ACCENT, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MUTED, PAGE_SIZE, RULE,
)


class ReportError(Exception):
    """The report cannot be written; ``str()`` names the path and the reason."""

    def __init__(self, path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"cannot write the report to {self.path}: {reason}")


def _numbered_canvas(language: str):
    """A canvas class that holds every page until the end so the footer can
    say "page X of Y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if getattr(self, "_furniture", True):
                    text = tr("page_x_of_y", language, page=self._pageNumber, total=total)
                    self.setFont(font_for(text, language), 8)
                    self.setFillColor(MUTED)
                    self.drawRightString(PAGE_SIZE[0] - MARGIN_RIGHT, MARGIN_BOTTOM - 10 * mm, text)
                super().showPage()
            super().save()

    return NumberedCanvas


def _fit(canvas, text: str, font: str, size: float, width: float) -> str:
    """``text``, or its longest start that fits ``width`` with "…" after it
    (found by bisection: a name may be thousands of characters long)."""
    if canvas.stringWidth(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)  # the start of length lo fits, of length hi does not
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if canvas.stringWidth(text[:mid] + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid
    return text[:lo] + "…"


class _Doc(BaseDocTemplate):
    def __init__(self, target, project, language, **kw):
        super().__init__(target, pagesize=PAGE_SIZE, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, **kw)
        self.language = language
        self.project = project
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate(id="cover", frames=[frame], onPage=self._cover_page),
            PageTemplate(id="body", frames=[frame], onPage=self._body_page),
        ])

    def _cover_page(self, canvas, doc):
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, PAGE_SIZE[1] - 12 * mm, PAGE_SIZE[0], 12 * mm, stroke=0, fill=1)
        canvas.restoreState()
        canvas._furniture = False

    def _body_page(self, canvas, doc):
        lang = self.language
        canvas._furniture = True
        canvas.saveState()
        top = PAGE_SIZE[1] - MARGIN_TOP + 6 * mm
        width = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT
        title = tr("report_title", lang)
        canvas.setFont(font_for(title, lang), 8)
        canvas.setFillColor(ACCENT)
        canvas.drawString(MARGIN_LEFT, top, title)
        name_font = font_for(self.project.meta.name, lang)
        name = _fit(canvas, self.project.meta.name, name_font, 8, width * 0.55)
        canvas.setFont(name_font, 8)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(PAGE_SIZE[0] - MARGIN_RIGHT, top, name)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_LEFT, top - 2.5 * mm, PAGE_SIZE[0] - MARGIN_RIGHT, top - 2.5 * mm)
        canvas.line(MARGIN_LEFT, MARGIN_BOTTOM - 6 * mm, PAGE_SIZE[0] - MARGIN_RIGHT, MARGIN_BOTTOM - 6 * mm)
        left = f"{self.project.meta.date}"
        canvas.setFont(LATIN, 8)
        canvas.drawString(MARGIN_LEFT, MARGIN_BOTTOM - 10 * mm, left)
        canvas.restoreState()

    def afterFlowable(self, flowable):
        """Headings h1/h2 become table-of-contents entries and PDF bookmarks."""
        style = getattr(flowable, "style", None)
        name = getattr(style, "name", None)
        if name in ("h1", "h2"):
            level = 0 if name == "h1" else 1
            text = flowable.getPlainText()
            key = f"h{self.seq.nextf('heading')}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
            self.notify("TOCEntry", (level, text, self.page, key))


def render(project, assessment, language: str, *, comparison=None, appendix: bool = True) -> bytes:
    """The PDF of the report as bytes."""
    buf = io.BytesIO()
    meta = project.meta
    doc = _Doc(buf, project, language, title=f"{tr('report_title', language)} - {meta.name}",
               author=meta.assessor or "", subject=tr("report_subtitle", language), creator="retrofit-calculator")
    story = build_story(project, assessment, language, comparison=comparison, appendix=appendix)
    doc.multiBuild(story, canvasmaker=_numbered_canvas(language))
    return buf.getvalue()


def build_pdf(project, assessment, path, language: str | None = None, *, comparison=None,
              appendix: bool = True) -> Path:
    """Write the assessment report of ``project`` to ``path`` and return the
    path. ``language`` "en" or "zh"; ``None`` takes the project's language.
    ``comparison`` (calc.variants.compare of the same project) adds the
    variants side by side; ``appendix`` False leaves out the inputs appendix.

    Raises
    ------
    ReportError
        When the path cannot be written (missing folder, no permission, a
        folder in the way, disk full); the message names path and reason.
    """
    p = Path(path)
    language = check_language(language or project.meta.language)
    folder = p.parent if str(p.parent) else Path(".")
    if p.is_dir():
        raise ReportError(p, "it is a folder")
    if folder.exists() and not folder.is_dir():
        raise ReportError(p, f"{folder} is a file, not a folder")
    if not folder.is_dir():
        raise ReportError(p, f"the folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise ReportError(p, f"no permission to write in {folder}")
    if p.exists() and not os.access(p, os.W_OK):
        raise ReportError(p, "the file exists and is read-only (is it open in another program?)")
    data = render(project, assessment, language, comparison=comparison, appendix=appendix)
    try:
        write_atomic(p, data)
    except OSError as e:
        raise ReportError(p, e.strerror or str(e)) from None
    return p
