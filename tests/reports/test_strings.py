"""The string table: every label in both languages, placeholders alike."""

import re
import string

import pytest

from calc.model import CARRIERS, ERAS, MEASURE_KINDS, SUPPLY_KINDS, USES
from calc.model.project import TARGET_BASES
from reports.strings import CHOICES, TEXT, check_language, choice_label, measure_name, tr

CJK = re.compile(r"[\u4e00-\u9fff]")
# labels that are the same in both languages (units, symbols)
SAME_OK = {"axis_mwh", "u_given", "dn"}


def _fields(text):
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


@pytest.mark.parametrize("key", sorted(TEXT))
def test_every_label_has_both_languages_with_the_same_placeholders(key):
    en, zh = TEXT[key]
    assert en.strip() and zh.strip()
    assert _fields(en) == _fields(zh)
    if key not in SAME_OK and key != "month_labels":
        assert CJK.search(zh), f"{key}: Chinese label has no Chinese text: {zh!r}"


@pytest.mark.parametrize("kind, keys", [("carrier", CARRIERS), ("use", USES), ("era", ERAS),
                                        ("supply", SUPPLY_KINDS), ("measure", MEASURE_KINDS),
                                        ("basis", TARGET_BASES)])
def test_every_model_choice_has_a_label(kind, keys):
    for key in keys:
        assert key in CHOICES[kind], f"{kind} {key} has no label"
        assert CJK.search(choice_label(kind, key, "zh"))


def test_unknown_choice_falls_back_to_a_readable_key():
    assert choice_label("carrier", "wood_pellets", "zh") == "wood pellets"


def test_tr_fills_fields_and_rejects_unknown_keys():
    assert tr("page_x_of_y", "zh", page=2, total=9) == "第 2 页 共 9 页"
    assert tr("page_x_of_y", "en", page=2, total=9) == "Page 2 of 9"
    with pytest.raises(KeyError):
        tr("no_such_label", "en")


def test_unsupported_language_is_named():
    with pytest.raises(ValueError, match="'fr'"):
        check_language("fr")


class _M:
    def __init__(self, kind, label):
        self.kind, self.label = kind, label


def test_measure_name_translates_default_labels_and_keeps_user_labels():
    assert measure_name(_M("wall_insulation", "wall insulation"), "zh") == "外墙保温"
    assert measure_name(_M("wall_insulation", ""), "en") == "Wall insulation"
    assert measure_name(_M("wall_insulation", "EPS 80 mm on all facades"), "zh") == "EPS 80 mm on all facades"
