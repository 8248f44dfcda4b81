"""June-September balance of a dwelling's walls, engine against EnergyPlus,
for one envelope measure (docs/engine.md, "The summer wall").

    python -m tests.validation.wall_summer [base case] [measure kind]

Runs EnergyPlus on the base case and on the base with the one measure, with
per-surface output (outside coefficients, absorbed sun, face temperatures
and conduction), and prints for the walls: the equivalent outside
temperature, the inside-face conduction recomputed from EnergyPlus's face
temperatures with the ISO 13786 transfer matrix of the engine's layers, the
temperature the walls' loss is driven from, the loss in the cooled hours
and the cooling change. A diagnostic; it needs EnergyPlus and takes about
20 s. The recomputed conduction is exact for the uninsulated wall; with
insulation it differs a little, because the IDF folds the bridge allowance
into the most resistive layer (idf.py) and the engine scales every layer.
"""

from __future__ import annotations

import sys
import tempfile

import numpy as np

from calc import envelope, projectfile, schema, thermal
from calc import element_response as er
from calc.measures import apply_measure

from . import cases as C
from . import eplus
from .compare import case_weather
from .idf import IdfOptions, write_idf

SUMMER = slice(151 * 24, 273 * 24)  # 1 June - 30 September of a 365-day year
WALLS = ("WALL_SOUTH", "WALL_EAST", "WALL_NORTH", "WALL_WEST")  # thermal.FACADES order
_VARIABLES = ("Surface Inside Face Temperature", "Surface Outside Face Temperature",
              "Surface Inside Face Conduction Heat Transfer Rate",
              "Surface Outside Face Solar Radiation Heat Gain Rate",
              "Surface Outside Face Convection Heat Transfer Coefficient",
              "Surface Outside Face Thermal Radiation to Sky Heat Transfer Coefficient",
              "Surface Outside Face Thermal Radiation to Ground Heat Transfer Coefficient",
              "Surface Outside Face Thermal Radiation to Air Heat Transfer Coefficient",
              "Surface Inside Face Convection Heat Transfer Coefficient",
              "Site Sky Temperature", "Zone Mean Air Temperature")


def buildings(case_name: str, kind: str):
    """The base case's building and the same with the one measure."""
    case = C.CASE_BY_NAME[case_name]
    base, _ = C.build(case)
    project = projectfile.load(C.EXAMPLES / case.example)
    for path, value in case.edits.items():
        project = schema.set_path(project, f"buildings[0].{path}", value)
    measure = next(m for m in project.measures if m.kind == kind)
    return case, base, apply_measure(project, measure).buildings[0]


def energyplus(building, city: str) -> dict:
    extra = "".join(f"Output:Variable,\n  *,\n  {v},\n  Hourly;\n" for v in _VARIABLES)
    with tempfile.TemporaryDirectory() as d:
        epw = C.epw_for_energyplus(city, d)
        return eplus.run(write_idf(building, epw, IdfOptions()) + "\n" + extra, epw)


def layer_matrix(building, n_hours: int, r_si: float = 0.0, r_se: float = 0.0):
    """ISO 13786 heat-flow transfer matrix (m11, m12) of the wall between
    its surface resistances, per rfft frequency, with the bridge allowance
    folded into the conductivities as the engine does."""
    u = thermal._u_value(building.wall, "wall")
    du = building.thermal_bridge_u.m
    r_c = envelope.construction_resistance(u + du, *envelope.SURFACE_RESISTANCES["wall"])
    rows = er._rows(building.wall)
    scale = sum(d / lam for d, lam, _ in rows) / r_c
    omega = 2.0 * np.pi * np.fft.rfftfreq(n_hours, d=er.SECONDS_PER_HOUR)
    m11, m12 = np.ones_like(omega, dtype=complex), np.full_like(omega, r_si, dtype=complex)
    m21, m22 = np.zeros_like(m11), np.ones_like(m11)
    for d, lam, rc in reversed(rows):
        lam = lam * scale
        k = np.sqrt(1j * omega * rc / lam)
        c, s = np.cosh(k * d), np.sinh(k * d)
        a12 = np.where(omega > 0, s / (lam * np.where(omega > 0, k, 1.0)), d / lam)
        a21 = lam * k * s
        m11, m12, m21, m22 = c * m11 + a12 * m21, c * m12 + a12 * m22, a21 * m11 + c * m21, a21 * m12 + c * m22
    return m11 + r_se * m21, m12 + r_se * m22


def walls_summary(building, weather, ep: dict) -> dict:
    """Walls over June-September [MWh, °C], EnergyPlus and engine."""
    a = np.array(thermal._facade_areas(building)[0])
    g = lambda key, name: ep[(key, name)]  # noqa: E731
    t_air = g("ENVIRONMENT", "Site Outdoor Air Drybulb Temperature")
    t_sky = g("ENVIRONMENT", "Site Sky Temperature")
    m11, m12 = layer_matrix(building, len(t_air))
    num = den = recomputed = h_ci = 0.0
    for wall, area in zip(WALLS, a):
        h_c = g(wall, "Surface Outside Face Convection Heat Transfer Coefficient")
        h_sky = g(wall, "Surface Outside Face Thermal Radiation to Sky Heat Transfer Coefficient")
        h_air = (g(wall, "Surface Outside Face Thermal Radiation to Ground Heat Transfer Coefficient")
                 + g(wall, "Surface Outside Face Thermal Radiation to Air Heat Transfer Coefficient"))
        sun = g(wall, "Surface Outside Face Solar Radiation Heat Gain Rate") / area
        num = num + area * ((h_c + h_air) * t_air + h_sky * t_sky + sun)
        den = den + area * (h_c + h_sky + h_air)
        t_so, t_si = g(wall, "Surface Outside Face Temperature"), g(wall, "Surface Inside Face Temperature")
        # flux from the inside face into the wall: [θ_o, q_o] = M [θ_i, q_i]
        q = np.fft.irfft((m11 * np.fft.rfft(t_si) - np.fft.rfft(t_so)) / m12, len(t_air))
        recomputed = recomputed + area * q
        h_ci = h_ci + area * g(wall, "Surface Inside Face Convection Heat Transfer Coefficient")
    ep_loss = -sum(g(w, "Surface Inside Face Conduction Heat Transfer Rate") for w in WALLS)
    theta_eq_ep = num / den
    # the walls between EnergyPlus's own mean films: U·A and the heat the
    # outside drives to the room (θ_eq through Y_12)
    t_room = g("Z", "Zone Mean Air Temperature")[SUMMER].mean()
    h_ri = 4.0 * envelope.EMISSIVITY_OPAQUE * envelope.STEFAN_BOLTZMANN * (t_room + 273.15) ** 3
    r_si = 1.0 / (float(np.mean(h_ci[SUMMER])) / a.sum() + h_ri)
    r_se = 1.0 / float(np.mean(den[SUMMER] / a.sum()))
    _, z12 = layer_matrix(building, len(t_air), r_si, r_se)
    ua = a.sum() / z12[0].real
    driven = np.fft.irfft(np.fft.rfft(theta_eq_ep) / z12, len(t_air)) * a.sum()

    z = thermal.zone_inputs(building, weather)
    phi, t_air_en, t_s, t_m, _, _, _, t_y = thermal.run_nodes(z)
    cooled = (z.theta_c_set < 1e29)[SUMMER]
    if z.external is not None:  # the walls on their own nodes (calc.rc_2c), out from the outer one
        (h_w, t_w), t_m = z.external.parts["walls"], t_y
    else:
        h_w, t_w = z.em_parts["walls"]
    en_loss = h_w * (t_m - t_w)
    mwh = lambda x: float(np.sum(x[SUMMER])) / 1e6  # noqa: E731
    return {
        "theta_eq E+ / engine [°C]": (float(theta_eq_ep[SUMMER].mean()), float(t_w[SUMMER].mean())),
        "wall loss E+ / recomputed from its face temperatures [MWh]": (mwh(ep_loss), mwh(recomputed)),
        "wall loss E+ / engine (without bridges) [MWh]": (mwh(ep_loss), mwh(en_loss)),
        "of it in cooled hours [MWh]": (float(ep_loss[SUMMER][cooled].sum()) / 1e6,
                                        float(en_loss[SUMMER][cooled].sum()) / 1e6),
        "driving inside temperature E+ / engine mass or wall node [°C]": (
            float(((ep_loss + driven)[SUMMER] / ua).mean()), float(t_m[SUMMER].mean())),
        "same in cooled hours [°C]": (float(((ep_loss + driven)[SUMMER][cooled] / ua).mean()),
                                      float(t_m[SUMMER][cooled].mean())),
        "cooling E+ / engine [MWh]": (
            mwh(ep[("IDEAL", "Zone Ideal Loads Zone Sensible Cooling Rate")]), mwh(np.maximum(-phi, 0.0))),
    }


def main(argv) -> None:
    name = argv[0] if argv else "res_urumqi_base"
    kind = argv[1] if len(argv) > 1 else "wall_insulation"
    case, base, changed = buildings(name, kind)
    weather = case_weather(case.city)
    rows = {tag: walls_summary(b, weather, energyplus(b, case.city)) for tag, b in (("base", base), (kind, changed))}
    print(f"{name}, June-September, EnergyPlus / engine")
    for key in rows["base"]:
        print(f"  {key}")
        for tag, r in rows.items():
            print(f"    {tag:16s} {r[key][0]:9.3f} {r[key][1]:9.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
