"""calc's messages (calc.messages): every message made in calc has a
Chinese form, renders its numbers through the template, and stays the
English text wherever a plain string is expected."""

from __future__ import annotations

import ast
import re
import json
import pickle
import warnings
from pathlib import Path

import pytest

from calc.datasets.messages import chinese_templates
from calc.messages import Message, Term, msg, placeholders, render

CALC = Path(__file__).resolve().parents[2] / "calc"
HOW = ("make it a message -- warnings.warn(msg(id, English template, **params)) or return msg(...) -- and add its "
       "Chinese template to datasets/i18n/messages_zh.csv (docs/architecture.md, 'Messages'): ")


def _calls():
    """(id, English template, keyword names, where) of every ``msg(...)`` call in calc."""
    out = []
    for path in sorted(CALC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "msg":
                where = f"{path.relative_to(CALC.parent)}:{node.lineno}"
                args = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None
                        for a in node.args[:2]]
                assert len(args) == 2 and None not in args, f"{where}: msg(id, template) takes two literal strings"
                out.append((args[0], args[1], {k.arg for k in node.keywords}, where))
    return out


CALLS = _calls()


def test_the_collector_finds_the_messages():
    ids = {c[0] for c in CALLS}
    assert len(ids) >= 30
    assert {"network.no_pipes", "emitters.short", "metering.field_range", "calibration.held_no_effect"} <= ids


def test_every_message_has_a_chinese_form():
    zh = chinese_templates()
    missing = sorted({f"{i} ({where}): {en!r}" for i, en, _k, where in CALLS if i not in zh})
    assert not missing, "add to datasets/i18n/messages_zh.csv:\n" + "\n".join(missing)


def test_templates_use_only_the_parameters_given():
    zh = chinese_templates()
    wrong = []
    for i, en, keywords, where in CALLS:
        if not placeholders(en) <= keywords:
            wrong.append(f"{where}: English {sorted(placeholders(en) - keywords)} not given")
        if i in zh and not placeholders(zh[i]) <= keywords:
            wrong.append(f"{where}: Chinese template of {i} uses {sorted(placeholders(zh[i]) - keywords)}")
    assert not wrong, "\n".join(wrong)


def test_one_id_one_english_template():
    seen = {}
    for i, en, _k, where in CALLS:
        seen.setdefault(i, set()).add(en)
    assert not {i: t for i, t in seen.items() if len(t) > 1}


def test_no_catalogue_entry_without_a_message():
    assert not set(chinese_templates()) - {c[0] for c in CALLS}


def test_numbers_are_formatted_by_each_template():
    # 0.08 as "{share:.0%}" is 8 % in both languages (worked by hand)
    m = msg("network.no_pipes", "no pipes listed: network loss taken as {share:.0%} of the heat sent out", share=0.08)
    assert m == "no pipes listed: network loss taken as 8% of the heat sent out"
    assert m.render("zh") == "未列出管段：管网热损失按热源供热量的 8% 计"


def test_nested_messages_and_terms_render_in_the_language():
    inner = msg("network.no_pipes", "no pipes listed: network loss taken as {share:.0%} of the heat sent out",
                share=0.15)
    outer = msg("assess.measure_alone", "{measure} alone: {note}", measure=Term("measure", "heat_pump"), note=inner)
    assert outer == "heat pump alone: no pipes listed: network loss taken as 15% of the heat sent out"
    names = {("measure", "heat_pump", "zh"): "热泵"}
    assert outer.render("zh", lambda t, lang: names[(t.category, t.key, lang)]) == \
        "单独实施热泵时：未列出管段：管网热损失按热源供热量的 15% 计"
    # the user's own label wins over the kind
    assert str(Term("measure", "heat_pump", "ASHP block B")) == "ASHP block B"


def test_a_message_is_its_english_text_everywhere():
    m = msg("heatpump.unmet", "heat pump without back-up leaves {kwh:.0f} kWh of heat undelivered; "
            "raise the capacity or add a back-up heater", kwh=1234.4)
    assert isinstance(m, str) and "1234 kWh" in m
    assert json.loads(json.dumps({"w": m}))["w"] == str(m)
    back = pickle.loads(pickle.dumps(m))  # results cross process pools (calc.stock)
    assert isinstance(back, Message) and back == m and back.render("zh").startswith("无辅助热源的热泵有 1234 kWh")
    assert render("plain text", "zh") == "plain text"


def test_a_warning_raised_with_a_message_keeps_it():
    from calc.supply import _note

    m = msg("supply.network_unused", "every building has left the network: it is not simulated")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        warnings.warn(m)
    assert _note(caught[0].message) is m
    assert _note(UserWarning("a library's text")) == "a library's text"


def test_unknown_id_falls_back_to_english():
    m = msg("no.such.id", "plain {x:.1f}", x=2.25)
    assert m.render("zh") == "plain 2.2"


@pytest.mark.parametrize("name", ["residential_beijing_1980s", "office_shanghai_1990s", "office_shenzhen_2000s"])
def test_the_samples_warnings_are_messages(name):
    """Every warning the samples raise went through calc.messages (a plain
    f-string would print in English in the Chinese report)."""
    from calc.assess import assess
    from calc.projectfile import load

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = assess(load(CALC.parent / "datasets" / "examples" / f"{name}.json"))
    assert name != "residential_beijing_1980s" or a.warnings
    plain = [w for w in a.warnings if not isinstance(w, Message)]
    assert not plain, HOW + "; ".join(plain)
    for s in a.sensitivity:
        assert isinstance(s.low_label, Message) and isinstance(s.high_label, Message)


def test_the_chinese_templates_are_chinese():
    """Outside the placeholders a Chinese template holds Chinese, numbers,
    units and standard codes only."""
    allowed = {"EN", "DN", "GB", "COP", "kWh", "kW", "GJ", "IPMVP", "ASHRAE", "CV", "RMSE", "NMBE"}
    english = {}
    for i, zh in chinese_templates().items():
        words = set(re.findall(r"[A-Za-z]{2,}", re.sub(r"\{[^}]*\}", "", zh))) - allowed
        if words:
            english[i] = sorted(words)
    assert not english


def test_no_warning_in_calc_is_raised_as_plain_text():
    """``warnings.warn(f"...")`` would reach the Chinese report in English:
    a note of calc is raised as ``warnings.warn(msg(...))``."""
    plain = []
    for path in sorted(CALC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "warn"
                    and node.args and isinstance(node.args[0], (ast.JoinedStr, ast.Constant, ast.BinOp))):
                plain.append(f"{path.relative_to(CALC.parent)}:{node.lineno}")
    assert not plain, HOW + ", ".join(plain)
