"""Loaders of the data files in ``datasets/`` -- the only code that opens them.

``cities`` holds the city table and weather files; ``tables`` the libraries,
factors, prices, costs and archetypes.
"""

from .cities import city_names
from .tables import (
    CostData, TableError, calorific_value, co2_factor, measure_cost_data, standard_coal_factor,
    standard_coal_per_kwh, table,
)

__all__ = [
    "city_names", "CostData", "TableError", "calorific_value", "co2_factor", "measure_cost_data",
    "standard_coal_factor", "standard_coal_per_kwh", "table",
]
