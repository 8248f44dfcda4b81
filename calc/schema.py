"""Declarative fields for the immutable model: units, ranges, choices.

A model class is a frozen dataclass whose fields are declared with
:func:`qty`, :func:`choice`, :func:`text`, :func:`count` or :func:`flag`.
Construction validates every field (dimension, range, choice) and the
class's own cross-field rules (a ``_rules(self)`` generator of
``(field, value, message)``); all problems found are raised together as one
:class:`ValidationError` whose entries name the field path, the value and
what is allowed.

The same declarations drive the JSON form of the model (:func:`to_data`,
:func:`from_data`): every quantity is written as ``"<float> <unit>"`` in the
field's declared unit, so a file reads naturally and round-trips exactly.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import types
from dataclasses import MISSING, dataclass, field
from typing import Any, Iterator

import pint

from .units import Q_, UnitInputError, _container, _same, format_quantity, parse_quantity


@dataclass(frozen=True)
class FieldError:
    """One problem: where (dotted JSON path), the offending value, and why."""

    path: str
    value: Any
    message: str

    def __str__(self) -> str:
        shown = _show(self.value)
        return f"{self.path or '(root)'} = {shown}: {self.message}"


def _show(value: Any) -> str:
    if isinstance(value, pint.Quantity):
        return f"{value.magnitude:g} {value.units:~P}"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


class ValidationError(ValueError):
    """One or more invalid inputs. ``errors`` lists them; ``str()`` gives one
    line per problem."""

    def __init__(self, errors: list[FieldError]):
        self.errors = list(errors)
        super().__init__("\n".join(str(e) for e in self.errors))

    def prefixed(self, prefix: str) -> "ValidationError":
        return ValidationError([
            FieldError(join_path(prefix, e.path), e.value, e.message) for e in self.errors
        ])


def join_path(prefix: str, path: str) -> str:
    if not prefix:
        return path
    if not path:
        return prefix
    return prefix + path if path.startswith("[") else f"{prefix}.{path}"


# --------------------------------------------------------------------------
# field declarations

def _meta_field(default, kind: str, doc: str, **meta):
    md = {"kind": kind, "doc": doc, **meta}
    if default is MISSING:
        return field(metadata=md)
    if isinstance(default, (list, dict)):
        raise TypeError("mutable default")
    return field(default=default, metadata=md)


def qty(unit: str, *, default=MISSING, gt=None, ge=None, lt=None, le=None,
        optional: bool = False, doc: str = ""):
    """A pint quantity stored in ``unit``; bounds are magnitudes in ``unit``.
    ``default`` may be given as a plain number in ``unit``."""
    if default is not MISSING and default is not None and not isinstance(default, pint.Quantity):
        default = Q_(default, unit)
    return _meta_field(default, "qty", doc, unit=unit, gt=gt, ge=ge, lt=lt, le=le, optional=optional)


def choice(options: tuple[str, ...], *, default=MISSING, doc: str = ""):
    """A string from a fixed list of options."""
    return _meta_field(default, "choice", doc, options=tuple(options))


def text(*, default=MISSING, nonempty: bool = False, doc: str = ""):
    return _meta_field(default, "text", doc, nonempty=nonempty)


def count(*, default=MISSING, ge: int | None = None, le: int | None = None, doc: str = ""):
    """A whole number."""
    return _meta_field(default, "count", doc, ge=ge, le=le)


def number(*, default=MISSING, ge=None, le=None, gt=None, lt=None, doc: str = ""):
    """A dimensionless real number (a fraction, a factor)."""
    return _meta_field(default, "number", doc, ge=ge, le=le, gt=gt, lt=lt)


def flag(*, default=MISSING, doc: str = ""):
    return _meta_field(default, "flag", doc)


def child(cls, *, default=MISSING, optional: bool = False, doc: str = ""):
    """A nested model object (``optional``: may be ``None``)."""
    if default is MISSING and optional:
        default = None
    if default is not MISSING and default is not None:
        return field(default_factory=lambda: default, metadata={"kind": "child", "cls": cls, "optional": optional, "doc": doc})
    return _meta_field(default, "child", doc, cls=cls, optional=optional)


def children(cls, *, default=(), min_items: int = 0, doc: str = ""):
    """A tuple of nested model objects."""
    return _meta_field(tuple(default), "children", doc, cls=cls, min_items=min_items)


def mapping(*, default=MISSING, doc: str = ""):
    """A ``dict`` of name -> scalar, quantity or text, validated by the owning
    class's ``_rules`` (measure parameters)."""
    if default is MISSING:
        default = types.MappingProxyType({})
    return field(default_factory=lambda: dict(default), metadata={"kind": "mapping", "doc": doc})


def names(*, default=(), doc: str = ""):
    """A tuple of strings (field paths, tags)."""
    return _meta_field(tuple(default), "names", doc)


# --------------------------------------------------------------------------
# validation

def _bounds_message(md) -> str:
    parts = []
    u = md.get("unit", "")
    for key, sym in (("gt", ">"), ("ge", "≥"), ("lt", "<"), ("le", "≤")):
        if md.get(key) is not None:
            parts.append(f"{sym} {md[key]:g}{' ' + u if u else ''}")
    return "must be " + " and ".join(parts)


def _check_bounds(x: float, md) -> bool:
    if md.get("gt") is not None and not x > md["gt"]:
        return False
    if md.get("ge") is not None and not x >= md["ge"]:
        return False
    if md.get("lt") is not None and not x < md["lt"]:
        return False
    if md.get("le") is not None and not x <= md["le"]:
        return False
    return True


def _coerce_field(obj, f) -> list[FieldError]:
    """Check and normalise one field in place (object.__setattr__ on a frozen
    dataclass is the documented escape hatch for __post_init__)."""
    md = f.metadata
    kind = md.get("kind")
    value = getattr(obj, f.name)
    name = f.name
    if kind == "qty":
        if value is None:
            return [] if md["optional"] else [FieldError(name, value, f"required, a value in {md['unit']}")]
        if not isinstance(value, pint.Quantity):
            return [FieldError(name, value, f"expected a quantity in {md['unit']}")]
        # a float already in the field's unit (every field a measure or
        # replace() carries over from a validated object) is kept as it is:
        # the conversion and float() would give the same number
        kept = type(value._magnitude) is float and _same(value._units, _container(md["unit"]))
        if kept:
            x = value._magnitude
        else:
            try:
                q = value.to(md["unit"])
            except pint.DimensionalityError:
                return [FieldError(name, value, f"wrong kind of unit; expected a value in {md['unit']}")]
            x = float(q.magnitude)
        if not math.isfinite(x):
            return [FieldError(name, value, "must be a finite number")]
        if not _check_bounds(x, md):
            return [FieldError(name, value, _bounds_message(md))]
        if not kept:
            object.__setattr__(obj, name, Q_(x, md["unit"]))
    elif kind == "choice":
        if value not in md["options"]:
            return [FieldError(name, value, "must be one of " + ", ".join(md["options"]))]
    elif kind == "text":
        if not isinstance(value, str):
            return [FieldError(name, value, "must be text")]
        if not _is_unicode(value):
            return [FieldError(name, value, "contains a lone surrogate (not valid Unicode text; cannot be saved)")]
        if md["nonempty"] and not value.strip():
            return [FieldError(name, value, "must not be empty")]
    elif kind in ("count", "number"):
        ok_type = isinstance(value, int) if kind == "count" else isinstance(value, (int, float))
        if isinstance(value, bool) or not ok_type:
            return [FieldError(name, value, "must be a whole number" if kind == "count" else "must be a number")]
        if kind == "number":
            value = float(value)
            if not math.isfinite(value):
                return [FieldError(name, value, "must be a finite number")]
            object.__setattr__(obj, name, value)
        if not _check_bounds(value, md):
            return [FieldError(name, value, _bounds_message(md))]
    elif kind == "flag":
        if not isinstance(value, bool):
            return [FieldError(name, value, "must be true or false")]
    elif kind == "child":
        if value is None:
            return [] if md["optional"] else [FieldError(name, value, "required")]
        if not isinstance(value, md["cls"]):
            return [FieldError(name, value, f"expected {md['cls'].__name__}")]
    elif kind == "children":
        if isinstance(value, list):
            value = tuple(value)
            object.__setattr__(obj, name, value)
        if not isinstance(value, tuple) or not all(isinstance(v, md["cls"]) for v in value):
            return [FieldError(name, value, f"expected a list of {md['cls'].__name__}")]
        if len(value) < md["min_items"]:
            return [FieldError(name, len(value), f"needs at least {md['min_items']} item(s)")]
    elif kind == "names":
        if isinstance(value, list):
            value = tuple(value)
            object.__setattr__(obj, name, value)
        if not isinstance(value, tuple) or not all(isinstance(v, str) for v in value):
            return [FieldError(name, value, "expected a list of text")]
    return []


class Model:
    """Base of every model class: validates on construction."""

    def __post_init__(self):
        errors: list[FieldError] = []
        for f in dataclasses.fields(self):
            errors.extend(_coerce_field(self, f))
        if not errors:
            errors.extend(FieldError(p, v, m) for p, v, m in self._rules())
        if errors:
            raise ValidationError(errors)

    def _rules(self) -> Iterator[tuple[str, Any, str]]:
        return iter(())

    def replace(self, **changes):
        """A copy with some fields changed (validated like any new object)."""
        return dataclasses.replace(self, **changes)


def model(cls):
    """Class decorator: a frozen, validated dataclass whose hash is computed
    once (hashing pint quantities is slow, and the simulation memos hash
    buildings many times per assessment)."""
    cls = dataclass(frozen=True, eq=True, kw_only=True)(cls)
    compared = tuple(f.name for f in dataclasses.fields(cls) if f.compare)

    def __hash__(self):
        cached = self.__dict__.get("_hash")
        if cached is None:
            # as the dataclass hash, with mapping fields (measure
            # parameters) hashed by their sorted items
            cached = hash(tuple(_hashable(getattr(self, name)) for name in compared))
            object.__setattr__(self, "_hash", cached)
        return cached

    def __eq__(self, other):
        # The memos look buildings and constructions up by value, and every
        # row of a stock rebuilds its archetype's equal parts: pint compares
        # each quantity through its operator machinery, here a quantity in
        # the field's unit (as validation leaves it) compares its magnitude.
        if self is other:
            return True
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine, theirs = self.__dict__.get("_hash"), other.__dict__.get("_hash")
        if mine is not None and theirs is not None and mine != theirs:
            return False
        return all(_equal_values(getattr(self, name), getattr(other, name)) for name in compared)

    cls.__hash__ = __hash__
    cls.__eq__ = __eq__
    return cls


def _equal_values(a, b) -> bool:
    """``a == b`` as a dataclass compares its fields, faster for quantities
    of one unit."""
    if a is b:
        return True
    if isinstance(a, pint.Quantity) and isinstance(b, pint.Quantity) and type(a._magnitude) is float \
            and type(b._magnitude) is float and _same(a._units, b._units):
        return a._magnitude == b._magnitude
    return bool(a == b)


def _hashable(value):
    if isinstance(value, dict):
        return tuple(sorted((k, _hashable(v)) for k, v in value.items()))
    if isinstance(value, pint.Quantity) and isinstance(value._magnitude, (int, float)):
        # pint hashes a quantity by converting it to base units, building
        # new quantities each time; the factor to the root units is the
        # same for every quantity of a unit, so equal quantities still hash
        # alike (offset units such as °C keep pint's hash)
        root = _root_factor(value._units)
        if root is not None:
            return ("quantity", value._magnitude * root[0], root[1])
    return value


@functools.lru_cache(maxsize=512)
def _root_factor(units):
    """(magnitude of 1 ``units`` in root units, the root units), or None
    for offset units."""
    one = Q_(1.0, units)
    if not one._is_multiplicative:
        return None
    root = one.to_root_units()
    return root.magnitude, root._units


# --------------------------------------------------------------------------
# JSON form

def to_data(obj) -> Any:
    """The JSON-ready form of a model object: dicts in field order, quantities
    as ``"<float> <unit>"``."""
    if obj is None or isinstance(obj, (str, bool, int, float)):
        return obj
    if isinstance(obj, pint.Quantity):
        raise TypeError("bare quantity outside a declared field")
    out = {}
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        kind = f.metadata.get("kind")
        if kind == "qty":
            out[f.name] = None if value is None else format_quantity(value, f.metadata["unit"])
        elif kind == "child":
            out[f.name] = None if value is None else to_data(value)
        elif kind == "children":
            out[f.name] = [to_data(v) for v in value]
        elif kind == "names":
            out[f.name] = list(value)
        elif kind == "mapping":
            out[f.name] = getattr(obj, f"_data_of_{f.name}")()
        else:
            out[f.name] = value
    return out


def from_data(cls, data: Any, path: str = ""):
    """Build ``cls`` from its JSON form, collecting every problem with its
    JSON path. Raises :class:`ValidationError`."""
    if not isinstance(data, dict):
        raise ValidationError([FieldError(path, data, f"expected an object ({cls.__name__})")])
    errors: list[FieldError] = []
    kwargs: dict[str, Any] = {}
    known = {f.name for f in dataclasses.fields(cls)}
    for key in data:
        if key not in known:
            errors.append(FieldError(join_path(path, key), data[key],
                                     "unknown field; allowed: " + ", ".join(sorted(known))))
    for f in dataclasses.fields(cls):
        p = join_path(path, f.name)
        if f.name not in data:
            if f.default is MISSING and f.default_factory is MISSING:
                errors.append(FieldError(p, None, "missing required field"))
            continue
        try:
            kwargs[f.name] = _field_from_data(f, data[f.name], p)
        except ValidationError as e:
            errors.extend(e.errors)
            continue
        # check the field on its own too, so one file reports all its problems
        holder = types.SimpleNamespace(**{f.name: kwargs[f.name]})
        errors.extend(FieldError(p, e.value, e.message) for e in _coerce_field(holder, f))
    data_problems = getattr(cls, "_data_problems", None)
    if data_problems is not None:
        errors.extend(FieldError(join_path(path, q), v, m) for q, v, m in data_problems(data))
    if errors:
        raise ValidationError(errors)
    try:
        return cls(**kwargs)
    except ValidationError as e:
        raise e.prefixed(path) from None


def _field_from_data(f, raw, p):
    md = f.metadata
    kind = md.get("kind")
    if kind == "qty":
        if raw is None:
            return None
        return quantity_from_data(raw, md["unit"], p)
    if kind == "child":
        return None if raw is None else from_data(md["cls"], raw, p)
    if kind == "children":
        if not isinstance(raw, list):
            raise ValidationError([FieldError(p, raw, "expected a list")])
        out, errors = [], []
        for i, item in enumerate(raw):
            try:
                out.append(from_data(md["cls"], item, f"{p}[{i}]"))
            except ValidationError as e:
                errors.extend(e.errors)
        if errors:
            raise ValidationError(errors)
        return tuple(out)
    if kind == "names":
        if not isinstance(raw, list):
            raise ValidationError([FieldError(p, raw, "expected a list of text")])
        return tuple(raw)
    if kind == "mapping":
        if not isinstance(raw, dict):
            raise ValidationError([FieldError(p, raw, "expected an object")])
        return dict(raw)
    if kind == "number" and isinstance(raw, int) and not isinstance(raw, bool):
        return float(raw)
    if isinstance(raw, float) and not math.isfinite(raw):
        raise ValidationError([FieldError(p, raw, "must be a finite number")])
    return raw


# Longest text read as a quantity ("-1234.5678e-10 kg/(m**2*K)" is 25).
MAX_QUANTITY_CHARS = 100


def _is_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _is_bare_number(raw) -> bool:
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return True
    try:
        float(raw.strip())
    except (ValueError, AttributeError):
        return False
    return True


def quantity_from_data(raw, unit: str, path: str):
    """A quantity as written in a file: text with its unit ("370 mm").

    A number without a unit is refused for any field that has one: "0.37"
    in a thickness field would be 0.37 mm, and a file should not depend on
    the reader guessing. Dimensionless fields take plain numbers.
    Raises :class:`ValidationError` at ``path``; the value is echoed
    shortened, once."""
    if isinstance(raw, bool) or not isinstance(raw, (str, int, float)):
        raise ValidationError([FieldError(path, raw, f"expected text such as '1.0 {unit}'")])
    if isinstance(raw, str) and len(raw) > MAX_QUANTITY_CHARS:
        raise ValidationError([FieldError(path, raw, f"too long for a quantity (at most {MAX_QUANTITY_CHARS} "
                                                     f"characters, such as '1.0 {unit}')")])
    if unit != "dimensionless" and _is_bare_number(raw):
        raise ValidationError([FieldError(path, raw, f"a number without a unit; write the unit, e.g. "
                                                     f"'{_as_number_text(raw)} {unit}'")])
    try:
        return parse_quantity(raw, unit, field=path)
    except UnitInputError as e:
        message = str(e).split(": ", 1)[-1].replace(repr(raw), "the value")
        raise ValidationError([FieldError(path, raw, message)]) from None


def _as_number_text(raw) -> str:
    return raw.strip() if isinstance(raw, str) else f"{raw:g}"


def field_spec(cls, name: str) -> dict:
    """The declaration (unit, bounds, options, doc) of one field, for forms."""
    for f in dataclasses.fields(cls):
        if f.name == name:
            return dict(f.metadata)
    raise KeyError(f"{cls.__name__} has no field {name!r}")


def get_path(obj, path: str):
    """Value at a dotted path such as ``buildings[0].envelope.wall.u_value``."""
    for part in _split(path):
        obj = obj[part] if isinstance(part, int) else (obj[part] if isinstance(obj, dict) else getattr(obj, part))
    return obj


def set_path(obj, path: str, value):
    """A new root with the value at ``path`` replaced; every object on the way
    is rebuilt (and so validated). Errors come back with the full path."""
    parts = _split(path)
    return _set(obj, parts, value, "")


def _set(obj, parts, value, prefix):
    if not parts:
        return value
    head, rest = parts[0], parts[1:]
    here = f"{prefix}[{head}]" if isinstance(head, int) else join_path(prefix, head)
    if isinstance(head, int):
        items = list(obj)
        items[head] = _set(items[head], rest, value, here)
        return tuple(items)
    if isinstance(obj, dict):
        new = dict(obj)
        new[head] = _set(obj.get(head), rest, value, here)
        return new
    new_value = _set(getattr(obj, head), rest, value, here)
    try:
        return dataclasses.replace(obj, **{head: new_value})
    except ValidationError as e:
        raise e.prefixed(prefix) from None


def _split(path: str) -> list:
    parts: list = []
    for chunk in path.split("."):
        while "[" in chunk:
            name, _, rest = chunk.partition("[")
            if name:
                parts.append(name)
            idx, _, chunk = rest.partition("]")
            parts.append(int(idx))
        if chunk:
            parts.append(chunk)
    return parts


def walk_fields(obj, prefix: str = "") -> Iterator[tuple[str, Any, dict]]:
    """Every leaf field as ``(path, value, declaration)``, depth first."""
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        p = join_path(prefix, f.name)
        kind = f.metadata.get("kind")
        if kind == "child" and value is not None:
            yield from walk_fields(value, p)
        elif kind == "children":
            for i, item in enumerate(value):
                yield from walk_fields(item, f"{p}[{i}]")
        else:
            yield p, value, dict(f.metadata)



def paths_without_item(paths, collection: str, index: int) -> tuple:
    """Field paths after item ``index`` of the list ``collection`` is removed:
    paths into that item are dropped, paths into later items move down by
    one (``buildings[2].wall`` -> ``buildings[1].wall``), the rest stay."""
    head = f"{collection}["
    out = []
    for p in paths:
        if not p.startswith(head):
            out.append(p)
            continue
        idx_text, _, rest = p[len(head):].partition("]")
        j = int(idx_text)
        if j < index:
            out.append(p)
        elif j > index:
            out.append(f"{head}{j - 1}]{rest}")
    return tuple(out)
