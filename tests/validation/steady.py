"""Steady-state check of the EnergyPlus reference model and of the engine.

A synthetic weather file keeps everything constant: air −5 °C, no sun,
sky at air temperature (horizontal infrared = σT⁴), wind 4 m/s. The block
has no internal gains. After warm-up the heating need is a steady heat loss,
so it can be checked against H·Δθ from the U-values of the model. This tests
that the EnergyPlus model has the areas, U-values, bridges and air flow it
should. The engine runs on the same file for a like-for-like comparison
without sun or dynamics.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import numpy as np

from calc import schema
from calc.units import Q_

from . import cases as C

T_OUT = -5.0
WIND = 4.0
SIGMA = 5.670374419e-8
STEADY_CASES = ("res_beijing_base", "res_beijing_package")


def write_steady_epw(source_gz, out_path) -> Path:
    """A copy of an EPW with constant conditions (see module docstring)."""
    with gzip.open(source_gz, "rt", encoding="latin-1") as f:
        lines = f.read().splitlines()
    out = lines[:8]
    ir = SIGMA * (T_OUT + 273.15) ** 4
    for line in lines[8:]:
        p = line.split(",")
        p[6], p[7], p[8] = f"{T_OUT:.1f}", f"{T_OUT - 10:.1f}", "46"
        p[9] = "101325"
        p[10] = p[11] = "0"
        p[12] = f"{ir:.0f}"
        p[13] = p[14] = p[15] = "0"
        p[16] = p[17] = p[18] = "0"
        p[19] = "0"
        p[20], p[21] = "0", f"{WIND:.1f}"
        p[22] = p[23] = "0"
        out.append(",".join(p))
    Path(out_path).write_text("\n".join(out) + "\n", encoding="latin-1")
    return Path(out_path)


def steady_building(case_name):
    """The case's building without internal gains (constant setpoint kept)."""
    b, _ = C.build(C.CASE_BY_NAME[case_name])
    b = schema.set_path(b, "operation.internal_gains", Q_(0.0, "W/m**2"))
    return b


def steady_mean(hourly_w, hours=slice(24 * 20, 24 * 60)) -> float:
    """Mean heating power [W] over 20 Jan - 1 Mar (well past warm-up)."""
    return float(np.mean(hourly_w[hours]))
