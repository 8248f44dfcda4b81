"""Stock lists for the tests: every climate zone, use, era and heat source,
with networks, metered energy and an override column."""

from __future__ import annotations

import csv
import itertools
from pathlib import Path

from calc.model import ERAS, USES
from calc.model.supply import SUPPLY_KINDS

# two cities of each climate zone (GB 50176-2016), from the city table
CITIES = {"severe_cold": ("Harbin", "Urumqi"), "cold": ("Beijing", "Xian"), "hscw": ("Shanghai", "Wuhan"),
          "hsww": ("Guangzhou", "Nanning"), "mild": ("Kunming", "Guiyang")}
HEADER = ["id", "name", "city", "use", "era", "floor_area [m²]", "storeys", "heat_source", "network", "occupants",
          "network_loss_share_2020 [%]", "metered_2020.electricity [kWh]", "metered_current.electricity [kWh]",
          "wall.u_value [W/(m²·K)]"]


def stock_rows(n: int) -> list[list[str]]:
    """``n`` rows cycling through zones x uses x eras x heat sources; every
    tenth residential row in the cold and severe-cold zones joins a network
    of its city."""
    cities = [c for pair in CITIES.values() for c in pair]
    combos = itertools.cycle(itertools.product(range(len(cities)), range(len(USES)), range(len(ERAS))))
    rows = []
    for i in range(n):
        ci, ui, ei = next(combos)
        city, use, era = cities[(ci + i) % len(cities)], USES[(ui + i) % len(USES)], ERAS[(ei + 2 * i) % len(ERAS)]
        kind = SUPPLY_KINDS[i % len(SUPPLY_KINDS)]
        network = ""
        if use == "residential" and city in ("Harbin", "Beijing") and i % 3 == 0:
            network, kind = f"{city}-net", ""
        area = 1500 + (i * 733) % 9000
        public = use != "residential"
        rows.append([f"B{i:04d}", f"building {i}", city, use, era, str(area), "" if i % 4 else str(3 + i % 6), kind,
                     network, str(area // 25) if public else "", "15" if network else "",
                     str(area * 60) if public else "", str(area * 55) if public else "",
                     "0.9" if i % 7 == 0 else ""])
    return rows


def write_stock(path: Path, rows, header=HEADER) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path
