"""Heat capacity of the inside surface layers: the part of a zone's mass
that follows the room within one hour.

ISO 13790's single mass node holds the capacity a daily cycle reaches
(ISO 13786:2017 Annex C.2.4, up to 10 cm). What a wall gives up in the
first hour after the air is cooled or heated lies much nearer the surface:
a periodic temperature at the surface of a semi-infinite layer decays into
it over the penetration depth δ = sqrt(λ T / (π ρ c)) (the periodic
penetration depth of ISO 13786:2017, used there in the heat transfer
matrix of a homogeneous layer). With T one
hour (the time step) δ is about 3 cm of concrete, 1.5 cm of gypsum.
:mod:`calc.thermal` can give that capacity its own node behind the surface
film (calc.rc_core.run_6r2c, ``thermal.SURFACE_NODE``) and leave the rest
of the face's capacity on the mass node.
"""

from __future__ import annotations

import math

from .units import magnitude

# Period of the fast response [s]: the one-hour time step of the simulation
FAST_PERIOD = 3600.0


def penetration_depth(conductivity: float, density: float, specific_heat: float,
                      period: float = FAST_PERIOD) -> float:
    """Periodic penetration depth δ [m] of a homogeneous material,
    ISO 13786:2017 (periodic penetration depth): δ = sqrt(λ T / (π ρ c)).

    conductivity λ [W/(mK)], density ρ [kg/m³], specific_heat c [J/(kgK)],
    period T [s].
    """
    return math.sqrt(conductivity * period / (math.pi * density * specific_heat))


def split_face(layers, depth_limit: float, insulating: float, period: float = FAST_PERIOD):
    """Split a face's effective heat capacity into the surface layer and
    the deeper mass, and give the conduction between them.

    Parameters
    ----------
    layers : sequence of Layer
        From the exposed (room) face inwards.
    depth_limit : float
        Effective thickness [m] of ISO 13786:2017 Annex C.2.4 (the least of
        0.10 m and half the element); the count also stops at the first
        layer with conductivity below ``insulating`` [W/(mK)] or without
        density or specific heat, as :func:`calc.envelope.areal_heat_capacity`
        does, so that the two parts add up to its κ_m.
    period : float
        Period T [s] of the surface layer's penetration depth.

    Returns
    -------
    (float, float, float)
        κ_f and κ_m,deep [J/(m²K)], and the thermal resistance [m²K/W]
        between their capacity centroids (inf when there is no deep part).
    """
    left, depth, r = 1.0, 0.0, 0.0
    parts = [[0.0, 0.0], [0.0, 0.0]]  # [capacity, capacity · centroid resistance] of surface, deep
    for layer in layers:
        lam = magnitude(layer.conductivity, "W/(m*K)", "conductivity")
        if lam < insulating or layer.density is None or layer.specific_heat is None:
            break
        d = min(magnitude(layer.thickness, "m", "thickness"), depth_limit - depth)
        if d <= 0.0:
            break
        rho_c = magnitude(layer.density, "kg/m**3", "density") * magnitude(layer.specific_heat, "J/(kg*K)", "specific_heat")
        delta = penetration_depth(lam, rho_c, 1.0, period)
        d_fast = min(d, left * delta)
        for which, x, r0 in ((0, d_fast, r), (1, d - d_fast, r + d_fast / lam)):
            parts[which][0] += rho_c * x
            parts[which][1] += rho_c * x * (r0 + 0.5 * x / lam)
        left -= d_fast / delta
        depth += d
        r += d / lam
    (k_f, w_f), (k_d, w_d) = parts
    if k_d <= 0.0 or k_f <= 0.0:
        return k_f, k_d, math.inf
    return k_f, k_d, w_d / k_d - w_f / k_f
