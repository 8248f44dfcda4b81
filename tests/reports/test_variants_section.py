"""The variants table in the PDF: present with a comparison, absent without."""

from __future__ import annotations

import pypdf
import pytest

from calc.units import Q_
from calc.variants import PACKAGE_NAME, VariantComparison, VariantRow
from reports import build_pdf

from .fixtures import fixture_assessment


def _row(name, own, rate, passed, investment, payback, co2):
    return VariantRow(name=name, own_package=own, measure_count=3, passed=passed,
                      saving_rate=Q_(rate, "percent"), target_rate=Q_(30.0, "percent"),
                      margin=Q_(rate - 30.0, "pp"), investment=Q_(investment, "CNY"),
                      simple_payback=payback, npv=Q_(1000.0, "CNY"), co2_saving=Q_(co2, "t"),
                      annual_cost_saving=Q_(5000.0, "CNY/a"))


COMPARISON = VariantComparison(basis="total_tce", rows=(
    _row(PACKAGE_NAME, True, 34.2, True, 9_100_000.0, Q_(14.0, "a"), 410.0),
    _row("Envelope only", False, 31.5, True, 2_400_000.0, Q_(9.5, "a"), 280.0),
    _row("Nothing", False, 0.0, False, 0.0, None, 0.0),
))


def _text(path):
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(str(path)).pages)


@pytest.mark.parametrize("lang,title,best,own", [("en", "Variants side by side", "Envelope only", "Project package"),
                                                  ("zh", "方案比选", "Envelope only", "本项目方案")])
def test_variants_table_in_the_pdf(residential, tmp_path, lang, title, best, own):
    a = fixture_assessment(residential)
    path = build_pdf(residential, a, tmp_path / "v.pdf", lang, comparison=COMPARISON)
    text = _text(path)
    assert title in text and own in text
    assert best in text and "Nothing" in text
    # the cheapest passing row is named in the introduction
    intro = text.split(title, 2)[-1]
    assert best in intro.split("\n\n")[0] or best in intro
    assert "2,400,000" in text and "9,100,000" in text


def test_no_variants_no_section(residential, tmp_path):
    a = fixture_assessment(residential)
    text = _text(build_pdf(residential, a, tmp_path / "n.pdf", "en"))
    assert "Variants side by side" not in text
