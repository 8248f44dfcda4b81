"""The stock PDF: pages render, the totals and indicators are printed as
the summary holds them, in both languages."""

import json

import pytest
from pypdf import PdfReader

from calc.stock import portfolio
from reports import ReportError
from reports.stock import build_stock_pdf
from tests.calc.stock.factory import stock_rows, write_stock


@pytest.fixture(scope="module")
def summary(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("stockpdf")
    stock = write_stock(tmp / "s.csv", stock_rows(4))
    package = tmp / "p.json"
    package.write_text(json.dumps([{"kind": "wall_insulation"}]), encoding="utf-8")
    return portfolio(stock, package, tmp / "out", workers=1).summary


@pytest.mark.parametrize("language", ["en", "zh"])
def test_stock_pdf_prints_the_summary(tmp_path, summary, language):
    path = build_stock_pdf(summary, tmp_path / "stock.pdf", language=language, title="test stock")
    reader = PdfReader(path)
    text = "".join(page.extract_text() for page in reader.pages)
    t = summary["totals"]
    assert f"{t['floor_area_m2']:,.0f}" in text
    assert f"{t['baseline_tce_power_supply_coal']:,.1f}" in text
    assert f"{t['saving_rate_tce_pct']:,.1f} %" in text
    assert ("Action plan stock indicators" if language == "en" else "行动方案存量指标") in text
    # projects passing under each electricity method, of all projects
    for method, n in summary["passed_projects_by_electricity_method"].items():
        share = 100.0 * n / t["projects"]
        assert f"{n} / {t['projects']} ({share:,.1f} %)" in text, method
    assert ("当量值" in text) and ("等价值" in text)
    # the GB/T 51161 tally: every building counted once
    counts = summary["gbt51161_benchmark"]["buildings_by_verdict"]
    assert sum(counts.values()) == summary["rows_assessed"]
    assert ("GB/T 51161-2016 energy benchmark" if language == "en" else "GB/T 51161-2016 建筑能耗指标对照") in text
    cells = text.split()
    n_a = counts.get("n/a", 0)
    assert [str(n_a), f"{100.0 * n_a / summary['rows_assessed']:,.1f}", "%"] in \
        [cells[i:i + 3] for i in range(len(cells) - 2)]
    # why no benchmark applies, in the report's language
    key = "not_applicable_reasons_zh" if language == "zh" else "not_applicable_reasons"
    reasons = summary["gbt51161_benchmark"][key]
    assert n_a and sum(reasons.values()) == n_a
    first = next(iter(reasons))
    assert first[:12] in text.replace("\n", "")
    if language == "zh":
        assert any("\u4e00" <= ch <= "\u9fff" for ch in first)


def test_missing_folder_is_a_report_error(tmp_path, summary):
    with pytest.raises(ReportError, match="does not exist"):
        build_stock_pdf(summary, tmp_path / "nowhere" / "stock.pdf")


@pytest.mark.parametrize("language", ["en", "zh"])
def test_group_chart_legend_below_the_value_axis_labels(summary, language):
    # the value axis's numbers hang below the bars (reportlab's XValueAxis:
    # labels anchored at their top, dy below the axis); the legend, anchored
    # at its top-left, starts below them
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.charts.legends import Legend

    from reports.stock import _Stock

    groups = {"N1": {"package_tce": 10.0, "baseline_tce": 20.0}, "N2": {"package_tce": 5.0, "baseline_tce": 8.0}}
    d = _Stock(summary, language, "t")._groups_chart(groups, "network_chart")
    chart = next(x for x in d.contents if isinstance(x, HorizontalBarChart))
    legend = next(x for x in d.contents if isinstance(x, Legend))
    labels = chart.valueAxis.labels
    labels_bottom = chart.y + labels.dy - labels.fontSize
    assert legend.boxAnchor == "nw" and legend.y < labels_bottom
