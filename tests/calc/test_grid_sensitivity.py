"""The grid-factor cases (sensitivity table and Monte Carlo) scale the CO2 of
electricity and of heat made from electricity, nothing else."""

import pytest

from calc import accounting
from calc.assess import assess
from calc.heat_source import HeatAtSource
from calc.schema import set_path
from calc.units import Q_


def test_grid_scaled_co2_by_hand():
    f = {"electricity": Q_(0.58, "kg/kWh"), "district_heat": Q_(0.40, "kg/kWh"), "natural_gas": Q_(0.20, "kg/kWh")}
    station = HeatAtSource("heat_pump_station", "electricity", 2.5, "direct")
    chp = HeatAtSource("coal_chp", "coal", 0.86, "heat_value_method")
    s = accounting.grid_scaled_co2(f, 1.2, station)
    assert s["electricity"].m == pytest.approx(0.696) and s["district_heat"].m == pytest.approx(0.48)
    assert s["natural_gas"].m == pytest.approx(0.20)
    c = accounting.grid_scaled_co2(f, 1.2, chp)
    assert c["district_heat"].m == pytest.approx(0.40) and c["electricity"].m == pytest.approx(0.696)
    assert accounting.grid_scaled_co2(f, 0.8)["district_heat"].m == pytest.approx(0.40)


@pytest.fixture(scope="module")
def station(residential):
    # the Beijing block on a network fed by a heat-pump station, judged on CO2
    p = set_path(residential, "supply.network.heat_source", "heat_pump_station")
    return assess(set_path(p, "accounting.target_basis", "co2"), sensitivity=True)


def _by_hand(result, scale):
    # CO2 by carrier of the state as assessed; electricity and the heat
    # from the electric station follow the grid factor, gas does not
    return sum(v.m * (scale if c in ("electricity", "district_heat") else 1.0) for c, v in result.co2.items())


def test_grid_case_scales_the_heat_of_a_heat_pump_station(station):
    a = station
    assert a.target.basis == "co2" and a.baseline.network.heat_source == "heat_pump_station"
    row = next(r for r in a.sensitivity if r.parameter == "grid_factor")
    for scale, rate in ((0.8, row.saving_rate_low), (1.2, row.saving_rate_high)):
        expected = 100 * (1 - _by_hand(a.package, scale) / _by_hand(a.baseline, scale))
        assert rate.m == pytest.approx(expected, abs=1e-6)
    # district heat is most of the CO2 here, so scaling electricity alone
    # would give a different rate
    elec_only = lambda r, s: sum(v.m * (s if c == "electricity" else 1.0) for c, v in r.co2.items())
    wrong = 100 * (1 - elec_only(a.package, 1.2) / elec_only(a.baseline, 1.2))
    assert abs(wrong - row.saving_rate_high.m) > 0.05


def test_monte_carlo_grid_part_holds_the_heat_of_a_heat_pump_station(residential, station):
    from calc.assess import _heat_source
    from calc.climate import weather_for_site
    from calc.installed import as_installed
    from calc.target import BASIS_UNITS
    from calc.uncertainty.montecarlo import _parts
    from calc.variant import ThermalCache, simulate_state

    p = set_path(set_path(residential, "supply.network.heat_source", "heat_pump_station"),
                 "accounting.target_basis", "co2")
    w = weather_for_site(p.site)
    p = as_installed(p, w)     # as the assessment fixes emitters and pumps
    cache = ThermalCache(w, p.accounting, _heat_source(p))
    rest, grid = _parts(simulate_state(p, cache), p, "co2", cache.factors, cache.heat)
    co2 = station.baseline.co2
    unit = BASIS_UNITS["co2"]
    assert grid == pytest.approx((co2["electricity"] + co2["district_heat"]).to(unit).m, rel=1e-9)
    assert rest + grid == pytest.approx(station.baseline.total_co2.to(unit).m, rel=1e-9)
