"""The engine's departure from EnergyPlus stated beside the Monte Carlo band
(calc.uncertainty.ENGINE_DEPARTURES) is the one the validation cases give:
recomputed here from the cached references and the engine as it is."""

from __future__ import annotations

import pytest

from calc.uncertainty import ENGINE_DEPARTURES

from . import cases as C
from .compare import case_metrics, load_reference, reference_path, run_engine, summary_stats

pytestmark = pytest.mark.validation


@pytest.fixture(scope="module")
def stats():
    refs = {c.name: load_reference(c.name) for c in C.CASES if reference_path(c.name).exists()}
    ours = {name: run_engine(C.CASE_BY_NAME[name]) for name in refs}
    return summary_stats(case_metrics(refs, ours))


@pytest.mark.parametrize("d", ENGINE_DEPARTURES, ids=lambda d: d.need)
def test_stated_departure_is_the_validation_s(stats, d):
    s = stats[{"heating": "heat_save", "cooling": "cool_save"}[d.need]]
    assert (s["n"], s["worst_case"]) == (d.cases, d.worst_case)
    # the figures are stated to 0.1 pp
    assert (s["mean"], s["rms"], s["worst"]) == pytest.approx((d.mean, d.rms, d.worst), abs=0.051)
