"""Search for projects the model accepts but the engine cannot assess, and
count the failures by kind instead of stopping at the first (the property
tests in test_property_assess.py stop and shrink).

    python3 -m tests.calc.explore_assess CASES [INSULATION_CASES]

Random generation (a fresh search each run), the same strategies and checks
as the property tests; every 15th accepted project also runs the
sensitivity analysis. Prints the counts and writes one example project of
each failure kind to explore_failures.json in the working directory.
"""

from __future__ import annotations

import collections
import json
import re
import sys
import time
import traceback
import warnings

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from calc.assess import assess

from .test_property_assess import INSULATION, MATERIALS, _between, _build, check_assessable, projects


def main(argv):
    cases = int(argv[0]) if argv else 1000
    insulation_cases = int(argv[1]) if len(argv) > 1 else cases // 5
    warnings.simplefilter("ignore")
    kinds, examples, n = collections.Counter(), {}, collections.Counter()

    def record(kind, data):
        kind = re.sub(r"(?<![A-Za-z_])-?\d[\d.]*(e[-+]?\d+)?", "#", kind)
        kinds[kind] += 1
        examples.setdefault(kind, data)

    @settings(max_examples=cases, deadline=None, database=None, derandomize=False, suppress_health_check=list(HealthCheck))
    @given(projects())
    def search(data):
        project = _build(data)
        n["generated"] += 1
        assume(project is not None)
        n["accepted"] += 1
        try:
            check_assessable(project, sensitivity=n["accepted"] % 15 == 0)
        except Exception as e:  # noqa: BLE001 - counted by kind
            where = traceback.extract_tb(e.__traceback__)[-1]
            record(f"{type(e).__name__}: {str(e)[:110]} @ {where.filename.rsplit('/', 1)[-1]}:{where.lineno}", data)

    @settings(max_examples=max(insulation_cases, 1), deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck))
    @given(projects(), st.sampled_from(INSULATION), st.sampled_from(MATERIALS), _between(20, 300))
    def search_insulation(data, kind, material, thickness):
        data["measures"] = [{"kind": kind, "params": {"material": material, "thickness": f"{thickness!r} mm"}}]
        project = _build(data)
        assume(project is not None)
        n["insulation cases"] += 1
        r = assess(project, sensitivity=False)
        before = sum(b.heating_need.to("kWh").m for b in r.baseline.buildings)
        after = sum(b.heating_need.to("kWh").m for b in r.package.buildings)
        if after > before * (1 + 1e-6) + 1e-6:
            from calc.climate import weather_for_site

            mean_air = float(weather_for_site(project.site).data["temp_air"].mean())
            warm = any(mean_air > b.operation.heating_setpoint.m - 5.0 for b in project.buildings)
            if kind == "floor_insulation" and warm:  # allowed: see test_insulation_never_raises_heating_need
                n["floor insulation raising heating in a warm climate (allowed)"] += 1
            else:
                record(f"{kind} raises heating ({data['site']['city']})", data)

    start = time.time()
    if cases:
        search()
    if insulation_cases:
        search_insulation()
    print(dict(n), f"{time.time() - start:.0f} s; failures: {sum(kinds.values())}")
    for kind, count in kinds.most_common():
        print(count, kind)
    with open("explore_failures.json", "w", encoding="utf-8") as fh:
        json.dump(examples, fh, ensure_ascii=False, indent=1)
    return 1 if kinds else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
