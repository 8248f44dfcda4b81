"""A column header keeps its unit whole (reports.cells)."""

from __future__ import annotations

import re

import pypdf
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table

from reports.cells import header_cell
from reports.styles import styles

from .fixtures import SAMPLES


def _lines(tmp_path, text, width, language):
    cell = header_cell(text, styles(language)["cell_head"], width, language)
    path = tmp_path / "t.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([Table([[cell]], colWidths=[width])])
    return [line.strip() for line in pypdf.PdfReader(str(path)).pages[0].extract_text().split("\n") if line.strip()]


@pytest.mark.parametrize("language, text, unit", [("zh", "年节约费用 (元/年)", "(元/年)"),
                                                  ("en", "Annual cost saving (CNY/a)", "(CNY/a)")])
def test_a_narrow_header_puts_its_unit_on_a_line_of_its_own(tmp_path, language, text, unit):
    # 40 pt holds the label's first characters, not label and unit (7.5 pt type)
    lines = _lines(tmp_path, text, 40, language)
    assert lines[-1] == unit
    assert not any(line.endswith("(") for line in lines)


def test_a_header_that_fits_stays_on_one_line(tmp_path):
    assert _lines(tmp_path, "年节约费用 (元/年)", 200, "zh") == ["年节约费用 (元/年)"]


@pytest.mark.parametrize("name", SAMPLES)
def test_no_unit_is_split_in_the_chinese_report(real_assessments, tmp_path, name):
    from reports import build_pdf

    project, assessment = real_assessments[name]
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(str(build_pdf(
        project, assessment, tmp_path / "zh.pdf", "zh"))).pages)
    assert not [line for line in text.split("\n") if re.search(r"\S\s*\($", line)]
