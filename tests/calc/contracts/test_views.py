"""Stakeholder views on a small hand-made case.

Floor area 1000 m², area price 30 CNY/m² (area bill 30 000), two-part
tariff 30 % fixed + 45 CNY/GJ; heat 300 GJ before (area billing) and
200 GJ after (consumption billing); electricity 10 000 kWh at 0.6 both
times; CO2 10 t/a less; production cost 40 CNY/GJ; N = 10 a, r = 6 %, no
escalation; one investment of 100 000 CNY with a 20 000 CNY subsidy, life
25 a, maintenance 1000 CNY/a.
"""

from types import SimpleNamespace

import pytest

from calc import economics
from calc.contracts import views
from calc.model import Economics, Tariffs
from calc.units import Q_

AREA = Q_(1000.0, "m**2")
ECON = Economics(discount_rate=0.06, energy_price_escalation=0.0, analysis_period=10, tariffs=Tariffs())
A10 = 7.360087
DISCOUNT10 = 1.06 ** -10  # 0.558395


def variant(heat_gj, co2_t):
    return SimpleNamespace(delivered={"electricity": Q_(10_000.0, "kWh"), "district_heat": Q_(heat_gj, "GJ").to("kWh")},
                           pv=None, network=None, total_co2=Q_(co2_t, "t"))


BEFORE, AFTER = variant(300.0, 50.0), variant(200.0, 40.0)
INV = [economics.Investment(Q_(100_000.0, "CNY"), Q_(20_000.0, "CNY"), Q_(80_000.0, "CNY"), Q_(25.0, "year"),
                            Q_(1000.0, "CNY/year"), None, "hand")]


def occupant(tariffs=Tariffs()):
    return views.occupant_view(tariffs, BEFORE, AFTER, "area", "consumption", AREA, ECON)


def test_occupant_split_by_hand():
    o = occupant()
    # bills: 30 000 + 6000 before; 0.3 × 30 000 + 200 × 45 + 6000 = 24 000 after
    assert o.bill_before.m == pytest.approx(36_000.0)
    assert o.bill_after.m == pytest.approx(24_000.0)
    # today's 300 GJ billed the new way: 9000 + 13 500 = 22 500 → the tariff alone saves 7500
    assert o.tariff_saving.m == pytest.approx(7500.0)
    # consumption saving 22 500 − 18 000 = 4500; with the tariff change the bill saving 12 000
    assert o.consumption_saving.m == pytest.approx(4500.0)
    assert o.bill_saving.m == pytest.approx(12_000.0)
    assert o.revenue_neutral_heat_price.m == pytest.approx(70.0)  # 0.7 × 30 000 / 300
    assert o.npv.m == pytest.approx(12_000.0 * A10, abs=1.0)


def test_revenue_neutral_tariff_removes_the_tariff_change():
    o = occupant(Tariffs(heat_energy=Q_(70.0, "CNY/GJ")))
    assert o.tariff_saving.m == pytest.approx(0.0, abs=1e-9)
    # all of the saving is now the reform's: 100 GJ × 70 = 7000
    assert o.consumption_saving.m == pytest.approx(7000.0)


def test_bill_cap_limits_a_higher_metered_bill():
    # a metered price of 120 CNY/GJ: 9000 + 200 × 120 = 33 000 > 30 000 area bill, capped at 30 000
    o = occupant(Tariffs(heat_energy=Q_(120.0, "CNY/GJ"), heat_bill_cap=Q_(1.0, "")))
    assert o.heat_bill_after.m == pytest.approx(30_000.0)


def test_heating_company_by_hand():
    o = occupant()
    h = views.heating_company_view(Tariffs(), o, BEFORE, AFTER, ECON)
    # revenue 30 000 → 18 000, cost 300 × 40 = 12 000 → 8000; margin 18 000 → 10 000
    assert h.production_cost_before.m == pytest.approx(12_000.0)
    assert h.margin_change.m == pytest.approx(-8000.0)


def test_owner_by_hand():
    w = views.owner_view(INV, occupant(), ECON)
    # −80 000 + (12 000 − 1000) × a10 + residual 100 000 × 15/25 discounted
    assert w.residual_value.m == pytest.approx(60_000.0)
    assert w.npv.m == pytest.approx(-80_000 + 11_000 * A10 + 60_000 * DISCOUNT10, abs=1.0)


def test_society_by_hand():
    s = views.society_view(Tariffs(), BEFORE, AFTER, INV, AREA, ECON)
    # heat at cost 100 GJ × 40 = 4000; CO2 10 t × 89 = 890; gross investment, no subsidy
    assert s.energy_cost_saving.m == pytest.approx(4000.0)
    assert s.co2_value.m == pytest.approx(890.0)
    assert s.npv.m == pytest.approx(-100_000 + 3890 * A10 + 60_000 * DISCOUNT10, abs=1.0)


def test_no_district_heat_no_company():
    plain = SimpleNamespace(delivered={"electricity": Q_(10_000.0, "kWh")}, pv=None, network=None,
                            total_co2=Q_(5.0, "t"))
    o = views.occupant_view(Tariffs(), plain, plain, "area", "area", AREA, ECON)
    assert o.tariff_saving is None and o.heat_bill_before is None
    assert views.heating_company_view(Tariffs(), o, plain, plain, ECON) is None


def test_zero_district_heat_is_not_billed_by_area():
    # the engine lists district heat at 0 kWh for a building on its own boiler
    gas = SimpleNamespace(delivered={"natural_gas": Q_(10_000.0, "kWh"), "district_heat": Q_(0.0, "kWh")},
                          pv=None, network=None, total_co2=Q_(5.0, "t"))
    o = views.occupant_view(Tariffs(), gas, gas, "area", "area", AREA, ECON)
    assert o.heat_bill_before is None
    # 10 000 kWh / (LHV of natural gas) × 3.0 CNY/m³: only gas is billed
    assert o.bill_before.m == pytest.approx(sum(views.bills(gas, Tariffs(), "area", AREA).values()).m)
    assert "district_heat" not in views.bills(gas, Tariffs(), "area", AREA)


def test_pv_part_of_the_bill_saving_fades():
    o = views.occupant_view(Tariffs(), BEFORE, AFTER, "area", "consumption", AREA, ECON, pv_saving=2000.0)
    # 0.5 %/a by default: year 1 = 12 000, year 2 = 10 000 + 2000 × 0.995 = 11 990
    assert o.flows.m[1] == pytest.approx(12_000.0)
    assert o.flows.m[2] == pytest.approx(11_990.0)
