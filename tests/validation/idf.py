"""EnergyPlus input files written from a ``calc.model.Building``.

This is an independent reference for the hourly engine (``calc.thermal``):
the same building description is turned into an EnergyPlus model that
solves the full surface heat balances (conduction transfer functions through
the real layers, dynamic convection, long-wave exchange with the sky and
ground, angle-dependent glazing), and the ideal-loads heating need is
compared with ours. Nothing here imports ``calc.thermal``.

Modelling choices (see docs/validation.md):

* One thermal zone, a rectangular block from ``calc.geometry`` (gross
  external dimensions), rotated with ``Building North Axis`` = the model's
  ``rotation`` so each facade has the azimuth of ``calc.geometry.facade_azimuth``.
* The intermediate floor slabs are adiabatic floor/ceiling surface pairs
  inside the zone (half the slab build-up each), so beam solar is shared
  between all storeys' floors rather than all landing on the ground slab.
  Internal partitions per thermal-mass class are ``InternalMass``.
* Opaque constructions from the layers. The thermal-bridge allowance ΔU is
  folded into walls and roof by raising the conductivity of their most
  resistive layer until U (GB 50176 surface resistances 0.11 / 0.04 m²K/W)
  equals U + ΔU, which keeps the thermal mass unchanged.
* Windows: the glazed part ``(1 - frame_fraction)·A_w`` is a window with
  ``WindowMaterial:SimpleGlazingSystem`` (U_w, SHGC × shading factor × the
  facade's fixed device factor, one glazing per facade where they differ;
  movable blinds as switchable glazing of SHGC × their factor, switched on
  while the sun on the window exceeds their threshold); the
  frame part ``frame_fraction·A_w`` is an opaque door sub-surface with a
  no-mass construction of the same U_w. So UA equals U_w·A_w and solar only
  enters through the glazed part.
* Infiltration ``ZoneInfiltration:DesignFlowRate``, a constant flow
  ACH × air volume, window airing as a second object during the heating
  season. The air volume is 0.8 × the gross heated volume
  (``air_volume_ratio``), the engine's convention for the net air volume
  (DIN V 4108-6); the air density is EnergyPlus's (outdoor air).
* Internal gains ``OtherEquipment`` (W/m² × floor area, 50 % radiant) times
  the hourly gain factor of ``calc.schedules`` (the shared schedule data,
  GB 50189 / JGJ 26 patterns); the year starts on a Sunday like the
  engine's reference year 2023.
* ``ZoneHVAC:IdealLoadsAirSystem`` with a dual setpoint: heating setpoint +
  overheating in the heating hours of ``calc.schedules.heating_available``
  within the heating season, the setback setpoint in the other hours of the
  season, no heating outside the season;
  cooling setpoint outside the heating season in the occupied hours of
  ``calc.schedules.occupancy`` when the building is cooled (the engine's
  description); EnergyPlus reports sensible and latent cooling separately,
  and only the sensible part is compared (the engine has no moisture balance).
* Ground: ``Foundation:Kiva`` (2-D finite-difference ground model under the
  slab, exposed perimeter = building perimeter), or with ``ground="surface"``
  the slab's underside at ``Site:GroundTemperature:BuildingSurface`` (the
  monthly ground temperatures of the weather file) under 0.5 m of soil.
"""

from __future__ import annotations

import datetime as _dt
import gzip
import shutil
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from calc import envelope, geometry, schedules, shading, thermal
from calc.climate import year_index
from calc.model import FACADES, WEEKDAYS
from calc.model.building import holiday_days, parse_month_day

RSI_WALL, RSI_ROOF, RSE = 0.11, 0.10, 0.04  # GB 50176 / ISO 6946 surface resistances, m²K/W

# Layers as IDF rows (material, thickness m, conductivity, density, specific
# heat); the internal constructions are the engine's
# (calc.thermal.internal_constructions).
def _row(layer):
    return (layer.material, layer.thickness.to("m").m, layer.conductivity.to("W/(m*K)").m,
            layer.density.to("kg/m**3").m, layer.specific_heat.to("J/(kg*K)").m)


@dataclass
class IdfOptions:
    ground: str = "kiva"            # "kiva" or "surface"
    timesteps_per_hour: int = 6
    sky_longwave: bool = True       # False: sky temperature = air temperature (no net sky long-wave loss)
    simple_glazing_angular: bool = True  # informational; E+ always applies angular dependence to windows
    outside_convection: str = "DOE-2"
    infiltration_density: str = "Outdoor"  # density of infiltration air: Outdoor (E+ default), Standard, Indoor
    air_volume_ratio: float = 0.8    # air volume exchanged by the ACH / gross heated volume
    no_mass: bool = False           # True: no internal mass, slabs as thin layers
    thermal_bridges: bool = True
    inside_h: float | None = None   # constant inside convection coefficient [W/m²K] (None: TARP)
    outside_h: float | None = None  # constant outside convection coefficient [W/m²K] (None: algorithm)
    opaque_solar: bool = True       # False: solar absorptance of walls and roof 0 (no sol-air gain)
    operative: bool = False         # True: thermostat on the operative temperature (radiative fraction 0.5)
    terrain: str = "Suburbs"        # EnergyPlus default; sets the wind profile at the facades
    kiva_initial_indoor: float | None = None  # Kiva's initial indoor air temperature [°C] (None: see write_idf)
    deep_ground: str = "ZeroFlux"   # Kiva's deep-ground boundary, see KIVA_DEEP_GROUND


def _m(q, unit):
    return float(q.to(unit).magnitude)


def _fmt(x):
    return f"{x:.6g}"


def obj(kind, *fields):
    body = ",\n".join("  " + (_fmt(f) if isinstance(f, float) else str(f)) for f in fields)
    return f"{kind},\n{body};\n"


def layer_rows(construction):
    rows = []
    for i, l in enumerate(construction.layers):
        rho = _m(l.density, "kg/m**3") if l.density is not None else 1000.0
        cp = _m(l.specific_heat, "J/(kg*K)") if l.specific_heat is not None else 1000.0
        rows.append([l.material, _m(l.thickness, "m"), _m(l.conductivity, "W/(m*K)"), rho, cp])
    return rows


def u_from_rows(rows, rsi=RSI_WALL, rse=RSE):
    return 1.0 / (rsi + rse + sum(r[1] / r[2] for r in rows))


def add_bridge(rows, delta_u, rsi=RSI_WALL, rse=RSE):
    """Rows with the most resistive layer made more conductive so that the
    U-value rises by ``delta_u``; thickness, density and heat capacity kept."""
    if delta_u <= 0:
        return rows
    u = u_from_rows(rows, rsi, rse)
    d_r = 1.0 / u - 1.0 / (u + delta_u)
    rows = [list(r) for r in rows]
    i = max(range(len(rows)), key=lambda j: rows[j][1] / rows[j][2])
    r_layer = rows[i][1] / rows[i][2]
    if d_r >= r_layer * 0.98:
        raise ValueError("thermal-bridge allowance larger than the layer can absorb")
    rows[i][2] = rows[i][1] / (r_layer - d_r)
    return rows


def opaque_u(construction, rsi=RSI_WALL, rse=RSE):
    if construction.u_value is not None:
        return _m(construction.u_value, "W/(m**2*K)")
    return u_from_rows(layer_rows(construction), rsi, rse)


class _Writer:
    def __init__(self):
        self.parts = []
        self.materials = set()

    def add(self, text):
        self.parts.append(text)

    def material(self, name, thick, k, rho, cp, absorptance=0.7):
        name = name.replace(",", " ").replace(";", " ").replace("!", " ")[:90]
        if name in self.materials:
            return name
        self.materials.add(name)
        self.add(obj("Material", name, "MediumRough", thick, k, rho, cp, 0.9, absorptance, absorptance))
        return name

    def construction(self, name, rows, absorptance_outer=0.7, tag=""):
        names = []
        for i, (mat, d, k, rho, cp) in enumerate(rows):
            a = absorptance_outer if i == 0 else 0.7
            names.append(self.material(f"{tag}{name} L{i+1} {mat}", d, k, rho, cp, a))
        self.add(obj("Construction", name, *names))
        return name


def _rect_vertical(x0, y0, x1, y1, z0, z1):
    """Upper-left, lower-left, lower-right, upper-right of a vertical
    rectangle from (x0,y0) (left seen from outside) to (x1,y1)."""
    return [(x0, y0, z1), (x0, y0, z0), (x1, y1, z0), (x1, y1, z1)]


def _verts(vs):
    out = [str(len(vs))]
    for v in vs:
        out += [f"{float(c):.10g}" for c in v]
    return out


def _season_compact(name, start, end, in_value_lines, out_value_lines):
    """Schedule:Compact that is ``in`` from start to end (inclusive, may wrap
    the year) and ``out`` otherwise. Value lines are lists of fields after
    'Through'."""
    (sm, sd), (em, ed) = parse_month_day(start), parse_month_day(end)
    d_start = _dt.date(2001, sm, sd)
    d_end = _dt.date(2001, em, ed)
    fields = [name, "Any Number"]
    if d_start <= d_end:
        before = d_start - _dt.timedelta(days=1)
        if d_start.timetuple().tm_yday > 1:
            fields += [f"Through: {before.month}/{before.day}"] + out_value_lines
        fields += [f"Through: {em}/{ed}"] + in_value_lines
        if (em, ed) != (12, 31):
            fields += ["Through: 12/31"] + out_value_lines
    else:
        fields += [f"Through: {em}/{ed}"] + in_value_lines
        before = d_start - _dt.timedelta(days=1)
        fields += [f"Through: {before.month}/{before.day}"] + out_value_lines
        fields += ["Through: 12/31"] + in_value_lines
    return obj("Schedule:Compact", *fields)


def _day_types(values, kinds):
    """(working day, Saturday, Sunday) 24-hour profiles of an hourly array of
    the engine, taken from the first day of each type in the year."""
    values = np.asarray(values, dtype=float)
    out = []
    for k in (0, 1, 2):
        first = int(np.flatnonzero(kinds == k)[0])
        out.append(values[first:first + 24])
    return tuple(out)


def _profile_lines(workday, saturday, sunday, fmt=_fmt):
    """'For:'/'Until:' lines of Schedule:Compact from 24-hour profiles of
    working days, Saturdays and Sundays (holidays run as Sundays)."""
    def day(values):
        lines = []
        for hr in range(24):
            if hr == 23 or fmt(float(values[hr + 1])) != fmt(float(values[hr])):
                lines += [f"Until: {hr + 1:02d}:00", fmt(float(values[hr]))]
        return lines

    if day(saturday) == day(sunday):
        return (["For: Weekdays SummerDesignDay WinterDesignDay"] + day(workday)
                + ["For: Weekends Holidays CustomDay1 CustomDay2"] + day(sunday))
    return (["For: Weekdays SummerDesignDay WinterDesignDay"] + day(workday)
            + ["For: Saturday"] + day(saturday)
            + ["For: Sunday Holidays CustomDay1 CustomDay2"] + day(sunday))


def epw_data_year(epw_path) -> int | None:
    """Year of the first data record of an EPW file (as Weather.data_year)."""
    opener = gzip.open if str(epw_path).endswith(".gz") else open
    with opener(epw_path, "rt", encoding="latin-1") as f:
        for i, line in enumerate(f):
            if i == 8:
                try:
                    return int(line.split(",")[0])
                except ValueError:
                    return None
    return None


def read_epw_header(epw_path):
    """Location and monthly ground temperatures (shallowest depth) from an
    EPW file's header."""
    opener = gzip.open if str(epw_path).endswith(".gz") else open
    with opener(epw_path, "rt", encoding="latin-1") as f:
        lines = [next(f) for _ in range(8)]
    loc = lines[0].strip().split(",")
    ground = None
    for line in lines:
        if line.startswith("GROUND TEMPERATURES"):
            p = line.strip().split(",")
            if int(p[1]) > 0:
                ground = {"depth_m": float(p[2]), "monthly": [float(x) for x in p[6:18]]}
    return {"city": loc[1], "latitude": float(loc[6]), "longitude": float(loc[7]),
            "utc_offset": float(loc[8]), "elevation": float(loc[9]), "ground": ground}


def unpack_epw(epw_gz, directory):
    """The EPW file uncompressed into ``directory``; its path."""
    src = Path(epw_gz)
    if src.suffix != ".gz":
        return src
    out = Path(directory) / src.stem
    if not out.exists():
        with gzip.open(src, "rb") as f, open(out, "wb") as g:
            shutil.copyfileobj(f, g)
    return out


# Kiva's deep-ground boundary: zero flux 40 m below grade (with the 40 m
# far field, the domain Kiva's author recommends, Kruis 2015). EnergyPlus's
# default "Autoselect" sets a water table at 0.1022 × site elevation [m]
# and, where that is above 40 m, holds it at the weather year's mean air
# temperature (HeatBalanceKivaManager::defineDefaultFoundation): 0.56 m
# under the slab in Shanghai (elevation 5.5 m), 0.61 m in Tampa, 1.8 m in
# Shenzhen, 3.2 m in Beijing, 11 m in Zhengzhou, 21 m in Chicago; zero flux
# at 40 m only in Urumqi, Chengdu and Golden. A soil held at 17 °C all year
# 0.56 m down is not Shanghai's ground: measured soil there is about 9.8 °C
# in January and 24 °C in July at 0.8 m, 13.1 / 20.6 °C at 1.6 m and only
# at 3.2 m near the annual mean (17.3 / 16.9 °C); a shallow water table
# conducts the annual wave, it does not stop it. So every case has the same
# physical boundary, deep below the annual penetration depth (~3 m).
KIVA_DEEP_GROUND = {"ZeroFlux": ("ZeroFlux", 40.0), "Autoselect": ("Autoselect", "Autocalculate"),
                    "GroundWater40": ("GroundWater", 40.0), "GroundWater10": ("GroundWater", 10.0)}


def kiva_initial_indoor(b, opts: IdfOptions) -> float:
    """Indoor air temperature [°C] from which Kiva starts its ground.

    Left blank, EnergyPlus takes it from the zone's setpoints in the first
    hour; with cooling off then (setpoint 90 °C here) that gave about 50 °C
    and a soil that, after the warm-up days, still held that heat or, where
    the first day's setpoints were read otherwise, a soil far too cold: over
    the year the slab of the same office gave heat to the zone in Chengdu and
    took three times the engine's heat in Shanghai. The ground under a
    building follows its yearly mean indoor temperature, which lies between
    the heating and the cooling setpoint of a building run by them; a
    heated-only building is taken at its heating setpoint."""
    if opts.kiva_initial_indoor is not None:
        return float(opts.kiva_initial_indoor)
    op = b.operation
    t_heat = _m(op.heating_setpoint, "degC") + _m(op.overheating, "K")
    if op.cooled and b.equipment.cooling_system != "none":
        return 0.5 * (t_heat + _m(op.cooling_setpoint, "degC"))
    return t_heat


def write_idf(building, epw_path, opts: IdfOptions | None = None) -> str:
    """The EnergyPlus input (IDF text) of one building."""
    opts = opts or IdfOptions()
    b = building
    g = b.geometry
    w = _Writer()
    hdr = read_epw_header(epw_path)

    L, W = _m(g.length, "m"), _m(g.width, "m")
    n, h = g.storeys, _m(g.storey_height, "m")
    H = n * h
    floor_area = _m(geometry.floor_area(b), "m**2")
    volume = _m(geometry.volume(b), "m**3")
    op, vent = b.operation, b.ventilation

    w.add(obj("Version", "25.2"))
    w.add(obj("SimulationControl", "No", "No", "No", "No", "Yes", "No", 1))
    w.add(obj("Building", b.name.encode("ascii", "replace").decode() or "Building",
              _m(g.rotation, "deg"), opts.terrain, 0.04, 0.4, "FullExterior", 25, 6))
    w.add(obj("Timestep", opts.timesteps_per_hour))
    data_year = epw_data_year(epw_path)
    first_day = WEEKDAYS[schedules.first_weekday(op, data_year, year_index())].title()
    w.add(obj("RunPeriod", "Year", 1, 1, "", 12, 31, "", first_day, "No", "No", "No", "Yes", "Yes"))
    # Relative coordinates (zone origin 0): EnergyPlus applies the Building
    # North Axis only to relative coordinates; with "World" it is ignored
    w.add(obj("GlobalGeometryRules", "UpperLeftCorner", "Counterclockwise", "Relative", "Relative", "Relative"))
    w.add(obj("SurfaceConvectionAlgorithm:Inside", "TARP"))
    w.add(obj("SurfaceConvectionAlgorithm:Outside", opts.outside_convection))
    w.add(obj("HeatBalanceAlgorithm", "ConductionTransferFunction"))
    for kind in ("AllExteriorSurfaces", "AllExteriorWindows"):
        coeffs = []
        if opts.inside_h is not None:
            coeffs += ["Inside", "Value", float(opts.inside_h), "", ""]
        if opts.outside_h is not None:
            coeffs += ["Outside", "Value", float(opts.outside_h), "", ""]
        if coeffs:
            w.add(obj("SurfaceProperty:ConvectionCoefficients:MultipleSurface", kind, *coeffs))
    w.add(obj("ZoneAirHeatBalanceAlgorithm", "ThirdOrderBackwardDifference"))
    w.add(obj("ScheduleTypeLimits", "Any Number"))
    if not opts.sky_longwave:
        w.add(obj("Schedule:Constant", "Zero", "Any Number", 0.0))
        w.add(obj("WeatherProperty:SkyTemperature", "", "DifferenceScheduleDryBulbValue", "Zero", "No"))
    w.add(obj("Zone", "Z", 0, 0, 0, 0, 1, 1, h, volume, floor_area))

    # --- constructions ---------------------------------------------------
    def rows_of(c, bridge, rsi=RSI_WALL):
        rows = layer_rows(c)
        if c.u_value is not None:
            raise ValueError(f"{c.name}: a given U-value without layers cannot be modelled with mass")
        if bridge and opts.thermal_bridges:
            rows = add_bridge(rows, _m(b.thermal_bridge_u, "W/(m**2*K)"), rsi)
        return rows

    a_wall = b.wall.solar_absorptance if opts.opaque_solar else 0.0
    a_roof = b.roof.solar_absorptance if opts.opaque_solar else 0.0
    wall = w.construction("Wall", rows_of(b.wall, True), a_wall)
    roof = w.construction("Roof", rows_of(b.roof, True, RSI_ROOF), a_roof)
    floor_rows = rows_of(b.ground_floor, False)[::-1]  # EnergyPlus: outside (ground) layer first
    if opts.ground == "surface":
        floor_rows = [["soil 0.5 m", 0.5, 1.5, 1800.0, 1000.0]] + floor_rows
    gfloor = w.construction("GroundFloor", floor_rows)
    half_layers, share, part_layers = thermal.internal_constructions(b)
    slab_half = [_row(layer) for layer in half_layers]
    slab_floor = w.construction("SlabTopHalf", [list(r) for r in slab_half[::-1]])
    slab_ceiling = w.construction("SlabBottomHalf", [list(r) for r in slab_half])

    uw = _m(b.window.u_value, "W/(m**2*K)")
    glazings = _glazings(b.window)
    for name, shgc in sorted(set(glazings.values())):
        w.add(obj("WindowMaterial:SimpleGlazingSystem", f"Glazing{name}", uw, shgc, ""))
        w.add(obj("Construction", f"Window{name}", f"Glazing{name}"))
    r_frame = max(1.0 / uw - 0.13 - RSE, 0.001)
    w.add(obj("Material:NoMass", "FrameMat", "MediumSmooth", r_frame, 0.9, envelope.FRAME_SOLAR_ABSORPTANCE,
              envelope.FRAME_SOLAR_ABSORPTANCE))
    w.add(obj("Construction", "Frame", "FrameMat"))

    # --- surfaces ----------------------------------------------------------
    facades = {
        "south": (0, 0, L, 0, L),
        "east": (L, 0, L, W, W),
        "north": (L, W, 0, W, L),
        "west": (0, W, 0, 0, W),
    }
    windowed = set()
    for f in FACADES:
        x0, y0, x1, y1, side = facades[f]
        name = f"Wall_{f}"
        w.add(obj("BuildingSurface:Detailed", name, "Wall", wall, "Z", "", "Outdoors", "", "SunExposed",
                  "WindExposed", "autocalculate",
                  *_verts(_rect_vertical(x0, y0, x1, y1, 0.0, H))))
        aw = _m(geometry.window_area(b, f), "m**2")
        if aw <= 0:
            continue
        windowed.add(f)
        ag, af = aw * (1 - b.window.frame_fraction), aw * b.window.frame_fraction
        band = 0.98 * side
        hg, hf = ag / band, af / band
        z0 = (H - hg - hf) / 2
        ux, uy = (x1 - x0) / side, (y1 - y0) / side
        a0 = 0.01 * side
        p0 = (x0 + ux * a0, y0 + uy * a0)
        p1 = (x0 + ux * (a0 + band), y0 + uy * (a0 + band))
        w.add(obj("FenestrationSurface:Detailed", f"Win_{f}", "Window", f"Window{glazings[f][0]}", name, "",
                  "autocalculate", "", 1,
                  *_verts(_rect_vertical(*p0, *p1, z0, z0 + hg))))
        if af > 0:
            w.add(obj("FenestrationSurface:Detailed", f"Frame_{f}", "Door", "Frame", name, "",
                      "autocalculate", "", 1,
                      *_verts(_rect_vertical(*p0, *p1, z0 + hg, z0 + hg + hf))))
    _movable_controls(w, b.window, uw, glazings, windowed)

    w.add(obj("BuildingSurface:Detailed", "Roof", "Roof", roof, "Z", "", "Outdoors", "", "SunExposed",
              "WindExposed", "autocalculate",
              *_verts([(0, W, H), (0, 0, H), (L, 0, H), (L, W, H)])))
    floor_v = _verts([(0, 0, 0), (0, W, 0), (L, W, 0), (L, 0, 0)])
    if opts.ground == "kiva":
        w.add(obj("Foundation:Kiva", "Slab", kiva_initial_indoor(b, opts), "", "", "", "", "", "", "", "", "", ""))
        boundary, depth = KIVA_DEEP_GROUND[opts.deep_ground]
        w.add(obj("Foundation:Kiva:Settings", 1.73, 1842.0, 419.0, 0.9, 0.9, 0.03, 40.0,
                  boundary, depth, 0.02, 1.5, "Hourly"))
        w.add(obj("BuildingSurface:Detailed", "GroundFloor", "Floor", gfloor, "Z", "", "Foundation", "Slab",
                  "NoSun", "NoWind", 0.0, *floor_v))
        w.add(obj("SurfaceProperty:ExposedFoundationPerimeter", "GroundFloor", "TotalExposedPerimeter",
                  2 * (L + W)))
    else:
        w.add(obj("BuildingSurface:Detailed", "GroundFloor", "Floor", gfloor, "Z", "", "Ground", "",
                  "NoSun", "NoWind", 0.0, *floor_v))
        gt = hdr["ground"]["monthly"]
        w.add(obj("Site:GroundTemperature:BuildingSurface", *[float(x) for x in gt]))
    for k in range(1, n):
        z = k * h
        w.add(obj("BuildingSurface:Detailed", f"Floor_{k}", "Floor", slab_floor, "Z", "", "Adiabatic", "",
                  "NoSun", "NoWind", 0.0, *_verts([(0, 0, z), (0, W, z), (L, W, z), (L, 0, z)])))
        w.add(obj("BuildingSurface:Detailed", f"Ceiling_{k}", "Ceiling", slab_ceiling, "Z", "", "Adiabatic", "",
                  "NoSun", "NoWind", 0.0, *_verts([(0, W, z), (0, 0, z), (L, 0, z), (L, W, z)])))
    if share > 0 and part_layers and not opts.no_mass:
        # half a partition, its middle adiabatic: listed outside (middle) to
        # inside (the exposed face), as the slab halves
        rows = [list(_row(layer)) for layer in part_layers[::-1]]
        pc = w.construction("Partition", rows)
        w.add(obj("InternalMass", "Partitions", pc, "Z", "", share * floor_area * 2))

    # --- schedules -----------------------------------------------------------
    # the engine's own hourly profiles (calc.schedules), one day per day type
    idx = year_index()
    prof = schedules.operation_profiles(op, idx, data_year)
    kinds = schedules.day_types(op, idx, data_year)
    day = lambda values: _day_types(values, kinds)
    w.add(obj("Schedule:Compact", "Occupancy", "Any Number", "Through: 12/31",
              *_profile_lines(*day(prof.internal_gains), fmt=lambda x: f"{x:.4f}")))
    t_occ = _m(op.heating_setpoint, "degC") + _m(op.overheating, "K")
    t_set = _m(op.setback_setpoint, "degC")
    heated = prof.heating & ~schedules.night_hours(idx) if op.night_setback else prof.heating
    heat_in = _profile_lines(*(np.where(v > 0.5, t_occ, t_set) for v in day(heated)))
    cooled = op.cooled and b.equipment.cooling_system != "none"
    t_cool = _m(op.cooling_setpoint, "degC") if cooled else 90.0
    cool = _profile_lines(*(np.where(v > 0.5, t_cool, 90.0) for v in day(prof.cooling)))
    whenever = op.hvac_availability == "whenever_needed"
    # own units (whenever_needed): heating and cooling all year by the
    # schedule; else heating inside the season, cooling outside it
    # (calc.thermal.availability)
    if whenever:
        w.add(obj("Schedule:Compact", "HeatingSetpoint", "Any Number", "Through: 12/31", *heat_in))
    else:
        w.add(_season_compact("HeatingSetpoint", op.heating_season_start, op.heating_season_end,
                              heat_in, ["For: AllDays", "Until: 24:00", "-60"]))
    w.add(_season_compact("HeatingSeason", op.heating_season_start, op.heating_season_end,
                          ["For: AllDays", "Until: 24:00", "1"], ["For: AllDays", "Until: 24:00", "0"]))
    # share of the mechanical ventilation running
    w.add(obj("Schedule:Compact", "Occupied", "Any Number", "Through: 12/31",
              *_profile_lines(*day(prof.ventilation), fmt=lambda x: f"{x:.4g}")))
    if whenever or op.hvac_availability == "heating_in_season":
        w.add(obj("Schedule:Compact", "CoolingSetpoint", "Any Number", "Through: 12/31", *cool))
    else:
        w.add(_season_compact("CoolingSetpoint", op.heating_season_start, op.heating_season_end,
                              ["For: AllDays", "Until: 24:00", "90"], cool))
    for holiday in (d.strip() for d in op.holidays.split(",") if d.strip()):
        days = holiday_days(holiday)   # a date or a span (a school's vacation), as many days as it covers
        (m, d_) = days[0]
        w.add(obj("RunPeriodControl:SpecialDays", f"Holiday {holiday}", f"{m}/{d_}", len(days), "Holiday"))
    w.add(obj("Schedule:Compact", "Always4", "Any Number", "Through: 12/31", "For: AllDays", "Until: 24:00", "4"))
    w.add(obj("Schedule:Compact", "AlwaysOn", "Any Number", "Through: 12/31", "For: AllDays", "Until: 24:00", "1"))

    # --- loads ---------------------------------------------------------------
    q_int = _m(op.internal_gains, "W/m**2")
    if q_int > 0:
        w.add(obj("OtherEquipment", "InternalGains", "None", "Z", "Occupancy", "Watts/Area", "", q_int, "",
                  0, 1.0 - op.gains_convective_share, 0))
    air_volume = opts.air_volume_ratio * volume
    ach = _m(vent.infiltration_ach, "1/h")
    if ach > 0:
        w.add(obj("ZoneInfiltration:DesignFlowRate", "Infiltration", "Z", "AlwaysOn", "Flow/Zone",
                  ach * air_volume / 3600.0, "", "", "", 1, 0, 0, 0, opts.infiltration_density))
    airing = _m(vent.window_airing_ach, "1/h")
    if airing > 0:
        w.add(obj("ZoneInfiltration:DesignFlowRate", "WindowAiring", "Z", "HeatingSeason", "Flow/Zone",
                  airing * air_volume / 3600.0, "", "", "", 1, 0, 0, 0, opts.infiltration_density))
    mech = _m(vent.mechanical_ach, "1/h")
    if mech > 0:
        # balanced mechanical ventilation in the occupied hours, with sensible
        # heat recovery η while the outdoor air is below the heating setpoint
        # and bypassed above it (as calc.thermal describes it)
        eff = b.ventilation.heat_recovery
        t_bypass = _m(op.heating_setpoint, "degC") + _m(op.overheating, "K")
        for name, flow, t_min, t_max in (("MechVentRecovery", mech * (1 - eff), -100.0, t_bypass),
                                         ("MechVentBypass", mech, t_bypass, 100.0)):
            if flow <= 0:
                continue
            w.add(obj("ZoneVentilation:DesignFlowRate", name, "Z", "Occupied", "Flow/Zone",
                      flow * air_volume / 3600.0, "", "", "", "Balanced", 0, 1, 1, 0, 0, 0,
                      -100, "", 100, "", -100, "", t_min, "", t_max, "", 40))

    # --- ideal loads -----------------------------------------------------------
    w.add(obj("ZoneControl:Thermostat", "Thermostat", "Z", "Always4", "ThermostatSetpoint:DualSetpoint", "DualSP"))
    w.add(obj("ThermostatSetpoint:DualSetpoint", "DualSP", "HeatingSetpoint", "CoolingSetpoint"))
    if opts.operative:
        w.add(obj("ZoneControl:Thermostat:OperativeTemperature", "Thermostat", "Constant", 0.5, "", "None"))
    w.add(obj("ZoneHVAC:EquipmentConnections", "Z", "Z Equipment", "Z Supply Inlet", "", "Z Air Node", "Z Return"))
    w.add(obj("ZoneHVAC:EquipmentList", "Z Equipment", "SequentialLoad", "ZoneHVAC:IdealLoadsAirSystem",
              "Ideal", 1, 1, "", ""))
    w.add(obj("ZoneHVAC:IdealLoadsAirSystem", "Ideal", "", "Z Supply Inlet", "", "", 50, 13, 0.0156, 0.0077,
              "NoLimit", "", "", "NoLimit", "", "", "", "", "ConstantSupplyHumidityRatio", "",
              "ConstantSupplyHumidityRatio", "", "", "", "", "", "", "", ""))

    # --- outputs ---------------------------------------------------------------
    for var in ("Zone Ideal Loads Zone Sensible Heating Rate", "Zone Ideal Loads Zone Sensible Cooling Rate"):
        w.add(obj("Output:Variable", "Ideal", var, "Hourly"))
    w.add(obj("Output:Variable", "Z", "Zone Mean Air Temperature", "Hourly"))
    w.add(obj("Output:Variable", "*", "Site Outdoor Air Drybulb Temperature", "Hourly"))
    for var in ("Surface Inside Face Conduction Heat Transfer Rate", "Surface Window Heat Loss Rate",
                "Surface Window Heat Gain Rate", "Surface Window Transmitted Solar Radiation Rate",
                "Surface Outside Face Incident Solar Radiation Rate per Area"):
        w.add(obj("Output:Variable", "*", var, "Hourly"))
    w.add(obj("Output:Variable", "Z", "Zone Infiltration Sensible Heat Loss Energy", "Hourly"))
    w.add(obj("Output:Variable", "Z", "Zone Infiltration Sensible Heat Gain Energy", "Hourly"))
    w.add(obj("Output:SQLite", "Simple"))
    w.add(obj("Output:Constructions", "Constructions"))
    w.add(obj("Output:Diagnostics", "DisplayExtraWarnings"))
    return "\n".join(w.parts)


def _glazings(window) -> dict:
    """facade -> (construction suffix, SHGC × obstruction × fixed device
    factor). One glazing for all facades when their devices are alike (the
    IDF of an unshaded or evenly shaded building as before), else one per
    facade."""
    fixed, _ = shading.facade_factors(window)
    shgc = {f: window.shgc * window.shading_factor * x for f, x in zip(FACADES, fixed)}
    if len(set(shgc.values())) == 1:
        return {f: ("", g) for f, g in shgc.items()}
    return {f: (f"_{f}", g) for f, g in shgc.items()}


def _movable_controls(w, window, uw, glazings, windowed):
    """A movable device as EnergyPlus's switchable glazing: on each facade
    with blinds, a ``WindowShadingControl`` switches the window, while the
    sun on it (beam + diffuse, W/m²) exceeds the threshold, to a simple
    glazing of SHGC × the movable factor, as the engine scales the
    transmitted sun in the deployed hours (calc.shading). Its U stays."""
    _, movable = shading.facade_factors(window)
    threshold = _m(window.movable_threshold, "W/m**2")
    for f, x in zip(FACADES, movable):
        if x == 1.0 or f not in windowed:
            continue
        suffix, shgc = glazings[f]
        w.add(obj("WindowMaterial:SimpleGlazingSystem", f"GlazingBlind_{f}", uw, shgc * x, ""))
        w.add(obj("Construction", f"WindowBlind_{f}", f"GlazingBlind_{f}"))
        w.add(obj("WindowShadingControl", f"Blinds_{f}", "Z", 1, "SwitchableGlazing", f"WindowBlind_{f}",
                  "OnIfHighSolarOnWindow", "", threshold, "No", "No", "", "", "", "", "", "Sequential",
                  f"Win_{f}"))
