"""Heat pumps: COP each hour from source and sink temperature, capacity,
defrost and back-up heat.

Two performance models:

* the Carnot-efficiency model, COP = η_C · T_sink / (T_sink − T_source)
  with temperatures in K and a condenser approach added to the flow
  temperature (textbook exergy-efficiency model; e.g. Ruhnau et al. 2019,
  *Sci. Data* 6:189);
* a product's test points (GB/T 25127.2-2020 / EN 14825:2022 conditions),
  interpolated bilinearly in source and sink temperature.

The flow (sink) temperature follows the emitters through a heating curve
(EN 442-2:2014 characteristic equation, exponent n = 1.3 for radiators).
"""

from __future__ import annotations

import dataclasses
import warnings

import numpy as np

from .climate import design_outdoor_temperature
from .messages import msg
from .units import Q_, magnitude

ZERO_CELSIUS_K = 273.15
HOURS_PER_STEP = 1.0  # hourly series throughout

# Condenser approach: refrigerant condensing temperature above the water flow
# temperature, 3-5 K (recalled, not checked); the upper value is used.
SINK_APPROACH_K = 5.0
# Smallest source-to-sink lift used in the Carnot formula; avoids the pole of
# T_sink/(T_sink − T_source) when the source is as warm as the sink.
MIN_LIFT_K = 10.0
# Air-source units must keep running down to −25 °C (GB/T 25127.2-2020 lowest
# test condition; recalled, not checked); below it the back-up covers the load.
AIR_SOURCE_MIN_TEMP_C = -25.0
# Capacity of an air-source unit changes with outdoor temperature by this
# share of its design capacity per K: typical catalogue data of air-to-water
# units give 70-75 % at −7 °C of the +7 °C capacity (assumption, documented
# in docs/supply.md).
AIR_CAPACITY_SLOPE_PER_K = 0.02
AIR_CAPACITY_MAX_RATIO = 1.6
# Defrost: COP penalty of 5-10 % between about −5 and +5 °C in humid air
# (recalled, not checked). Modelled as a triangle peaking at 0 °C, scaled by how far
# the relative humidity exceeds 60 % (frosting needs humid air; assumption).
DEFROST_MAX_PENALTY = 0.10
DEFROST_PEAK_C = 0.0
DEFROST_HALF_WIDTH_K = 5.0
DEFROST_RH_THRESHOLD = 60.0
# Ground source: the brine leaves the boreholes colder than the undisturbed
# ground; VDI 4640-2 designs keep the mean fluid temperature some 5-8 K below
# the ground at full load (assumption within that range).
GROUND_FLUID_DRAWDOWN_K = 6.0

# Emitter exponents: EN 442-2 radiators 1.3; EN 1264 floor heating about 1.1;
# fan coils are close to linear.
EMITTER_EXPONENT = {"radiators": 1.3, "floor_heating": 1.1, "fan_coils": 1.0}

# Renewable ambient heat, EU RED 2009/28/EC Annex VII: a heat pump's ambient
# heat E_RES = Q_usable·(1 − 1/SPF) counts only when SPF > 1.15/η, with η the
# ratio of gross electricity output to the primary energy used for it;
# Commission Decision 2013/114/EU sets η = 45.5 % (so SPF > 2.53).
RED_SPF_FACTOR = 1.15
RED_ELECTRICITY_EFFICIENCY = 0.455
RED_MIN_SPF = RED_SPF_FACTOR / RED_ELECTRICITY_EFFICIENCY


@dataclasses.dataclass(frozen=True)
class HeatPumpProduct:
    """Test points of one heat pump product.

    ``source_temps`` [°C] and ``sink_temps`` [°C] span a grid; ``cop`` and
    ``capacity`` [kW] have shape (len(source_temps), len(sink_temps)).
    ``sink_temps`` are leaving water temperatures as in GB/T 25127.2-2020
    and EN 14825. Test values already include defrost cycles (EN 14511-3
    measures over whole defrost periods), so no extra defrost penalty is
    applied to them.
    """

    name: str
    source_temps: tuple
    sink_temps: tuple
    cop: tuple
    capacity: tuple
    source: str = ""
    max_flow_temp: float = float("inf")  # [°C] highest leaving water temperature the unit can make
    sink_medium: str = "water"  # "air": an air-to-air unit, rated at its indoor air temperature

    @property
    def tested_max_sink(self) -> float:
        """Highest tested leaving water temperature [°C]."""
        return float(self.sink_temps[-1])

    def __post_init__(self):
        src = np.asarray(self.source_temps, float)
        snk = np.asarray(self.sink_temps, float)
        cop = np.asarray(self.cop, float)
        cap = np.asarray(self.capacity, float)
        for name, arr in (("source_temps", src), ("sink_temps", snk)):
            if arr.ndim != 1 or arr.size < 1 or np.any(np.diff(arr) <= 0):
                raise ValueError(f"{self.name}: {name} must be strictly increasing, got {arr.tolist()}")
        for name, arr in (("cop", cop), ("capacity", cap)):
            if arr.shape != (src.size, snk.size):
                raise ValueError(f"{self.name}: {name} must have shape {(src.size, snk.size)}, got {arr.shape}")
            if not np.all(np.isfinite(arr)) or np.any(arr <= 0):
                raise ValueError(f"{self.name}: every {name} value must be > 0")


def product_from_points(name: str, points, source: str = "", max_flow_temp: float = float("inf"),
                        sink_medium: str = "water") -> HeatPumpProduct:
    """A product grid from scattered test points.

    ``points`` are ``(source_temp [°C], sink_temp [°C], cop [-], capacity)``
    tuples (capacity in kW or as a ratio). Grid cells without a test point
    are filled from the nearest sink temperature tested at the same source
    temperature, with the COP scaled by the Carnot ratio of the two sink
    temperatures (condensing temperature = sink + ``SINK_APPROACH_K``) and
    the capacity kept; tested cells are kept exactly.

    Parameters
    ----------
    name : str
    points : iterable of tuple
    source : str
        Where the data come from.
    max_flow_temp : float
        Highest leaving water temperature of the unit [°C] (catalogue limit).
    sink_medium : str
        ``water`` or ``air`` (air-to-air units: the sink is the room air).

    Returns
    -------
    HeatPumpProduct
    """
    pts = [tuple(float(x) for x in p) for p in points]
    if not pts:
        raise ValueError(f"{name}: no test points")
    src = sorted({p[0] for p in pts})
    snk = sorted({p[1] for p in pts})
    cop = np.full((len(src), len(snk)), np.nan)
    cap = np.full((len(src), len(snk)), np.nan)
    for s_, k_, c_, q_ in pts:
        cop[src.index(s_), snk.index(k_)] = c_
        cap[src.index(s_), snk.index(k_)] = q_
    for i, ts in enumerate(src):
        tested = [j for j in range(len(snk)) if np.isfinite(cop[i, j])]
        for j, tk in enumerate(snk):
            if np.isfinite(cop[i, j]):
                continue
            jn = min(tested, key=lambda jj: abs(snk[jj] - tk))
            ratio = (_carnot_ideal(ts, tk) / _carnot_ideal(ts, snk[jn]))
            cop[i, j] = cop[i, jn] * ratio
            cap[i, j] = cap[i, jn]
    return HeatPumpProduct(name=name, source_temps=tuple(src), sink_temps=tuple(snk),
                           cop=tuple(map(tuple, cop)), capacity=tuple(map(tuple, cap)), source=source,
                           max_flow_temp=float(max_flow_temp), sink_medium=sink_medium)


def _carnot_ideal(t_source_c: float, t_sink_c: float) -> float:
    tc = t_sink_c + ZERO_CELSIUS_K + SINK_APPROACH_K
    return tc / max(tc - t_source_c - ZERO_CELSIUS_K, MIN_LIFT_K)


def _interp_axis(grid: np.ndarray, x: np.ndarray):
    """Index of the lower grid point and weight of the upper one, clamped to
    the grid (no extrapolation beyond the tested range)."""
    if grid.size == 1:
        return np.zeros(x.shape, int), np.zeros(x.shape)
    xc = np.clip(x, grid[0], grid[-1])
    i = np.clip(np.searchsorted(grid, xc, side="right") - 1, 0, grid.size - 2)
    w = (xc - grid[i]) / (grid[i + 1] - grid[i])
    return i, w


def _bilinear(product: HeatPumpProduct, table, t_source: np.ndarray, t_sink: np.ndarray) -> np.ndarray:
    src = np.asarray(product.source_temps, float)
    snk = np.asarray(product.sink_temps, float)
    z = np.asarray(table, float)
    i, wi = _interp_axis(src, t_source)
    j, wj = _interp_axis(snk, t_sink)
    i1 = np.minimum(i + 1, src.size - 1)
    j1 = np.minimum(j + 1, snk.size - 1)
    return ((1 - wi) * (1 - wj) * z[i, j] + wi * (1 - wj) * z[i1, j]
            + (1 - wi) * wj * z[i, j1] + wi * wj * z[i1, j1])


def product_performance(product: HeatPumpProduct, source_temp, sink_temp):
    """COP and capacity of a product, bilinear in source and sink temperature.

    Follows the test-point tables of GB/T 25127.2-2020 (low-ambient
    air-source water units) and EN 14825:2022 Annex (part-load conditions).
    Outside the tested source range the nearest edge value is used; above
    the highest tested sink temperature the COP there is scaled by the
    Carnot ratio of the condensing temperatures (a documented
    extrapolation: callers warn, and refuse above ``max_flow_temp``).

    Parameters
    ----------
    product : HeatPumpProduct
        Test points.
    source_temp : Quantity
        Source (outdoor air or brine) temperature [°C], scalar or array.
    sink_temp : Quantity
        Leaving water temperature [°C], same shape.

    Returns
    -------
    cop : numpy.ndarray
        Coefficient of performance [-].
    capacity : Quantity
        Heating capacity [kW].
    """
    ts = np.asarray(magnitude(source_temp, "degC", "source_temp"), float)
    tk = np.asarray(magnitude(sink_temp, "degC", "sink_temp"), float)
    ts, tk = np.broadcast_arrays(ts, tk)
    top = product.tested_max_sink
    cop = _bilinear(product, product.cop, ts, tk)
    # Above the tested range (up to the unit's maximum flow temperature) the
    # COP at the top tested sink is scaled by the Carnot ratio of the two
    # condensing temperatures, as product_from_points fills untested cells.
    above = (tk > top) if product.sink_medium == "water" else np.zeros(tk.shape, bool)
    if np.any(above):
        cop = np.where(above, cop * _carnot_ideal_array(ts, tk) / _carnot_ideal_array(ts, np.full_like(tk, top)), cop)
    return cop, Q_(_bilinear(product, product.capacity, ts, tk), "kW")


def _carnot_ideal_array(t_source_c: np.ndarray, t_sink_c: np.ndarray) -> np.ndarray:
    tc = t_sink_c + ZERO_CELSIUS_K + SINK_APPROACH_K
    return tc / np.maximum(tc - t_source_c - ZERO_CELSIUS_K, MIN_LIFT_K)


def carnot_cop(source_temp, sink_temp, carnot_efficiency: float, *, approach=Q_(SINK_APPROACH_K, "K")):
    """COP from the Carnot-efficiency model.

    COP = η_C · T_c / (T_c − T_source), T_c = sink temperature + approach,
    temperatures in K (Ruhnau et al. 2019, *Sci. Data* 6:189,
    eq. 1 with an exergy efficiency in place of their regression). The lift
    is never taken below ``MIN_LIFT_K`` and the COP never below 1 (a heat
    pump is at worst a resistance heater).

    Parameters
    ----------
    source_temp : Quantity
        Source temperature [°C].
    sink_temp : Quantity
        Flow (leaving water) temperature [°C].
    carnot_efficiency : float
        Exergy efficiency η_C [-], 0 < η_C < 1.
    approach : Quantity
        Condensing temperature above the flow temperature [K].

    Returns
    -------
    numpy.ndarray
        COP [-].
    """
    if not 0 < carnot_efficiency < 1:
        raise ValueError(f"carnot_efficiency: {carnot_efficiency} must be > 0 and < 1")
    ts = np.asarray(magnitude(source_temp, "degC", "source_temp"), float) + ZERO_CELSIUS_K
    tc = np.asarray(magnitude(sink_temp, "degC", "sink_temp"), float) + ZERO_CELSIUS_K + magnitude(approach, "K", "approach")
    lift = np.maximum(tc - ts, MIN_LIFT_K)
    return np.maximum(carnot_efficiency * tc / lift, 1.0)


def defrost_factor(outdoor_temp, relative_humidity):
    """Share of the COP left after defrosting an air-source evaporator.

    A triangular penalty of at most ``DEFROST_MAX_PENALTY`` (10 %) peaking
    at 0 °C and vanishing at ±5 °C, scaled linearly from 0 at 60 % to 1 at
    100 % relative humidity (5-10 % between −5 and +5 °C in humid air,
    recalled, not checked; the shape is this program's assumption).

    Parameters
    ----------
    outdoor_temp : Quantity
        Outdoor dry-bulb temperature [°C].
    relative_humidity : Quantity
        Relative humidity [%].

    Returns
    -------
    numpy.ndarray
        Factor [-] in [1 − DEFROST_MAX_PENALTY, 1].
    """
    t = np.asarray(magnitude(outdoor_temp, "degC", "outdoor_temp"), float)
    rh = np.asarray(magnitude(relative_humidity, "percent", "relative_humidity"), float)
    shape = np.clip(1.0 - np.abs(t - DEFROST_PEAK_C) / DEFROST_HALF_WIDTH_K, 0.0, 1.0)
    wet = np.clip((rh - DEFROST_RH_THRESHOLD) / (100.0 - DEFROST_RH_THRESHOLD), 0.0, 1.0)
    return 1.0 - DEFROST_MAX_PENALTY * shape * wet


def heating_curve(outdoor_temp, design_outdoor_temp, design_supply_temp, design_return_temp, *,
                  room_temp=Q_(20.0, "degC"), emitter: str = "radiators", load_ratio: float = 1.0):
    """Flow and return temperatures of weather-compensated emitters.

    Emitter output follows EN 442-2:2014 eq. (1), Φ/Φ_d = (ΔT/ΔT_d)^n, with
    the arithmetic mean excess temperature ΔT = (T_s + T_r)/2 − T_room, and
    constant flow, so that T_s − T_r scales with the load. The load ratio is
    (T_room − T_out)/(T_room − T_out,design), clipped to [0, 1]; with the
    room at or below the design outdoor temperature, 1 whenever T_out is
    below the room.

    ``load_ratio`` is the building's current design heat load over the
    emitters' output at the design temperatures: below 1 (emitters oversized
    after envelope work) the whole curve runs cooler, above 1 it must run
    hotter than the design temperatures (see calc.emitters).

    Parameters
    ----------
    outdoor_temp : Quantity
        Outdoor temperature [°C], array.
    design_outdoor_temp : Quantity
        Heating design outdoor temperature [°C].
    design_supply_temp, design_return_temp : Quantity
        Design flow and return temperatures [°C].
    room_temp : Quantity
        Room temperature [°C].
    emitter : str
        ``radiators`` (n = 1.3), ``floor_heating`` (1.1) or ``fan_coils`` (1.0).
    load_ratio : float
        Design heat load / emitter output at the design temperatures [-], > 0.

    Returns
    -------
    supply, return : Quantity
        Flow and return temperatures [°C].
    """
    t_out = np.asarray(magnitude(outdoor_temp, "degC", "outdoor_temp"), float)
    t_od = magnitude(design_outdoor_temp, "degC", "design_outdoor_temp")
    ts_d = magnitude(design_supply_temp, "degC", "design_supply_temp")
    tr_d = magnitude(design_return_temp, "degC", "design_return_temp")
    t_room = magnitude(room_temp, "degC", "room_temp")
    if emitter not in EMITTER_EXPONENT:
        raise ValueError(f"emitter: {emitter!r} unknown; allowed: " + ", ".join(EMITTER_EXPONENT))
    if tr_d >= ts_d:
        raise ValueError(f"design_return_temp: {tr_d} °C must be below the design supply temperature {ts_d} °C")
    if (ts_d + tr_d) / 2 <= t_room:
        raise ValueError(f"design_supply_temp: mean emitter temperature {(ts_d + tr_d) / 2} °C must exceed the room temperature {t_room} °C")
    if not (np.isfinite(load_ratio) and load_ratio > 0):
        raise ValueError(f"load_ratio: {load_ratio} must be a finite number > 0")
    n = EMITTER_EXPONENT[emitter]
    if t_od < t_room:
        phi = np.clip((t_room - t_out) / (t_room - t_od), 0.0, 1.0) * load_ratio
    else:
        # A room kept below the design outdoor temperature (a frost-protection
        # setpoint in a warm city) needs heat only in the few hours colder than
        # the design hour, and the curve has no span to scale by: those hours
        # run at the design temperatures.
        phi = np.where(t_out < t_room, 1.0, 0.0) * load_ratio
    dt_mean = ((ts_d + tr_d) / 2 - t_room) * phi ** (1.0 / n)
    half_spread = (ts_d - tr_d) / 2 * phi
    return Q_(t_room + dt_mean + half_spread, "degC"), Q_(t_room + dt_mean - half_spread, "degC")


def air_capacity_ratio(outdoor_temp, design_outdoor_temp):
    """Capacity of an air-source unit relative to its capacity at the design
    outdoor temperature [-]: 1 + s·(T − T_design), s =
    ``AIR_CAPACITY_SLOPE_PER_K``; zero below ``AIR_SOURCE_MIN_TEMP_C``
    (assumption from catalogue data, see docs/supply.md).

    Parameters
    ----------
    outdoor_temp : Quantity
        Outdoor temperature [°C].
    design_outdoor_temp : Quantity
        Design outdoor temperature [°C].

    Returns
    -------
    numpy.ndarray
        Ratio [-].
    """
    t = np.asarray(magnitude(outdoor_temp, "degC", "outdoor_temp"), float)
    t_d = magnitude(design_outdoor_temp, "degC", "design_outdoor_temp")
    ratio = np.clip(1.0 + AIR_CAPACITY_SLOPE_PER_K * (t - t_d), 0.0, AIR_CAPACITY_MAX_RATIO)
    return np.where(t < AIR_SOURCE_MIN_TEMP_C, 0.0, ratio)


def ground_source_temperature(ground_temp, load_ratio):
    """Brine temperature entering a ground-source heat pump [°C]: the
    undisturbed ground temperature minus a drawdown proportional to the load
    (``GROUND_FLUID_DRAWDOWN_K`` at full load; VDI 4640-2:2019 range).

    Parameters
    ----------
    ground_temp : Quantity
        Undisturbed ground temperature [°C].
    load_ratio : array_like
        Heat output over capacity [-].

    Returns
    -------
    Quantity
        Source temperature [°C].
    """
    tg = magnitude(ground_temp, "degC", "ground_temp")
    lr = np.clip(np.asarray(load_ratio, float), 0.0, 1.0)
    return Q_(tg - GROUND_FLUID_DRAWDOWN_K * lr, "degC")


@dataclasses.dataclass(frozen=True)
class HeatPumpResult:
    """Hourly heat pump operation. Arrays are Quantities of length n."""

    heat_pump_heat: object  # [kWh] heat delivered by the heat pump
    electricity: object  # [kWh] electricity of the heat pump (compressor, fans)
    backup_heat: object  # [kWh] heat delivered by the back-up heater
    backup_input: object  # [kWh] energy input of the back-up (its carrier)
    unmet_heat: object  # [kWh] heat not delivered (no back-up)
    cop: object  # [-] hourly COP (0 where the unit is off)
    scop: float  # [-] heat of the heat pump and electric back-up / their electricity (EN 14825 SCOP)
    scop_on: float  # [-] heat pump alone (EN 14825 SCOP_on)
    backup_share: float  # [-] back-up heat / total heat delivered
    capacity: object  # [kW] design capacity used


def simulate_heat_pump(heat_demand, outdoor_temp, sink_temp, capacity, *, source: str = "air",
                       carnot_efficiency: float = 0.45, product: HeatPumpProduct | None = None,
                       relative_humidity=None, ground_temp=None, design_outdoor_temp=None,
                       backup: str = "electric", backup_efficiency: float = 1.0,
                       max_flow_temp=None) -> HeatPumpResult:
    """Hour-by-hour operation of a heat pump with back-up.

    Each hour: capacity from the outdoor temperature (air source: linear
    derating from the design point; product: its capacity table scaled to
    ``capacity`` at the design point; ground source: constant), heat pump
    heat = min(demand, capacity), back-up = the rest. COP from the product's
    test points or the Carnot-efficiency model, times the defrost factor
    for air-source units of the generic model. SCOP as in EN 14825:2022
    clause 3 (total heat over total electricity including the electric
    back-up heater).

    Parameters
    ----------
    heat_demand : Quantity
        Heat to deliver each hour [kWh], array (≥ 0).
    outdoor_temp : Quantity
        Outdoor temperature [°C], same length.
    sink_temp : Quantity
        Flow temperature [°C], same length.
    capacity : Quantity
        Heating capacity at the design outdoor temperature [kW].
    source : str
        ``air`` or ``ground``.
    carnot_efficiency : float
        η_C of the generic model [-].
    product : HeatPumpProduct, optional
        Test points; replaces the generic model.
    relative_humidity : Quantity, optional
        Outdoor relative humidity [%] (defrost); none = no defrost penalty.
    ground_temp : Quantity, optional
        Undisturbed ground temperature [°C] (required for ``ground``).
    design_outdoor_temp : Quantity, optional
        [°C]; default: 99.6 % percentile of ``outdoor_temp``.
    backup : str
        ``electric``, ``gas_boiler`` or ``none``.
    backup_efficiency : float
        Efficiency of the back-up heater [-].
    max_flow_temp : Quantity, optional
        Highest flow temperature the unit makes [°C]; in hours that need a
        hotter flow the heat pump stays off and the back-up carries the load
        (a booster). Default: the product's limit, else none.

    Returns
    -------
    HeatPumpResult
    """
    q = np.asarray(magnitude(heat_demand, "kWh", "heat_demand"), float)
    t_out = np.asarray(magnitude(outdoor_temp, "degC", "outdoor_temp"), float)
    t_sink = np.asarray(magnitude(sink_temp, "degC", "sink_temp"), float)
    cap_d = magnitude(capacity, "kW", "capacity")
    if q.shape != t_out.shape or q.shape != t_sink.shape:
        raise ValueError(f"heat_demand, outdoor_temp and sink_temp must have the same length; got {q.shape}, {t_out.shape}, {t_sink.shape}")
    if np.any(~np.isfinite(q)) or np.any(q < 0):
        raise ValueError("heat_demand: must be finite and ≥ 0 kWh every hour")
    if not np.isfinite(cap_d) or cap_d <= 0:
        raise ValueError(f"capacity: {cap_d} kW must be > 0")
    if source not in ("air", "ground"):
        raise ValueError(f"source: {source!r} must be 'air' or 'ground'")
    if backup not in ("electric", "gas_boiler", "none"):
        raise ValueError(f"backup: {backup!r} must be one of electric, gas_boiler, none")
    if not 0 < backup_efficiency <= 1:
        raise ValueError(f"backup_efficiency: {backup_efficiency} must be > 0 and ≤ 1")
    t_d = (magnitude(design_outdoor_temp, "degC", "design_outdoor_temp") if design_outdoor_temp is not None
           else design_outdoor_temperature(Q_(t_out, "degC")).m)

    if source == "ground":
        if ground_temp is None:
            raise ValueError("ground_temp: required for a ground-source heat pump")
        cap = np.full(q.shape, cap_d)
        t_src = ground_source_temperature(ground_temp, q / cap).m
    else:
        t_src = t_out
        if product is None:
            cap = cap_d * air_capacity_ratio(Q_(t_out, "degC"), Q_(t_d, "degC"))
    if product is not None:
        cop_table, cap_table = product_performance(product, Q_(t_src, "degC"), Q_(t_sink, "degC"))
        _, cap_design = product_performance(product, Q_(t_d if source == "air" else float(np.mean(t_src)), "degC"),
                                            Q_(float(np.max(t_sink)), "degC"))
        cap = cap_d * cap_table.m / float(cap_design.m)
        if source == "air":
            cap = np.where(t_out < AIR_SOURCE_MIN_TEMP_C, 0.0, cap)
        cop = cop_table
    else:
        cop = carnot_cop(Q_(t_src, "degC"), Q_(t_sink, "degC"), carnot_efficiency)
        if source == "air" and relative_humidity is not None:
            cop = cop * defrost_factor(Q_(t_out, "degC"), relative_humidity)

    t_max = (magnitude(max_flow_temp, "degC", "max_flow_temp") if max_flow_temp is not None
             else (product.max_flow_temp if product is not None else np.inf))
    cap = np.where(t_sink > t_max, 0.0, cap)
    hp_heat = np.minimum(q, cap * HOURS_PER_STEP)
    rest = q - hp_heat
    elec = np.divide(hp_heat, cop, out=np.zeros_like(hp_heat), where=hp_heat > 0)
    if backup == "none":
        backup_heat, unmet = np.zeros_like(q), rest
        if rest.sum() > 0:
            warnings.warn(msg("heatpump.unmet", "heat pump without back-up leaves {kwh:.0f} kWh of heat undelivered; "
                              "raise the capacity or add a back-up heater", kwh=float(rest.sum())), stacklevel=2)
    else:
        backup_heat, unmet = rest, np.zeros_like(q)
    backup_input = backup_heat / backup_efficiency
    hp_total = hp_heat.sum()
    scop_on = float(hp_total / elec.sum()) if elec.sum() > 0 else 0.0
    if backup == "electric":
        denom = elec.sum() + backup_input.sum()
        scop = float((hp_total + backup_heat.sum()) / denom) if denom > 0 else 0.0
    else:
        scop = scop_on
    delivered = hp_total + backup_heat.sum()
    share = float(backup_heat.sum() / delivered) if delivered > 0 else 0.0
    return HeatPumpResult(
        heat_pump_heat=Q_(hp_heat, "kWh"), electricity=Q_(elec, "kWh"), backup_heat=Q_(backup_heat, "kWh"),
        backup_input=Q_(backup_input, "kWh"), unmet_heat=Q_(unmet, "kWh"),
        cop=np.where(hp_heat > 0, cop, 0.0), scop=scop, scop_on=scop_on, backup_share=share,
        capacity=Q_(cap_d, "kW"),
    )


def renewable_ambient_heat(heat, electricity, spf: float, *, min_spf: float = RED_MIN_SPF):
    """Ambient heat of a heat pump counted as renewable, EU RED 2009/28/EC
    Annex VII: E_RES = Q_usable − electricity = Q_usable·(1 − 1/SPF), and
    nothing unless SPF > 1.15/η (η = 0.455, Decision 2013/114/EU, so
    SPF > 2.53).

    Parameters
    ----------
    heat : Quantity
        Usable heat delivered by the heat pump (without back-up) [kWh].
    electricity : Quantity
        Its electricity [kWh].
    spf : float
        Seasonal performance factor tested against the threshold [-]
        (this program passes the EN 14825 SCOP including electric back-up).
    min_spf : float
        Threshold [-].

    Returns
    -------
    Quantity
        Renewable ambient heat [kWh], ≥ 0.
    """
    q = float(np.sum(magnitude(heat, "kWh", "heat")))
    e = float(np.sum(magnitude(electricity, "kWh", "electricity")))
    if not (np.isfinite(spf) and spf > min_spf):
        return Q_(0.0, "kWh")
    return Q_(max(q - e, 0.0), "kWh")
