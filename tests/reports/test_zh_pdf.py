"""The Chinese report has no English words outside a short allow-list:
units, standard codes, CO2, PV, the names of data sets and software, and
what the user typed (names, notes, material names) or the weather file says
of itself."""

from __future__ import annotations

import re

import pypdf
import pytest

from calc.schema import walk_fields
from reports import build_pdf

from .fixtures import SAMPLES

WORD = re.compile(r"[A-Za-z][A-Za-z]+")
ALLOWED = {
    # units, codes and abbreviations written so in Chinese too
    "CO", "PV", "COP", "SCOP", "SHGC", "EPW", "GB", "JG", "JGJ", "ISO", "EN", "DN", "LED", "EPS", "XPS", "PU", "VIP",
    "kWh", "MWh", "GJ", "MJ", "kW", "kWp", "mm", "cm", "kg", "kgce", "tce", "tCO", "Pa", "NPV", "IRR", "ESCO",
    "PUR", "SEER", "IPLV", "MACC", "TMY", "PERC", "km", "MW", "Hz", "UTC", "RC",
    # data sets and software cited by name
    "CSWD", "SWERA", "EnergyPlus", "pvlib", "PVWatts", "WMO", "VDI", "MM", "DD", "kgCO",
}
WARNINGS_ZH = "警告与缺失数据"
METERS_ZH = "计量数据与能耗标准对标"
METHOD_ZH = "计算方法与依据标准"
APPENDIX_ZH = "附录：全部输入参数"


def _user_words(project, assessment) -> set[str]:
    words = set()
    for _path, value, md in walk_fields(project):
        if md.get("kind") == "text" and isinstance(value, str):
            words |= set(WORD.findall(value))
    words |= set(WORD.findall(assessment.weather_source))
    # the GB/T 51161 values' citation names an English secondary source as written
    bm = getattr(assessment, "benchmark", None)
    if bm is not None and getattr(bm, "applicable", False):
        words |= set(WORD.findall(f"{bm.standard_table} {bm.source}"))
    for b in project.buildings:
        words |= set(WORD.findall(b.name))
    return words


@pytest.mark.parametrize("name", SAMPLES)
def test_chinese_pdf_has_no_stray_english(real_assessments, tmp_path, name):
    project, assessment = real_assessments[name]
    path = build_pdf(project, assessment, tmp_path / "zh.pdf", "zh")
    allowed = ALLOWED | _user_words(project, assessment)
    stray = {}
    for i, page in enumerate(pypdf.PdfReader(str(path)).pages, 1):
        text = _without_engine_warnings(page.extract_text(), assessment)
        for word in WORD.findall(text):
            if word not in allowed and not re.fullmatch(r"(k|M|G)?(Wh|W|J|m|g|t)|kgce|tce", word):
                stray.setdefault(word, i)
    assert not stray, f"English in the Chinese report (word: page): {stray}"


def _without_engine_warnings(text: str, assessment) -> str:
    """The engine's warnings are English text (see the xfail below); the
    rest of the page is checked."""
    flat = " ".join(text.split())
    for w in assessment.warnings:
        flat = flat.replace(" ".join(f"• {w}".split()), " ")
    return flat


def test_meters_section_is_chinese(real_assessments, tmp_path):
    project, assessment = real_assessments["residential_beijing_1980s"]
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(str(build_pdf(
        project, assessment, tmp_path / "zh.pdf", "zh"))).pages)
    section = text.split(METERS_ZH)[-1].split(METHOD_ZH)[0]
    assert not [w for w in WORD.findall(section) if w not in ALLOWED]


@pytest.mark.xfail(strict=True, reason="calc's warnings are English-only strings; they need a Chinese form where "
                                       "they are made (calc.metering, calc.network, ...)")
def test_engine_warnings_are_chinese_in_the_chinese_pdf(real_assessments):
    _project, assessment = real_assessments["residential_beijing_1980s"]
    assert assessment.warnings  # the sample does raise warnings
    assert not any(WORD.search(w) for w in assessment.warnings)


def test_the_check_is_not_blind(real_assessments, tmp_path):
    """The English report of the same project is full of words the check flags."""
    project, assessment = real_assessments[SAMPLES[0]]
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(str(build_pdf(
        project, assessment, tmp_path / "en.pdf", "en"))).pages)
    flagged = {w for w in WORD.findall(text) if w not in ALLOWED | _user_words(project, assessment)}
    assert {"Heating", "Investment", "Sensitivity"} <= flagged
