"""The third sample: a hot-summer warm-winter public building (Shenzhen),
cooled by its own units whenever needed, with a cooling-side package;
assessed end to end and reported in both languages."""

import math

import pytest

from calc.assess import assess
from calc.results import to_json

from .fixtures import load_sample
from .test_pdf import check_report

NAME = "office_shenzhen_2000s"


@pytest.fixture(scope="module")
def shenzhen():
    project = load_sample(NAME)
    return project, assess(project, sensitivity=True)


def _finite(x):
    if isinstance(x, dict):
        return all(_finite(v) for v in x.values())
    if isinstance(x, list):
        return all(_finite(v) for v in x)
    return not isinstance(x, float) or math.isfinite(x)


def test_sample_is_a_cooled_public_building_run_by_its_own_units(shenzhen):
    project, _ = shenzhen
    b = project.buildings[0]
    assert b.is_public and b.operation.cooled and b.operation.hvac_availability == "whenever_needed"
    kinds = {m.kind for m in project.measures}
    assert {"cooling_replacement", "external_shading", "cool_roof", "public_setpoint_control"} <= kinds


def test_sample_assesses_to_finite_numbers(shenzhen):
    _, a = shenzhen
    doc = to_json(a)
    assert _finite(doc)
    # cooling dominates: the cooling need is many times the heating need
    base = a.baseline.buildings[0]
    assert base.cooling_need.m > 20 * base.heating_need.m
    # every measure of the cooling-side package saves on its own, except
    # the 40 mm of wall insulation: alone it keeps the office's heat in and
    # raises the sensible cooling, in EnergyPlus (+0.44 %) as in the engine
    # (+0.38 %), so its saving is about nil (docs/validation.md)
    assert all(m.saving_rate_alone.m > 0 for m in a.measures if m.kind != "wall_insulation")
    wall = next(m for m in a.measures if m.kind == "wall_insulation")
    assert abs(wall.saving_rate_alone.m) < 1.0
    assert a.target.target_rate.m == pytest.approx(20.0)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_sample_report(shenzhen, language, tmp_path):
    project, a = shenzhen
    _, text = check_report(project, a, language, tmp_path / "report.pdf")
    assert ("按需运行" if language == "zh" else "whenever needed") in text
    # the shading measure's facades and the blinds' threshold are printed
    flat = " ".join(text.split())
    if language == "zh":
        assert "北向外窗设 置 是" in flat or "北向外窗设置 是" in flat
        assert "活动外遮阳启用辐照度 300 W/m²" in flat
    else:
        assert "On the north windows yes" in flat
        assert "deployed above 300 W/m²" in flat
