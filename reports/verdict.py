"""The verdict in detail for the report: the headline's basis and
electricity method, the matrix of every basis under both methods (with a
warning where they disagree), each building against its own target, what a
FAIL lacks, how sure the verdict is (Monte Carlo) and the heat source.
Called from the executive summary (reports/story.py); only formats numbers
the assessment holds."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from calc.uncertainty import ENGINE_DEPARTURES

from . import fmt
from .strings import calc_text

TEXT = {
    "detail": ("The verdict under every convention", "各口径与折标方法下的结论"),
    "headline": ("The verdict is on the basis \"{basis}\", with electricity counted by the {method} ({how}).",
                 "结论按“{basis}”口径，电力按{method}折标（{how}）。"),
    "by_programme": ("basis chosen by the renovation programme: heating energy for residential buildings in the "
                     "severe-cold and cold zones, whole operational energy otherwise",
                     "口径按改造类型确定：严寒和寒冷地区居住建筑按供暖能耗，其余按运行总能耗"),
    "by_user": ("basis chosen by the user", "口径由用户选定"),
    "flip": ("The two electricity methods give different verdicts on this basis. Which one applies is the "
             "convention of the approving authority.",
             "两种电力折标方法在此口径下结论不同，以审批部门采用的方法为准。"),
    "agree": ("Both electricity methods give the same verdict on this basis.",
              "两种电力折标方法在此口径下结论相同。"),
    "basis": ("Basis", "口径"),
    "building": ("Building", "建筑"), "use": ("Use", "类型"), "target": ("Target", "目标"),
    "rate": ("Saving rate", "节能率"), "verdict": ("Verdict", "结论"),
    "pass": ("pass", "达标"), "fail": ("fail", "未达标"), "na": ("n/a", "不适用"),
    "residential": ("residential", "居住建筑"), "public": ("public", "公共建筑"),
    "buildings": ("Each building against its own target", "各建筑对照其自身目标"),
    "project_target": ("The project is checked against the floor-area-weighted target of its buildings, {target}.",
                       "项目按各建筑目标的建筑面积加权值 {target} 校核。"),
    "shortfall": ("Missing to reach the target: {pp}{tce}.", "距目标尚差 {pp}{tce}。"),
    "shortfall_tce": (" ({tce} a year)", "（每年 {tce}）"),
    "closing": ("Listed measures that would close the gap when added to the package: {names}.",
                "加入方案后可补足差距的已列措施：{names}。"),
    "no_closing": ("No measure listed but not chosen closes the gap on its own.",
                   "已列未选的措施中没有单项可补足差距。"),
    "how_sure": ("How sure the verdict is", "结论的可信度"),
    "mc_line": ("{n} Latin-hypercube samples (seed {seed}) of the inputs below; saving rate on \"{basis}\" under "
                "the {method}. Conventions (basis, electricity method) are not uncertainty: they are in the matrix above.",
                "对下列输入进行拉丁超立方抽样 {n} 次（种子 {seed}），按“{basis}”口径、{method}计算节能率。口径与折标方法属约定而非不确定性，见上表。"),
    "p10": ("Saving rate P10", "节能率 P10"), "p50": ("Saving rate P50", "节能率 P50"),
    "p90": ("Saving rate P90", "节能率 P90"), "prob": ("Probability of reaching the target", "达标概率"),
    "input": ("Input", "输入"), "range": ("Range (uniform)", "范围（均匀分布）"), "source": ("Source of the range", "范围依据"),
    "not_run": ("The Monte Carlo was not run for this report.", "本报告未进行蒙特卡洛分析。"),
    "engine": ("Not in the band: the calculation engine's own error. Against EnergyPlus 25.2 on the project's "
               "validation cases (docs/validation.md), the engine's saving of the heating need departs by {h_mean} pp on "
               "average (RMS {h_rms} pp, worst {h_worst} pp; {h_n} packages and measures), of the cooling need by "
               "{c_mean} pp (RMS {c_rms} pp, worst {c_worst} pp; {c_n}).",
               "上述区间不含计算引擎本身的误差。与 EnergyPlus 25.2 在本程序验证算例上对比（见程序文档的验证一章）：采暖需求节能率平均偏差 "
               "{h_mean} 个百分点（均方根 {h_rms}，最大 {h_worst}；{h_n} 个改造方案或措施），供冷需求节能率平均偏差 {c_mean} 个百分点"
               "（均方根 {c_rms}，最大 {c_worst}；{c_n} 个）。"),
    "heat_province": ("The heat source was not entered: the default of the site's province is used (Beijing gas, the "
                      "other northern provinces coal CHP); enter the real source where it is known.",
                      "未填写热源：采用项目所在省份的默认热源（北京为燃气，其他北方省份为燃煤热电联产）；如已知实际热源，请填写。"),
    "heat_national": ("The heat source was not entered: the national default, coal CHP, is used; enter the real "
                      "source where it is known.",
                      "未填写热源：采用全国默认热源（燃煤热电联产）；如已知实际热源，请填写。"),
    "heat": ("District heat is counted at its source: {source}, {rate} kgce/GJ on the equivalent basis "
             "(34.12 kgce/GJ on the calorific basis) and {co2} kgCO₂/GJ from the same source; CHP fuel split by the {alloc}.",
             "集中供热按热源计：{source}，等价值 {rate} kgce/GJ（当量值 34.12 kgce/GJ），同一热源 {co2} kgCO₂/GJ；热电联产燃料按{alloc}分摊。"),
}
METHOD = {"equal_value": ("calorific equal value (当量值, 0.1229 kgce/kWh)", "当量值（电热当量法，0.1229 kgce/kWh）"),
          "power_supply_coal": ("power-supply coal consumption (等价值)", "等价值（供电煤耗法）")}
HEAT = {"unknown": ("not known, the city's default", "未知，按城市默认热源"), "coal_chp": ("coal CHP", "燃煤热电联产"),
        "coal_boiler_small": ("small coal boiler house", "小型燃煤锅炉房"),
        "coal_boiler_large": ("large coal boiler house", "大型燃煤锅炉房"), "gas_boiler": ("gas boiler house", "燃气锅炉房"),
        "industrial_waste_heat": ("industrial waste heat", "工业余热"), "heat_pump_station": ("heat-pump station", "热泵站"),
        "electric_boiler": ("electric boiler", "电锅炉")}
ALLOCATION = {"heat_value_method": ("heat-value method (热量法; all of the cogeneration benefit to power)",
                                    "热量法（热电联产收益全归电）"),
              "direct": ("no split (heat-only plant)", "无需分摊（单供热）"),
              "recovered": ("no split (recovered heat)", "无需分摊（回收余热）")}
INPUT = {"infiltration": ("Infiltration", "渗透换气"), "behaviour": ("Heating setpoint", "供暖设定温度"),
         "heat_pump_performance": ("Heat-pump performance", "热泵性能"),
         "metering_behaviour": ("Metering-reform behaviour", "计量改革后的用户行为"),
         "grid_factor": ("Grid CO₂ factor", "电网排放因子")}


def _t(r, key, **kw):
    en, zh = TEXT[key]
    text = zh if r.lang == "zh" else en
    return text.format(**kw) if kw else text


def _pick(r, table, key):
    pair = table.get(key)
    return (pair[1] if r.lang == "zh" else pair[0]) if pair else str(key).replace("_", " ")


def _mark(r, passed):
    return _t(r, "na") if passed is None else _t(r, "pass") if passed else _t(r, "fail")


def verdict_detail(r) -> list:
    """Flowables of the verdict in detail (``r``: the report's helpers)."""
    a, t = r.a, r.a.target
    out = [r.h2(_t(r, "detail"))]
    how = _t(r, "by_programme") if t.basis_setting == "programme" else _t(r, "by_user")
    out.append(r.p(_t(r, "headline", basis=r.c("basis", t.basis), method=_pick(r, METHOD, t.electricity_method), how=how)))
    out.append(r.note_box(_t(r, "flip")) if not t.methods_agree else r.p(_t(r, "agree")))
    out.append(Spacer(1, 2 * mm))
    out.append(_matrix(r, t))
    out.append(r.h2(_t(r, "buildings")))
    out.append(_buildings(r, t))
    out.append(r.p(_t(r, "project_target", target=r.q(t.target_rate, "percent"))))
    if t.shortfall is not None:
        out += _shortfall(r, t.shortfall)
    net = a.baseline.network
    if net is not None and net.heat_coal_rate is not None:
        out.append(r.p(_t(r, "heat", source=_pick(r, HEAT, net.heat_source), rate=fmt.number(net.heat_coal_rate.m, 1),
                          co2=fmt.number(net.heat_co2_rate.m, 1), alloc=_pick(r, ALLOCATION, net.heat_allocation))))
        d = a.heat_source_default
        if d is not None:
            out.append(r.p(_t(r, "heat_national" if d.province == "national" else "heat_province")))
    out.append(r.h2(_t(r, "how_sure")))
    out += _uncertainty(r, a.uncertainty)
    return out


def _matrix(r, t):
    cells = {(c.basis, c.electricity_method): c for c in t.matrix}
    methods = ("equal_value", "power_supply_coal")
    rows = [[_t(r, "basis")] + [_pick(r, METHOD, m) for m in methods]]
    for basis in dict.fromkeys(c.basis for c in t.matrix):
        label = r.c("basis", basis) + (" ◀" if basis == t.basis else "")
        row = [label]
        for m in methods:
            c = cells.get((basis, m))
            row.append("—" if c is None else f"{r.q(c.saving_rate, 'percent')} {_mark(r, c.passed)}")
        rows.append(row)
    return r.table(rows, [2.4, 2.2, 2.2])


def _buildings(r, t):
    rows = [[_t(r, k) for k in ("building", "use", "basis", "target", "rate", "verdict")]]
    for b in t.buildings:
        rows.append([b.name, _t(r, b.building_type), r.c("basis", b.basis), r.q(b.target_rate, "percent"),
                     r.q(b.saving_rate, "percent"), _mark(r, b.passed)])
    return r.table(rows, [1.8, 1.1, 2.0, 0.8, 1.0, 0.8], right_from=3)


def _shortfall(r, s):
    tce = _t(r, "shortfall_tce", tce=r.q(s.missing_tce, "tce")) if s.missing_tce is not None else ""
    text = _t(r, "shortfall", pp=r.q(s.missing, "pp"), tce=tce)
    if s.closing_measures:
        names = "; ".join(f"{_closing_name(r, c)} → {r.q(c.saving_rate, 'percent')}" for c in s.closing_measures)
        text += " " + _t(r, "closing", names=names)
    else:
        text += " " + _t(r, "no_closing")
    return [r.note_box(text)]


def _closing_name(r, c):
    """The user's label, else the measure kind in the report's language."""
    return c.label if c.kind and c.label != c.kind.replace("_", " ") else r.c("measure", c.kind)


def _uncertainty(r, u):
    if u is None:
        return [r.p(_t(r, "not_run"))]
    out = [r.p(_t(r, "mc_line", n=u.samples, seed=u.seed, basis=r.c("basis", u.basis),
                  method=_pick(r, METHOD, u.electricity_method)))]
    out.append(r.kv([(_t(r, "p10"), r.q(u.saving_rate_p10, "percent")), (_t(r, "p50"), r.q(u.saving_rate_p50, "percent")),
                     (_t(r, "p90"), r.q(u.saving_rate_p90, "percent")), (_t(r, "prob"), r.q(u.pass_probability, "percent"))]))
    out.append(Spacer(1, 2 * mm))
    rows = [[_t(r, "input"), _t(r, "range"), _t(r, "source")]]
    for i in u.inputs:
        rng = f"×{i.low:g} … ×{i.high:g}" if i.kind == "factor" else f"{i.low:+g} … {i.high:+g} K"
        rows.append([_pick(r, INPUT, i.name), rng, calc_text(i.source, r.lang)])
    out.append(r.table(rows, [1.4, 1.2, 4.4], right_from=None))
    out.append(Spacer(1, 2 * mm))
    out.append(r.p(_engine_departure(r)))
    return out


def _engine_departure(r) -> str:
    d = {x.need[0]: x for x in ENGINE_DEPARTURES}
    pp = lambda x: f"{x:+.1f}"  # noqa: E731
    return _t(r, "engine", **{f"{k}_{f}": pp(getattr(x, f)) for k, x in d.items() for f in ("mean", "worst")},
              **{f"{k}_rms": f"{x.rms:.1f}" for k, x in d.items()}, **{f"{k}_n": x.cases for k, x in d.items()})
