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
