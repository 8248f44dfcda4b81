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

from .units import check_dimension

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
    b = check_dimension(before, unit, "before").magnitude
    a = check_dimension(after, unit, "after").magnitude
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


def check_target(before, after, is_public: bool, basis: str = "total_tce") -> TargetCheck:
    """Check a package's saving rate against the 30 % / 20 % targets.

    Parameters
    ----------
    before, after : pint.Quantity
        Values on ``basis`` before and after [tce, kWh or t].
    is_public : bool
        Public building (target 20 %) or residential (30 %).
    basis : str
        One of ``total_tce``, ``heating_tce``, ``delivered_kwh``, ``co2``.

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
    target = target_rate(is_public)
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
    e0 = check_dimension(baseline, unit, "baseline").magnitude
    out, previous = [], e0
    for i, (label, value) in enumerate(cumulative):
        e = check_dimension(value, unit, f"cumulative[{i}]").magnitude
        step = previous - e
        out.append(Contribution(label, step * baseline.units, 100.0 * step / e0 if e0 > 0 else None))
        previous = e
    return out
