"""The inputs appendix reads as a person would write it: names, units and
choices by name (no JSON paths or keys), defaults marked, and optional."""

from __future__ import annotations

import re

import pypdf
import pytest

from calc.units import Q_
from reports import build_pdf
from reports.appendix import field_name, option_name, section_title, value_text

from .fixtures import fixture_assessment


def _appendix_text(path):
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(str(path)).pages)
    return text


@pytest.mark.parametrize("lang,title", [("en", "Appendix: all inputs"), ("zh", "附录：全部输入参数")])
def test_no_paths_no_keys(residential, tmp_path, lang, title):
    text = _appendix_text(build_pdf(residential, fixture_assessment(residential), tmp_path / "r.pdf", lang))
    appendix = text[text.rindex(title):]
    assert not re.search(r"\w+\[\d+\]\.\w+", appendix), "a JSON path is printed"
    for raw in ("MEASURE_PARAMS", "1986_1995", "pre_1986", "fan_coils", "district_heating", "**", "power_supply_coal"):
        assert raw not in appendix, raw
    if lang == "zh":
        assert "北京" in appendix and "层数" in appendix and "外墙" in appendix
    else:
        assert "Storeys" in appendix and "Walls" in appendix


def test_values_by_name_and_unit():
    assert value_text(Q_(0.81, "W/(m*K)"), {"unit": "W/(m*K)"}, "en", lambda u: u) == "0.81 W/(m·K)"
    assert value_text(Q_(900, "CNY/t"), {"unit": "CNY/t"}, "zh", str) == "900 元/t"
    assert value_text(Q_(1800, "kg/m**3"), {"unit": "kg/m**3"}, "en", lambda u: u) == "1,800 kg/m³"
    assert value_text(True, {}, "zh", str) == "是"
    assert value_text(None, {"optional": True}, "en", str).startswith("(empty")
    assert option_name("district_heating", "zh") != "district_heating"
    assert field_name("Geometry", "storeys", "zh") == "层数"


def test_section_titles_name_the_object(residential):
    title = section_title(residential, "buildings[0].wall.layers[1]", "en")
    b = residential.buildings[0]
    assert title.startswith(f"Building 1 ({b.name}) · Walls · layer 2")
    assert b.wall.layers[1].material in title


def test_appendix_is_optional(residential, tmp_path):
    a = fixture_assessment(residential)
    with_it = pypdf.PdfReader(str(build_pdf(residential, a, tmp_path / "a.pdf", "en")))
    without = pypdf.PdfReader(str(build_pdf(residential, a, tmp_path / "b.pdf", "en", appendix=False)))
    assert len(without.pages) < len(with_it.pages)
    assert "Appendix: all inputs" not in "\n".join(p.extract_text() for p in without.pages)


def test_shares_in_percent_as_the_forms_show_them():
    from calc.model import Economics
    from calc.model.measures import MEASURE_PARAMS
    import dataclasses

    decls = {f.name: dict(f.metadata) for f in dataclasses.fields(Economics)}
    assert value_text(0.06, decls["discount_rate"], "en", str, "discount_rate") == "6 %"
    assert value_text(-0.015, decls["energy_price_escalation"], "zh", str, "energy_price_escalation") == "-1.5 %"
    params = MEASURE_PARAMS["window_replacement"]
    shown = value_text({"frame_fraction": Q_(0.25, ""), "shgc": Q_(0.5, "")}, {}, "en", str, "params", params)
    assert "25 %" in shown and "0.5" in shown and "50 %" not in shown  # SHGC is a coefficient: a decimal


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_an_archetype_appendix_names_materials_and_constructions(tmp_path, lang):
    from calc.archetypes import project_from_archetype

    project = project_from_archetype("Beijing", "residential", "pre_1986", name="Beijing block")
    text = _appendix_text(build_pdf(project, fixture_assessment(project), tmp_path / "a.pdf", lang))
    keys = set(re.findall(r"\b[a-z]+(?:_[a-z0-9]+)+\b", text))
    assert keys == set(), keys
    assert ("Solid clay brick masonry (heavy mortar)" if lang == "en" else "重砂浆砌筑粘土砖砌体") in text.replace("\n", " ")


def test_a_field_is_defaulted_by_itself_or_by_an_object_above_it():
    from reports.appendix import _is_defaulted

    defaults = {"buildings[0].wall", "supply.efficiency", "buildings[1]"}
    assert _is_defaulted("supply.efficiency", defaults)
    assert _is_defaulted("buildings[0].wall.u_value", defaults)
    assert _is_defaulted("buildings[1].operation.heating_setpoint", defaults)
    # a shared start of a name is not an object above it
    assert not _is_defaulted("buildings[0].wall_extra", defaults)
    assert not _is_defaulted("buildings[10].wall.u_value", defaults)
    assert not _is_defaulted("supply", defaults)
