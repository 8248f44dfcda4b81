"""Benchmark: building the PDF report from a finished assessment (goal: at
most 2 s per report). Run with ``pytest tests/benchmarks/test_bench_report.py
--benchmark-only``. Uses the real engine's assessment when calc.assess
exists, else the hand-made fixture assessment; the assessment itself is not
timed."""

import pytest

from reports import build_pdf
from calc.assess import assess
from tests.reports.fixtures import SAMPLES, load_sample


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("name", SAMPLES)
def test_bench_build_pdf(benchmark, name, language, tmp_path):
    project = load_sample(name)
    assessment = assess(project)
    path = tmp_path / "report.pdf"
    result = benchmark(build_pdf, project, assessment, path, language)
    assert result == path and path.stat().st_size > 10_000
