"""The verdict of an assessment beyond the headline rate: the matrix of
every basis under both electricity methods, each building against its own
target, the project against the floor-area-weighted target, and on a FAIL
what is missing and which measures would close it.

Pure bookkeeping over states simulated by calc.assess (calc.variant); the
rules are in calc.target.
"""

from __future__ import annotations

from . import accounting, target
from .geometry import floor_area
from .results import BuildingVerdict, ClosingMeasure, MatrixCell, Shortfall
from .messages import Term, msg
from .units import Q_, magnitude, to

BASES = ("total_tce", "heating_tce", "delivered_kwh", "co2")


def basis_value(variant, basis: str):
    """The quantity a saving rate is computed on [tce, kWh or t]."""
    return {"total_tce": variant.total_standard_coal, "heating_tce": variant.heating_standard_coal,
            "delivered_kwh": variant.total_delivered, "co2": variant.total_co2}[basis]


def _pct(rate):
    return None if rate is None else Q_(100.0 * rate, "percent")


def matrix(accounted: dict, goal: float) -> tuple:
    """MatrixCell per basis × method.

    Parameters
    ----------
    accounted : dict
        method -> (baseline VariantResult, package VariantResult).
    goal : float
        Project target [-].
    """
    values = {(b, m): (basis_value(base, b), basis_value(pkg, b))
              for b in BASES for m, (base, pkg) in accounted.items()}
    return tuple(MatrixCell(basis=c.basis, electricity_method=c.electricity_method, saving_rate=_pct(c.saving_rate),
                            passed=c.passed) for c in target.verdict_matrix(values, goal))


def building_values(state, name: str, acc, factors) -> dict:
    """basis -> value of one building in a state [tce, kWh or t].

    The building's end uses by carrier (its share of network losses and
    pumps included, calc.supply) less its own PV credit, accounted with the
    project's factors -- the same sums the project totals add up.
    """
    coal_f, co2_f = factors
    uses = state.supply.end_uses[name]
    delivered: dict = {}
    for by_carrier in uses.values():
        for c, q in by_carrier.items():
            delivered[c] = delivered.get(c, 0.0) + magnitude(q, "kWh")
    energy = {c: Q_(v, "kWh") for c, v in delivered.items()}
    net = energy
    if name in state.pv:
        out, sc = state.pv[name]
        credited = accounting.pv_credited(to(out.annual, "kWh"), to(sc.self_consumed, "kWh"), acc)
        net = accounting.credit_pv(energy, credited)
    heating: dict = {}
    for use in ("heating", "pumps"):
        for c, q in uses.get(use, {}).items():
            heating[c] = heating.get(c, Q_(0.0, "kWh")) + q
    zero = Q_(0.0, "tce")
    return {
        "total_tce": accounting.total(accounting.standard_coal(net, acc, coal_f)) if net else zero,
        "heating_tce": accounting.total(accounting.standard_coal(heating, acc, coal_f)) if heating else zero,
        "delivered_kwh": Q_(sum(delivered.values()), "kWh"),
        "co2": accounting.total(accounting.co2(net, acc, co2_f)) if net else Q_(0.0, "t"),
    }


def building_verdicts(project, base_state, pkg_state, factors, basis_of) -> tuple:
    """Each building against its own target (30 % residential, 20 % public).

    Parameters
    ----------
    project : calc.model.Project
    base_state, pkg_state : calc.variant.State
    factors : (dict, dict)
        Coal and CO2 factors of the headline method.
    basis_of : callable
        building -> basis it is judged on.
    """
    out = []
    acc = project.accounting
    for b in project.buildings:
        basis = basis_of(b)
        before = building_values(base_state, b.name, acc, factors)[basis]
        after = building_values(pkg_state, b.name, acc, factors)[basis]
        check = target.check_target(before, after, b.is_public, basis)
        out.append(BuildingVerdict(name=b.name, building_type="public" if b.is_public else "residential", basis=basis,
                                   target_rate=Q_(100.0 * check.target, "percent"),
                                   saving_rate=_pct(check.saving_rate), passed=check.passed))
    return tuple(out)


def project_target(project) -> float:
    """Floor-area-weighted target [-] of the project's buildings."""
    return target.weighted_target((target.target_rate(b.is_public), floor_area(b).m) for b in project.buildings)


def shortfall(check, basis: str, closing=()) -> Shortfall | None:
    """What a failed package lacks (None unless it failed)."""
    if check.passed is not False:
        return None
    pp, missing = target.shortfall(check.before, check.saving_rate, check.target)
    return Shortfall(missing=Q_(pp, "pp"),
                     missing_tce=to(missing, "tce") if target.BASIS_UNITS[basis] == "tce" else None,
                     closing_measures=tuple(closing))


def closing_measures(candidates, goal: float) -> list[ClosingMeasure]:
    """Measures that close the gap when added to the package.

    Parameters
    ----------
    candidates : iterable of (label, kind, enabled, rate)
        Each measure not yet in the package with the package's saving rate
        [-] once it is added (None: not applicable).
    goal : float
        Target [-].
    """
    out = []
    for label, kind, enabled, rate in candidates:
        if rate is not None and rate >= goal - target.RATE_TOLERANCE:
            out.append(ClosingMeasure(label=label, kind=kind, enabled=enabled, saving_rate=_pct(rate), passed=True))
    return out


def disagreement_warning(basis: str, cells) -> str | None:
    """The warning shown when the electricity method flips the verdict."""
    if target.methods_agree(cells, basis):
        return None
    by_method = {c.electricity_method: c for c in cells if c.basis == basis}
    parts = [msg("verdict.method_rate", "{method} {rate:.1f} %", method=Term("electricity_method", m),
                 rate=c.saving_rate.m) for m, c in by_method.items() if c.saving_rate is not None]
    return msg("verdict.methods_disagree", "The verdict depends on how electricity is converted to standard coal "
               "({rates} on {basis}): the approving authority's convention decides.",
               rates=parts, basis=Term("basis", basis))
