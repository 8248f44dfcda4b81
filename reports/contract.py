"""Report section "Who pays and who gains": the stakeholder views of the
package and the energy-performance contract with its year-by-year cash
flows, as calc.contracts computed them (the report formats, never
recomputes). Left out when the assessment carries no stakeholder views."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, KeepTogether
from reportlab.lib.units import mm

from .strings import calc_text

# key -> (English, Chinese)
TEXT: dict[str, tuple[str, str]] = {
    "title": ("Who pays and who gains", "谁出资、谁受益"),
    "intro": ("The same package seen by each party: the occupants through their bills under the tariffs that "
              "apply, the heating company through its heat revenue against the production cost of the heat it "
              "sends out, the owner through the investment and subsidies against the bill savings, and society "
              "through energy at its cost and CO2 at a carbon price (subsidies are transfers). Present values over "
              "the analysis period at the project's discount rate.",
              "从各相关方看同一改造方案：住户按适用的计价方式看能源账单；供热企业看热费收入与所供热量的生产成本；"
              "业主看投资和补贴与账单节省；社会看按成本计的能源和按碳价计的二氧化碳（补贴为转移支付）。"
              "现值按项目折现率在分析期内计算。"),
    "stakeholder": ("Stakeholder", "相关方"),
    "first_year": ("Gain, first year", "首年收益"),
    "present_value": ("Present value", "现值"),
    "occupants": ("Occupants (energy bills)", "住户（能源账单）"),
    "company": ("Heating company (revenue − production cost)", "供热企业（收入 − 生产成本）"),
    "owner": ("Owner / investor (after investment and subsidies)", "业主 / 投资方（扣除投资与补贴后）"),
    "society": ("Society (energy at cost + CO2 at {price})", "社会（能源按成本计 + 二氧化碳按 {price} 计）"),
    "heat_tariff": ("Heat bill and tariff change", "热费与计价方式改变"),
    "heat_bill": ("Heat bill", "供热费"),
    "heat_bill_value": ("{before} ({billing_before}) → {after} ({billing_after})",
                        "{before}（{billing_before}）→ {after}（{billing_after}）"),
    "tariff_saving": ("Saving from the tariff change alone", "仅因计价方式改变的节省"),
    "consumption_saving": ("Saving from the lower consumption", "因用热减少的节省"),
    "metered_price": ("Metered heat price applied", "采用的计量热价"),
    "neutral_price": ("Revenue-neutral metered price", "收入中性的计量热价"),
    "tariff_note": ("Tariff change: today's heat bill minus today's consumption billed the new way; the rest of "
                    "the bill saving is the lower consumption. At the revenue-neutral metered price the tariff "
                    "change alone is zero (发改价格〔2007〕1195号 two-part tariff).",
                    "计价方式改变的节省 = 现状热费 − 现状用热量按新方式计费；其余为用热减少带来的节省。"
                    "按收入中性的计量热价计费时，仅计价方式改变的节省为零（发改价格〔2007〕1195号两部制热价）。"),
    "company_heat": ("Heating company: heat sent out {before} (of it lost in the network {lost_before}) → {after} "
                     "({lost_after}).", "供热企业：供热量 {before}（其中管网损失 {lost_before}）→ {after}（{lost_after}）。"),
    "contract": ("Energy-performance contract: {kind}", "合同能源管理：{kind}"),
    "shared_savings": ("shared savings (节能效益分享型)", "节能效益分享型"),
    "guaranteed_savings": ("guaranteed savings (节能量保证型)", "节能量保证型"),
    "energy_cost_trusteeship": ("energy-cost trusteeship (能源费用托管型)", "能源费用托管型"),
    "contract_intro": ("Cash flows per GB/T 24915-2020 contract types, in real terms; the saving shared is the "
                       "package's energy-cost saving as valued in the economics.",
                       "按 GB/T 24915-2020 合同类型计算的现金流（不变价）；分享的节能效益为经济分析中的能源费用节省。"),
    "term": ("Term", "合同期"),
    "expected_saving": ("Expected saving (first year)", "预期节能效益（首年）"),
    "esco_npv": ("ESCO net present value", "节能服务公司净现值"),
    "esco_irr": ("ESCO internal rate of return", "节能服务公司内部收益率"),
    "esco_payback": ("ESCO discounted payback", "节能服务公司动态回收期"),
    "client_npv": ("Client net present value", "用能单位净现值"),
    "client_term": ("Client gain during the term", "用能单位合同期内收益"),
    "shortfall": ("Shortfall paid by the ESCO", "节能服务公司补偿的差额"),
    "esco_subsidy": ("Subsidies paid to the ESCO", "节能服务公司获得的补贴"),
    "irr_range": ("ESCO IRR if savings are ×{lo} … ×{hi}", "节能量为 ×{lo} … ×{hi} 时的内部收益率"),
    "range_from": ("Range of the savings from", "节能量范围来源"),
    "range_mc": ("Monte Carlo P10 … P90", "蒙特卡洛 P10 … P90"),
    "range_sensitivity": ("sensitivity table", "敏感性分析表"),
    "flows": ("Cash flows by year", "逐年现金流"),
    "year": ("Year", "年份"),
    "client": ("Client", "用能单位"),
    "esco": ("ESCO", "节能服务公司"),
}


def t(r, key: str, **fields) -> str:
    en, zh = TEXT[key]
    text = zh if r.lang == "zh" else en
    return text.format(**fields) if fields else text


def section(r) -> list:
    """Flowables of the section for the report ``r`` (reports.story._Report)."""
    s = getattr(r.a, "stakeholders", None)
    if s is None:
        return []
    out = [CondPageBreak(90 * mm), r.h1(t(r, "title")), r.p(t(r, "intro"))]
    out.append(r.table(_view_rows(r, s), [3.6, 1.4, 1.4]))
    o = s.occupant
    if o.heat_bill_before is not None:
        out.append(r.h2(t(r, "heat_tariff")))
        out.append(r.kv([
            (t(r, "heat_bill"), t(r, "heat_bill_value", before=r.q(o.heat_bill_before, "CNY/a"),
                                  billing_before=r.c("billing", o.billing_before), after=r.q(o.heat_bill_after, "CNY/a"),
                                  billing_after=r.c("billing", o.billing_after))),
            (t(r, "tariff_saving"), r.q(o.tariff_saving, "CNY/a", signed=True)),
            (t(r, "consumption_saving"), r.q(o.consumption_saving, "CNY/a", signed=True)),
            (t(r, "metered_price"), f"{r.v(o.metered_heat_price, 'CNY/GJ', decimals=1)} {_per_gj(r)}"),
            (t(r, "neutral_price"), f"{r.v(o.revenue_neutral_heat_price, 'CNY/GJ', decimals=1)} {_per_gj(r)}"),
        ]))
        h = s.heating_company
        if h is not None and h.network_losses_before is not None:
            out.append(r.p(t(r, "company_heat", before=r.q(h.heat_sent_before, "GJ"),
                             lost_before=r.q(h.network_losses_before, "GJ"), after=r.q(h.heat_sent_after, "GJ"),
                             lost_after=r.q(h.network_losses_after, "GJ")), "small"))
        out.append(r.p(t(r, "tariff_note"), "small"))
    c = getattr(r.a, "contract", None)
    if c is not None:
        out += _contract(r, c)
    return out


def _per_gj(r) -> str:
    return "元/GJ" if r.lang == "zh" else "CNY/GJ"


def _view_rows(r, s):
    rows = [[t(r, "stakeholder"), f"{t(r, 'first_year')} ({r.u('CNY/a')})", f"{t(r, 'present_value')} ({r.u('CNY')})"],
            [t(r, "occupants"), r.v(s.occupant.bill_saving, "CNY/a", signed=True), r.v(s.occupant.npv, "CNY")]]
    if s.heating_company is not None:
        h = s.heating_company
        rows.append([t(r, "company"), r.v(h.margin_change, "CNY/a", signed=True), r.v(h.npv, "CNY")])
    rows.append([t(r, "owner"), r.v(s.owner.flows[1], "CNY", signed=True), r.v(s.owner.npv, "CNY")])
    so = s.society
    rows.append([t(r, "society", price=r.q(so.carbon_price, "CNY/t")),
                 r.v(so.energy_cost_saving + so.co2_value, "CNY/a", signed=True), r.v(so.npv, "CNY")])
    return rows


def _contract(r, c) -> list:
    if c.esco_irr is not None:
        irr = r.q(c.esco_irr, "percent")
    else:  # why not, as calc says it (calc.messages)
        irr = calc_text(c.esco_irr_reason, r.lang)
    pairs = [
        (t(r, "term"), r.q(c.term, "a", decimals=0)),
        (t(r, "expected_saving"), r.q(c.expected_saving, "CNY/a")),
        (t(r, "esco_npv"), r.q(c.esco_npv, "CNY")),
        (t(r, "esco_irr"), irr),
        (t(r, "esco_payback"), r.q(c.esco_payback, "a") if c.esco_payback is not None
         else calc_text(c.esco_payback_reason, r.lang)),
        (t(r, "client_npv"), r.q(c.client_npv, "CNY")),
        (t(r, "client_term"), r.q(c.client_saving_in_term, "CNY")),
    ]
    if c.contract_type == "guaranteed_savings":
        pairs.append((t(r, "shortfall"), r.q(c.shortfall, "CNY")))
    if c.esco_subsidy is not None and c.esco_subsidy.m > 0:
        pairs.append((t(r, "esco_subsidy"), r.q(c.esco_subsidy, "CNY")))
    # no IRR at either end (the ESCO invests nothing): the IRR row gives why
    if c.has_irr_range:
        pairs.append((t(r, "irr_range", lo=r.v(c.saving_factor_low, "dimensionless"),
                         hi=r.v(c.saving_factor_high, "dimensionless")),
                      f"{r.q(c.esco_irr_low, 'percent')} … {r.q(c.esco_irr_high, 'percent')}"))
        pairs.append((t(r, "range_from"), t(r, "range_mc" if c.saving_range_source == "uncertainty_p10_p90"
                                            else "range_sensitivity")))
    out = [r.h2(t(r, "contract", kind=t(r, c.contract_type))), r.p(t(r, "contract_intro"), "small"), r.kv(pairs)]
    client, esco = c.client_flows.to("CNY").m, c.esco_flows.to("CNY").m
    half = (len(client) + 1) // 2
    head = [t(r, "year"), f"{t(r, 'client')} ({r.u('CNY')})", f"{t(r, 'esco')} ({r.u('CNY')})"]
    rows = [head + head]
    for i in range(half):
        left = [str(i), r.v(client[i], "CNY"), r.v(esco[i], "CNY")]
        j = i + half
        right = [str(j), r.v(client[j], "CNY"), r.v(esco[j], "CNY")] if j < len(client) else ["", "", ""]
        rows.append(left + right)
    out.append(KeepTogether([r.h2(t(r, "flows")), r.table(rows, [0.6, 1.4, 1.4, 0.6, 1.4, 1.4])]))
    return out
