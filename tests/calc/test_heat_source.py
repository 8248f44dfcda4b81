"""Tests of calc/heat_source.py: district heat counted at its source, worked
out by hand from GB/T 2589-2020 Appendix A and the NDRC fuel factors."""


import pytest

from calc import heat_source as H
from calc.accounting import co2_factors, coal_factors
from calc.assess import assess
from calc.model import Accounting
from calc.schema import ValidationError, set_path
from calc.units import Q_

# raw coal 0.7143 kgce/kg over 20.908 MJ/kg = 34.164 kgce/GJ; 90.89 kgCO2/GJ
COAL_KGCE_PER_GJ = 0.7143 / 20.908e-3
COAL_CO2_PER_GJ = 90.89


def _network(source, rate=None):
    from calc.model import HeatingNetwork
    return HeatingNetwork(heat_source=source, heat_coal_rate=rate)


def test_coal_boiler_house_by_hand():
    heat = H.HeatAtSource("coal_boiler_small", "coal", 0.65, "direct")
    # 34.164 / 0.65 = 52.56 kgce/GJ; 90.89 / 0.65 = 139.83 kg/GJ
    assert H.coal_rate(heat, Q_(0.302, "kgce/kWh")).m == pytest.approx(52.56, rel=1e-3)
    assert H.co2_rate(heat, Q_(0.6, "kg/kWh")).m == pytest.approx(139.83, rel=1e-3)


def test_waste_heat_carries_nothing():
    heat = H.heat_at_source(_network("industrial_waste_heat"))
    assert H.coal_rate(heat, Q_(0.302, "kgce/kWh")).m == 0
    assert H.co2_rate(heat, Q_(0.6, "kg/kWh")).m == 0


def test_heat_pump_station_by_hand():
    heat = H.heat_at_source(_network("heat_pump_station"))
    # SPF 2.5: 277.78 / 2.5 = 111.1 kWh per GJ; × 0.302 = 33.56 kgce; × 0.6361 = 70.68 kg
    assert H.coal_rate(heat, Q_(0.302, "kgce/kWh")).m == pytest.approx(277.78 / 2.5 * 0.302, rel=1e-4)
    assert H.co2_rate(heat, Q_(0.6361, "kg/kWh")).m == pytest.approx(277.78 / 2.5 * 0.6361, rel=1e-4)


def test_chp_default_and_allocation_rule_stated():
    heat = H.heat_at_source(_network("coal_chp"))
    assert heat.allocation == "heat_value_method"
    # 34.164 / 0.86 = 39.73 kgce/GJ, inside the CEC 39-40; 90.89 / 0.86 = 105.7 kg/GJ ≈ the 0.11 t/GJ default
    assert H.coal_rate(heat, Q_(0.302, "kgce/kWh")).m == pytest.approx(39.73, rel=1e-3)
    assert H.co2_rate(heat, None).m == pytest.approx(105.69, rel=1e-3)
    assert H.heat_at_source(_network("unknown")).efficiency == heat.efficiency


def test_measured_coal_rate_sets_the_efficiency_and_the_co2():
    heat = H.heat_at_source(_network("coal_boiler_large", Q_(52.56, "kgce/GJ")))
    assert heat.measured and heat.efficiency == pytest.approx(COAL_KGCE_PER_GJ / 52.56)
    assert H.co2_rate(heat, None).m == pytest.approx(COAL_CO2_PER_GJ * 52.56 / COAL_KGCE_PER_GJ, rel=1e-9)


def test_waste_heat_rejects_a_coal_rate():
    with pytest.raises(ValidationError, match="heat_coal_rate"):
        _network("industrial_waste_heat", Q_(30, "kgce/GJ"))


def test_factors_follow_the_method():
    heat = H.heat_at_source(_network("coal_boiler_small"))
    eq = coal_factors(Accounting(electricity_method="power_supply_coal"), heat=heat)["district_heat"]
    cal = coal_factors(Accounting(electricity_method="equal_value"), heat=heat)["district_heat"]
    assert eq.to("kgce/kWh").m == pytest.approx(COAL_KGCE_PER_GJ / 0.68 * 0.0036, rel=1e-9)
    assert cal.to("kgce/kWh").m == pytest.approx(0.03412 * 3.6, rel=1e-9)
    co2 = co2_factors(Accounting(), heat=heat)["district_heat"]
    assert co2.to("kg/kWh").m == pytest.approx(COAL_CO2_PER_GJ / 0.68 * 0.0036, rel=1e-9)


@pytest.fixture(scope="module")
def two_sources(residential):
    def run(source, rate=None):
        p = set_path(residential, "supply.network.heat_source", source)
        if rate is not None:
            p = set_path(p, "supply.network.heat_coal_rate", rate)
        return assess(p, sensitivity=False)
    return run("coal_boiler_small", Q_(COAL_KGCE_PER_GJ / 0.65, "kgce/GJ")), run("industrial_waste_heat")


def test_boiler_house_and_waste_heat_give_different_tce_and_co2(two_sources):
    boiler, waste = two_sources
    gj = boiler.baseline.delivered["district_heat"].to("GJ").m
    assert waste.baseline.delivered["district_heat"].to("GJ").m == pytest.approx(gj)
    # η 0.65: 52.56 kgce and 139.8 kgCO2 per GJ; waste heat: 0 and 0
    assert boiler.baseline.standard_coal["district_heat"].to("kgce").m == pytest.approx(gj * COAL_KGCE_PER_GJ / 0.65, rel=1e-6)
    assert boiler.baseline.co2["district_heat"].to("kg").m == pytest.approx(gj * COAL_CO2_PER_GJ / 0.65, rel=1e-6)
    assert waste.baseline.standard_coal["district_heat"].m == 0
    assert waste.baseline.co2["district_heat"].m == 0
    net = boiler.baseline.network
    assert net.heat_source == "coal_boiler_small"
    assert net.heat_coal_rate.to("kgce/GJ").m == pytest.approx(COAL_KGCE_PER_GJ / 0.65, rel=1e-9)
    assert net.heat_co2_rate.to("kg/GJ").m == pytest.approx(COAL_CO2_PER_GJ / 0.65, rel=1e-6)
    # under the calorific method the waste heat counts 34.12 kgce/GJ
    cell = {(c.basis, c.electricity_method): c for c in waste.target.matrix}
    assert cell[("heating_tce", "equal_value")].saving_rate is not None
