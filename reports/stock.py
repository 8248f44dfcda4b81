"""The stock PDF: totals, the distribution of saving rates, pass shares,
results by city and by network, and the action plan's stock indicators,
from the summary a stock run wrote (calc.stock.summary). No numbers are
computed here; the report formats what the summary holds.

``build_stock_pdf(summary, path, language="zh", title="")`` writes it
atomically (like the project report).
"""

from __future__ import annotations

import datetime as _dt
import io
import os
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table

from calc.atomic import write_atomic
from calc.stock.indicators import missing_text

from .charts import HEIGHT, WIDTH, _empty, _frame, _legend, _style_axes
from .fonts import LATIN, font_for, markup
from .pdf import ReportError, _numbered_canvas
from .story import city_label
from .strings import check_language
from .styles import (
    ACCENT, FRAME_WIDTH, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MUTED, PAGE_SIZE, RULE, SERIES,
    styles, table_style,
)

# key -> (English, Chinese); the stock report's own labels
TEXT = {
    "title": ("Building stock assessment", "建筑群节能改造评估"),
    "subtitle": ("Every building of the stock assessed with the same package against the 2024-2025 action plan",
                 "同一改造方案逐栋评估，对照《2024—2025年节能降碳行动方案》"),
    "stock": ("Stock", "建筑清单"), "date": ("Date", "日期"),
    "rows": ("Buildings listed / assessed / not assessed", "清单栋数 / 已评估 / 未评估"),
    "totals": ("Totals", "汇总"), "quantity": ("Quantity", "指标"), "before": ("Before", "改造前"),
    "after": ("After", "改造后"), "unit": ("Unit", "单位"),
    "floor_area": ("Floor area assessed", "已评估建筑面积"),
    "tce_psc": ("Standard coal, power-supply coal method", "标准煤（发电煤耗法）"),
    "tce_ev": ("Standard coal, calorific equal-value method", "标准煤（当量值法）"),
    "tco2": ("Operational CO2", "运行二氧化碳排放"),
    "saving_tce": ("Stock saving rate (standard coal, project basis)", "整体节能率（标准煤）"),
    "saving_co2": ("Stock CO2 reduction", "整体碳减排率"),
    "pass_projects": ("Projects reaching their target", "达到目标的项目"),
    "pass_area": ("Floor area of projects reaching their target", "达标项目建筑面积占比"),
    "pass_ev": ("Projects reaching their target, equal-value method (当量值)", "达到目标的项目（当量值法）"),
    "pass_psc": ("Projects reaching their target, power-supply coal method (等价值)", "达到目标的项目（等价值法）"),
    "benchmark": ("GB/T 51161-2016 energy benchmark (buildings before the package)",
                  "GB/T 51161-2016 建筑能耗指标对照（改造前，按栋）"),
    "verdict": ("Baseline against the benchmark", "改造前能耗与指标对比"), "share": ("Share", "占比"),
    "bm_at_or_below_guide": ("at or below the guide value", "不高于引导值"),
    "bm_above_guide": ("above the guide value, within the constraint value", "高于引导值、不高于约束值"),
    "bm_above_constraint": ("above the constraint value", "高于约束值"),
    "bm_n/a": ("no benchmark applies", "无适用指标"),
    "bm_reasons": ("Why no benchmark applies (buildings): {reasons}.", "不作对比的原因（栋数）：{reasons}。"),
    "investment": ("Investment (net of subsidies)", "投资（扣除补贴）"),
    "per_tce": ("Investment per tce saved a year", "每年节约1吨标准煤的投资"),
    "per_tco2": ("Investment per tCO2 avoided a year", "每年减排1吨二氧化碳的投资"),
    "per_m2": ("Investment per m²", "单位面积投资"),
    "cost_saving": ("Annual energy cost saving", "年节约能源费用"),
    "distribution": ("Distribution of saving rates", "节能率分布"),
    "dist_chart": ("Projects by package saving rate (target basis)", "按节能率统计的项目数"),
    "dist_note": ("Targets: residential 30 %, public 20 %. P10 {p10}, median {p50}, P90 {p90}.",
                  "目标：居住建筑 30%，公共建筑 20%。P10 {p10}，中位数 {p50}，P90 {p90}。"),
    "dist_na": ("{n} project(s) have no applicable saving rate on their basis (nothing to save from) and are not counted.",
                "{n} 个项目在其计算基准上无适用的节能率（改造前为零），未计入。"),
    "by_city": ("Results by city", "分城市结果"), "by_network": ("Results by heating network", "分热网结果"),
    "city_chart": ("Standard coal before and after, by city [tce/a]", "分城市改造前后标准煤 [tce/a]"),
    "network_chart": ("Standard coal before and after, by network [tce/a]", "分热网改造前后标准煤 [tce/a]"),
    "name": ("Name", "名称"), "buildings": ("Buildings", "栋数"), "area": ("Area [m²]", "面积 [m²]"),
    "saving": ("Saving", "节能率"), "pass": ("Pass (area)", "达标（面积）"),
    "indicators": ("Action plan stock indicators", "行动方案存量指标"),
    "indicator": ("Indicator", "指标"), "result": ("Result", "结果"), "plan": ("Plan", "方案要求"),
    "not_computable": ("not computable: needs {missing}", "无法计算：缺少 {missing}"),
    "ind_area": ("Renovated floor area", "改造建筑面积"),
    "ind_area_v": ("{area} m² renovated, {passed} m² reaching the target", "改造 {area} m²，其中达标 {passed} m²"),
    "ind_area_p": ("200 million m² nationwide by 2025", "2025年底全国改造2亿m²以上"),
    "ind_net": ("Heat loss of network {name}", "热网 {name} 管网热损失"),
    "ind_net_v": ("{base} → {pkg} of heat sent; vs 2020 ({y2020}): {change}",
                  "占供热量 {base} → {pkg}；比2020年（{y2020}）{change}"),
    "ind_net_p": ("about −2 pp vs 2020", "比2020年降低约2个百分点"),
    "ind_pub_e": ("Public institutions: energy per m² vs 2020", "公共机构单位建筑面积能耗（比2020年）"),
    "ind_pub_c": ("Public institutions: CO2 per m² vs 2020", "公共机构单位建筑面积碳排放（比2020年）"),
    "ind_pub_p": ("Public institutions: energy per person vs 2020", "公共机构人均综合能耗（比2020年）"),
    "ind_pub_v": ("now {now}, after the package {after}", "现状 {now}，改造后 {after}"),
    "ind_coal": ("Coal share of public institutions' energy", "公共机构煤炭消费占比"),
    "ind_coal_p": ("below 13 %", "降至13%以下"),
    "coal_note": ("direct coal only; district heat is not traced back to the coal burnt for it",
                  "仅计直接燃煤；集中供热未追溯到其热源的燃煤"),
    "ind_ren": ("Renewable replacement rate", "可再生能源替代率"),
    "ind_ren_p": ("8 % in urban buildings", "城镇建筑达到8%"),
    "before_after": ("{base} → {pkg}", "{base} → {pkg}"),
    "errors": ("Rows not assessed", "未评估的行"),
    "errors_v": ("{n} row(s) could not become a valid project; each is listed with its row, column and reason "
                 "in errors.csv beside this report.",
                 "{n} 行无法生成有效项目；行号、列名和原因见本报告旁的 errors.csv。"),
    "method": ("Method", "方法"),
    "method_v": ("Each row became a complete project through the archetype tables (city, use, era; the "
                 "defaulted fields are listed in its project file) and was assessed like a single project. "
                 "Standard coal, CO2, investment and verdicts are summed once per project: buildings on one "
                 "named network form one project. Standard coal per GB/T 2589-2020 under both electricity "
                 "methods.",
                 "每一行按原型数据（城市、用途、建造年代）生成完整项目（默认值列于其项目文件），与单个项目相同方法评估。"
                 "标准煤、二氧化碳、投资及结论按项目汇总：同一热网的建筑为一个项目。标准煤按GB/T 2589-2020，电力两种折算方法。"),
    "page_body": ("Building stock assessment", "建筑群节能改造评估"),
}


def t(key, language, **kw):
    en, zh = TEXT[key]
    text = zh if language == "zh" else en
    return text.format(**kw) if kw else text


def _n(x, decimals=0, suffix=""):
    if x is None:
        return "—"
    return f"{x:,.{decimals}f}{suffix}"


def _pct(x):
    return _n(x, 1, " %")


class _Stock:
    def __init__(self, summary, language, title):
        self.s, self.lang, self.title = summary, check_language(language), title
        self.st = styles(self.lang)

    def p(self, text, style="body"):
        return Paragraph(markup(text, self.lang), self.st[style])

    def table(self, rows, widths, right_from=1):
        cells = [[self.p(c, ("cell_head_r" if i >= right_from else "cell_head") if r == 0 else
                     ("cell_r" if i >= right_from else "cell")) for i, c in enumerate(row)]
                 for r, row in enumerate(rows)]
        total = sum(widths)
        tbl = Table(cells, colWidths=[w * FRAME_WIDTH / total for w in widths], repeatRows=1, hAlign="LEFT")
        tbl.setStyle(table_style())
        return tbl

    def story(self):
        s, L = self.s, self.lang
        out = [self.p(t("title", L), "title"), self.p(t("subtitle", L), "subtitle")]
        out.append(self.table([[t("quantity", L), ""], [t("stock", L), self.title],
                               [t("date", L), _dt.date.today().isoformat()],
                               [t("rows", L), f"{s['rows_total']} / {s['rows_assessed']} / {s['rows_failed']}"]],
                              [2, 2], right_from=9))
        out += [Spacer(1, 8), self.p(t("totals", L), "h1"), self._totals()]
        out += [Spacer(1, 6), self.p(t("distribution", L), "h1"), self._distribution(), self._distribution_note()]
        out += [self.p(t("by_city", L), "h1"), self._groups_chart(s["by_city"], "city_chart", city=True),
                self._groups_table(s["by_city"], city=True)]
        if s["by_network"]:
            out += [self.p(t("by_network", L), "h1"), self._groups_chart(s["by_network"], "network_chart"),
                    self._groups_table(s["by_network"])]
        if s.get("gbt51161_benchmark"):
            out += [self.p(t("benchmark", L), "h1"), *self._benchmark()]
        out += [self.p(t("indicators", L), "h1"), self._indicators()]
        if s["rows_failed"]:
            out += [self.p(t("errors", L), "h2"), self.p(t("errors_v", L, n=s["rows_failed"]))]
        out += [self.p(t("method", L), "h2"), self.p(t("method_v", L), "small")]
        return out

    def _totals(self):
        L, g = self.lang, self.s["totals"]
        rows = [[t("quantity", L), t("before", L), t("after", L), t("unit", L)],
                [t("floor_area", L), _n(g["floor_area_m2"]), "", "m²"],
                [t("tce_psc", L), _n(g["baseline_tce_power_supply_coal"], 1), _n(g["package_tce_power_supply_coal"], 1), "tce/a"],
                [t("tce_ev", L), _n(g["baseline_tce_equal_value"], 1), _n(g["package_tce_equal_value"], 1), "tce/a"],
                [t("tco2", L), _n(g["baseline_tco2"], 1), _n(g["package_tco2"], 1), "t/a"],
                [t("saving_tce", L), "", _pct(g["saving_rate_tce_pct"]), ""],
                [t("saving_co2", L), "", _pct(g["saving_rate_tco2_pct"]), ""],
                [t("pass_projects", L), "", f"{g['passed_projects']} / {g['projects']} ({_pct(g['pass_share_projects_pct'])})", ""],
                [t("pass_area", L), "", _pct(g["pass_share_area_pct"]), ""],
                *[[t(key, L), "", self._passed(g, method), ""]
                  for key, method in (("pass_ev", "equal_value"), ("pass_psc", "power_supply_coal"))],
                [t("investment", L), "", _n(g["investment_cny"] - g["subsidy_cny"]), "CNY"],
                [t("cost_saving", L), "", _n(g["annual_cost_saving_cny_per_a"]), "CNY/a"],
                [t("per_tce", L), "", _n(g["investment_per_tce_saved_cny_per_tce_a"]), "CNY/(tce/a)"],
                [t("per_tco2", L), "", _n(g["investment_per_tco2_saved_cny_per_tco2_a"]), "CNY/(t/a)"],
                [t("per_m2", L), "", _n(g["investment_per_m2_cny_per_m2"]), "CNY/m²"]]
        return self.table(rows, [3.2, 1.2, 1.6, 1.0])

    def _passed(self, g, method):
        """Projects passing under one electricity method, of all projects."""
        n = self.s.get("passed_projects_by_electricity_method", {}).get(method)
        if n is None:
            return "—"
        share = 100.0 * n / g["projects"] if g["projects"] else None
        return f"{n} / {g['projects']} ({_pct(share)})"

    def _benchmark(self):
        """Buildings by their GB/T 51161 verdict, and why none applies where
        it does not."""
        L, bm = self.lang, self.s["gbt51161_benchmark"]
        counts = bm["buildings_by_verdict"]
        total = sum(counts.values())
        rows = [[t("verdict", L), t("buildings", L), t("share", L)]]
        order = ("at_or_below_guide", "above_guide", "above_constraint", "n/a")
        for v in order + tuple(k for k in counts if k not in order):
            n = counts.get(v, 0)
            label = t(f"bm_{v}", L) if f"bm_{v}" in TEXT else v
            rows.append([label, str(n), _pct(100.0 * n / total) if total else "—"])
        out = [self.table(rows, [3.4, 1.0, 1.0])]
        # summaries written before the Chinese reasons were kept have only the English ones
        reasons = (bm.get("not_applicable_reasons_zh") if L == "zh" else None) or bm.get("not_applicable_reasons") or {}
        if reasons:
            sep = "；" if L == "zh" else "; "
            text = sep.join(f"{r}（{n}）" if L == "zh" else f"{r} ({n})" for r, n in list(reasons.items())[:8])
            out.append(self.p(t("bm_reasons", L, reasons=text), "caption"))
        return out

    def _distribution(self):
        L, dist = self.lang, self.s["saving_rate_distribution"]
        d = _frame(t("dist_chart", L), L)
        if not any(dist["projects"]):
            return _empty(d, L)
        edges = dist["edges_pct"]
        cats = [f"{a}–{b}" for a, b in zip(edges[:-1], edges[1:])]
        c = VerticalBarChart()
        c.x, c.y, c.width, c.height = 40, 35, WIDTH - 60, HEIGHT - 70
        c.data = [dist["projects"]]
        c.bars[0].fillColor = SERIES["after"]
        c.bars[0].strokeColor = None
        _style_axes(c, L, cats, "")
        c.valueAxis.valueMin = 0
        c.valueAxis.valueStep = max(1, -(-max(dist["projects"]) // 5))
        c.valueAxis.labelTextFormat = lambda v: f"{v:.0f}"
        d.add(c)
        d.add(String(WIDTH / 2, 8, "%", fontName=LATIN, fontSize=7.5, fillColor=MUTED, textAnchor="middle"))
        return d

    def _distribution_note(self):
        dist = self.s["saving_rate_distribution"]
        text = t("dist_note", self.lang, p10=_pct(dist["p10_pct"]), p50=_pct(dist["p50_pct"]), p90=_pct(dist["p90_pct"]))
        if dist.get("not_applicable_projects"):
            text += " " + t("dist_na", self.lang, n=dist["not_applicable_projects"])
        return self.p(text, "caption")

    def _label(self, name, city):
        return city_label(name, self.lang) if city else name

    def _groups_chart(self, groups, title_key, city=False):
        L = self.lang
        d = Drawing(WIDTH, max(HEIGHT, 52 + 14 * len(groups)))
        d.add(String(0, d.height - 13, t(title_key, L), fontName=font_for(t(title_key, L), L), fontSize=10.5,
                     fillColor=ACCENT))
        names = list(groups)[:30]
        c = HorizontalBarChart()
        # the value axis's labels sit below the bars, the legend below them (as the project's charts)
        c.x, c.y, c.width, c.height = 90, 42, WIDTH - 110, d.height - 72
        # the first series is drawn lowest in each group: after below before
        c.data = [[groups[n]["package_tce"] for n in names][::-1], [groups[n]["baseline_tce"] for n in names][::-1]]
        c.bars[0].fillColor, c.bars[1].fillColor = SERIES["after"], SERIES["before"]
        c.bars.strokeColor = None
        labels = [self._label(n, city) for n in names][::-1]
        _style_axes(c, L, labels, "")
        d.add(c)
        _legend(d, [(SERIES["before"], t("before", L)), (SERIES["after"], t("after", L))], L, 90, 16, columns=4)
        return d

    def _groups_table(self, groups, city=False):
        L = self.lang
        rows = [[t("name", L), t("buildings", L), t("area", L), "tce/a " + t("before", L),
                 "tce/a " + t("after", L), t("saving", L), t("pass", L)]]
        for name, g in groups.items():
            rows.append([self._label(name, city), str(g["buildings"]), _n(g["floor_area_m2"]),
                         _n(g["baseline_tce"], 1), _n(g["package_tce"], 1), _pct(g["saving_rate_tce_pct"]),
                         _pct(g["pass_share_area_pct"])])
        return self.table(rows, [2.2, 1, 1.4, 1.3, 1.3, 1.1, 1.2])

    def _indicators(self):
        L, ind = self.lang, self.s["indicators"]
        rows = [[t("indicator", L), t("result", L), t("plan", L)]]

        def missing(entry):
            return t("not_computable", L, missing=missing_text(entry, L))

        a = ind["renovated_area"]
        rows.append([t("ind_area", L), t("ind_area_v", L, area=_n(a["renovated_area_m2"]),
                                         passed=_n(a["area_meeting_target_m2"])), t("ind_area_p", L)])
        net = ind["network_losses"]
        if not net["computable"]:
            rows.append([t("ind_net", L, name=""), missing(net), t("ind_net_p", L)])
        else:
            for name, e in net["networks"].items():
                if e["computable"]:
                    change = f"{e['change_vs_2020_pp']:+.1f} pp"
                    y2020 = _pct(e["loss_share_2020_pct"])
                else:
                    change, y2020 = missing(e), "—"
                rows.append([t("ind_net", L, name=name),
                             t("ind_net_v", L, base=_pct(e["baseline_loss_share_pct"]),
                               pkg=_pct(e["package_loss_share_pct"]), y2020=y2020, change=change), t("ind_net_p", L)])
        pub = ind["public_institutions"]
        if not pub["computable"]:
            for key, plan in (("ind_pub_e", "−5 %"), ("ind_pub_c", "−7 %"), ("ind_pub_p", "−6 %")):
                rows.append([t(key, L), missing(pub), plan])
        else:
            rows.append([t("ind_pub_e", L), t("ind_pub_v", L, now=_signed(pub["energy_per_m2_change_current_pct"]),
                                              after=_signed(pub["energy_per_m2_change_after_package_pct"])), "−5 %"])
            rows.append([t("ind_pub_c", L), t("ind_pub_v", L, now=_signed(pub["co2_per_m2_change_current_pct"]),
                                              after=_signed(pub["co2_per_m2_change_after_package_pct"])), "−7 %"])
            per = pub["energy_per_person"]
            rows.append([t("ind_pub_p", L), missing(per) if not per["computable"] else
                         t("ind_pub_v", L, now=_signed(per["change_current_pct"]),
                           after=_signed(per["change_after_package_pct"])), "−6 %"])
        coal = ind["public_coal_share"]
        rows.append([t("ind_coal", L), missing(coal) if not coal["computable"] else
                     t("before_after", L, base=_pct(coal["baseline_pct"]), pkg=_pct(coal["package_pct"]))
                     + (f" ({t('coal_note', L)})" if coal.get("note") else ""), t("ind_coal_p", L)])
        ren = ind["renewable_replacement"]
        rows.append([t("ind_ren", L), missing(ren) if not ren["computable"] else
                     t("before_after", L, base=_pct(ren["baseline_pct"]), pkg=_pct(ren["package_pct"])),
                     t("ind_ren_p", L)])
        return self.table(rows, [2.2, 3.4, 1.6], right_from=9)


def _signed(x):
    return "—" if x is None else f"{x:+.1f} %"


class _Doc(BaseDocTemplate):
    def __init__(self, target, language, stock_title, **kw):
        super().__init__(target, pagesize=PAGE_SIZE, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, **kw)
        self.language, self.stock_title = language, stock_title
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="body", frames=[frame], onPage=self._page)])

    def _page(self, canvas, doc):
        canvas._furniture = True
        canvas.saveState()
        top = PAGE_SIZE[1] - MARGIN_TOP + 6 * 2.8346
        head = t("page_body", self.language)
        canvas.setFont(font_for(head, self.language), 8)
        canvas.setFillColor(ACCENT)
        canvas.drawString(MARGIN_LEFT, top, head)
        canvas.setFont(font_for(self.stock_title, self.language), 8)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(PAGE_SIZE[0] - MARGIN_RIGHT, top, self.stock_title)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_LEFT, top - 7, PAGE_SIZE[0] - MARGIN_RIGHT, top - 7)
        canvas.restoreState()


def render_stock(summary: dict, language: str = "zh", title: str = "") -> bytes:
    buf = io.BytesIO()
    doc = _Doc(buf, check_language(language), title, title=f"{t('title', language)} - {title}",
               creator="retrofit-calculator")
    doc.build(_Stock(summary, language, title).story(), canvasmaker=_numbered_canvas(language))
    return buf.getvalue()


def build_stock_pdf(summary: dict, path, language: str = "zh", title: str = "") -> Path:
    """Write the stock report of ``summary`` (calc.stock.summary) to
    ``path``; ReportError when the path cannot be written."""
    p = Path(path)
    if not p.parent.is_dir():
        raise ReportError(p, f"the folder {p.parent} does not exist")
    if not os.access(p.parent, os.W_OK):
        raise ReportError(p, f"no permission to write in {p.parent}")
    data = render_stock(summary, language, title)
    try:
        write_atomic(p, data)
    except OSError as e:
        raise ReportError(p, e.strerror or str(e)) from None
    return p
