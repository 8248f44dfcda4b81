"""Heat metering reform, modelled through its causes.

Under area billing without room control, occupants cannot turn the heat
down: rooms run above the setpoint (``operation.overheating``) and surplus
heat is let out through open windows (``ventilation.window_airing_ach``).
Metering with consumption billing, thermostatic radiator valves and
balancing removes both, and households lower the temperature at night.
The saving then comes out of the hourly thermal model, so it interacts with
the envelope; :func:`compare_with_studies` sets it beside the 10-20 %
reported for Chinese pilots (literature range, recalled, not checked;
datasets/tables/metering_behaviour.csv gives the studies of each level).

How much of the two causes households remove is a behaviour assumption at
three levels (low / middle / high, datasets/tables/metering_behaviour.csv,
each with the field range it stands for). Vertical single-pipe radiator
loops must be converted before a room valve works; unconverted, the reform
is billing alone and takes the low level. Heat flowing between flats when
neighbours keep different temperatures (户间传热) moves heat inside the
building without changing its total: :func:`turned_down_flat` gives how
much of a household's metered saving is heat taken from its neighbours.
"""

from __future__ import annotations

from .messages import Term, msg
from .units import Q_, magnitude

# Night set-back of dwellings with room control: 16 °C, the lower bound of
# the heating design range of GB 50736-2012 §3.0.1 for hot-summer-cold-winter
# dwellings (recalled, not checked); an assumption of occupant behaviour.
NIGHT_SETBACK_C = 16.0
# Saving from metering with individual control in Chinese pilots (literature
# range, recalled, not checked; Zhang Xiaogang, 中国经贸导刊 2022(12), assumes 20 %).
STUDY_SAVING_RANGE = (0.10, 0.20)
# Share of the over-temperature caused by hydraulic imbalance (over-supply so
# that the worst-served flat is warm) rather than by missing room control;
# assumption: half of each.
IMBALANCE_OVERHEATING_SHARE = 0.5


def reformed_building(building, night_setback: bool = False, response_share: float = 1.0):
    """The building after metering reform: over-heating and window airing for
    surplus heat cut by ``response_share`` (1 = removed), and -- if
    ``night_setback`` -- dwellings set back to 16 °C at night.

    Parameters
    ----------
    building : Building
        Before the reform (``operation.overheating`` [K],
        ``ventilation.window_airing_ach`` [1/h]).
    night_setback : bool
        Whether households lower the temperature at night. Off by default:
        under the two-part tariff the fixed share of the bill stays, and
        pilots report little night set-back; it is the user's assumption.
    response_share : float
        Share of the over-heating and window airing removed [-], 0-1
        (:func:`calc.datasets.tables.metering_behaviour`).

    Returns
    -------
    Building
        A new building; the input is unchanged.
    """
    if not 0.0 <= response_share <= 1.0:
        raise ValueError(f"response_share: {response_share} must be between 0 and 1")
    keep = 1.0 - response_share
    op = building.operation.replace(overheating=building.operation.overheating * keep)
    if night_setback and building.use == "residential":
        setback = min(NIGHT_SETBACK_C, op.heating_setpoint.to("degC").m)
        op = op.replace(night_setback=True, setback_setpoint=Q_(setback, "degC"))
    vent = building.ventilation.replace(window_airing_ach=building.ventilation.window_airing_ach * keep)
    return building.replace(operation=op, ventilation=vent)


def balanced_building(building):
    """The building after hydraulic balancing: the part of the over-heating
    due to imbalance (``IMBALANCE_OVERHEATING_SHARE``) is gone.

    Parameters
    ----------
    building : Building

    Returns
    -------
    Building
    """
    oh = building.operation.overheating.to("K").m * (1.0 - IMBALANCE_OVERHEATING_SHARE)
    return building.replace(operation=building.operation.replace(overheating=Q_(oh, "K")))


def heating_saving(before, after) -> float:
    """Relative saving of space-heating need: 1 − ΣQ_after / ΣQ_before.

    Parameters
    ----------
    before, after : Quantity
        Hourly or annual heating need [kWh] or power [W] (same kind).

    Returns
    -------
    float
        Saving [-] (0 when there was no need before).
    """
    unit = "W" if before.check("[power]") else "kWh"
    b = float(magnitude(before, unit, "before").sum())
    a = float(magnitude(after, unit, "after").sum())
    return 0.0 if b <= 0 else 1.0 - a / b


def turned_down_flat(setpoint, neighbour_temp, outdoor_temp, h_external, h_internal) -> dict:
    """Steady-state balance of one flat whose household lowers its setpoint
    while its neighbours keep theirs (户间传热).

    The flat floats at T_f = (H_e·T_out + H_i·T_n)/(H_e + H_i) when unheated
    and is heated to max(setpoint, T_f); its heat input is
    H_e·(T − T_out) + H_i·(T − T_n), of which H_i·(T_n − T) comes to it
    from the neighbours, who pay for it (EN ISO 13789:2017 transmission
    coefficients, steady state).

    Parameters
    ----------
    setpoint : Quantity
        The household's lowered temperature [°C].
    neighbour_temp : Quantity
        The neighbours' room temperature [°C].
    outdoor_temp : Quantity
        [°C].
    h_external : Quantity
        Heat-loss coefficient of the flat to outdoors (walls, windows,
        ventilation) [W/K].
    h_internal : Quantity
        Coefficient through the walls and floors to the neighbours [W/K].

    Returns
    -------
    dict
        ``temperature`` [°C], ``own_heat`` and ``from_neighbours`` [W],
        ``metered_saving`` [W] (own heat less than at the neighbours'
        temperature), ``building_saving`` [W] (the building's total, the
        drop of the flat's loss to outdoors) and ``neighbour_share`` [-]:
        the part of the metered saving that is heat from the neighbours.
    """
    ts = magnitude(setpoint, "degC", "setpoint")
    tn = magnitude(neighbour_temp, "degC", "neighbour_temp")
    to = magnitude(outdoor_temp, "degC", "outdoor_temp")
    he = magnitude(h_external, "W/K", "h_external")
    hi = magnitude(h_internal, "W/K", "h_internal")
    if he <= 0 or hi < 0:
        raise ValueError(f"h_external = {he} W/K must be > 0 and h_internal = {hi} W/K ≥ 0")
    floating = (he * to + hi * tn) / (he + hi)
    t = max(ts, floating)
    own = max(he * (t - to) + hi * (t - tn), 0.0)
    reference = he * (tn - to)
    metered = reference - own
    building = he * (tn - t)
    share = (metered - building) / metered if metered > 0 else 0.0
    return {"temperature": Q_(t, "degC"), "own_heat": Q_(own, "W"), "from_neighbours": Q_(hi * (tn - t), "W"),
            "metered_saving": Q_(metered, "W"), "building_saving": Q_(building, "W"), "neighbour_share": share}


def compare_with_studies(saving: float, level: str | None = None) -> dict:
    """A modelled metering saving beside the range found in studies.

    Parameters
    ----------
    saving : float
        Modelled saving [-].
    level : str, optional
        Behaviour level; its field range (metering_behaviour.csv) replaces
        the overall 10-20 % of Chinese pilots.

    Returns
    -------
    dict
        ``saving``, ``study_low``, ``study_high`` [-] and ``position``:
        ``below``, ``inside`` or ``above`` the range.
    """
    low, high = STUDY_SAVING_RANGE
    if level is not None:
        from .datasets.tables import metering_behaviour

        row = metering_behaviour(level)
        low, high = row["field_saving_low"], row["field_saving_high"]
    position = "below" if saving < low else "above" if saving > high else "inside"
    return {"saving": saving, "study_low": low, "study_high": high, "position": position}


def field_range_note(label, level: str, saving: float) -> str:
    """The modelled saving of heat sent out beside the field range of its
    behaviour level, for the assessment's notes."""
    c = compare_with_studies(saving, level)
    position = {"below": msg("metering.below", "below"), "above": msg("metering.above", "above"),
                "inside": msg("metering.inside", "inside")}[c["position"]]
    return msg("metering.field_range", "{measure}: {pct:.1f} % less heat sent out with {level} occupant response; "
               "field studies at that level find {low:.0f}-{high:.0f} %: the result is {position} that range.",
               measure=label, pct=100 * saving, level=Term("behaviour", level), low=100 * c["study_low"],
               high=100 * c["study_high"], position=position)


def heat_sent_saving(before, after) -> float:
    """Saving of heat sent out between two supply results [-]: the
    network's heat sent out when there is a network (the basis of the field
    studies), else the heat delivered for space heating."""
    def sent(sup):
        if sup.network is not None:
            return float(sup.network.heat_sent_out.to("kWh").m.sum())
        return sum(float(h.to("kWh").m.sum()) for h in sup.heat_need.values())
    b = sent(before)
    return 0.0 if b <= 0 else 1.0 - sent(after) / b
