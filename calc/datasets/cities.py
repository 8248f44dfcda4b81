"""The city table (``datasets/cities.csv``)."""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

DATASETS = Path(__file__).resolve().parents[2] / "datasets"


@lru_cache(maxsize=None)
def city_names() -> frozenset[str]:
    """Keys (English names) of the cities in ``datasets/cities.csv``."""
    with open(DATASETS / "cities.csv", encoding="utf-8", newline="") as fh:
        return frozenset(row["city"] for row in csv.DictReader(fh))
