"""Heating network: pipe heat losses, supply and return temperatures, pumps.

Steady-state heat loss per metre of trench for each hour:

* insulation as a cylindrical layer, R = ln(D_o/D_i)/(2πλ) (ISO 12241:2022
  clause 4.2.2 eq. 8);
* buried pairs of single pre-insulated pipes: soil resistance with the
  corrected depth and the mutual interaction term of EN 13941-1:2019
  Annex D (Wallentén 1991), giving separate supply and return losses;
* pipes in a duct (concrete channel): pipe-to-duct-air surface and duct-air
  to soil resistances, duct air temperature from the heat balance;
* above ground: insulation plus outer surface resistance (ISO 12241
  clause 4.3) to outdoor air.

Pumps: P = ρ·g·H·V̇/η at the installed design flow; the system curve is
taken through the origin (pipe friction, H ∝ V̇²), so a constant-speed pump
pushing 1.3 × design flow through an unbalanced network draws 1.3³ × the
design power, and variable-speed pumps follow the affinity laws, P ∝ V̇³
(EN 16297-1 reference control curve through the origin).

Make-up water: water lost from the network leaves at the network's mean
temperature and is replaced by cold water, Q = ρ·c_p·V·(T̄ − T_make-up),
spread over the operating hours.
"""

from __future__ import annotations

import dataclasses
import math
import warnings

import numpy as np

from .heatpump import heating_curve
from .messages import msg
from .units import Q_, magnitude, to

# Outer diameters of steel service pipes [mm] (EN 10220 / EN 253:2019
# Table 2 series, as listed in the isoplus design catalogue 04/2005 R 2.0).
STEEL_OD_MM = {
    10: 17.2, 15: 21.3, 20: 26.9, 25: 33.7, 32: 42.4, 40: 48.3, 50: 60.3, 65: 76.1, 80: 88.9,
    100: 114.3, 125: 139.7, 150: 168.3, 200: 219.1, 250: 273.0, 300: 323.9, 350: 355.6,
    400: 406.4, 450: 457.2, 500: 508.0, 600: 610.0, 700: 711.0, 800: 813.0, 900: 914.0,
    1000: 1016.0, 1200: 1219.0, 1400: 1422.0,
}
# Casing outer diameters of pre-insulated bonded pipes, insulation series 1
# [mm] (EN 253:2019 / CJJ/T 81-2013 sizes, isoplus catalogue 04/2005 R 2.0).
CASING_OD_SERIES1_MM = {
    20: 90, 25: 90, 32: 110, 40: 110, 50: 125, 65: 140, 80: 160, 100: 200, 125: 225, 150: 250,
    200: 315, 250: 400, 300: 450, 350: 500, 400: 560, 450: 630, 500: 670, 600: 800, 700: 900,
    800: 1000,
}

WATER_DENSITY = 971.8  # kg/m³ at 80 °C (IAPWS-IF97)
WATER_CP = 4196.0  # J/(kg·K) at 80 °C (IAPWS-IF97)
GRAVITY = 9.80665  # m/s², standard gravity
# Soil conductivity of moist sand/clay; EN 13941-1 design values lie between
# 1.0 and 2.0 W/(m·K) (recalled, not checked); 1.5 is the middle.
SOIL_CONDUCTIVITY = 1.5
# EN 13941-1:2019 Annex D: surface transfer resistance of the ground surface,
# added to the depth as H_c = H + R_0·λ_soil.
GROUND_SURFACE_RESISTANCE = 0.0685  # m²·K/W
# Clear distance between the casings of a buried pair (EN 13941-2 trench
# practice: 0.10-0.15 m; assumption).
PAIR_CLEARANCE_M = 0.15
# Outer surface coefficient in air (ISO 12241 clause 4.3, combined
# convection and radiation, outdoor with light wind: assumption of 10).
SURFACE_COEFF_AIR = 10.0  # W/(m²·K)
# Still air in a closed duct (ISO 12241 natural convection + radiation ≈ 8).
SURFACE_COEFF_DUCT = 8.0  # W/(m²·K)
# Equivalent diameter of a concrete duct around a pair of pipes: two outer
# diameters plus 0.3 m of clearance and wall (assumption for 地沟 channels).
DUCT_EXTRA_M = 0.3
# Network room temperature for the weather-compensation curve: the 18 °C
# design indoor temperature of JGJ 26-2018 §3.0.1 (recalled, not checked).
ROOM_TEMP_C = 18.0
# Unbalanced networks are run with excess flow ("大流量小温差") so that the
# worst-served building is warm; 1.3 × design flow is an assumption within
# the 10-20 % over-supply of area-billed networks (Tsinghua BERC
# 《中国建筑节能年度发展研究报告》, northern urban heating chapter; recalled,
# not checked).
EXCESS_FLOW_UNBALANCED = 1.3
# Variable-speed pumps do not go below this share of design flow (minimum
# speed of the drive; assumption).
MIN_FLOW_RATIO = 0.3


def steel_outer_diameter(dn: int):
    """Outer diameter of the steel service pipe of nominal size DN [m]
    (EN 10220 / EN 253 series).

    Parameters
    ----------
    dn : int
        Nominal diameter [mm].

    Returns
    -------
    Quantity
        [m].
    """
    if dn not in STEEL_OD_MM:
        raise ValueError(f"dn: {dn} is not a standard size; allowed: " + ", ".join(map(str, STEEL_OD_MM)))
    return Q_(STEEL_OD_MM[dn] / 1000.0, "m")


def series1_insulation_thickness(dn: int):
    """Insulation thickness of a series-1 pre-insulated pipe [mm]:
    (casing OD − steel OD)/2, EN 253 sizes (casing wall neglected).

    Parameters
    ----------
    dn : int
        Nominal diameter [mm].

    Returns
    -------
    Quantity
        [mm].
    """
    if dn not in CASING_OD_SERIES1_MM:
        raise ValueError(f"dn: {dn} has no series-1 casing; allowed: " + ", ".join(map(str, CASING_OD_SERIES1_MM)))
    return Q_((CASING_OD_SERIES1_MM[dn] - STEEL_OD_MM[dn]) / 2.0, "mm")


def insulation_resistance(d_inner, d_outer, conductivity):
    """Thermal resistance of a cylindrical layer per metre, ISO 12241:2022
    eq. (8): R = ln(D_o/D_i)/(2πλ).

    Parameters
    ----------
    d_inner, d_outer : Quantity
        Inner and outer diameter [m].
    conductivity : Quantity
        Thermal conductivity [W/(m·K)].

    Returns
    -------
    Quantity
        [m·K/W].
    """
    di = magnitude(d_inner, "m", "d_inner")
    do = magnitude(d_outer, "m", "d_outer")
    lam = magnitude(conductivity, "W/(m*K)", "conductivity")
    if di <= 0 or do < di:
        raise ValueError(f"d_outer: {do} m must be ≥ d_inner {di} m > 0")
    if lam <= 0:
        raise ValueError(f"conductivity: {lam} W/(m·K) must be > 0")
    return Q_(math.log(do / di) / (2 * math.pi * lam), "m*K/W")


def casing_diameter(dn: int, laying: str, insulation_thickness_m: float) -> float:
    """Outer diameter [m] that the soil sees around one pipe (buried: the
    insulated pipe; duct: the duct around the pair; above ground: none, 0),
    as used by :func:`segment_resistances`. A buried or duct laying needs
    the pipe axis deeper than half of it (:func:`soil_resistance`)."""
    d_out = STEEL_OD_MM[dn] / 1000.0 + 2 * insulation_thickness_m
    if laying == "buried":
        return d_out
    if laying == "duct":
        return 2 * d_out + DUCT_EXTRA_M
    return 0.0


def soil_resistance(depth, d_casing, soil_conductivity=Q_(SOIL_CONDUCTIVITY, "W/(m*K)")):
    """Soil resistance of one buried pipe per metre, EN 13941-1:2019
    Annex D: R_s = ln(4·H_c/D_c)/(2πλ_s), H_c = H + R_0·λ_s.

    Parameters
    ----------
    depth : Quantity
        Depth of the pipe axis H [m].
    d_casing : Quantity
        Casing outer diameter D_c [m].
    soil_conductivity : Quantity
        λ_s [W/(m·K)].

    Returns
    -------
    Quantity
        [m·K/W].
    """
    h = magnitude(depth, "m", "depth")
    dc = magnitude(d_casing, "m", "d_casing")
    ls = magnitude(soil_conductivity, "W/(m*K)", "soil_conductivity")
    hc = h + GROUND_SURFACE_RESISTANCE * ls
    if dc <= 0 or 2 * h <= dc:
        raise ValueError(f"depth: {h} m must exceed half the casing diameter ({dc / 2:.3f} m)")
    return Q_(math.log(4 * hc / dc) / (2 * math.pi * ls), "m*K/W")


def mutual_resistance(depth, spacing, soil_conductivity=Q_(SOIL_CONDUCTIVITY, "W/(m*K)")):
    """Mutual (interaction) resistance of a buried pair, EN 13941-1:2019
    Annex D: R_h = ln(√(1 + (2·H_c/E)²))/(2πλ_s).

    Parameters
    ----------
    depth : Quantity
        Depth of the pipe axes [m].
    spacing : Quantity
        Centre distance E of the pipes [m].
    soil_conductivity : Quantity
        [W/(m·K)].

    Returns
    -------
    Quantity
        [m·K/W].
    """
    h = magnitude(depth, "m", "depth")
    e = magnitude(spacing, "m", "spacing")
    ls = magnitude(soil_conductivity, "W/(m*K)", "soil_conductivity")
    if e <= 0:
        raise ValueError(f"spacing: {e} m must be > 0")
    hc = h + GROUND_SURFACE_RESISTANCE * ls
    return Q_(math.log(math.sqrt(1 + (2 * hc / e) ** 2)) / (2 * math.pi * ls), "m*K/W")


def buried_pair_loss(t_supply, t_return, t_ground, r_single, r_mutual):
    """Heat loss per metre of a buried pair, EN 13941-1:2019 Annex D:

    q_s = [(T_s−T_g)·R − (T_r−T_g)·R_h] / (R² − R_h²),
    q_r = [(T_r−T_g)·R − (T_s−T_g)·R_h] / (R² − R_h²), R = R_i + R_s.

    Parameters
    ----------
    t_supply, t_return, t_ground : Quantity
        Temperatures [°C], scalars or arrays.
    r_single : Quantity
        Insulation + soil resistance R [m·K/W].
    r_mutual : Quantity
        Mutual resistance R_h [m·K/W].

    Returns
    -------
    q_supply, q_return : Quantity
        [W/m]; the return value can be negative (heated by the supply pipe).
    """
    ts = np.asarray(magnitude(t_supply, "degC", "t_supply"), float)
    tr = np.asarray(magnitude(t_return, "degC", "t_return"), float)
    tg = np.asarray(magnitude(t_ground, "degC", "t_ground"), float)
    r = magnitude(r_single, "m*K/W", "r_single")
    rh = magnitude(r_mutual, "m*K/W", "r_mutual")
    if not r > rh >= 0:
        raise ValueError(f"r_mutual: {rh} m·K/W must be ≥ 0 and below r_single {r} m·K/W")
    den = r * r - rh * rh
    qs = ((ts - tg) * r - (tr - tg) * rh) / den
    qr = ((tr - tg) * r - (ts - tg) * rh) / den
    return Q_(qs, "W/m"), Q_(qr, "W/m")


def pump_power(flow, head, efficiency: float):
    """Electric power of a pump: P = ρ·g·H·V̇/η (EN 16297-1 hydraulic power
    over the wire-to-water efficiency).

    Parameters
    ----------
    flow : Quantity
        Volume flow V̇ [m³/s].
    head : Quantity
        Pump head H [m].
    efficiency : float
        Pump and motor efficiency [-].

    Returns
    -------
    Quantity
        [W].
    """
    v = np.asarray(magnitude(flow, "m**3/s", "flow"), float)
    h = magnitude(head, "m", "head")
    if not 0 < efficiency <= 1:
        raise ValueError(f"efficiency: {efficiency} must be > 0 and ≤ 1")
    if np.any(v < 0) or h < 0:
        raise ValueError("flow and head must be ≥ 0")
    return Q_(WATER_DENSITY * GRAVITY * h * v / efficiency, "W")


def affinity_power(design_power, flow_ratio):
    """Power of a variable-speed pump at part flow by the affinity laws,
    P = P_d·(V̇/V̇_d)³ (system curve through the origin).

    Parameters
    ----------
    design_power : Quantity
        Power at design flow [W].
    flow_ratio : array_like
        V̇/V̇_d [-].

    Returns
    -------
    Quantity
        [W].
    """
    p = magnitude(design_power, "W", "design_power")
    r = np.asarray(flow_ratio, float)
    if np.any(r < 0):
        raise ValueError("flow_ratio: must be ≥ 0")
    return Q_(p * r ** 3, "W")


@dataclasses.dataclass(frozen=True)
class SegmentResistances:
    """Per-metre resistances of one pipe pair and what surrounds it."""

    surroundings: str  # "soil", "duct" or "air"
    r_pipe: float  # [m·K/W] insulation (+ surface for duct/air)
    r_soil: float  # [m·K/W] soil (buried: per pipe; duct: duct to soil)
    r_mutual: float  # [m·K/W] buried pair interaction


def segment_resistances(segment, soil_conductivity=Q_(SOIL_CONDUCTIVITY, "W/(m*K)")) -> SegmentResistances:
    """Resistances of a :class:`calc.model.PipeSegment` per metre of trench.

    Parameters
    ----------
    segment : PipeSegment
        DN, laying, insulation thickness [mm] and conductivity [W/(m·K)],
        depth [m].
    soil_conductivity : Quantity
        [W/(m·K)].

    Returns
    -------
    SegmentResistances
    """
    d_pipe = steel_outer_diameter(segment.dn).m
    t_ins = magnitude(segment.insulation_thickness, "m", "insulation_thickness")
    d_out = d_pipe + 2 * t_ins
    r_ins = insulation_resistance(Q_(d_pipe, "m"), Q_(d_out, "m"), segment.insulation_conductivity).m if t_ins > 0 else 0.0
    depth = segment.depth
    if segment.laying == "buried":
        spacing = Q_(d_out + PAIR_CLEARANCE_M, "m")
        r_s = soil_resistance(depth, Q_(d_out, "m"), soil_conductivity).m
        r_h = mutual_resistance(depth, spacing, soil_conductivity).m
        return SegmentResistances("soil", r_ins, r_s, r_h)
    if segment.laying == "duct":
        r_surf = 1.0 / (math.pi * d_out * SURFACE_COEFF_DUCT)
        d_duct = 2 * d_out + DUCT_EXTRA_M
        r_duct = soil_resistance(depth, Q_(d_duct, "m"), soil_conductivity).m
        return SegmentResistances("duct", r_ins + r_surf, r_duct, 0.0)
    r_surf = 1.0 / (math.pi * d_out * SURFACE_COEFF_AIR)
    return SegmentResistances("air", r_ins + r_surf, 0.0, 0.0)


def segment_loss_per_metre(res: SegmentResistances, t_supply, t_return, t_ground, t_air):
    """Supply + return heat loss per metre of trench [W/m] for arrays of
    temperatures [°C] given as plain floats (hot loop, SI magnitudes)."""
    if res.surroundings == "soil":
        r = res.r_pipe + res.r_soil
        # Sum of the EN 13941 pair equations: (T_s + T_r − 2T_g)/(R + R_h).
        return (t_supply + t_return - 2 * t_ground) / (r + res.r_mutual)
    if res.surroundings == "duct":
        # Duct air: Σ(T_i − T_d)/R_p = (T_d − T_g)/R_d.
        g_p, g_d = 1.0 / res.r_pipe, 1.0 / res.r_soil
        t_duct = (g_p * (t_supply + t_return) + g_d * t_ground) / (2 * g_p + g_d)
        return g_p * (t_supply + t_return - 2 * t_duct)
    return (t_supply + t_return - 2 * t_air) / res.r_pipe


@dataclasses.dataclass(frozen=True)
class NetworkResult:
    """Hourly network operation; arrays are Quantities (length n)."""

    heat_delivered: object  # [kWh] heat taken by the substations
    losses: object  # [kWh] pipe heat losses
    heat_sent_out: object  # [kWh] delivered + losses
    pump_electricity: object  # [kWh]
    supply_temp: object  # [°C]
    return_temp: object  # [°C]
    losses_by_segment: dict  # name -> annual [kWh]
    loss_share: float  # [-] losses / heat sent out over the year
    warnings: tuple = ()
    makeup_losses: object = Q_(0.0, "kWh")  # [kWh] annual heat to warm the make-up water (inside ``losses``)

    @property
    def annual_sent_out(self):
        return self.heat_sent_out.sum()

    @property
    def annual_losses(self):
        return self.losses.sum()


def makeup_water_loss(volume, mean_temp, makeup_temp):
    """Heat to warm the make-up water of a network [kWh]:
    Q = ρ·c_p·V·(T̄ − T_make-up), water properties at 80 °C (IAPWS-IF97).

    Parameters
    ----------
    volume : Quantity
        Make-up water [m³].
    mean_temp : Quantity
        Mean network water temperature while it is lost [°C].
    makeup_temp : Quantity
        Temperature of the water fed in [°C].

    Returns
    -------
    Quantity
        [kWh], ≥ 0.
    """
    v = magnitude(volume, "m**3", "volume")
    dt = magnitude(mean_temp, "degC", "mean_temp") - magnitude(makeup_temp, "degC", "makeup_temp")
    return Q_(max(v * WATER_DENSITY * WATER_CP * dt / 3.6e6, 0.0), "kWh")


def system_curve_power(design_power, flow_ratio):
    """Pump power on a system curve through the origin (H ∝ V̇², pipe
    friction only) at ``flow_ratio`` × design flow: P = P_d·r³, whether the
    flow changes by speed (affinity laws) or by a constant-speed pump
    pushed to excess flow [W].

    Parameters
    ----------
    design_power : Quantity
        Power at design flow and head [W].
    flow_ratio : array_like
        Flow / design flow [-].

    Returns
    -------
    Quantity
        [W].
    """
    r = np.asarray(flow_ratio, float)
    return Q_(magnitude(design_power, "W", "design_power") * r ** 3, "W")


def design_flow_for(heat_load, supply_temp, return_temp):
    """Circulating flow that carries ``heat_load`` at the design temperature
    difference, V̇ = Q/(ρ·c_p·ΔT) [m³/h]."""
    q = magnitude(heat_load, "W", "heat_load")
    dt = magnitude(supply_temp, "degC", "supply_temp") - magnitude(return_temp, "degC", "return_temp")
    if dt <= 0:
        raise ValueError(f"design temperature difference {dt:g} K must be > 0")
    return Q_(q / (WATER_DENSITY * WATER_CP * dt) * 3600.0, "m**3/h")


def simulate_network(network, heat_demand, outdoor_temp, ground_temp, operating, *,
                     design_outdoor_temp, soil_conductivity=Q_(SOIL_CONDUCTIVITY, "W/(m*K)")) -> NetworkResult:
    """Hourly temperatures, losses and pump energy of a heating network.

    Supply temperature: constant at the design value, or weather
    compensated by the EN 442 heating curve (:func:`calc.heatpump.heating_curve`,
    room 18 °C). Flow: constant at the installed design flow (×1.3 when not
    balanced), or proportional to load for variable-speed pumps (not below
    30 %); pump power on the system curve (:func:`system_curve_power`).
    Make-up water heat (:func:`makeup_water_loss`) counts as a loss. Return temperature
    from the energy balance Q = ρ·c_p·V̇·(T_s − T_r). Losses from
    :func:`segment_resistances` each hour the network operates; with no
    pipes listed, ``assumed_loss_share`` of the heat sent out.

    Parameters
    ----------
    network : HeatingNetwork
        The network (calc.model).
    heat_demand : Quantity
        Heat taken by all substations each hour [kWh].
    outdoor_temp : Quantity
        [°C], same length.
    ground_temp : Quantity
        Undisturbed ground temperature at pipe depth [°C], same length.
    operating : array_like of bool
        Hours the network is hot (heating season).
    design_outdoor_temp : Quantity
        [°C].
    soil_conductivity : Quantity
        [W/(m·K)].

    Returns
    -------
    NetworkResult
    """
    q = np.asarray(magnitude(heat_demand, "kWh", "heat_demand"), float)
    t_out = np.asarray(magnitude(outdoor_temp, "degC", "outdoor_temp"), float)
    t_g = np.asarray(magnitude(ground_temp, "degC", "ground_temp"), float)
    on = np.asarray(operating, bool)
    if not (q.shape == t_out.shape == t_g.shape == on.shape):
        raise ValueError("heat_demand, outdoor_temp, ground_temp and operating must have the same length")
    if np.any(~np.isfinite(q)) or np.any(q < 0):
        raise ValueError("heat_demand: must be finite and ≥ 0 kWh every hour")
    notes: list[str] = []
    ts_d = network.design_supply_temp.m
    tr_d = network.design_return_temp.m
    if tr_d >= ts_d:
        raise ValueError(f"design_return_temp: {tr_d} °C must be below design_supply_temp {ts_d} °C")
    on = on & True
    q_design = float(q.max()) if q.size else 0.0  # kWh in one hour = kW
    zeros = np.zeros_like(q)
    if q_design <= 0 or not on.any():
        notes.append(msg("network.not_operated", "no heat is taken from the network: it is not operated, "
                         "losses and pump energy are zero"))
        for n in notes:
            warnings.warn(n, stacklevel=2)
        nan_free = Q_(zeros, "kWh")
        return NetworkResult(nan_free, nan_free, nan_free, nan_free, Q_(np.full_like(q, ts_d), "degC"),
                             Q_(np.full_like(q, tr_d), "degC"), {s.name or f"DN{s.dn}": 0.0 for s in network.pipes},
                             0.0, tuple(notes))
    if network.design_flow is not None:
        # The pumps and pipes as installed: after envelope work the same flow
        # carries less heat (a smaller temperature drop).
        v_design = magnitude(network.design_flow, "m**3/s")
        q_design = v_design * WATER_DENSITY * WATER_CP * (ts_d - tr_d) / 1000.0
    else:
        v_design = q_design * 1000.0 / (WATER_DENSITY * WATER_CP * (ts_d - tr_d))
    phi = q / q_design
    if network.control == "weather_compensated":
        ts, _ = heating_curve(Q_(t_out, "degC"), design_outdoor_temp, network.design_supply_temp,
                              network.design_return_temp, room_temp=Q_(ROOM_TEMP_C, "degC"))
        ts = ts.m
    else:
        ts = np.full_like(q, ts_d)
    excess = 1.0 if network.balanced else EXCESS_FLOW_UNBALANCED
    flow_ratio = (np.maximum(phi, MIN_FLOW_RATIO) if network.variable_speed else np.ones_like(q)) * excess
    dt = (ts_d - tr_d) * phi / flow_ratio
    # The water cannot return colder than the ground around the building.
    tr = np.maximum(ts - dt, np.minimum(ts, t_g))

    losses_w = np.zeros_like(q)
    by_segment = {}
    for i, seg in enumerate(network.pipes):
        name = seg.name or f"segment {i + 1} (DN{seg.dn})"
        if seg.insulation_thickness.m == 0:
            notes.append(msg("network.bare_pipe", "pipes[{i}] ({name}): no insulation; heat loss of a bare pipe",
                             i=i, n=i + 1, name=seg.name or msg("network.segment", "segment {n} (DN{dn})", n=i + 1, dn=seg.dn)))
        res = segment_resistances(seg, soil_conductivity)
        w = segment_loss_per_metre(res, ts, tr, t_g, t_out) * magnitude(seg.length, "m")
        w = np.where(on, np.maximum(w, 0.0), 0.0)
        losses_w += w
        by_segment[name] = float(w.sum() / 1000.0)
    losses = losses_w / 1000.0  # W over one hour -> kWh
    if not network.pipes:
        s = network.assumed_loss_share
        losses = np.where(on, q * s / (1.0 - s), 0.0)
        notes.append(msg("network.no_pipes", "no pipes listed: network loss taken as {share:.0%} of the heat sent out",
                         share=s))
    makeup = 0.0
    if network.makeup_water.m > 0:
        hours = int(on.sum())
        t_mean = float(np.mean(((ts + tr) / 2.0)[on]))
        makeup = makeup_water_loss(to(network.makeup_water, "m**3/a") * Q_(1.0, "a"), Q_(t_mean, "degC"),
                                   network.makeup_water_temp).m
        losses = losses + np.where(on, makeup / hours, 0.0)
    sent = q + losses
    p_design = pump_power(Q_(v_design, "m**3/s"), network.pump_head, network.pump_efficiency).m
    p = system_curve_power(Q_(p_design, "W"), flow_ratio).m
    pump_kwh = np.where(on, p, 0.0) / 1000.0
    total_sent = float(sent.sum())
    share = float(losses.sum() / total_sent) if total_sent > 0 else 0.0
    for n in notes:
        warnings.warn(n, stacklevel=2)
    return NetworkResult(
        heat_delivered=Q_(q, "kWh"), losses=Q_(losses, "kWh"), heat_sent_out=Q_(sent, "kWh"),
        pump_electricity=Q_(pump_kwh, "kWh"), supply_temp=Q_(ts, "degC"), return_temp=Q_(tr, "degC"),
        losses_by_segment=by_segment, loss_share=share, warnings=tuple(notes), makeup_losses=Q_(makeup, "kWh"),
    )


# The plan's network indicator: heat-loss share about 2 percentage points
# below 2020 by end-2025 (State Council 2024-2025 action plan, §(7)2).
PLAN_LOSS_SHARE_CUT_PP = 2.0


def loss_share_note(baseline_share: float, package_share: float) -> str | None:
    """A note when the package raises the network's loss share [-]: less heat
    through the same pipes (envelope work, metering) makes the fixed pipe
    loss a larger share, against the plan's indicator."""
    if package_share <= baseline_share + 1e-9:
        return None
    return msg("network.loss_share_rises", "The package raises the network's heat-loss share from {before:.1f} % to "
               "{after:.1f} %: the buildings take less heat through the same pipes. The plan asks "
               "for about {cut:g} percentage points less than in 2020; pipe renewal, lower "
               "temperatures or variable flow lower the losses themselves.",
               before=100 * baseline_share, after=100 * package_share, cut=PLAN_LOSS_SHARE_CUT_PP)
