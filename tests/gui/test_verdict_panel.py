"""The verdict panel shows the assessment's matrix, building verdicts,
shortfall and Monte Carlo."""

import dataclasses

import pytest


@pytest.fixture(scope="module")
def heat_pump_switch():
    from calc.assess import assess
    from calc.model import Measure
    from calc.projectfile import load
    from tests.conftest import RESIDENTIAL

    r = load(RESIDENTIAL)
    return assess(dataclasses.replace(r, measures=(Measure(kind="disconnection"),)), sensitivity=False, uncertainty=20)


def test_panel_follows_the_assessment(qtbot, heat_pump_switch):
    from gui import format as fmt
    from gui.pages.verdict_panel import VerdictPanel

    a = heat_pump_switch
    w = VerdictPanel()
    qtbot.addWidget(w)
    w.show_assessment(a)
    assert w.matrix.rowCount() == 4
    texts = [w.matrix.item(r, c).text() for r in range(4) for c in (1, 2)]
    for cell in a.target.matrix:
        assert any(t.startswith(fmt.percent(cell.saving_rate)) for t in texts)
    assert w.buildings.rowCount() == len(a.target.buildings)
    assert w.flip.isVisibleTo(w) is (not a.target.methods_agree)
    assert fmt.percent(a.uncertainty.saving_rate_p50) in w.spread.text()
    # the engine's own error is stated beside the band, with calc's figures
    from calc.uncertainty import ENGINE_DEPARTURES
    assert "Not in the band" in w.spread.text()
    assert all(f"RMS {d.rms:.1f} pp" in w.spread.text() for d in ENGINE_DEPARTURES)
    assert "Power-supply coal" in w.headline.text()
    if a.target.shortfall is not None:
        assert fmt.points(a.target.shortfall.missing) in w.shortfall.text()


def test_basis_line_says_what_a_mixed_project_is_judged_on(qtbot):
    from calc.assess import assess
    from calc.projectfile import load
    from gui import format as fmt
    from gui.pages.verdict_panel import basis_line
    from tests.conftest import RESIDENTIAL

    r = load(RESIDENTIAL)
    home = assess(r, sensitivity=False)
    assert "Residential building" in basis_line(home) and "mixed" not in basis_line(home)
    office = dataclasses.replace(r.buildings[0], name="Office", use="office")
    a = assess(dataclasses.replace(r, buildings=(r.buildings[0], office)), sensitivity=False)
    line = basis_line(a)
    assert a.target.project_type == "mixed"
    assert "mixed project" in line and "Residential building" not in line
    assert fmt.percent(a.target.target_rate, 1) in line


def test_heat_line_says_the_city_default_is_used(qtbot, heat_pump_switch):
    from calc.assess import assess
    from calc.projectfile import load
    from gui.pages.verdict_panel import VerdictPanel
    from tests.conftest import RESIDENTIAL

    a = assess(load(RESIDENTIAL), sensitivity=False)
    assert a.heat_source_default.heat_source == "gas_boiler"
    w = VerdictPanel()
    qtbot.addWidget(w)
    w.show_assessment(a)
    assert "not entered" in w.heat.text() and "province" in w.heat.text()



def test_calorific_method_is_not_called_by_the_other_methods_name(qtbot):
    # 等价热值 names the power-supply-coal method; the calorific one is 当量值
    from gui import i18n
    from gui.labels import option_label
    from reports.input_names import OPTIONS

    i18n.install("zh")
    try:
        label = option_label("equal_value")
    finally:
        i18n.install("en")
    assert label.startswith("当量值") and "等价" not in label
    assert "等价" not in OPTIONS["equal_value"][1]
