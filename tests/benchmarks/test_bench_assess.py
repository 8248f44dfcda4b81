"""Speed of a whole assessment (targets: ≤ 200 ms without the sensitivity
analysis, ≤ 300 ms with it, median, on the 2-core reference machine).

    python3 -m pytest tests/benchmarks/test_bench_assess.py -o addopts="" --benchmark-enable
"""

import pytest

from calc.assess import assess


@pytest.mark.parametrize("sample", ["residential", "office"])
def test_full_assessment(benchmark, request, sample):
    project = request.getfixturevalue(sample)
    assess(project)   # weather and compiled code warm, as in the running program
    result = benchmark(assess, project)
    assert result.measures


@pytest.mark.parametrize("sample", ["residential", "office"])
def test_assessment_without_sensitivity(benchmark, request, sample):
    project = request.getfixturevalue(sample)
    assess(project, sensitivity=False)
    result = benchmark(assess, project, sensitivity=False)
    assert result.measures


@pytest.mark.parametrize("sample", ["residential", "office"])
def test_full_assessment_after_an_edit(benchmark, request, sample):
    # Every round assesses a project with another heating setpoint, so that
    # nothing derived from the buildings is left over from the round before
    # (the GUI re-assesses after each edit); same target as the full
    # assessment.
    import dataclasses
    import itertools

    from calc.units import Q_

    project = request.getfixturevalue(sample)
    assess(project)
    rounds = itertools.count(1)

    def edited():
        shift = 0.01 * next(rounds)
        buildings = tuple(dataclasses.replace(b, operation=dataclasses.replace(
            b.operation, heating_setpoint=Q_(b.operation.heating_setpoint.to("degC").m + shift, "degC")))
            for b in project.buildings)
        return (dataclasses.replace(project, buildings=buildings),), {}

    result = benchmark.pedantic(assess, setup=edited, rounds=7)
    assert result.measures
