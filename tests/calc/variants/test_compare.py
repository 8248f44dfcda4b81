"""Variants side by side: the model field, its validation, and the
comparison against independent assessments."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from calc import projectfile
from calc.model import Measure, Variant
from calc.schema import ValidationError, set_path
from calc.units import Q_
from calc.variants import PACKAGE_NAME, compare

EXAMPLES = Path(__file__).resolve().parents[3] / "datasets" / "examples"
RESIDENTIAL = EXAMPLES / "residential_beijing_1980s.json"
OFFICE = EXAMPLES / "office_shanghai_1990s.json"


def _fake(saving, investment, payback, co2_base, co2_pkg, passed):
    return SimpleNamespace(
        target=SimpleNamespace(saving_rate=Q_(saving, "percent"), target_rate=Q_(30.0, "percent"),
                               margin=Q_(saving - 30.0, "pp"), passed=passed, basis="total_tce"),
        economics=SimpleNamespace(investment=Q_(investment, "CNY"), simple_payback=payback, npv=Q_(1.0, "CNY"),
                                  annual_cost_saving=Q_(10.0, "CNY/a")),
        baseline=SimpleNamespace(total_co2=Q_(co2_base, "t")), package=SimpleNamespace(total_co2=Q_(co2_pkg, "t")),
        measures=(),
    )


def test_rows_carry_each_variants_figures_and_the_cheapest_pass():
    p = projectfile.load(RESIDENTIAL)
    wall = p.measures[0]
    p = set_path(p, "variants", (Variant(name="walls only", measures=(wall,)), Variant(name="nothing", measures=())))
    by_count = {len(p.measures): _fake(34.0, 9.0e6, Q_(12.0, "a"), 1000.0, 700.0, True),
                1: _fake(31.0, 2.0e6, Q_(8.0, "a"), 1000.0, 800.0, True),
                0: _fake(0.0, 0.0, Q_(0.0, "a"), 1000.0, 1000.0, False)}
    seen = []

    def fake_assess(project, sensitivity=True):
        assert project.variants == () and sensitivity is False
        seen.append(project.measures)
        return by_count[len(project.measures)]

    c = compare(p, assess=fake_assess)
    assert [r.name for r in c.rows] == [PACKAGE_NAME, "walls only", "nothing"]
    assert seen[1] == (wall,) and seen[2] == ()
    pkg, walls, nothing = c.rows
    assert pkg.own_package and not walls.own_package
    assert walls.co2_saving == Q_(200.0, "t") and pkg.co2_saving == Q_(300.0, "t")
    assert nothing.simple_payback is None  # no investment: nothing to pay back
    assert c.best() is walls  # both pass; walls costs 2.0e6 against 9.0e6
    data = c.to_json()
    assert data["rows"][1]["saving_rate_pct"] == pytest.approx(31.0)
    assert data["rows"][1]["investment_cny"] == pytest.approx(2.0e6)
    assert data["rows"][1]["co2_saving_tco2"] == pytest.approx(200.0)


def test_a_one_measure_variant_matches_that_measure_alone():
    """Two independent paths through the engine: the measure 'alone' row of
    the package assessment, and a variant holding only that measure."""
    from calc.assess import assess

    p = projectfile.load(OFFICE)
    window = next(m for m in p.measures if m.kind == "window_replacement")
    p = set_path(p, "variants", (Variant(name="windows", measures=(window,)), Variant(name="none", measures=())))
    a = assess(p.replace(variants=()), sensitivity=False)
    c = compare(p, package_assessment=a)
    alone = next(m for m in a.measures if m.kind == "window_replacement")
    row = c.rows[1]
    assert row.saving_rate.to("percent").m == pytest.approx(alone.saving_rate_alone.to("percent").m, abs=1e-6)
    assert row.investment.to("CNY").m == pytest.approx(alone.investment.to("CNY").m, rel=1e-9)
    none = c.rows[2]
    assert none.saving_rate.to("percent").m == pytest.approx(0.0, abs=1e-9)
    assert none.investment.to("CNY").m == 0 and none.simple_payback is None
    assert none.co2_saving.to("t").m == pytest.approx(0.0, abs=1e-9)
    assert c.rows[0].saving_rate == a.target.saving_rate


def test_variant_measures_are_validated_like_the_package():
    p = projectfile.load(OFFICE)  # a gas boiler: no heating network
    with pytest.raises(ValidationError) as info:
        set_path(p, "variants", (Variant(name="balance", measures=(Measure(kind="hydraulic_balancing"),)),))
    assert [e.path for e in info.value.errors] == ["variants[0].measures[0].kind"]
    with pytest.raises(ValidationError) as info:
        set_path(p, "variants", (Variant(name="a", measures=()), Variant(name="A", measures=())))
    assert info.value.errors[0].path == "variants[1].name"
    with pytest.raises(ValidationError):
        set_path(p, "variants", (Variant(name="two walls", measures=(
            Measure(kind="wall_insulation"), Measure(kind="wall_insulation"))),))


def test_variants_survive_save_and_open(tmp_path):
    p = projectfile.load(RESIDENTIAL)
    p = set_path(p, "variants", (Variant(name="envelope", measures=p.measures[:3]),))
    path = tmp_path / "v.json"
    projectfile.save(p, path)
    q = projectfile.load(path)
    assert q.variants == p.variants
    assert projectfile.load(RESIDENTIAL).variants == ()


def test_a_target_check_that_does_not_apply_stays_unknown():
    p = projectfile.load(RESIDENTIAL)
    p = set_path(p, "variants", (Variant(name="nothing", measures=()),))
    fake = _fake(0.0, 0.0, None, 1000.0, 1000.0, None)
    c = compare(p, assess=lambda project, sensitivity=True: fake)
    assert c.rows[1].passed is None and c.best() is None
    assert c.to_json()["rows"][1]["passed"] is None
