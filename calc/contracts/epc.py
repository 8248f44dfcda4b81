"""Energy-performance contracts (合同能源管理), GB/T 24915-2020
《合同能源管理技术通则》: year-by-year cash flows of the client and the
energy-service company (ESCO) for the three common types.

Conventions (those of calc.economics): real terms; year 0 carries the
investment; the energy-cost saving of year t is S·k·(1 + e)^t with S the
first-year saving at today's tariffs, e the real price escalation and k
the factor by which the actual saving differs from the expected one (1 as
assessed; the uncertainty cases use other k). Maintenance M is paid by the
party that owns the equipment: the ESCO during the term where it invests,
the client after the term (in the shared-savings and trusteeship types of
GB/T 24915-2020 the equipment passes to the client at the end of the term)
and throughout where the client invests. Replacements inside the term are not modelled (terms are shorter
than the measures' lives).

* shared savings (节能效益分享型): ESCO invests I; gets the share s of the
  actual saving during the term T; ESCO_t = s·A_t − M, client_t = (1 − s)·A_t;
* guaranteed savings (节能量保证型): the client invests I; the ESCO
  guarantees G_t = g·S_t, is paid F_t = φ·G_t a year and pays any shortfall
  max(0, G_t − A_t); ESCO_t = F_t − shortfall_t, client_t = A_t − M − F_t +
  shortfall_t;
* energy-cost trusteeship (能源费用托管型): the client pays the ESCO a fee
  B_t = (1 − d)·C0_t (its energy cost before the project, indexed to prices);
  the ESCO invests I and pays the actual energy cost C0_t − A_t and M;
  ESCO_t = A_t − d·C0_t − M, client_t = d·C0_t.

After the term the client keeps A_t − M.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .. import economics
from ..messages import msg
from ..units import Q_, magnitude
from .finance import loan_flows


@dataclass(frozen=True)
class ContractFlows:
    """Cash flows of one contract: ``client`` and ``esco`` [CNY], index =
    year 0..N; ``term`` [a] as applied (at most N); ``esco_npv`` [CNY];
    ``esco_irr`` (calc.economics.IRR); ``esco_payback`` [a] or None
    (discounted) with ``esco_payback_reason`` saying why it is None
    (calc.messages.Message, '' when there is a payback); ``client_npv``
    [CNY]; ``shortfall`` [CNY] paid by the ESCO over the term (guaranteed
    savings, else 0)."""

    kind: str
    term: int
    client: object
    esco: object
    esco_npv: object
    esco_irr: economics.IRR
    esco_payback: object
    client_npv: object
    shortfall: object
    esco_payback_reason: str = ""


def contract_flows(contract, *, saving, cost_before, investment, maintenance, period: int, escalation: float,
                   rate: float, factor: float = 1.0, loan_share: float = 0.0, loan_rate: float = 0.0,
                   loan_term: int = 1, esco_subsidy=None, fading_saving=None,
                   degradation: float = 0.0) -> ContractFlows:
    """Year-by-year flows of an energy-performance contract.

    Parameters
    ----------
    contract : calc.model.Contract
        ``kind``, ``term`` [a], ``esco_share``, ``guaranteed_share``,
        ``fee_share``, ``budget_discount`` [-].
    saving : pint.Quantity
        Expected first-year energy-cost saving S at today's tariffs [CNY/a].
    cost_before : pint.Quantity
        Client's energy cost before the project C0 [CNY/a].
    investment : pint.Quantity
        Investment net of subsidies I [CNY] (paid by the investing party).
    maintenance : pint.Quantity
        Maintenance M [CNY/a].
    period : int
        Analysis period N [a].
    escalation : float
        Real energy price escalation e [1/a].
    rate : float
        Discount rate r [1/a] for the NPVs and the discounted payback.
    factor : float
        Actual / expected saving k [-] (1 = as assessed).
    loan_share, loan_rate, loan_term : float, float, int
        Share of I the investing party borrows [-], at the rate [1/a] over
        the term [a] (calc.contracts.finance.loan_flows).
    esco_subsidy : pint.Quantity, optional
        Subsidy paid to the ESCO in year 0 [CNY] (e.g. per tce saved).
    fading_saving : pint.Quantity, optional
        Part of S that fades by ``degradation`` [1/a] a year after the
        first (PV output) [CNY/a].

    Returns
    -------
    ContractFlows
    """
    if contract.kind not in ("shared_savings", "guaranteed_savings", "energy_cost_trusteeship"):
        raise ValueError(f"contract.kind = {contract.kind!r}: not a contract")
    n = int(period)
    t_term = min(int(contract.term), n)
    s = magnitude(saving, "CNY/year", "saving")
    c0 = magnitude(cost_before, "CNY/year", "cost_before")
    inv = magnitude(investment, "CNY", "investment")
    m = magnitude(maintenance, "CNY/year", "maintenance")
    years = np.arange(n + 1)
    grow = (1.0 + escalation) ** years
    fade = 0.0 if fading_saving is None else magnitude(fading_saving, "CNY/year", "fading_saving")
    series = (s - fade) * grow + fade * grow * (1.0 - degradation) ** np.maximum(years - 1, 0)
    expected, actual, before = series, factor * series, c0 * grow
    in_term = (years >= 1) & (years <= t_term)
    after = years > t_term
    client, esco = np.zeros(n + 1), np.zeros(n + 1)
    shortfall = np.zeros(n + 1)
    if contract.kind == "shared_savings":
        esco[0] = -inv
        esco[in_term] = contract.esco_share * actual[in_term] - m
        client[in_term] = (1.0 - contract.esco_share) * actual[in_term]
    elif contract.kind == "guaranteed_savings":
        client[0] = -inv
        guaranteed = contract.guaranteed_share * expected
        fee = contract.fee_share * guaranteed
        shortfall[in_term] = np.maximum(0.0, guaranteed[in_term] - actual[in_term])
        esco[in_term] = fee[in_term] - shortfall[in_term]
        client[in_term] = actual[in_term] - m - fee[in_term] + shortfall[in_term]
    else:
        esco[0] = -inv
        esco[in_term] = actual[in_term] - contract.budget_discount * before[in_term] - m
        client[in_term] = contract.budget_discount * before[in_term]
    client[after] = actual[after] - m
    if esco_subsidy is not None:
        esco[0] += magnitude(esco_subsidy, "CNY", "esco_subsidy")
    if loan_share > 0 and inv > 0:
        loan = loan_flows(Q_(inv * loan_share, "CNY"), loan_rate, loan_term, n).m
        if contract.kind == "guaranteed_savings":
            client += loan
        else:
            esco += loan
    esco_q, client_q = Q_(esco, "CNY"), Q_(client, "CNY")
    # one rule for IRR and payback: the ESCO invests when it pays out at year
    # 0; later negative years alone (shortfall payments above the fee) are a
    # penalty on a fee, not capital earning a rate
    esco_irr = economics.irr(esco_q) if esco[0] < 0 else economics.IRR(None, msg(
        "contracts.irr_no_investment", "not applicable: the ESCO invests nothing, its return is a fee, not a rate on "
        "capital"))
    payback, why = _esco_payback(rate, esco_q)
    return ContractFlows(
        kind=contract.kind, term=t_term, client=client_q, esco=esco_q,
        esco_npv=economics.npv(rate, esco_q), esco_irr=esco_irr, esco_payback=payback,
        client_npv=economics.npv(rate, client_q), shortfall=Q_(float(shortfall.sum()), "CNY"),
        esco_payback_reason=why,
    )


def _esco_payback(rate: float, esco):
    """(discounted payback [a] or None, why it is None or ''). An ESCO that
    puts nothing in at year 0 (the client invests, or subsidies cover the
    investment) has nothing to pay back: not applicable, which differs from
    an investment the term's income does not recover (the ESCO has no
    income after the term)."""
    if esco.m[0] >= 0:
        return None, msg("contracts.payback_no_investment",
                         "not applicable: the ESCO invests nothing, so there is nothing to pay back")
    payback = economics.discounted_payback(rate, esco)
    if payback is None:
        return None, msg("contracts.payback_not_in_term", "not recovered within the term")
    return payback, ""
