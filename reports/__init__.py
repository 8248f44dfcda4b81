"""The PDF assessment report (reportlab). Imports calc, never Qt.

``build_pdf(project, assessment, path, language=None)`` writes the report;
``build_story`` gives its flowables; ``reports.charts`` holds the chart
builders shared with the GUI.
"""

from .pdf import ReportError, build_pdf, render
from .story import build_story

__all__ = ["ReportError", "build_pdf", "build_story", "render"]
