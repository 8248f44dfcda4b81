"""Investment, cash flows and the economic indicators of a measure or a
package; marginal abatement cost curve; tornado sensitivity table.

Conventions (stated once, used everywhere):

* real terms: ``Economics.discount_rate`` is a real rate and
  ``energy_price_escalation`` the real escalation of energy prices;
  maintenance and reinvestment are constant in real terms;
* year 0 carries the investment net of subsidy; years 1..N the energy cost
  saving S·(1 + e)^t minus maintenance (prices escalate from today's tariff,
  the present-value convention of the global-cost method of EN 15459-1:2017);
* a component whose life L is shorter than the period N is replaced at
  t = L, 2L, ... < N at its gross investment (subsidies are not repeated);
  at t = N the unused life of the last installation is credited linearly as
  residual value (straight-line depreciation, as in EN 15459-1:2017);
* IRR is the rate at which NPV = 0; without a sign change in the cash flows
  it does not exist and is returned as ``None`` with the reason.
"""

from __future__ import annotations

import math
from functools import lru_cache
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import brentq

from .geometry import floor_area, footprint_area, wall_area, window_area
from .messages import msg
from .datasets import tables
from .model import BOILER_KINDS, FACADES
from .shading import shaded_facades
from .schedules import PartsMemo
from .units import Q_, check_dimension, magnitude, to

# ---------------------------------------------------------------- cost data

#: Unit of the quantity each cost basis of the cost table multiplies.
BASIS_UNITS = {
    "wall_area": "m**2", "roof_area": "m**2", "floor_area": "m**2", "window_area": "m**2",
    "capacity": "kW", "trench_length": "m", "station": "dimensionless", "pump_power": "kW",
    "dwelling": "dimensionless", "pv_power": "W", "elevator": "dimensionless", "collector_area": "m**2",
}


@lru_cache(maxsize=512)
def _cached_cost_data(kind, selector):
    return tables.measure_cost_data(kind, **dict(selector))


def _table_cost_data(kind, **selector):
    """``tables.measure_cost_data``, memoised: the cost table is fixed data
    and a stock prices the same few products for every building."""
    try:
        return _cached_cost_data(kind, tuple(sorted(selector.items())))
    except TypeError:  # a selector that is not hashable
        return tables.measure_cost_data(kind, **selector)


def cost_data(project, measure):
    """Cost data of a measure from the cost table (``calc.datasets.tables.
    measure_cost_data``), selected by the measure's parameters and the
    project: insulation by material and thickness, windows by U-value, heat
    pumps by type, boilers by the project's boiler kind, metering per
    dwelling (or per m² of floor when the project has no dwellings).
    Pipe renewal is priced per segment by :func:`measure_cost`.

    Returns
    -------
    calc.datasets.tables.CostData
        Cost per basis unit (typical / low / high), lifetime [a],
        maintenance share [1/a], source.
    """
    kind, p = measure.kind, measure.params
    if kind in ("wall_insulation", "roof_insulation", "floor_insulation"):
        return _table_cost_data(kind, material=p["material"], thickness=p["thickness"])
    if kind == "window_replacement":
        return _table_cost_data(kind, u_value=p["u_value"])
    if kind in ("heat_pump", "disconnection"):
        return _table_cost_data(kind, variant=p["kind"])
    if kind == "boiler_renewal":
        if project.supply.kind not in BOILER_KINDS:
            raise ValueError(f"supply.kind = {project.supply.kind!r}: boiler renewal needs a boiler "
                             f"({', '.join(BOILER_KINDS)})")
        return _table_cost_data(kind, variant=project.supply.kind)
    if kind == "metering_reform":
        per = "per_dwelling" if sum(b.dwellings for b in project.buildings) > 0 else "per_floor_area"
        if per == "per_dwelling" and p["convert_single_pipe"] == "yes" and any(
                b.equipment.distribution == "single_pipe" for b in project.buildings):
            per = "per_dwelling_single_pipe"
        return _table_cost_data(kind, variant=per)
    if kind == "cooling_replacement":
        return _table_cost_data(kind, variant=tables.cooling_unit(p["unit"])["system"])
    if kind == "external_shading":
        return _table_cost_data(kind, variant=p["device"])
    return _table_cost_data(kind)


def _area_sum(bs, area: str) -> float:
    """Sum over the buildings of an area of calc.geometry [m²]."""
    if area == "wall_area":
        return sum(magnitude(wall_area(b, f), "m**2") for b in bs for f in FACADES)
    if area == "window_area":
        return sum(magnitude(window_area(b, f), "m**2") for b in bs for f in FACADES)
    if area == "footprint":
        return sum(magnitude(footprint_area(b), "m**2") for b in bs)
    return sum(magnitude(floor_area(b), "m**2") for b in bs)


# The areas of the geometries (by identity) a measure is priced on: every
# state of an assessment keeps the geometry.
_AREA_SUMS = {a: PartsMemo(256) for a in ("wall_area", "window_area", "footprint", "floor_area")}


def measure_quantity(project, basis: str, *, kind: str = "", peak_power=None, heat_capacity=None,
                     pump_power=None):
    """The quantity a measure's cost scales with, over all buildings.

    Parameters
    ----------
    project : calc.model.Project
        The baseline project (areas from calc.geometry, gross external).
    basis : str
        One of :data:`BASIS_UNITS`.
    kind : str
        Measure kind; ``floor_insulation`` prices the ground-floor area
        (footprint) on the ``floor_area`` basis, others the heated floor area.
    peak_power : pint.Quantity, optional
        Installed PV [kW or W] (``calc.pv.pv_layout``), basis ``pv_power``.
    heat_capacity : pint.Quantity, optional
        Generator capacity [kW], basis ``capacity``; default the heat pump's
        capacity entered in the project.
    pump_power : pint.Quantity, optional
        Electric power of the network pumps [kW], basis ``pump_power``.

    Returns
    -------
    pint.Quantity
        In the basis unit ([m²], [m], [kW], [W] or a count).
    """
    bs = project.buildings
    if basis in ("wall_area", "window_area", "floor_area", "roof_area"):
        area = "footprint" if basis == "roof_area" or (basis == "floor_area" and kind == "floor_insulation") else basis
        return Q_(_AREA_SUMS[area].get(tuple(b.geometry for b in bs), lambda: _area_sum(bs, area)), "m**2")
    if basis == "dwelling":
        return Q_(sum(b.dwellings for b in bs), "dimensionless")
    if basis == "elevator":
        return Q_(sum(b.equipment.elevators for b in bs), "dimensionless")
    if basis == "station":
        return Q_(1.0, "dimensionless")  # one heat station serves the project
    if basis == "trench_length":
        return Q_(sum(magnitude(p.length, "m") for p in _pipes(project)), "m")
    if basis == "pv_power":
        return _given(peak_power, "W", "peak_power", "the installed PV peak power")
    if basis == "pump_power":
        return _given(pump_power, "kW", "pump_power", "the network pump power")
    if basis == "collector_area":
        raise ValueError("basis = 'collector_area': priced by measure_cost from the measure's roof_share")
    if basis == "capacity":
        hp = project.supply.heat_pump
        if heat_capacity is None and hp is not None and hp.capacity is not None:
            return to(hp.capacity, "kW")
        return _given(heat_capacity, "kW", "heat_capacity", "the generator capacity (design load × sizing factor)")
    raise ValueError(f"basis = {basis!r}: must be one of " + ", ".join(BASIS_UNITS))


def _given(q, unit: str, name: str, what: str):
    if q is None:
        raise ValueError(f"{name}: required to price this measure; give {what} or enter the measure's investment")
    return check_dimension(q, unit, name)


def _pipes(project):
    network = project.supply.network
    if network is None or not network.pipes:
        raise ValueError("supply.network.pipes: empty; list the pipe segments or enter the measure's investment")
    return network.pipes


@dataclass(frozen=True)
class Investment:
    """``gross`` [CNY] before subsidy, ``subsidy`` [CNY], ``net`` [CNY],
    ``lifetime`` [a], ``maintenance`` [CNY/a], ``quantity`` (basis
    quantity or None when overridden), ``source`` (text)."""

    gross: object
    subsidy: object
    net: object
    lifetime: object
    maintenance: object
    quantity: object
    source: str


def measure_investment(measure, data, quantity=None, level: str = "typical") -> Investment:
    """Investment of one measure: the user's override, else quantity × unit cost.

    Parameters
    ----------
    measure : calc.model.Measure
        ``investment`` (override [CNY]), ``subsidy`` [CNY], ``lifetime`` [a].
    data : calc.datasets.tables.CostData
        Unit cost per basis (``typical``, ``low``, ``high``), ``lifetime``
        [a], ``maintenance_share`` [1/a], ``source``.
    quantity : pint.Quantity, optional
        Basis quantity (:func:`measure_quantity`); needed without an override.
    level : str
        "typical", "low" or "high" unit cost.

    Returns
    -------
    Investment
        Net = gross − subsidy (a subsidy above the investment is capped at it);
        maintenance = share × gross.
    """
    if measure.investment is not None:
        gross, source, q = magnitude(measure.investment, "CNY"), "user override", None
    else:
        if quantity is None:
            raise ValueError(f"measure {measure.kind}: quantity of basis {data.basis!r} required "
                             "(or enter the investment)")
        if level not in ("typical", "low", "high"):
            raise ValueError(f"level = {level!r}: must be typical, low or high")
        q = check_dimension(quantity, BASIS_UNITS[data.basis], f"{measure.kind} quantity")
        gross = float(magnitude(q * getattr(data, level), "CNY"))
        source = data.source
    return _investment(measure, gross, data.lifetime, data.maintenance_share, q, source)


def _investment(measure, gross: float, lifetime, maintenance_share, quantity, source: str) -> Investment:
    subsidy = magnitude(measure.subsidy, "CNY")
    if subsidy > gross:
        # The model checks the subsidy against an entered investment; against
        # a cost from the tables it can only be capped: a subsidy never pays
        # more than the work costs.
        subsidy = gross
        source = f"{source}; subsidy capped at the investment"
    life = magnitude(measure.lifetime or lifetime, "year")
    share = magnitude(maintenance_share, "1/year")
    return Investment(Q_(gross, "CNY"), Q_(subsidy, "CNY"), Q_(gross - subsidy, "CNY"), Q_(life, "year"),
                      Q_(gross * share, "CNY/year"), quantity, source)


def measure_cost(project, measure, *, peak_power=None, heat_capacity=None, pump_power=None,
                 level: str = "typical") -> Investment:
    """Investment of a measure of the project, from the cost table and the
    project's geometry (or the user's override).

    Parameters
    ----------
    project : calc.model.Project
        The baseline project.
    measure : calc.model.Measure
    peak_power, heat_capacity, pump_power : pint.Quantity, optional
        [W or kW], [kW], [kW]: quantities the geometry cannot give (see
        :func:`measure_quantity`).
    level : str
        "typical", "low" or "high" unit costs (sensitivity).

    Returns
    -------
    Investment
        Pipe renewal sums length × cost of the next DN size up over the
        segments (cost table per m of trench).
    """
    if measure.kind == "pipe_renewal":
        return _pipe_investment(project, measure, level)
    data = cost_data(project, measure)
    if measure.investment is not None:
        return measure_investment(measure, data)
    if data.basis == "collector_area":
        # aperture area = the measure's share of the roof
        share = float(measure.param("roof_share").to("dimensionless").m)
        q = Q_(share * measure_quantity(project, "roof_area").to("m**2").m, "m**2")
        return measure_investment(measure, data, q, level)
    if measure.kind == "external_shading":
        # priced per m² of the windows it shades, on its facades only
        q = Q_(sum(window_area(b, f).to("m**2").m for b in project.buildings for f in shaded_facades(measure)),
               "m**2")
        return measure_investment(measure, data, q, level)
    q = measure_quantity(project, data.basis, kind=measure.kind, peak_power=peak_power,
                         heat_capacity=heat_capacity, pump_power=pump_power)
    return measure_investment(measure, data, q, level)


def _pipe_investment(project, measure, level: str) -> Investment:
    if measure.investment is not None:
        # an entered investment needs neither the pipe list nor sizes in the
        # table: service life and upkeep of the table's first size (the
        # same for every size there)
        d = tables.measure_cost_data("pipe_renewal", dn=0)
        return _investment(measure, magnitude(measure.investment, "CNY"), d.lifetime, d.maintenance_share, None,
                           "user override")
    pipes = _pipes(project)
    rows = [(p, tables.measure_cost_data("pipe_renewal", dn=p.dn)) for p in pipes]
    life = min(d.lifetime for _, d in rows)
    share = max(d.maintenance_share for _, d in rows)
    gross = sum(float(magnitude(p.length * getattr(d, level), "CNY")) for p, d in rows)
    length = Q_(sum(magnitude(p.length, "m") for p in pipes), "m")
    return _investment(measure, gross, life, share, length, rows[0][1].source)


# ---------------------------------------------------------------- cash flows

def _rate(value, name: str, lo: float, hi: float) -> float:
    x = float(value)
    if not (lo <= x <= hi) or not math.isfinite(x):
        raise ValueError(f"{name} = {x:g}: must be between {lo:g} and {hi:g}")
    return x


def cash_flows(investment: Investment, annual_saving, analysis_period: int, escalation: float = 0.0,
               degradation: float = 0.0):
    """Yearly cash flows of a measure over the analysis period.

    Parameters
    ----------
    investment : Investment
        Net (year 0), gross (reinvestment), lifetime [a], maintenance [CNY/a].
    annual_saving : pint.Quantity
        Energy cost saving at today's tariffs [CNY/a] (may be negative).
    analysis_period : int
        Analysis period N [a], 1-100.
    escalation : float
        Real energy price escalation e [1/a].
    degradation : float
        Yearly loss d of the saving [1/a] (PV module degradation): the
        saving of year t ≥ 1 is S·(1 + e)^t·(1 − d)^(t − 1).

    Returns
    -------
    pint.Quantity
        N + 1 flows [CNY], index = year (EN 15459-1:2017 global cost; see module doc).
    """
    n = int(analysis_period)
    if not 1 <= n <= 100:
        raise ValueError(f"analysis_period = {n}: must be between 1 and 100 years")
    e = _rate(escalation, "energy_price_escalation", -0.5, 1.0)
    s = magnitude(annual_saving, "CNY/year", "annual_saving")
    life = magnitude(investment.lifetime, "year")
    if not life > 0:
        raise ValueError(f"lifetime = {life:g} a: must be > 0")
    years = np.arange(n + 1)
    d = _rate(degradation, "degradation", 0.0, 0.5)
    flows = s * (1.0 + e) ** years * (1.0 - d) ** np.maximum(years - 1, 0) - magnitude(investment.maintenance, "CNY/year")
    flows[0] = -magnitude(investment.net, "CNY")
    gross = magnitude(investment.gross, "CNY")
    # whole years, so that replacements fall on cash-flow years
    replace_every = max(1, int(round(life)))
    flows[replace_every:n:replace_every] -= gross
    last_install = (n - 1) // replace_every * replace_every if replace_every < n else 0
    remaining = max(0, last_install + replace_every - n)
    flows[n] += gross * remaining / replace_every
    _require_finite(flows, "cash flows", investment, annual_saving)
    return Q_(flows, "CNY")


def _require_finite(values, what: str, investment, annual_saving) -> None:
    """Inputs beyond floating-point range end here, as an error: an
    infinite NPV would read as a result and a null as "not applicable"."""
    if not np.isfinite(values).all():
        raise ValueError(f"{what} are not finite numbers (investment {to(investment.gross, 'CNY').m:g} CNY, "
                         f"saving {float(np.asarray(to(annual_saving, 'CNY/year').m)):g} CNY/a): beyond what the "
                         "economics can compute")


def npv(rate: float, flows):
    """Net present value Σ F_t / (1 + r)^t, t = 0..N.

    Parameters
    ----------
    rate : float
        Discount rate r [1/a], > −1.
    flows : pint.Quantity
        Cash flows [CNY], year 0 first.

    Returns
    -------
    pint.Quantity
        [CNY] (Brealey, Myers & Allen, Principles of Corporate Finance, ch. 2).
    """
    r = _rate(rate, "discount_rate", -0.99, 10.0)
    f = magnitude(flows, "CNY", "flows")
    value = float(_npv(r, np.asarray(f, float)))
    if not math.isfinite(value):
        raise ValueError(f"npv = {value}: the cash flows are beyond what the economics can compute")
    return Q_(value, "CNY")


def _npv(r: float, f: np.ndarray) -> float:
    return float(np.sum(f / (1.0 + r) ** np.arange(f.size)))


@dataclass(frozen=True)
class IRR:
    """``rate`` [1/a] or None, and ``reason`` when None (or a note): a
    :class:`calc.messages.Message`, so the display gives it in the user's
    language."""

    rate: float | None
    reason: str = ""


#: IRR search interval [1/a]: from −99 % to 1000 % per year.
IRR_BOUNDS = (-0.99, 10.0)


def irr(flows) -> IRR:
    """Internal rate of return: the r with NPV(r) = 0.

    Parameters
    ----------
    flows : pint.Quantity
        Cash flows [CNY], year 0 first.

    Returns
    -------
    IRR
        ``rate`` None with a reason when the flows never change sign (no
        root) or NPV has no root in −99 % ... 1000 %. With several sign
        changes (reinvestments) the lowest root found on a scan is returned
        and the note says so. Root by Brent's method.
    """
    f = np.asarray(magnitude(flows, "CNY", "flows"), float)
    nonzero = f[f != 0]
    changes = int(np.sum(np.diff(np.sign(nonzero)) != 0)) if nonzero.size else 0
    if changes == 0:
        return IRR(None, msg("economics.irr_no_sign_change",
                             "none: the cash flows never change sign, so no rate makes the NPV zero"))
    # the NPV on the whole scan at once (one array operation instead of a
    # Python loop of 500 sums); the first bracket is refined by Brent's method
    values = _IRR_DISCOUNT[:, :f.size] @ f if f.size <= _IRR_DISCOUNT.shape[1] else \
        np.array([_npv(r, f) for r in _IRR_GRID])
    zero = values[:-1] == 0
    crossing = values[:-1] * values[1:] < 0
    hits = np.flatnonzero(zero | crossing)
    if hits.size == 0:
        return IRR(None, msg("economics.irr_no_root", "none: the NPV does not reach zero between {low:.0%} and "
                             "{high:.0%} per year", low=IRR_BOUNDS[0], high=IRR_BOUNDS[1]))
    i = int(hits[0])
    if zero[i]:
        return IRR(float(_IRR_GRID[i]))
    root = brentq(_npv, _IRR_GRID[i], _IRR_GRID[i + 1], args=(f,), xtol=1e-12)
    note = "" if changes == 1 else msg("economics.irr_several_roots",
                                       "{changes} sign changes; lowest of possibly several rates", changes=changes)
    return IRR(float(root), note)


#: Scan of the IRR search: 100 rates evenly from −99 % to 0, 400 geometric
#: from 0.01 % to 1000 % per year.
_IRR_GRID = np.concatenate([np.linspace(IRR_BOUNDS[0], 0.0, 100, endpoint=False),
                            np.geomspace(1e-4, IRR_BOUNDS[1], 400)])
#: Discount factors (1 + r)^-t of the scan for t = 0..100 (the longest
#: analysis period); rates near −99 % overflow to inf for long flows, as
#: the scalar sum does.
with np.errstate(over="ignore"):
    _IRR_DISCOUNT = 1.0 / (1.0 + _IRR_GRID[:, None]) ** np.arange(101)[None, :]


def simple_payback(net_investment, annual_net_saving):
    """Simple payback I / S.

    Parameters
    ----------
    net_investment : pint.Quantity
        [CNY], ≥ 0.
    annual_net_saving : pint.Quantity
        First-year cost saving minus maintenance [CNY/a].

    Returns
    -------
    pint.Quantity or None
        [a]; 0 for no investment; None when the saving is ≤ 0 (never pays back).
    """
    i = magnitude(net_investment, "CNY", "net_investment")
    s = magnitude(annual_net_saving, "CNY/year", "annual_net_saving")
    if i < 0:
        raise ValueError(f"net_investment = {i:g} CNY: must be ≥ 0")
    if i == 0:
        return Q_(0.0, "year")
    return Q_(i / s, "year") if s > 0 else None


def discounted_payback(rate: float, flows):
    """Years until the cumulative discounted cash flow turns non-negative.

    Parameters
    ----------
    rate : float
        Discount rate [1/a].
    flows : pint.Quantity
        Cash flows [CNY], year 0 first.

    Returns
    -------
    pint.Quantity or None
        [a], linearly interpolated inside the year it is reached; None if it
        is not reached within the flows given (analysis period). Once
        reached, later reinvestments that push it negative again are not
        considered (the usual definition: first time).
    """
    r = _rate(rate, "discount_rate", -0.99, 10.0)
    f = np.asarray(magnitude(flows, "CNY", "flows"), float)
    cum = np.cumsum(f / (1.0 + r) ** np.arange(f.size))
    if cum[0] >= 0:
        return Q_(0.0, "year")
    for t in range(1, f.size):
        if cum[t] >= 0:
            return Q_(t - 1 + (-cum[t - 1]) / (cum[t] - cum[t - 1]), "year")
    return None


def capital_recovery_factor(rate: float, years: float) -> float:
    """Capital recovery factor CRF = r(1+r)^n / ((1+r)^n − 1) [1/a]; 1/n
    at r = 0 (the annuity factor of engineering economics, e.g. Short et al.
    1995, NREL/TP-462-5173)."""
    r = _rate(rate, "discount_rate", 0.0, 10.0)
    n = float(years)
    if not n > 0:
        raise ValueError(f"lifetime = {n:g} a: must be > 0")
    if r == 0:
        return 1.0 / n
    g = (1.0 + r) ** n
    return r * g / (g - 1.0)


def annualised_cost(investment: Investment, rate: float):
    """Annualised investment over its life plus maintenance [CNY/a]."""
    crf = capital_recovery_factor(rate, magnitude(investment.lifetime, "year"))
    return Q_(magnitude(investment.net, "CNY") * crf + magnitude(investment.maintenance, "CNY/year"), "CNY/year")


def package_annualised_cost(investments, rate: float):
    """Annualised cost of a package: Σ over its measures of the net
    (subsidised) investment × CRF(r, own life) + maintenance [CNY/a].

    The same annuity as :func:`annualised_cost` of each measure, so that
    the package's abatement cost and cost of saved energy are consistent
    with the measures' (subsidies counted, each measure over its own life).
    """
    return sum((annualised_cost(i, rate) for i in investments), Q_(0.0, "CNY/year"))


def cost_of_saved_energy(investment: Investment, rate: float, annual_energy_saving):
    """Cost of saved energy CSE = annualised cost / annual energy saved.

    Parameters
    ----------
    investment : Investment
    rate : float
        Discount rate [1/a].
    annual_energy_saving : pint.Quantity
        Delivered energy saved [kWh/a].

    Returns
    -------
    pint.Quantity or None
        [CNY/kWh] (Meier 1982, LBL-14867; Stoft 1995); None when nothing is
        saved.
    """
    e = magnitude(annual_energy_saving, "kWh/year", "annual_energy_saving")
    if not e > 0:
        return None
    return Q_(annualised_cost(investment, rate).m / e, "CNY/kWh")


def abatement_cost(investment: Investment, rate: float, annual_cost_saving, annual_co2_saving):
    """Abatement cost = (annualised cost − annual energy cost saving) / CO2 avoided.

    Parameters
    ----------
    investment : Investment
    rate : float
        Discount rate [1/a].
    annual_cost_saving : pint.Quantity
        Energy cost saving [CNY/a].
    annual_co2_saving : pint.Quantity
        CO2 avoided [t/a].

    Returns
    -------
    pint.Quantity or None
        [CNY/t]; negative = saves money. None when no CO2 is avoided
        (McKinsey 2009 abatement-curve method; Kesicki & Strachan 2011).
    """
    c = magnitude(annual_co2_saving, "t/year", "annual_co2_saving")
    s = magnitude(annual_cost_saving, "CNY/year", "annual_cost_saving")
    if not c > 0:
        return None
    return Q_((annualised_cost(investment, rate).m - s) / c, "CNY/t")


# ---------------------------------------------------------------- appraisal

@dataclass(frozen=True)
class Appraisal:
    """All indicators of one measure or the package (units in each field):
    ``flows`` [CNY], ``npv`` [CNY], ``irr`` (IRR), ``simple_payback`` [a] or
    None, ``discounted_payback`` [a] or None, ``cost_of_saved_energy``
    [CNY/kWh] or None, ``abatement_cost`` [CNY/t] or None."""

    flows: object
    npv: object
    irr: IRR
    simple_payback: object
    discounted_payback: object
    cost_of_saved_energy: object
    abatement_cost: object


def appraise(investment: Investment, annual_cost_saving, economics, annual_energy_saving=None,
             annual_co2_saving=None, degradation: float = 0.0) -> Appraisal:
    """Every indicator of one investment with the project's economic settings.

    Parameters
    ----------
    investment : Investment
    annual_cost_saving : pint.Quantity
        Energy cost saving at today's tariffs [CNY/a].
    economics : calc.model.Economics
        discount_rate, energy_price_escalation, analysis_period.
    annual_energy_saving : pint.Quantity, optional
        [kWh/a] for the cost of saved energy.
    annual_co2_saving : pint.Quantity, optional
        [t/a] for the abatement cost.
    degradation : float
        Yearly loss of the saving [1/a] (:func:`cash_flows`; PV).

    Returns
    -------
    Appraisal
    """
    r = economics.discount_rate
    flows = cash_flows(investment, annual_cost_saving, economics.analysis_period, economics.energy_price_escalation,
                       degradation)
    net_saving = check_dimension(annual_cost_saving, "CNY/year", "annual_cost_saving") - investment.maintenance
    return Appraisal(
        flows=flows, npv=npv(r, flows), irr=irr(flows),
        simple_payback=simple_payback(investment.net, net_saving),
        discounted_payback=discounted_payback(r, flows),
        cost_of_saved_energy=None if annual_energy_saving is None else cost_of_saved_energy(investment, r, annual_energy_saving),
        abatement_cost=None if annual_co2_saving is None else abatement_cost(investment, r, annual_cost_saving, annual_co2_saving),
    )


# ---------------------------------------------------------------- MACC

@dataclass(frozen=True)
class MACCBar:
    """One bar: ``label``, ``cost`` [CNY/t] (height), ``width`` [t/a],
    ``start`` / ``end`` [t/a] cumulative abatement at the bar's edges."""

    label: str
    cost: object
    width: object
    start: object
    end: object


def macc(items) -> list[MACCBar]:
    """Marginal abatement cost curve data.

    Parameters
    ----------
    items : iterable of (str, pint.Quantity or None, pint.Quantity)
        (label, abatement cost [CNY/t], CO2 avoided [t/a]). Items with no
        cost (None) or no abatement (≤ 0) are left out: they have no place
        on the curve.

    Returns
    -------
    list of MACCBar
        Sorted by cost, cheapest first; widths are the annual abatement
        (McKinsey 2009; Kesicki & Strachan 2011, Energy Policy 39).
    """
    rows = []
    for label, cost, width in items:
        w = magnitude(width, "t/year", f"{label} abatement")
        if cost is None or not w > 0:
            continue
        rows.append((magnitude(cost, "CNY/t", f"{label} cost"), label, w))
    rows.sort(key=lambda r: r[0])
    bars, x = [], 0.0
    for c, label, w in rows:
        bars.append(MACCBar(label, Q_(c, "CNY/t"), Q_(w, "t/year"), Q_(x, "t/year"), Q_(x + w, "t/year")))
        x += w
    return bars


# ---------------------------------------------------------------- sensitivity

#: Default low/high multipliers of the tornado table: ±20 % on prices,
#: costs and the grid factor (the spread of typical values in
#: docs/accounting.md), ±10 % on heat-pump COP (test tolerance of
#: GB/T 25127 ratings) and on behaviour (setpoints / use, engineering
#: judgement).
SENSITIVITY_CASES = {
    "energy_prices": (0.8, 1.2),
    "investment_costs": (0.8, 1.2),
    "grid_factor": (0.8, 1.2),
    "heat_pump_cop": (0.9, 1.1),
    "behaviour": (0.9, 1.1),
}


@dataclass(frozen=True)
class TornadoRow:
    """One parameter of the tornado table. Saving rates [-], paybacks [a] or
    None (never); ``swing`` = |rate_high − rate_low| [-]; ``robust`` = the
    pass/fail verdict is the same in both cases as in the base case."""

    parameter: str
    low: float
    high: float
    saving_rate_low: float
    saving_rate_high: float
    payback_low: object
    payback_high: object
    swing: float
    robust: bool


@dataclass(frozen=True)
class Tornado:
    """``base`` (saving rate [-], payback [a] or None) and ``rows`` sorted
    by swing, largest first."""

    base: tuple
    rows: list = field(default_factory=list)


def tornado(evaluate, target: float | None = None, cases: dict | None = None) -> Tornado:
    """One-at-a-time sensitivity of the saving rate and payback.

    Parameters
    ----------
    evaluate : callable
        ``evaluate(multipliers: dict[str, float]) -> (saving_rate, payback)``
        with saving rate [-] and payback [a] (pint quantity, float or None);
        all multipliers 1.0 is the base case. Must be pure.
    target : float, optional
        Saving-rate target [-] for the robustness verdict.
    cases : dict, optional
        parameter -> (low, high) multipliers; default :data:`SENSITIVITY_CASES`.

    Returns
    -------
    Tornado
        Rows sorted by swing of the saving rate, then of the payback.
    """
    cases = SENSITIVITY_CASES if cases is None else cases
    base_mult = {name: 1.0 for name in cases}
    base = _evaluate(evaluate, base_mult, "base")
    rows = []
    for name, (lo, hi) in cases.items():
        for v in (lo, hi):
            if not (v > 0 and math.isfinite(v)):
                raise ValueError(f"cases[{name!r}] = {v!r}: multipliers must be finite and > 0")
        r_lo, p_lo = _evaluate(evaluate, {**base_mult, name: lo}, name)
        r_hi, p_hi = _evaluate(evaluate, {**base_mult, name: hi}, name)
        robust = target is None or (r_lo >= target) == (r_hi >= target) == (base[0] >= target)
        rows.append(TornadoRow(name, lo, hi, r_lo, r_hi, p_lo, p_hi, abs(r_hi - r_lo), robust))
    rows.sort(key=lambda r: (-r.swing, -_payback_swing(r)))
    return Tornado(base, rows)


def _evaluate(evaluate, multipliers, name):
    rate, payback = evaluate(dict(multipliers))
    rate = float(rate)
    if not math.isfinite(rate):
        raise ValueError(f"sensitivity case {name!r}: saving rate {rate!r} is not finite")
    if payback is not None and not hasattr(payback, "units"):
        payback = Q_(float(payback), "year")
    return rate, payback


def _payback_swing(row: TornadoRow) -> float:
    if row.payback_low is None or row.payback_high is None:
        return math.inf if (row.payback_low is None) != (row.payback_high is None) else 0.0
    return abs(magnitude(row.payback_high - row.payback_low, "year"))
