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
* CO2 -- GB/T 51366-2019 《建筑碳排放计算标准》 clause 4.1 (operational
  emissions = Σ energy by carrier × carrier factor); grid factors from the
  MEE/NBS national and regional averages, fuel factors from the NDRC
  sector accounting guidelines (carbon content × oxidation × 44/12), purchased
  heat 0.11 tCO2/GJ;
* cost -- the project's tariffs; district heat by floor area (area billing)
  or by a two-part tariff (consumption billing).

Factor values here are the fallbacks named with their sources; the factor
tables in ``datasets/`` (via ``calc.datasets``) supersede them when given to
:func:`coal_factors` / :func:`co2_factors` by the caller.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .units import Q_, check_dimension

CARRIERS = ("electricity", "natural_gas", "district_heat", "coal", "oil", "lpg")
FUELS = ("natural_gas", "coal", "oil", "lpg")

# ---------------------------------------------------------------- standard coal

#: Electricity, calorific equal value [kgce/kWh], GB/T 2589-2020 Appendix A
#: (3600 kJ / 29 307.6 kJ, rounded as printed in the standard).
ELECTRICITY_EQUAL_VALUE = 0.1229
#: Electricity, power-supply coal consumption [kgce/kWh]: national average
#: of thermal plants ≥ 6 MW, China Electricity Council statistics, about
#: 0.300-0.305 for 2020-2023 (recalled; the dataset value supersedes it).
POWER_SUPPLY_COAL_DEFAULT = 0.302
#: Purchased heat [kgce/MJ], GB/T 2589-2020 Appendix A.
HEAT_COAL_FACTOR = 0.03412
#: Seconds in an hour, kWh -> MJ.
MJ_PER_KWH = 3.6
#: 1 kgce [MJ], GB/T 2589-2020 clause 3.8 (7000 kcal_IT).
MJ_PER_KGCE = 29.3076

# ---------------------------------------------------------------- CO2

#: Molar mass ratio CO2 / C.
CO2_PER_C = 44.0 / 12.0
#: Grid emission factors [kgCO2/kWh], MEE/NBS announcements: national and
#: regional averages of data year 2023 (national, north, northeast, east,
#: central, northwest); south and southwest were not captured for 2023 and
#: use data year 2022 (see docs/accounting.md).
GRID_FACTORS = {
    "national": (0.5306, 2023), "north": (0.6361, 2023), "northeast": (0.5122, 2023),
    "east": (0.5500, 2023), "central": (0.5271, 2023), "northwest": (0.5543, 2023),
    "south": (0.3869, 2022), "southwest": (0.2268, 2022),
}
#: Fuel carbon content [tC/TJ] and oxidation rate [-], NDRC guidelines for
#: enterprise GHG accounting (2013-2015), the same defaults as GB/T 51366-2019
#: Appendix A (natural gas 15.32, raw coal 26.37, diesel 20.20, LPG 17.20).
FUEL_CARBON = {
    "natural_gas": (15.32, 0.99),
    "coal": (26.37, 0.94),
    "oil": (20.20, 0.98),
    "lpg": (17.20, 0.98),
}
#: Purchased heat [tCO2/GJ], NDRC guideline default.
HEAT_CO2_FACTOR = 0.11

# ---------------------------------------------------------------- calorific values

#: Lower heating values used to turn final energy into trade units, GB/T
#: 2589-2020 Appendix A: natural gas 1.2143 kgce/m³ (= 35.588 MJ/m³, so
#: cost and standard coal agree), raw coal 20 908 kJ/kg, diesel 42 652 kJ/kg,
#: LPG 50 179 kJ/kg.
NATURAL_GAS_LHV_MJ_PER_M3 = 1.2143 * MJ_PER_KGCE
COAL_LHV_MJ_PER_KG = 20.908
OIL_LHV_MJ_PER_KG = 42.652
LPG_LHV_MJ_PER_KG = 50.179


def coal_factors(accounting, power_supply_coal=None) -> dict:
    """Standard-coal factor of each carrier per kWh of final energy.

    Parameters
    ----------
    accounting : calc.model.Accounting
        ``electricity_method`` ("equal_value" or "power_supply_coal") and an
        optional user ``power_supply_coal`` [kgce/kWh].
    power_supply_coal : pint.Quantity, optional
        Dataset value [kgce/kWh] for the power-supply method when the user
        gave none; default :data:`POWER_SUPPLY_COAL_DEFAULT`.

    Returns
    -------
    dict[str, pint.Quantity]
        carrier -> [kgce/kWh]. Fuels at their calorific content
        (1 kWh / 29.3076 MJ, GB/T 2589-2020 clause 3.8); district heat
        0.03412 kgce/MJ; electricity per the method (GB/T 2589-2020 App. A).
    """
    calorific = MJ_PER_KWH / MJ_PER_KGCE
    factors = {c: Q_(calorific, "kgce/kWh") for c in FUELS}
    factors["district_heat"] = Q_(HEAT_COAL_FACTOR * MJ_PER_KWH, "kgce/kWh")
    factors["electricity"] = _electricity_coal(accounting, power_supply_coal)
    return factors


def _electricity_coal(accounting, dataset_value):
    if accounting.electricity_method == "equal_value":
        return Q_(ELECTRICITY_EQUAL_VALUE, "kgce/kWh")
    if accounting.power_supply_coal is not None:
        return accounting.power_supply_coal.to("kgce/kWh")
    if dataset_value is not None:
        return check_dimension(dataset_value, "kgce/kWh", "power_supply_coal")
    return Q_(POWER_SUPPLY_COAL_DEFAULT, "kgce/kWh")


def co2_factors(accounting, grid_factor=None) -> dict:
    """CO2 emission factor of each carrier per kWh of final energy.

    Parameters
    ----------
    accounting : calc.model.Accounting
        ``grid_region`` and an optional user ``grid_factor`` [kg/kWh].
    grid_factor : pint.Quantity, optional
        Dataset grid factor [kg/kWh] for the region and year when the user
        gave none; default :data:`GRID_FACTORS` for the region.

    Returns
    -------
    dict[str, pint.Quantity]
        carrier -> [kg/kWh] (kgCO2). Fuels: carbon content × oxidation ×
        44/12 (NDRC guidelines; GB/T 51366-2019 Appendix A); district heat
        0.11 tCO2/GJ; electricity the grid factor (GB/T 51366-2019 clause 4.1.3).
    """
    tj_per_kwh = MJ_PER_KWH * 1e-6
    factors = {}
    for fuel, (carbon_t_per_tj, oxidation) in FUEL_CARBON.items():
        t_co2_per_tj = carbon_t_per_tj * oxidation * CO2_PER_C
        factors[fuel] = Q_(t_co2_per_tj * tj_per_kwh * 1000.0, "kg/kWh")
    factors["district_heat"] = Q_(HEAT_CO2_FACTOR * MJ_PER_KWH * 1e-3 * 1000.0, "kg/kWh")
    factors["electricity"] = _grid_factor(accounting, grid_factor)
    return factors


def _grid_factor(accounting, dataset_value):
    if accounting.grid_factor is not None:
        return accounting.grid_factor.to("kg/kWh")
    if dataset_value is not None:
        return check_dimension(dataset_value, "kg/kWh", "grid_factor")
    return Q_(GRID_FACTORS[accounting.grid_region][0], "kg/kWh")


# ---------------------------------------------------------------- sums

def annual_kwh(kwh_by_carrier) -> dict:
    """Annual final energy by carrier [kWh] from hourly arrays or annual
    scalars; unknown carriers and negative totals raise ``ValueError``."""
    out = {}
    for carrier, q in kwh_by_carrier.items():
        if carrier not in CARRIERS:
            raise ValueError(f"carrier {carrier!r}: unknown; allowed: " + ", ".join(CARRIERS))
        x = np.asarray(check_dimension(q, "kWh", f"kwh_by_carrier[{carrier}]").magnitude, float)
        if not np.all(np.isfinite(x)):
            raise ValueError(f"kwh_by_carrier[{carrier}]: contains NaN or infinite values")
        out[carrier] = float(x.sum())
    return out


def _weighted(kwh_by_carrier, factors: dict, unit_out: str) -> dict:
    energy = annual_kwh(kwh_by_carrier)
    return {c: Q_(e * factors[c].to(f"{unit_out}/kWh").magnitude, unit_out) for c, e in energy.items()}


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
        carrier -> annual [tce] (GB/T 2589-2020 clause 4: Σ energy × coefficient).
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
        carrier -> annual [t] CO2 (GB/T 51366-2019 eq. 4.1.1 without the
        on-site renewable term, which enters through :func:`credit_pv`).
    """
    return _weighted(kwh_by_carrier, factors or co2_factors(accounting), "t")


def total(by_carrier: dict):
    """Sum of a per-carrier dict of quantities (same dimension)."""
    items = list(by_carrier.values())
    if not items:
        raise ValueError("total: nothing to add up")
    result = items[0]
    for q in items[1:]:
        result = result + q
    return result


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
        (exports count too, GB/T 51366-2019 clause 4.1.1 deducts the
        renewable electricity generated on site).

    Returns
    -------
    pint.Quantity
        [kWh].
    """
    gen = check_dimension(generation, "kWh", "generation").magnitude
    used = check_dimension(self_consumed, "kWh", "self_consumed").magnitude
    if not 0 <= used <= gen * (1 + 1e-12) + 1e-9:  # rounding of hourly sums
        raise ValueError(f"self_consumed = {used:g} kWh: must be between 0 and the generation {gen:g} kWh")
    return Q_(gen if accounting.pv_credit == "all_generation" else used, "kWh")


def credit_pv(kwh_by_carrier, credited) -> dict:
    """Delivered energy with the credited PV electricity subtracted from the
    electricity carrier (annual totals [kWh]; electricity may go negative
    under the all-generation rule, which is the point of that rule)."""
    energy = annual_kwh(kwh_by_carrier)
    energy["electricity"] = energy.get("electricity", 0.0) - check_dimension(credited, "kWh", "credited").magnitude
    return {c: Q_(e, "kWh") for c, e in energy.items()}


# ---------------------------------------------------------------- cost

def trade_units(kwh_by_carrier) -> dict:
    """Fuels in their trade units: natural_gas_m3, coal_t, oil_kg, lpg_kg,
    district_heat_gj (LHVs of GB/T 2589-2020 Appendix A, see constants)."""
    e = annual_kwh(kwh_by_carrier)
    mj = {c: v * MJ_PER_KWH for c, v in e.items()}
    out = {}
    if "natural_gas" in mj:
        out["natural_gas_m3"] = Q_(mj["natural_gas"] / NATURAL_GAS_LHV_MJ_PER_M3, "m**3")
    if "coal" in mj:
        out["coal_t"] = Q_(mj["coal"] / COAL_LHV_MJ_PER_KG / 1000.0, "t")
    if "oil" in mj:
        out["oil_kg"] = Q_(mj["oil"] / OIL_LHV_MJ_PER_KG, "kg")
    if "lpg" in mj:
        out["lpg_kg"] = Q_(mj["lpg"] / LPG_LHV_MJ_PER_KG, "kg")
    if "district_heat" in mj:
        out["district_heat_gj"] = Q_(mj["district_heat"] / 1000.0, "GJ")
    return out


def energy_cost(kwh_by_carrier, tariffs, billing, heated_area, exported=None) -> dict:
    """Annual energy bill by carrier.

    Parameters
    ----------
    kwh_by_carrier : dict[str, pint.Quantity]
        Purchased final energy [kWh] by carrier (electricity = grid imports).
    tariffs : calc.model.Tariffs
    billing : str
        District heat charging, "area" (price per m² and season, independent
        of use) or "consumption" (two-part tariff: ``heat_fixed_share`` ×
        area price + metered energy × ``heat_energy``), per the heat-metering
        reform (建设部等《关于进一步推进供热计量改革工作的意见》2010).
    heated_area : pint.Quantity
        Floor area billed for district heat [m²].
    exported : pint.Quantity, optional
        PV electricity sold to the grid [kWh], paid at ``pv_export``.

    Returns
    -------
    dict[str, pint.Quantity]
        carrier -> [CNY/a]; key "pv_export" holds the (negative) export
        revenue when ``exported`` is given. District heat is billed only if
        the carrier is present.
    """
    if billing not in ("area", "consumption"):
        raise ValueError(f"billing = {billing!r}: must be 'area' or 'consumption'")
    area = check_dimension(heated_area, "m**2", "heated_area").magnitude
    if area < 0:
        raise ValueError(f"heated_area = {area:g} m²: must be ≥ 0")
    e = annual_kwh(kwh_by_carrier)
    units = trade_units(kwh_by_carrier)
    cost = {}
    if "electricity" in e:
        cost["electricity"] = e["electricity"] * tariffs.electricity.to("CNY/kWh").magnitude
    if "natural_gas" in e:
        cost["natural_gas"] = units["natural_gas_m3"].m * tariffs.natural_gas.to("CNY/m**3").magnitude
    if "coal" in e:
        cost["coal"] = units["coal_t"].m * tariffs.coal.to("CNY/t").magnitude
    if "oil" in e:
        cost["oil"] = units["oil_kg"].m * tariffs.oil.to("CNY/kg").magnitude
    if "lpg" in e:
        cost["lpg"] = units["lpg_kg"].m * tariffs.lpg.to("CNY/kg").magnitude
    if "district_heat" in e:
        cost["district_heat"] = _heat_bill(units["district_heat_gj"].m, area, tariffs, billing)
    if exported is not None:
        cost["pv_export"] = -check_dimension(exported, "kWh", "exported").magnitude * tariffs.pv_export.to("CNY/kWh").magnitude
    return {c: Q_(v, "CNY/a") for c, v in cost.items()}


def _heat_bill(gj: float, area: float, tariffs, billing: str) -> float:
    area_price = tariffs.heat_area.to("CNY/m**2").magnitude
    if billing == "area":
        return area * area_price
    return tariffs.heat_fixed_share * area * area_price + gj * tariffs.heat_energy.to("CNY/GJ").magnitude


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
    c = check_dimension(conventional_tce, "tce", "conventional_tce").magnitude
    pv = check_dimension(pv_used, "kWh", "pv_used").magnitude
    amb = 0.0 if ambient_heat is None else check_dimension(ambient_heat, "kWh", "ambient_heat").magnitude
    for name, v in (("conventional_tce", c), ("pv_used", pv), ("ambient_heat", amb)):
        if not v >= 0:
            raise ValueError(f"{name} = {v:g}: must be ≥ 0")
    fe = (ELECTRICITY_EQUAL_VALUE if electricity_factor is None
          else check_dimension(electricity_factor, "kgce/kWh", "electricity_factor").magnitude)
    r = (pv * fe + amb * MJ_PER_KWH / MJ_PER_KGCE) / 1000.0
    rate = r / (c + r) if c + r > 0 else 0.0
    return RenewableShare(Q_(r, "tce"), Q_(c, "tce"), rate, goal, rate >= goal)
