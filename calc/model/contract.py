"""Settings of the energy-performance contract (合同能源管理) and of the
stakeholder views: the contract type and its terms (GB/T 24915-2020)."""

from __future__ import annotations

from ..schema import Model, choice, count, model, number, qty, text

CONTRACT_KINDS = ("none", "shared_savings", "guaranteed_savings", "energy_cost_trusteeship")


@model
class Contract(Model):
    """An energy-performance contract between a client and an energy-service
    company (ESCO), GB/T 24915-2020 《合同能源管理技术通则》."""

    kind: str = choice(CONTRACT_KINDS, default="shared_savings",
                       doc="Contract type: shared savings (节能效益分享型), guaranteed savings (节能量保证型) or "
                           "energy-cost trusteeship (能源费用托管型)")
    term: int = count(default=8, ge=1, le=30,
                      doc="Contract term in years (building contracts commonly 3-10 years; engineering estimate)")
    esco_share: float = number(default=0.8, ge=0, le=1,
                               doc="Shared savings: the ESCO's share of the savings during the term "
                                   "(commonly 70-90 %; engineering estimate)")
    guaranteed_share: float = number(default=0.8, ge=0, le=1.5,
                                     doc="Guaranteed savings: guaranteed saving as a share of the expected saving")
    fee_share: float = number(default=0.5, ge=0, le=1.5,
                              doc="Guaranteed savings: the ESCO's yearly fee as a share of the guaranteed saving")
    budget_discount: float = number(default=0.1, ge=0, le=0.9,
                                    doc="Energy-cost trusteeship: the client's fee is its energy cost before the "
                                        "project less this share")


SUBSIDY_BASES = ("floor_area", "dwelling", "investment_share", "heat_pump_capacity", "pv_power", "tce_saved")
SUBSIDY_RECIPIENTS = ("owner", "esco")


@model
class SubsidyScheme(Model):
    """A subsidy scheme applied to the package (library of schemes in
    datasets/tables/subsidy_schemes.csv)."""

    name: str = text(default="", doc="Name of the scheme")
    basis: str = choice(SUBSIDY_BASES, default="floor_area",
                        doc="What it pays on: floor area, dwellings, a share of the investment, heat-pump kW, PV "
                            "kWp, or tce saved a year")
    rate: float = number(default=0.0, ge=0, le=1e6,
                         doc="CNY per m² / per dwelling / share of the investment (0-1) / CNY per kW / per kWp / "
                             "per tce saved a year")
    cap: object = qty("CNY", ge=0, optional=True, default=None, doc="Most the scheme pays (empty = no cap)")
    recipient: str = choice(SUBSIDY_RECIPIENTS, default="owner", doc="Who receives it: the owner or the ESCO")

    def _rules(self):
        if self.basis == "investment_share" and self.rate > 1:
            yield "rate", self.rate, "a share of the investment must be between 0 and 1"
