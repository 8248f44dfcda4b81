"""Tests of calc/uncertainty: seeded Latin-hypercube Monte Carlo of the
saving rate."""

import numpy as np
import pytest
from scipy.stats import qmc

from calc.assess import _heat_source, assess
from calc.climate import weather_for_site
from calc.uncertainty import INPUTS, sample_rates
from calc.uncertainty.montecarlo import _lagrange
from calc.variant import ThermalCache


def _setup(project):
    w = weather_for_site(project.site)
    c = ThermalCache(w, project.accounting, _heat_source(project))
    return w, c, [m for m in project.measures if m.enabled]


@pytest.fixture(scope="module")
def res_mc(residential):
    return assess(residential, sensitivity=False, uncertainty=200, seed=7)


def test_every_input_states_its_range_and_source():
    for i in INPUTS:
        assert i.low < i.high and len(i.source) > 20 and i.kind in ("factor", "shift")
    names = {i.name for i in INPUTS}
    assert {"infiltration", "behaviour", "heat_pump_performance", "grid_factor"} <= names


def test_p50_within_1pp_of_the_deterministic_rate(res_mc):
    u = res_mc.uncertainty
    assert u.samples == 200
    assert abs(u.saving_rate_p50.m - res_mc.target.saving_rate.m) < 1.0
    assert u.saving_rate_p10.m < u.saving_rate_p50.m < u.saving_rate_p90.m
    assert 0 <= u.pass_probability.m <= 100


def test_p50_within_1pp_on_the_office(office):
    a = assess(office, sensitivity=False, uncertainty=200)
    assert abs(a.uncertainty.saving_rate_p50.m - a.target.saving_rate.m) < 1.0


def test_same_seed_same_result(residential, res_mc):
    again = assess(residential, sensitivity=False, uncertainty=200, seed=7)
    assert again.uncertainty == res_mc.uncertainty
    other = assess(residential, sensitivity=False, uncertainty=200, seed=8)
    assert other.uncertainty.saving_rate_p50.m != res_mc.uncertainty.saving_rate_p50.m


def test_samples_are_a_latin_hypercube(residential):
    w, c, en = _setup(residential)
    x, _ = sample_rates(residential, en, w, "total_tce", c.factors, c.heat, samples=50, seed=3)
    # one sample in each of the 50 equal strata of every input
    for k, i in enumerate(INPUTS):
        strata = np.floor((x[:, k] - i.low) / (i.high - i.low) * 50).astype(int)
        assert sorted(strata) == list(range(50))
    assert np.array_equal(x, qmc.scale(qmc.LatinHypercube(d=len(INPUTS), seed=3).random(50),
                                       [i.low for i in INPUTS], [i.high for i in INPUTS]))


@pytest.mark.parametrize("basis", ["heating_tce", "co2"])
def test_surrogate_follows_direct_simulation(residential, basis):
    w, c, en = _setup(residential)
    _, direct = sample_rates(residential, en, w, basis, c.factors, c.heat, samples=12, seed=1, evaluation="direct")
    _, fast = sample_rates(residential, en, w, basis, c.factors, c.heat, samples=12, seed=1)
    assert np.max(np.abs(fast - direct)) < 0.002   # 0.2 pp


def test_lagrange_weights_reproduce_a_quadratic():
    # q(t) = 2 + 3t − t² sampled at 0, 1, 2 and evaluated at 0.5 and 1.7
    nodes = np.array([0.0, 1.0, 2.0])
    q = 2 + 3 * nodes - nodes ** 2
    t = np.array([0.5, 1.7])
    assert _lagrange(nodes, t) @ q == pytest.approx(2 + 3 * t - t ** 2)


def test_uncertainty_in_json(res_mc):
    from calc.results import to_json

    u = to_json(res_mc)["uncertainty"]
    for key in ("samples", "saving_rate_p10_pct", "saving_rate_p50_pct", "saving_rate_p90_pct", "pass_probability_pct"):
        assert key in u
    assert u["samples"] == 200 and u["inputs"][0]["source"]


def test_perturbed_inputs_stay_inside_the_model_ranges(residential):
    from calc.model import HeatPump, HeatingSupply
    from calc.uncertainty import perturb
    from calc.schema import set_path
    from calc.units import Q_

    p = set_path(residential, "buildings[0].ventilation.infiltration_ach", Q_(9.5, "1/h"))   # limit 10
    hp = HeatPump(carnot_efficiency=0.95)                                                     # limit < 1
    p = dataclasses_replace(p, supply=HeatingSupply(kind="air_source_heat_pump", heat_pump=hp), measures=())
    q = perturb(p, {"infiltration": 1.3, "behaviour": 1.0, "heat_pump_performance": 1.1})
    assert q.buildings[0].ventilation.infiltration_ach.m == 10
    assert 0.95 < q.supply.heat_pump.carnot_efficiency < 1


def dataclasses_replace(obj, **kw):
    import dataclasses

    return dataclasses.replace(obj, **kw)


def test_no_rate_on_the_basis_gives_no_uncertainty(office):
    # Haikou at 12 °C: no heating, so no rate on the heating basis in any sample
    from calc.schema import set_path
    from calc.units import Q_

    p = set_path(office, "site.city", "Haikou")
    p = set_path(p, "accounting.target_basis", "heating_tce")
    p = set_path(p, "buildings[0].operation.heating_setpoint", Q_(12, "degC"))
    a = assess(p, sensitivity=False, uncertainty=10)
    assert a.target.passed is None and a.uncertainty is None


def test_metering_behaviour_scales_the_response_share_by_hand(residential):
    # Beijing block: over-heating 1.5 K, middle level removes 0.60 of it
    # (metering_behaviour.csv); sampled ×1.33 it removes 0.798, leaving
    # 1.5 × 0.202 = 0.303 K; the high level (1.0) stays capped at 1.
    from calc.measures import supply as supply_measures
    from calc.uncertainty.montecarlo import _apply, _physics_inputs

    [m] = [m for m in residential.measures if m.kind == "metering_reform"]
    assert m.params["behaviour"] == "middle"
    b = residential.buildings[0]
    assert b.operation.overheating.m == pytest.approx(1.5)
    airing = b.ventilation.window_airing_ach.m
    out = _apply(residential, m, {"metering_behaviour": 1.33}).buildings[0]
    assert out.operation.overheating.m == pytest.approx(1.5 * (1 - 0.6 * 1.33))
    assert out.ventilation.window_airing_ach.m == pytest.approx(airing * (1 - 0.6 * 1.33))
    high = dataclasses_replace(m, params={**m.params, "behaviour": "high"})
    capped = supply_measures.metering_reform(dataclasses_replace(residential, measures=()), high, response_scale=1.33)
    assert capped.buildings[0].operation.overheating.m == 0
    assert "metering_behaviour" in _physics_inputs(residential, [m])
    assert "metering_behaviour" not in _physics_inputs(residential, [x for x in residential.measures if x is not m])


def test_stronger_metering_response_saves_more(residential):
    from calc.uncertainty.montecarlo import _apply
    from calc.variant import simulate_state

    w, c, en = _setup(residential)

    def package_heat(k):
        p = residential
        for m in en:
            p = _apply(p, m, {"metering_behaviour": k})
        return simulate_state(p, c).supply.delivered["district_heat"].m.sum()

    assert package_heat(1.33) < package_heat(1.0) < package_heat(0.67)
