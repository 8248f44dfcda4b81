"""Heat emitters: output at a temperature (EN 442-2:2014), the check that
they deliver the building's design load, and their sizing.

The emitters of a building are described by their output at the EN 442
standard conditions (flow 75 °C, return 65 °C, room 20 °C: mean excess
temperature ΔT = 50 K) per heated floor area, ``Equipment.emitter_output_50``.
At other temperatures Φ = Φ₅₀·(ΔT/50)ⁿ, EN 442-2:2014 eq. (1), with ΔT the
arithmetic mean excess temperature and n the emitter exponent
(radiators 1.3; floor heating 1.1 and fan coils 1.0 take the same
characteristic, an approximation of EN 1264 and of catalogue fan-coil data).
"""

from __future__ import annotations

import dataclasses

import numpy as np

from .geometry import floor_area
from .heatpump import EMITTER_EXPONENT
from .messages import Term, msg
from .model import Equipment
from .schedules import PartsMemo
from .schema import field_spec
from .units import Q_, magnitude

# The largest Φ₅₀ per floor area an Equipment holds [W/m²] (its field's bound).
_MAX_OUTPUT_50 = Q_(field_spec(Equipment, "emitter_output_50")["le"], "W/m**2")
# EN 442-2:2014 standard conditions: 75/65/20 °C, mean excess ΔT 50 K.
STANDARD_EXCESS_K = 50.0
# The check passes when the emitters deliver the design load within this
# share (rounding of sizes, the 1 % of a typical heat-loss calculation).
CHECK_TOLERANCE = 0.01


def mean_excess(supply_temp, return_temp, room_temp):
    """Arithmetic mean excess temperature ΔT = (T_s + T_r)/2 − T_room [K]
    (EN 442-2:2014 clause 3)."""
    ts = magnitude(supply_temp, "degC", "supply_temp")
    tr = magnitude(return_temp, "degC", "return_temp")
    ti = magnitude(room_temp, "degC", "room_temp")
    return Q_((ts + tr) / 2.0 - ti, "K")


def emitter_output(output_50, excess, exponent: float):
    """Emitter output at a mean excess temperature, EN 442-2:2014 eq. (1):
    Φ = Φ₅₀·(ΔT/50 K)ⁿ; zero at or below ΔT = 0.

    Parameters
    ----------
    output_50 : Quantity
        Output at ΔT = 50 K [W or W/m²].
    excess : Quantity
        Mean excess temperature ΔT [K].
    exponent : float
        Emitter exponent n [-].

    Returns
    -------
    Quantity
        Output, in the unit of ``output_50``.
    """
    dt = np.maximum(np.asarray(magnitude(excess, "K", "excess"), float), 0.0)
    return output_50 * (dt / STANDARD_EXCESS_K) ** exponent


def required_excess(load, output_50, exponent: float):
    """Mean excess temperature at which emitters of output Φ₅₀ give ``load``:
    ΔT = 50 K·(Q/Φ₅₀)^(1/n) (EN 442-2 eq. (1) solved for ΔT)."""
    ratio = float((load / output_50).to("dimensionless").m)
    return Q_(STANDARD_EXCESS_K * max(ratio, 0.0) ** (1.0 / exponent), "K")


def output_50_for(load, supply_temp, return_temp, room_temp, exponent: float):
    """Φ₅₀ of emitters that give exactly ``load`` at the given temperatures."""
    dt = mean_excess(supply_temp, return_temp, room_temp).m
    if dt <= 0:
        raise ValueError(f"mean emitter temperature must exceed the room temperature; ΔT = {dt:g} K")
    return load / (dt / STANDARD_EXCESS_K) ** exponent


@dataclasses.dataclass(frozen=True)
class EmitterCheck:
    """Can the emitters of a building deliver its design heat load?"""

    building: str
    design_load: object        # [kW] current design heat load
    output: object             # [kW] emitter output at the design temperatures
    load_ratio: float          # [-] design load / output (> 1: emitters too small)
    required_supply_temp: object  # [°C] flow needed for the design load (same flow rate)
    ok: bool
    supply_temp: object = None    # [°C] flow and return the check was made at
    return_temp: object = None

    def message(self) -> str:
        at = (msg("emitters.at_temperatures", "{flow:.0f}/{ret:.0f} °C", flow=magnitude(self.supply_temp, "degC"),
                  ret=magnitude(self.return_temp, "degC"))
              if self.supply_temp is not None else msg("emitters.at_design", "their design temperatures"))
        return msg("emitters.short", "{building}: the emitters give {output:.0f} kW at {at}, "
                   "{pct:.0f} % of the design heat load {load:.0f} kW (EN 442, n as for the emitter type); "
                   "they need about {needed:.0f} °C flow. Rooms stay below the setpoint in "
                   "the coldest hours unless the flow runs hotter or the emitters are enlarged "
                   "({measure} measure).", building=self.building, output=magnitude(self.output, "kW"), at=at,
                   pct=100.0 / self.load_ratio, load=magnitude(self.design_load, "kW"),
                   needed=magnitude(self.required_supply_temp, "degC"), measure=Term("measure", "radiator_replacement"))


def check_emitters(building, design_load, max_supply_temp=None) -> EmitterCheck:
    """Emitter output at the building's design temperatures against its
    current design heat load.

    Parameters
    ----------
    building : calc.model.Building
        ``equipment.emitter``, ``design_supply_temp``, ``design_return_temp``,
        ``emitter_output_50`` [W/m²] (None = sized for ``design_load``) and
        ``operation.heating_setpoint``.
    design_load : Quantity
        Current design heat load [kW] (calc.thermal.design_heat_load).
    max_supply_temp : Quantity, optional
        Hottest flow the source delivers [°C] (a network's design supply
        temperature); the emitters' design flow and return temperatures are
        lowered by the same amount when it is below their design flow.

    Returns
    -------
    EmitterCheck
    """
    eq = building.equipment
    n = EMITTER_EXPONENT[eq.emitter]
    load = Q_(magnitude(design_load, "kW", "design_load"), "kW")
    if eq.emitter_output_50 is None:
        output, ts, tr, room = _output(building, n, max_supply_temp, load)
    else:
        # emitters of a given size: the output does not depend on the load
        output, ts, tr, room = _OUTPUTS.get((eq, building.geometry, building.operation, max_supply_temp),
                                            lambda: _output(building, n, max_supply_temp, None))
    ratio = float(load.m / output.m) if output.m > 0 else float("inf")
    dt_mean = (ts + tr) / 2.0 - room
    # Same flow rate as designed: the spread grows with the output asked.
    needed = room + dt_mean * min(ratio, 1e6) ** (1.0 / n) + (ts - tr) / 2.0 * ratio
    return EmitterCheck(building.name, load, output, ratio, Q_(needed, "degC"), ratio <= 1.0 + CHECK_TOLERANCE,
                        Q_(ts, "degC"), Q_(tr, "degC"))


# Outputs of emitters of a given size, by the parts they depend on: the
# supply checks every state of an assessment, and most keep the equipment,
# geometry and operation of the building (pint arithmetic otherwise).
_OUTPUTS = PartsMemo(1024)


def _output(building, n: float, max_supply_temp, load):
    """``(output [kW], flow [°C], return [°C], room [°C])`` of the check;
    ``load`` sizes emitters without a given output."""
    eq = building.equipment
    room = building.operation.heating_setpoint
    if eq.emitter_output_50 is None:
        output = load
    else:
        phi50 = (eq.emitter_output_50 * floor_area(building)).to("kW")
        output = emitter_output(phi50, mean_excess(eq.design_supply_temp, eq.design_return_temp, room), n).to("kW")
    ts, tr = magnitude(eq.design_supply_temp, "degC"), magnitude(eq.design_return_temp, "degC")
    if max_supply_temp is not None and magnitude(max_supply_temp, "degC", "max_supply_temp") < ts:
        cut = ts - magnitude(max_supply_temp, "degC", "max_supply_temp")
        ts, tr = ts - cut, max(tr - cut, magnitude(room, "degC") + 0.1)
        if eq.emitter_output_50 is None:
            phi50 = output_50_for(load, eq.design_supply_temp, eq.design_return_temp, room, n)
        else:
            phi50 = (eq.emitter_output_50 * floor_area(building)).to("kW")
        output = emitter_output(phi50, mean_excess(Q_(ts, "degC"), Q_(tr, "degC"), room), n).to("kW")
    return output, ts, tr, magnitude(room, "degC")


def sized_output_50(building, design_load):
    """Φ₅₀ per floor area [W/m²] of emitters that give ``design_load`` at the
    building's design temperatures (the emitters as installed for the load
    of the building as it stands)."""
    eq = building.equipment
    total = output_50_for(Q_(magnitude(design_load, "kW", "design_load"), "kW"), eq.design_supply_temp,
                          eq.design_return_temp, building.operation.heating_setpoint, EMITTER_EXPONENT[eq.emitter])
    return (total / floor_area(building)).to("W/m**2")


def with_installed_emitters(project, weather):
    """The project with every emitter output left empty fixed at the size
    for the building's design load as it stands, so that later states
    (envelope work, lower temperatures) keep the installed emitters."""
    from .thermal import design_heat_load

    buildings = []
    for b in project.buildings:
        if b.equipment.emitter_output_50 is None:
            out = sized_output_50(b, design_heat_load(b, weather))
            if not out.m > 0:
                # no design load (a setpoint below the design outdoor
                # temperature): nothing to size, the field stays empty
                buildings.append(b)
                continue
            # Emitters cannot be larger than the model holds: a load that asks
            # for more (a tiny, leaky block; design flow barely above the room)
            # gets the largest, and the check then reports them short.
            out = min(out, _MAX_OUTPUT_50)
            b = dataclasses.replace(b, equipment=dataclasses.replace(b.equipment, emitter_output_50=out))
        buildings.append(b)
    return dataclasses.replace(project, buildings=tuple(buildings))
