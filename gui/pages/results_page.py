"""Results page (filled in below)."""
from .common import Page
from PySide6.QtCore import QCoreApplication


class ResultsPage(Page):
    def __init__(self, window):
        super().__init__(window, QCoreApplication.translate("ResultsPage", "Results"))
        self.finish()
