"""Projects generated from the model's own declarations, every field at its
bounds: search for ones the model accepts and the engine cannot assess.

    python3 -m tests.calc.fuzz_schema CASES [SEED]

Each case starts from one of the three samples and sets a few leaf fields
(found by calc.schema.walk_fields) to a bound, just inside a bound, the
middle, every choice or both flags, and may add structure: more buildings,
every supply kind, measures of every kind with parameters at their bounds.
Accepted projects are assessed; failures are counted by kind and one
example of each is written to fuzz_failures.json.
"""

from __future__ import annotations

import collections
import copy
import json
import math
import random
import re
import sys
import traceback
import warnings

from calc.model import MEASURE_PARAMS, SUPPLY_KINDS, Project
from calc.schema import ValidationError, from_data, to_data, walk_fields

from ..conftest import OFFICE, RESIDENTIAL

SHENZHEN = OFFICE.parent / "office_shenzhen_2000s.json"
SAMPLES = [json.loads(p.read_text(encoding="utf-8"))["project"] for p in (RESIDENTIAL, OFFICE, SHENZHEN)]


def _edge_numbers(md, rng):
    lo = md.get("gt") if md.get("gt") is not None else md.get("ge")
    hi = md.get("lt") if md.get("lt") is not None else md.get("le")
    out = []
    if lo is not None:
        out += [lo, lo + 1e-9 * max(1.0, abs(lo)), lo + 1e-3 * max(1.0, abs(lo))]
    if hi is not None:
        out += [hi, hi - 1e-9 * max(1.0, abs(hi)), hi * 0.999 if hi else -1e-3]
    if lo is not None and hi is not None:
        out += [(lo + hi) / 2, rng.uniform(lo, hi)]
    return out or [0.0, 1.0, 1e6]


def edge_value(md, rng):
    """A value of one declared field at or near its bounds, in JSON form."""
    kind = md.get("kind")
    if kind == "qty":
        x = rng.choice(_edge_numbers(md, rng))
        return None if md.get("optional") and rng.random() < 0.2 else f"{float(x)!r} {md['unit']}"
    if kind == "number":
        return float(rng.choice(_edge_numbers(md, rng)))
    if kind == "count":
        lo, hi = md.get("ge") or 0, md.get("le") if md.get("le") is not None else 1000
        return int(rng.choice([lo, lo + 1, hi, hi - 1, (lo + hi) // 2]))
    if kind == "choice":
        return rng.choice(md["options"])
    if kind == "flag":
        return rng.random() < 0.5
    return None


def _set(data, path, value):
    parts = re.findall(r"[^.\[\]]+", path)
    node = data
    for p in parts[:-1]:
        node = node[int(p)] if p.isdigit() else node[p]
    last = parts[-1]
    node[int(last) if last.isdigit() else last] = value


def _leaves(data):
    """Leaf fields of a project, with ``data`` filled to its full form."""
    try:
        project = from_data(Project, data, "")
    except ValidationError:
        return []
    data.clear()
    data.update(to_data(project))
    return [(p, md) for p, _, md in walk_fields(project) if md.get("kind") in ("qty", "number", "count", "choice", "flag")]


def edge_measure(kind, rng):
    params = {}
    for name, decl in MEASURE_PARAMS[kind].items():
        if rng.random() < 0.3:
            continue
        if "options" in decl:
            params[name] = rng.choice(decl["options"])
            continue
        x = float(rng.choice(_edge_numbers(decl, rng)))
        params[name] = x if decl["unit"] == "dimensionless" else f"{x!r} {decl['unit']}"
    return {"kind": kind, "params": params}


def _supply(kind, rng, old):
    s = {"kind": kind, "efficiency": rng.choice([0.01, 0.3, 1.0, 0.9])}
    if kind in ("air_source_heat_pump", "ground_source_heat_pump"):
        s["heat_pump"] = {"carnot_efficiency": rng.choice([1e-6, 0.01, 0.45, 0.999]),
                          "sizing_factor": rng.choice([0.2000001, 0.5, 3.0]),
                          "backup": rng.choice(["electric", "gas_boiler", "none"])}
        if rng.random() < 0.3:
            s["heat_pump"]["capacity"] = f"{rng.choice([1e-6, 0.1, 100000.0])!r} kW"
    if kind == "district_heating" or rng.random() < 0.2:
        s["network"] = copy.deepcopy(old.get("network")) or {"pipes": []}
    return s


PROFILES = {"zeros": ", ".join(["0"] * 24), "ones": ", ".join(["1"] * 24),
            "night": ", ".join(["1"] * 6 + ["0"] * 18)}


def _schedule(rng):
    day = lambda: {k: PROFILES[rng.choice(sorted(PROFILES))] for k in ("weekday", "saturday", "sunday")}  # noqa: E731
    return {q: day() for q in ("occupancy", "internal_gains", "lighting", "appliances", "ventilation",
                               "heating", "cooling")}


def _structure(data, rng):
    """Optional parts the samples leave out: schedules, PV, variants,
    subsidies, holidays."""
    for b in data["buildings"]:
        op = b["operation"]
        if rng.random() < 0.15:
            op["custom_schedule"] = _schedule(rng)
        if rng.random() < 0.1:
            op["holidays"] = rng.choice(["01-01..12-31", "12-30..01-02", "02-28", "07-01..08-31, 01-20..02-20"])
        if rng.random() < 0.1:
            op["first_weekday"] = rng.choice(["weather_year", "monday", "sunday"])
        if rng.random() < 0.15:
            b["pv"] = {"coverage": rng.choice([1e-9, 0.5, 1.0]), "tilt": f"{rng.choice([0.0, 90.0])} deg",
                       "azimuth": f"{rng.choice([0.0, 360.0, 90.0])} deg"}
    if rng.random() < 0.15:
        data["variants"] = [{"name": f"V{i}", "measures": [edge_measure(k, rng) for k in
                                                           rng.sample(sorted(MEASURE_PARAMS), rng.randint(0, 3))]}
                            for i in range(rng.randint(1, 2))]
    if rng.random() < 0.1:
        data.setdefault("economics", {})["subsidies"] = [
            {"basis": rng.choice(["floor_area", "dwelling", "investment_share", "heat_pump_capacity", "pv_power",
                                  "tce_saved"]), "rate": rng.choice([0.0, 1.0, 1e6]),
             "recipient": rng.choice(["owner", "esco"])}]


def generate(rng):
    data = copy.deepcopy(rng.choice(SAMPLES))
    r = rng.random()
    if r < 0.25:
        data["supply"] = _supply(rng.choice(SUPPLY_KINDS), rng, data["supply"])
    if rng.random() < 0.2:
        n = rng.choice([2, 3, 5])
        base = data["buildings"][0]
        data["buildings"] = [dict(copy.deepcopy(base), name=f"B{i}") for i in range(n)]
    if rng.random() < 0.4:
        kinds = rng.sample(sorted(MEASURE_PARAMS), rng.randint(1, 4))
        data["measures"] = [edge_measure(k, rng) for k in kinds]
    _structure(data, rng)
    leaves = _leaves(data)
    if not leaves:
        return data
    for _ in range(rng.randint(1, 8)):
        path, md = rng.choice(leaves)
        _set(data, path, edge_value(md, rng))
    return data


def non_finite(node, where="result"):
    if isinstance(node, float):
        return [] if math.isfinite(node) else [where]
    if isinstance(node, dict):
        return [p for k, v in node.items() for p in non_finite(v, f"{where}.{k}")]
    if isinstance(node, list):
        return [p for i, v in enumerate(node) for p in non_finite(v, f"{where}[{i}]")]
    return []


def check(project, sensitivity=False, uncertainty=0, pdf=None):
    from calc.assess import assess
    from calc.results import to_json

    result = assess(project, sensitivity=sensitivity, uncertainty=uncertainty)
    doc = to_json(result)
    bad = non_finite(doc)
    assert not bad, f"non-finite at {bad[:3]}"
    json.dumps(doc, allow_nan=False)
    comparison = None
    if project.variants:
        from calc.variants import compare

        comparison = compare(project, package_assessment=result)
    if pdf:
        from reports import build_pdf

        for language in ("en", "zh"):
            build_pdf(project, result, pdf, language=language, comparison=comparison)
    return result, comparison


def main(argv):
    cases = int(argv[0]) if argv else 200
    seed = int(argv[1]) if len(argv) > 1 else 0
    rng = random.Random(seed)
    warnings.simplefilter("ignore")
    kinds, examples, n = collections.Counter(), {}, collections.Counter()
    for i in range(cases):
        data = generate(rng)
        n["generated"] += 1
        try:
            project = from_data(Project, data, "project")
        except ValidationError:
            continue
        except Exception as e:  # noqa: BLE001 - a loader crash is a fault too
            project = None
            kind = f"LOADER {type(e).__name__}: {str(e)[:100]}"
            kinds[kind] += 1
            examples.setdefault(kind, data)
            continue
        n["accepted"] += 1
        try:
            check(project, sensitivity=i % 20 == 0, uncertainty=50 if i % 5 == 0 else 0,
                  pdf="fuzz.pdf" if i % 8 == 0 else None)
        except Exception as e:  # noqa: BLE001 - counted by kind
            where = traceback.extract_tb(e.__traceback__)[-1]
            kind = f"{type(e).__name__}: {str(e)[:110]} @ {where.filename.rsplit('/', 1)[-1]}:{where.lineno}"
            kind = re.sub(r"(?<![A-Za-z_])-?\d[\d.]*(e[-+]?\d+)?", "#", kind)
            kinds[kind] += 1
            examples.setdefault(kind, data)
        if i % 25 == 0:
            print(i, dict(n), len(kinds), flush=True)
    print(dict(n))
    for k, c in kinds.most_common():
        print(c, k)
    with open("fuzz_failures.json", "w", encoding="utf-8") as f:
        json.dump(examples, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1:])
