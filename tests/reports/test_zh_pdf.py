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
from reports.strings import calc_text

from .fixtures import SAMPLES

WORD = re.compile(r"[A-Za-z][A-Za-z]+")
TITLE = re.compile(r"《[^》]*》", re.S)  # a cited title, as published
ALLOWED = {
    # units, codes and abbreviations written so in Chinese too
    "CO", "PV", "COP", "SCOP", "SHGC", "EPW", "GB", "JG", "JGJ", "ISO", "EN", "DN", "IPMVP", "ASHRAE", "LED", "EPS", "XPS", "PU", "VIP",
    "kWh", "MWh", "GJ", "MJ", "kW", "kWp", "mm", "cm", "kg", "kgce", "tce", "tCO", "Pa", "NPV", "IRR", "ESCO",
    "PUR", "SEER", "IPLV", "MACC", "TMY", "PERC", "km", "MW", "Hz", "UTC", "RC",
    # product designations that Chinese names keep (GB 50176: KP1 型黏土多孔砖)
    "KP",
    # data sets and software cited by name
    "CSWD", "SWERA", "EnergyPlus", "pvlib", "PVWatts", "WMO", "VDI", "MM", "DD", "kgCO",
    # authors of a cited paper (titles are cited in 《》 as published: see TITLE)
    "Liu", "Ren",
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
    for b in project.buildings:
        words |= set(WORD.findall(b.name))
    return words


@pytest.fixture(scope="module")
def more_assessments(real_assessments):
    """The third sample, and the Beijing sample as the command line assesses
    it: with the Monte Carlo, whose input table cites the source of every range."""
    from calc.assess import assess

    from .fixtures import load_sample

    beijing, shenzhen = load_sample("residential_beijing_1980s"), load_sample("office_shenzhen_2000s")
    return {**real_assessments, "beijing_uncertainty": (beijing, assess(beijing, uncertainty=16, seed=1)),
            "office_shenzhen_2000s": (shenzhen, assess(shenzhen))}


@pytest.mark.parametrize("name", SAMPLES + ("office_shenzhen_2000s", "beijing_uncertainty"))
def test_chinese_pdf_has_no_stray_english(more_assessments, tmp_path, name):
    project, assessment = more_assessments[name]
    assert "uncertainty" not in name or assessment.uncertainty is not None
    path = build_pdf(project, assessment, tmp_path / "zh.pdf", "zh")
    allowed = ALLOWED | _user_words(project, assessment)
    stray = {}
    for i, page in enumerate(pypdf.PdfReader(str(path)).pages, 1):
        text = TITLE.sub("", page.extract_text())
        for word in WORD.findall(text):
            if word not in allowed and not re.fullmatch(r"(k|M|G)?(Wh|W|J|m|g|t)|kgce|tce", word):
                stray.setdefault(word, i)
    assert not stray, f"English in the Chinese report (word: page): {stray}"


@pytest.mark.parametrize("name", SAMPLES)
def test_meters_section_is_chinese(real_assessments, tmp_path, name):
    """No command lines and no English citation: the Shanghai office's
    benchmark applies and cites its source, the Beijing block's does not."""
    project, assessment = real_assessments[name]
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(str(build_pdf(
        project, assessment, tmp_path / "zh.pdf", "zh"))).pages)
    assert METERS_ZH in text
    section = TITLE.sub("", text.split(METERS_ZH)[-1].split(METHOD_ZH)[0])
    assert "main.py" not in section
    assert not [w for w in WORD.findall(section) if w not in ALLOWED]


def test_engine_warnings_are_chinese_in_the_chinese_pdf(real_assessments, tmp_path):
    project, assessment = real_assessments["residential_beijing_1980s"]
    assert assessment.warnings  # the sample does raise warnings
    text = "".join("".join(p.extract_text() for p in pypdf.PdfReader(str(build_pdf(
        project, assessment, tmp_path / "zh.pdf", "zh"))).pages).split())  # no spaces: lines wrap anywhere
    section = text.split(WARNINGS_ZH)[-1]
    for w in assessment.warnings:
        zh = calc_text(w, "zh")
        assert not [x for x in WORD.findall(zh) if x not in ALLOWED], zh
        assert "".join(zh.split())[:30] in section  # printed in Chinese, not in English
        assert "".join(str(w).split())[:30] not in section


def test_the_check_is_not_blind(real_assessments, tmp_path):
    """The English report of the same project is full of words the check flags."""
    project, assessment = real_assessments[SAMPLES[0]]
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(str(build_pdf(
        project, assessment, tmp_path / "en.pdf", "en"))).pages)
    flagged = {w for w in WORD.findall(text) if w not in ALLOWED | _user_words(project, assessment)}
    assert {"Heating", "Investment", "Sensitivity"} <= flagged


def test_supply_warnings_read_in_chinese():
    """A package the samples do not have: the Beijing block's network
    lowered to 55/45 °C and a central low-ambient heat pump, which raises
    the heat-pump, emitter and measure-alone notes."""
    import json
    import warnings

    from calc import projectfile
    from calc.assess import assess

    from .fixtures import EXAMPLES

    data = json.loads((EXAMPLES / "residential_beijing_1980s.json").read_text(encoding="utf-8"))
    hp = json.loads((EXAMPLES / "office_shanghai_1990s.json").read_text(encoding="utf-8"))["project"]["measures"][0]
    hp["params"]["product"] = "ashp_low_ambient"
    data["project"]["measures"] += [
        {"kind": "lower_supply_temperature", "enabled": True, "label": "",
         "params": {"design_supply_temp": "55 degC", "design_return_temp": "45 degC"},
         "investment": "10000 CNY", "subsidy": "0 CNY", "lifetime": None}, hp]
    project = projectfile.loads(json.dumps(data), "hp.json")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = assess(project, sensitivity=False)
    ids = {w.id for w in a.warnings}
    assert {"supply.hp_beyond_tests", "assess.measure_alone", "metering.field_range"} <= ids
    names = {x for b in project.buildings for x in WORD.findall(b.name)}
    for w in a.warnings:
        zh = calc_text(w, "zh")
        assert not [x for x in WORD.findall(zh) if x not in ALLOWED | names], zh
