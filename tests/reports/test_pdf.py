"""build_pdf: a real PDF (pypdf reads it back), key figures as formatted,
Chinese text that extracts as Chinese, clear errors for bad paths."""

import dataclasses
import os
import re

import pypdf
import pytest

from calc.results import to_json
from reports import ReportError, build_pdf, fmt
from reports.strings import tr

from .fixtures import SAMPLES, fixture_assessment

CJK = re.compile(r"[\u4e00-\u9fff]")


def pdf_text(path):
    reader = pypdf.PdfReader(str(path))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def _json(variant):
    # delivered_physical is left out: its values are not declared result fields
    return to_json(dataclasses.replace(variant, delivered_physical={}))


def key_figures(assessment, language):
    """The headline figures as to_json gives them, formatted as the report does."""
    t, e = to_json(assessment.target), to_json(assessment.economics)
    b, p = _json(assessment.baseline), _json(assessment.package)
    return [
        fmt.quantity(t["saving_rate_pct"], "percent", language),
        fmt.quantity(t["target_rate_pct"], "percent", language),
        fmt.quantity(t["margin_pp"], "pp", language, signed=True),
        fmt.value(b["total_standard_coal_tce"], "tce", language),
        fmt.value(p["total_standard_coal_tce"], "tce", language),
        fmt.value(b["total_co2_tco2"], "t", language),
        fmt.value(p["total_co2_tco2"], "t", language),
        fmt.quantity(e["investment_cny"], "CNY", language),
        fmt.quantity(e["npv_cny"], "CNY", language),
    ]


def check_report(project, assessment, language, path):
    build_pdf(project, assessment, path, language)
    reader, text = pdf_text(path)
    assert len(reader.pages) >= 8
    for figure in key_figures(assessment, language):
        assert figure in text, f"{figure!r} not in the {language} report"
    verdict = "verdict_pass" if assessment.target.passed else "verdict_fail"
    target = fmt.quantity(to_json(assessment.target)["target_rate_pct"], "percent", language)
    assert tr(verdict, language, target=target).split()[-1] in text
    last = reader.pages[-1].extract_text()
    assert tr("page_x_of_y", language, page=len(reader.pages), total=len(reader.pages)) in last
    if language == "zh":
        assert "评估结论摘要" in text and "附录：全部输入参数" in text
    else:
        assert "Executive summary" in text
    # user text in Chinese (names, client) extracts as Chinese in both languages
    if CJK.search(project.meta.name):
        assert project.meta.name.split()[0] in text
    return reader, text


@pytest.mark.parametrize("language", ["en", "zh"])
def test_fixture_report_opens_and_shows_the_key_figures(sample, language, tmp_path):
    check_report(sample, fixture_assessment(sample), language, tmp_path / "report.pdf")


def test_cjk_font_is_embedded_and_text_extracts_as_chinese(residential, tmp_path):
    reader, text = check_report(residential, fixture_assessment(residential), "zh", tmp_path / "r.pdf")
    fonts = set()
    for page in reader.pages[:3]:
        for f in page["/Resources"]["/Font"].values():
            f = f.get_object()
            fonts.add(str(f["/BaseFont"]))
            if "/DescendantFonts" not in f and "/FontDescriptor" in f:
                assert "/FontFile2" in f["/FontDescriptor"]
    assert any("WenQuanYiMicroHei" in name for name in fonts)
    assert "和平里" in text and "北京某区住房和城乡建设委员会" in text


def test_table_of_contents_and_outline(office, tmp_path):
    reader, text = check_report(office, fixture_assessment(office), "en", tmp_path / "r.pdf")
    toc = reader.pages[1].extract_text()
    assert "Appendix: all inputs" in toc and "Executive summary" in toc
    assert [o.title for o in reader.outline if not isinstance(o, list)][0] == "Executive summary"


def test_sparse_project_gives_a_complete_report(residential, tmp_path):
    a = fixture_assessment(residential, sparse=True)
    _, text = pdf_text(build_pdf(residential, a, tmp_path / "r.pdf", "en"))
    for key in ("no_measures", "no_sensitivity", "appendix"):
        assert tr(key, "en").split(":")[0][:40] in text.replace("\n", " ")


def test_defaulted_inputs_are_marked(residential, tmp_path):
    project = residential.replace(defaults=("buildings[0].ventilation.infiltration_ach",))
    _, text = pdf_text(build_pdf(project, fixture_assessment(project), tmp_path / "r.pdf", "en"))
    appendix = text[text.rindex("Appendix: all inputs"):]
    lines = [x.strip() for x in appendix.splitlines()]

    def row(label):  # the extracted cells of the row named ``label`` (label, value, mark)
        i = lines.index(label)
        return lines[i:i + 3]

    assert row("Infiltration")[2] == "*"
    assert row("Mechanical ventilation")[2] != "*"
    assert "1 inputs were defaulted" in text


def test_language_defaults_to_the_project(residential, tmp_path):
    _, text = pdf_text(build_pdf(residential, fixture_assessment(residential), tmp_path / "r.pdf"))
    assert "评估结论摘要" in text


@pytest.mark.parametrize("where, reason", [
    ("missing/r.pdf", "does not exist"),
    ("", "is a folder"),
    ("file.txt/r.pdf", "is a file, not a folder"),
])
def test_unwritable_path_gives_a_report_error(office, tmp_path, where, reason):
    (tmp_path / "file.txt").write_text("x")
    path = tmp_path / where if where else tmp_path
    with pytest.raises(ReportError) as err:
        build_pdf(office, fixture_assessment(office), path)
    assert str(path) in str(err.value) and reason in str(err.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_folder_gives_a_report_error(office, tmp_path):
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(ReportError, match="permission"):
            build_pdf(office, fixture_assessment(office), tmp_path / "r.pdf")
    finally:
        tmp_path.chmod(0o700)


def test_failed_write_leaves_no_partial_file(office, tmp_path, monkeypatch):
    target = tmp_path / "r.pdf"
    target.write_bytes(b"old report")

    def fail(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(ReportError, match="No space left"):
        build_pdf(office, fixture_assessment(office), target)
    assert target.read_bytes() == b"old report"
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("name", SAMPLES)
def test_real_assessment_report(name, language, tmp_path, real_assessments):
    project, assessment = real_assessments[name]
    check_report(project, assessment, language, tmp_path / "report.pdf")
