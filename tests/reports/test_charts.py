"""Chart builders: one Drawing for PDF and GUI, in both languages."""

import pytest
from reportlab.graphics import renderPDF, renderSVG
from reportlab.graphics.shapes import Drawing, Rect

from reports import charts

from .fixtures import fixture_assessment


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("name", sorted(charts.ALL))
def test_every_chart_renders_to_pdf_and_svg(sample, name, language):
    d = charts.ALL[name](fixture_assessment(sample), language)
    assert isinstance(d, Drawing) and d.width == charts.WIDTH
    svg = renderSVG.drawToString(d)
    assert "<svg" in svg
    assert renderPDF.drawToString(d).startswith(b"%PDF")
    title = {"monthly_needs": "chart_monthly", "energy_by_carrier": "chart_carriers",
             "loss_breakdown": "chart_losses", "abatement_cost_curve": "chart_macc"}[name]
    from reports.strings import tr
    assert tr(title, language) in svg


def test_empty_data_gives_a_message_not_an_error(residential):
    a = fixture_assessment(residential, sparse=True)
    svg = renderSVG.drawToString(charts.abatement_cost_curve(a, "zh"))
    assert "本图无数据" in svg


def test_macc_orders_measures_by_cost_and_lists_those_left_out(residential):
    a = fixture_assessment(residential)
    on, off = charts.macc_measures(a)
    costs = [m.abatement_cost.m for m in on]
    assert costs == sorted(costs) and len(on) == len(a.measures) - 1
    assert [m.kind for m in off] == ["metering_reform"]  # the fixture gives it no abatement cost
    svg = renderSVG.drawToString(charts.abatement_cost_curve(a, "en"))
    assert "Metering reform" in svg


def test_macc_bar_widths_follow_the_co2_saving(residential):
    a = fixture_assessment(residential)
    d = charts.abatement_cost_curve(a, "en")
    bars = [c for c in d.contents if isinstance(c, Rect) and c.fillColor is not None and c.width < charts.WIDTH - 80]
    on, _ = charts.macc_measures(a)
    savings = [m.co2_saving.m for m in on]
    widths = [b.width for b in bars[-len(on):]]
    assert widths[0] / widths[-1] == pytest.approx(savings[0] / savings[-1], rel=1e-6)
