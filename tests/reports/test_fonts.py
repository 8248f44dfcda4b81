"""Fonts: Chinese runs in Latin reports switch to the CJK font."""

from reports import fonts


def test_markup_escapes_and_switches_font_for_chinese_runs():
    cjk = fonts.cjk_font()
    text = fonts.markup("Block 1号楼 <A&B>", "en")
    assert f'<font name="{cjk}">号楼</font>' in text
    assert "&lt;A&amp;B&gt;" in text
    assert fonts.markup("1号楼", "zh") == "1号楼"  # the whole Chinese report is in the CJK font


def test_latin_text_stays_latin():
    assert not fonts.needs_cjk("U = 0.45 W/(m²·K), 20 °C")
    assert fonts.needs_cjk("ΔU ≤ 0.1")
    assert fonts.font_for("Page 3 of 9", "en") == fonts.LATIN
    assert fonts.font_for("Page 3 of 9", "zh") == fonts.cjk_font()


def test_the_shipped_font_is_embedded():
    assert fonts.is_embedded(), "reports/fonts/wqy-microhei.ttc missing: reports fall back to a non-embedded font"
