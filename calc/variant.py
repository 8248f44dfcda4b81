"""One simulated state of a project (baseline, a measure alone, the package).

:func:`simulate_state` runs the physics in a fixed order -- building
needs (calc.thermal), heat supply and other end uses (calc.supply),
rooftop PV (calc.pv) -- and :func:`account_state` turns the delivered
energy into standard coal, CO2 and money (calc.accounting) under the
project's settings. The split lets the sensitivity analysis re-price a
state without simulating it again.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field

import numpy as np

from . import accounting, envelope, heatpump, installed, pv, schedules, supply, thermal
from .geometry import floor_area
from .model import Project
from .results import BuildingFigures, NetworkFigures, PVFigures, VariantResult
from .units import Q_, as_unit, magnitude, to

W_PER_KW = 1000.0


@dataclass(frozen=True)
class State:
    """Raw physics of one project state (plain containers of quantities)."""

    project: Project
    thermal: dict          # building name -> ThermalResult
    supply: object         # SupplyResult
    pv: dict               # building name -> (PVResult, SelfConsumption)
    # Figures that do not depend on the pricing, kept with the state: the
    # sensitivity analysis accounts the same state under several pricings.
    _derived: dict = field(default_factory=dict, init=False, compare=False, repr=False)

    def derived(self, key, compute):
        if key not in self._derived:
            self._derived[key] = compute()
        return self._derived[key]


class ThermalCache:
    """Memo of building simulations within one assessment: a measure that
    leaves a building unchanged (a new boiler, PV) reuses its thermal
    simulation, and one that leaves its roof array unchanged its PV output;
    projects with the same buildings and supply share one simulated state.
    Also holds the accounting factors, which are read once."""

    def __init__(self, weather, accounting_settings=None, heat=None):
        self.weather = weather
        self._memo: dict = {}
        self._pv: dict = {}
        self._states: dict = {}
        self.factors = None
        self.accounting = accounting_settings
        self.heat = heat
        self._by_method: dict = {}
        if accounting_settings is not None:
            self.factors = _factors(accounting_settings, heat)

    def factors_for(self, method: str):
        """(coal, CO2) factors with electricity (and heat) on ``method``
        ("equal_value" or "power_supply_coal"), the rest as entered."""
        acc = self.accounting
        if acc.electricity_method == method:
            return self.factors
        # kept: the same object each time, so that accounts keyed on the
        # factors' identity find each other
        if method not in self._by_method:
            self._by_method[method] = _factors(acc.replace(electricity_method=method), self.heat)
        return self._by_method[method]

    def simulate(self, building):
        key = _building_key(building)
        if key not in self._memo:
            self._memo[key] = thermal.simulate(building, self.weather)
        return self._memo[key]

    def pv_output(self, building):
        key = (_building_key(building.pv), _building_key(building.geometry))
        if key not in self._pv:
            self._pv[key] = _pv_output(building, self.weather, key)
        return self._pv[key]


# PV output across assessments: the program re-assesses on every edit and the
# roof array rarely changes. Keyed on the weather and the array and geometry
# (when hashable); the hourly arrays are made read-only.
_PV_OUTPUTS = schedules.IdentityMemo(schedules.WEATHERS_KEPT, per_object=16)


def _pv_output(building, weather, key):
    if any(isinstance(k, int) for k in key):
        return pv.pv_output(building, weather)

    def compute():
        out = pv.pv_output(building, weather)
        for q in (out.ac, out.dc, out.poa):
            if isinstance(q.m, np.ndarray):
                q.m.setflags(write=False)
        return out
    return _PV_OUTPUTS.get(weather, key, compute)


# Factors of the last few accounting settings: the tables are fixed, and the
# program re-assesses with the same settings on every edit.
@functools.lru_cache(maxsize=16)
def _shared_factors(settings, heat):
    return accounting.coal_factors(settings, heat=heat), accounting.co2_factors(settings, heat=heat)


def _factors(settings, heat=None):
    """(coal factors, CO2 factors) of an Accounting and a district-heat
    source; the dicts may be shared between assessments and are not to be
    changed."""
    try:
        return _shared_factors(settings, heat)
    except TypeError:  # settings not hashable
        return accounting.coal_factors(settings, heat=heat), accounting.co2_factors(settings, heat=heat)


# Floor areas by the geometries' identities: the states of an assessment keep
# the geometry, and each bills its heat on the same area.
_AREAS = schedules.PartsMemo(1024)


def gross_floor_area(buildings) -> float:
    """Sum of the buildings' gross floor areas [m², a plain float], in
    their order."""
    return _AREAS.get(tuple(b.geometry for b in buildings), lambda: sum(floor_area(b).m for b in buildings))


def _building_key(building):
    # Building objects are frozen dataclasses of hashable parts; fall back to
    # identity when a part is not hashable.
    try:
        hash(building)
        return building
    except TypeError:
        return id(building)


def simulate_state(project: Project, cache: ThermalCache) -> State:
    """Needs, delivered energy and PV of every building of ``project``."""
    # The physics sees only the buildings and the supply: projects equal in
    # both (a measure alone and the first of the added measures) share it.
    try:
        key = (project.buildings, project.supply)
        hash(key)
    except TypeError:
        key = None
    done = cache._states.get(key) if key is not None else None
    if done is not None:
        # an equal project (a measure alone and the first step of the
        # package) is the same state, and shares its accounts
        return done if done.project is project or _equal(done.project, project) else State(
            project, done.thermal, done.supply, done.pv)
    weather = cache.weather
    th = {b.name: cache.simulate(b) for b in project.buildings}
    sup = supply.supply_energy(project, th, weather)
    pvs = {}
    for b in project.buildings:
        if b.pv is not None:
            out = cache.pv_output(b)
            pvs[b.name] = (out, pv.self_consumption(out.ac, sup.electricity_by_building[b.name]))
    state = State(project, th, sup, pvs)
    if key is not None:
        cache._states[key] = state
    return state


def _equal(a, b) -> bool:
    try:
        return bool(a == b)
    except (TypeError, ValueError):  # a part that does not compare plainly (an array)
        return False


def _month_sums(hourly_w: np.ndarray, months: np.ndarray) -> np.ndarray:
    return np.bincount(months - 1, weights=hourly_w / W_PER_KW, minlength=12)[:12]


def _sum_nested(tables: list[dict]) -> dict:
    # the magnitudes added in the order pint would add the quantities
    sums: dict = {}
    for table in tables:
        for use, by_carrier in table.items():
            slot = sums.setdefault(use, {})
            for carrier, q in by_carrier.items():
                slot[carrier] = slot.get(carrier, 0.0) + as_unit(q, "kWh")._magnitude
    return {use: {c: Q_(m, "kWh") for c, m in slot.items()} for use, slot in sums.items()}


def _building_figures(b, th, end_uses, months, pv_pair) -> BuildingFigures:
    heating = np.asarray(magnitude(th.heating, "W"), float)
    cooling = np.asarray(magnitude(th.cooling, "W"), float)
    area = as_unit(th.floor_area, "m**2")
    h_kwh, c_kwh = heating.sum() / W_PER_KW, cooling.sum() / W_PER_KW
    delivered: dict = {}
    for by_carrier in end_uses.values():
        for carrier, q in by_carrier.items():
            delivered[carrier] = delivered.get(carrier, 0.0) + as_unit(q, "kWh")._magnitude
    delivered = {c: Q_(m, "kWh") for c, m in delivered.items()}
    return BuildingFigures(
        name=b.name, floor_area=area,
        heating_need=Q_(h_kwh, "kWh"), cooling_need=Q_(c_kwh, "kWh"),
        heating_need_per_area=Q_(h_kwh / area.m, "kWh/m**2"), cooling_need_per_area=Q_(c_kwh / area.m, "kWh/m**2"),
        peak_heating=Q_(heating.max() / W_PER_KW, "kW"), peak_cooling=Q_(cooling.max() / W_PER_KW, "kW"),
        monthly_heating=Q_(_month_sums(heating, months), "kWh"), monthly_cooling=Q_(_month_sums(cooling, months), "kWh"),
        losses={k: as_unit(v, "kWh") for k, v in th.losses.items()},
        gains={k: as_unit(v, "kWh") for k, v in th.gains.items()},
        u_values={"wall": _u_value(b.wall, "wall"), "roof": _u_value(b.roof, "roof"),
                  "ground_floor": _u_value(b.ground_floor, "floor"), "window": b.window.u_value},
        delivered=delivered, end_uses=end_uses, pv=_pv_figures(b, pv_pair) if pv_pair else None,
    )


def _u_value(construction, kind):
    """U-value of a construction [W/(m²K)], memoised: most states of an
    assessment keep most constructions, and constructions are frozen."""
    try:
        return _shared_u_value(construction, kind)
    except TypeError:  # not hashable
        return envelope.u_value(construction, kind)


@functools.lru_cache(maxsize=256)
def _shared_u_value(construction, kind):
    return envelope.u_value(construction, kind)


def _pv_figures(b, pv_pair) -> PVFigures:
    out, sc = pv_pair
    return PVFigures(
        peak_power=to(out.peak_power, "kW"), generation=to(out.annual, "kWh"), specific_yield=to(out.specific_yield, "kWh/kW"),
        self_consumed=to(sc.self_consumed, "kWh"), exported=to(sc.exported, "kWh"),
        roof_coverage=Q_(100.0 * out.layout.roof_coverage, "percent"),
    )


@dataclass(frozen=True)
class Pricing:
    """Multipliers applied by the sensitivity analysis (1 = as entered)."""

    energy_prices: float = 1.0
    grid_factor: float = 1.0


@dataclass(frozen=True)
class Totals:
    """The figures a saving rate and a step of the package are computed on:
    the four bases (calc.verdict.basis_value reads them by these names) and
    the bill. The verdict under the other electricity method, the steps of
    the package and the measures that would close a gap need no more of a
    state's accounts."""

    total_standard_coal: object  # [tce]
    heating_standard_coal: object  # [tce]
    total_delivered: object  # [kWh]
    total_co2: object  # [t]
    energy_cost: object  # [CNY/a]


def account_state(state: State, key: str, label: str, base: Project, weather, pricing: Pricing = Pricing(),
                  factors=None) -> VariantResult:
    """Standard coal, CO2, cost and the per-building figures of a state.

    Accounting settings (methods, factors, tariffs, billing area) are those of
    ``base`` -- the project as entered -- except the heat billing, which a
    metering reform changes in the state's own project.
    """
    # The same state under the same settings accounts to the same figures:
    # the first measure alone and the first step of the package, the last
    # step and the package.
    memo = ("account", pricing, id(base), id(weather), id(factors))
    result = _kept(state, memo, lambda: _account_state(state, key, label, base, weather, pricing, factors),
                   (base, weather, factors))
    return result if (result.key, result.label) == (key, label) else dataclasses.replace(result, key=key, label=label)


def account_totals(state: State, base: Project, weather, factors=None) -> Totals:
    """The :class:`Totals` of a state as :func:`account_state` gives them
    with the prices as entered, computed the same way, without the rest of
    the accounts."""
    held = (base, weather, factors)
    full = _held(state, ("account", Pricing(), id(base), id(weather), id(factors)), held)
    if full is not None:
        return Totals(full.total_standard_coal, full.heating_standard_coal, full.total_delivered, full.total_co2,
                      full.energy_cost)
    return _kept(state, ("totals", id(base), id(weather), id(factors)), lambda: _totals(state, base, weather, factors),
                 held)


def _totals(state, base, weather, factors) -> Totals:
    acc = base.accounting
    coal_f, co2_f = factors or (accounting.coal_factors(acc), accounting.co2_factors(acc))
    flows = _flows(state, acc)
    tce, heating_tce = _coal(state, acc, coal_f, flows)
    co2 = accounting.weighted_kwh(flows.net, co2_f, "t")
    return Totals(total_standard_coal=Q_(accounting.total_of(tce.values()), "tce"), heating_standard_coal=heating_tce,
                  total_delivered=Q_(sum(_delivered(state).values()), "kWh"),
                  total_co2=Q_(accounting.total_of(co2.values()), "t"),
                  energy_cost=as_unit(accounting.total(_bill(state, base, flows, weather)), "CNY/a"))


def _account_state(state, key, label, base, weather, pricing, factors):
    project = state.project
    acc = base.accounting
    coal_f, co2_base = factors or (accounting.coal_factors(acc), accounting.co2_factors(acc))
    # a factor times 1.0 is the factor: no new quantities unless a grid case scales it
    co2_f = co2_base if pricing.grid_factor == 1.0 else {
        c: f * (pricing.grid_factor if c == "electricity" else 1.0) for c, f in co2_base.items()}

    flows = _flows(state, acc)
    tce, heating_tce = _coal(state, acc, coal_f, flows)
    co2 = accounting.weighted_kwh(flows.net, co2_f, "t")
    net_work = flows.network
    if net_work is not None:
        net_work = _with_heat_source(net_work, project.supply, acc, coal_f, co2_f)
    cost = _bill(state, base, flows, weather)
    if pricing.energy_prices != 1.0:
        # A bill is homogeneous of degree one in its prices, so a price case
        # scales the bill; scaling the entered tariffs instead would push a
        # tariff near its model limit past it (a what-if is not an input).
        cost = {c: v * pricing.energy_prices for c, v in cost.items()}

    return VariantResult(
        key=key, label=label, **_physics(state, weather),
        standard_coal={c: Q_(v, "tce") for c, v in tce.items()},
        total_standard_coal=Q_(accounting.total_of(tce.values()), "tce"),
        heating_standard_coal=heating_tce,
        co2={c: Q_(v, "t") for c, v in co2.items()}, total_co2=Q_(accounting.total_of(co2.values()), "t"),
        energy_cost=as_unit(accounting.total(cost), "CNY/a"),
        energy_cost_by_carrier={c: as_unit(q, "CNY/a") for c, q in cost.items()},
        network=net_work, pv=flows.pv_total, renewable_share=_renewable(state, acc, coal_f, flows),
    )


def _physics(state, weather) -> dict:
    """The fields of a state's VariantResult that no accounting setting
    changes (needs, delivered energy, end uses, the buildings' figures),
    made once per state and shared by its results, which are frozen."""
    def compute():
        project, sup = state.project, state.supply
        months = schedules.calendar_field(weather.data.index, "month").astype(int)
        delivered = _delivered(state)
        buildings = tuple(_building_figures(b, state.thermal[b.name], sup.end_uses[b.name], months,
                                            state.pv.get(b.name)) for b in project.buildings)
        return dict(
            buildings=buildings,
            heating_need=sum((bf.heating_need for bf in buildings), Q_(0.0, "kWh")),
            cooling_need=sum((bf.cooling_need for bf in buildings), Q_(0.0, "kWh")),
            monthly_heating=Q_(sum(bf.monthly_heating.m for bf in buildings), "kWh"),
            monthly_cooling=Q_(sum(bf.monthly_cooling.m for bf in buildings), "kWh"),
            delivered={c: Q_(v, "kWh") for c, v in delivered.items()},
            delivered_physical=accounting.trade_units_of(delivered),
            end_uses=_end_uses(state),
            total_delivered=Q_(sum(delivered.values()), "kWh"),
            scop=None if sup.scop is None else Q_(sup.scop, "dimensionless"),
            backup_share=None if sup.backup_share is None else Q_(100.0 * sup.backup_share, "percent"),
        )
    return state.derived(("physics", weather), compute)


def _delivered(state) -> dict:
    """Annual delivered energy by carrier [kWh, plain floats]."""
    return state.derived("delivered", lambda: accounting.annual_kwh(state.supply.delivered))


def _end_uses(state) -> dict:
    return state.derived("end_uses", lambda: _sum_nested([state.supply.end_uses[b.name]
                                                          for b in state.project.buildings]))


def _bill(state, base, flows, weather) -> dict:
    """The bill of a state before any price case, kept with the state (see
    :func:`_energy_cost`)."""
    project = state.project
    area = state.derived("floor_area", lambda: Q_(gross_floor_area(project.buildings), "m**2"))
    return state.derived(("cost", base.economics, project.supply.metering.billing, area.m, weather),
                         lambda: _energy_cost(state, base, {c: Q_(v, "kWh") for c, v in flows.purchased.items()}, area,
                                              flows.exported, weather))


@dataclass(frozen=True)
class _Flows:
    """The energy a state's accounts are made of, under one accounting's
    PV rule and before any factor [kWh]: ``generation``, ``self_used`` and
    ``exported`` quantities, ``net``, ``purchased`` and ``heating`` plain
    floats by carrier (made into quantities only where a result shows
    them); ``network`` and ``pv_total`` the figures of the network (its
    heat source aside) and of the PV."""

    generation: object
    self_used: object
    exported: object
    net: dict
    purchased: dict
    heating: dict
    network: object
    pv_total: object


def _held(state, key, held: tuple):
    """The value kept with the state under ``key`` if it was made for these
    very ``held`` objects (None otherwise): keys carry ids, and an entry
    holds the objects so that their ids stay theirs while it lives."""
    hit = state._derived.get(key)
    if hit is not None and len(hit[0]) == len(held) and all(a is b for a, b in zip(hit[0], held)):
        return hit[1]
    return None


def _kept(state, key, compute, held: tuple = ()):
    """``compute()`` kept with the state under ``key`` (settings and the ids
    of ``held``): the steps, the other electricity method and the
    sensitivity's pricings account the same state again."""
    try:
        hash(key)
    except TypeError:  # settings not hashable
        return compute()
    value = _held(state, key, held)
    if value is None:
        value = compute()
        state._derived[key] = (held, value)
    return value


def _flows(state, acc) -> _Flows:
    return _kept(state, ("flows", acc), lambda: _energy_flows(state, acc))


def _energy_flows(state, acc) -> _Flows:
    sup = state.supply
    delivered = _delivered(state)
    generation = sum((to(p.annual, "kWh") for p, _ in state.pv.values()), Q_(0.0, "kWh"))
    self_used = sum((to(sc.self_consumed, "kWh") for _, sc in state.pv.values()), Q_(0.0, "kWh"))
    exported = sum((to(sc.exported, "kWh") for _, sc in state.pv.values()), Q_(0.0, "kWh"))
    credited = accounting.pv_credited(generation, self_used, acc) if state.pv else Q_(0.0, "kWh")
    net = _floats(accounting.credited_kwh(delivered, credited.m))
    purchased = dict(net)
    if state.pv:
        purchased = _floats(accounting.credited_kwh(delivered, self_used.m))

    # end uses are in kWh (_sum_nested)
    end_uses = _end_uses(state)
    heating_kwh = {c: q.m for c, q in end_uses.get("heating", {}).items()}
    for c, q in end_uses.get("pumps", {}).items():
        heating_kwh[c] = heating_kwh.get(c, 0.0) + q.m
    heating_kwh = _floats(heating_kwh)

    net_work = None
    if sup.network is not None:
        n = sup.network
        ref = installed.reference_loss_share(state.project.supply.network)[0]
        net_work = NetworkFigures(heat_sent=to(n.annual_sent_out, "kWh"), losses=to(n.annual_losses, "kWh"),
                                  loss_share=Q_(100.0 * n.loss_share, "percent"),
                                  pump_electricity=n.pump_electricity.sum().to("kWh"),
                                  makeup_losses=to(n.makeup_losses, "kWh"),
                                  reference_loss_share_2020=Q_(100.0 * ref, "percent"),
                                  loss_share_change_vs_2020=Q_(100.0 * (n.loss_share - ref), "pp"))
    pv_total = None
    if state.pv:
        peak = sum((to(p.peak_power, "kW") for p, _ in state.pv.values()), Q_(0.0, "kW"))
        # each array's coverage as its building's figures give it, in the buildings' order
        coverage = [100.0 * state.pv[b.name][0].layout.roof_coverage for b in state.project.buildings
                    if b.name in state.pv]
        pv_total = PVFigures(peak_power=peak, generation=generation, specific_yield=to(generation / peak, "kWh/kW") if peak.m > 0 else Q_(0, "kWh/kW"),
                             self_consumed=self_used, exported=exported,
                             roof_coverage=Q_(np.mean(coverage), "percent"))
    return _Flows(generation, self_used, exported, net, purchased, heating_kwh, net_work, pv_total)


def _floats(kwh: dict) -> dict:
    # Python floats, as accounting.annual_kwh hands the sums of numpy arrays
    # on: the accounts then add and print them alike
    return {c: float(v) for c, v in kwh.items()}


def _coal(state, acc, coal_f, flows) -> tuple:
    """(standard coal by carrier [tce, plain floats], standard coal of
    heating [tce]) under the coal factors ``coal_f``."""
    def compute():
        tce = accounting.weighted_kwh(flows.net, coal_f, "tce")
        heating = flows.heating
        heating_tce = Q_(accounting.total_of(accounting.weighted_kwh(heating, coal_f, "tce").values()) if heating else 0.0,
                         "tce")
        return tce, heating_tce
    return _kept(state, ("coal", acc, id(coal_f)), compute, (coal_f,))


def _renewable(state, acc, coal_f, flows):
    """Renewable replacement rate [%] under the coal factors ``coal_f``."""
    return _kept(state, ("renewable", acc, id(coal_f)), lambda: _renewable_share(
        accounting.weighted_kwh(flows.purchased, coal_f, "tce"), flows.self_used, state.supply,
        coal_f["electricity"]), (coal_f,))


def _energy_cost(state, base, purchased, area, exported, weather) -> dict:
    """The bill of a state before any price case [CNY/a by carrier]; it
    depends on the state and the tariffs, not on the coal or CO2 factors,
    so both electricity methods share it."""
    tariffs = base.economics.tariffs
    billing = state.project.supply.metering.billing
    if base.economics.valuation == "energy_value":
        # every kWh at its energy price: heat per GJ with no fixed share and
        # no bill cap (the cap is a billing rule, not a value of energy)
        billing, tariffs = "consumption", _energy_value_tariffs(tariffs)
    return accounting.energy_cost(purchased, tariffs, billing, area, exported=exported if state.pv else None,
                                  **_hourly_electricity(state, weather))


def _energy_value_tariffs(tariffs):
    """Tariffs valuing heat per GJ with no fixed share and no cap (memoised:
    a Tariffs object validates itself when built)."""
    try:
        return _shared_energy_value_tariffs(tariffs)
    except TypeError:  # not hashable
        return dataclasses.replace(tariffs, heat_fixed_share=0.0, heat_bill_cap=None)


@functools.lru_cache(maxsize=16)
def _shared_energy_value_tariffs(tariffs):
    return dataclasses.replace(tariffs, heat_fixed_share=0.0, heat_bill_cap=None)


def _hourly_electricity(state, weather) -> dict:
    """Grid imports hour by hour (electricity use less the PV used on site)
    with the calendar and the dwellings, for tiered and time-of-use bills."""
    def compute():
        use = state.supply.delivered.get("electricity")
        if use is None:
            return {}
        imports = np.asarray(magnitude(use, "kWh"), float).copy()
        for _, sc in state.pv.values():
            imports -= np.asarray(magnitude(sc.self_consumed_hourly, "kWh"), float)
        index = weather.data.index
        pumps = [np.asarray(magnitude(hp.electricity, "kWh"), float) for hp in getattr(state.supply, "heat_pumps", {}).values()]
        heat_pump = Q_(np.sum(pumps, axis=0), "kWh") if pumps else None
        return {"hourly_electricity": Q_(np.clip(imports, 0.0, None), "kWh"), "heat_pump_electricity": heat_pump,
                "hours": schedules.calendar_field(index, "hour"), "months": schedules.calendar_field(index, "month"),
                "households": sum(b.dwellings for b in state.project.buildings)}
    return state.derived(("hourly_electricity", weather), compute)


def _renewable_share(purchased_tce, pv_used, sup, electricity_factor=None):
    """Renewable replacement rate [%] of the energy used in the buildings:
    PV electricity used on site and heat-pump ambient heat against the
    energy still bought. Exports are not used in the building and stay out
    whatever the crediting rule, so the rate stays within 0-100 % even when
    the PV exports more than the building uses. PV is valued at the factor
    of the grid electricity it replaces (one factor per carrier, the same in
    R and C)."""
    # Ambient heat counts per heat pump only above the RED Annex VII SPF
    # threshold (calc.heatpump.renewable_ambient_heat).
    ambient = 0.0
    for hp in getattr(sup, "heat_pumps", {}).values():
        ambient += float(heatpump.renewable_ambient_heat(hp.heat_pump_heat, hp.electricity, hp.scop).to("kWh").m)
    bought = accounting.total_of(purchased_tce.values()) if purchased_tce else 0.0
    # imports = use − self-consumption hour by hour, ≥ 0 up to the rounding of hourly sums
    share = accounting.renewable_replacement_rate(Q_(max(bought, 0.0), "tce"), pv_used,
                                                  ambient_heat=Q_(max(ambient, 0.0), "kWh"),
                                                  electricity_factor=electricity_factor)
    return Q_(100.0 * share.rate, "percent")


def _with_heat_source(figures, supply, acc, coal_f, co2_f):
    """Network figures with what makes the heat, its coal per GJ on the
    equivalent basis (供热煤耗, whichever method the verdict uses) and its
    CO2 per GJ (district heat; an own plant's fuel is counted as delivered
    fuel)."""
    from . import heat_source

    if supply.kind != "district_heating":
        return dataclasses.replace(figures, heat_source=supply.kind, heat_allocation="direct")
    electricity = (coal_f["electricity"] if acc.electricity_method == "power_supply_coal" else
                   _power_supply_electricity(acc))
    heat = heat_source.heat_at_source(supply.network, electricity)
    return dataclasses.replace(
        figures, heat_source=heat.source, heat_allocation=heat.allocation,
        heat_coal_rate=heat_source.coal_rate(heat, electricity).to("kgce/GJ"),
        heat_co2_rate=Q_(magnitude(co2_f["district_heat"], "kg/kWh") * heat_source.KWH_PER_GJ, "kg/GJ"))


def _power_supply_electricity(acc):
    """The power-supply coal of electricity [kgce/kWh] under ``acc`` (its
    own method aside): memoised with the factors, as the Accounting's
    replace validates a new object."""
    try:
        return _shared_power_supply_electricity(acc)
    except TypeError:  # not hashable
        return accounting.coal_factors(acc.replace(electricity_method="power_supply_coal"))["electricity"]


@functools.lru_cache(maxsize=16)
def _shared_power_supply_electricity(acc):
    return accounting.coal_factors(acc.replace(electricity_method="power_supply_coal"))["electricity"]
