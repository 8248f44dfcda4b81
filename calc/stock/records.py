"""One result record per building of the stock, from an assessment's
results JSON (the same dict ``main.py assess --json`` writes).

Figures of a building come from its own entry of the results
(``baseline.buildings[i]``: floor area, delivered energy by carrier);
figures the assessment gives for the project as a whole -- standard coal,
CO2, saving rate and verdict, investment, payback -- are those of the
building's project: the building alone, or for rows on one ``network`` the
network's buildings assessed together (``buildings_in_project`` > 1; sum
such figures once per project, not per row). Every key ends with its unit.
"""

from __future__ import annotations

from functools import lru_cache

from ..accounting import co2_factors, coal_factors
from ..model.building import CARRIERS
from ..model.project import ELECTRICITY_METHODS
from ..units import magnitude

# target.passed -> verdict; None: no saving rate can be formed on the basis
VERDICTS = {True: "PASS", False: "FAIL", None: "n/a"}
RECORD_KEYS = (
    "row", "id", "name", "city", "climate_zone", "use", "era", "building_type", "heat_source", "network",
    "package", "project", "buildings_in_project", "project_file", "floor_area_m2", "occupants",
    *[f"baseline_{c}_kwh" for c in CARRIERS], *[f"package_{c}_kwh" for c in CARRIERS],
    *[f"{v}_tce_{m}" for v in ("baseline", "package") for m in ELECTRICITY_METHODS],
    "baseline_tce", "package_tce", "baseline_coal_tce", "package_coal_tce", "baseline_tco2", "package_tco2",
    "basis", "saving_rate_pct", "target_rate_pct", "margin_pp", "verdict", "methods_agree",
    "building_saving_rate_pct", "building_verdict",
    *[f"saving_rate_{m}_pct" for m in ELECTRICITY_METHODS], *[f"verdict_{m}" for m in ELECTRICITY_METHODS],
    "gbt51161_value_kwh_per_m2", "gbt51161_constraint_kwh_per_m2", "gbt51161_guide_kwh_per_m2",
    "gbt51161_verdict", "gbt51161_not_applicable_reason", "gbt51161_not_applicable_reason_zh",
    "investment_cny", "subsidy_cny", "annual_cost_saving_cny_per_a", "simple_payback_years", "npv_cny",
    "baseline_renewable_share_pct", "package_renewable_share_pct",
    "baseline_network_loss_share_pct", "package_network_loss_share_pct", "network_loss_basis",
    "network_loss_share_2020_pct",
    "metered_2020_tce", "metered_2020_tco2", "metered_current_tce", "metered_current_tco2",
    "defaulted_fields", "measures", "skipped_measures", "warnings",
)


@lru_cache(maxsize=64)
def _factors(accounting) -> tuple[dict, dict, dict]:
    """Coal factors [kgce/kWh], CO2 factors [kg/kWh] and the electricity
    coal factor of each method [kgce/kWh] of an Accounting (read from the
    tables once per worker and setting, not once per building)."""
    by_method = {m: coal_factors(accounting.replace(electricity_method=m))["electricity"].to("kgce/kWh").m
                 for m in ELECTRICITY_METHODS}
    return coal_factors(accounting), co2_factors(accounting), by_method


def _tce_by_method(variant: dict, accounting) -> dict:
    """Total standard coal [tce] under both electricity methods: the
    electricity term rescaled from the project's method to the other
    (GB/T 2589-2020 equal value 0.1229 kgce/kWh vs power-supply coal)."""
    own = accounting.electricity_method
    factor = _factors(accounting)[2]
    elec = variant["standard_coal_tce"].get("electricity") or 0.0
    total = variant["total_standard_coal_tce"]
    return {m: total if m == own else total - elec + elec * factor[m] / factor[own] for m in ELECTRICITY_METHODS}


def _loss_basis(project) -> str:
    """Where the network's loss share comes from: its listed ``pipes``
    (computed), a share the row ``entered``, or the archetype ``default``;
    '' without a network."""
    net = project.supply.network
    if net is None:
        return ""
    if net.pipes:
        return "pipes"
    return "default" if "supply.network.assumed_loss_share" in project.defaults else "entered"


def metered_accounts(kwh_by_carrier: dict, accounting) -> tuple[float, float]:
    """Standard coal [tce] and CO2 [t] of metered final energy [kWh by
    carrier], with the project's factors (GB/T 2589-2020; grid factor of
    its region)."""
    coal, co2, _ = _factors(accounting)
    tce = sum(kwh * magnitude(coal[c], "tce/kWh") for c, kwh in kwh_by_carrier.items())
    t = sum(kwh * magnitude(co2[c], "t/kWh") for c, kwh in kwh_by_carrier.items())
    return tce, t


def _by_method(target: dict) -> dict:
    """Saving rate [%] and verdict of the project on its target basis under
    each electricity method, from ``target.matrix`` (当量值 / 等价值 can
    give different verdicts; see docs/accounting.md)."""
    cells = {c["electricity_method"]: c for c in target.get("matrix", ()) if c["basis"] == target["basis"]}
    out = {}
    for m in ELECTRICITY_METHODS:
        cell = cells.get(m)
        out[f"saving_rate_{m}_pct"] = cell["saving_rate_pct"] if cell else None
        out[f"verdict_{m}"] = VERDICTS[cell["passed"]] if cell else "n/a"
    return out


def _benchmark(results: dict) -> dict:
    """GB/T 51161-2016 figures of the baseline (calc.calibration.benchmark):
    value, constraint and guide [kWh/(m²·a)] and the verdict, or nulls
    and the reason it does not apply."""
    b = results.get("benchmark") or {}
    applicable = bool(b.get("applicable"))
    texts = {} if applicable else (b.get("reason") or {"en": "no benchmark in the results", "zh": "结果中无能耗指标对照"})
    return {"gbt51161_value_kwh_per_m2": b.get("value_kwh_per_m2") if applicable else None,
            "gbt51161_constraint_kwh_per_m2": b.get("constraint_kwh_per_m2") if applicable else None,
            "gbt51161_guide_kwh_per_m2": b.get("guide_kwh_per_m2") if applicable else None,
            "gbt51161_verdict": b.get("verdict") if applicable else "n/a",
            "gbt51161_not_applicable_reason": texts.get("en", ""),
            "gbt51161_not_applicable_reason_zh": texts.get("zh", "")}


def records(results: dict, project, infos, *, package_name: str, project_file: str, skipped=(),
            network: str = "") -> list[dict]:
    """The records of the buildings of one assessed project.

    Parameters
    ----------
    results : dict
        ``calc.results.to_json(assess(project))``.
    project : calc.model.Project
    infos : list of calc.stock.rows.BuildingInfo
        One per building, in the project's order.
    package_name, project_file, network : str
        Recorded as given (``network``: the rows' network id, '' for none).
    skipped : sequence of str
        Measures of the package left out (with the reason).
    """
    base, pkg, tgt, econ = results["baseline"], results["package"], results["target"], results["economics"]
    acc = project.accounting
    tce_base, tce_pkg = _tce_by_method(base, acc), _tce_by_method(pkg, acc)
    shared = {
        "city": project.site.city, "climate_zone": results["climate_zone"], "building_type": results["building_type"],
        "heat_source": project.supply.kind, "package": package_name, "project": project.meta.name,
        "buildings_in_project": len(project.buildings), "project_file": project_file,
        **{f"baseline_tce_{m}": tce_base[m] for m in ELECTRICITY_METHODS},
        **{f"package_tce_{m}": tce_pkg[m] for m in ELECTRICITY_METHODS},
        "baseline_tce": base["total_standard_coal_tce"], "package_tce": pkg["total_standard_coal_tce"],
        "baseline_coal_tce": base["standard_coal_tce"].get("coal", 0.0),
        "package_coal_tce": pkg["standard_coal_tce"].get("coal", 0.0),
        "baseline_tco2": base["total_co2_tco2"], "package_tco2": pkg["total_co2_tco2"],
        "basis": tgt["basis"], "saving_rate_pct": tgt["saving_rate_pct"], "target_rate_pct": tgt["target_rate_pct"],
        "margin_pp": tgt["margin_pp"], "verdict": VERDICTS[tgt["passed"]],
        "methods_agree": tgt.get("methods_agree"),
        "investment_cny": econ["investment_cny"], "subsidy_cny": econ["subsidy_cny"],
        "annual_cost_saving_cny_per_a": econ["annual_cost_saving_cny_per_a"],
        "simple_payback_years": econ["simple_payback_years"], "npv_cny": econ["npv_cny"],
        "baseline_renewable_share_pct": base["renewable_share_pct"],
        "package_renewable_share_pct": pkg["renewable_share_pct"],
        "baseline_network_loss_share_pct": (base["network"] or {}).get("loss_share_pct"),
        "package_network_loss_share_pct": (pkg["network"] or {}).get("loss_share_pct"),
        "network_loss_basis": _loss_basis(project),
        "measures": " + ".join(m["kind"] for m in results["measures"]),
        "skipped_measures": "; ".join(skipped), "warnings": " | ".join(results["warnings"]),
        **_by_method(tgt), **_benchmark(results),
    }
    verdicts = {v["name"]: v for v in tgt.get("buildings", ())}
    out = []
    for i, (b, info) in enumerate(zip(project.buildings, infos)):
        fb, fp = base["buildings"][i], pkg["buildings"][i]
        rec = {"row": info.row, "id": info.id, "name": info.name, "use": b.use, "era": b.era,
               "network": network, "floor_area_m2": fb["floor_area_m2"],
               "occupants": info.occupants, "network_loss_share_2020_pct": info.network_loss_share_2020,
               "defaulted_fields": sum(p.startswith(f"buildings[{i}].") for p in project.defaults)}
        # the building's own verdict against its own target (30 % / 20 %)
        own = verdicts.get(b.name)
        rec["building_saving_rate_pct"] = own["saving_rate_pct"] if own else None
        rec["building_verdict"] = VERDICTS[own["passed"]] if own else "n/a"
        for c in CARRIERS:
            rec[f"baseline_{c}_kwh"] = fb["delivered_kwh"].get(c, 0.0)
            rec[f"package_{c}_kwh"] = fp["delivered_kwh"].get(c, 0.0)
        for when in ("metered_2020", "metered_current"):
            kwh = info.metered.get(when)
            tce, t = metered_accounts(kwh, acc) if kwh else (None, None)
            rec[f"{when}_tce"], rec[f"{when}_tco2"] = tce, t
        rec.update(shared)
        out.append({k: rec[k] for k in RECORD_KEYS})
    return out
