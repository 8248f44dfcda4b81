"""The report section on stakeholders and the contract prints the figures
calc.contracts produced, in both languages."""

from reportlab.platypus import Paragraph, Table

from reports import contract, fmt
from reports.story import build_story

from .fixtures import fixture_assessment


def _texts(flowables):
    out = []
    for f in flowables:
        if isinstance(f, Paragraph):
            out.append(f.getPlainText())
        elif isinstance(f, Table):
            for row in f._cellvalues:
                out += [c.getPlainText() for c in row if isinstance(c, Paragraph)]
        elif hasattr(f, "_content"):
            out += _texts(f._content)
    return out


def test_every_label_has_both_languages():
    assert all(en and zh for en, zh in contract.TEXT.values())


def test_section_shows_the_assessed_figures(real_assessments):
    for name, (project, a) in real_assessments.items():
        for lang in ("en", "zh"):
            texts = _texts(build_story(project, a, lang))
            assert contract.TEXT["title"][lang == "zh"] in texts
            assert fmt.value(a.stakeholders.occupant.npv, "CNY", lang) in texts
            assert fmt.value(a.contract.esco_flows[0], "CNY", lang) in texts
            assert fmt.quantity(a.contract.esco_npv, "CNY", lang) in texts


def test_residential_shows_the_tariff_split(real_assessments):
    project, a = real_assessments["residential_beijing_1980s"]
    texts = _texts(build_story(project, a, "en"))
    assert fmt.quantity(a.stakeholders.occupant.tariff_saving, "CNY/a", "en", signed=True) in texts


def test_left_out_without_views(residential):
    a = fixture_assessment(residential)
    assert a.stakeholders is None
    assert contract.TEXT["title"][0] not in _texts(build_story(residential, a, "en"))


def test_why_the_esco_has_no_irr_is_printed_in_the_report_language(real_assessments):
    """The reason is calc's message, rendered in the report's language (not
    recognised by its English words)."""
    import dataclasses

    from calc import economics
    from calc.units import Q_

    project, a = real_assessments["residential_beijing_1980s"]
    for flows, en, zh in (
        ([0.0, 100.0], "none: the cash flows never change sign, so no rate makes the NPV zero",
         "无：现金流始终不变号，没有使净现值为零的收益率"),
        ([-1.0, 1e6], "none: the NPV does not reach zero between -99% and 1000% per year",
         "无：年收益率在 -99% 至 1000% 之间净现值达不到零"),
    ):
        reason = economics.irr(Q_(flows, "CNY")).reason
        b = dataclasses.replace(a, contract=dataclasses.replace(a.contract, esco_irr=None, esco_irr_reason=reason))
        assert en in _texts(build_story(project, b, "en"))
        zh_texts = _texts(build_story(project, b, "zh"))
        assert zh in zh_texts and en not in zh_texts


def test_why_the_esco_has_no_payback_is_printed_in_the_report_language(real_assessments):
    """Guaranteed savings: the client invests, so the report says the ESCO
    has nothing to pay back, not that the term does not recover it; an
    ESCO investment the term does not recover says so, in either language."""
    import dataclasses

    from calc.assess import assess
    from calc.schema import set_path

    project, _ = real_assessments["residential_beijing_1980s"]
    guaranteed = set_path(project, "economics.contract.kind", "guaranteed_savings")
    a = assess(guaranteed, sensitivity=False)
    assert a.contract.esco_payback is None
    en, zh = _texts(build_story(guaranteed, a, "en")), _texts(build_story(guaranteed, a, "zh"))
    assert "not applicable: the ESCO invests nothing, so there is nothing to pay back" in en
    assert "不适用：节能服务公司不出资，无投资需要回收" in zh
    assert "not recovered within the term" not in en and "合同期内无法回收" not in zh
    # the reason is calc's message: the same assessment with the other reason prints that one
    from calc.messages import msg
    other = msg("contracts.payback_not_in_term", "not recovered within the term")
    b = dataclasses.replace(a, contract=dataclasses.replace(a.contract, esco_payback_reason=other))
    assert "not recovered within the term" in _texts(build_story(guaranteed, b, "en"))
    assert "合同期内无法回收" in _texts(build_story(guaranteed, b, "zh"))
    # a savings range gives no ESCO IRR range when the ESCO invests nothing:
    # "n/a … n/a" would say nothing the IRR row does not
    from calc.units import Q_
    ranged = dataclasses.replace(a, contract=dataclasses.replace(
        a.contract, saving_factor_low=Q_(0.9, ""), saving_factor_high=Q_(1.1, ""),
        esco_irr_low=None, esco_irr_high=None))
    assert not any("ESCO IRR if savings are" in x for x in _texts(build_story(guaranteed, ranged, "en")))
    with_irr = dataclasses.replace(ranged, contract=dataclasses.replace(
        ranged.contract, esco_irr_low=Q_(5.0, "percent"), esco_irr_high=Q_(9.0, "percent")))
    assert any("ESCO IRR if savings are" in x for x in _texts(build_story(guaranteed, with_irr, "en")))
