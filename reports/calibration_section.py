"""Report section: the GB/T 51161-2016 benchmark of the baseline and the
record of a calibration to meter data (from the project's notes).

Only displays what calc produced (``assessment.benchmark``, the note written
by calc.calibration.fit.provenance_note)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak

from .strings import TEXT, choice_label, tr

TEXT.update({
    "meters_section": ("Meter data and consumption benchmark", "计量数据与能耗标准对标"),
    "benchmark_head": ("GB/T 51161-2016 benchmark of the baseline", "基准状态对照《民用建筑能耗标准》GB/T 51161-2016"),
    "benchmark_intro": ("GB/T 51161-2016 sets for the energy a building uses in a year a constraint value, not to "
                        "be exceeded, and a guide value that good practice reaches. The program compares the "
                        "modelled baseline; after a calibration to meter data the model stands for the metered "
                        "building.",
                        "GB/T 51161-2016 对建筑年实际用能规定了约束值（不应超过）和引导值（良好实践可达到）。本程序以"
                        "模型计算的基准状态对标；经计量数据校准后，模型即代表实测建筑。"),
    "bm_indicator": ("Indicator", "指标"),
    "bm_non_heating": ("Non-heating energy per floor area", "单位建筑面积非供暖能耗"),
    "bm_class": ("Building class", "建筑分类"),
    "bm_class_A": ("A (openable windows, room units)", "A 类（可开窗，分散空调）"),
    "bm_class_B": ("B (sealed, central air conditioning)", "B 类（密闭，集中空调）"),
    "bm_value": ("Baseline (modelled)", "基准状态（计算值）"),
    "bm_constraint": ("Constraint value", "约束值"),
    "bm_guide": ("Guide value", "引导值"),
    "bm_verdict": ("Result", "结论"),
    "bm_at_or_below_guide": ("at or below the guide value", "不高于引导值"),
    "bm_above_guide": ("above the guide value, within the constraint value", "高于引导值，未超过约束值"),
    "bm_above_constraint": ("ABOVE the constraint value", "超过约束值"),
    "bm_source": ("Values: {table}; {source}.", "取值：{table}；{source}。"),
    "bm_not_applicable": ("Not applicable: {reason}.", "不适用：{reason}。"),
    "calibration_head": ("Calibration to meter data", "计量数据校准"),
    # the reader is the client: what can be done, in words (the commands are in docs/calibration.md)
    "calibration_none": ("The model has not been calibrated to meter data. Metered consumption (monthly bills "
                         "or meter readings) can calibrate it on the program's \"Meters and savings\" page.",
                         "模型尚未用计量数据校准。可在本程序“计量与节能量”页导入计量能耗（月度账单或表计读数）进行校准。"),
    "savings_head": ("Measured savings after the works", "改造后实测节能量"),
    "savings_none": ("No measured saving is recorded. After the works, the saving can be verified on the "
                     "program's \"Meters and savings\" page from meter readings before and after and the daily "
                     "outdoor temperatures (IPMVP Option C).",
                     "尚未记录实测节能量。改造完成后，可在本程序“计量与节能量”页根据改造前后的计量读数和逐日室外温度"
                     "核定节能量（IPMVP 选项 C）。"),
    "savings_record": ("The project records this measured saving (IPMVP Option C / GB/T 28750-2012, adjusted "
                       "to the reporting period's weather; uncertainty after ASHRAE Guideline 14):",
                       "项目记录的实测节能量如下（IPMVP 选项 C / GB/T 28750-2012，按报告期气象调整；不确定度按 "
                       "ASHRAE 第 14 号指南）："),
    "chart_readings": ("Metered and modelled readings: {carrier}", "计量读数与模型计算值：{carrier}"),
    "reading_measured": ("metered", "计量值"),
    "reading_before": ("model as entered", "校准前模型"),
    "reading_after": ("calibrated model", "校准后模型"),
    "calibration_record": ("The project records this calibration (ASHRAE Guideline 14 figures before and after):",
                           "项目记录的校准如下（ASHRAE 第 14 号指南的指标，校准前后）："),
})


# The benchmark rows' citations (datasets/tables/gbt51161_benchmarks.csv,
# standard_table and source) as a Chinese reader is given them; a row not
# listed here is cited as the table has it.
BENCHMARK_CITATIONS_ZH = {
    "GB/T 51161-2016 Table 6.2.1 (office buildings; commercial office row)": (
        "GB/T 51161-2016 表 6.2.1（办公建筑；商业办公建筑行）",
        "数值转引自 Liu、Ren 2018 年发表于《Energy, Sustainability and Society》第 8 卷的论文表 7"
        "（二次文献，未能核对标准原文）"),
}


def benchmark_citation(b, language: str) -> tuple[str, str]:
    """(table, source) of a benchmark row in ``language``."""
    if language == "zh" and b.standard_table in BENCHMARK_CITATIONS_ZH:
        return BENCHMARK_CITATIONS_ZH[b.standard_table]
    return b.standard_table, b.source


# how the program starts its records in a project's notes, in each language
# (calc.calibration.fit.provenance_note / savings.savings_note, message
# catalogue datasets/i18n/messages_zh.csv)
CALIBRATION_PREFIXES = ("Calibrated ", "校准记录 ")
SAVINGS_PREFIXES = ("Measured savings ", "实测节能量记录 ")


def calibration_lines(notes: str, prefix: tuple[str, ...] | str = CALIBRATION_PREFIXES) -> list:
    """The records in a project's notes that start with one of ``prefix``
    (one per calibration, or :data:`SAVINGS_PREFIXES` per verified saving),
    written in either language."""
    return [line.strip() for line in notes.splitlines() if line.strip().startswith(prefix)]


def meters_section(r) -> list:
    """Flowables of the section (``r`` is the report's helper object)."""
    out = [CondPageBreak(70 * mm), r.h1("meters_section"), r.h2("benchmark_head")]
    b = getattr(r.a, "benchmark", None)
    if b is None or not b.applicable:
        reason = b.reason.get(r.lang, b.reason["en"]) if b is not None else "—"
        out.append(r.p(r.t("bm_not_applicable", reason=reason)))
    else:
        out.append(r.p(r.t("benchmark_intro")))
        unit = "kWh/m**2"
        out.append(r.kv([
            (r.t("bm_indicator"), r.t("bm_non_heating")),
            (r.t("bm_class"), r.t(f"bm_class_{b.building_class}")),
            (r.t("bm_value"), r.q(b.value, unit)),
            (r.t("bm_constraint"), r.q(b.constraint, unit)),
            (r.t("bm_guide"), r.q(b.guide, unit)),
            (r.t("bm_verdict"), r.t(f"bm_{b.verdict}")),
        ], widths=(1.2, 2)))
        table, source = benchmark_citation(b, r.lang)
        out.append(r.p(r.t("bm_source", table=table, source=source), "small"))
    out.append(r.h2("calibration_head"))
    records = calibration_lines(r.project.meta.notes)
    if not records:
        out.append(r.p(r.t("calibration_none")))
    else:
        out.append(r.p(r.t("calibration_record")))
        out += [r.p(f"• {line}", "small") for line in records]
    out.append(r.h2("savings_head"))
    savings = calibration_lines(r.project.meta.notes, SAVINGS_PREFIXES)
    if not savings:
        out.append(r.p(r.t("savings_none")))
    else:
        out.append(r.p(r.t("savings_record")))
        out += [r.p(f"• {line}", "small") for line in savings]
    return out


def readings_chart(cal, carrier: str, language: str):
    """Bar chart of one carrier's readings: metered, modelled as entered and
    calibrated [MWh] (calc.calibration.fit.Calibration)."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import String
    from reportlab.lib import colors

    from .charts import HEIGHT, WIDTH, _empty, _frame, _legend, _style_axes
    from .fonts import LATIN
    from .styles import ACCENT, MUTED

    title = tr("chart_readings", language, carrier=choice_label("carrier", carrier, language))
    d = _frame(title, language)
    rows = [(r, m, b, a) for r, m, b, a in zip(cal.readings, cal.measured_kwh, cal.modelled_before_kwh,
                                                 cal.modelled_after_kwh) if r.carrier == carrier]
    if not rows:
        return _empty(d, language)
    series = [("reading_measured", colors.HexColor("#333333"), [m for _, m, _, _ in rows]),
              ("reading_before", colors.HexColor("#9aa5b1"), [b for _, _, b, _ in rows]),
              ("reading_after", ACCENT, [a for _, _, _, a in rows])]
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 42, 42, WIDTH - 52, HEIGHT - 80
    chart.data = [[v / 1000.0 for v in values] for _, _, values in series]
    chart.barSpacing = 0.5
    chart.groupSpacing = 4
    for i, (_, colour, _) in enumerate(series):
        chart.bars[i].fillColor = colour
        chart.bars[i].strokeColor = None
    _style_axes(chart, language, [f"{r.start:%y-%m}" for r, *_ in rows], "MWh")
    d.add(chart)
    d.add(String(4, HEIGHT - 30, "MWh", fontName=LATIN, fontSize=7.5, fillColor=MUTED))
    _legend(d, [(colour, tr(key, language)) for key, colour, _ in series], language, 42, 16, columns=3)
    return d
