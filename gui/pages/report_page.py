"""Report page: export the PDF assessment (``reports.build_pdf``), preview
that same file with QtPdf, and print it."""

from __future__ import annotations

import os
import tempfile

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSize, QThreadPool, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from ..editors import ERROR_STYLE



class _Signals(QObject):
    done = Signal(str)
    failed = Signal(str)


def _build(project, assessment, path, language, signals, comparison=None, appendix=True):
    try:
        from reports import build_pdf

        build_pdf(project, assessment, path, language=language, comparison=comparison, appendix=appendix)
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
        # clicked(bool) would pass False as the printer
        self.print_button.clicked.connect(lambda: self.print_())
        for b in (self.preview_button, self.export_button, self.print_button):
            row.addWidget(b)
        self.appendix_box = QCheckBox(QCoreApplication.translate("ReportPage", "Inputs appendix"))
        self.appendix_box.setToolTip(QCoreApplication.translate(
            "ReportPage", "Append every input of the project, defaults marked (for the file; leave out for a short client copy)"))
        self.appendix_box.setChecked(True)
        row.addWidget(self.appendix_box)
        row.addStretch(1)
        row.addLayout(self._make_view_controls())
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
        self._building_for = None   # the project the report under way is built from
        self._shown_for = None      # the project the shown PDF was built from
        self._temp_path = ""
        self._pending_temp = ""
        self.print_when_built = False
        self.pdf.pageCountChanged.connect(self._update_view_controls)
        self.view.pageNavigator().currentPageChanged.connect(self._update_view_controls)
        window.document.projectChanged.connect(self._project_changed)
        self._update_view_controls()

    # --------------------------------------------------------- view controls
    def _make_view_controls(self):
        row = QHBoxLayout()
        self.zoom_out_button = QPushButton("−")
        self.zoom_in_button = QPushButton("+")
        self.fit_button = QPushButton(QCoreApplication.translate("ReportPage", "Fit width"))
        self.zoom_out_button.setToolTip(QCoreApplication.translate("ReportPage", "Zoom out"))
        self.zoom_in_button.setToolTip(QCoreApplication.translate("ReportPage", "Zoom in"))
        self.zoom_out_button.clicked.connect(lambda: self.zoom(1 / 1.25))
        self.zoom_in_button.clicked.connect(lambda: self.zoom(1.25))
        self.fit_button.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.page_label = QLabel(QCoreApplication.translate("ReportPage", "Page"))
        self.page_spin = QSpinBox()
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.valueChanged.connect(self.go_to_page)
        self.page_label.setBuddy(self.page_spin)
        self.page_count_label = QLabel()
        for w in (self.zoom_out_button, self.zoom_in_button, self.fit_button, self.page_label, self.page_spin,
                  self.page_count_label):
            row.addWidget(w)
        return row

    def zoom(self, factor: float):
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(8.0, self.view.zoomFactor() * factor)))

    def go_to_page(self, number: int):
        """Show page ``number`` (1-based)."""
        if 1 <= number <= self.pdf.pageCount():
            self.view.pageNavigator().jump(number - 1, self.view.pageNavigator().currentLocation())

    def _update_view_controls(self, *_):
        count = self.pdf.pageCount()
        for w in (self.zoom_out_button, self.zoom_in_button, self.fit_button, self.page_spin):
            w.setEnabled(count > 0)
        self.page_spin.blockSignals(True)
        self.page_spin.setRange(1 if count else 0, max(count, 0))
        self.page_spin.setValue(self.view.pageNavigator().currentPage() + 1 if count else 0)
        self.page_spin.blockSignals(False)
        self.page_count_label.setText(QCoreApplication.translate("ReportPage", "of {0}").format(count))

    # ------------------------------------------------------------ staleness
    def stale_reason(self) -> str:
        """Why the latest results are not those of the current project, or ""."""
        runner = self.window_.runner
        if runner.is_busy():
            return QCoreApplication.translate("ReportPage", "the results are being recalculated; try again when the calculation is done")
        if runner.error:
            return QCoreApplication.translate("ReportPage", "the last calculation failed: {0}").format(runner.error)
        if runner.assessment is None:
            return QCoreApplication.translate("ReportPage", "there are no results yet")
        if not self._is_current(runner.assessed_project):
            return QCoreApplication.translate("ReportPage", "the results are not those of the current project; recalculate (F5)")
        return ""

    def has_current_pdf(self) -> bool:
        return self.pdf.pageCount() > 0 and self._shown_for is not None and self._is_current(self._shown_for)

    def _is_current(self, project) -> bool:
        current = self.window_.document.project
        return project is current or (project is not None and project == current)

    def _project_changed(self, _project):
        """A shown report of another state of the project is withdrawn."""
        if self._shown_for is not None and not self._is_current(self._shown_for):
            self._shown_for = None
            self.pdf.close()
            self.print_button.setEnabled(False)
            self._remove_temp()
            self.status.setStyleSheet("")
            self.status.setText(QCoreApplication.translate(
                "ReportPage", "The project changed: preview the report again to see the current results."))

    def _remove_temp(self):
        if self._temp_path:
            try:
                os.remove(self._temp_path)
            except OSError:
                pass
            self._temp_path = ""

    def cleanup(self):
        """Close the preview and delete its temporary file."""
        self.pdf.close()
        self._remove_temp()

    def build(self, path: str | None):
        """Build the PDF of the latest assessment into ``path`` (a temporary
        file for the preview when None), then show it."""
        runner = self.window_.runner
        if self._busy:
            return False
        reason = self.stale_reason()
        if reason:
            self._failed(reason)
            return False
        if path is None:
            fd, path = tempfile.mkstemp(prefix="retrofit-report-", suffix=".pdf")
            os.close(fd)
            self._pending_temp = path
        else:
            self._pending_temp = ""
        project = runner.assessed_project
        language = project.meta.language
        self._building_for = project
        self._busy = True
        self.status.setStyleSheet("")
        self.status.setText(QCoreApplication.translate("ReportPage", "Building the report…"))
        signals = self._signals
        assessment, comparison = runner.assessment, runner.comparison
        appendix = self.appendix_box.isChecked()
        QThreadPool.globalInstance().start(
            lambda: _build(project, assessment, path, language, signals, comparison, appendix))
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
        if not self._is_current(self._building_for):
            # edited while the report was being built: never show it as current
            if self._pending_temp:
                os.remove(self._pending_temp)
            self._failed(QCoreApplication.translate(
                "ReportPage", "the project changed while the report was built; build it again"))
            return
        self.path = path
        self.pdf.close()
        self._remove_temp()
        self._temp_path = self._pending_temp
        self._shown_for = self._building_for
        self.pdf.load(path)
        self.print_button.setEnabled(self.pdf.pageCount() > 0)
        self.status.setStyleSheet("")
        if self._temp_path:
            self.status.setText(QCoreApplication.translate("ReportPage", "Preview of the current results ({0} pages).").format(self.pdf.pageCount()))
        else:
            self.status.setText(QCoreApplication.translate("ReportPage", "Report written to {0} ({1} pages).").format(path, self.pdf.pageCount()))
        if self.print_when_built:
            self.print_when_built = False
            self.print_()

    def _failed(self, message):
        self._busy = False
        self.print_when_built = False
        if getattr(self, "_pending_temp", "") and self._pending_temp != self._temp_path:
            try:
                os.remove(self._pending_temp)
            except OSError:
                pass
            self._pending_temp = ""
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(QCoreApplication.translate("ReportPage", "The report could not be built: {0}").format(message))

    def print_(self, printer=None):
        """Print the shown PDF (through the print dialog unless a printer is given)."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if not self.has_current_pdf():
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
