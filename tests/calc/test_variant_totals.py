"""The Totals of a state (calc.variant.account_totals): the four bases of
the verdict and the bill, which the verdict under the other electricity
method, the package's steps and the closing measures read instead of a
whole VariantResult."""

import pytest

from calc.climate import weather_for_site
from calc.projectfile import load
from calc.schema import set_path
from calc.units import Q_
from calc.variant import ThermalCache, account_state, account_totals, simulate_state
from tests.conftest import EXAMPLES

FIELDS = ("total_standard_coal", "heating_standard_coal", "total_delivered", "total_co2", "energy_cost")


def _state(project):
    weather = weather_for_site(project.site)
    cache = ThermalCache(weather, project.accounting, None)
    return weather, cache, simulate_state(project, cache)


def test_all_electric_office_by_hand():
    # Shenzhen office, all electric, no PV, flat tariff 0.8 CNY/kWh:
    # standard coal = kWh × 0.1229 kgce/kWh (GB/T 2589-2020 Appendix A,
    # equal value) or × the 0.3055 kgce/kWh entered as the supply coal (the
    # 2020 thermal-power figure, NDRC); CO2 = kWh × the 0.5 kg/kWh entered;
    # bill = kWh × 0.8.
    p = load(EXAMPLES / "office_shenzhen_2000s.json")
    p = set_path(p, "accounting.power_supply_coal", Q_(0.3055, "kgce/kWh"))
    p = set_path(p, "accounting.grid_factor", Q_(0.5, "kg/kWh"))
    weather, cache, state = _state(p)
    delivered = {c: q.to("kWh").m.sum() for c, q in state.supply.delivered.items()}
    assert all(v == 0 for c, v in delivered.items() if c != "electricity")
    kwh = delivered["electricity"]
    assert kwh > 0
    for method, factor in (("equal_value", 0.1229), ("power_supply_coal", 0.3055)):
        t = account_totals(state, p, weather, cache.factors_for(method))
        assert t.total_standard_coal.to("tce").m == pytest.approx(kwh * factor / 1000, rel=1e-12)
        assert t.total_delivered.to("kWh").m == pytest.approx(kwh, rel=1e-12)
        assert t.total_co2.to("t").m == pytest.approx(kwh * 0.5 / 1000, rel=1e-12)
        assert t.energy_cost.to("CNY/a").m == pytest.approx(kwh * 0.8, rel=1e-12)


@pytest.mark.parametrize("name", ["residential_beijing_1980s", "office_shanghai_1990s"])
def test_totals_are_the_full_accounts_figures(name):
    # district heat from a network (heat at its source under the supply-coal
    # method), and a package with a heat pump and rooftop PV: the Totals are
    # the very figures of account_state under either method, whichever is
    # computed first
    from calc.measures import apply_measure

    p = load(EXAMPLES / f"{name}.json")
    package = p
    for m in p.measures:
        if m.enabled:
            package = apply_measure(package, m)
    for project in (p, package):
        weather, cache, state = _state(project)
        for method in ("equal_value", "power_supply_coal"):
            f = cache.factors_for(method)
            first = account_totals(state, p, weather, f)
            full = account_state(state, "x", "", p, weather, factors=f)
            again = account_totals(state, p, weather, f)
            for field in FIELDS:
                assert getattr(first, field) == getattr(full, field), (method, field)
                assert getattr(again, field) == getattr(full, field), (method, field)
