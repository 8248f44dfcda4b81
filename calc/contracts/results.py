"""Result objects of the stakeholder views and the contract (units in
every field, as in calc.results); they appear in the results JSON under
``stakeholders`` and ``contract``."""

from __future__ import annotations

from typing import Any

from ..results import out, result


@result
class OccupantView:
    billing_before: str
    billing_after: str
    bill_before: Any = out("CNY/a", doc="Occupants' energy bills as they are")
    bill_after: Any = out("CNY/a", doc="Occupants' energy bills after the package, under the billing that then applies")
    bill_saving: Any = out("CNY/a", doc="Bill before minus bill after")
    tariff_saving: Any = out("CNY/a", default=None,
                             doc="Part of the bill saving due to the change of heat tariff alone: today's bill minus "
                                 "today's consumption billed the new way (null = no district heat)")
    consumption_saving: Any = out("CNY/a", default=None,
                                  doc="Part due to the lower consumption: today's consumption billed the new way minus "
                                      "the bill after; the two parts add up to the bill saving (null = no district heat)")
    heat_bill_before: Any = out("CNY/a", default=None, doc="District-heat bill as it is (null = no district heat)")
    heat_bill_after: Any = out("CNY/a", default=None, doc="District-heat bill after the package (null = no district heat after it)")
    metered_heat_price: Any = out("CNY/GJ", default=None, doc="Metered heat price applied (null = no district heat)")
    revenue_neutral_heat_price: Any = out("CNY/GJ", default=None,
                                          doc="Metered price that leaves today's heat bill unchanged at today's "
                                              "consumption (1 − fixed share) × area bill / heat (null = no district heat)")
    npv: Any = out("CNY", doc="Present value of the bill savings over the analysis period")
    flows: Any = out("CNY", doc="Bill saving by year, year 0 first")


@result
class HeatingCompanyView:
    heat_sent_before: Any = out("GJ", doc="Heat sent out for the buildings as they are")
    heat_sent_after: Any = out("GJ", doc="Heat sent out after the package")
    network_losses_before: Any = out("GJ", default=None, doc="Of the heat sent out, lost in the network (null = no network modelled)")
    network_losses_after: Any = out("GJ", default=None, doc="Network losses after the package")
    revenue_before: Any = out("CNY/a", doc="Heat revenue (the occupants' heat bills) as it is")
    revenue_after: Any = out("CNY/a", doc="Heat revenue after the package")
    production_cost_before: Any = out("CNY/a", doc="Heat sent out × production cost")
    production_cost_after: Any = out("CNY/a", doc="Heat sent out after × production cost")
    margin_change: Any = out("CNY/a", doc="Change of revenue minus production cost (positive = the company gains)")
    npv: Any = out("CNY", doc="Present value of the margin change")
    flows: Any = out("CNY", doc="Margin change by year, year 0 first")


@result
class OwnerView:
    investment: Any = out("CNY", doc="Investment before subsidies")
    subsidy: Any = out("CNY", doc="Subsidies: those of the measures plus the schemes paid to the owner")
    maintenance: Any = out("CNY/a", doc="Maintenance per year")
    residual_value: Any = out("CNY", doc="Unused life credited at the end of the analysis period")
    npv: Any = out("CNY", doc="NPV of the investment against the bill savings")
    flows: Any = out("CNY", doc="Owner's cash flows by year (investment, replacements, maintenance, bill savings)")


@result
class SocietyView:
    energy_cost_saving: Any = out("CNY/a", doc="Energy saved at its cost (district heat at the production cost)")
    co2_saving: Any = out("t", doc="CO2 avoided per year")
    carbon_price: Any = out("CNY/t", doc="Carbon price applied")
    co2_value: Any = out("CNY/a", doc="CO2 avoided × carbon price")
    npv: Any = out("CNY", doc="NPV of the gross investment (subsidies are transfers) against energy and CO2 value")
    flows: Any = out("CNY", doc="Society's cash flows by year")


@result
class Stakeholders:
    occupant: OccupantView
    heating_company: Any = None      # HeatingCompanyView or None
    owner: OwnerView
    society: SocietyView


@result
class ContractResult:
    contract_type: str
    term: Any = out("a", doc="Contract term as applied (at most the analysis period)")
    expected_saving: Any = out("CNY/a", doc="Expected first-year energy-cost saving the contract shares")
    esco_npv: Any = out("CNY", doc="ESCO's net present value")
    esco_irr: Any = out("percent", default=None, doc="ESCO's internal rate of return (null = not applicable, see reason)")
    esco_irr_reason: str = ""
    esco_payback: Any = out("a", default=None, doc="ESCO's discounted payback (null = not applicable or not recovered within the "
                                                  "term, see esco_payback_reason)")
    esco_payback_reason: str = ""
    client_npv: Any = out("CNY", doc="Client's net present value over the analysis period")
    client_saving_in_term: Any = out("CNY", doc="Client's undiscounted net gain during the term")
    shortfall: Any = out("CNY", doc="Shortfall payments by the ESCO over the term (guaranteed savings)")
    esco_subsidy: Any = out("CNY", default=None, doc="Subsidy schemes paid to the ESCO (year 0)")
    saving_range_source: str = "none"
    saving_factor_low: Any = out("dimensionless", default=None,
                                 doc="Actual / expected saving in the low case: P10 of the Monte Carlo saving rate "
                                     "over the assessed rate where it was run, else the lowest package saving rate of "
                                     "the sensitivity table over it (see saving_range_source); null without either")
    saving_factor_high: Any = out("dimensionless", default=None, doc="Same, high case (P90, or the highest rate of the sensitivity table); null without either")
    esco_irr_low: Any = out("percent", default=None, doc="ESCO IRR in the low case (null = no low case, or no IRR)")
    esco_irr_high: Any = out("percent", default=None, doc="ESCO IRR in the high case (null = no high case, or no IRR)")
    esco_npv_low: Any = out("CNY", default=None, doc="ESCO NPV in the low case (null = no low case)")
    esco_npv_high: Any = out("CNY", default=None, doc="ESCO NPV in the high case (null = no high case)")
    client_flows: Any = out("CNY", doc="Client's cash flows by year, year 0 first")
    esco_flows: Any = out("CNY", doc="ESCO's cash flows by year, year 0 first")

    @property
    def has_irr_range(self) -> bool:
        """Whether the IRR of the low and high saving cases can be shown: a
        range of savings exists and the IRR is defined in at least one case."""
        return self.saving_factor_low is not None and not (self.esco_irr_low is None and self.esco_irr_high is None)
