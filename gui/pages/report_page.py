"""Report page (filled in below)."""
from .common import Page
from PySide6.QtCore import QCoreApplication


class ReportPage(Page):
    def __init__(self, window):
        super().__init__(window, QCoreApplication.translate("ReportPage", "Report"))
        self.finish()
