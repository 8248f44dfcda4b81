"""Loaders of the data files in ``datasets/`` -- the only code that opens them.

``cities`` holds the city table and weather files; ``tables`` the libraries,
factors, prices, costs and archetypes.
"""

from .cities import city_names

__all__ = ["city_names"]
