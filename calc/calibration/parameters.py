"""The declared set of uncertain inputs a calibration may adjust.

Each parameter, its physical range and the source of the range are a row of
``datasets/tables/calibration_parameters.csv``. A parameter that lives on
the buildings is adjusted by one common step for all of them -- an offset
(``shift``) or a factor (``scale``) -- so that differences entered between
buildings are kept; its bounds are those that keep every building inside the
physical range. A supply parameter is set directly (``value``).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..datasets import tables
from ..schema import set_path
from ..units import Q_


@dataclass(frozen=True)
class Parameter:
    """A calibration parameter: model ``field`` (below each building or from
    the project), how it is adjusted, its physical range ``low``..``high``
    [``unit``] and the ``source`` of the range."""

    name: str
    field: str
    adjust: str
    applies: str
    priority: int
    low: float
    high: float
    unit: str
    source: str


def declared() -> tuple:
    """All declared parameters in priority order (most trusted to move first)."""
    df = tables.table("calibration_parameters").sort_values("position")
    return tuple(Parameter(r.parameter, r.field, r.adjust, r.applies, int(r.position), float(r.low), float(r.high),
                           str(r.unit), r.source) for r in df.itertuples())


def _get(obj, dotted: str):
    for part in dotted.split("."):
        obj = getattr(obj, part)
        if obj is None:
            return None
    return obj


def applies(p: Parameter, project, metered_at: str = "station") -> bool:
    """Whether the parameter exists in the project (a network without pipes
    metered at the station, a generic heat pump) and all its values are
    usable (a factor cannot move a zero)."""
    if p.applies == "buildings":
        values = entered(p, project)
        return p.adjust != "scale" or all(v > 0 for v in values)
    if p.applies == "network_without_pipes":
        nw = project.supply.network
        return nw is not None and not nw.pipes and metered_at == "station"
    if p.applies == "generic_heat_pump":
        hp = project.supply.heat_pump
        return hp is not None and not hp.product
    return False


def entered(p: Parameter, project) -> list:
    """The entered magnitudes [p.unit]: one per building, or one for the supply."""
    if p.applies == "buildings":
        return [_magnitude(_get(b, p.field), p.unit) for b in project.buildings]
    return [_magnitude(_get(project, p.field), p.unit)]


def _magnitude(v, unit):
    return float(v.to(unit).m) if hasattr(v, "to") else float(v)


def step_bounds(p: Parameter, project) -> tuple:
    """(lowest, highest, neutral) step: the offset [unit] or factor [-] that
    keeps every entered value in ``low``..``high``, and the step that leaves
    the project as entered. The neutral step lies outside the bounds when an
    entered value is itself outside the range."""
    values = entered(p, project)
    if p.adjust == "shift":
        return max(p.low - v for v in values), min(p.high - v for v in values), 0.0
    if p.adjust == "scale":
        return max(p.low / v for v in values), min(p.high / v for v in values), 1.0
    return p.low, p.high, values[0]


def apply_step(p: Parameter, project, step: float):
    """The project with the parameter moved by ``step`` (a new project)."""
    if p.applies != "buildings":
        value = Q_(step, p.unit) if p.unit != "dimensionless" else float(step)
        return set_path(project, p.field, value)
    for i, b in enumerate(project.buildings):
        v = _magnitude(_get(b, p.field), p.unit)
        new = v + step if p.adjust == "shift" else v * step
        project = set_path(project, f"buildings[{i}].{p.field}", Q_(new, p.unit))
    return project


def values_after(p: Parameter, project, step: float) -> list:
    """The parameter's values [unit] after a step (per building, or one)."""
    if p.adjust == "value":
        return [step]
    return [v + step if p.adjust == "shift" else v * step for v in entered(p, project)]
