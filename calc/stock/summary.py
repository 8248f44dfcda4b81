"""Totals of a stock run, folded one task result at a time.

Figures the assessment gives per project (standard coal, CO2, investment,
verdict) are summed once per project; floor areas per building. The saving
rates of the projects are kept (one float each) for their distribution; the
indicators read the projects' views again as a stream
(:class:`SpooledViews`), so nothing else grows with the number of rows.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from ..model.project import ELECTRICITY_METHODS

SUMS = ("baseline_tce", "package_tce", "baseline_tco2", "package_tco2", "investment_cny", "subsidy_cny",
        "annual_cost_saving_cny_per_a", *[f"{v}_tce_{m}" for v in ("baseline", "package") for m in ELECTRICITY_METHODS])
HISTOGRAM_EDGES_PCT = tuple(range(0, 65, 5))


def _zero():
    return {"buildings": 0, "projects": 0, "passed_projects": 0, "floor_area_m2": 0.0, "passed_area_m2": 0.0,
            **{k: 0.0 for k in SUMS}}


class StockSummary:
    """Fold task results (``calc.stock.tasks.run_task``) into stock totals."""

    def __init__(self):
        self.total = _zero()
        self.by_city = defaultdict(_zero)
        self.by_network = defaultdict(_zero)
        self.rates, self.areas = [], []
        self.rows_assessed = self.rows_failed = 0
        self.errors = 0
        self.not_applicable = 0
        # GB/T 51161 verdicts of the buildings and why a benchmark does not
        # apply (a handful of distinct reasons), and the projects passing
        # under each electricity method
        self.benchmark = Counter()
        self.benchmark_reasons = Counter()
        self.benchmark_reasons_zh = Counter()  # the same buildings, by the Chinese text of the reason
        self.passed_by_method = Counter()

    def add(self, result: dict) -> None:
        recs = result["records"]
        if result["errors"]:
            self.rows_failed += len(result["rows"])
            self.errors += len(result["errors"])
            return
        self.rows_assessed += len(recs)
        first = recs[0]
        area = sum(r["floor_area_m2"] for r in recs)
        groups = [self.total, self.by_city[first["city"]]]
        if first["network"]:
            groups.append(self.by_network[first["network"]])
        passed = first["verdict"] == "PASS"
        for g in groups:
            g["buildings"] += len(recs)
            g["projects"] += 1
            g["passed_projects"] += passed
            g["floor_area_m2"] += area
            g["passed_area_m2"] += area if passed else 0.0
            for k in SUMS:
                g[k] += first[k] or 0.0
        for r in recs:
            self.benchmark[r.get("gbt51161_verdict") or "n/a"] += 1
            if r.get("gbt51161_not_applicable_reason"):
                self.benchmark_reasons[r["gbt51161_not_applicable_reason"]] += 1
                self.benchmark_reasons_zh[r.get("gbt51161_not_applicable_reason_zh") or
                                          r["gbt51161_not_applicable_reason"]] += 1
        for m in ELECTRICITY_METHODS:
            self.passed_by_method[m] += first.get(f"verdict_{m}") == "PASS"
        if first["saving_rate_pct"] is not None:  # null: not applicable on the basis
            self.rates.append(first["saving_rate_pct"])
        else:
            self.not_applicable += 1
        self.areas.append(area)

    def to_json(self, rows_total: int) -> dict:
        rates = np.asarray(self.rates, float)
        hist, _ = np.histogram(np.clip(rates, HISTOGRAM_EDGES_PCT[0], HISTOGRAM_EDGES_PCT[-1] - 1e-9),
                               bins=HISTOGRAM_EDGES_PCT) if rates.size else (np.zeros(len(HISTOGRAM_EDGES_PCT) - 1), None)
        return {
            "rows_total": rows_total, "rows_assessed": self.rows_assessed, "rows_failed": self.rows_failed,
            "row_errors": self.errors,
            "totals": _finish(self.total),
            "saving_rate_distribution": {
                "edges_pct": list(HISTOGRAM_EDGES_PCT), "projects": [int(x) for x in hist],
                **({f"p{q}_pct": float(np.percentile(rates, q)) for q in (10, 50, 90)} if rates.size else
                   {"p10_pct": None, "p50_pct": None, "p90_pct": None}),
                "not_applicable_projects": self.not_applicable,
                "note": "saving rates below 0 % count in the first bin, 60 % and above in the last",
            },
            "passed_projects_by_electricity_method": {m: self.passed_by_method[m] for m in ELECTRICITY_METHODS},
            "gbt51161_benchmark": {
                "standard": "GB/T 51161-2016", "state": "baseline",
                "buildings_by_verdict": dict(sorted(self.benchmark.items())),
                "not_applicable_reasons": dict(self.benchmark_reasons.most_common()),
                "not_applicable_reasons_zh": dict(self.benchmark_reasons_zh.most_common()),
            },
            "by_city": {k: _finish(v) for k, v in sorted(self.by_city.items())},
            "by_network": {k: _finish(v) for k, v in sorted(self.by_network.items())},
        }


class SpooledViews:
    """The :func:`project_view` of each assessed task, written to a
    temporary file in ``folder`` as the results pass and read back from it
    each time the indicators loop over the projects: a view is a tenth of
    its result line, so the loops parse far less than the results file,
    and memory stays flat in the rows. Use as a context manager (the file
    is removed on exit)."""

    def __init__(self, folder):
        for stale in Path(folder).glob(".views.*.jsonl"):  # left by a run killed while writing its tables
            stale.unlink(missing_ok=True)
        fd, name = tempfile.mkstemp(dir=folder, prefix=".views.", suffix=".jsonl")
        self.path = Path(name)
        self._file = os.fdopen(fd, "wb")

    def add(self, result: dict) -> None:
        if not result["errors"]:
            self._file.write(json.dumps(project_view(result), allow_nan=False).encode("utf-8") + b"\n")

    def __iter__(self):
        self._file.flush()
        with open(self.path, "rb") as f:  # its own handle: two loops may run at once
            for line in f:
                yield json.loads(line)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._file.close()
        self.path.unlink(missing_ok=True)


def project_view(result: dict) -> dict:
    """The fields of a task result the indicators read."""
    recs = result["records"]
    keys = ("building_type", "network", "floor_area_m2", "occupants", "baseline_tce", "package_tce",
            "baseline_coal_tce", "package_coal_tce", "baseline_tco2", "package_tco2",
            "baseline_renewable_share_pct", "package_renewable_share_pct", "baseline_network_loss_share_pct",
            "package_network_loss_share_pct", "network_loss_basis", "network_loss_share_2020_pct", "metered_2020_tce", "metered_2020_tco2",
            "metered_current_tce", "metered_current_tco2", "measures", "verdict", "heat_source",
            "baseline_district_heat_kwh")
    return {"buildings": [{k: r[k] for k in keys} for r in recs]}


def _finish(g: dict) -> dict:
    out = dict(g)
    base, pkg = g["baseline_tce"], g["package_tce"]
    saved_tce, saved_t = base - pkg, g["baseline_tco2"] - g["package_tco2"]
    net = g["investment_cny"] - g["subsidy_cny"]
    out["saving_rate_tce_pct"] = 100.0 * saved_tce / base if base > 0 else None
    out["saving_rate_tco2_pct"] = 100.0 * saved_t / g["baseline_tco2"] if g["baseline_tco2"] > 0 else None
    out["pass_share_projects_pct"] = 100.0 * g["passed_projects"] / g["projects"] if g["projects"] else None
    out["pass_share_area_pct"] = 100.0 * g["passed_area_m2"] / g["floor_area_m2"] if g["floor_area_m2"] else None
    # investment per unit of annual saving (not annualised): what a programme
    # pays for each tce or tCO2 a year it takes off the stock's bill
    out["investment_per_tce_saved_cny_per_tce_a"] = net / saved_tce if saved_tce > 0 else None
    out["investment_per_tco2_saved_cny_per_tco2_a"] = net / saved_t if saved_t > 0 else None
    out["investment_per_m2_cny_per_m2"] = net / g["floor_area_m2"] if g["floor_area_m2"] else None
    return out
