"""Seeded Latin-hypercube Monte Carlo of the package saving rate.

Each sample perturbs the baseline and the package alike (the inputs in
:mod:`calc.uncertainty.inputs`) and forms the saving rate on the verdict's
basis and electricity method. Two ways to evaluate a sample:

* ``direct`` -- simulate the two states of every sample (about 40 ms a
  sample for a one-building project; the reference);
* ``surrogate`` (default) -- simulate the two states on a 3-point grid of
  each input that needs the physics (infiltration, setpoint, heat-pump
  performance where there is a heat pump: 9 or 27 grid points), then
  evaluate every sample's before and after by tensor-product quadratic
  (Lagrange) interpolation on that grid. The grid factor enters the CO2
  basis linearly and is applied exactly. The energies respond smoothly to
  these inputs inside their ranges, so the interpolated rates follow the
  direct ones to a few hundredths of a point (tests/calc/test_uncertainty.py
  compares the two).

Both keep the weather and PV output of the assessment and account only the
basis value, not the full results.

Sampling: scipy.stats.qmc.LatinHypercube (McKay, Beckman & Conover 1979),
seeded, so a seed gives the same samples on every machine.
"""

from __future__ import annotations

import dataclasses
from dataclasses import replace

import numpy as np
from scipy.stats import qmc

from .. import accounting, target, verdict
from ..measures import apply_measure
from ..measures import supply as supply_measures
from ..units import Q_
from ..variant import ThermalCache, simulate_state
from .inputs import INPUTS


def _bounded(value, model, name):
    """``value`` (a magnitude) held inside the declared range of ``model.name``:
    a sampled input stays within what the model accepts."""
    md = {f.name: f.metadata for f in dataclasses.fields(model)}[name]
    if md.get("ge") is not None:
        value = max(value, md["ge"])
    if md.get("gt") is not None:
        value = max(value, np.nextafter(md["gt"], np.inf))
    if md.get("le") is not None:
        value = min(value, md["le"])
    if md.get("lt") is not None:
        value = min(value, np.nextafter(md["lt"], -np.inf))
    return float(value)


def perturb(project, x: dict):
    """The project with the sampled inputs applied.

    Parameters
    ----------
    project : calc.model.Project
    x : dict
        name -> sampled value (see :data:`calc.uncertainty.inputs.INPUTS`).
    """
    buildings = []
    for b in project.buildings:
        v, op = b.ventilation, b.operation
        ach = _bounded(v.infiltration_ach.to("1/h").m * x.get("infiltration", 1.0), v, "infiltration_ach")
        sp = op.heating_setpoint.to("degC").m + x.get("behaviour", 0.0)
        # the setpoint stays valid: ≥ 5 °C and below the cooling setpoint
        sp = min(max(sp, 5.0), op.cooling_setpoint.to("degC").m - 0.5)
        b = replace(b, ventilation=replace(v, infiltration_ach=Q_(ach, "1/h")),
                    operation=replace(op, heating_setpoint=Q_(sp, "degC")))
        buildings.append(b)
    supply = project.supply
    k = x.get("heat_pump_performance", 1.0)
    if supply.heat_pump is not None and k != 1.0:
        hp = supply.heat_pump
        supply = replace(supply, heat_pump=replace(hp, carnot_efficiency=_bounded(hp.carnot_efficiency * k, hp,
                                                                                   "carnot_efficiency")))
    return replace(project, buildings=tuple(buildings), supply=supply)


def _value(state, project, basis, factors):
    """The basis value of a state [basis unit magnitude], summed over the
    buildings as the assessment sums them."""
    coal_f, co2_f = factors
    total = 0.0
    for b in project.buildings:
        q = verdict.building_values(state, b.name, project.accounting, (coal_f, co2_f))[basis]
        total += q.to(target.BASIS_UNITS[basis]).m
    return total


def sample_rates(project, enabled, weather, basis: str, factors, heat=None, samples: int = 200, seed: int = 0,
                 evaluation: str = "surrogate"):
    """Saving rates [-] of ``samples`` Latin-hypercube samples.

    Parameters
    ----------
    project : calc.model.Project
        As entered.
    enabled : sequence of Measure
        The package, in order.
    weather : calc.climate.Weather
    basis : str
        Basis of the verdict.
    factors : (dict, dict)
        Coal and CO2 factors of the verdict's method.
    samples : int
        ≥ 2.
    seed : int
    evaluation : str
        ``surrogate`` (grid + interpolation) or ``direct`` (every sample
        simulated).

    Returns
    -------
    (numpy.ndarray, numpy.ndarray)
        The sample matrix (samples × inputs, in :data:`INPUTS` order) and
        the rates (NaN where the rate does not apply).
    """
    if samples < 2:
        raise ValueError(f"samples = {samples}: must be ≥ 2")
    if evaluation not in ("surrogate", "direct"):
        raise ValueError(f"evaluation = {evaluation!r}: must be 'surrogate' or 'direct'")
    names = [i.name for i in INPUTS]
    u = qmc.LatinHypercube(d=len(INPUTS), seed=seed).random(samples)
    x = qmc.scale(u, [i.low for i in INPUTS], [i.high for i in INPUTS])
    cache = ThermalCache(weather, project.accounting, heat)

    def pair(values):
        """(before, after) of the basis at ``values``, the grid factor as
        (without electricity, electricity) parts so it can be applied later."""
        base = perturb(project, values)
        pkg = base
        for m in enabled:
            pkg = _apply(pkg, _scaled_measure(m, values), values)
        b, p = simulate_state(base, cache), simulate_state(pkg, cache)
        return _parts(b, base, basis, factors, heat), _parts(p, pkg, basis, factors, heat)

    if evaluation == "direct":
        parts = [pair(dict(zip(names, row))) for row in x]
        before = np.array([b for b, _ in parts])
        after = np.array([a for _, a in parts])
    else:
        before, after = _surrogate(pair, x, names, _physics_inputs(project, enabled))
    g = x[:, names.index("grid_factor")]
    b = before[:, 0] + g * before[:, 1]
    a = after[:, 0] + g * after[:, 1]
    rates = np.where(b > 0, 1.0 - a / np.where(b > 0, b, 1.0), np.nan)
    return x, rates


def _physics_inputs(project, enabled):
    """Inputs that need a simulation (the grid factor does not; heat-pump
    performance only where there is a heat pump, the metering behaviour only
    where the package reforms the metering)."""
    out = ["infiltration", "behaviour"]
    if project.supply.heat_pump is not None or any(m.kind == "heat_pump" for m in enabled):
        out.append("heat_pump_performance")
    if any(m.kind == "metering_reform" for m in enabled):
        out.append("metering_behaviour")
    return out


def _apply(project, m, values):
    """One measure of the package; a metering reform with its sampled
    response (the behaviour level's share scaled, calc.measures.supply)."""
    k = values.get("metering_behaviour", 1.0)
    if m.kind != "metering_reform" or k == 1.0:
        return apply_measure(project, m)
    return supply_measures.metering_reform(replace(project, measures=()), m, response_scale=k)


def _surrogate(pair, x, names, physics):
    """before/after parts of every sample by tensor-product quadratic
    interpolation over a 3-point grid (low, middle, high) of each input in
    ``physics``; the other inputs are held at their middle (neutral) value."""
    spec = {i.name: i for i in INPUTS}
    nodes = [np.array([spec[n].low, 0.5 * (spec[n].low + spec[n].high), spec[n].high]) for n in physics]
    neutral = {n: (1.0 if spec[n].kind == "factor" else 0.0) for n in names}
    grid = {}
    for idx in np.ndindex(*(3,) * len(physics)):
        values = dict(neutral)
        values.update({n: nodes[k][idx[k]] for k, n in enumerate(physics)})
        grid[idx] = np.array(pair(values))            # (2 states, 2 parts)
    cols = [names.index(n) for n in physics]
    weights = [_lagrange(nodes[k], x[:, c]) for k, c in enumerate(cols)]   # each (samples, 3)
    out = np.zeros((len(x), 2, 2))
    for idx, v in grid.items():
        w = np.ones(len(x))
        for k, i in enumerate(idx):
            w = w * weights[k][:, i]
        out += w[:, None, None] * v[None, :, :]
    return out[:, 0, :], out[:, 1, :]


def _lagrange(nodes, t):
    """Quadratic Lagrange basis weights of three ``nodes`` at points ``t``
    (samples × 3)."""
    x0, x1, x2 = nodes
    return np.stack([(t - x1) * (t - x2) / ((x0 - x1) * (x0 - x2)),
                     (t - x0) * (t - x2) / ((x1 - x0) * (x1 - x2)),
                     (t - x0) * (t - x1) / ((x2 - x0) * (x2 - x1))], axis=1)


def _parts(state, project, basis, factors, heat=None):
    """(value without the grid-factor part, value of the CO2 that follows the
    grid factor: electricity, and district heat made from electricity) of a
    state; for the standard-coal and delivered bases the second part is 0."""
    if basis != "co2":
        return _value(state, project, basis, factors), 0.0
    coal_f, co2_f = factors
    rest = _value(state, project, basis, (coal_f, accounting.grid_scaled_co2(co2_f, 0.0, heat)))
    return rest, _value(state, project, basis, factors) - rest


def _scaled_measure(m, values):
    """A heat-pump measure with its Carnot efficiency scaled like the supply's."""
    k = values.get("heat_pump_performance", 1.0)
    if m.kind != "heat_pump" or k == 1.0:
        return m
    eta = m.params["carnot_efficiency"]
    # the cap as a number of its own: η × (0.9 / η) can round above 0.9
    return replace(m, params={**m.params, "carnot_efficiency": eta * k if eta.m * k < 0.9 else Q_(0.9, eta.units)})
