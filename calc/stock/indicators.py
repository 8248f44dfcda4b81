"""The action plan's stock indicators (State Council 2024-2025 action plan
§(7) buildings and §(9) public institutions), each computed where the
stock's inputs allow and otherwise ``computable: false`` with what is
missing.

- renovated area: floor area of buildings with a package (§(7)2: 200
  million m² of existing buildings by 2025, vs 2023);
- heat loss of each heating network, after the package, vs its 2020 loss
  share (§(7)2: about −2 percentage points vs 2020) -- only where the
  network's loss share is computed from its pipes or entered, not where it
  is an archetype's typical value;
- public institutions vs 2020 (§(9)1): energy per m² −5 %, CO2 per m²
  −7 %, energy per person −6 %. The 2020 and current figures are the
  metered energy of the rows (``metered_2020.*``, ``metered_current.*``);
  "after the package" applies each project's modelled relative change
  (package / baseline standard coal, resp. CO2) to its current metered
  figure;
- coal share of public institutions' energy (§(9)2: below 13 %), direct
  coal use in standard coal over all standard coal;
- renewable replacement rate (§(7)1: 8 % in urban buildings): renewable
  energy over total energy use in standard coal, the definition of
  calc.accounting.renewable_replacement_rate summed over the stock.
"""

from __future__ import annotations

from ..messages import chinese_template, msg

PLAN = {
    "network_loss_change_pp": -2.0, "public_energy_per_m2_pct": -5.0, "public_co2_per_m2_pct": -7.0,
    "public_energy_per_person_pct": -6.0, "public_coal_share_max_pct": 13.0, "renewable_replacement_pct": 8.0,
}


def _not(missing, **extra) -> dict:
    # the id travels with the English text so that a summary read back from
    # its JSON file still says what is missing in the reader's language
    return {"computable": False, "missing": str(missing), "missing_id": missing.id,
            "missing_params": dict(missing.params), **extra}


def missing_text(entry: dict, language: str = "en") -> str:
    """What a not-computable indicator ``entry`` misses, in ``language``
    ("en" or "zh"; English where no Chinese form is known, as in a summary
    written before the id was recorded)."""
    template = chinese_template(entry.get("missing_id", "")) if language == "zh" else None
    return template.format_map(entry.get("missing_params", {})) if template else entry["missing"]


def _buildings(projects):
    for p in projects:
        yield from p["buildings"]


def renovated_area(projects) -> dict:
    """Floor area [m²] of buildings with at least one measure, and of those
    whose project reaches its target."""
    renovated = sum(b["floor_area_m2"] for b in _buildings(projects) if b["measures"])
    passed = sum(b["floor_area_m2"] for b in _buildings(projects) if b["measures"] and b["verdict"] == "PASS")
    return {"computable": True, "renovated_area_m2": renovated, "area_meeting_target_m2": passed,
            "plan": "200 million m² of existing buildings renovated nationwide by 2025 (vs 2023)"}


def network_losses(projects) -> dict:
    """Per named network: modelled loss share [%] before and after the
    package, and the change vs the 2020 loss share entered for it."""
    out = {}
    for p in projects:
        first = p["buildings"][0]
        name = first["network"]
        if not name or first["baseline_network_loss_share_pct"] is None:
            continue
        given = [b["network_loss_share_2020_pct"] for b in p["buildings"] if b["network_loss_share_2020_pct"] is not None]
        entry = {"baseline_loss_share_pct": first["baseline_network_loss_share_pct"],
                 "package_loss_share_pct": first["package_network_loss_share_pct"]}
        if first["network_loss_basis"] == "default":
            # an archetype's typical share compared with a measured one says nothing
            out[name] = _not(msg("stock.missing_network_loss", "the network's current loss share (column {column}) or its "
                                 "pipes", column="supply.network.assumed_loss_share"), **entry)
            continue
        if not given:
            out[name] = _not(msg("stock.missing_loss_2020", "{column} of the network", column="network_loss_share_2020 [%]"), **entry)
            continue
        change = first["package_network_loss_share_pct"] - given[0]
        out[name] = {"computable": True, **entry, "loss_share_2020_pct": given[0], "change_vs_2020_pp": change,
                     "meets_plan": change <= PLAN["network_loss_change_pp"]}
    if not out:
        return _not(msg("stock.missing_networks", "rows with a network id on district heating"))
    return {"computable": True, "networks": out, "plan_change_pp": PLAN["network_loss_change_pp"]}


def _ratio(after, before):
    return 100.0 * (after / before - 1.0) if before > 0 else None


def public_institutions(projects) -> dict:
    """Public buildings with metered energy of 2020 and now: change of
    energy and CO2 per m² and of energy per person [%], now and after the
    package."""
    rows = [b for b in _buildings(projects) if b["building_type"] == "public"]
    if not rows:
        return _not(msg("stock.missing_public", "public buildings in the stock"))
    both = [b for b in rows if b["metered_2020_tce"] is not None and b["metered_current_tce"] is not None]
    if not both:
        return _not(msg("stock.missing_metered", "{before} and {now} columns for public buildings",
                        before="metered_2020.<carrier>", now="metered_current.<carrier>"),
                    public_buildings=len(rows))
    area = sum(b["floor_area_m2"] for b in both)
    e20, e_now = sum(b["metered_2020_tce"] for b in both), sum(b["metered_current_tce"] for b in both)
    c20, c_now = sum(b["metered_2020_tco2"] for b in both), sum(b["metered_current_tco2"] for b in both)
    e_after = sum(b["metered_current_tce"] * _rel(b["package_tce"], b["baseline_tce"]) for b in both)
    c_after = sum(b["metered_current_tco2"] * _rel(b["package_tco2"], b["baseline_tco2"]) for b in both)
    out = {"computable": True, "public_buildings": len(rows), "with_metered_2020_and_current": len(both),
           "floor_area_m2": area,
           "energy_per_m2_2020_kgce_per_m2": 1000.0 * e20 / area,
           "energy_per_m2_current_kgce_per_m2": 1000.0 * e_now / area,
           "energy_per_m2_change_current_pct": _ratio(e_now, e20),
           "energy_per_m2_change_after_package_pct": _ratio(e_after, e20),
           "co2_per_m2_change_current_pct": _ratio(c_now, c20),
           "co2_per_m2_change_after_package_pct": _ratio(c_after, c20),
           "plan_pct": {k: v for k, v in PLAN.items() if k.startswith("public_") and k.endswith("_pct")}}
    people = [b for b in both if b["occupants"]]
    if len(people) < len(both):
        out["energy_per_person"] = _not(msg("stock.missing_occupants", "occupants of every public building with metered energy"),
                                        with_occupants=len(people))
    else:
        # one occupants figure per building: the same people in 2020 and now
        out["energy_per_person"] = {"computable": True,
                                    "change_current_pct": _ratio(e_now, e20),
                                    "change_after_package_pct": _ratio(e_after, e20),
                                    "note": "occupants as given, taken for 2020 and now alike"}
    return out


def _rel(after, before):
    return after / before if before > 0 else 1.0


def coal_share(projects) -> dict:
    """Direct coal use [tce] over all energy [tce] of the public buildings,
    before and after the package."""
    rows = [b for p in projects for b in p["buildings"][:1] if b["building_type"] == "public"]
    if not rows:
        return _not(msg("stock.missing_public", "public buildings in the stock"))
    base = sum(b["baseline_tce"] for b in rows)
    out = {"computable": True, "plan_max_pct": PLAN["public_coal_share_max_pct"],
           "baseline_pct": 100.0 * sum(b["baseline_coal_tce"] for b in rows) / base if base > 0 else None,
           "package_pct": 100.0 * sum(b["package_coal_tce"] for b in rows) / max(sum(b["package_tce"] for b in rows), 1e-12)}
    if any(b["heat_source"] == "district_heating" for b in rows):
        out["note"] = ("direct coal only: district heat is not traced back to the coal burnt for it "
                       "(the heat source of the networks is not known)")
    return out


def renewable_replacement(projects) -> dict:
    """Stock renewable replacement rate [%]: Σ renewable / Σ (conventional +
    renewable), in standard coal, before and after the package."""
    def rate(prefix):
        r = c = 0.0
        for p in projects:
            b = p["buildings"][0]
            share, conv = b[f"{prefix}_renewable_share_pct"], b[f"{prefix}_tce"]
            if share is None or share >= 100.0:
                continue
            # share = R / (C + R)  ->  R = C · share / (1 − share)
            r += conv * share / (100.0 - share)
            c += conv
        return 100.0 * r / (r + c) if r + c > 0 else 0.0
    if next(iter(projects), None) is None:
        return _not(msg("stock.missing_assessed", "assessed buildings"))
    return {"computable": True, "baseline_pct": rate("baseline"), "package_pct": rate("package"),
            "plan_pct": PLAN["renewable_replacement_pct"]}


def indicators(projects) -> dict:
    """Every indicator, keyed by name (see the module docstring)."""
    return {"renovated_area": renovated_area(projects), "network_losses": network_losses(projects),
            "public_institutions": public_institutions(projects), "public_coal_share": coal_share(projects),
            "renewable_replacement": renewable_replacement(projects)}
