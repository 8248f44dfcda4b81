"""Thin entry point of calc.contracts: the tariff calibration applied before
accounting, and the stakeholder views and the contract of an assessed
package (called by calc.assess)."""

from __future__ import annotations

import dataclasses

from ..messages import msg
from ..units import Q_, magnitude, to
from . import finance
from . import tariffs as tariff_rules
from .epc import contract_flows
from .results import ContractResult
from .views import stakeholder_views

#: Upper limit of the metered heat price the model accepts [CNY/GJ]
#: (calc.model.Tariffs.heat_energy).
_MAX_HEAT_PRICE = 500.0


def priced_project(project, baseline_heat, area):
    """The project with the metered heat price calibrated when
    ``tariffs.heat_energy_calibration`` is "revenue_neutral".

    Parameters
    ----------
    project : calc.model.Project
    baseline_heat : pint.Quantity
        District heat bought by the buildings as they are [kWh or GJ].
    area : pint.Quantity
        Billed floor area [m²].

    Returns
    -------
    (calc.model.Project, list of str)
        The project to account with, and warnings (a calibration that has
        no heat to work on, or gives a price beyond the model's limit,
        keeps the entered price and says so).
    """
    t = project.economics.tariffs
    if t.heat_energy_calibration != "revenue_neutral":
        return project, []
    price = tariff_rules.revenue_neutral_heat_price(baseline_heat, area, t.heat_area, t.heat_fixed_share)
    if price is None:
        return project, [msg("contracts.neutral_price_no_heat", "Revenue-neutral heat price: the buildings take no "
                             "district heat; the entered price is kept.")]
    if price.m > _MAX_HEAT_PRICE:
        return project, [msg("contracts.neutral_price_too_high", "Revenue-neutral heat price {price:.0f} CNY/GJ is "
                             "above {limit:.0f} CNY/GJ; the entered price is kept.", price=price.m,
                             limit=_MAX_HEAT_PRICE)]
    tariffs = dataclasses.replace(t, heat_energy=to(price, "CNY/GJ"))
    econ = dataclasses.replace(project.economics, tariffs=tariffs)
    return dataclasses.replace(project, economics=econ), []


def uncertainty_factors(target, uncertainty):
    """(low, high) actual / expected saving from the verdict's Monte Carlo:
    the P10 and P90 of the saving rate over the assessed rate (both on the
    verdict's basis, calc.uncertainty); (None, None) without a Monte Carlo,
    a P10 or P90, or a positive assessed rate."""
    if uncertainty is None or target.saving_rate is None:
        return None, None
    p10, p90 = uncertainty.saving_rate_p10, uncertainty.saving_rate_p90
    base = magnitude(target.saving_rate, "percent")
    if p10 is None or p90 is None or not base > 0:
        return None, None
    return max(0.0, magnitude(p10, "percent") / base), magnitude(p90, "percent") / base


def saving_range(target, sensitivity, uncertainty=None):
    """(low, high, source) of the saving factor: the Monte Carlo's P10/P90
    where it was run (source "uncertainty_p10_p90"), else the spread of the
    sensitivity table ("sensitivity_spread"), else (None, None, "none")."""
    lo, hi = uncertainty_factors(target, uncertainty)
    if lo is not None:
        return lo, hi, "uncertainty_p10_p90"
    lo, hi = saving_factors(target, sensitivity)
    return (lo, hi, "sensitivity_spread") if lo is not None else (None, None, "none")


def saving_factors(target, sensitivity):
    """(low, high) actual / expected saving from the sensitivity table: the
    lowest and highest package saving rate over the base rate; (None, None)
    without rows, or without a positive base saving (or one that does not
    apply)."""
    if target.saving_rate is None or not sensitivity:  # a rate that does not apply gives no range
        return None, None
    base = magnitude(target.saving_rate, "percent")
    rates = [magnitude(q, "percent") for r in sensitivity for q in (r.saving_rate_low, r.saving_rate_high) if q is not None]
    if not base > 0 or not rates:
        return None, None
    return max(0.0, min(rates) / base), max(rates) / base


def contract_result(project, baseline, economics_result, investments, target, sensitivity, esco_subsidy=None,
                    pv_saving=None, uncertainty=None):
    """The contract of the project (None when ``contract.kind`` is "none");
    the low and high cases follow :func:`saving_range`."""
    c = project.economics.contract
    if c.kind == "none":
        return None
    e = project.economics
    args = dict(saving=to(economics_result.annual_cost_saving, "CNY/year"),
                cost_before=to(baseline.energy_cost, "CNY/year"),
                investment=Q_(sum(magnitude(i.net, "CNY") for i in investments), "CNY"),
                maintenance=Q_(sum(magnitude(i.maintenance, "CNY/year") for i in investments), "CNY/year"),
                period=e.analysis_period, escalation=e.energy_price_escalation, rate=e.discount_rate,
                loan_share=e.loan_share, loan_rate=e.loan_rate, loan_term=e.loan_term, esco_subsidy=esco_subsidy,
                fading_saving=None if pv_saving is None else to(pv_saving, "CNY/year"), degradation=e.pv_degradation)
    base = contract_flows(c, **args)
    lo, hi, range_source = saving_range(target, sensitivity, uncertainty)
    cases = {k: contract_flows(c, **args, factor=k) for k in (lo, hi) if k is not None}

    def pct(irr):
        return None if irr.rate is None else Q_(100.0 * irr.rate, "percent")

    in_term = base.client.m[: base.term + 1].sum()
    return ContractResult(
        contract_type=c.kind, term=Q_(base.term, "a"), expected_saving=to(economics_result.annual_cost_saving, "CNY/a"),
        esco_npv=base.esco_npv, esco_irr=pct(base.esco_irr), esco_irr_reason=base.esco_irr.reason,
        esco_payback=base.esco_payback, esco_payback_reason=base.esco_payback_reason, client_npv=base.client_npv, client_saving_in_term=Q_(float(in_term), "CNY"),
        shortfall=base.shortfall, esco_subsidy=esco_subsidy,
        saving_range_source=range_source,
        saving_factor_low=None if lo is None else Q_(lo, "dimensionless"),
        saving_factor_high=None if hi is None else Q_(hi, "dimensionless"),
        esco_irr_low=pct(cases[lo].esco_irr) if lo is not None else None,
        esco_irr_high=pct(cases[hi].esco_irr) if hi is not None else None,
        esco_npv_low=cases[lo].esco_npv if lo is not None else None,
        esco_npv_high=cases[hi].esco_npv if hi is not None else None,
        client_flows=base.client, esco_flows=base.esco,
    )


def evaluate(project, baseline, package, billing_after, investments, area, economics_result, target, sensitivity,
             pv_saving=None, uncertainty=None):
    """(Stakeholders, ContractResult or None) of an assessed package;
    ``pv_saving`` [CNY/a] is the PV step's first-year saving, which fades with
    the modules; ``uncertainty`` (calc.results.Uncertainty or None) gives
    the contract's low and high cases where it was run."""
    kinds = [m.kind for m in project.measures if m.enabled]
    schemes = finance.scheme_totals(project, investments, kinds, baseline, package)
    views = stakeholder_views(project, baseline, package, billing_after, investments, area, schemes["owner"],
                              pv_saving)
    return views, contract_result(project, baseline, economics_result, investments, target, sensitivity,
                                  schemes["esco"], pv_saving, uncertainty)
