"""How far the engine's savings stand from a full heat-balance engine.

The Monte Carlo samples the inputs; the engine itself is a second source of
error, which the band does not hold. It is stated beside the band, from the
project's comparison with EnergyPlus 25.2 (docs/validation.md, summary
table): per package or single-measure case, the engine's saving of the
annual heating or sensible cooling need minus EnergyPlus's, in percentage
points, over the cases whose base needs at least 5 kWh/m². The figures are
checked against the cached EnergyPlus references by
tests/validation/test_engine_departures.py, so they follow the engine.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EngineDeparture:
    """``need``: 'heating' or 'cooling'; ``cases`` compared; ``mean``,
    ``rms`` and ``worst`` of engine − EnergyPlus saving [pp]; ``worst_case``
    the validation case of the worst."""

    need: str
    cases: int
    mean: float
    rms: float
    worst: float
    worst_case: str


ENGINE_DEPARTURES = (
    EngineDeparture("heating", 29, 0.5, 1.0, 2.5, "s07_golden_office_1996_2004_r90_heavy_package"),
    EngineDeparture("cooling", 36, -0.5, 1.3, 2.7, "s16_golden_residential_1986_1995_r45_light_package"),
)
