import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

# The suite is the gate for every change: property tests run the same
# examples each time (HYPOTHESIS_PROFILE=explore searches afresh, with more
# examples, when hunting for counterexamples).
settings.register_profile("gate", derandomize=True, database=None)
settings.register_profile("explore", max_examples=300, database=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "gate"))

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

EXAMPLES = ROOT / "datasets" / "examples"
RESIDENTIAL = EXAMPLES / "residential_beijing_1980s.json"
OFFICE = EXAMPLES / "office_shanghai_1990s.json"


@pytest.fixture(scope="session")
def residential():
    from calc.projectfile import load

    return load(RESIDENTIAL)


@pytest.fixture(scope="session")
def office():
    from calc.projectfile import load

    return load(OFFICE)
