"""The report's inputs appendix, for a reader: every input under the name
the program's forms give it, its value with its unit or by its name, and a
mark on the values defaulted from archetype data (shaded). Grouped by what
they describe (assessment, site, each building and its parts, heat supply,
each measure, economics, accounting)."""

from __future__ import annotations

import re

import pint
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak

from calc.datasets.names import readable
from calc.model.measures import MEASURE_PARAMS
from calc.percent import is_percent
from calc.schema import get_path, walk_fields

from .input_names import FIELDS, OPTIONS
from .styles import ACCENT, WARN_BG

DEFAULT_MARK = "*"
INDEX = re.compile(r"\[(\d+)\]")

SECTIONS = {
    "meta": ("Assessment", "评估信息"), "site": ("Site", "场地"), "buildings": ("Building", "建筑"),
    "geometry": ("Geometry", "几何尺寸"), "wall": ("Walls", "外墙"), "roof": ("Roof", "屋面"),
    "ground_floor": ("Ground floor", "地面"), "layers": ("layer", "构造层"), "window": ("Windows", "外窗"),
    "ventilation": ("Ventilation", "通风"), "equipment": ("Equipment", "设备"), "operation": ("Operation", "运行"),
    "supply": ("Heat supply", "供热系统"), "network": ("Heating network", "供热管网"), "pipes": ("pipe segment", "管段"),
    "metering": ("Metering and charging", "计量与收费"), "measures": ("Measure", "措施"),
    "economics": ("Economics", "经济参数"), "tariffs": ("Energy prices", "能源价格"),
    "accounting": ("Standard coal and CO2 accounting", "标准煤与 CO2 核算"), "variants": ("Variant", "备选方案"),
    "heat_pump": ("Heat pump", "热泵"), "contract": ("Energy-performance contract", "合同能源管理"),
    "subsidies": ("Subsidy scheme", "补贴"), "term": ("Term", "合同期"),
    "internal_mass": ("Internal mass", "内部蓄热体"), "custom_schedule": ("Own weekly schedule", "自定义周作息"), "pv": ("Rooftop PV", "屋顶光伏"), "backup": ("Back-up heater", "辅助热源"),
}
YES_NO = {True: ("yes", "是"), False: ("no", "否")}
EMPTY = ("(empty: the dataset value)", "（空：取数据集数值）")


def _pick(pair, lang):
    return pair[1] if lang == "zh" else pair[0]


def field_name(cls_name: str, name: str, lang: str) -> str:
    pair = (FIELDS.get(f"{cls_name}.{name}") or FIELDS.get(name) or SECTIONS.get(name)
            or {"params": ("Parameters", "参数")}.get(name))
    return _pick(pair, lang) if pair else name.replace("_", " ")


def option_name(key, lang: str) -> str:
    if key in ("yes", "no"):
        return _pick(YES_NO[key == "yes"], lang)
    pair = OPTIONS.get(str(key))
    return _pick(pair, lang) if pair else str(key).replace("_", " ")


def city_name(key: str, lang: str) -> str:
    if lang != "zh":
        return key
    try:
        from calc.datasets.cities import city

        return str(city(key).get("city_zh") or key)
    except Exception:  # noqa: BLE001 - the key is a fair fallback
        return key


def section_title(project, path: str, lang: str) -> str:
    """"Building 1 (name) · Walls · layer 2" for the object at ``path``."""
    parts, walked = [], ""
    for segment in path.split("."):
        name, _, rest = segment.partition("[")
        walked = f"{walked}.{segment}" if walked else segment
        title = _pick(SECTIONS.get(name, (name.replace("_", " "),) * 2), lang)
        if rest:
            n = int(rest.rstrip("]")) + 1
            title = f"{title} {n}"
            obj = get_path(project, walked)
            own = getattr(obj, "name", "") or getattr(obj, "label", "") or getattr(obj, "material", "")
            own = readable(own, lang) if isinstance(own, str) else own
            if name == "measures" and not own:
                own = option_name(obj.kind, lang)
            if own:
                title += f"（{own}）" if lang == "zh" else f" ({own})"
        parts.append(title)
    return " · ".join(parts)


def pretty_unit(unit: str) -> str:
    """pint syntax as printed: W/(m**2*K) -> W/(m²·K), degC -> °C."""
    return (unit.replace("**2", "²").replace("**3", "³").replace("*", "·").replace("degC", "°C")
            .replace("deg", "°"))


def input_unit(unit: str, lang: str) -> str:
    """An input's unit as printed (the results' unit labels name CO2 in
    CNY/t, which is a coal price here)."""
    text = pretty_unit(unit).replace("year", "年" if lang == "zh" else "a")
    return text.replace("CNY", "元") if lang == "zh" else text


def _number(x: float) -> str:
    return f"{x:,.6g}" if abs(x) >= 1000 else f"{x:.6g}"


def value_text(value, md, lang: str, unit_label, name: str = "", params=None) -> str:
    """A value as a reader reads it: number and unit, a choice by name, a
    share or rate in per cent as the forms show it (calc.percent; ``name``
    is the field's, ``params`` the declarations of a measure's parameters)."""
    if value is not None and not isinstance(value, bool) and is_percent(md, name):
        x = float(value.to("dimensionless").m) if isinstance(value, pint.Quantity) else float(value)
        return f"{_number(round(x * 100, 9))} %"
    if value is None:
        if md.get("kind") == "child":
            return _pick(("none", "无"), lang)
        return _pick(EMPTY, lang) if md.get("optional") else "—"
    if isinstance(value, bool):
        return _pick(YES_NO[value], lang)
    if isinstance(value, pint.Quantity):
        unit = md.get("unit") or f"{value.units:~P}"
        u = input_unit(unit, lang) if unit != "dimensionless" else ""
        return f"{_number(float(value.to(unit).m))} {u}".strip()
    if md.get("kind") == "choice":
        return option_name(value, lang)
    if md.get("city"):
        return city_name(value, lang)
    if isinstance(value, float):
        return _number(value)
    if isinstance(value, dict):
        parts = []
        for k, v in value.items():
            decl = {"kind": "qty", **dict((params or {}).get(k, {}))}
            decl.setdefault("unit", f"{v.units}" if isinstance(v, pint.Quantity) else "dimensionless")
            shown = (value_text(v, decl, lang, unit_label, k) if isinstance(v, pint.Quantity)
                     else option_name(v, lang))
            parts.append(f"{field_name('Measure', k, lang)} {shown}")
        return "；".join(parts) if lang == "zh" else "; ".join(parts)
    if isinstance(value, (tuple, list)):
        return ", ".join(map(str, value)) or "—"
    text = readable(str(value), lang)  # library keys by name
    return text if text.strip() else "—"


def _is_defaulted(path: str, defaults: set) -> bool:
    """Whether ``path`` or an object above it (a prefix ending before "."
    or "[") is among ``defaults``: a look-up per level of the path, so a
    stock project's long list costs no more than a short one."""
    return path in defaults or any(path[:i] in defaults for i, ch in enumerate(path) if ch in ".[")


def appendix_section(r) -> list:
    """Flowables of the appendix (none when the report leaves it out)."""
    if not getattr(r, "include_appendix", True):
        return []
    pj, lang = r.project, r.lang
    defaults = set(pj.defaults) | set(r.a.defaults)
    mark = f"“{DEFAULT_MARK}”" if lang == "zh" else f"'{DEFAULT_MARK}'"
    # flows on after the warnings: a page holding one warning line is none of the reader's business
    out = [CondPageBreak(80 * mm), r.h1("appendix"), r.p(r.t("appendix_intro", mark=mark))]
    rows = [[r.t("field"), r.t("value"), r.t("defaulted")]]
    extra, current = [], None
    for path, value, md in walk_fields(pj):
        if path == "defaults" or md.get("kind") == "children":
            continue
        parent, _, name = path.rpartition(".")
        if parent != current:
            current = parent
            rows.append([section_title(pj, parent, lang) if parent else "", "", ""])
            i = len(rows) - 1
            extra += [("SPAN", (0, i), (-1, i)), ("TEXTCOLOR", (0, i), (-1, i), ACCENT),
                      ("TOPPADDING", (0, i), (-1, i), 6)]
        owner = type(get_path(pj, parent)).__name__ if parent else "Project"
        defaulted = _is_defaulted(path, defaults)
        if defaulted:
            extra.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), WARN_BG))
        if path == "site.city":
            md = {**md, "city": True}
        params = MEASURE_PARAMS.get(get_path(pj, parent).kind) if owner == "Measure" else None
        rows.append([field_name(owner, name, lang), value_text(value, md, lang, r.u, name, params),
                     DEFAULT_MARK if defaulted else ""])
    out.append(r.table(rows, [3.2, 3.2, 0.7], right_from=None, extra=extra, zebra=False))
    return out
