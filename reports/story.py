"""The content of the assessment report: ``build_story(project, assessment,
language) -> list of flowables``.

Pure: no file access, no page furniture (see :mod:`reports.pdf`), and no
arithmetic on results -- every number is a field of the Assessment, converted
to its display unit and formatted by :mod:`reports.fmt`. Inputs shown in the
building section and the appendix come from the project as entered.
"""

from __future__ import annotations

import pint
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak, KeepTogether, NextPageTemplate, PageBreak, Paragraph, Spacer, Table, TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents


from . import charts, contract, fmt
from .appendix import option_name
from .calibration_section import meters_section
from .cells import header_cell
from .fonts import markup
from .verdict import verdict_detail
from .strings import calc_text, check_language, choice_label, measure_name, tr, unit_label
from .styles import (
    ACCENT, FAIL, FAIL_BG, FRAME_WIDTH, PASS, PASS_BG, RULE, WARN_BG, styles, table_style,
)

W = FRAME_WIDTH
DEFAULT_MARK = "*"


def city_label(city: str, language: str) -> str:
    """The city's name in ``language`` (Chinese from the city table)."""
    if language != "zh":
        return city
    try:
        from calc.datasets.cities import city as city_row

        zh = city_row(city).get("city_zh")
    except Exception:  # an unknown city or no table: the key is still a name
        return city
    return zh if isinstance(zh, str) and zh.strip() else city


def zone_label(zone: str, language: str) -> str:
    """``"cold (2B)"`` -> ``"寒冷地区 (2B)"``: the GB 50176 zone key, then any sub-zone as given."""
    key, _, rest = str(zone).partition(" ")
    label = choice_label("climate_zone", key, language)
    return f"{label} {rest}".strip()


class _Report:
    """Helpers bound to one report (language, styles)."""

    def __init__(self, project, assessment, language):
        self.project = project
        self.a = assessment
        self.lang = check_language(language)
        self.st = styles(self.lang)

    # -- text -------------------------------------------------------------
    def t(self, key, **kw):
        return tr(key, self.lang, **kw)

    def p(self, text, style="body"):
        return Paragraph(markup(text, self.lang), self.st[style])

    def h1(self, key_or_text):
        return Paragraph(markup(self._label(key_or_text), self.lang), self.st["h1"])

    def h2(self, key_or_text):
        return Paragraph(markup(self._label(key_or_text), self.lang), self.st["h2"])

    def _label(self, key_or_text):
        try:
            return self.t(key_or_text)
        except KeyError:
            return key_or_text

    def q(self, q, unit, **kw):
        return fmt.quantity(q, unit, self.lang, **kw)

    def v(self, q, unit, **kw):
        return fmt.value(q, unit, self.lang, **kw)

    def u(self, unit):
        return unit_label(unit, self.lang)

    def c(self, kind, key):
        return choice_label(kind, key, self.lang)

    # -- tables -----------------------------------------------------------
    def table(self, rows, widths, *, header_rows=1, total_row=False, right_from=1, extra=(), zebra=True,
              path_col=None):
        """A data table from rows of text; columns from ``right_from`` are
        right-aligned numbers. The header repeats on every page."""
        total = sum(widths)
        widths = [w * W / total for w in widths]
        cells = []
        for r, row in enumerate(rows):
            out = []
            for ci, cell in enumerate(row):
                if not isinstance(cell, str):
                    out.append(cell)
                    continue
                head = r < header_rows
                right = right_from is not None and ci >= right_from
                if head:
                    style = "cell_head_r" if right else "cell_head"
                elif ci == path_col:
                    style = "cell_path"
                else:
                    style = "cell_r" if right else "cell"
                if head:
                    out.append(header_cell(cell, self._cell_style(style), widths[ci], self.lang))
                else:
                    out.append(Paragraph(markup(clipped(cell, self.lang), self.lang), self._cell_style(style)))
            cells.append(out)
        tbl = Table(cells, colWidths=widths, repeatRows=header_rows, hAlign="LEFT")
        style = table_style(header_rows=header_rows, total_row=total_row, zebra=zebra)
        for cmd in extra:
            style.add(*cmd)
        tbl.setStyle(style)
        return tbl

    def _cell_style(self, name):
        if name == "cell_path":
            from reportlab.lib.styles import ParagraphStyle

            base = self.st["cell"]
            return ParagraphStyle("cell_path", parent=base, wordWrap="CJK")
        return self.st[name]

    def kv(self, pairs, widths=(1, 2)):
        """A two-column label/value table without a header."""
        rows = [[k, v] for k, v in pairs]
        tbl = self.table(rows, list(widths), header_rows=0, right_from=None, zebra=True)
        tbl.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.6, ACCENT)]))
        return tbl

    def note_box(self, text, background=WARN_BG):
        tbl = Table([[self.p(text)]], colWidths=[W])
        tbl.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), background), ("BOX", (0, 0), (-1, -1), 0.5, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        return tbl

    def chart(self, drawing):
        return KeepTogether([Spacer(1, 4), drawing, Spacer(1, 6)])


# ---------------------------------------------------------------------------
# sections

def _cover(r: _Report):
    pj, a = r.project, r.a
    meta = pj.meta
    out = [Spacer(1, 30 * mm), r.p(r.t("report_title"), "title"), r.p(r.t("report_subtitle"), "subtitle"),
           r.p(clipped(meta.name, r.lang), "cover_project")]
    stated = lambda s: s if s.strip() else r.t("not_stated")  # noqa: E731
    out.append(r.kv([(r.t("client"), stated(meta.client)), (r.t("assessor"), stated(meta.assessor)),
                     (r.t("date"), stated(meta.date))]))
    out += [Spacer(1, 10 * mm), r.p(r.t("building_summary"), "h2_plain")]
    uses = ", ".join(dict.fromkeys(r.c("use", b.use) for b in pj.buildings))
    eras = ", ".join(dict.fromkeys(r.c("era", b.era) for b in pj.buildings))
    enabled = [m for m in pj.measures if m.enabled]
    rows = [
        (r.t("city"), f"{city_label(a.city, r.lang)} ({r.t('climate_zone')}: {zone_label(a.climate_zone, r.lang)})"),
        (r.t("buildings"), "; ".join(b.name for b in pj.buildings)),
        (r.t("use"), uses),
        (r.t("era"), eras),
        (r.t("total_floor_area"), r.q(a.floor_area, "m**2")),
        (r.t("heat_supply"), r.c("supply", pj.supply.kind)),
        (r.t("measures"), "; ".join(measure_name(m, r.lang) for m in a.measures) or r.t("not_available")),
    ]
    if len(enabled) != len(a.measures) and not a.measures:
        rows[-1] = (r.t("measures"), "; ".join(r.c("measure", m.kind) for m in enabled) or r.t("not_available"))
    out.append(r.kv(rows))
    if meta.notes.strip():
        out += [Spacer(1, 6 * mm), r.p(f"{r.t('notes')}: {meta.notes}", "small")]
    out += [NextPageTemplate("body"), PageBreak()]
    return out


def _contents(r: _Report):
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [r.st["toc1"], r.st["toc2"]]
    return [r.p(r.t("contents"), "h1_plain"), toc, PageBreak()]


def _verdict(r: _Report):
    tg = r.a.target
    target = r.q(tg.target_rate, "percent")
    passed = bool(tg.passed)
    head = r.t("verdict_na" if tg.passed is None else "verdict_pass" if passed else "verdict_fail", target=target)
    colour, bg = (PASS, PASS_BG) if passed else (FAIL, FAIL_BG)
    line = r.t("verdict_line", rate=r.q(tg.saving_rate, "percent"), basis=r.c("basis", tg.basis),
               method=r.c("electricity_method", tg.electricity_method or r.project.accounting.electricity_method),
               margin=r.q(tg.margin, "pp", signed=True))
    if r.lang == "zh" and tg.margin is not None:  # no rate, no margin: the line says not applicable
        line = margin_line_zh(r, tg)
    kind = r.t("residential" if tg.building_type == "residential" else "public")
    verdict_style = r.st["verdict"].clone("verdict_c", textColor=colour)
    box = Table([[Paragraph(markup(("✔  " if passed else "✘  ") + head, r.lang), verdict_style)],
                 [r.p(line, "verdict_line")],
                 [r.p(_robustness(r), "verdict_line")],
                 [r.p(_target_line(r, kind, target), "small")]], colWidths=[W])
    box.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg), ("BOX", (0, 0), (-1, -1), 1.2, colour),
        ("TEXTCOLOR", (0, 0), (-1, -1), colour),
        ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (0, 0), 8), ("BOTTOMPADDING", (0, -1), (-1, -1), 8)]))
    # three big figures
    big = [(r.q(tg.saving_rate, "percent"), r.t("saving_rate")), (target, r.t("target")),
           (r.q(tg.margin, "pp", signed=True), r.t("margin"))]
    margin_style = r.st["big_figure"].clone("big_margin", textColor=colour)
    figures = [r.p(v, "big_figure") for v, _ in big[:2]] + [Paragraph(markup(big[2][0], r.lang), margin_style)]
    figs = Table([figures, [r.p(k, "big_label") for _, k in big]],
                 colWidths=[W / 3] * 3)
    figs.setStyle(TableStyle([
        ("TEXTCOLOR", (2, 0), (2, 0), colour), ("LINEAFTER", (0, 0), (1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 6)]))
    return [box, Spacer(1, 4 * mm), figs, Spacer(1, 4 * mm)]


def _target_line(r: _Report, kind: str, target: str) -> str:
    mixed = len({b.building_type for b in getattr(r.a.target, "buildings", ())}) > 1
    return r.t("target_mixed", target=target) if mixed else r.t("target_for", kind=kind, target=target)


def _robustness(r: _Report) -> str:
    rows = r.a.sensitivity
    if not rows:
        return r.t("robust_unknown")
    fragile = [r.c("sensitivity", s.parameter) for s in rows if not s.verdict_robust]
    if not fragile:
        return r.t("robust_all", n=len(rows))
    return r.t("robust_not", names=", ".join(fragile))


def _summary(r: _Report):
    a = r.a
    out = [r.h1("summary")]
    out += _verdict(r)
    out += verdict_detail(r)
    b, pk, e = a.baseline, a.package, a.economics
    out.append(r.h2("key_figures"))
    rows = [[r.t("quantity"), r.t("before"), r.t("after"), r.t("unit")],
            [r.t("total_tce"), r.v(b.total_standard_coal, "tce"), r.v(pk.total_standard_coal, "tce"), r.u("tce")],
            [r.t("total_co2"), r.v(b.total_co2, "t"), r.v(pk.total_co2, "t"), r.u("t")],
            [r.t("total_delivered"), r.v(b.total_delivered, "kWh"), r.v(pk.total_delivered, "kWh"), r.u("kWh")],
            [r.t("energy_cost"), r.v(b.energy_cost, "CNY/a"), r.v(pk.energy_cost, "CNY/a"), r.u("CNY/a")]]
    out.append(r.table(rows, [3.2, 1.4, 1.4, 1.0]))
    out.append(Spacer(1, 3 * mm))
    out.append(_economics_table(r, e))
    out.append(r.h2("rates_all_bases"))
    rows = [[r.t("basis"), r.t("saving_rate"), ""]]
    for basis, rate in a.target.rates.items():
        rows.append([r.c("basis", basis), r.q(rate, "percent"), r.t("basis_used") if basis == a.target.basis else ""])
    if len(rows) == 1:
        rows.append([r.c("basis", a.target.basis), r.q(a.target.saving_rate, "percent"), r.t("basis_used")])
    out.append(r.table(rows, [3.2, 1.4, 2.4], right_from=1))
    return out


def _economics_table(r: _Report, e):
    rows = [[r.t("package_economics"), r.t("value")],
            [r.t("investment"), r.q(e.investment, "CNY")],
            [r.t("subsidy"), r.q(e.subsidy, "CNY")],
            [r.t("annual_cost_saving"), r.q(e.annual_cost_saving, "CNY/a")],
            [r.t("simple_payback"), fmt.years(e.simple_payback, r.lang, e.investment)],
            [r.t("discounted_payback"), fmt.years(e.discounted_payback, r.lang, e.investment)],
            [r.t("npv"), r.q(e.npv, "CNY")],
            [r.t("irr"), r.q(e.irr, "percent")],
            [r.t("abatement_cost"), r.q(e.abatement_cost, "CNY/t")],
            [r.t("cost_of_saved_energy"), r.q(e.cost_of_saved_energy, "CNY/kWh")]]
    return r.table(rows, [3.2, 2.0])


def _u_text(r: _Report, construction, u):
    """The U-value the assessment used, and whether it was entered or
    computed from the layers."""
    value = f"{u.to('W/(m**2*K)').m:.2f} W/(m²·K)"
    if construction.u_value is not None:
        return r.t("u_given", u=value)
    return r.t("u_layers", n=len(construction.layers), u=value)


def _building_site(r: _Report):
    pj, a = r.project, r.a
    out = [PageBreak(), r.h1("building_site"), r.h2("site")]
    out.append(r.kv([(r.t("city"), city_label(a.city, r.lang)), (r.t("climate_zone"), zone_label(a.climate_zone, r.lang)),
                     (r.t("weather_source"), a.weather_source)]))
    out.append(Spacer(1, 2 * mm))
    out.append(r.note_box(r.t("weather_synthetic")) if a.weather_synthetic else r.p(r.t("weather_measured"), "small"))
    out.append(r.h2("buildings"))
    names = [b.name for b in pj.buildings]
    figures = {bf.name: bf for bf in a.baseline.buildings}
    head = [r.t("building")] + names
    def row(label, fn):
        return [label] + [fn(b) for b in pj.buildings]
    g = lambda b: b.geometry  # noqa: E731
    rows = [head,
            row(r.t("use"), lambda b: r.c("use", b.use)),
            row(r.t("era"), lambda b: r.c("era", b.era)),
            row(r.t("dimensions"), lambda b: f"{g(b).length.m:g} m x {g(b).width.m:g} m x {g(b).storeys}"),
            row(r.t("storey_height"), lambda b: f"{g(b).storey_height.m:g} m"),
            row(r.t("floor_area"), lambda b: r.q(figures[b.name].floor_area, "m**2")),
            row(r.t("wwr"), lambda b: " / ".join(f"{getattr(g(b), 'wwr_' + f):.2f}"
                                                    for f in ("south", "east", "north", "west"))),
            row(r.t("wall"), lambda b: _u_text(r, b.wall, figures[b.name].u_values["wall"])),
            row(r.t("roof"), lambda b: _u_text(r, b.roof, figures[b.name].u_values["roof"])),
            row(r.t("ground_floor"), lambda b: _u_text(r, b.ground_floor, figures[b.name].u_values["ground_floor"])),
            row(r.t("window"), lambda b: f"U = {b.window.u_value.m:g} W/(m²·K), SHGC {b.window.shgc:g}"),
            row(r.t("infiltration"), lambda b: f"{b.ventilation.infiltration_ach.m:g} 1/h"),
            row(r.t("heating_setpoint"), lambda b: f"{b.operation.heating_setpoint.m:g} °C"),
            row(r.t("heating_season"), lambda b: r.t("hvac_whenever_needed")
                if b.operation.hvac_availability == "whenever_needed" else
                f"{b.operation.heating_season_start} - {b.operation.heating_season_end}"
                + ("; " + r.t("hvac_heating_in_season") if b.operation.hvac_availability == "heating_in_season" else "")),
            row(r.t("cooling_setpoint"), lambda b: f"{b.operation.cooling_setpoint.m:g} °C"),
            row(r.t("schedule"), lambda b: b.operation.custom_schedule.name or r.t("custom_schedule")
                if b.operation.custom_schedule is not None else r.c("schedule", b.operation.schedule))]
    out.append(r.table(rows, [1.6] + [2.4] * len(names), right_from=None))
    # heat supply
    sp = pj.supply
    out.append(r.h2("heat_supply"))
    pairs = [(r.t("heat_supply"), r.c("supply", sp.kind))]
    if sp.kind in ("gas_boiler", "coal_boiler", "oil_boiler", "electric"):
        pairs.append((r.t("supply_efficiency"), f"{sp.efficiency:.2f}"))
    pairs.append((r.t("metering"), r.c("billing", sp.metering.billing)))
    out.append(r.kv(pairs))
    # needs
    out.append(r.h2("needs"))
    for i, (bb, ba) in enumerate(zip(a.baseline.buildings, _after_buildings(a))):
        rows = [[bb.name if len(a.baseline.buildings) > 1 else r.t("quantity"), r.t("before"), r.t("after"), r.t("unit")],
                [r.t("heating_need"), r.v(bb.heating_need, "kWh"), r.v(ba.heating_need, "kWh"), r.u("kWh")],
                [r.t("heating_need_per_area"), r.v(bb.heating_need_per_area, "kWh/m**2"),
                 r.v(ba.heating_need_per_area, "kWh/m**2"), r.u("kWh/m**2")],
                [r.t("peak_heating"), r.v(bb.peak_heating, "kW"), r.v(ba.peak_heating, "kW"), r.u("kW")],
                [r.t("cooling_need"), r.v(bb.cooling_need, "kWh"), r.v(ba.cooling_need, "kWh"), r.u("kWh")],
                [r.t("cooling_need_per_area"), r.v(bb.cooling_need_per_area, "kWh/m**2"),
                 r.v(ba.cooling_need_per_area, "kWh/m**2"), r.u("kWh/m**2")],
                [r.t("peak_cooling"), r.v(bb.peak_cooling, "kW"), r.v(ba.peak_cooling, "kW"), r.u("kW")]]
        out.append(r.table(rows, [3.2, 1.4, 1.4, 1.0]))
        out.append(r.chart(charts.monthly_needs(a, r.lang, i)))
        if bb.losses or bb.gains:
            rows = [[r.t("losses_gains"), r.t("before"), r.t("after"), r.t("unit")]]
            for kind, label in (("losses", r.t("losses")), ("gains", r.t("gains"))):
                for comp, qb in getattr(bb, kind).items():
                    rows.append([f"{label}: {r.c('component', comp)}", r.v(qb, "kWh"),
                                 r.v(getattr(ba, kind).get(comp), "kWh"), r.u("kWh")])
            out.append(CondPageBreak(60 * mm))
            out.append(r.table(rows, [3.2, 1.4, 1.4, 1.0]))
            out.append(r.chart(charts.loss_breakdown(a, r.lang, i)))
    return out


def _after_buildings(a):
    after = list(a.package.buildings)
    return [after[i] if i < len(after) else b for i, b in enumerate(a.baseline.buildings)]


def _carriers(*variants):
    """Carriers delivered in any of the variants; carriers that are zero
    everywhere (the engine lists every carrier) are left out of the tables."""
    seen = []
    for v in variants:
        for c in v.delivered:
            if c not in seen and any(fmt.magnitude(w.delivered.get(c), "kWh") for w in variants):
                seen.append(c)
    return seen


def _baseline(r: _Report):
    b = r.a.baseline
    out = [CondPageBreak(90 * mm), r.h1("baseline"), r.p(r.t("baseline_intro")), r.h2("by_carrier")]
    rows = [[r.t("carrier"), r.u("kWh"), r.u("GJ"), r.u("tce"), r.u("t")]]
    for c in _carriers(b):
        rows.append([r.c("carrier", c), r.v(b.delivered.get(c), "kWh"), r.v(b.delivered.get(c), "GJ"),
                     r.v(b.standard_coal.get(c), "tce"), r.v(b.co2.get(c), "t")])
    for c in b.standard_coal:  # e.g. a PV credit that is not a delivered carrier
        if c not in b.delivered and fmt.magnitude(b.standard_coal[c], "tce"):
            rows.append([r.c("carrier", c), "", "", r.v(b.standard_coal[c], "tce"), r.v(b.co2.get(c), "t")])
    rows.append([r.t("total"), r.v(b.total_delivered, "kWh"), r.v(b.total_delivered, "GJ"),
                 r.v(b.total_standard_coal, "tce"), r.v(b.total_co2, "t")])
    out.append(r.table(rows, [2.4, 1.5, 1.2, 1.2, 1.2], total_row=True))
    out.append(r.p(f"{r.t('energy_cost')}: {r.q(b.energy_cost, 'CNY/a')}", "small"))
    if b.delivered_physical:
        out.append(r.h2("trade_units"))
        rows = [[r.t("carrier"), r.t("physical_quantity")]]
        for key, q in b.delivered_physical.items():
            x = q.m if isinstance(q, pint.Quantity) else q
            if x is None or x == 0:
                continue  # carriers the project does not use
            rows.append([r.c("physical", key), fmt.number(float(x), 1)])
        out.append(r.table(rows, [2.4, 1.5]))
    if b.end_uses:
        out.append(r.h2("by_end_use"))
        carriers = []
        for by in b.end_uses.values():
            carriers += [c for c in by if c not in carriers]
        rows = [[f"{r.t('end_use')} ({r.u('kWh')})"] + [r.c("carrier", c) for c in carriers]]
        for use, by in b.end_uses.items():
            rows.append([r.c("end_use", use)] + [r.v(by[c], "kWh") if c in by else "-" for c in carriers])
        out.append(r.table(rows, [2.4] + [1.5] * len(carriers)))
    return out


def _measures(r: _Report):
    a = r.a
    out = [PageBreak(), r.h1("measures")]
    if not a.measures:
        out.append(r.note_box(r.t("no_measures")))
    else:
        out += [r.p(r.t("measures_intro")), r.h2("measures_energy")]
        # each measure alone under the headline's electricity method and under the other one
        t = a.target
        other = "equal_value" if t.electricity_method == "power_supply_coal" else "power_supply_coal"
        package_other = next((c.saving_rate for c in t.matrix
                              if c.basis == t.basis and c.electricity_method == other), None)
        comma = "，" if r.lang == "zh" else ", "
        rows = [[r.t("measure"), f"{r.t('alone')}{comma}{r.c('electricity_method', t.electricity_method)} ({r.u('percent')})",
                 f"{r.t('alone')}{comma}{r.c('electricity_method', other)} ({r.u('percent')})",
                 f"{r.t('sequential')} ({r.u('pp')})",
                 f"{r.t('co2_saving')} ({r.u('t/a')})", f"{r.t('total_tce')} ({r.u('tce')})",
                 f"{r.t('cost_of_saved_energy')} ({r.u('CNY/kWh')})"]]
        for m in a.measures:
            rows.append([measure_name(m, r.lang), r.v(m.saving_rate_alone, "percent"),
                         r.v((m.saving_rate_alone_by_method or {}).get(other), "percent"),
                         r.v(m.sequential_contribution, "pp", signed=True), r.v(m.co2_saving, "t/a"),
                         r.v(m.alone.total_standard_coal, "tce"), r.v(m.cost_of_saved_energy, "CNY/kWh")])
        rows.append([r.t("package"), r.v(t.saving_rate, "percent"), r.v(package_other, "percent"), "", "",
                     r.v(a.package.total_standard_coal, "tce"), r.v(a.economics.cost_of_saved_energy, "CNY/kWh")])
        out.append(r.table(rows, [2.2, 1.2, 1.2, 1.2, 1.1, 1.3, 1.2], total_row=True))
        out.append(r.h2("measures_money"))
        rows = [[r.t("measure"), f"{r.t('investment')} ({r.u('CNY')})", f"{r.t('subsidy')} ({r.u('CNY')})",
                 f"{r.t('annual_cost_saving')} ({r.u('CNY/a')})", f"{r.t('simple_payback')} ({r.u('a')})",
                 f"{r.t('discounted_payback_short')} ({r.u('a')})", f"{r.t('npv')} ({r.u('CNY')})",
                 f"{r.t('irr')} ({r.u('percent')})", f"{r.t('abatement_cost')} ({r.u('CNY/t')})",
                 f"{r.t('lifetime')} ({r.u('a')})"]]
        for m in a.measures:
            rows.append([measure_name(m, r.lang), r.v(m.investment, "CNY"), r.v(m.subsidy, "CNY"),
                         r.v(m.annual_cost_saving, "CNY/a"), r.v(m.simple_payback, "a", none_key="never"),
                         r.v(m.discounted_payback, "a", none_key="never"), r.v(m.npv, "CNY"),
                         r.v(m.irr, "percent"), r.v(m.abatement_cost, "CNY/t"), r.v(m.lifetime, "a", decimals=0)])
        e = a.economics
        rows.append([r.t("package"), r.v(e.investment, "CNY"), r.v(e.subsidy, "CNY"), r.v(e.annual_cost_saving, "CNY/a"),
                     r.v(e.simple_payback, "a", none_key="never"), r.v(e.discounted_payback, "a", none_key="never"),
                     r.v(e.npv, "CNY"), r.v(e.irr, "percent"), r.v(e.abatement_cost, "CNY/t"), ""])
        out.append(r.table(rows, [70, 50, 40, 48, 44, 48, 52, 44, 54, 32], total_row=True))
        out.append(r.chart(charts.abatement_cost_curve(a, r.lang)))
    # package before/after
    b, pk = a.baseline, a.package
    out.append(CondPageBreak(80 * mm))
    out.append(r.h2("package_before_after"))
    rows = [[r.t("carrier"), f"{r.t('before')} ({r.u('kWh')})", f"{r.t('after')} ({r.u('kWh')})",
             f"{r.t('before')} ({r.u('tce')})", f"{r.t('after')} ({r.u('tce')})",
             f"{r.t('before')} ({r.u('t')})", f"{r.t('after')} ({r.u('t')})"]]
    for c in _carriers(b, pk):
        rows.append([r.c("carrier", c), r.v(b.delivered.get(c), "kWh"), r.v(pk.delivered.get(c), "kWh"),
                     r.v(b.standard_coal.get(c), "tce"), r.v(pk.standard_coal.get(c), "tce"),
                     r.v(b.co2.get(c), "t"), r.v(pk.co2.get(c), "t")])
    for c in dict.fromkeys(list(b.standard_coal) + list(pk.standard_coal)):
        if c not in b.delivered and c not in pk.delivered and (
                fmt.magnitude(b.standard_coal.get(c), "tce") or fmt.magnitude(pk.standard_coal.get(c), "tce")):
            rows.append([r.c("carrier", c), "", "", r.v(b.standard_coal.get(c), "tce"),
                         r.v(pk.standard_coal.get(c), "tce"), r.v(b.co2.get(c), "t"), r.v(pk.co2.get(c), "t")])
    rows.append([r.t("total"), r.v(b.total_delivered, "kWh"), r.v(pk.total_delivered, "kWh"),
                 r.v(b.total_standard_coal, "tce"), r.v(pk.total_standard_coal, "tce"),
                 r.v(b.total_co2, "t"), r.v(pk.total_co2, "t")])
    out.append(r.table(rows, [2.0, 1.4, 1.4, 1.1, 1.1, 1.1, 1.1], total_row=True))
    extra = []
    if pk.scop is not None or b.scop is not None:
        extra.append(r.t("scop_line", before=r.v(b.scop, "dimensionless"), after=r.v(pk.scop, "dimensionless")))
    if pk.backup_share is not None or b.backup_share is not None:
        extra.append(r.t("backup_line", before=r.q(b.backup_share, "percent"), after=r.q(pk.backup_share, "percent")))
    for line in extra:
        out.append(r.p(line, "small"))
    out.append(r.chart(charts.energy_by_carrier(a, r.lang)))
    return out


def _network(r: _Report):
    a, pj = r.a, r.project
    out = [CondPageBreak(70 * mm), r.h1("network")]
    nb, na = a.baseline.network, a.package.network
    if pj.supply.network is None and nb is None:
        out.append(r.p(r.t("no_network", kind=r.c("supply", pj.supply.kind))))
        return out
    if nb is None:
        out.append(r.note_box(r.t("network_no_result")))
    else:
        na = na or nb
        rows = [[r.t("quantity"), r.t("before"), r.t("after"), r.t("unit")],
                [r.t("heat_sent"), r.v(nb.heat_sent, "kWh"), r.v(na.heat_sent, "kWh"), r.u("kWh")],
                [r.t("network_losses"), r.v(nb.losses, "kWh"), r.v(na.losses, "kWh"), r.u("kWh")],
                [r.t("loss_share"), r.v(nb.loss_share, "percent"), r.v(na.loss_share, "percent"), r.u("percent")],
                [r.t("pump_electricity"), r.v(nb.pump_electricity, "kWh"), r.v(na.pump_electricity, "kWh"), r.u("kWh")]]
        out.append(r.table(rows, [3.2, 1.4, 1.4, 1.0]))
        out.append(r.p(r.t("network_plan_note"), "small"))
    if pj.supply.network is not None and pj.supply.network.pipes:
        out.append(r.h2("pipes"))
        rows = [[r.t("pipe_name"), r.t("dn"), f"{r.t('length')} (m)", r.t("laying"),
                 f"{r.t('insulation')} (mm)", "λ (W/(m·K))", r.t("year_laid")]]
        for p in pj.supply.network.pipes:
            rows.append([p.name or "-", str(p.dn), f"{p.length.m:g}", r.c("laying", p.laying),
                         f"{p.insulation_thickness.m:g}", f"{p.insulation_conductivity.m:g}", str(p.year)])
        out.append(r.table(rows, [2.2, 0.8, 1.0, 1.1, 1.1, 1.1, 0.8]))
    return out


def _pv(r: _Report):
    a = r.a
    out = [CondPageBreak(60 * mm), r.h1("pv")]
    pb, pa = a.baseline.pv, a.package.pv
    if pb is None and pa is None:
        out.append(r.p(r.t("no_pv")))
    else:
        rows = [[r.t("quantity"), r.t("before"), r.t("after"), r.t("unit")]]
        for key, unit in (("peak_power", "kWp"), ("generation", "kWh"), ("specific_yield", "kWh/kW"),
                          ("self_consumed", "kWh"), ("exported", "kWh"), ("roof_coverage", "percent")):
            rows.append([r.t(key), r.v(getattr(pb, key) if pb else None, unit),
                         r.v(getattr(pa, key) if pa else None, unit), r.u(unit)])
        rows.append([r.t("renewable_share"), r.v(a.baseline.renewable_share, "percent"),
                     r.v(a.package.renewable_share, "percent"), r.u("percent")])
        out.append(r.table(rows, [3.2, 1.4, 1.4, 1.0]))
    out.append(r.p(r.t("pv_plan_note"), "small"))
    return out


def case_label(label, language: str) -> str:
    """A sensitivity case ("×0.8", "heating setpoint -1 K", a
    calc.messages.Message) in ``language``."""
    return calc_text(label, language).replace("-", "−")


def margin_line_zh(r: _Report, tg) -> str:
    """The verdict line in Chinese: "超出目标" for a positive margin, "低于目标"
    for a negative one (a signed "相差 +14.4 个百分点" reads oddly)."""
    rate, basis = r.q(tg.saving_rate, "percent"), r.c("basis", tg.basis)
    margin = abs(float(tg.margin.to("pp").m))
    amount = r.q(_pp(margin), "pp")
    if float(tg.margin.to("pp").m) >= 0:
        return f"按“{basis}”计算的节能率为 {rate}，超出目标 {amount}。"
    return f"按“{basis}”计算的节能率为 {rate}，低于目标 {amount}。"


def _pp(x: float):
    from calc.units import Q_

    return Q_(x, "pp")


def _sensitivity(r: _Report):
    a = r.a
    out = [CondPageBreak(60 * mm), r.h1("sensitivity")]
    if not a.sensitivity:
        out.append(r.note_box(r.t("no_sensitivity")))
        return out
    out.append(r.p(r.t("sensitivity_intro")))
    rows = [[r.t("parameter"), r.t("low"), r.t("high"), f"{r.t('rate_low')} ({r.u('percent')})",
             f"{r.t('rate_high')} ({r.u('percent')})", f"{r.t('payback_low')} ({r.u('a')})",
             f"{r.t('payback_high')} ({r.u('a')})", r.t("robust")]]
    for s in a.sensitivity:
        rows.append([r.c("sensitivity", s.parameter), case_label(s.low_label, r.lang), case_label(s.high_label, r.lang),
                     r.v(s.saving_rate_low, "percent"),
                     r.v(s.saving_rate_high, "percent"), r.v(s.payback_low, "a", none_key="never"),
                     r.v(s.payback_high, "a", none_key="never"), r.t("yes" if s.verdict_robust else "no")])
    flagged = [("TEXTCOLOR", (7, i + 1), (7, i + 1), FAIL) for i, s in enumerate(a.sensitivity) if not s.verdict_robust]
    out.append(r.table(rows, [2.0, 1.2, 1.2, 1.1, 1.1, 1.1, 1.1, 0.8], right_from=3, extra=flagged))
    return out


def _method(r: _Report):
    a, pj = r.a, r.project
    out = [CondPageBreak(80 * mm), r.h1("method")]
    if a.method:
        rows = [[topic[r.lang], text[r.lang]] for topic, text in a.method]
        out.append(r.table(rows, [1.5, 4.5], header_rows=0, right_from=None))
    else:
        out.append(r.note_box(r.t("no_method")))
    acc = pj.accounting
    out.append(r.h2("accounting"))
    pairs = [(r.t("basis"), r.c("basis", acc.target_basis)),
             ("Electricity → tce" if r.lang == "en" else "电力折标准煤方法", r.c("electricity_method", acc.electricity_method)),
             ("Grid region" if r.lang == "en" else "电网区域", option_name(acc.grid_region, r.lang)),
             ("PV credit" if r.lang == "en" else "光伏抵扣", r.c("pv_credit", acc.pv_credit))]
    out.append(r.kv(pairs))
    out.append(r.h2("sources"))
    if a.sources:
        for i, s in enumerate(a.sources, 1):
            out.append(r.p(f"[{i}] {s[r.lang]}", "body"))
    else:
        out.append(r.note_box(r.t("no_sources")))
    return out


def missing_data(project, assessment, language) -> list[str]:
    """What the report could not show or the project did not state, as sentences."""
    notes = []
    t = lambda k, **kw: tr(k, language, **kw)  # noqa: E731
    if not project.meta.client.strip():
        notes.append(t("missing_client"))
    if not project.meta.assessor.strip():
        notes.append(t("missing_assessor"))
    if not assessment.measures:
        notes.append(t("no_measures"))
    if assessment.weather_synthetic:
        notes.append(t("weather_synthetic"))
    if not assessment.sensitivity:
        notes.append(t("no_sensitivity"))
    if not assessment.method:
        notes.append(t("no_method"))
    if not assessment.sources:
        notes.append(t("no_sources"))
    if project.supply.network is not None and assessment.baseline.network is None:
        notes.append(t("network_no_result"))
    if project.defaults:
        notes.append(t("defaulted_count", n=len(project.defaults)))
    return notes


def _warnings(r: _Report):
    out = [CondPageBreak(50 * mm), r.h1("warnings")]
    items = [calc_text(w, r.lang) for w in r.a.warnings] + missing_data(r.project, r.a, r.lang)
    if not items:
        out.append(r.p(r.t("no_warnings")))
    for w in items:
        out.append(r.p(f"• {w}"))
    return out


def build_story(project, assessment, language: str | None = None, *, comparison=None,
                appendix: bool = True) -> list:
    """The flowables of the report on ``assessment`` of ``project``, in
    ``language`` ("en" or "zh"; ``None`` = the project's language). Pure:
    reads the two objects and returns new flowables. ``comparison``
    (calc.variants.VariantComparison) adds the variants side by side."""
    from .appendix import appendix_section
    from .variants_section import variants_section

    r = _Report(project, assessment, language or project.meta.language)
    r.comparison = comparison
    r.include_appendix = appendix
    story = []
    for section in (_cover, _contents, _summary, _building_site, _baseline, _measures, variants_section,
                    contract.section, _network, _pv, _sensitivity, meters_section, _method, _warnings,
                    appendix_section):
        story += section(r)
    return story


# A table row cannot break over pages: a cell of user text (a name, notes)
# longer than this is shown shortened, with its length, so the row fits a
# page in the narrowest column at 8 pt; the project file keeps it whole.
MAX_CELL_CHARS = 600


def clipped(text: str, lang: str) -> str:
    """``text``, or its first MAX_CELL_CHARS characters and how long it is."""
    if len(text) <= MAX_CELL_CHARS:
        return text
    more = f"…（共 {len(text):,} 字）" if lang == "zh" else f"… ({len(text):,} characters in all)"
    return text[:MAX_CELL_CHARS] + more
