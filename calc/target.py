"""The saving-rate check against the action-plan targets.

State Council 《2024—2025年节能降碳行动方案》 (Guo Fa [2024] No. 12) §(7)2:
the energy-saving rate of renovated residential buildings 30 %, of public
buildings 20 %. The saving rate is 1 − E_after / E_before on one stated
basis (``Accounting.target_basis``):

* ``total_tce`` -- total operational energy in standard coal (default);
* ``heating_tce`` -- space heating only, in standard coal;
* ``delivered_kwh`` -- total delivered final energy;
* ``co2`` -- operational CO2.

A package is simulated as a whole; the per-measure contributions below only
split its saving in a stated order, so they add up to it exactly.

A rate needs something to save from: when the value before is zero (no
heating in a southern office on the heating basis) or negative (a building
whose PV exports more than it uses, under the all-generation credit), the
rate on that basis is *not applicable* -- ``None`` with a reason from
:func:`not_applicable_reason` -- never an error.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .units import check_dimension, magnitude

#: Saving-rate targets [-], action plan 2024-2025 §(7)2.
TARGET_RESIDENTIAL = 0.30
TARGET_PUBLIC = 0.20
#: Unit of each basis.
BASIS_UNITS = {"total_tce": "tce", "heating_tce": "tce", "delivered_kwh": "kWh", "co2": "t"}
#: Tolerance of the pass test [-]: rates are computed in floating point, so
#: a package that saves exactly 30 % may come out as 0.29999999999999993;
#: 1e-9 is far below any reported digit (0.01 pp = 1e-4).
RATE_TOLERANCE = 1e-9


def not_applicable_reason(before) -> str | None:
    """Why no saving rate can be formed from ``before`` (None: it can).

    Parameters
    ----------
    before : pint.Quantity
        Energy (or CO2) before the retrofit [any unit].

    Returns
    -------
    str or None
        English text naming the value, or None when ``before`` > 0.
    """
    b = float(before.magnitude) if hasattr(before, "magnitude") else float(before)
    unit = f"{before.units:~P}" if hasattr(before, "units") else ""
    if b > 0:
        return None
    if b == 0:
        return f"nothing to save: the value before is 0 {unit}".rstrip()
    return f"the value before is negative ({b:.4g} {unit}: net export); a saving rate needs a positive starting value"


def saving_rate(before, after) -> float | None:
    """Saving rate 1 − after / before, or None where it does not apply.

    Parameters
    ----------
    before : pint.Quantity
        Energy (or CO2) before the retrofit [any unit of energy, standard
        coal or mass]; ≤ 0 gives None (see :func:`not_applicable_reason`).
    after : pint.Quantity
        The same after the retrofit, same dimension; may be negative (net
        export) or above ``before`` (negative saving).

    Returns
    -------
    float or None
        [-] (action plan 2024-2025 §(7)2: 节能率 = 1 − E_after / E_before);
        None when ``before`` ≤ 0 (not applicable).
    """
    unit = f"{before.units}" if hasattr(before, "units") else "dimensionless"
    b = magnitude(before, unit, "before")
    a = magnitude(after, unit, "after")
    if not (math.isfinite(b) and math.isfinite(a)):
        raise ValueError(f"before = {b!r}, after = {a!r} {unit}: must be finite")
    if not b > 0:
        return None
    return 1.0 - a / b


def target_rate(is_public: bool) -> float:
    """Required saving rate [-]: 0.20 public, 0.30 residential (§(7)2)."""
    return TARGET_PUBLIC if is_public else TARGET_RESIDENTIAL


@dataclass(frozen=True)
class TargetCheck:
    """Outcome of the target check.

    ``basis`` (see module doc), ``before`` / ``after`` [basis unit],
    ``saving_rate`` [-], ``target`` [-], ``margin_pp`` [percentage points]
    = 100 × (saving_rate − target), ``passed``. Where the rate does not
    apply, ``saving_rate``, ``margin_pp`` and ``passed`` are None and
    ``reason`` says why.
    """

    basis: str
    before: object
    after: object
    saving_rate: float | None
    target: float
    margin_pp: float | None
    passed: bool | None
    reason: str = ""


def check_target(before, after, is_public: bool, basis: str = "total_tce", goal: float | None = None) -> TargetCheck:
    """Check a package's saving rate against the 30 % / 20 % targets.

    Parameters
    ----------
    before, after : pint.Quantity
        Values on ``basis`` before and after [tce, kWh or t].
    is_public : bool
        Public building (target 20 %) or residential (30 %).
    basis : str
        One of ``total_tce``, ``heating_tce``, ``delivered_kwh``, ``co2``.
    goal : float, optional
        Required rate [-] when it is not the building type's (a mixed
        project's floor-area-weighted target, :func:`weighted_target`).

    Returns
    -------
    TargetCheck
        Passed when saving rate ≥ target (within :data:`RATE_TOLERANCE`);
        action plan 2024-2025 §(7)2. Not applicable (``passed`` None) when
        ``before`` ≤ 0.
    """
    if basis not in BASIS_UNITS:
        raise ValueError(f"basis = {basis!r}: must be one of " + ", ".join(BASIS_UNITS))
    unit = BASIS_UNITS[basis]
    before = check_dimension(before, unit, "before")
    after = check_dimension(after, unit, "after")
    rate = saving_rate(before, after)
    target = target_rate(is_public) if goal is None else goal
    if rate is None:
        return TargetCheck(basis, before, after, None, target, None, None, not_applicable_reason(before))
    return TargetCheck(basis, before, after, rate, target, 100.0 * (rate - target),
                       rate >= target - RATE_TOLERANCE)


@dataclass(frozen=True)
class Contribution:
    """One measure's share of the package saving: ``label``, ``saving``
    [basis unit] = E_(i−1) − E_i, ``contribution_pp`` [percentage points of
    the baseline] = 100 × saving / E_0."""

    label: str
    saving: object
    contribution_pp: float


def sequential_contributions(baseline, cumulative) -> list[Contribution]:
    """Split a package saving into per-measure contributions, in order.

    The measures are added one at a time in the order given (the order of
    the project's measure list): E_0 is the baseline, E_i the simulated
    value with measures 1..i applied. Measure i is credited
    E_(i−1) − E_i; the sum telescopes to E_0 − E_n, so the contributions add
    up exactly to the package saving rate. A measure's contribution depends
    on the order (interactions are credited to the later measure).

    Parameters
    ----------
    baseline : pint.Quantity
        E_0 [any unit]; E_0 ≤ 0 leaves the shares not applicable (None)
        while the savings E_(i−1) − E_i are still given.
    cumulative : sequence of (str, pint.Quantity)
        (label, E_i) for i = 1..n, same dimension as ``baseline``.

    Returns
    -------
    list of Contribution
    """
    unit = f"{baseline.units}"
    e0 = magnitude(baseline, unit, "baseline")
    out, previous = [], e0
    for i, (label, value) in enumerate(cumulative):
        e = magnitude(value, unit, f"cumulative[{i}]")
        step = previous - e
        out.append(Contribution(label, step * baseline.units, 100.0 * step / e0 if e0 > 0 else None))
        previous = e
    return out


# ---------------------------------------------------------------- basis by programme

#: Climate zones with a heating period (GB 50176-2016): the northern
#: heat-metering and energy-retrofit programme judges residential
#: renovation there on heating energy (JGJ/T 129-2012; 财建〔2007〕957号).
HEATING_ZONES = ("severe_cold", "cold")
ELECTRICITY_METHODS = ("equal_value", "power_supply_coal")


def programme_basis(is_public: bool, climate_zone: str) -> str:
    """The basis a renovation programme judges a building on.

    Residential buildings in the severe-cold and cold zones: space-heating
    energy (``heating_tce``; JGJ/T 129-2012, the northern heat-metering and
    energy-retrofit programme 财建〔2007〕957号, whose savings are counted on
    heating energy). Public buildings and residential buildings elsewhere:
    whole operational energy (``total_tce``; GB 55015-2021 counts heating,
    cooling and lighting for public buildings). Stated in docs/accounting.md.

    Parameters
    ----------
    is_public : bool
    climate_zone : str
        GB 50176-2016 zone key (``severe_cold``, ``cold``, ``hscw``, ``hsww``,
        ``mild``).

    Returns
    -------
    str
        ``heating_tce`` or ``total_tce``.
    """
    return "heating_tce" if not is_public and climate_zone in HEATING_ZONES else "total_tce"


def project_basis(setting: str, buildings_public, climate_zone: str) -> str:
    """The basis of a project's verdict.

    Parameters
    ----------
    setting : str
        ``Accounting.target_basis``: ``programme`` or an explicit basis.
    buildings_public : iterable of bool
        Use of each building (True = public).
    climate_zone : str
        Zone of the site.

    Returns
    -------
    str
        The explicit basis; for ``programme`` the heating basis when every
        building is judged on heating, else the whole operational energy
        (a mixed project is judged on what all its buildings count).
    """
    if setting != "programme":
        return setting
    bases = {programme_basis(p, climate_zone) for p in buildings_public}
    return "heating_tce" if bases == {"heating_tce"} else "total_tce"


def project_type(buildings_public) -> str:
    """``"residential"`` or ``"public"`` when every building is of that
    kind, ``"mixed"`` when the project holds both (then judged against the
    floor-area-weighted mean of the buildings' targets, :func:`weighted_target`).

    Parameters
    ----------
    buildings_public : iterable of bool
        Use of each building (True = public).
    """
    kinds = set(bool(p) for p in buildings_public)
    if len(kinds) > 1:
        return "mixed"
    return "public" if kinds == {True} else "residential"


def weighted_target(targets_and_areas) -> float:
    """Floor-area-weighted target [-] of a project's buildings:
    Σ A_i t_i / Σ A_i (each building's target 30 % or 20 %, §(7)2).

    Parameters
    ----------
    targets_and_areas : iterable of (float, float)
        (target [-], floor area [m²]) per building; areas ≥ 0, not all 0.
    """
    pairs = list(targets_and_areas)
    area = sum(a for _, a in pairs)
    if not area > 0:
        raise ValueError(f"floor areas sum to {area:g} m²: must be > 0")
    return sum(t * a for t, a in pairs) / area


@dataclass(frozen=True)
class Cell:
    """One entry of the verdict matrix: ``basis``, ``electricity_method``,
    ``saving_rate`` [-] (None: not applicable), ``passed`` (None: not
    applicable)."""

    basis: str
    electricity_method: str
    saving_rate: float | None
    passed: bool | None


def verdict_matrix(values, target: float) -> list[Cell]:
    """Saving rate and verdict on every basis under both electricity methods.

    Parameters
    ----------
    values : dict
        (basis, method) -> (before, after) [basis unit].
    target : float
        Required rate [-].

    Returns
    -------
    list of Cell
        In the order of ``values``; conventions are not uncertainty: the
        matrix shows what each convention gives, side by side.
    """
    out = []
    for (basis, method), (before, after) in values.items():
        rate = saving_rate(before, after)
        out.append(Cell(basis, method, rate, None if rate is None else rate >= target - RATE_TOLERANCE))
    return out


def methods_agree(cells, basis: str) -> bool:
    """True when both electricity methods give the same verdict on ``basis``."""
    verdicts = {c.passed for c in cells if c.basis == basis}
    return len(verdicts) <= 1


def shortfall(before, rate: float, target: float):
    """What a failed package lacks.

    Parameters
    ----------
    before : pint.Quantity
        Value before on the basis (> 0) [basis unit].
    rate, target : float
        Achieved and required saving rate [-].

    Returns
    -------
    (float, pint.Quantity)
        Missing percentage points 100 × (target − rate) and the missing
        saving (target − rate) × before [basis unit].
    """
    gap = target - rate
    return 100.0 * gap, before * gap
