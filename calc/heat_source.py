"""District heat counted at its source: standard coal and CO2 per GJ of heat.

Heat bought from a network has no calorific "equivalent" of its own: GB/T
2589-2020 Appendix A lists heat on the equivalent-value basis by the coal
used to supply it (供热煤耗), beside electricity by the coal used to
generate it. This module turns a network's declared source (coal CHP, coal
or gas boiler house, industrial waste heat, heat-pump station, electric
boiler; datasets/tables/heat_sources.csv) into

* its coal rate b [kgce/GJ of heat at the plant fence]: fuel-fired sources
  b = c_fuel / η with c_fuel ≈ 34.12 kgce/GJ the fuel's standard coal per GJ
  of lower heating value (heat-value method, η = heat out / fuel in at the lower
  heating value; a CHP plant's heat carries its coal by the heat-value
  method 热量法, the rule of the plant statistics); electric sources
  b = 277.8 kWh/GJ / η × the electricity factor of the method; waste heat 0;
* its CO2 factor [kg/GJ of heat] from the same η and fuel, so tce and CO2
  tell the same story: fuel factor [kg/GJ fuel] / η, or 277.8 / η × grid
  factor.

Under the calorific equal-value method (当量值) heat is 0.03412 kgce/MJ
whatever makes it (GB/T 2589-2020 Appendix A); the source then changes only
the CO2.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .datasets import tables
from .units import Q_, check_dimension

#: kWh per GJ.
KWH_PER_GJ = 1e3 / 3.6
#: Standard coal of 1 GJ of heat at its calorific value [kgce/GJ],
#: GB/T 2589-2020 Appendix A (0.03412 kgce/MJ).
KGCE_PER_GJ_HEAT = 34.12
#: GJ per kgce (GB/T 2589-2020 clause 3.8: 29 307.6 kJ).
GJ_PER_KGCE = 0.0293076


@dataclass(frozen=True)
class HeatAtSource:
    """What makes a network's heat.

    ``source`` (key of the heat-source table), ``fuel`` (``coal``,
    ``natural_gas``, ``oil``, ``electricity`` or ``none``), ``efficiency``
    [-] heat at the plant fence per unit of final energy in (a COP for a
    heat-pump station; 0 for waste heat, which burns nothing),
    ``allocation`` (rule splitting a CHP plant's fuel), ``measured``
    (True when the coal rate was entered, not taken from the table),
    ``note`` (source of the default).
    """

    source: str
    fuel: str
    efficiency: float
    allocation: str
    measured: bool = False
    note: str = ""


def heat_at_source(network, electricity_coal=None) -> HeatAtSource | None:
    """The heat source a network declares, with table defaults filled in.

    Parameters
    ----------
    network : calc.model.HeatingNetwork or None
        ``heat_source`` and an optional measured ``heat_coal_rate`` [kgce/GJ].
    electricity_coal : pint.Quantity, optional
        [kgce/kWh] power-supply coal consumption, needed to turn a measured
        coal rate of an electric source into its efficiency.

    Returns
    -------
    HeatAtSource or None
        None without a network.
    """
    if network is None:
        return None
    row = tables.heat_source(network.heat_source)
    fuel, eta = row["fuel"], row["efficiency"]
    rate = getattr(network, "heat_coal_rate", None)
    if rate is None or fuel == "none":
        return HeatAtSource(network.heat_source, fuel, eta if fuel != "none" else 0.0, row["allocation"],
                            note=row["source"])
    b = check_dimension(rate, "kgce/GJ", "heat_coal_rate").to("kgce/GJ").m
    if fuel == "electricity":
        if electricity_coal is None:
            raise ValueError("electricity_coal: needed to read the coal rate of an electric heat source")
        eta = KWH_PER_GJ * check_dimension(electricity_coal, "kgce/kWh", "electricity_coal").to("kgce/kWh").m / b
    else:
        eta = _fuel_kgce_per_gj(fuel) / b
    return HeatAtSource(network.heat_source, fuel, eta, row["allocation"], measured=True,
                        note="measured coal use per GJ of heat entered by the user")


def coal_rate(heat: HeatAtSource, electricity_coal) -> object:
    """Standard coal per GJ of heat under the equivalent-value method.

    Parameters
    ----------
    heat : HeatAtSource
    electricity_coal : pint.Quantity
        [kgce/kWh] the electricity factor (power-supply coal) of the method.

    Returns
    -------
    pint.Quantity
        [kgce/GJ]: 34.12 / η (fuels, heat-value method), 277.8 / η ×
        electricity factor (electric sources), 0 (waste heat).
    """
    if heat.fuel == "none":
        return Q_(0.0, "kgce/GJ")
    if heat.fuel == "electricity":
        e = check_dimension(electricity_coal, "kgce/kWh", "electricity_coal").to("kgce/kWh").m
        return Q_(KWH_PER_GJ / heat.efficiency * e, "kgce/GJ")
    return Q_(_fuel_kgce_per_gj(heat.fuel) / heat.efficiency, "kgce/GJ")


@lru_cache(maxsize=None)
def _fuel_kgce_per_gj(fuel: str) -> float:
    """Standard coal of 1 GJ of a fuel at its lower heating value (GB/T
    2589-2020 Appendix A; ≈ 34.12 kgce/GJ for every fuel). Memoised: the
    table lookup filters a data frame (some milliseconds) and every state
    on a network whose heat is made from a fuel asks again."""
    return tables.standard_coal_per_kwh(fuel).to("kgce/kWh").m * KWH_PER_GJ


def co2_rate(heat: HeatAtSource, grid_factor) -> object:
    """CO2 per GJ of heat from the same source and efficiency.

    Parameters
    ----------
    heat : HeatAtSource
    grid_factor : pint.Quantity
        [kg/kWh] grid CO2 factor (electric sources).

    Returns
    -------
    pint.Quantity
        [kg/GJ] fuel factor per GJ of lower heating value (NDRC guideline
        defaults, datasets/tables/co2_factors.csv) / η; 277.8 / η × grid
        factor for electric sources; 0 for waste heat.
    """
    if heat.fuel == "none":
        return Q_(0.0, "kg/GJ")
    if heat.fuel == "electricity":
        g = check_dimension(grid_factor, "kg/kWh", "grid_factor").to("kg/kWh").m
        return Q_(KWH_PER_GJ / heat.efficiency * g, "kg/GJ")
    return Q_(tables.co2_factor(heat.fuel).to("kg/GJ").m / heat.efficiency, "kg/GJ")


@dataclass(frozen=True)
class SourceDefault:
    """The heat source taken for a network entered as ``unknown``: ``city``,
    ``province`` (the row of heat_source_defaults.csv used: the city's
    province or ``national``), ``heat_source`` (key of heat_sources.csv)
    and ``source`` (why)."""

    city: str
    province: str
    heat_source: str
    source: str


def default_for_city(city: str) -> SourceDefault:
    """The default heat source of district heat in ``city``, by its
    province (datasets/tables/heat_source_defaults.csv: Beijing gas, the
    other northern provinces coal CHP, elsewhere the national coal CHP).

    Parameters
    ----------
    city : str
        Key of the city table.
    """
    from .datasets import cities

    province = str(cities.city(city).get("province", "") or "")
    row = tables.default_heat_source(province)
    return SourceDefault(city, row["province"], row["heat_source"], row["source"])


def resolve_unknown(project):
    """The project with a network's ``unknown`` heat source replaced by the
    city's default, and that default (None when the source was entered or
    there is no network). Done once before the assessment, so the coal
    rate, the CO2 and every figure shown follow the same source."""
    supply = project.supply
    network = supply.network
    if network is None or network.heat_source != "unknown":
        return project, None
    chosen = default_for_city(project.site.city)
    if chosen.heat_source == "unknown":
        return project, chosen
    supply = supply.replace(network=network.replace(heat_source=chosen.heat_source))
    return project.replace(supply=supply), chosen
