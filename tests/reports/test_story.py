"""build_story: every section present, missing data said, nothing computed."""

from reportlab.platypus import Paragraph
from reportlab.platypus.tableofcontents import TableOfContents

from reports.story import build_story, missing_data
from reports.strings import tr

from .fixtures import fixture_assessment

SECTIONS = ("summary", "building_site", "baseline", "measures", "network", "pv", "sensitivity", "meters_section",
            "method",
            "warnings", "appendix")


def _headings(story, level="h1"):
    return [f.getPlainText() for f in story if isinstance(f, Paragraph) and f.style.name == level]


def test_every_section_is_there_in_both_languages(sample):
    a = fixture_assessment(sample)
    for language in ("en", "zh"):
        story = build_story(sample, a, language)
        assert _headings(story) == [tr(k, language) for k in SECTIONS]
        assert sum(isinstance(f, TableOfContents) for f in story) == 1


def test_language_none_takes_the_projects_language(residential):
    story = build_story(residential, fixture_assessment(residential), None)
    assert residential.meta.language == "zh"
    assert tr("summary", "zh") in _headings(story)


def test_sparse_project_still_gives_every_section_and_says_what_is_missing(residential):
    a = fixture_assessment(residential, sparse=True)
    story = build_story(residential, a, "en")
    assert _headings(story) == [tr(k, "en") for k in SECTIONS]
    notes = missing_data(residential, a, "en")
    for key in ("missing_assessor", "no_measures", "no_sensitivity", "no_method", "no_sources",
                "network_no_result"):
        assert tr(key, "en") in notes


def test_synthetic_weather_is_flagged(office):
    a = fixture_assessment(office)
    assert a.weather_synthetic
    assert tr("weather_synthetic", "en") in missing_data(office, a, "en")


def test_story_does_not_change_its_inputs(office):
    a = fixture_assessment(office)
    before = (repr(office), repr(a))
    build_story(office, a, "en")
    assert (repr(office), repr(a)) == before



def test_building_table_shows_the_assessed_u_values(real_assessments, tmp_path):
    """The building table prints the U-values and floor area the assessment
    used (the report computes nothing itself)."""
    import pypdf

    from reports import build_pdf

    project, a = real_assessments["residential_beijing_1980s"]
    path = build_pdf(project, a, tmp_path / "r.pdf", "en")
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(str(path)).pages)
    wall_u = a.baseline.buildings[0].u_values["wall"].m
    assert f"U = {wall_u:.2f} W/(m²·K) from 3 layers" in " ".join(text.split())
