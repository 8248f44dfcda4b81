"""A one-storey 3 m × 3 m cell in every city of the city table assesses to
finite numbers (the check of test_property_assess.py): the smallest block
against each climate, weather file and grid region."""

from __future__ import annotations

import pytest

from calc.datasets import city_names
from calc.projectfile import load
from calc.schema import set_path
from calc.units import Q_

from ..conftest import RESIDENTIAL
from .test_property_assess import check_assessable

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")

CELL = load(RESIDENTIAL)
for path, value in {"geometry.length": Q_(3, "m"), "geometry.width": Q_(3, "m"), "geometry.storeys": 1}.items():
    CELL = set_path(CELL, "buildings[0]." + path, value)


@pytest.mark.parametrize("city", sorted(city_names()))
def test_a_3m_cell_in_every_city(city):
    check_assessable(set_path(CELL, "site.city", city))
