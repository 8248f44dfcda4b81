"""The report's "Variants side by side" section: the project's package and
each named variant (calc.variants.compare) in one table. Only printed when
the project has variants and their comparison was passed to the report."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak

from . import fmt
from .styles import FAIL, PASS

TEXT = {
    "title": ("Variants side by side", "方案比选"),
    "intro": ("Each variant is assessed in place of the package, on the same buildings, heat supply, weather and "
              "baseline. The cheapest variant that meets the target: {best}.",
              "各方案分别替代改造方案进行评估，建筑、供热、气象与基准相同。达到目标且投资最低的方案：{best}。"),
    "none_passes": ("No variant meets the target.", "没有方案达到目标。"),
    "variant": ("Variant", "方案"),
    "own": ("Project package", "本项目方案"),
    "measures": ("Measures", "措施数"),
    "saving_rate": ("Saving rate", "节能率"),
    "verdict": ("Verdict", "结论"),
    "pass": ("meets", "达标"),
    "fail": ("misses", "未达标"),
    "na": ("not applicable", "不适用"),
    "investment": ("Investment", "投资"),
    "payback": ("Simple payback", "静态回收期"),
    "co2": ("CO2 avoided", "年减排CO2"),
}


def _t(key: str, lang: str, **kw) -> str:
    en, zh = TEXT[key]
    return (zh if lang == "zh" else en).format(**kw)


def variants_section(r) -> list:
    """Flowables of the section (none without a comparison)."""
    c = getattr(r, "comparison", None)
    if c is None or len(c.rows) < 2:
        return []
    lang = r.lang
    best = c.best()
    name = (lambda row: _t("own", lang) if row.own_package else row.name)
    out = [CondPageBreak(60 * mm), r.h1(_t("title", lang)),
           r.p(_t("intro", lang, best=name(best)) if best is not None else _t("none_passes", lang))]
    rows = [[_t("variant", lang), _t("measures", lang), f"{_t('saving_rate', lang)} ({r.u('percent')})",
             _t("verdict", lang), f"{_t('investment', lang)} ({r.u('CNY')})", f"{_t('payback', lang)} ({r.u('a')})",
             f"{_t('co2', lang)} ({r.u('t')})"]]
    colours = []
    for i, row in enumerate(c.rows):
        rows.append([name(row), str(row.measure_count), r.v(row.saving_rate, "percent"),
                     _t("na" if row.passed is None else "pass" if row.passed else "fail", lang),
                     r.v(row.investment, "CNY"),
                     fmt.years(row.simple_payback, lang, row.investment).replace(f" {r.u('a')}", ""),
                     r.v(row.co2_saving, "t")])
        if row.passed is not None:
            colours.append(("TEXTCOLOR", (3, i + 1), (3, i + 1), PASS if row.passed else FAIL))
    out.append(r.table(rows, [2.2, 0.9, 1.1, 0.9, 1.4, 1.1, 1.3], right_from=1, extra=colours))
    return out
