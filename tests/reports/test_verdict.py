"""The report prints the verdict in detail: the matrix under both
electricity methods, each building's verdict, the shortfall and the Monte
Carlo, with the numbers the assessment holds."""

import dataclasses

import pypdf
import pytest

from calc.assess import assess
from reports import build_pdf, fmt


@pytest.fixture(scope="module")
def mixed_fail():
    from calc.model import Measure
    from calc.projectfile import load
    from tests.conftest import RESIDENTIAL

    r = load(RESIDENTIAL)
    b = r.buildings[0]
    office = dataclasses.replace(b, name="Office", use="office")
    ms = [dataclasses.replace(m, enabled=m.kind not in ("window_replacement", "wall_insulation")) for m in r.measures]
    p = dataclasses.replace(r, buildings=(b, office), measures=tuple(ms) + (Measure(kind="disconnection", enabled=False),))
    return p, assess(p, uncertainty=40)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_report_prints_matrix_buildings_shortfall_and_uncertainty(mixed_fail, language, tmp_path):
    p, a = mixed_fail
    path = build_pdf(p, a, tmp_path / "r.pdf", language=language)
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages).replace("\n", " ")
    for c in a.target.matrix:
        assert fmt.quantity(c.saving_rate, "percent", language) in text
    for b in a.target.buildings:
        assert fmt.quantity(b.saving_rate, "percent", language) in text
    assert a.target.shortfall is not None
    assert fmt.quantity(a.target.shortfall.missing, "pp", language).replace(" ", "") in text.replace(" ", "")
    u = a.uncertainty
    assert fmt.quantity(u.saving_rate_p50, "percent", language) in text
    assert ("Latin-hypercube" if language == "en" else "拉丁超立方") in text


@pytest.mark.parametrize("language, words", [("en", ("Not in the band", "RMS {rms} pp")), ("zh", ("不含计算引擎", "均方根 {rms}"))])
def test_report_states_the_engine_error_beside_the_band(mixed_fail, language, words, tmp_path):
    from calc.uncertainty import ENGINE_DEPARTURES

    p, a = mixed_fail
    path = build_pdf(p, a, tmp_path / "r.pdf", language=language)
    text = "".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages).replace("\n", "").replace(" ", "")
    assert words[0].replace(" ", "") in text
    for d in ENGINE_DEPARTURES:
        assert words[1].format(rms=f"{d.rms:.1f}").replace(" ", "") in text and f"{d.mean:+.1f}" in text


@pytest.mark.parametrize("language, words", [("en", "default of the site's province"), ("zh", "项目所在省份的默认热源")])
def test_report_says_which_heat_source_default_is_used(mixed_fail, language, words, tmp_path):
    p, a = mixed_fail
    assert a.heat_source_default is not None and a.heat_source_default.province == "Beijing"
    path = build_pdf(p, a, tmp_path / "r.pdf", language=language)
    text = "".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages).replace("\n", "").replace(" ", "")
    assert words.replace(" ", "") in text


@pytest.mark.parametrize("language", ["en", "zh"])
def test_measures_table_gives_each_measure_under_both_methods(real_assessments, language, tmp_path):
    """Each measure alone under the headline method and the other one, as
    the assessment holds them (measures[].saving_rate_alone_by_method)."""
    import re

    p, a = real_assessments["residential_beijing_1980s"]
    text = "\n".join(pg.extract_text() for pg in pypdf.PdfReader(str(build_pdf(p, a, tmp_path / "r.pdf", language))).pages)
    other = "equal_value" if a.target.electricity_method == "power_supply_coal" else "power_supply_coal"
    assert a.measures and any(abs(m.saving_rate_alone_by_method[other].m - m.saving_rate_alone.m) >= 0.05
                              for m in a.measures)   # the methods differ somewhere, so the check can fail
    for m in a.measures:
        pair = (fmt.value(m.saving_rate_alone, "percent", language) + " "
                + fmt.value(m.saving_rate_alone_by_method[other], "percent", language))
        assert re.search(re.escape(pair), " ".join(text.split())), (m.kind, pair)
