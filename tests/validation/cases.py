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

US_WEATHER_DIR = Path(__file__).resolve().parent / "weather"

WEATHER = {
    "Beijing": "CHN_Beijing.Beijing.545110_CSWD.epw.gz",
    "Shanghai": "CHN_Shanghai.Shanghai.583620_CSWD.epw.gz",
    "Urumqi": "CHN_Xinjiang.Uygur.Urumqi.514630_CSWD.epw.gz",
    "Zhengzhou": "CHN_Henan.Zhengzhou.570830_CSWD.epw.gz",
    "Chengdu": "CHN_Sichuan.Chengdu.562940_CSWD.epw.gz",
    "Shenzhen": "CHN_Guangdong.Shenzhen.594930_SWERA.mos.gz",
    # US TMY3 files of the EnergyPlus distribution (public-domain NREL data),
    # copied into tests/validation/weather so the tests run without it
    "Golden": "USA_CO_Golden-NREL.724666_TMY3.epw.gz",
    "Tampa": "USA_FL_Tampa.Intl.AP.722110_TMY3.epw.gz",
    "Chicago": "USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw.gz",
}
# The archetype tables know Chinese cities only; a US climate takes the
# climate zone, heating season and constructions of a Chinese city of
# similar climate (GB 50176 zone by degree days: Golden and Chicago cold,
# Tampa hot-summer warm-winter).
US_PROXY_CITY = {"Golden": "Beijing", "Chicago": "Urumqi", "Tampa": "Shenzhen"}
CITIES = ("Urumqi", "Beijing", "Zhengzhou", "Shanghai", "Chengdu", "Shenzhen", "Golden", "Tampa", "Chicago")
SAMPLE_USES = ("residential", "office", "school", "hotel", "retail", "hospital")
SAMPLE_ERAS = ("pre_1986", "1986_1995", "1996_2004", "2005_2015", "2016_on")
SAMPLE_ROTATIONS = (0.0, 45.0, 90.0)
SAMPLE_MASS = ("light", "heavy")
SAMPLE_SEED = 20240611
SAMPLE_SIZE = 24

# Measures that change the envelope (the "envelope package").
ENVELOPE_KINDS = ("wall_insulation", "roof_insulation", "floor_insulation", "window_replacement")


@dataclass(frozen=True)
class Case:
    name: str
    example: str          # file in datasets/examples ('' for an archetype case)
    city: str             # key of WEATHER
    package: bool         # True: the project's envelope measures applied
    description: str
    edits: dict = field(default_factory=dict)  # schema paths of buildings[0] -> value
    archetype: tuple = ()  # (city, use, era) of calc.archetypes.project_from_archetype

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
    return out + sampled_cases()


def sampled_cases(n: int = SAMPLE_SIZE, seed: int = SAMPLE_SEED):
    """Archetype buildings (calc.archetypes) drawn by a fixed seeded sampler:
    city (six Chinese weather files and three US TMY3 climates), use, era,
    rotation 0/45/90° and light or heavy internal mass. Each city appears at
    least twice and each use four times (both cycled, the rest drawn), and
    no (city, use, era) twice."""
    import numpy as np

    rng = np.random.default_rng(seed)
    uses = [SAMPLE_USES[i] for i in rng.permutation(len(SAMPLE_USES))]
    out, seen = [], set()
    while len(out) < n:
        city = CITIES[len(out) % len(CITIES)]
        use = uses[len(out) % len(uses)]
        era = SAMPLE_ERAS[rng.integers(len(SAMPLE_ERAS))]
        rot = SAMPLE_ROTATIONS[rng.integers(len(SAMPLE_ROTATIONS))]
        mass = SAMPLE_MASS[rng.integers(len(SAMPLE_MASS))]
        key = (city, use, era)
        if key in seen:
            continue
        seen.add(key)
        proxy = US_PROXY_CITY.get(city, city)
        name = f"s{len(out) + 1:02d}_{city.lower()}_{use}_{era}_r{rot:.0f}_{mass}"
        desc = (f"archetype {use} {era} ({proxy} tables), {city} weather, rotated {rot:.0f}°, "
                f"{mass} internal mass")
        out.append(Case(name, "", city, False, desc,
                        {"geometry.rotation": f"{rot:g} deg", "thermal_mass": mass}, (proxy, use, era)))
    return out


CASES = _cases()
CASE_BY_NAME = {c.name: c for c in CASES}
# the sample-project cases (envelope packages) and the sampled archetypes
CORE_CASES = [c for c in CASES if not c.archetype]
SAMPLED_CASES = [c for c in CASES if c.archetype]


def weather_path(city: str) -> Path:
    if city in US_PROXY_CITY:
        return US_WEATHER_DIR / WEATHER[city]
    return WEATHER_DIR / WEATHER[city]


def china_clock_epw_text(text: str) -> str:
    """An EPW's text with the LOCATION line moved to China Standard Time
    (+8 h), the engine reader's only time zone: the clock of the records is
    kept and the longitude is shifted by 15° per hour of zone difference, so
    the solar hour angle of every record is unchanged (the UTC date moves by
    the zone difference, which changes the declination by < 0.2°)."""
    lines = text.split("\n")
    p = lines[0].split(",")
    tz = float(p[8])
    p[7] = f"{float(p[7]) + 15.0 * (8.0 - tz):.3f}"
    p[8] = "8.0"
    lines[0] = ",".join(p)
    return "\n".join(lines)


def read_weather(city: str):
    """The engine's weather of a case city (calc.climate readers; US files
    via :func:`china_clock_epw_text`)."""
    from calc import climate
    from calc.datasets.cities import read_weather_text

    path = weather_path(city)
    if city in US_PROXY_CITY:
        return climate.parse_epw(china_clock_epw_text(read_weather_text(path)), name=str(path))
    return climate.read_weather_file(path)


def epw_for_energyplus(city: str, directory) -> Path:
    """An uncompressed EPW of the city's weather for EnergyPlus; a Modelica
    ``.mos`` table is written back to EPW (row k+1 holds EPW record k, see
    calc.climate.read_mos; the 31 Dec 24:00 record repeats the hour before,
    as the engine's reader does)."""
    import gzip

    src = weather_path(city)
    out = Path(directory) / src.name.replace(".gz", "").replace(".mos", ".epw")
    if out.exists():
        return out
    opener = gzip.open if src.suffix == ".gz" else open
    with opener(src, "rt", encoding="latin-1") as f:
        text = f.read()
    if ".mos" not in src.name:
        out.write_text(text, encoding="latin-1")
        return out
    lines = text.splitlines()
    header = [ln[1:] for ln in lines
              if ln.startswith("#") and ln[1:2].isalpha() and not (ln[1] == "C" and ln[2:3].isdigit())]
    rows = [ln.split() for ln in lines if ln and not ln.startswith(("#", "double"))]
    rows = rows[1:] + rows[-1:]
    import datetime as dt
    body = []
    for k, r in enumerate(rows):
        t = dt.datetime(2001, 1, 1) + dt.timedelta(hours=k)
        body.append(",".join([str(2001), str(t.month), str(t.day), str(t.hour + 1), "60", "?9?9?9?9E0?9?9?9?9?9?9?9?9?9?9?9?9?9?9?9*9*9?9?9?9"]
                             + r[1:]))
    out.write_text("\n".join(header + body) + "\n", encoding="latin-1")
    return out


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


def _as_referenced(project, before):
    """The cached EnergyPlus package references were computed before the
    envelope measures also lowered the thermal-bridge allowance (external
    wall insulation) and the infiltration (new windows); both are kept at
    their values before the measure until the references are recomputed
    with ``python -m tests.validation.compare`` (the comparison itself --
    engine against EnergyPlus on one building -- does not depend on them)."""
    b = project.buildings[0]
    b = schema.set_path(b, "thermal_bridge_u", before.thermal_bridge_u)
    b = schema.set_path(b, "ventilation.infiltration_ach", before.ventilation.infiltration_ach)
    return schema.set_path(project, "buildings[0]", b)


def build(case: Case):
    """(building, measures_source) of one case: the example project's first
    building with the case's edits and, for a package case, the project's
    enabled envelope measures applied."""
    if case.archetype:
        from calc.archetypes import project_from_archetype
        from calc.units import Q_ as _Q

        project = project_from_archetype(*case.archetype)
        for path, value in case.edits.items():
            value = _Q(value) if isinstance(value, str) and path.startswith("geometry.") else value
            project = schema.set_path(project, f"buildings[0].{path}", value)
        return project.buildings[0], "archetype"
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
                before = project.buildings[0]
                project = apply_measure(project, m)
                project = _as_referenced(project, before)
                sources.add("calc.measures")
            else:
                project = _apply_envelope_own(project, m)
                sources.add("case definition")
        source = " + ".join(sorted(sources))
    return project.buildings[0], source


# Equipment fields the IDF writer does not read, added after the references
# were computed: left out at their defaults so that the fingerprint of an
# unchanged building stays the same.
_NOT_IN_IDF_AT_DEFAULT = {"distribution": "two_pipe", "emitter_output_50": None}


def fingerprint(building) -> str:
    """SHA-256 of the building's JSON form: a reference is only valid for
    the building it was computed for."""
    data = schema.to_data(building)
    eq = data.get("equipment", {})
    for key, default in _NOT_IN_IDF_AT_DEFAULT.items():
        if key in eq and eq[key] == default:
            del eq[key]
    text = json.dumps(data, sort_keys=True, ensure_ascii=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def package_measures(case: Case):
    project = projectfile.load(EXAMPLES / case.example)
    return [m.kind for m in project.measures if m.enabled and m.kind in ENVELOPE_KINDS]
