"""``assess(project)``: the single source of every number the program shows.

The steps run in a fixed order:

1. weather for the site (calc.climate);
2. the baseline, each enabled measure alone, the measures added one at a
   time in the listed order (the last of which is the package; the steps
   between are left out with ``steps=False``): each state is the project
   transformed by the measures (calc.measures) and simulated whole
   (calc.variant) -- interactions come out of the physics;
3. accounting of each state (standard coal, CO2, cost);
4. the target check on the stated basis (calc.target), with sequential
   contributions that add up to the package saving;
5. investment and appraisal of each measure and of the package
   (calc.economics);
6. one-at-a-time sensitivity of the verdict (calc.economics.tornado).
"""

from __future__ import annotations

from dataclasses import replace

from . import accounting, economics, heat_source, target, verdict
from .calibration import benchmark as gbt51161
from .climate import weather_for_site
from .contracts import entry as contracts
from .datasets.cities import city as city_info
from .installed import as_installed
from .metering import field_range_note, heat_sent_saving
from .network import loss_share_note
from .measures import apply_measure
from .measures.supply import disconnection_capacity
from .method import METHOD, SOURCES
from .model import MEASURE_KINDS, Project
from .messages import Term, msg
from .results import Assessment, EconomicsResult, HeatSourceDefault, MeasureResult, SensitivityRow, TargetResult
from .units import Q_, magnitude, to
from .variant import Pricing, ThermalCache, account_state, account_totals, gross_floor_area, simulate_state

BASES = ("total_tce", "heating_tce", "delivered_kwh", "co2")
KIND_LABELS = {k: k.replace("_", " ") for k in MEASURE_KINDS}
# Behaviour in the sensitivity analysis: the heating setpoint one kelvin
# lower / higher than entered, in the baseline and the package alike.
BEHAVIOUR_SHIFT_K = 1.0
SENSITIVITY = {
    "energy_prices": (0.8, 1.2),
    "investment_costs": (0.8, 1.2),
    "grid_factor": (0.8, 1.2),
    "heat_pump_cop": (0.9, 1.1),
    "behaviour": (-BEHAVIOUR_SHIFT_K, BEHAVIOUR_SHIFT_K),
}


def label_of(measure) -> str:
    return measure.label or KIND_LABELS[measure.kind]


def _term(measure) -> Term:
    """A measure as named in a message: its label, or its kind in the reader's language."""
    return Term("measure", measure.kind, measure.label)


basis_value = verdict.basis_value


def _heat_source(project):
    """What makes the district heat of the project as entered (None: the
    heat is made by the project's own plant, whose fuel is counted)."""
    supply = project.supply
    if supply.kind != "district_heating" or supply.network is None:
        return None
    acc = project.accounting.replace(electricity_method="power_supply_coal")
    return heat_source.heat_at_source(supply.network, accounting.coal_factors(acc)["electricity"])


def _closing(project, package_project, cache, baseline, basis, goal):
    """Measures listed but not in the package that close the gap when added
    to it (one simulation each, only on a FAIL)."""
    candidates = []
    for m in project.measures:
        if m.enabled:
            continue
        try:
            state = simulate_state(apply_measure(package_project, m), cache)
        except ValueError:
            # a listed measure that cannot follow this package (e.g. a boiler
            # renewal after a heat pump) closes nothing
            continue
        acc = account_totals(state, project, cache.weather, cache.factors)
        candidates.append((label_of(m), m.kind, False, target.saving_rate(basis_value(baseline, basis), basis_value(acc, basis))))
    return verdict.closing_measures(candidates, goal)


def assess(project: Project, *, sensitivity: bool = True, steps: bool = True, uncertainty: int = 0, seed: int = 0,
           folder=None) -> Assessment:
    """Assess a project: baseline, each measure alone, the package, target,
    economics and sensitivity.

    Parameters
    ----------
    project : calc.model.Project
        A validated project.
    sensitivity : bool
        Run the sensitivity analysis (a few more simulations).
    steps : bool
        Simulate the package's steps, the measures added one at a time in
        the listed order, for each measure's sequential contribution and
        cost-curve step. Without them those three figures of each measure
        are null (not worked out) and every other figure is the same: the
        package and each measure alone are simulated either way, and a
        rooftop PV's own step, which the package's economics needs, still
        is. A stock run reports the package, not its steps, and saves
        their simulations (two of a 4-measure package's eight states).
    uncertainty : int
        Monte Carlo samples of the saving rate (0 = none; calc.uncertainty).
    seed : int
        Seed of the Monte Carlo sampler.
    folder : str or os.PathLike, optional
        Folder of the project file, for a relative ``site.weather_file``.

    Returns
    -------
    calc.results.Assessment
        Every field carries its unit (see calc/results.py and the README).
    """
    weather = weather_for_site(project.site, folder)
    info = city_info(project.site.city)
    # Emitters, pumps and the 2020 network reference as installed, fixed
    # before any measure: envelope work then leaves them oversized.
    project = as_installed(project, weather)
    # a network whose source is not known takes its city's default (by province)
    project, source_default = heat_source.resolve_unknown(project)
    cache = ThermalCache(weather, project.accounting, _heat_source(project))
    enabled = [m for m in project.measures if m.enabled]
    zone = info.get("climate_zone") if isinstance(info.get("climate_zone"), str) else ""
    basis = target.project_basis(project.accounting.target_basis, [b.is_public for b in project.buildings], zone)

    base_state = simulate_state(project, cache)
    # a revenue-neutral heat tariff is calibrated on the baseline's heat before anything is priced
    entered = project
    project, price_notes = contracts.priced_project(
        project, base_state.supply.delivered.get("district_heat", Q_(0.0, "kWh")).sum(), _billed_area(project))
    baseline = account_state(base_state, "baseline", "baseline", project, weather, factors=cache.factors)

    pkg_project, states = _package_steps(entered, enabled, cache, every=steps)
    pkg_state = states[-1] if states else base_state
    package = account_state(pkg_state, "package", "package", project, weather, factors=cache.factors)

    # the first measure alone is the package's first step, where that was simulated
    alone_states = [states[0] if i == 0 and states[0] is not None else simulate_state(apply_measure(entered, m), cache)
                    for i, m in enumerate(enabled)]
    alone = [account_state(s, f"measure:{i}", label_of(m), project, weather, factors=cache.factors)
             for i, (m, s) in enumerate(zip(enabled, alone_states))]
    # a step needs its bases and bill only (the last one is the package)
    step_accounts = [None if s is None else account_totals(s, project, weather, cache.factors) for s in states]
    cumulative = [(label_of(m), basis_value(a, basis)) for m, a in zip(enabled, step_accounts)] if steps else []

    is_public = project.is_public
    goal = verdict.project_target(project)
    check = target.check_target(basis_value(baseline, basis), basis_value(package, basis), is_public, basis, goal)
    method = project.accounting.electricity_method
    accounted = {method: (baseline, package)}
    for other in target.ELECTRICITY_METHODS:
        if other != method:
            f = cache.factors_for(other)
            # the matrix reads the bases only
            accounted[other] = (account_totals(base_state, project, weather, f),
                                account_totals(pkg_state, project, weather, f))
    matrix = verdict.matrix({m: accounted[m] for m in target.ELECTRICITY_METHODS}, goal)
    programme = project.accounting.target_basis == "programme"
    buildings = verdict.building_verdicts(
        project, base_state, pkg_state, cache.factors,
        lambda b: target.programme_basis(b.is_public, zone) if programme else basis)
    closing = _closing(project, pkg_project, cache, baseline, basis, goal) if check.passed is False else ()
    rates = {b: _pct(target.saving_rate(basis_value(baseline, b), basis_value(package, b))) for b in BASES}
    contributions = [c.contribution_pp for c in target.sequential_contributions(
        basis_value(baseline, basis), cumulative)] if cumulative else [None] * len(enabled)

    investments = [_investment(project, m, s) for m, s in zip(enabled, alone_states)]
    by_method = _alone_rates_by_method(project, weather, cache, basis, method, accounted, alone, alone_states)
    before = [baseline] + step_accounts
    measures = tuple(
        replace(_with_step(_measure_result(i, m, a, baseline, basis, investments[i], contributions[i], project),
                           investments[i], before[i], step_accounts[i], project),
                saving_rate_alone_by_method=by_method[i])
        for i, (m, a) in enumerate(zip(enabled, alone)))
    # the PV step's saving fades with the modules
    pv_saving = sum(((before[i].energy_cost - step_accounts[i].energy_cost)
                     for i, m in enumerate(enabled) if m.kind == "rooftop_pv"), Q_(0.0, "CNY/a"))
    econ = _package_economics(investments, baseline, package, project, pv_saving=pv_saving)

    rows = _sensitivity(project, enabled, cache, base_state, pkg_state, investments, basis, is_public,
                        accounted=(baseline, package)) if (sensitivity and enabled) else ()

    spread = None
    if uncertainty:
        from . import uncertainty as mc

        spread = mc.run(project, enabled, weather, basis, method, cache.factors, goal, cache.heat,
                        samples=uncertainty, seed=seed)
        if spread.saving_rate_p50 is None:
            spread = None  # no sample has a rate on the basis: nothing to say how sure
    flip = verdict.disagreement_warning(basis, matrix)
    check_result = TargetResult(basis=basis, target_rate=Q_(100.0 * check.target, "percent"),
                                saving_rate=_pct(check.saving_rate),
                                margin=None if check.margin_pp is None else Q_(check.margin_pp, "pp"),
                                passed=check.passed, rates=rates, building_type="public" if is_public else "residential",
                                not_applicable_reason=check.reason, basis_setting=project.accounting.target_basis,
                                electricity_method=method, methods_agree=flip is None, matrix=matrix,
                                buildings=buildings, target_weighting="floor_area",
                                project_type=target.project_type([b.is_public for b in project.buildings]),
                                shortfall=verdict.shortfall(check, basis, closing))
    views, contract = contracts.evaluate(project, baseline, package, pkg_state.project.supply.metering.billing,
                                         investments, _billed_area(project), econ, check_result, rows, pv_saving,
                                         spread)

    warnings = tuple(dict.fromkeys(base_state.supply.warnings + pkg_state.supply.warnings + tuple(price_notes)))
    shown = set(warnings)
    for m, s in zip(enabled, alone_states):
        # What a measure alone runs into (a heat pump capped below the
        # emitters' need, a product beyond its tests) is said once, by name.
        fresh = [n for n in s.supply.warnings if n not in shown]
        warnings += tuple(msg("assess.measure_alone", "{measure} alone: {note}", measure=_term(m), note=n)
                          for n in fresh)
        shown.update(fresh)
    for m, s in zip(enabled, alone_states):
        if m.kind == "metering_reform":
            level = "low" if m.params["convert_single_pipe"] == "no" and any(
                b.equipment.distribution == "single_pipe" for b in project.buildings) else m.params["behaviour"]
            warnings += (field_range_note(_term(m), level, heat_sent_saving(base_state.supply, s.supply)),)
    if base_state.supply.network is not None and pkg_state.supply.network is not None:
        note = loss_share_note(base_state.supply.network.loss_share, pkg_state.supply.network.loss_share)
        warnings += (note,) if note else ()
    if flip:
        warnings = (flip,) + warnings
    if weather.synthetic:
        warnings = (msg("assess.synthetic_weather", "The weather is a synthetic year made from the monthly climate "
                        "normals of {city}; a measured typical-year file for the site gives a more reliable result.",
                        city=Term("city", project.site.city)),) + warnings
    return Assessment(
        project_name=project.meta.name,
        building_type="public" if is_public else "residential",
        city=project.site.city, climate_zone=_zone_text(info),
        weather_source=weather.source, weather_synthetic=bool(weather.synthetic),
        floor_area=Q_(gross_floor_area(project.buildings), "m**2"),
        baseline=baseline, package=package, measures=measures,
        target=check_result,
        economics=econ, stakeholders=views, contract=contract, sensitivity=rows, uncertainty=spread, warnings=warnings,
        defaults=tuple(project.defaults),
        method=METHOD, sources=SOURCES,
        benchmark=gbt51161.benchmark(project, baseline, info.get("climate_zone") or ""),
        heat_source_default=None if source_default is None else HeatSourceDefault(
            city=source_default.city, province=source_default.province, heat_source=source_default.heat_source,
            source=source_default.source),
    )


def _billed_area(project):
    """Floor area billed for district heat [m²]: the gross floor area, as
    calc.variant.account_state bills it."""
    return Q_(gross_floor_area(project.buildings), "m**2")


def _pct(rate):
    """A saving rate [-] as a percentage quantity; None (not applicable) stays None."""
    return None if rate is None else Q_(100.0 * rate, "percent")


def _zone_text(info: dict) -> str:
    zone, sub = info.get("climate_zone"), info.get("sub_zone")
    zone = zone if isinstance(zone, str) else ""
    return f"{zone} ({sub})" if isinstance(sub, str) and sub else zone


# ---------------------------------------------------------------- economics

def _investment(project, measure, state, level="typical"):
    """Investment of a measure, quantities the geometry cannot give taken
    from the simulated state with the measure applied."""
    extra = {}
    if measure.kind == "rooftop_pv":
        extra["peak_power"] = sum((to(p.peak_power, "kW") for p, _ in state.pv.values()), Q_(0.0, "kW"))
    if measure.kind in ("heat_pump", "boiler_renewal"):
        caps = [to(hp.capacity, "kW") for hp in state.supply.heat_pumps.values()]
        if caps:
            extra["heat_capacity"] = sum(caps, Q_(0.0, "kW"))
        else:
            extra["heat_capacity"] = sum((_design_load(state, b) for b in state.project.buildings), Q_(0.0, "kW"))
    if measure.kind == "disconnection":
        extra["heat_capacity"] = disconnection_capacity(state, measure)
    if measure.kind == "variable_speed_pumps" and state.supply.network is not None:
        extra["pump_power"] = Q_(float(magnitude(state.supply.network.pump_electricity, "kWh").max()), "kW")
    return economics.measure_cost(project, measure, level=level, **extra)


def _design_load(state, building):
    """A boiler is priced on the building's peak hourly heating need [kW]."""
    return Q_(float(magnitude(state.thermal[building.name].heating, "kW").max()), "kW")


def _alone_rates_by_method(project, weather, cache, basis, method, accounted, alone, alone_states) -> list[dict]:
    """Each measure alone: electricity method -> saving rate [%] on the
    verdict's basis (None = not applicable); the headline method's states
    are those already accounted, the other method re-accounts them (no new
    simulation)."""
    out = [dict() for _ in alone]
    for m in target.ELECTRICITY_METHODS:
        before = accounted[m][0]
        accounts = alone if m == method else [
            account_totals(s, project, weather, cache.factors_for(m)) for s in alone_states]
        for i, a in enumerate(accounts):
            out[i][m] = _pct(target.saving_rate(basis_value(before, basis), basis_value(a, basis)))
    return out


def _measure_result(i, m, alone, baseline, basis, inv, contribution_pp, project) -> MeasureResult:
    saving_cost = baseline.energy_cost - alone.energy_cost
    saving_kwh = to(baseline.total_delivered - alone.total_delivered, "kWh") / Q_(1, "year")
    saving_co2 = to(baseline.total_co2 - alone.total_co2, "t") / Q_(1, "year")
    ap = economics.appraise(inv, to(saving_cost, "CNY/year"), project.economics,
                            annual_energy_saving=saving_kwh, annual_co2_saving=saving_co2,
                            degradation=project.economics.pv_degradation if m.kind == "rooftop_pv" else 0.0)
    rate = target.saving_rate(basis_value(baseline, basis), basis_value(alone, basis))
    return MeasureResult(
        index=i, kind=m.kind, label=label_of(m), alone=alone,
        saving_rate_alone=_pct(rate),
        sequential_contribution=None if contribution_pp is None else Q_(contribution_pp, "pp"),
        investment=to(inv.gross, "CNY"), subsidy=to(inv.subsidy, "CNY"), lifetime=to(inv.lifetime, "year"),
        annual_cost_saving=to(saving_cost, "CNY/a"),
        simple_payback=ap.simple_payback, discounted_payback=ap.discounted_payback, npv=ap.npv,
        irr=None if ap.irr.rate is None else Q_(100.0 * ap.irr.rate, "percent"),
        cost_of_saved_energy=ap.cost_of_saved_energy, abatement_cost=ap.abatement_cost,
        co2_saving=to(baseline.total_co2 - alone.total_co2, "t"),
    )


def _package_steps(entered, enabled, cache, *, every: bool):
    """The package's project and the state of each of its steps (the
    enabled measures added one at a time in the listed order; the last is
    the package). Without ``every`` only the package and the steps around
    a rooftop PV (its fading saving prices the package) are simulated; the
    others are None."""
    pv = {i for i, m in enumerate(enabled) if m.kind == "rooftop_pv"}
    needed = {len(enabled) - 1} | pv | {i - 1 for i in pv}
    project, states = entered, []
    for i, m in enumerate(enabled):
        project = apply_measure(project, m)
        states.append(simulate_state(project, cache) if every or i in needed else None)
    return project, states


def _with_step(result, inv, before, after, project):
    """The measure's step of the package (added in the listed order): its
    CO2 saving and abatement cost there, the bars of a cost curve that adds
    up to the package; the result as it is where the step was not
    simulated."""
    if before is None or after is None:
        return result
    co2 = to(before.total_co2 - after.total_co2, "t")
    cost = economics.abatement_cost(inv, project.economics.discount_rate,
                                    to(before.energy_cost - after.energy_cost, "CNY/year"), co2 / Q_(1, "year"))
    return replace(result, sequential_co2_saving=co2, sequential_abatement_cost=cost)


def _package_flows(investments, saving_cost, project, cost_factor=1.0, pv_saving=None):
    e = project.economics
    zero = economics.Investment(Q_(0.0, "CNY"), Q_(0.0, "CNY"), Q_(0.0, "CNY"), Q_(e.analysis_period, "year"),
                                Q_(0.0, "CNY/year"), None, "")
    pv = Q_(0.0, "CNY/year") if pv_saving is None else to(pv_saving, "CNY/year")
    flows = economics.cash_flows(zero, saving_cost - pv, e.analysis_period, e.energy_price_escalation)
    if pv.m != 0:
        flows = flows + economics.cash_flows(zero, pv, e.analysis_period, e.energy_price_escalation, e.pv_degradation)
    for inv in investments:
        scaled = _scaled_investment(inv, cost_factor)
        flows = flows + economics.cash_flows(scaled, Q_(0.0, "CNY/year"), e.analysis_period, e.energy_price_escalation)
    return flows


def _scaled_investment(inv, factor):
    if factor == 1.0:
        return inv
    gross = inv.gross * factor
    subsidy = min(inv.subsidy, gross)  # a subsidy never pays more than the work costs
    return replace(inv, gross=gross, subsidy=subsidy, net=gross - subsidy, maintenance=inv.maintenance * factor)


def _package_economics(investments, baseline, package, project, cost_factor=1.0, price_factor=1.0,
                       pv_saving=None) -> EconomicsResult:
    e = project.economics
    saving_cost = to((baseline.energy_cost - package.energy_cost) * price_factor, "CNY/year")
    gross = sum((i.gross for i in investments), Q_(0.0, "CNY")) * cost_factor
    subsidy = sum((i.subsidy for i in investments), Q_(0.0, "CNY"))
    flows = _package_flows(investments, saving_cost, project, cost_factor,
                           None if pv_saving is None else pv_saving * price_factor)
    irr = economics.irr(flows)
    co2_saving = to(baseline.total_co2 - package.total_co2, "t") / Q_(1, "year")
    energy_saving = to(baseline.total_delivered - package.total_delivered, "kWh") / Q_(1, "year")
    rate = e.discount_rate
    # each measure over its own life, net of its subsidy: the measures' own annuity
    annualised = economics.package_annualised_cost([_scaled_investment(i, cost_factor) for i in investments], rate)
    return EconomicsResult(
        investment=to(gross, "CNY"), subsidy=to(subsidy, "CNY"), annual_cost_saving=to(saving_cost, "CNY/a"),
        simple_payback=_package_payback(investments, baseline, package, cost_factor, price_factor),
        discounted_payback=economics.discounted_payback(rate, flows),
        npv=economics.npv(rate, flows), irr=None if irr.rate is None else Q_(100.0 * irr.rate, "percent"),
        abatement_cost=to((annualised - saving_cost) / co2_saving, "CNY/t") if co2_saving.m > 0 else None,
        cost_of_saved_energy=to(annualised / energy_saving, "CNY/kWh") if energy_saving.m > 0 else None,
    )


def _package_payback(investments, baseline, package, cost_factor=1.0, price_factor=1.0):
    """Simple payback of the package [a] (None: never), computed as in
    :func:`_package_economics`; the sensitivity analysis needs only this
    figure and not the discounted appraisal."""
    saving_cost = to((baseline.energy_cost - package.energy_cost) * price_factor, "CNY/year")
    scaled = [_scaled_investment(i, cost_factor) for i in investments]
    net = sum((i.net for i in scaled), Q_(0.0, "CNY"))
    maintenance = sum((i.maintenance for i in scaled), Q_(0.0, "CNY/year"))
    return economics.simple_payback(net, saving_cost - maintenance)


# ---------------------------------------------------------------- sensitivity

def _with_cop(project: Project, factor: float) -> Project:
    """Heat pumps (in the supply and in heat-pump measures) with their
    Carnot efficiency scaled."""
    supply = project.supply
    if supply.heat_pump is not None:
        hp = supply.heat_pump
        supply = replace(supply, heat_pump=replace(hp, carnot_efficiency=min(hp.carnot_efficiency * factor, 0.99)))
    measures = tuple(
        replace(m, params={**m.params, "carnot_efficiency": min(m.params["carnot_efficiency"] * factor, Q_(0.9, ""))})
        if m.kind == "heat_pump" else m for m in project.measures)
    return replace(project, supply=supply, measures=measures)


def _with_setpoint_shift(project: Project, shift_k: float) -> Project:
    buildings = []
    for b in project.buildings:
        op = b.operation
        # the shifted setpoint stays where the building's rules allow it:
        # below the cooling setpoint and the emitters' return temperature
        ceiling = min(op.cooling_setpoint.m, b.equipment.design_return_temp.m) - 0.5
        sp = Q_(min(max(op.heating_setpoint.m + shift_k, 5.0), ceiling), "degC")
        buildings.append(replace(b, operation=replace(op, heating_setpoint=sp)))
    return replace(project, buildings=tuple(buildings))


def _sensitivity(project, enabled, cache, base_state, pkg_state, investments, basis, is_public, accounted=None):
    weather = cache.weather
    goal = verdict.project_target(project)
    # The cases that change only the investment re-use the accounts of the
    # baseline and the package as assessed (same states, same pricing).
    # Keyed by the states' identity; each entry holds its states so that
    # their ids are not reused while the memo lives.
    accounts = {}
    if accounted is not None:
        accounts[(id(base_state), id(pkg_state), Pricing())] = (base_state, pkg_state) + tuple(accounted)

    def account(base_s, pkg_s, pricing, grid=1.0):
        key = (id(base_s), id(pkg_s), pricing) + ((grid,) if grid != 1.0 else ())
        if key not in accounts:
            # the grid case scales the CO2 of electricity and of heat made
            # from it (heat-pump station, electric boiler)
            f = cache.factors if grid == 1.0 else (
                cache.factors[0], accounting.grid_scaled_co2(cache.factors[1], grid, cache.heat))
            accounts[key] = (base_s, pkg_s,
                             account_state(base_s, "baseline", "", project, weather, pricing, f),
                             account_state(pkg_s, "package", "", project, weather, pricing, f))
        return accounts[key][2:]

    def evaluate(name, value):
        base_s, pkg_s, pricing, cost_f, grid = base_state, pkg_state, Pricing(), 1.0, 1.0
        if name == "energy_prices":
            pricing = Pricing(energy_prices=value)
        elif name == "grid_factor":
            grid = value
        elif name == "investment_costs":
            cost_f = value
        else:
            changed = _with_cop(project, value) if name == "heat_pump_cop" else _with_setpoint_shift(project, value)
            base_s = simulate_state(changed, cache)
            steps = changed
            for m in [m for m in changed.measures if m.enabled]:
                steps = apply_measure(steps, m)
            pkg_s = simulate_state(steps, cache)
        b, p = account(base_s, pkg_s, pricing, grid)
        rate = target.saving_rate(basis_value(b, basis), basis_value(p, basis))
        return rate, _package_payback(investments, b, p, cost_factor=cost_f)

    rows = []
    for name, (lo, hi) in SENSITIVITY.items():
        if name == "heat_pump_cop" and not _has_heat_pump(project):
            continue
        r_lo, p_lo = evaluate(name, lo)
        r_hi, p_hi = evaluate(name, hi)
        rows.append(SensitivityRow(
            parameter=name, low_label=_case_label(name, lo), high_label=_case_label(name, hi),
            saving_rate_low=_pct(r_lo), saving_rate_high=_pct(r_hi),
            payback_low=p_lo, payback_high=p_hi, verdict_robust=_verdict(r_lo, goal) == _verdict(r_hi, goal)))
    return tuple(sorted(rows, key=_swing))


def _verdict(rate, goal):
    """Pass (True), fail (False) or not applicable (None) of a rate [-]."""
    return None if rate is None else rate >= goal - target.RATE_TOLERANCE


def _swing(row):
    """Sort key of a sensitivity row: largest swing first, rows without a
    rate last."""
    if row.saving_rate_low is None or row.saving_rate_high is None:
        return float("inf")
    return -abs(row.saving_rate_high.m - row.saving_rate_low.m)


def _has_heat_pump(project) -> bool:
    return project.supply.heat_pump is not None or any(m.kind == "heat_pump" and m.enabled for m in project.measures)


def _case_label(name: str, value: float) -> str:
    if name == "behaviour":
        return msg("sensitivity.setpoint", "heating setpoint {delta:+.0f} K", delta=value)
    return msg("sensitivity.factor", "×{factor:g}", factor=value)
