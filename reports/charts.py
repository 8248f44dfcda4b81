"""Charts of an assessment, drawn once for the PDF and the GUI.

Each builder is ``(assessment, language, ...) -> reportlab Drawing``: the PDF
places the Drawing as a vector flowable, the GUI renders the same Drawing to
SVG with ``reportlab.graphics.renderSVG``. Builders only plot numbers of the
Assessment (converted to display units); a chart without data says so.
"""

from __future__ import annotations

import math

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from . import fmt
from .fonts import LATIN, font_for
from .strings import choice_label, measure_name, tr
from .styles import ACCENT, FRAME_WIDTH, INK, MUTED, RULE, SERIES

WIDTH = FRAME_WIDTH
HEIGHT = 230
_PALETTE = ("#1d4e89", "#e07b39", "#3a9d5d", "#b83b5e", "#7b61a8", "#c9a227", "#2a9d8f", "#6c757d")


def _font(language: str, *texts: str) -> str:
    return font_for("".join(texts), language)


def _frame(title: str, language: str) -> Drawing:
    d = Drawing(WIDTH, HEIGHT)
    d.add(String(0, HEIGHT - 13, title, fontName=_font(language, title), fontSize=10.5, fillColor=ACCENT))
    return d


def _empty(d: Drawing, language: str, message: str | None = None) -> Drawing:
    text = message or tr("chart_empty", language)
    d.add(Rect(0, 20, WIDTH, HEIGHT - 50, strokeColor=RULE, fillColor=None, strokeWidth=0.5))
    d.add(String(WIDTH / 2, HEIGHT / 2 - 10, text, fontName=_font(language, text), fontSize=9,
                 fillColor=MUTED, textAnchor="middle"))
    return d


def _mwh(q) -> float:
    x = fmt.magnitude(q, "MWh")
    return 0.0 if x is None else x


def _legend(d: Drawing, pairs, language: str, x: float, y: float, columns: int = 4):
    lg = Legend()
    lg.x, lg.y = x, y
    lg.alignment = "right"
    lg.fontName = _font(language, *(name for _, name in pairs))
    lg.fontSize = 7.5
    lg.boxAnchor = "nw"
    lg.columnMaximum = max(1, -(-len(pairs) // columns))
    lg.deltax = WIDTH / columns
    lg.dxTextSpace = 4
    lg.dx = lg.dy = 7
    lg.deltay = 10
    lg.strokeWidth = 0
    lg.colorNamePairs = list(pairs)
    d.add(lg)


def _style_axes(chart, language: str, categories, value_label: str):
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.labels.fontName = _font(language, *categories)
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.strokeColor = INK
    chart.valueAxis.labels.fontName = LATIN
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.strokeColor = INK
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dde3ea")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.valueAxis.forceZero = True
    chart.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}" if abs(v) >= 10 else f"{v:g}"


def monthly_needs(assessment, language: str, building: int = 0) -> Drawing:
    """Monthly heating and cooling needs of one building before and after the
    package [MWh]."""
    base = assessment.baseline.buildings
    name = base[building].name if building < len(base) else ""
    title = tr("chart_monthly", language) + (f" - {name}" if len(base) > 1 else "")
    d = _frame(title, language)
    if building >= len(base):
        return _empty(d, language)
    after = assessment.package.buildings[building] if building < len(assessment.package.buildings) else base[building]
    series = [
        ("heating_before", base[building].monthly_heating), ("heating_after", after.monthly_heating),
        ("cooling_before", base[building].monthly_cooling), ("cooling_after", after.monthly_cooling),
    ]
    data = []
    for _, q in series:
        values = [] if q is None else list(q.to("MWh").magnitude)
        data.append([float(v) for v in values] if len(values) == 12 else [0.0] * 12)
    if not any(v for row in data for v in row):
        return _empty(d, language)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 42, 42, WIDTH - 52, HEIGHT - 80
    chart.data = data
    chart.barSpacing = 0.5
    chart.groupSpacing = 4
    for i, (key, _) in enumerate(series):
        chart.bars[i].fillColor = SERIES[key]
        chart.bars[i].strokeColor = None
    _style_axes(chart, language, tr("month_labels", language).split(), "MWh")
    d.add(chart)
    d.add(String(4, HEIGHT - 30, "MWh", fontName=LATIN, fontSize=7.5, fillColor=MUTED))
    _legend(d, [(SERIES[k], tr(k, language)) for k, _ in series], language, 42, 16)
    return d


def energy_by_carrier(assessment, language: str) -> Drawing:
    """Delivered energy by carrier before and after the package [MWh]."""
    d = _frame(tr("chart_carriers", language), language)
    before, after = assessment.baseline.delivered, assessment.package.delivered
    carriers = [c for c in list(before) + [c for c in after if c not in before]
                if _mwh(before.get(c)) or _mwh(after.get(c))]
    if not carriers:
        return _empty(d, language)
    names = [choice_label("carrier", c, language) for c in carriers]
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 52, 42, WIDTH - 62, HEIGHT - 80
    chart.data = [[_mwh(before.get(c)) for c in carriers], [_mwh(after.get(c)) for c in carriers]]
    chart.barSpacing = 2
    chart.groupSpacing = 18
    chart.bars[0].fillColor, chart.bars[1].fillColor = SERIES["before"], SERIES["after"]
    chart.bars[0].strokeColor = chart.bars[1].strokeColor = None
    _style_axes(chart, language, names, "MWh")
    d.add(chart)
    d.add(String(4, HEIGHT - 30, "MWh", fontName=LATIN, fontSize=7.5, fillColor=MUTED))
    _legend(d, [(SERIES["before"], tr("before", language)), (SERIES["after"], tr("after", language))],
            language, 52, 16)
    return d


def loss_breakdown(assessment, language: str, building: int = 0) -> Drawing:
    """Heat losses of one building in the heating season by component, before
    and after the package [MWh]."""
    base = assessment.baseline.buildings
    name = base[building].name if building < len(base) else ""
    title = tr("chart_losses", language) + (f" - {name}" if len(base) > 1 else "")
    d = _frame(title, language)
    if building >= len(base) or not base[building].losses:
        return _empty(d, language)
    after = assessment.package.buildings[building] if building < len(assessment.package.buildings) else base[building]
    comps = list(base[building].losses)
    names = [choice_label("component", c, language) for c in comps]
    chart = HorizontalBarChart()
    label_w = 95
    chart.x, chart.y, chart.width, chart.height = label_w, 42, WIDTH - label_w - 12, HEIGHT - 80
    # HorizontalBarChart draws the first category at the bottom: reverse so the list reads top-down.
    comps_r, names_r = comps[::-1], names[::-1]
    # ... and within a group the first series is the lowest bar: "after" first puts "before" on top.
    chart.data = [[_mwh(after.losses.get(c)) for c in comps_r],
                  [_mwh(base[building].losses.get(c)) for c in comps_r]]
    chart.barSpacing = 1
    chart.groupSpacing = 6
    chart.bars[0].fillColor, chart.bars[1].fillColor = SERIES["after"], SERIES["before"]
    chart.bars[0].strokeColor = chart.bars[1].strokeColor = None
    _style_axes(chart, language, names_r, "MWh")
    d.add(chart)
    d.add(String(WIDTH - 4, 16, "MWh", fontName=LATIN, fontSize=7.5, fillColor=MUTED, textAnchor="end"))
    _legend(d, [(SERIES["before"], tr("before", language)), (SERIES["after"], tr("after", language))],
            language, label_w, 16)
    return d


def macc_bar(m):
    """(abatement cost [CNY/t], CO2 saving [t/a]) of a measure's bar: its step
    in the package where the assessment gives it (the bars then add up to the
    package), else the measure alone."""
    if getattr(m, "sequential_co2_saving", None) is not None:
        return (fmt.magnitude(m.sequential_abatement_cost, "CNY/t"), fmt.magnitude(m.sequential_co2_saving, "t"))
    return fmt.magnitude(m.abatement_cost, "CNY/t"), fmt.magnitude(m.co2_saving, "t")


def macc_measures(assessment):
    """The measures on the abatement cost curve, cheapest first, and those
    left out (no CO2 saving or no abatement cost)."""
    on, off = [], []
    for m in assessment.measures:
        cost, saving = macc_bar(m)
        (on if cost is not None and saving is not None and saving > 0 else off).append(m)
    on.sort(key=lambda m: macc_bar(m)[0])
    return on, off


def abatement_cost_curve(assessment, language: str) -> Drawing:
    """Marginal abatement cost curve: each measure is a bar as wide as its
    annual CO2 saving [t/a] and as high as its abatement cost [CNY/t],
    cheapest first -- its step in the package when the assessment gives it
    (:func:`macc_bar`), so the curve's width is the package's saving."""
    d = _frame(tr("chart_macc", language), language)
    on, off = macc_measures(assessment)
    if not on:
        return _empty(d, language)
    widths = [macc_bar(m)[1] for m in on]
    costs = [macc_bar(m)[0] for m in on]
    total = sum(widths)  # axis extent only
    lo, hi = min(0.0, min(costs)), max(0.0, max(costs))
    if hi == lo:
        hi = lo + 1.0
    pad = (hi - lo) * 0.08
    lo, hi = (lo - pad if lo < 0 else lo), hi + pad
    x0, y0, w, h = 56, 62, WIDTH - 70, HEIGHT - 100

    def sx(v):
        return x0 + w * v / total

    def sy(v):
        return y0 + h * (v - lo) / (hi - lo)

    # grid and value axis
    step = _nice_step((hi - lo) / 5)
    tick = step * math.floor(lo / step)
    while tick <= hi:
        if tick >= lo:
            d.add(Line(x0, sy(tick), x0 + w, sy(tick), strokeColor=colors.HexColor("#dde3ea"), strokeWidth=0.4))
            d.add(String(x0 - 4, sy(tick) - 2.5, f"{tick:,.0f}", fontName=LATIN, fontSize=7.5, textAnchor="end"))
        tick += step
    x = 0.0
    pairs = []
    for i, (m, width, cost) in enumerate(zip(on, widths, costs)):
        colour = colors.HexColor(_PALETTE[i % len(_PALETTE)])
        d.add(Rect(sx(x), min(sy(0), sy(cost)), max(sx(x + width) - sx(x), 0.5), abs(sy(cost) - sy(0)),
                   fillColor=colour, strokeColor=colors.white, strokeWidth=0.6))
        label = str(i + 1)
        ly = sy(cost) + 3 if cost >= 0 else sy(cost) - 10
        d.add(String(sx(x + width / 2), ly, label, fontName=LATIN, fontSize=7.5, textAnchor="middle"))
        pairs.append((colour, f"{label} {measure_name(m, language)}"))
        x += width
    d.add(Line(x0, sy(0), x0 + w, sy(0), strokeColor=INK, strokeWidth=0.6))
    d.add(Line(x0, y0, x0, y0 + h, strokeColor=INK, strokeWidth=0.6))
    # category axis: cumulative saving
    for v in (0.0, total):
        d.add(String(sx(v), y0 - 10, fmt.number(v, 1), fontName=LATIN, fontSize=7.5, textAnchor="middle"))
    xl = tr("axis_macc_x", language)
    d.add(String(x0 + w / 2, y0 - 10, xl, fontName=_font(language, xl), fontSize=7.5, fillColor=MUTED,
                 textAnchor="middle"))
    yl = tr("axis_macc_y", language)
    d.add(String(4, HEIGHT - 30, yl, fontName=_font(language, yl), fontSize=7.5, fillColor=MUTED))
    _legend(d, pairs, language, x0, 36, columns=3)
    if off:
        note = tr("macc_excluded", language, names=", ".join(measure_name(m, language) for m in off))
        d.add(String(0, 2, note, fontName=_font(language, note), fontSize=7, fillColor=MUTED))
    return d


def _nice_step(raw: float) -> float:
    if raw <= 0:
        return 1.0
    mag = 10 ** int(f"{raw:e}".split("e")[1])
    for f in (1, 2, 2.5, 5, 10):
        if raw <= f * mag:
            return f * mag
    return 10 * mag


ALL = {
    "monthly_needs": monthly_needs,
    "energy_by_carrier": energy_by_carrier,
    "loss_breakdown": loss_breakdown,
    "abatement_cost_curve": abatement_cost_curve,
}
