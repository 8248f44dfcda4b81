"""Every string a user can see is in the interface language: walk every
widget of every page (with results shown) in Chinese and in English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .conftest import make_window
from .zh_walk import english_words, visible_strings

TS = Path(__file__).resolve().parents[2] / "gui" / "i18n" / "retrofit_zh_CN.ts"
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def assessed():
    from calc import projectfile
    from calc.assess import assess

    from .conftest import SAMPLE

    project = projectfile.load(SAMPLE)
    return project, assess(project)


def _window(qtbot, language, assessed):
    project, a = assessed
    w = make_window(qtbot, project=project, language=language)
    w.runner.assessment, w.runner.assessed_project = a, project
    w.pages["results"].show_assessment(a)
    for key in w.PAGE_KEYS:  # each page shown once, as a user would
        w.show_page(key)
    return w


def test_no_english_in_the_chinese_interface(qtbot, assessed):
    w = _window(qtbot, "zh", assessed)
    found = {}
    assert assessed[1].warnings  # calc's warnings are on the page, in Chinese
    for where, text in visible_strings(w):
        words = english_words(text)
        if words:
            found.setdefault(text, (where, words))
    assert not found, "\n".join(f"{where}: {text!r} {words}" for text, (where, words) in found.items())


def test_the_walk_sees_every_kind_of_string(qtbot, assessed):
    """The walk is not blind: in English it finds tooltips, headers, tabs,
    menus and the results' table cells."""
    w = _window(qtbot, "en", assessed)
    kinds = {where.split(" ")[0] for where, _ in visible_strings(w)}
    assert {"window", "menu", "tooltip", "label", "button", "group", "combo", "tab", "table"} <= kinds
    texts = {t for _, t in visible_strings(w)}
    assert "Sensitivity of the verdict" in texts and "&Print…" in texts


def test_no_chinese_in_the_english_interface(qtbot, assessed):
    w = _window(qtbot, "en", assessed)
    found = set()
    for where, text in visible_strings(w):
        if not CJK.search(text):
            continue
        if where.startswith("tooltip") and not CJK.search(re.sub(r"[（(][^)）]*[)）]", "", text)):
            continue  # field help citing a Chinese document or term in brackets
        if where == "menu item" and text == "中文":
            continue  # each language is offered in its own name
        if where == "combo item" and re.fullmatch(r"[A-Za-z' ]+  [\u4e00-\u9fff]+", text):
            continue  # cities: the English key with the Chinese name beside it
        if text in {b.name for b in assessed[0].buildings} or text == assessed[0].meta.name:
            continue  # the user's own names
        found.add((where, text))
    assert not found, sorted(found)


def test_every_message_is_translated():
    text = TS.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert "<translation></translation>" not in text
