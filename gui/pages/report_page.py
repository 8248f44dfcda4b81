"""Report page: export the PDF assessment (``reports.build_pdf``), preview
that same file with QtPdf, and print it."""

from __future__ import annotations

import os
import tempfile

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..editors import ERROR_STYLE



class _Signals(QObject):
    done = Signal(str)
    failed = Signal(str)


def _build(project, assessment, path, language, signals):
    try:
        from reports import build_pdf

        build_pdf(project, assessment, path, language=language)
    except Exception as e:  # noqa: BLE001 - shown on the page
        signals.failed.emit(str(e) or type(e).__name__)
        return
    signals.done.emit(path)


class ReportPage(QWidget):
    def __init__(self, window):
        super().__init__()
        self.window_ = window
        layout = QVBoxLayout(self)
        title = QLabel(QCoreApplication.translate("ReportPage", "Report"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        row = QHBoxLayout()
        self.export_button = QPushButton(QCoreApplication.translate("ReportPage", "Export PDF…"))
        self.preview_button = QPushButton(QCoreApplication.translate("ReportPage", "Preview"))
        self.print_button = QPushButton(QCoreApplication.translate("ReportPage", "Print…"))
        self.export_button.clicked.connect(self.export)
        self.preview_button.clicked.connect(lambda: self.build(None))
        self.print_button.clicked.connect(self.print_)
        for b in (self.preview_button, self.export_button, self.print_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel(QCoreApplication.translate("ReportPage", "The report is built from the latest results."))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.pdf = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout.addWidget(self.view, 1)
        self.print_button.setEnabled(False)
        self.path = ""
        self._signals = _Signals(self)
        self._signals.done.connect(self._built)
        self._signals.failed.connect(self._failed)
        self._busy = False

    def build(self, path: str | None):
        """Build the PDF of the latest assessment into ``path`` (a temporary
        file for the preview when None), then show it."""
        runner = self.window_.runner
        if runner.assessment is None:
            self._failed(QCoreApplication.translate("ReportPage", "there are no results yet"))
            return False
        if self._busy:
            return False
        if path is None:
            fd, path = tempfile.mkstemp(prefix="retrofit-report-", suffix=".pdf")
            os.close(fd)
        project = runner.assessed_project
        language = project.meta.language
        self._busy = True
        self.status.setStyleSheet("")
        self.status.setText(QCoreApplication.translate("ReportPage", "Building the report…"))
        signals = self._signals
        QThreadPool.globalInstance().start(lambda: _build(project, runner.assessment, path, language, signals))
        return True

    def export(self):
        default = os.path.splitext(self.window_.document.path or "report")[0] + ".pdf"
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("ReportPage", "Export PDF"), default, QCoreApplication.translate("ReportPage", "PDF files (*.pdf)"))
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.build(path)

    def _built(self, path):
        self._busy = False
        self.path = path
        self.pdf.close()
        self.pdf.load(path)
        self.print_button.setEnabled(self.pdf.pageCount() > 0)
        self.status.setStyleSheet("")
        self.status.setText(QCoreApplication.translate("ReportPage", "Report written to {0} ({1} pages).").format(path, self.pdf.pageCount()))

    def _failed(self, message):
        self._busy = False
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(QCoreApplication.translate("ReportPage", "The report could not be built: {0}").format(message))

    def print_(self, printer=None):
        """Print the shown PDF (through the print dialog unless a printer is given)."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.pdf.pageCount() == 0:
            return False
        if printer is None:
            printer = QPrinter(QPrinter.HighResolution)
            dialog = QPrintDialog(printer, self)
            if dialog.exec() != QPrintDialog.Accepted:
                return False
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            first = max(1, printer.fromPage() or 1) - 1
            last = (printer.toPage() or self.pdf.pageCount()) - 1
            for i in range(first, last + 1):
                if i > first:
                    printer.newPage()
                rect = printer.pageRect(QPrinter.DevicePixel)
                size = self.pdf.pagePointSize(i)
                scale = min(rect.width() / size.width(), rect.height() / size.height())
                image = self.pdf.render(i, QSize(int(size.width() * scale), int(size.height() * scale)))
                painter.drawImage(QRectF(0, 0, image.width(), image.height()), image)
        finally:
            painter.end()
        return True
