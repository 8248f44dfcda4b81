"""The building against the consumption limits of GB/T 51161-2016.

GB/T 51161-2016 《民用建筑能耗标准》 sets, for the energy a building really
uses in a year, a constraint value (约束值, not to be exceeded) and a guide
value (引导值, what good practice reaches): non-heating energy of offices and
other public buildings per m² by climate zone and class (A: openable
windows, natural ventilation with split or room units; B: sealed, central
air conditioning), residential non-heating energy per household, and heating
energy of the northern heating zones by city. The values this program ships
are the rows that could be read (datasets/tables/gbt51161_benchmarks.csv,
each with its table and source); for any other zone, use or class the
benchmark is "not applicable" with the reason.

The indicator here is the modelled (or, after calibration, the metered)
non-heating final energy: every delivered carrier of every end use except
space heating and the heating pumps, per m² of floor area [kWh/(m²·a)].
"""

from __future__ import annotations

from ..datasets import tables
from ..results import BenchmarkResult
from ..units import Q_

# Building uses the shipped rows are for; a use key of the model -> row use.
USE_ROWS = {"office": "office"}
# GB/T 51161 class B: sealed building with central air conditioning.
CLASS_B_COOLING = frozenset({"chiller"})
HEATING_USES = frozenset({"heating", "pumps"})
STANDARD = "GB/T 51161-2016"


def building_class(building) -> str:
    """GB/T 51161 class of a public building: ``B`` with central (chiller)
    air conditioning, ``A`` otherwise."""
    return "B" if building.equipment.cooling_system in CLASS_B_COOLING else "A"


def non_heating_energy(variant) -> float:
    """Non-heating final energy of a simulated state [kWh/a] (module docstring)."""
    total = 0.0
    for use, by_carrier in variant.end_uses.items():
        if use in HEATING_USES:
            continue
        total += sum(q.to("kWh").m for q in by_carrier.values())
    return total


USE_ZH = {"residential": "居住建筑", "office": "办公建筑", "school": "学校", "hospital": "医院", "hotel": "酒店",
          "retail": "商场", "other_public": "其他公共建筑"}
ZONE_ZH = {"severe_cold": "严寒地区", "cold": "寒冷地区", "hscw": "夏热冬冷地区", "hsww": "夏热冬暖地区", "mild": "温和地区"}


def _not_applicable(reason, zone="", use="", cls=""):
    """``reason`` is {"en": ..., "zh": ...}, as the method texts."""
    return BenchmarkResult(standard=STANDARD, applicable=False, reason=reason, climate_zone=zone, use=use,
                           building_class=cls, indicator="", standard_table="", source="",
                           value=None, constraint=None, guide=None, verdict="")


def benchmark(project, variant, climate_zone: str) -> BenchmarkResult:
    """GB/T 51161-2016 check of a project's state (usually the baseline).

    Parameters
    ----------
    project : calc.model.Project
    variant : VariantResult
        The simulated state whose energy is compared.
    climate_zone : str
        GB 50176 zone key of the site (``severe_cold`` … ``mild``).

    Returns
    -------
    BenchmarkResult
        Value, constraint and guide [kWh/(m²·a)] and the verdict, or not
        applicable with the reason.
    """
    uses = {b.use for b in project.buildings}
    if len(uses) != 1:
        return _not_applicable({"en": "the buildings have different uses; GB/T 51161 benchmarks one use at a time",
                                "zh": "各建筑用途不同；GB/T 51161 按单一用途对标"}, climate_zone)
    use = uses.pop()
    row_use = USE_ROWS.get(use)
    if row_use is None:
        return _not_applicable({"en": f"no verified GB/T 51161 value is shipped for the use {use!r}",
                                "zh": f"程序未收录经核实的 GB/T 51161 {USE_ZH.get(use, use)}指标值"}, climate_zone, use)
    classes = {building_class(b) for b in project.buildings}
    if len(classes) != 1:
        return _not_applicable({"en": "the buildings are of different GB/T 51161 classes (A and B)",
                                "zh": "各建筑分属 GB/T 51161 的 A、B 两类"}, climate_zone, use)
    cls = classes.pop()
    df = tables.table("gbt51161_benchmarks")
    hit = df[(df.climate_zone == climate_zone) & (df.use == row_use) & (df.building_class == cls)
             & (df.indicator == "non_heating")]
    if hit.empty:
        return _not_applicable({"en": f"no verified GB/T 51161 value is shipped for {use} class {cls} in the "
                                      f"{climate_zone} zone",
                                "zh": f"程序未收录经核实的 GB/T 51161 {ZONE_ZH.get(climate_zone, climate_zone)}"
                                      f"{USE_ZH.get(use, use)} {cls} 类指标值"}, climate_zone, use, cls)
    row = hit.iloc[0]
    area = sum(bf.floor_area.to("m**2").m for bf in variant.buildings)
    value = non_heating_energy(variant) / area
    constraint, guide = float(row.constraint_kwh_m2a), float(row.guide_kwh_m2a)
    verdict = "above_constraint" if value > constraint else ("above_guide" if value > guide else "at_or_below_guide")
    return BenchmarkResult(
        standard=STANDARD, applicable=True, reason={"en": "", "zh": ""}, climate_zone=climate_zone, use=use, building_class=cls,
        indicator="non_heating", standard_table=row.standard_table, source=row.source,
        value=Q_(value, "kWh/m**2"), constraint=Q_(constraint, "kWh/m**2"), guide=Q_(guide, "kWh/m**2"),
        verdict=verdict)
