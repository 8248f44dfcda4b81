"""Tariffs against hand calculations (figures worked out in the comments)."""

import numpy as np
import pytest

from calc.contracts import tariffs
from calc.units import Q_

A, P, F = Q_(1000.0, "m**2"), Q_(30.0, "CNY/m**2"), 0.3


def test_two_part_bill_by_hand():
    # 0.3 × 1000 m² × 30 CNY/m² + 300 GJ × 45 CNY/GJ = 9000 + 13 500
    bill = tariffs.two_part_heat_bill(Q_(300.0, "GJ"), A, P, F, Q_(45.0, "CNY/GJ"))
    assert bill.to("CNY/a").m == pytest.approx(22_500.0, abs=1e-6)


def test_two_part_bill_accepts_kwh():
    # 300 GJ = 83 333.3 kWh
    bill = tariffs.two_part_heat_bill(Q_(300e3 / 3.6, "kWh"), A, P, F, Q_(45.0, "CNY/GJ"))
    assert bill.m == pytest.approx(22_500.0, rel=1e-9)


@pytest.mark.parametrize("cap, expected", [(None, 36_000.0), (1.0, 30_000.0), (1.15, 34_500.0), (1.5, 36_000.0)])
def test_bill_cap(cap, expected):
    # 600 GJ: 9000 + 27 000 = 36 000 against an area bill of 30 000
    bill = tariffs.two_part_heat_bill(Q_(600.0, "GJ"), A, P, F, Q_(45.0, "CNY/GJ"), cap=cap)
    assert bill.m == pytest.approx(expected, abs=1e-6)


def test_cap_refunds_nothing_below_the_area_bill():
    # "多退少不补": a lower metered bill stays lower
    bill = tariffs.two_part_heat_bill(Q_(300.0, "GJ"), A, P, F, Q_(45.0, "CNY/GJ"), cap=1.0)
    assert bill.m == pytest.approx(22_500.0)


def test_revenue_neutral_price_by_hand():
    # (1 − 0.3) × 30 000 CNY / 300 GJ = 70 CNY/GJ
    price = tariffs.revenue_neutral_heat_price(Q_(300.0, "GJ"), A, P, F)
    assert price.to("CNY/GJ").m == pytest.approx(70.0)
    same = tariffs.two_part_heat_bill(Q_(300.0, "GJ"), A, P, F, price)
    assert same.m == pytest.approx(30_000.0)


def test_revenue_neutral_needs_heat():
    assert tariffs.revenue_neutral_heat_price(Q_(0.0, "GJ"), A, P, F) is None


def test_issue_figure_of_the_sample():
    # The residential sample: 3960 m² at 30 CNY/m² = 118 800 CNY; with its
    # 1385.22 GJ, 30 % fixed + 45 CNY/GJ gives 35 640 + 62 335 = 97 975 CNY.
    bill = tariffs.two_part_heat_bill(Q_(1385.22, "GJ"), Q_(3960.0, "m**2"), P, 0.3, Q_(45.0, "CNY/GJ"))
    assert bill.m == pytest.approx(97_975.0, abs=1.0)


def test_fixed_share_outside_range():
    with pytest.raises(ValueError, match="fixed_share"):
        tariffs.two_part_heat_bill(Q_(1.0, "GJ"), A, P, 1.2, Q_(45.0, "CNY/GJ"))


BEIJING = ([Q_(240.0, "kWh"), Q_(400.0, "kWh")], [Q_(p, "CNY/kWh") for p in (0.4883, 0.5383, 0.7883)])


def test_tiered_bill_beijing_by_hand():
    # 500 kWh: 240 × 0.4883 + 160 × 0.5383 + 100 × 0.7883 = 117.192 + 86.128 + 78.83
    assert tariffs.tiered_bill(Q_(500.0, "kWh"), *BEIJING).m == pytest.approx(282.15, abs=1e-9)
    assert tariffs.tiered_bill(Q_(200.0, "kWh"), *BEIJING).m == pytest.approx(97.66, abs=1e-9)


def test_monthly_tiered_bill_from_hours():
    # January 3 h × 100 kWh = 300 kWh: 240 × 0.4883 + 60 × 0.5383 = 149.49
    # February 2 h × 250 kWh = 500 kWh: 282.15 (above); total 431.64
    hourly = Q_(np.array([100.0, 100.0, 100.0, 250.0, 250.0]), "kWh")
    bill = tariffs.monthly_tiered_bill(hourly, [1, 1, 1, 2, 2], *BEIJING)
    assert bill.m == pytest.approx(431.64, abs=1e-9)


def test_tiered_bill_rejects_wrong_tiers():
    with pytest.raises(ValueError, match="prices"):
        tariffs.tiered_bill(Q_(1.0, "kWh"), [Q_(240.0, "kWh")], [Q_(0.5, "CNY/kWh")])
    with pytest.raises(ValueError, match="increasing"):
        tariffs.tiered_bill(Q_(1.0, "kWh"), [Q_(400.0, "kWh"), Q_(240.0, "kWh")], BEIJING[1])


PERIODS = {"valley": [23, 0, 1, 2, 3, 4, 5, 6], "peak": [8, 9, 10, 11, 17, 18, 19, 20],
           "flat": [7, 12, 13, 14, 15, 16, 21, 22]}
PRICES = {"valley": Q_(0.3, "CNY/kWh"), "peak": Q_(1.0, "CNY/kWh"), "flat": Q_(0.6, "CNY/kWh")}


def test_tou_bill_hour_by_hour():
    # 1 kWh every hour: 8 × 0.3 + 8 × 1.0 + 8 × 0.6 = 2.4 + 8 + 4.8 = 15.2
    hours = np.arange(24)
    assert tariffs.tou_bill(Q_(np.ones(24), "kWh"), hours, PERIODS, PRICES).m == pytest.approx(15.2)
    # PV exports 2 kWh at noon (flat): that hour buys nothing: 15.2 − 0.6 = 14.6
    use = np.ones(24)
    use[12] = -2.0
    assert tariffs.tou_bill(Q_(use, "kWh"), hours, PERIODS, PRICES).m == pytest.approx(14.6)


def test_tou_bill_two_days_shifted_load():
    # 48 h, 3 kWh in the 02:00 valley hour and 3 kWh in the 18:00 peak hour of each
    # day: 2 × (3 × 0.3 + 3 × 1.0) = 7.8; moved to the valley: 2 × 6 × 0.3 = 3.6
    hours = np.tile(np.arange(24), 2)
    use = np.zeros(48)
    use[[2, 18, 26, 42]] = 3.0
    assert tariffs.tou_bill(Q_(use, "kWh"), hours, PERIODS, PRICES).m == pytest.approx(7.8)
    moved = np.zeros(48)
    moved[[2, 26]] = 6.0
    assert tariffs.tou_bill(Q_(moved, "kWh"), hours, PERIODS, PRICES).m == pytest.approx(3.6)


def test_tou_periods_must_cover_the_day():
    with pytest.raises(ValueError, match="in no period"):
        tariffs.tou_bill(Q_(np.ones(24), "kWh"), np.arange(24), {"flat": range(23)}, {"flat": Q_(0.6, "CNY/kWh")})
    with pytest.raises(ValueError, match="two periods"):
        tariffs.tou_bill(Q_(np.ones(24), "kWh"), np.arange(24), {"a": range(24), "b": [3]},
                         {"a": Q_(0.6, "CNY/kWh"), "b": Q_(0.3, "CNY/kWh")})


# --- the project's electricity tariff, hour by hour ---------------------------

from calc.model import Tariffs  # noqa: E402


def test_parse_hours():
    assert tariffs.parse_hours("8-11,17-21") == [8, 9, 10, 17, 18, 19, 20]
    assert tariffs.parse_hours("23-7") == [23, 0, 1, 2, 3, 4, 5, 6]
    for bad in ("8", "8-8", "25-3", "a-b", "1-5,4-6"):
        with pytest.raises(ValueError):
            tariffs.parse_hours(bad)


def test_project_tou_bill_by_hand():
    # default periods: peak 8-11, 17-21 (7 h), valley 23-7 (8 h), flat the other 9 h;
    # 1 kWh an hour at 0.5 CNY/kWh: 7 × 0.8 + 8 × 0.2 + 9 × 0.5 = 5.6 + 1.6 + 4.5 = 11.7
    t = Tariffs(electricity=Q_(0.5, "CNY/kWh"), electricity_tariff="time_of_use")
    bill = tariffs.electricity_bill(Q_(np.ones(24), "kWh"), t, np.arange(24), np.ones(24, int), 0)
    assert bill.m == pytest.approx(11.7)


def test_project_tiered_bill_by_hand():
    # two households, January 1200 kWh: 600 each; 240 × 0.5 + 160 × 0.55 + 200 × 0.8 = 368; × 2
    t = Tariffs(electricity=Q_(0.5, "CNY/kWh"), electricity_tariff="tiered")
    bill = tariffs.electricity_bill(Q_(np.array([600.0, 600.0]), "kWh"), t, np.array([0, 1]), np.array([1, 1]), 2)
    assert bill.m == pytest.approx(736.0)
    with pytest.raises(ValueError, match="dwellings"):
        tariffs.electricity_bill(Q_(np.array([1.0]), "kWh"), t, [0], [1], 0)


def test_tariff_rules_name_the_field():
    from calc.schema import ValidationError

    with pytest.raises(ValidationError, match="tier2_limit"):
        Tariffs(tier1_limit=Q_(400.0, "kWh"), tier2_limit=Q_(240.0, "kWh"))
    with pytest.raises(ValidationError, match="peak_hours"):
        Tariffs(peak_hours="8-12", valley_hours="10-14")


def test_heat_pump_price_by_hand():
    # imports 2, 3, 1 kWh of which the heat pump uses 1, 5 (capped at 3), 0:
    # heat pump 4 kWh × 0.3 + the rest 2 kWh × 0.5 = 1.2 + 1.0
    t = Tariffs(electricity=Q_(0.5, "CNY/kWh"), heat_pump_price=Q_(0.3, "CNY/kWh"))
    bill = tariffs.electricity_bill(Q_(np.array([2.0, 3.0, 1.0]), "kWh"), t, [0, 1, 2], [1, 1, 1], 0,
                                    heat_pump=Q_(np.array([1.0, 5.0, 0.0]), "kWh"))
    assert bill.m == pytest.approx(2.2)
