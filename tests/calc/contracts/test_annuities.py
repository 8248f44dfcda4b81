"""Package abatement cost and cost of saved energy from subsidised,
lifetime-consistent annuities; a cost curve that adds up to the package."""

import pytest

from calc import economics
from calc.assess import assess
from calc.schema import set_path
from calc.units import Q_


def _inv(gross, subsidy, life, maintenance):
    return economics.Investment(Q_(gross, "CNY"), Q_(subsidy, "CNY"), Q_(gross - subsidy, "CNY"), Q_(life, "year"),
                                Q_(maintenance, "CNY/year"), None, "hand")


def test_package_annuity_by_hand():
    # CRF(6 %, 25 a) = 0.06 × 1.06²⁵ / (1.06²⁵ − 1) = 0.078227; CRF(6 %, 10 a) = 0.135868
    # 80 000 × 0.078227 + 1000 + 50 000 × 0.135868 = 6258.2 + 1000 + 6793.4
    invs = [_inv(100_000, 20_000, 25, 1000), _inv(50_000, 0, 10, 0)]
    assert economics.package_annualised_cost(invs, 0.06).to("CNY/year").m == pytest.approx(14_051.6, abs=0.5)


@pytest.fixture(scope="module")
def wall_only(residential):
    wall = [m for m in residential.measures if m.kind == "wall_insulation"]
    return residential.replace(measures=tuple(wall))


def test_one_measure_package_equals_the_measure(wall_only):
    a = assess(wall_only, sensitivity=False)
    m = a.measures[0]
    assert a.economics.abatement_cost.m == pytest.approx(m.abatement_cost.m, rel=1e-9)
    assert a.economics.cost_of_saved_energy.m == pytest.approx(m.cost_of_saved_energy.m, rel=1e-9)


def test_subsidy_lowers_the_package_abatement_cost(wall_only):
    base = assess(wall_only, sensitivity=False)
    subsidised = set_path(wall_only, "measures[0].subsidy", Q_(0.5 * base.measures[0].investment.m, "CNY"))
    a = assess(subsidised, sensitivity=False)
    assert a.economics.abatement_cost.m < base.economics.abatement_cost.m
    assert a.economics.abatement_cost.m == pytest.approx(a.measures[0].abatement_cost.m, rel=1e-9)


def test_sequential_steps_add_up_to_the_package(residential):
    a = assess(residential, sensitivity=False)
    steps = sum(m.sequential_co2_saving.m for m in a.measures)
    assert steps == pytest.approx((a.baseline.total_co2 - a.package.total_co2).m, rel=1e-9)
