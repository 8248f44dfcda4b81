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
    assert "Power-supply coal" in w.headline.text()
    if a.target.shortfall is not None:
        assert fmt.points(a.target.shortfall.missing) in w.shortfall.text()
