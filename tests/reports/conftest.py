"""Fixtures of the report tests (the hand-made Assessment is in fixtures.py)."""

from __future__ import annotations

import pytest

from .fixtures import SAMPLES, load_sample


@pytest.fixture(params=SAMPLES)
def sample(request):
    return load_sample(request.param)


@pytest.fixture
def residential():
    return load_sample("residential_beijing_1980s")


@pytest.fixture
def office():
    return load_sample("office_shanghai_1990s")


@pytest.fixture(scope="session")
def real_assessments():
    """The real engine's assessment of both samples (once per session: it is
    the slow part)."""
    from calc.assess import assess

    out = {}
    for name in SAMPLES:
        project = load_sample(name)
        out[name] = (project, assess(project))
    return out
