"""Contract cash flows against hand calculations.

Common example: first-year saving S = 30 000 CNY/a, investment I = 100 000
CNY, maintenance M = 1000 CNY/a, term T = 5 a, period N = 10 a, r = 6 %,
no escalation. Annuity factors at 6 %: a5 = (1 − 1.06⁻⁵)/0.06 = 4.212364,
a10 = 7.360087.
"""

import numpy as np
import pytest

from calc.contracts.epc import contract_flows
from calc.model import Contract
from calc.units import Q_

A5, A10 = 4.212364, 7.360087


def flows(kind, factor=1.0, escalation=0.0, **terms):
    c = Contract(kind=kind, term=5, **terms)
    return contract_flows(c, saving=Q_(30_000.0, "CNY/year"), cost_before=Q_(200_000.0, "CNY/year"),
                          investment=Q_(100_000.0, "CNY"), maintenance=Q_(1000.0, "CNY/year"), period=10,
                          escalation=escalation, rate=0.06, factor=factor)


def test_shared_savings_by_hand():
    f = flows("shared_savings", esco_share=0.8)
    # ESCO: −100 000, then 0.8 × 30 000 − 1000 = 23 000 for 5 years
    assert f.esco.m.tolist() == pytest.approx([-100_000] + [23_000] * 5 + [0] * 5)
    # client: 0.2 × 30 000 = 6000 in the term, 30 000 − 1000 = 29 000 after
    assert f.client.m.tolist() == pytest.approx([0] + [6000] * 5 + [29_000] * 5)
    # NPV = −100 000 + 23 000 × 4.212364 = −3115.6
    assert f.esco_npv.m == pytest.approx(-3115.6, abs=0.5)
    # IRR: root of the same flows by polynomial roots (numpy.roots), 4.8472 %
    assert f.esco_irr.rate == pytest.approx(0.048472, abs=1e-5)
    # client NPV = 6000 × a5 + 29 000 × (a10 − a5) = 25 274.2 + 91 284.0
    assert f.client_npv.m == pytest.approx(116_558.1, abs=1.0)
    assert f.esco_payback is None  # not reached at 6 % within the flows


def test_shared_savings_with_escalation():
    f = flows("shared_savings", esco_share=0.8, escalation=0.02)
    # year 3: 0.8 × 30 000 × 1.02³ − 1000 = 24 468.99
    assert f.esco.m[3] == pytest.approx(24_468.99, abs=0.01)


def test_guaranteed_savings_by_hand():
    # guaranteed G = 0.8 × 30 000 = 24 000; fee 0.5 × G = 12 000
    f = flows("guaranteed_savings", guaranteed_share=0.8, fee_share=0.5)
    assert f.client.m.tolist() == pytest.approx([-100_000] + [17_000] * 5 + [29_000] * 5)
    assert f.esco.m.tolist() == pytest.approx([0] + [12_000] * 5 + [0] * 5)
    assert f.esco_irr.rate is None and "invests nothing" in f.esco_irr.reason
    assert f.esco_npv.m == pytest.approx(12_000 * A5, abs=0.5)
    # savings 30 % short: actual 21 000, shortfall 3000 a year paid by the ESCO
    low = flows("guaranteed_savings", factor=0.7, guaranteed_share=0.8, fee_share=0.5)
    assert low.esco.m[1:6] == pytest.approx([9000] * 5)
    assert low.client.m[1:6] == pytest.approx([11_000] * 5)  # 21 000 − 1000 − 12 000 + 3000
    assert low.shortfall.m == pytest.approx(15_000)


def test_shortfall_above_the_fee_is_no_investment():
    # actual 0.3 × 30 000 = 9000: shortfall 24 000 − 9000 = 15 000 > fee 12 000,
    # so the ESCO pays 3000 a year; it put nothing in at year 0, so neither an
    # IRR nor a payback applies (one rule for both)
    f = flows("guaranteed_savings", factor=0.3, guaranteed_share=0.8, fee_share=0.5)
    assert f.esco.m[1:6] == pytest.approx([-3000] * 5)
    assert f.esco_irr.rate is None and "invests nothing" in f.esco_irr.reason
    assert f.esco_payback is None and "invests nothing" in f.esco_payback_reason


def test_trusteeship_by_hand():
    # fee = 0.9 × 200 000; ESCO pays 200 000 − 30 000 and M: 180 000 − 170 000 − 1000 = 9000
    f = flows("energy_cost_trusteeship", budget_discount=0.1)
    assert f.esco.m.tolist() == pytest.approx([-100_000] + [9000] * 5 + [0] * 5)
    assert f.client.m.tolist() == pytest.approx([0] + [20_000] * 5 + [29_000] * 5)
    assert f.esco_npv.m == pytest.approx(-100_000 + 9000 * A5, abs=0.5)


def test_term_longer_than_period_is_cut():
    c = Contract(kind="shared_savings", term=12)
    f = contract_flows(c, saving=Q_(30_000.0, "CNY/year"), cost_before=Q_(0.0, "CNY/year"),
                       investment=Q_(100_000.0, "CNY"), maintenance=Q_(0.0, "CNY/year"), period=10,
                       escalation=0.0, rate=0.06)
    assert f.term == 10 and f.esco.m.size == 11


def test_no_contract_is_refused():
    with pytest.raises(ValueError, match="not a contract"):
        flows("none")


def test_esco_irr_falls_with_the_saving():
    rates = [flows("shared_savings", factor=k).esco_irr.rate for k in (0.8, 1.0, 1.2)]
    assert rates[0] < rates[1] < rates[2] and np.all(np.isfinite(rates))


def test_pv_part_of_the_saving_fades():
    c = Contract(kind="shared_savings", term=5, esco_share=0.8)
    f = contract_flows(c, saving=Q_(30_000.0, "CNY/year"), cost_before=Q_(0.0, "CNY/year"),
                       investment=Q_(100_000.0, "CNY"), maintenance=Q_(1000.0, "CNY/year"), period=10,
                       escalation=0.0, rate=0.06, fading_saving=Q_(10_000.0, "CNY/year"), degradation=0.01)
    # year 3: 0.8 × (20 000 + 10 000 × 0.99²) − 1000 = 22 840.8; year 1 unchanged 23 000
    assert f.esco.m[1] == pytest.approx(23_000.0)
    assert f.esco.m[3] == pytest.approx(22_840.8, abs=1e-6)


def test_why_the_esco_has_no_irr_is_a_message_in_both_languages():
    """The reasons reach the GUI and the report as calc.messages.Message:
    English in the JSON, Chinese from the catalogue, no text matching."""
    from calc import economics
    from calc.messages import Message

    fee = flows("guaranteed_savings", guaranteed_share=0.8, fee_share=0.5).esco_irr.reason
    assert isinstance(fee, Message) and fee.id == "contracts.irr_no_investment"
    assert fee.render("zh") == "不适用：节能服务公司不出资，其收益为服务费，而非资本收益率"
    never = economics.irr(Q_([0.0, 100.0, 100.0], "CNY")).reason
    assert never.id == "economics.irr_no_sign_change" and never.render("zh").startswith("无：现金流始终不变号")
    # −1 now, 10⁶ in a year: the rate 999 999 (10⁸ %) lies beyond the scan's 1000 %
    far = economics.irr(Q_([-1.0, 1e6], "CNY")).reason
    assert far == "none: the NPV does not reach zero between -99% and 1000% per year"
    assert far.render("zh") == "无：年收益率在 -99% 至 1000% 之间净现值达不到零"
    several = economics.irr(Q_([-100.0, 230.0, -132.0], "CNY"))  # roots 10 % and 20 % (worked by hand)
    assert several.rate == pytest.approx(0.10, abs=1e-9)
    assert several.reason.render("zh") == "现金流变号 2 次；取可能的多个收益率中最低者"


def test_why_the_esco_has_no_payback_is_a_message_in_both_languages():
    """No payback because the ESCO puts nothing in (the client invests) is
    not applicable; an investment the term does not recover is 'not
    recovered' -- two different answers, each with its Chinese form."""
    from calc.messages import Message

    fee = flows("guaranteed_savings", guaranteed_share=0.8, fee_share=0.5)
    assert fee.esco_payback is None
    why = fee.esco_payback_reason
    assert isinstance(why, Message) and why.id == "contracts.payback_no_investment"
    assert why == "not applicable: the ESCO invests nothing, so there is nothing to pay back"
    assert why.render("zh") == "不适用：节能服务公司不出资，无投资需要回收"
    # shared savings, 23 000 a year for 5 years at 6 %: 96 884 < 100 000 (NPV −3115.6 above)
    short = flows("shared_savings", esco_share=0.8)
    assert short.esco_payback is None and short.esco_payback_reason.id == "contracts.payback_not_in_term"
    assert short.esco_payback_reason.render("zh") == "合同期内无法回收"


def test_esco_payback_by_hand_and_with_subsidies_covering_the_investment():
    # all of the saving to the ESCO: 29 000 a year; discounted 27 358.5, 25 809.9, 24 349.0 → −22 482.6
    # after year 3; year 4 adds 29 000/1.06⁴ = 22 970.8 → 3 + 22 482.6/22 970.8 = 3.9788 a
    f = flows("shared_savings", esco_share=1.0)
    assert f.esco_payback.to("year").m == pytest.approx(3.9788, abs=1e-3) and f.esco_payback_reason == ""
    c = Contract(kind="shared_savings", term=5, esco_share=0.8)
    covered = contract_flows(c, saving=Q_(30_000.0, "CNY/year"), cost_before=Q_(200_000.0, "CNY/year"),
                             investment=Q_(100_000.0, "CNY"), maintenance=Q_(1000.0, "CNY/year"), period=10,
                             escalation=0.0, rate=0.06, esco_subsidy=Q_(100_000.0, "CNY"))
    assert covered.esco.m[0] == 0 and covered.esco_payback is None
    assert covered.esco_payback_reason.id == "contracts.payback_no_investment"
