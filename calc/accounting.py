"""Standard coal, CO2, energy cost and the renewable replacement rate of
delivered energy.

Every carrier arrives as final energy in kWh (fuels at lower heating
value). Conversions:

* standard coal -- GB/T 2589-2020 《综合能耗计算通则》: 1 kgce = 29 307.6 kJ
  (clause 3.8); fuels and purchased heat by their calorific content
  (heat: 0.03412 kgce/MJ, Appendix A); electricity either by its calorific
  equal value 0.1229 kgce/kWh (当量值, Appendix A) or by the power-supply
  coal consumption of thermal plants (等价值, the standard's "equivalent
  value"), chosen in ``Accounting.electricity_method``;
* CO2 -- GB/T 51366-2019 《建筑碳排放计算标准》 chapter 4 (operational
  emissions = Σ energy by carrier × carrier factor); grid factors from the
  MEE/NBS national and regional averages, fuel factors from the NDRC
  sector accounting guidelines (carbon content × oxidation × 44/12), purchased
  heat 0.11 tCO2/GJ;
* cost -- the project's tariffs; district heat by floor area (area billing)
  or by a two-part tariff (consumption billing).

Factor values come from the tables in ``datasets/tables/`` (read by
``calc.datasets.tables``), each row with its source; the project's
``Accounting`` may override the power-supply coal and the grid factor. Every
function that applies factors also accepts them explicitly (``factors=``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from pint import Quantity

from . import heat_source
from .contracts import tariffs as tariff_rules
from .datasets import tables
from .units import Q_, _container, convert, magnitude, to

CARRIERS = ("electricity", "natural_gas", "district_heat", "coal", "oil", "lpg")

#: kWh -> MJ.
MJ_PER_KWH = 3.6
#: 1 kgce [MJ], GB/T 2589-2020 clause 3.8 (7000 kcal_IT).
MJ_PER_KGCE = 29.3076


def coal_factors(accounting, year: int | None = None, heat=None) -> dict:
    """Standard-coal factor of each carrier per kWh of final energy.

    Parameters
    ----------
    accounting : calc.model.Accounting
        ``electricity_method`` ("equal_value" or "power_supply_coal") and an
        optional user ``power_supply_coal`` [kgce/kWh] that overrides the table.
    year : int, optional
        Data year of the power-supply coal consumption (None = the
        accounting's ``grid_year``, 0 there = latest).
    heat : calc.heat_source.HeatAtSource, optional
        What makes the district heat; None = heat at its calorific value.

    Returns
    -------
    dict[str, pint.Quantity]
        carrier -> [kgce/kWh]: GB/T 2589-2020 Appendix A coefficients over the
        carriers' lower heating values (fuels); electricity 0.1229 kgce/kWh
        (equal value) or the power-supply coal consumption of the year (China
        Electricity Council statistics); heat 0.03412 kgce/MJ (equal value)
        or, on the equivalent basis, the coal its source uses per GJ
        (calc.heat_source.coal_rate).
    """
    method = accounting.electricity_method
    year = _year(accounting, year)
    factors = {c: _coal_per_kwh(c, method) for c in CARRIERS if c != "electricity"}
    if method == "power_supply_coal" and accounting.power_supply_coal is not None:
        factors["electricity"] = to(accounting.power_supply_coal, "kgce/kWh")
    else:
        factors["electricity"] = _coal_per_kwh("electricity", method, year)
    if heat is not None and method == "power_supply_coal":
        factors["district_heat"] = heat_source.coal_rate(heat, factors["electricity"]).to("kgce/kWh")
    return factors


def _year(accounting, year):
    if year is not None:
        return year
    return getattr(accounting, "grid_year", 0) or None


def co2_factors(accounting, year: int | None = None, heat=None) -> dict:
    """CO2 emission factor of each carrier per kWh of final energy.

    Parameters
    ----------
    accounting : calc.model.Accounting
        ``grid_region`` and an optional user ``grid_factor`` [kg/kWh] that
        overrides the table.
    year : int, optional
        Data year of the grid factor (None = the accounting's ``grid_year``,
        0 there = latest published for the region).
    heat : calc.heat_source.HeatAtSource, optional
        What makes the district heat; None = purchased heat 0.11 tCO2/GJ.

    Returns
    -------
    dict[str, pint.Quantity]
        carrier -> [kg/kWh] kgCO2. Electricity: MEE/NBS grid average of the
        region (GB/T 51366-2019 chapter 4 uses the regional grid
        factor); fuels: NDRC guideline carbon content × oxidation × 44/12
        (GB/T 51366-2019 Appendix A); district heat from its source
        (calc.heat_source.co2_rate), else 0.11 tCO2/GJ.
    """
    year = _year(accounting, year)
    factors = {c: _co2_per_kwh(c) for c in CARRIERS if c != "electricity"}
    if accounting.grid_factor is not None:
        factors["electricity"] = to(accounting.grid_factor, "kg/kWh")
    else:
        factors["electricity"] = _co2_per_kwh("electricity", accounting.grid_region, year)
    if heat is not None:
        factors["district_heat"] = heat_source.co2_rate(heat, factors["electricity"]).to("kg/kWh")
    return factors


def grid_scaled_co2(co2_f: dict, scale: float, heat=None) -> dict:
    """CO2 factors with the grid factor scaled by ``scale``.

    The grid factor reaches two carriers: electricity, and district heat
    made from electricity (a heat-pump station or an electric boiler), whose
    factor is 277.8 kWh/GJ / η × grid factor (:func:`calc.heat_source.co2_rate`)
    and so scales with it exactly. Heat from fuels or waste heat keeps its
    factor.

    Parameters
    ----------
    co2_f : dict
        carrier -> [kg/kWh], as from :func:`co2_factors`.
    scale : float
        Multiplier of the grid factor [-].
    heat : calc.heat_source.HeatAtSource, optional
        What makes the district heat (None: not electric).

    Returns
    -------
    dict
        carrier -> [kg/kWh].
    """
    electric_heat = heat is not None and heat.fuel == "electricity"
    scaled = {"electricity"} | ({"district_heat"} if electric_heat else set())
    return {c: (f * scale if c in scaled else f) for c, f in co2_f.items()}


# The tables are fixed data read once (calc.datasets.tables caches the
# files); the values derived from them here are looked up on every
# accounting of every state, so they are memoised too.
@lru_cache(maxsize=256)
def _coal_per_kwh(carrier: str, method: str, year=None):
    return tables.standard_coal_per_kwh(carrier, method, year)


@lru_cache(maxsize=256)
def _co2_per_kwh(carrier: str, region: str = "national", year=None):
    return tables.co2_factor(carrier, region, year)


@lru_cache(maxsize=None)
def _calorific_value(carrier: str):
    return tables.calorific_value(carrier)


@lru_cache(maxsize=None)
def _equal_value_electricity() -> float:
    return tables.standard_coal_per_kwh("electricity", "equal_value").to("kgce/kWh").magnitude


def _q(value, unit: str):
    """``Q_(value, unit)`` with the unit parsed once (every state's accounts
    build a few hundred quantities of the same few units)."""
    return Q_(value, _container(unit))


# ---------------------------------------------------------------- sums

def annual_kwh(kwh_by_carrier) -> dict:
    """Annual final energy by carrier [kWh] from hourly arrays or annual
    scalars; unknown carriers and negative totals raise ``ValueError``."""
    out = {}
    for carrier, q in kwh_by_carrier.items():
        if carrier not in CARRIERS:
            raise ValueError(f"carrier {carrier!r}: unknown; allowed: " + ", ".join(CARRIERS))
        x = magnitude(q, "kWh", f"kwh_by_carrier[{carrier}]")
        # a finite sum has finite terms (NaN and ±inf propagate), so the
        # element-wise check runs only when the sum is not finite
        total = float(x) if isinstance(x, float) else float(np.asarray(x, float).sum())
        if not math.isfinite(total) and not np.all(np.isfinite(np.asarray(x, float))):
            raise ValueError(f"kwh_by_carrier[{carrier}]: contains NaN or infinite values")
        out[carrier] = total
    return out


def _weighted(kwh_by_carrier, factors: dict, unit_out: str) -> dict:
    return {c: _q(v, unit_out) for c, v in weighted_kwh(annual_kwh(kwh_by_carrier), factors, unit_out).items()}


def weighted_kwh(kwh: dict, factors: dict, unit_out: str) -> dict:
    """Annual energy by carrier [kWh, plain floats, as :func:`annual_kwh`
    gives them] times each carrier's factor, in ``unit_out`` (plain floats):
    the figures of :func:`standard_coal` ("tce") and :func:`co2` ("t")
    without a quantity per carrier, for code that accounts many states."""
    return {c: e * _factor_in(factors[c], unit_out) for c, e in kwh.items()}


def total_of(values) -> float:
    """The sum of plain magnitudes in the order :func:`total` adds them
    (from the first, not from zero, which would turn -0.0 into 0.0)."""
    values = iter(values)
    m = next(values)
    for v in values:
        m = m + v
    return m


def _factor_in(factor, unit_out: str) -> float:
    """A factor's magnitude per kWh of ``unit_out``, as
    ``factor.to(unit_out/kWh)`` gives it (the conversion factor memoised:
    every state of every assessment applies the same few)."""
    return convert(factor._magnitude, factor._units, _PER_KWH.get(unit_out) or f"{unit_out}/kWh")


_PER_KWH = {"tce": "tce/kWh", "t": "t/kWh"}


def standard_coal(kwh_by_carrier, accounting, factors=None) -> dict:
    """Standard coal of delivered energy by carrier.

    Parameters
    ----------
    kwh_by_carrier : dict[str, pint.Quantity]
        Final energy [kWh] by carrier, hourly arrays or annual totals
        (electricity net of any PV credit, see :func:`credit_pv`).
    accounting : calc.model.Accounting
    factors : dict, optional
        carrier -> [kgce/kWh]; default :func:`coal_factors` (accounting).

    Returns
    -------
    dict[str, pint.Quantity]
        carrier -> annual [tce] (GB/T 2589-2020: Σ energy × coefficient).
    """
    return _weighted(kwh_by_carrier, factors or coal_factors(accounting), "tce")


def co2(kwh_by_carrier, accounting, factors=None) -> dict:
    """Operational CO2 by carrier.

    Parameters
    ----------
    kwh_by_carrier : dict[str, pint.Quantity]
        Final energy [kWh] by carrier (hourly or annual).
    accounting : calc.model.Accounting
    factors : dict, optional
        carrier -> [kg/kWh]; default :func:`co2_factors` (accounting).

    Returns
    -------
    dict[str, pint.Quantity]
        carrier -> annual [t] CO2 (GB/T 51366-2019 chapter 4, without the
        on-site renewable term, which enters through :func:`credit_pv`).
    """
    return _weighted(kwh_by_carrier, factors or co2_factors(accounting), "t")


def total(by_carrier: dict):
    """Sum of a per-carrier dict of quantities (same dimension)."""
    items = list(by_carrier.values())
    if not items:
        raise ValueError("total: nothing to add up")
    units = items[0]._units if isinstance(items[0], Quantity) else None
    if units is not None and _multiplicative(units) and all(
            isinstance(q, Quantity) and (q._units is units or q._units == units) for q in items):
        # one unit throughout: pint would add the magnitudes in this order
        m = items[0]._magnitude
        for q in items[1:]:
            m = m + q._magnitude
        return Q_(m, units)
    result = items[0]
    for q in items[1:]:
        result = result + q
    return result


@lru_cache(maxsize=256)
def _multiplicative(units) -> bool:
    """Whether pint adds quantities in ``units`` as plain magnitudes (not
    so for offset units such as °C)."""
    return Q_(1.0, units)._is_multiplicative


# ---------------------------------------------------------------- PV credit

def pv_credited(generation, self_consumed, accounting):
    """PV electricity credited against the building's energy.

    Parameters
    ----------
    generation : pint.Quantity
        Annual AC generation [kWh].
    self_consumed : pint.Quantity
        Annual generation used in the building [kWh].
    accounting : calc.model.Accounting
        ``pv_credit``: "self_consumed" (only what displaces grid purchases,
        the boundary of the building's own energy use) or "all_generation"
        (exports count too; GB/T 51366-2019 chapter 4 deducts the
        renewable electricity generated on site).

    Returns
    -------
    pint.Quantity
        [kWh].
    """
    gen = magnitude(generation, "kWh", "generation")
    used = magnitude(self_consumed, "kWh", "self_consumed")
    if not 0 <= used <= gen * (1 + 1e-12) + 1e-9:  # rounding of hourly sums
        raise ValueError(f"self_consumed = {used:g} kWh: must be between 0 and the generation {gen:g} kWh")
    return _q(gen if accounting.pv_credit == "all_generation" else used, "kWh")


def credit_pv(kwh_by_carrier, credited) -> dict:
    """Delivered energy with the credited PV electricity subtracted from the
    electricity carrier (annual totals [kWh]; electricity may go negative
    under the all-generation rule, which is the point of that rule)."""
    energy = credited_kwh(annual_kwh(kwh_by_carrier), magnitude(credited, "kWh", "credited"))
    return {c: _q(e, "kWh") for c, e in energy.items()}


def credited_kwh(kwh: dict, credited: float) -> dict:
    """:func:`credit_pv` on plain floats [kWh]: a new dict, electricity less
    ``credited``."""
    energy = dict(kwh)
    energy["electricity"] = energy.get("electricity", 0.0) - credited
    return energy


# ---------------------------------------------------------------- cost

def trade_units(kwh_by_carrier) -> dict:
    """Fuels in their trade units: ``natural_gas_m3`` [m³], ``coal_t`` [t],
    ``oil_kg``, ``lpg_kg`` [kg], ``district_heat_gj`` [GJ], from final
    energy [kWh] and the lower heating values of GB/T 2589-2020 Appendix A."""
    return trade_units_of(annual_kwh(kwh_by_carrier))


def trade_units_of(kwh: dict) -> dict:
    """:func:`trade_units` of annual energy by carrier as plain floats [kWh]
    (as :func:`annual_kwh` gives them)."""
    return {key: _q(v, _TRADE_UNITS[key]) for key, v in _trade_amounts(kwh).items()}


_TRADE_UNITS = {"natural_gas_m3": "m**3", "coal_t": "t", "oil_kg": "kg", "lpg_kg": "kg", "district_heat_gj": "GJ"}


def _trade_amounts(e: dict) -> dict:
    """:func:`trade_units` of annual kWh by carrier, as plain magnitudes."""
    out = {}
    for carrier, key in (("natural_gas", "natural_gas_m3"), ("coal", "coal_t"), ("oil", "oil_kg"), ("lpg", "lpg_kg")):
        if carrier in e:
            # kWh / (MJ per m³ or kg) as pint divides it, then converted
            cv, units = _per_calorific_value(carrier)
            out[key] = convert(e[carrier] / cv, units, _TRADE_UNITS[key])
    if "district_heat" in e:
        out["district_heat_gj"] = convert(e["district_heat"], _container("kWh"), "GJ")
    return out


@lru_cache(maxsize=None)
def _per_calorific_value(carrier: str) -> tuple:
    """(magnitude of the calorific value, units of kWh over it)."""
    cv = _calorific_value(carrier)
    return cv.magnitude, (Q_(1.0, "kWh") / cv)._units


def energy_cost(kwh_by_carrier, tariffs, billing, heated_area, exported=None, *, hourly_electricity=None,
                hours=None, months=None, households: int = 0, heat_pump_electricity=None) -> dict:
    """Annual energy bill by carrier.

    Parameters
    ----------
    kwh_by_carrier : dict[str, pint.Quantity]
        Purchased final energy [kWh] by carrier (electricity = grid imports).
    tariffs : calc.model.Tariffs
    billing : str
        District heat charging, "area" (price per m² and season, independent
        of use) or "consumption" (two-part tariff: ``heat_fixed_share`` ×
        area price + metered energy × ``heat_energy``, capped at
        ``heat_bill_cap`` × the area bill when a cap is set; see
        :mod:`calc.contracts.tariffs`), per the heat-metering
        reform (建设部等《关于进一步推进供热计量改革工作的意见》2010).
    heated_area : pint.Quantity
        Floor area billed for district heat [m²].
    exported : pint.Quantity, optional
        PV electricity sold to the grid [kWh], paid at ``pv_export``.
    hourly_electricity, hours, months, households : optional
        Grid imports hour by hour [kWh], hour of day and month of each hour
        and the number of dwellings: a tiered or time-of-use electricity
        tariff (``tariffs.electricity_tariff``) is applied to them hour by
        hour (:func:`calc.contracts.tariffs.electricity_bill`); without
        them, or with the flat tariff, electricity costs ``electricity``
        per kWh.
    heat_pump_electricity : pint.Quantity, optional
        Heat-pump electricity hour by hour [kWh], billed at
        ``heat_pump_price`` when one is set.

    Returns
    -------
    dict[str, pint.Quantity]
        carrier -> [CNY/a]; key "pv_export" holds the (negative) export
        revenue when ``exported`` is given. District heat is billed only if
        the carrier is present.
    """
    if billing not in ("area", "consumption"):
        raise ValueError(f"billing = {billing!r}: must be 'area' or 'consumption'")
    area = magnitude(heated_area, "m**2", "heated_area")
    if area < 0:
        raise ValueError(f"heated_area = {area:g} m²: must be ≥ 0")
    e = annual_kwh(kwh_by_carrier)
    units = _trade_amounts(e)
    cost = {}
    if "electricity" in e:
        special = (getattr(tariffs, "electricity_tariff", "flat") != "flat"
                   or (heat_pump_electricity is not None and getattr(tariffs, "heat_pump_price", None) is not None))
        if hourly_electricity is not None and special:
            cost["electricity"] = tariff_rules.electricity_bill(hourly_electricity, tariffs, hours, months,
                                                                households, heat_pump_electricity).m
        else:
            cost["electricity"] = e["electricity"] * magnitude(tariffs.electricity, "CNY/kWh")
    if "natural_gas" in e:
        cost["natural_gas"] = units["natural_gas_m3"] * magnitude(tariffs.natural_gas, "CNY/m**3")
    if "coal" in e:
        cost["coal"] = units["coal_t"] * magnitude(tariffs.coal, "CNY/t")
    if "oil" in e:
        cost["oil"] = units["oil_kg"] * magnitude(tariffs.oil, "CNY/kg")
    if "lpg" in e:
        cost["lpg"] = units["lpg_kg"] * magnitude(tariffs.lpg, "CNY/kg")
    if "district_heat" in e:
        cost["district_heat"] = _heat_bill(units["district_heat_gj"], area, tariffs, billing)
    if exported is not None:
        cost["pv_export"] = -magnitude(exported, "kWh", "exported") * magnitude(tariffs.pv_export, "CNY/kWh")
    return {c: _q(v, "CNY/a") for c, v in cost.items()}


def _heat_bill(gj: float, area: float, tariffs, billing: str) -> float:
    if billing == "area":
        return tariff_rules.area_heat_bill(Q_(area, "m**2"), tariffs.heat_area).m
    cap = getattr(tariffs, "heat_bill_cap", None)
    return tariff_rules.two_part_heat_bill(Q_(gj, "GJ"), Q_(area, "m**2"), tariffs.heat_area, tariffs.heat_fixed_share,
                                           tariffs.heat_energy, None if cap is None else cap.m).m


# ---------------------------------------------------------------- renewables

#: Goal of the State Council 2024-2025 action plan §(7)1 for urban buildings.
RENEWABLE_REPLACEMENT_GOAL = 0.08


@dataclass(frozen=True)
class RenewableShare:
    """Renewable replacement rate R / (C + R) on a standard-coal basis.

    ``renewable`` [tce] R, ``conventional`` [tce] C, ``rate`` [-],
    ``goal`` [-] (8 %), ``meets_goal`` (rate ≥ goal).
    """

    renewable: object
    conventional: object
    rate: float
    goal: float
    meets_goal: bool


def renewable_replacement_rate(conventional_tce, pv_used, ambient_heat=None, electricity_factor=None,
                               goal: float = RENEWABLE_REPLACEMENT_GOAL) -> RenewableShare:
    """Renewable replacement rate of a building's energy use.

    Definition (the "renewable energy replacement rate" of the action plan
    2024-2025 §(7)1 and 国办函〔2024〕20号; this module's reading, stated in
    docs/accounting.md): renewable energy used in the building divided by
    its total energy use, both in standard coal. R values PV
    electricity at the same factor as the grid electricity it replaces and
    heat-pump ambient heat at its calorific value; C is the standard coal of
    the energy still bought (after the PV credit).

    Parameters
    ----------
    conventional_tce : pint.Quantity
        Standard coal of purchased energy C [tce], ≥ 0.
    pv_used : pint.Quantity
        Credited PV electricity [kWh], ≥ 0.
    ambient_heat : pint.Quantity, optional
        Renewable ambient heat delivered by heat pumps [kWh] (heat output
        minus electricity input), ≥ 0.
    electricity_factor : pint.Quantity, optional
        [kgce/kWh] applied to PV; default the equal value 0.1229.
    goal : float
        [-] default 0.08, action plan 2024-2025 §(7)1.

    Returns
    -------
    RenewableShare
    """
    c = magnitude(conventional_tce, "tce", "conventional_tce")
    pv = magnitude(pv_used, "kWh", "pv_used")
    amb = 0.0 if ambient_heat is None else magnitude(ambient_heat, "kWh", "ambient_heat")
    for name, v in (("conventional_tce", c), ("pv_used", pv), ("ambient_heat", amb)):
        if not v >= 0:
            raise ValueError(f"{name} = {v:g}: must be ≥ 0")
    fe = (_equal_value_electricity() if electricity_factor is None
          else magnitude(electricity_factor, "kgce/kWh", "electricity_factor"))
    r = (pv * fe + amb * MJ_PER_KWH / MJ_PER_KGCE) / 1000.0
    rate = float(r / (c + r)) if c + r > 0 else 0.0
    return RenewableShare(Q_(float(r), "tce"), Q_(float(c), "tce"), rate, goal, bool(rate >= goal))


# ---------------------------------------------------------------- one variant

@dataclass(frozen=True)
class Accounts:
    """Annual accounts of one simulated state of the project.

    ``net`` [kWh] final energy by carrier after the PV credit;
    ``standard_coal`` [tce] and ``co2`` [t] by carrier, with totals
    ``total_tce`` [tce] and ``total_co2`` [t]; ``cost`` [CNY/a] by carrier
    (imports only, plus the negative ``pv_export``) and ``total_cost``
    [CNY/a]; ``pv_credited`` [kWh]; ``renewable`` (RenewableShare).
    """

    net: dict
    standard_coal: dict
    total_tce: object
    co2: dict
    total_co2: object
    cost: dict
    total_cost: object
    pv_credited: object
    renewable: RenewableShare


def accounts(kwh_by_carrier, accounting, tariffs, billing, heated_area, pv=None,
             coal=None, carbon=None) -> Accounts:
    """Standard coal, CO2, cost and renewable share of one variant.

    Parameters
    ----------
    kwh_by_carrier : dict[str, pint.Quantity]
        Delivered final energy [kWh] by carrier (electricity = the
        building's whole use, before PV).
    accounting : calc.model.Accounting
    tariffs : calc.model.Tariffs
    billing : str
        District heat billing, "area" or "consumption".
    heated_area : pint.Quantity
        [m²] billed for district heat.
    pv : calc.pv.SelfConsumption, optional
        PV generation matched against the electricity use.
    coal, carbon : dict, optional
        Factors [kgce/kWh], [kg/kWh] (defaults :func:`coal_factors`,
        :func:`co2_factors`).

    Returns
    -------
    Accounts
        GB/T 2589-2020 (standard coal), GB/T 51366-2019 chapter 4 (CO2),
        the project's tariffs (cost); the bill counts grid imports and
        export revenue whatever the crediting rule.
    """
    coal = coal or coal_factors(accounting)
    carbon = carbon or co2_factors(accounting)
    energy = {c: Q_(v, "kWh") for c, v in annual_kwh(kwh_by_carrier).items()}
    credited, bought, exported = Q_(0.0, "kWh"), dict(energy), None
    if pv is not None:
        credited = pv_credited(pv.generation, pv.self_consumed, accounting)
        bought["electricity"] = energy.get("electricity", Q_(0.0, "kWh")) - pv.self_consumed
        exported = pv.exported
    net = credit_pv(energy, credited) if pv is not None else energy
    sc = standard_coal(net, accounting, coal)
    em = co2(net, accounting, carbon)
    cost = energy_cost(bought, tariffs, billing, heated_area, exported)
    # The rate is of the energy used in the building: PV used on site
    # against what is still bought (exports are used elsewhere), so it
    # stays within 0-1 whatever the crediting rule.
    used = pv.self_consumed if pv is not None else Q_(0.0, "kWh")
    conventional = sum(magnitude(q, "tce") for q in standard_coal(bought, accounting, coal).values())
    renewable = renewable_replacement_rate(Q_(max(conventional, 0.0), "tce"), used,
                                           electricity_factor=coal["electricity"])
    zero = {"tce": Q_(0.0, "tce"), "t": Q_(0.0, "t"), "CNY/a": Q_(0.0, "CNY/a")}
    return Accounts(
        net=net, standard_coal=sc, total_tce=total(sc) if sc else zero["tce"], co2=em,
        total_co2=total(em) if em else zero["t"], cost=cost, total_cost=total(cost) if cost else zero["CNY/a"],
        pv_credited=credited, renewable=renewable,
    )
