"""Charts of the results: the report's own chart definitions
(``reports.charts``, reportlab Drawings) rendered to SVG and shown with
Qt's SVG renderer, so the screen and the PDF draw the same chart."""

from __future__ import annotations

import re

from PySide6.QtCore import QByteArray, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget


_CLIP = re.compile(r"<clipPath.*?</clipPath>", re.S)


def drawing_svg(drawing) -> bytes:
    """SVG of a reportlab Drawing, readable by Qt SVG (SVG Tiny 1.2: no
    clipPath, whose rectangle Qt would otherwise paint black)."""
    from reportlab.graphics import renderSVG

    text = renderSVG.drawToString(drawing)
    text = _CLIP.sub("", text).replace("clip-path: url(#clip)", "")
    return text.encode("utf-8")


class SvgChart(QWidget):
    """Shows one SVG, scaled to the widget width with its aspect ratio kept."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.renderer = QSvgRenderer(self)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self.setMinimumHeight(180)
        self._ratio = 0.45

    def set_svg(self, data: bytes):
        self.renderer.load(QByteArray(data))
        size = self.renderer.defaultSize()
        if size.width() > 0:
            self._ratio = size.height() / size.width()
        self.updateGeometry()
        self.update()

    def show_drawing(self, drawing):
        self.set_svg(drawing_svg(drawing))

    def hasHeightForWidth(self):
        return True

    def heightForWidth(self, width):
        return int(min(width, 760) * self._ratio) + 8

    def sizeHint(self):
        return QSize(700, int(700 * self._ratio) + 8)

    def paintEvent(self, _event):
        if not self.renderer.isValid():
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        w = min(self.width(), 760)
        h = w * self._ratio
        self.renderer.render(p, QRectF(0, 4, w, h))
        p.end()
