"""Stakeholder views of one package: the occupant (bills under the tariffs
that apply), the heating company (revenue against the cost of the heat it
sends out), the owner / investor (investment, subsidies, maintenance,
residual value against the bill savings) and society (energy at its cost
and CO2 at a carbon price; subsidies are transfers and do not count).

Each view carries its cash flows over the analysis period in the
conventions of calc.economics (real terms, year 0 = investment, savings
escalate with the real energy price escalation). Sources in
docs/economics.md.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from .. import accounting, economics
from ..units import Q_, as_unit, magnitude, to
from . import finance
from . import tariffs as tariff_rules
from .results import HeatingCompanyView, OccupantView, OwnerView, SocietyView, Stakeholders


def purchased(variant) -> dict:
    """Energy bought from the grid and suppliers [kWh] by carrier: delivered
    energy less the PV electricity used in the building."""
    # a new dict of the result's (unchanged) quantities
    bought = {c: as_unit(q, "kWh") for c, q in variant.delivered.items()}
    # a building that takes no district heat is not billed for it by area
    if "district_heat" in bought and not bought["district_heat"].m > 0:
        del bought["district_heat"]
    if variant.pv is not None:
        bought["electricity"] = bought.get("electricity", Q_(0.0, "kWh")) - to(variant.pv.self_consumed, "kWh")
    return bought


def bills(variant, tariffs, billing: str, area) -> dict:
    """The occupants' bills of a state [CNY/a] by carrier (PV export revenue
    under ``pv_export``), by calc.accounting.energy_cost; electricity as the
    assessment billed it hour by hour (tiered or time-of-use tariffs), which
    no heat billing changes."""
    exported = variant.pv.exported if variant.pv is not None else None
    cost = accounting.energy_cost(purchased(variant), tariffs, billing, area, exported=exported)
    hourly = getattr(variant, "energy_cost_by_carrier", {}).get("electricity")
    if hourly is not None and "electricity" in cost:
        cost["electricity"] = to(hourly, "CNY/a")
    return cost


def _sum(cost: dict) -> float:
    return float(sum(magnitude(q, "CNY/a") for q in cost.values()))


def _escalated(first_year: float, period: int, escalation: float, fading: float = 0.0,
               degradation: float = 0.0) -> np.ndarray:
    """Saving by year [CNY]: year 0 nothing, year t S·(1 + e)^t, of which the
    part ``fading`` (PV) also loses ``degradation`` a year after the first."""
    t = np.arange(period + 1)
    grow = (1.0 + escalation) ** t
    f = (first_year - fading) * grow + fading * grow * (1.0 - degradation) ** np.maximum(t - 1, 0)
    f[0] = 0.0
    return f


def occupant_view(tariffs, baseline, package, billing_before: str, billing_after: str, area, economics_settings,
                  pv_saving: float = 0.0):
    """Bills before and after, the bill change split into the tariff change
    and the consumption saving (district heat), and their present value.

    The split: tariff saving = B(today's use, today's billing) − B(today's
    use, new billing); consumption saving = B(today's use, new billing) −
    B(use after, new billing); their sum is the bill saving.
    """
    e = economics_settings
    before = bills(baseline, tariffs, billing_before, area)
    after = bills(package, tariffs, billing_after, area)
    heat = "district_heat" in purchased(baseline)
    split = bills(baseline, tariffs, billing_after, area) if heat else None
    saving = _sum(before) - _sum(after)
    neutral = None
    if heat:
        neutral = tariff_rules.revenue_neutral_heat_price(baseline.delivered["district_heat"], area, tariffs.heat_area,
                                                          tariffs.heat_fixed_share)
    flows = _escalated(saving, e.analysis_period, e.energy_price_escalation, pv_saving, _degradation(e))
    return OccupantView(
        billing_before=billing_before, billing_after=billing_after,
        bill_before=Q_(_sum(before), "CNY/a"), bill_after=Q_(_sum(after), "CNY/a"), bill_saving=Q_(saving, "CNY/a"),
        tariff_saving=Q_(_sum(before) - _sum(split), "CNY/a") if heat else None,
        consumption_saving=Q_(_sum(split) - _sum(after), "CNY/a") if heat else None,
        heat_bill_before=to(before["district_heat"], "CNY/a") if heat else None,
        heat_bill_after=to(after["district_heat"], "CNY/a") if "district_heat" in after else None,
        metered_heat_price=to(tariffs.heat_energy, "CNY/GJ") if heat else None,
        revenue_neutral_heat_price=neutral,
        npv=economics.npv(e.discount_rate, Q_(flows, "CNY")), flows=Q_(flows, "CNY"),
    )


def heat_sent(variant):
    """Heat the company sends out for the buildings [GJ]: the network's heat
    sent out where a network is modelled, else the heat delivered."""
    if variant.network is not None:
        return to(variant.network.heat_sent, "GJ")
    return variant.delivered.get("district_heat", Q_(0.0, "kWh")).to("GJ")


def heating_company_view(tariffs, occupant: OccupantView, baseline, package, economics_settings):
    """Revenue (the heat bills) against the production cost of the heat sent
    out [CNY/a]; None when the buildings take no district heat."""
    if occupant.heat_bill_before is None:
        return None
    e = economics_settings
    price = to(tariffs.heat_production_cost, "CNY/GJ")
    q0, q1 = heat_sent(baseline), heat_sent(package)
    r0 = to(occupant.heat_bill_before, "CNY/a")
    r1 = to(occupant.heat_bill_after, "CNY/a") if occupant.heat_bill_after is not None else Q_(0.0, "CNY/a")
    c0, c1 = Q_(magnitude(q0 * price, "CNY"), "CNY/a"), Q_(magnitude(q1 * price, "CNY"), "CNY/a")
    change = to((r1 - c1) - (r0 - c0), "CNY/a")
    flows = _escalated(change.m, e.analysis_period, e.energy_price_escalation)
    return HeatingCompanyView(
        heat_sent_before=q0, heat_sent_after=q1,
        network_losses_before=None if baseline.network is None else to(baseline.network.losses, "GJ"),
        network_losses_after=None if package.network is None else to(package.network.losses, "GJ"),
        revenue_before=r0, revenue_after=r1,
        production_cost_before=c0, production_cost_after=c1, margin_change=change,
        npv=economics.npv(e.discount_rate, Q_(flows, "CNY")), flows=Q_(flows, "CNY"),
    )


def _degradation(e) -> float:
    return getattr(e, "pv_degradation", 0.0)


def _sum_flows(investments, saving, e, subsidised: bool, fading: float = 0.0):
    total = np.zeros(e.analysis_period + 1)
    residual = 0.0
    for inv in investments:
        if not subsidised:
            inv = dataclasses.replace(inv, subsidy=Q_(0.0, "CNY"), net=inv.gross)
        f = economics.cash_flows(inv, Q_(0.0, "CNY/year"), e.analysis_period, e.energy_price_escalation).m
        residual += f[-1] + magnitude(inv.maintenance, "CNY/year")
        total += f
    total += _escalated(saving, e.analysis_period, e.energy_price_escalation, fading, _degradation(e))
    return total, residual


def owner_view(investments, occupant: OccupantView, economics_settings, scheme_subsidy=None,
               pv_saving: float = 0.0):
    """The investor's flows: net investment, replacements, maintenance and
    residual value (calc.economics.cash_flows) against the bill savings, with
    the loan of ``Economics`` (calc.contracts.finance.financed)."""
    e = economics_settings
    flows, residual = _sum_flows(investments, occupant.bill_saving.m, e, subsidised=True, fading=pv_saving)
    extra = 0.0 if scheme_subsidy is None else magnitude(scheme_subsidy, "CNY")
    flows[0] += extra
    net = Q_(max(0.0, sum(magnitude(i.net, "CNY") for i in investments) - extra), "CNY")
    flows = finance.financed(Q_(flows, "CNY"), net, e).m
    return OwnerView(
        investment=Q_(sum(magnitude(i.gross, "CNY") for i in investments), "CNY"),
        subsidy=Q_(sum(magnitude(i.subsidy, "CNY") for i in investments) + extra, "CNY"),
        maintenance=Q_(sum(magnitude(i.maintenance, "CNY/year") for i in investments), "CNY/a"),
        residual_value=Q_(residual, "CNY"),
        npv=economics.npv(e.discount_rate, Q_(flows, "CNY")), flows=Q_(flows, "CNY"),
    )


def resource_cost(variant, tariffs, area) -> float:
    """Energy of a state at its cost [CNY/a]: carriers at their prices, PV
    exports at the export price, district heat as heat sent out × the
    production cost."""
    bought = purchased(variant)
    heat = bought.pop("district_heat", None)
    cost = _sum({c: q for c, q in bills(variant, tariffs, "area", area).items() if c != "district_heat"})
    if heat is not None:
        cost += magnitude(heat_sent(variant) * tariffs.heat_production_cost, "CNY")
    return cost


def society_view(tariffs, baseline, package, investments, area, economics_settings, pv_saving: float = 0.0):
    """Energy at its cost plus CO2 at the carbon price, against the gross
    investment (subsidies are transfers within society)."""
    e = economics_settings
    energy = resource_cost(baseline, tariffs, area) - resource_cost(package, tariffs, area)
    co2 = to(baseline.total_co2 - package.total_co2, "t")
    value = magnitude(co2 * e.carbon_price, "CNY")
    flows, _ = _sum_flows(investments, energy + value, e, subsidised=False, fading=pv_saving)
    return SocietyView(
        energy_cost_saving=Q_(energy, "CNY/a"), co2_saving=co2, carbon_price=to(e.carbon_price, "CNY/t"),
        co2_value=Q_(value, "CNY/a"), npv=economics.npv(e.discount_rate, Q_(flows, "CNY")), flows=Q_(flows, "CNY"),
    )


def stakeholder_views(project, baseline, package, billing_after: str, investments, area,
                      scheme_subsidy=None, pv_saving=None) -> Stakeholders:
    """All four views of the package.

    Parameters
    ----------
    project : calc.model.Project
        As entered (tariffs already calibrated when the revenue-neutral
        option is on; see :func:`calc.contracts.entry.priced_project`).
    baseline, package : calc.results.VariantResult
    billing_after : str
        Heat billing after the package ("area" or "consumption").
    investments : list of calc.economics.Investment
    area : pint.Quantity
        Billed floor area [m²].
    scheme_subsidy : pint.Quantity, optional
        Subsidy schemes paid to the owner [CNY] (calc.contracts.finance).
    pv_saving : pint.Quantity, optional
        The PV step's first-year saving [CNY/a]; it fades by
        ``Economics.pv_degradation`` a year.

    Returns
    -------
    Stakeholders
    """
    e, t = project.economics, project.economics.tariffs
    pv = 0.0 if pv_saving is None else magnitude(pv_saving, "CNY/a")
    occ = occupant_view(t, baseline, package, project.supply.metering.billing, billing_after, area, e, pv)
    return Stakeholders(
        occupant=occ, heating_company=heating_company_view(t, occ, baseline, package, e),
        owner=owner_view(investments, occ, e, scheme_subsidy, pv),
        society=society_view(t, baseline, package, investments, area, e, pv),
    )
