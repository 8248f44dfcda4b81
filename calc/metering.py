"""Heat metering reform, modelled through its causes.

Under area billing without room control, occupants cannot turn the heat
down: rooms run above the setpoint (``operation.overheating``) and surplus
heat is let out through open windows (``ventilation.window_airing_ach``).
Metering with consumption billing, thermostatic radiator valves and
balancing removes both, and households lower the temperature at night.
The saving then comes out of the hourly thermal model, so it interacts with
the envelope; :func:`compare_with_studies` sets it beside the 10-20 %
reported for Chinese pilots (facts.md §6).
"""

from __future__ import annotations

from .units import Q_, magnitude

# Night set-back of dwellings with room control: 16 °C, the lower bound of
# the heating design range of GB 50736-2012 §3.0.1 for hot-summer-cold-winter
# dwellings (facts.md §1.4 [M]); an assumption of occupant behaviour.
NIGHT_SETBACK_C = 16.0
# Saving from metering with individual control in Chinese pilots (facts.md §6 [M]).
STUDY_SAVING_RANGE = (0.10, 0.20)
# Share of the over-temperature caused by hydraulic imbalance (over-supply so
# that the worst-served flat is warm) rather than by missing room control;
# assumption: half of each.
IMBALANCE_OVERHEATING_SHARE = 0.5


def reformed_building(building, night_setback: bool = False):
    """The building after metering reform: no over-heating, no window airing
    for surplus heat, and -- if ``night_setback`` -- dwellings set back to
    16 °C at night.

    Parameters
    ----------
    building : Building
        Before the reform (``operation.overheating`` [K],
        ``ventilation.window_airing_ach`` [1/h]).
    night_setback : bool
        Whether households lower the temperature at night. Off by default:
        under the two-part tariff the fixed share of the bill stays, and
        pilots report little night set-back; it is the user's assumption.

    Returns
    -------
    Building
        A new building; the input is unchanged.
    """
    op = building.operation.replace(overheating=Q_(0.0, "K"))
    if night_setback and building.use == "residential":
        setback = min(NIGHT_SETBACK_C, op.heating_setpoint.to("degC").m)
        op = op.replace(night_setback=True, setback_setpoint=Q_(setback, "degC"))
    vent = building.ventilation.replace(window_airing_ach=Q_(0.0, "1/h"))
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


def compare_with_studies(saving: float) -> dict:
    """A modelled metering saving beside the range found in studies.

    Parameters
    ----------
    saving : float
        Modelled saving [-].

    Returns
    -------
    dict
        ``saving``, ``study_low``, ``study_high`` [-] and ``position``:
        ``below``, ``inside`` or ``above`` the range (facts.md §6).
    """
    low, high = STUDY_SAVING_RANGE
    position = "below" if saving < low else "above" if saving > high else "inside"
    return {"saving": saving, "study_low": low, "study_high": high, "position": position}
