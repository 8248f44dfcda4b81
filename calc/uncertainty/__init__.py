"""How sure the verdict is: a seeded Latin-hypercube Monte Carlo over the
uncertain inputs (:mod:`.inputs`), giving P10/P50/P90 of the package saving
rate and the probability of reaching the target.

Entry point: :func:`run`, called by :func:`calc.assess.assess` when asked
for samples.
"""

from __future__ import annotations

import numpy as np

from .. import target
from ..results import Uncertainty
from ..units import Q_
from .engine import ENGINE_DEPARTURES, EngineDeparture
from .inputs import INPUTS, UncertainInput
from .montecarlo import perturb, sample_rates

#: Samples the program draws by default (the issue's ≥ 200).
DEFAULT_SAMPLES = 200

__all__ = ["DEFAULT_SAMPLES", "ENGINE_DEPARTURES", "EngineDeparture", "INPUTS", "UncertainInput", "perturb", "run", "sample_rates"]


def run(project, enabled, weather, basis: str, method: str, factors, goal: float, heat=None,
        samples: int = 200, seed: int = 0, evaluation: str = "surrogate") -> Uncertainty:
    """Monte Carlo of the saving rate on ``basis`` under ``method``.

    Parameters
    ----------
    project, enabled, weather, basis, factors, heat
        As for :func:`calc.uncertainty.montecarlo.sample_rates`.
    method : str
        Electricity method of the factors (recorded with the result).
    goal : float
        Target [-].
    samples : int
        Number of Latin-hypercube samples (≥ 2; 200 by default).
    seed : int
    evaluation : str
        ``surrogate`` (default) or ``direct``, see :mod:`.montecarlo`.

    Returns
    -------
    calc.results.Uncertainty
        P10/P50/P90 [%] of the rates that apply, pass probability [%] over
        all samples (a sample whose rate does not apply does not pass).
    """
    _, rates = sample_rates(project, enabled, weather, basis, factors, heat, samples, seed, evaluation)
    ok = rates[np.isfinite(rates)]
    pct = (lambda q: Q_(100.0 * float(np.percentile(ok, q)), "percent")) if ok.size else (lambda q: None)
    passed = float(np.sum(ok >= goal - target.RATE_TOLERANCE)) / samples
    return Uncertainty(
        samples=samples, seed=seed, basis=basis, electricity_method=method, evaluation=evaluation,
        saving_rate_p10=pct(10), saving_rate_p50=pct(50), saving_rate_p90=pct(90),
        pass_probability=Q_(100.0 * passed, "percent"),
        inputs=INPUTS)
