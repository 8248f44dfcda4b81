import os
import sys
from pathlib import Path

import pytest

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
