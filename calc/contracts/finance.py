"""Finance of an investment: a loan's cash flows, and subsidy schemes
applied to a package (per m² of floor, per dwelling, a share of the
investment, per kW of heat pump, per kWp of PV, per tce saved a year), each
with its cap.

Flows are in the real terms of calc.economics; a loan rate is applied as
entered (enter a real rate to be consistent; a nominal rate overstates the
loan's cost in real terms).
"""

from __future__ import annotations

import numpy as np

from .. import economics
from ..units import Q_, magnitude, to


def loan_flows(principal, rate: float, term: int, period: int):
    """Cash flows of an annuity loan seen by the borrower.

    +P in year 0, −A in years 1..n (n = min(term, period); a loan longer
    than the period is cut, its balance is then paid in year N), with
    A = P · CRF(rate, term) (the capital recovery factor).

    Parameters
    ----------
    principal : pint.Quantity
        Amount borrowed P [CNY], ≥ 0.
    rate : float
        Loan interest rate [1/a], ≥ 0.
    term : int
        Repayment term [a], ≥ 1.
    period : int
        Analysis period N [a].

    Returns
    -------
    pint.Quantity
        N + 1 flows [CNY].
    """
    p = magnitude(principal, "CNY", "principal")
    if p < 0:
        raise ValueError(f"principal = {p:g} CNY: must be ≥ 0")
    n, big_n = int(term), int(period)
    if n < 1:
        raise ValueError(f"term = {n}: must be ≥ 1 year")
    a = p * economics.capital_recovery_factor(rate, n)
    flows = np.zeros(big_n + 1)
    flows[0] = p
    paid = min(n, big_n)
    flows[1:paid + 1] = -a
    if n > big_n:
        # balance outstanding after N payments: present value of the rest at the loan rate
        rest = n - big_n
        flows[big_n] -= a * (1.0 - (1.0 + rate) ** -rest) / rate if rate > 0 else a * rest
    return Q_(flows, "CNY")


def financed(flows, principal, economics_settings):
    """Flows with the loan of ``Economics`` (``loan_share`` of ``principal``
    borrowed at ``loan_rate`` over ``loan_term``) added [CNY]."""
    e = economics_settings
    share = getattr(e, "loan_share", 0.0)
    if not share > 0:
        return flows
    loan = loan_flows(principal * share, e.loan_rate, e.loan_term, e.analysis_period)
    return flows + loan


def scheme_amount(scheme, *, floor_area, dwellings: int, investment, heat_pump_kw, pv_kwp, tce_saved):
    """What one subsidy scheme pays [CNY]: rate × its basis, at most the cap.

    Parameters
    ----------
    scheme : calc.model.SubsidyScheme
    floor_area : pint.Quantity
        Floor area of the buildings [m²] (basis "floor_area").
    dwellings : int
        Dwellings (basis "dwelling").
    investment : pint.Quantity
        Package investment before subsidies [CNY] ("investment_share").
    heat_pump_kw, pv_kwp : pint.Quantity
        Heat-pump capacity [kW] and PV peak power [kW] of the package.
    tce_saved : pint.Quantity
        Standard coal saved a year [tce] ("tce_saved": rate in CNY per tce
        of annual saving, paid once, as the EPC rewards of 财建〔2010〕249号).

    Returns
    -------
    pint.Quantity
        [CNY], ≥ 0.
    """
    basis = {
        "floor_area": magnitude(floor_area, "m**2", "floor_area"),
        "dwelling": float(dwellings),
        "investment_share": magnitude(investment, "CNY", "investment"),
        "heat_pump_capacity": magnitude(heat_pump_kw, "kW", "heat_pump_kw"),
        "pv_power": magnitude(pv_kwp, "kW", "pv_kwp"),
        "tce_saved": max(0.0, magnitude(tce_saved, "tce", "tce_saved")),
    }[scheme.basis]
    amount = scheme.rate * basis
    if scheme.cap is not None:
        amount = min(amount, magnitude(scheme.cap, "CNY"))
    return Q_(max(0.0, amount), "CNY")


def scheme_totals(project, investments, kinds, baseline, package) -> dict:
    """Subsidy-scheme money by recipient [CNY]: {"owner": ..., "esco": ...},
    from ``project.economics.subsidies`` and the package as assessed."""
    from ..geometry import floor_area

    def quantity(kind, unit):
        total = 0.0
        for inv, k in zip(investments, kinds):
            if k == kind and inv.quantity is not None:
                total += inv.quantity.to(unit).m
        return Q_(total, unit)

    args = dict(floor_area=Q_(sum(floor_area(b).to("m**2").m for b in project.buildings), "m**2"),
                dwellings=sum(b.dwellings for b in project.buildings),
                investment=Q_(sum(magnitude(i.gross, "CNY") for i in investments), "CNY"),
                heat_pump_kw=quantity("heat_pump", "kW"), pv_kwp=quantity("rooftop_pv", "kW"),
                tce_saved=to(baseline.total_standard_coal - package.total_standard_coal, "tce"))
    out = {"owner": Q_(0.0, "CNY"), "esco": Q_(0.0, "CNY")}
    for s in project.economics.subsidies:
        out[s.recipient] = out[s.recipient] + scheme_amount(s, **args)
    return out
