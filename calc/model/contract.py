"""Settings of the energy-performance contract (合同能源管理) and of the
stakeholder views: the contract type and its terms (GB/T 24915-2020)."""

from __future__ import annotations

from ..schema import Model, choice, count, model, number

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
