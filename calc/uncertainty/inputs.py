"""The uncertain inputs of the Monte Carlo, each with its range and where
the range comes from.

Conventions (the electricity method, the basis) are not uncertainty: they
stay in the verdict matrix. Energy prices and investment do not enter the
saving rate, so they are not sampled here (the sensitivity table varies
them for the payback).
"""

from __future__ import annotations

from ..messages import msg
# the rows the results carry are the inputs themselves: one class for both
from ..results import UncertainInputRow as UncertainInput


def _input(name, kind, low, high, applies, source) -> UncertainInput:
    return UncertainInput(name=name, kind=kind, low=low, high=high, applies=applies, source=source)


INPUTS = (
    _input(
        "infiltration", "factor", 0.7, 1.3, "infiltration air change of every building, before and after",
        msg("uncertainty.infiltration_source",
            "±30 %: measured air-change rates of existing dwellings of one era scatter about that much around the "
            "era value of the archetype envelope table (an estimate, to be checked against surveys)")),
    _input(
        "behaviour", "shift", -1.0, 1.0, "heating setpoint of every building [K], before and after",
        msg("uncertainty.behaviour_source",
            "±1 K, the behaviour case of the sensitivity table; 30 metered Chinese households kept 24-25 °C "
            "(field survey abstract), so a real building may sit above the design setpoint")),
    _input(
        "heat_pump_performance", "factor", 0.9, 1.1, "Carnot efficiency of every heat pump (supply and measures)",
        msg("uncertainty.heat_pump_source",
            "±10 %: spread of catalogue COPs at one test point (the heat-pump performance table) and of "
            "field seasonal factors around rated values (a measured SPF of 2.48 in a northern field study)")),
    _input(
        "metering_behaviour", "factor", 0.67, 1.33,
        "share of over-heating and window airing a metering reform removes (its behaviour level's share, at most 1; "
        "where the package has a metering reform)",
        msg("uncertainty.metering_behaviour_source",
            "± one third: the middle level's field range of the heating saving, 10-20 % about its middle 15 % "
            "(Chinese pilots with two-part billing and working thermostatic valves, the metering-behaviour table), "
            "taken as the spread of every level's response share; the levels' shares themselves are judgements")),
    _input(
        "grid_factor", "factor", 0.9, 1.1, "grid CO2 factor, of electricity and of heat made from it (CO2 basis only)",
        msg("uncertainty.grid_source",
            "±10 %: year-to-year change of the MEE/NBS regional grid factors 2022-2023 (North −6 %, Southwest +9 %; "
            "MEE/NBS 2022 and 2023 publications)")),
)
