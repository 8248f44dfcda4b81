"""Boilers: fuel from heat, part load, physical fuel units."""

import numpy as np
import pytest

from calc import boilers
from calc.units import Q_


def test_fuel_is_heat_over_efficiency():
    assert boilers.boiler_fuel(Q_(900.0, "kWh"), 0.9).m == pytest.approx(1000.0)


def test_gas_cubic_metres_from_gb_t_2589_calorific_value():
    # 1000 kWh = 3600 MJ; 3600 / 35.588 MJ/m³ = 101.158 m³.
    assert boilers.fuel_quantity(Q_(1000.0, "kWh"), "natural_gas").to("m**3").m == pytest.approx(101.158, rel=1e-4)


def test_coal_tonnes():
    # 1 GJ / 20.908 GJ/t = 0.047829 t.
    assert boilers.fuel_quantity(Q_(1.0, "GJ"), "coal").to("t").m == pytest.approx(0.047829, rel=1e-4)


def test_user_calorific_value_overrides():
    assert boilers.fuel_quantity(Q_(1000.0, "kWh"), "natural_gas", ncv=Q_(36.0, "MJ/m**3")).m == pytest.approx(100.0)


def test_part_load_interpolates_between_30_and_100_percent():
    eta = boilers.part_load_efficiency(np.array([1.0, 0.65, 0.3, 0.1]), 0.90, 0.95)
    assert eta == pytest.approx([0.90, 0.925, 0.95, 0.95])


def test_bad_efficiency_and_unknown_carrier_are_named():
    with pytest.raises(ValueError, match="efficiency"):
        boilers.boiler_fuel(Q_(1.0, "kWh"), 0.0)
    with pytest.raises(ValueError, match="carrier"):
        boilers.fuel_quantity(Q_(1.0, "kWh"), "wood")
