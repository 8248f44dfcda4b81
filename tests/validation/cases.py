"""The validation cases: sample buildings, their envelope packages, and the
climates they are simulated in."""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from calc import projectfile, schema
from calc.envelope import add_insulation
from calc.model import Window
from calc.units import Q_

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "datasets" / "examples"
WEATHER_DIR = ROOT / "datasets" / "weather"
REFERENCE_DIR = Path(__file__).resolve().parent / "reference"

WEATHER = {
    "Beijing": "CHN_Beijing.Beijing.545110_CSWD.epw.gz",
    "Shanghai": "CHN_Shanghai.Shanghai.583620_CSWD.epw.gz",
    "Urumqi": "CHN_Xinjiang.Uygur.Urumqi.514630_CSWD.epw.gz",
    "Zhengzhou": "CHN_Henan.Zhengzhou.570830_CSWD.epw.gz",
}

# Measures that change the envelope (the "envelope package").
ENVELOPE_KINDS = ("wall_insulation", "roof_insulation", "floor_insulation", "window_replacement")


@dataclass(frozen=True)
class Case:
    name: str
    example: str          # file in datasets/examples
    city: str             # key of WEATHER
    package: bool         # True: the project's envelope measures applied
    description: str
    edits: dict = field(default_factory=dict)  # schema paths of buildings[0] -> value

    @property
    def pair(self) -> str:
        """Name of the base case this package case is compared against."""
        return self.name.replace("_package", "_base")


def _cases():
    out = []
    spec = [
        ("res_beijing", "residential_beijing_1980s.json", "Beijing",
         "1980s six-storey brick block, Beijing, continuous heating 15 Nov-15 Mar", {}),
        ("res_urumqi", "residential_beijing_1980s.json", "Urumqi",
         "same block in Urumqi, heating season 10 Oct-10 Apr",
         {"operation.heating_season_start": "10-10", "operation.heating_season_end": "04-10"}),
        ("office_shanghai", "office_shanghai_1990s.json", "Shanghai",
         "1990s five-storey office, Shanghai, intermittent heating 1 Dec-10 Mar", {}),
        ("office_beijing", "office_shanghai_1990s.json", "Beijing",
         "same office in Beijing, heating season 15 Nov-15 Mar",
         {"operation.heating_season_start": "11-15", "operation.heating_season_end": "03-15"}),
    ]
    for stem, example, city, desc, edits in spec:
        out.append(Case(f"{stem}_base", example, city, False, desc, edits))
        out.append(Case(f"{stem}_package", example, city, True, desc + " + envelope package", edits))
    return out


CASES = _cases()
CASE_BY_NAME = {c.name: c for c in CASES}


def weather_path(city: str) -> Path:
    return WEATHER_DIR / WEATHER[city]


def _insulation_products():
    with open(ROOT / "datasets" / "tables" / "insulation_products.csv", encoding="utf-8") as f:
        return {row["product"]: row for row in csv.DictReader(f)}


def _apply_envelope_own(project, measure):
    """The envelope measures written out in this file, used when
    ``calc.measures`` does not implement a kind yet: insulation outside the
    wall / on the roof with the product's GB 50176 design conductivity,
    or a new window."""
    b = project.buildings[0]
    p = measure.params
    if measure.kind in ("wall_insulation", "roof_insulation", "floor_insulation"):
        prod = _insulation_products()[p["material"]]
        element = {"wall_insulation": "wall", "roof_insulation": "roof",
                   "floor_insulation": "ground_floor"}[measure.kind]
        new = add_insulation(getattr(b, element), p["material"], p["thickness"],
                             Q_(float(prod["design_conductivity_w_mk"]), "W/(m*K)"),
                             inside=element == "ground_floor",
                             density=Q_(float(prod["density_kg_m3"]), "kg/m**3"),
                             specific_heat=Q_(float(prod["specific_heat_j_kgk"]), "J/(kg*K)"))
        return schema.set_path(project, f"buildings[0].{element}", new)
    if measure.kind == "window_replacement":
        win = Window(name="replacement window", u_value=p["u_value"],
                     shgc=float(p["shgc"].to("dimensionless").m),
                     frame_fraction=float(p["frame_fraction"].to("dimensionless").m),
                     shading_factor=b.window.shading_factor)
        return schema.set_path(project, "buildings[0].window", win)
    raise ValueError(measure.kind)


def build(case: Case):
    """(building, measures_source) of one case: the example project's first
    building with the case's edits and, for a package case, the project's
    enabled envelope measures applied."""
    project = projectfile.load(EXAMPLES / case.example)
    for path, value in case.edits.items():
        project = schema.set_path(project, f"buildings[0].{path}", value)
    source = "none"
    if case.package:
        try:
            from calc.measures import APPLY, apply_measure
        except ImportError:  # pragma: no cover
            APPLY, apply_measure = {}, None
        sources = set()
        for m in project.measures:
            if not m.enabled or m.kind not in ENVELOPE_KINDS:
                continue
            if m.kind in APPLY:
                project = apply_measure(project, m)
                sources.add("calc.measures")
            else:
                project = _apply_envelope_own(project, m)
                sources.add("case definition")
        source = " + ".join(sorted(sources))
    return project.buildings[0], source


def fingerprint(building) -> str:
    """SHA-256 of the building's JSON form: a reference is only valid for
    the building it was computed for."""
    text = json.dumps(schema.to_data(building), sort_keys=True, ensure_ascii=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def package_measures(case: Case):
    project = projectfile.load(EXAMPLES / case.example)
    return [m.kind for m in project.measures if m.enabled and m.kind in ENVELOPE_KINDS]
