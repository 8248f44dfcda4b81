"""Rows of a stock list -> a complete project through the archetypes.

A row names a building by ``city``, ``use`` and ``era``; the archetype
tables (calc.archetypes) fill every other field and the paths filled are
kept in ``Project.defaults``. ``floor_area`` (or ``footprint`` with
``storeys``) scales the archetype block, keeping its aspect ratio; any other
column named by a model path with its unit in the header
(``wall.u_value [W/(m²·K)]``) overrides the default. Rows sharing a
``network`` id become one project of several buildings on that network.

Every failure is a :class:`RowError` with the row number (the header is row
1), the column and a message naming the value and what is allowed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import archetypes
from ..calibration.meter import MAX_DAILY_KWH
from ..datasets import city_names, tables
from ..model import ERAS, USES, HeatingNetwork, HeatingSupply, HeatPump
from ..model.supply import HEAT_PUMP_KINDS, SUPPLY_KINDS
from ..number_text import thousands_message
from ..schema import ValidationError, _split, field_spec, get_path, set_path, walk_fields
from ..units import Q_, UnitInputError, magnitude, parse_quantity

# Columns with a meaning of their own; every other column is a model path.
STANDARD = ("id", "name", "city", "use", "era", "floor_area", "footprint", "storeys", "heat_source", "network",
            "occupants", "package", "network_loss_share_2020")
METERED = ("metered_2020", "metered_current")
# A year of a building's meter cannot exceed a year of its daily bound (the
# meter files' calc.calibration.meter.MAX_DAILY_KWH): more is a slip, and
# two rows near 1e308 kWh would sum to infinity.
MAX_YEAR_KWH = MAX_DAILY_KWH * 366
PROJECT_ROOTS = ("meta", "site", "supply", "economics", "accounting")
_MEASURE_PATH = re.compile(r"^measures\[(\d+)\]")
CARRIER_UNITS = {"electricity": "kWh", "natural_gas": "m**3", "district_heat": "GJ", "coal": "t", "oil": "kg",
                 "lpg": "kg"}


@dataclass(frozen=True)
class RowError:
    """A row that cannot become a valid project: ``row`` as a spreadsheet
    numbers it (header = 1), the ``column`` (header name) and the message."""

    row: int
    column: str
    message: str

    def __str__(self):
        return f"row {self.row}, column {self.column}: {self.message}"


class RowErrors(ValueError):
    def __init__(self, errors: list[RowError]):
        self.errors = errors
        super().__init__("; ".join(str(e) for e in errors))


@dataclass(frozen=True)
class BuildingInfo:
    """What a row says beyond the model, carried to its result record."""

    row: int
    id: str
    name: str
    occupants: float | None
    metered: dict  # 'metered_2020' / 'metered_current' -> carrier -> kWh
    network_loss_share_2020: float | None  # [%]


class _Row:
    """One raw row with the column units, collecting errors per column."""

    def __init__(self, raw, units: dict):
        self.line, self.cells, self.units = raw.number, raw.cells, units
        self.errors: list[RowError] = []

    def fail(self, column, message):
        self.errors.append(RowError(self.line, self._header(column), message))

    def _header(self, column):
        unit = self.units.get(column, "")
        return f"{column} [{unit}]" if unit else column

    def text(self, column, required=False, allowed=None):
        value = self.cells.get(column, "")
        if not value and required:
            self.fail(column, "missing; required" + (f" (one of {', '.join(allowed)})" if allowed else ""))
            return None
        if value and allowed is not None and value not in allowed:
            self.fail(column, f"{value!r} is not allowed; allowed: {', '.join(allowed)}")
            return None
        return value or None

    def quantity(self, column, unit):
        """The cell as a quantity in ``unit``; the header's unit applies to a
        bare number."""
        value = self.cells.get(column)
        if value is None:
            return None
        if hint := thousands_message(value):
            self.fail(column, hint)
            return None
        header_unit = self.units.get(column, "")
        try:
            if header_unit and _is_number(value):
                return parse_quantity(f"{value} {header_unit}", unit, field=self._header(column))
            return parse_quantity(value, unit, field=self._header(column))
        except UnitInputError as e:
            self.fail(column, str(e).split(": ", 1)[-1])
            return None

    def number(self, column, lo=0.0, whole=False):
        value = self.cells.get(column)
        if value is None:
            return None
        try:
            x = float(value)
        except ValueError:
            self.fail(column, thousands_message(value) or f"{value!r} is not a number")
            return None
        if not x >= lo or (whole and not x.is_integer()) or x != x or x in (float("inf"), float("-inf")):
            self.fail(column, f"{value!r}: must be a {'whole number' if whole else 'number'} ≥ {lo:g}")
            return None
        return int(x) if whole else x



def _is_number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def _scaled_geometry(building, area, storeys):
    """The archetype block scaled to ``area`` [m²] over ``storeys``, keeping
    its length/width ratio."""
    g = building.geometry
    storeys = storeys or g.storeys
    ratio = magnitude(g.length, "m") / magnitude(g.width, "m")
    width = (area / storeys / ratio) ** 0.5
    return g.replace(length=Q_(width * ratio, "m"), width=Q_(width, "m"), storeys=int(storeys))


# Archetypes are pure functions of (city, use, era): a worker builds each
# once and every row of that kind reuses the (immutable) result.
@lru_cache(maxsize=2048)
def _archetype_building(city, use, era):
    return archetypes.building_from_archetype(city, use, era)


@lru_cache(maxsize=2048)
def _archetype_project(city, use):
    """The archetype project of a row, for what lies outside its building:
    site, supply, tariffs and accounting are functions of the city and the
    use alone (calc.archetypes.project_from_archetype), so one project per
    city and use serves every era; the building and the name are the
    row's."""
    return archetypes.project_from_archetype(city, use, ERAS[0])


@lru_cache(maxsize=64)
def _operation_row(use):
    return tables.archetype_row("archetype_operation", use=archetypes.OPERATION_PROXY.get(use, use))


def _dwellings(building):
    return archetypes._dwellings(building.use, _operation_row(building.use), building.geometry)


def _building(row: _Row):
    """The row's building, its defaulted paths and its extra information."""
    rid = row.text("id", required=True)
    city = row.text("city", required=True)
    if city and city not in city_names():
        row.fail("city", f"{city!r} is not a known city; known: {', '.join(sorted(city_names()))}")
        city = None
    use = row.text("use", required=True, allowed=USES)
    era = row.text("era", required=True, allowed=ERAS)
    area = row.quantity("floor_area", "m**2")
    footprint = row.quantity("footprint", "m**2")
    storeys = row.number("storeys", lo=1, whole=True)
    if area is None and footprint is None and "floor_area" not in row.cells and "footprint" not in row.cells:
        row.fail("floor_area", "missing; give floor_area [m²], or footprint [m²] with storeys")
    for name, q in (("floor_area", area), ("footprint", footprint)):
        if q is not None and not q.m > 0:
            row.fail(name, f"{q.m:g} m²: must be > 0")
    occupants = row.number("occupants")
    metered = _metered(row)
    loss_2020 = row.quantity("network_loss_share_2020", "percent")
    if loss_2020 is not None and not 0 <= loss_2020.m < 100:
        # a share of the heat sent out: the losses cannot reach all of it
        row.fail("network_loss_share_2020", f"{loss_2020.m:g} %: must be ≥ 0 % and < 100 %")
        loss_2020 = None
    if row.errors or not (city and use and era):
        return None
    name = row.cells.get("name", "")
    building, paths = _archetype_building(city, use, era)
    building = building.replace(name=f"{rid} {name}".strip())
    total = area.m if area is not None else footprint.m * (storeys or building.geometry.storeys)
    try:
        building = building.replace(geometry=_scaled_geometry(building, total, storeys))
        building = building.replace(dwellings=_dwellings(building))
    except ValidationError as e:
        row.fail("floor_area" if area is not None else "footprint", "; ".join(str(x) for x in e.errors))
        return None
    entered = {"geometry.storeys"} if storeys else set()
    paths = tuple(p for p in paths if p not in entered)
    info = BuildingInfo(row=row.line, id=rid, name=name, occupants=occupants, metered=metered,
                        network_loss_share_2020=None if loss_2020 is None else float(loss_2020.m))
    return building, paths, info, city


def _metered(row: _Row) -> dict:
    out = {}
    for column in row.cells:
        head, _, carrier = column.partition(".")
        if head not in METERED:
            continue
        if carrier not in CARRIER_UNITS:
            row.fail(column, f"unknown carrier {carrier!r}; allowed: {', '.join(CARRIER_UNITS)}")
            continue
        q = row.quantity(column, CARRIER_UNITS[carrier])
        if q is None:
            continue
        if q.m < 0:
            row.fail(column, f"{q.m:g}: metered energy must be ≥ 0")
            continue
        kwh = _to_kwh(carrier, q)
        if kwh > MAX_YEAR_KWH:
            row.fail(column, f"{q.m:g} is {kwh:.3g} kWh; a building's meter reads at most {MAX_YEAR_KWH:.3g} kWh "
                             "a year")
            continue
        out.setdefault(head, {})[carrier] = kwh
    return out


def _to_kwh(carrier: str, q) -> float:
    """Metered energy in its trade unit -> final energy [kWh] at the lower
    heating value (GB/T 2589-2020 Appendix A)."""
    if carrier in ("electricity", "district_heat"):
        return float(magnitude(q, "kWh"))
    return float((q * tables.calorific_value(carrier)).to("kWh").m)


def _supply(kind: str | None, zone: str, use: str) -> HeatingSupply:
    """The archetype's heat supply, or one of ``kind`` with the model's
    defaults (recorded as defaulted like the archetype's)."""
    typical = archetypes.supply_from_archetype(zone, use)
    if kind is None or kind == typical.kind:
        return typical
    extra = {}
    if kind in HEAT_PUMP_KINDS:
        extra["heat_pump"] = HeatPump()
    if kind == "district_heating":
        extra["network"] = HeatingNetwork()
    return HeatingSupply(kind=kind, **extra)


def _fit_availability(building, supply):
    """A building the row puts on a heating network keeps its own cooling but
    takes network heat in the season only (the model refuses
    ``whenever_needed`` there); the archetype's value stays otherwise."""
    op = building.operation
    if supply.network is None or op.hvac_availability != "whenever_needed":
        return building
    return building.replace(operation=op.replace(hvac_availability="heating_in_season"))


def _convert(value_text: str, decl: dict, row: _Row, column: str):
    kind = decl.get("kind")
    if kind == "qty":
        return row.quantity(column, decl["unit"])
    if row.units.get(column):
        row.fail(column, f"this field has no unit; remove [{row.units[column]}] from the header")
        return None
    if kind == "number":
        try:
            return float(value_text)
        except ValueError:
            row.fail(column, f"{value_text!r} is not a number")
            return None
    if kind == "count":
        return row.number(column, lo=float("-inf"), whole=True)
    if kind == "flag":
        low = value_text.lower()
        if low in ("true", "yes", "1"):
            return True
        if low in ("false", "no", "0"):
            return False
        row.fail(column, f"{value_text!r}: must be true or false")
        return None
    if kind in ("choice", "text"):
        return value_text
    row.fail(column, "this field cannot be set from a table column")
    return None


def _override(project, row: _Row, column: str, path: str):
    """``project`` with the cell of ``column`` written at ``path``."""
    parts = _split(path)
    try:
        parent = get_path(project, ".".join(_path_text(parts[:-1]))) if len(parts) > 1 else project
        decl = field_spec(type(parent), parts[-1])
    except (AttributeError, KeyError, IndexError, TypeError):
        row.fail(column, f"{path!r} is not a field of the model (nor a standard column: {', '.join(STANDARD)})")
        return project
    value = _convert(row.cells[column], decl, row, column)
    if value is None:
        return project
    try:
        return set_path(project, path, value)
    except ValidationError as e:
        row.fail(column, "; ".join(f"{x.message} (got {x.value})" for x in e.errors))
        return project


def _path_text(parts):
    out = []
    for p in parts:
        if isinstance(p, int):
            out[-1] = f"{out[-1]}[{p}]"
        else:
            out.append(p)
    return out


def _overrides(project, rows: list[_Row]):
    defaults = set(project.defaults)
    for i, row in enumerate(rows):
        for column in row.cells:
            if column in STANDARD or column.partition(".")[0] in METERED:
                continue
            path = column if column.partition(".")[0].partition("[")[0] in PROJECT_ROOTS else f"buildings[{i}].{column}"
            before = len(row.errors)
            project = _override(project, row, column, path)
            if len(row.errors) == before:
                defaults.discard(path)
    return project.replace(defaults=tuple(p for p in project.defaults if p in defaults))


def package_measures(project, measures):
    """The project with the measures of the package that fit it, and the
    reasons the others were left out -- the model's own validation decides
    (a network measure without a network, a heat pump that cannot make the
    network's flow temperature ...), so the rules live in one place.

    Raises
    ------
    ValidationError
        For a problem that is not a measure's.
    """
    kept = list(enumerate(measures))
    skipped = {}
    while True:
        try:
            return project.replace(measures=tuple(m for _, m in kept)), tuple(skipped[i] for i in sorted(skipped))
        except ValidationError as e:
            bad = {}
            for x in e.errors:
                m = _MEASURE_PATH.match(x.path)
                if m:
                    bad.setdefault(int(m.group(1)), x.message)
            if not bad:
                raise
            for j in sorted(bad, reverse=True):
                index, measure = kept.pop(j)
                skipped[index] = f"{measure.kind}: {bad[j]}"


def project_from_rows(raw_rows, units: dict, measures, name: str = ""):
    """A validated project of the buildings in ``raw_rows`` (one row, or the
    rows of one network) with the package ``measures``.

    Returns
    -------
    (Project, list of BuildingInfo, tuple of str)
        The project, the rows' extra data, and the measures left out as not
        fitting the heat supply (with the reason).

    Raises
    ------
    RowErrors
        Every problem found, each with its row and column.
    """
    rows = [_Row(r, units) for r in raw_rows]
    built = [_building(row) for row in rows]
    kinds = {r.cells.get("heat_source") for r in rows}
    for row in rows:
        row.text("heat_source", allowed=SUPPLY_KINDS)
    network = rows[0].cells.get("network")
    if network and len(kinds) > 1:
        for row in rows[1:]:
            if row.cells.get("heat_source") != rows[0].cells.get("heat_source"):
                row.fail("heat_source", f"buildings on network {network!r} must share one heat source")
    cities = {b[3] for b in built if b is not None}
    if len(cities) > 1:
        first = built[0][3] if built[0] else sorted(cities)[0]
        for row, b in zip(rows, built):
            if b is not None and b[3] != first:
                row.fail("city", f"{b[3]!r}: buildings on network {network!r} must stand in one city ({first})")
    errors = [e for row in rows for e in row.errors]
    if errors:
        raise RowErrors(errors)
    first_building = built[0][0]
    kind = rows[0].cells.get("heat_source") or ("district_heating" if network else None)
    project = _archetype_project(built[0][3], first_building.use)
    project = project.replace(meta=project.meta.replace(name=name or first_building.name))
    zone = archetypes.city_climate(built[0][3])["climate_zone"]
    supply = _supply(kind, zone, first_building.use)
    # every supply field is the archetype's or the model's default, the kind
    # too unless the row named it (heat_source, or a network id)
    entered = {"supply.kind"} if kind else set()
    defaults = [p for p in project.defaults if not p.startswith(("buildings[", "supply."))]
    defaults += [f"supply.{p}" for p, _, _ in walk_fields(supply) if f"supply.{p}" not in entered]
    for i, (b, paths, _, _) in enumerate(built):
        defaults += [f"buildings[{i}].{p}" for p in paths]
    buildings = tuple(_fit_availability(b[0], supply) for b in built)
    project = project.replace(buildings=buildings, supply=supply, defaults=tuple(defaults))
    project = _overrides(project, rows)
    errors = [e for row in rows for e in row.errors]
    if errors:
        raise RowErrors(errors)
    try:
        project, skipped = package_measures(project, measures)
    except ValidationError as e:
        raise RowErrors([RowError(rows[0].line, "package", str(x)) for x in e.errors]) from None
    return project, [b[2] for b in built], skipped
