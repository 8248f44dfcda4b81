"""Each measure alone carries its saving rate under both electricity methods."""

import pytest

from calc.assess import assess

# GB/T 2589-2020 Appendix A: heat 0.03412 kgce/MJ (3.6 MJ/kWh), electricity
# 0.1229 kgce/kWh at its calorific value; on the equivalent basis the
# sample's unknown heat source takes Beijing's default, a gas boiler house
# at η 0.90 (heat_source_defaults.csv, heat_sources.csv; gas 34.12 kgce/GJ)
# and electricity 0.302 kgce/kWh of power-supply coal (2023).
HEAT_EQ = 0.03412 * 3.6
ELEC_EQ = 0.1229
HEAT_PSC = HEAT_EQ / 0.90
ELEC_PSC = 0.302


def _heating_kgce(result, heat, elec):
    uses = result.end_uses
    total = 0.0
    for use in ("heating", "pumps"):
        for carrier, q in uses.get(use, {}).items():
            f = {"district_heat": heat, "electricity": elec}[carrier]
            total += q.to("kWh").m * f
    return total


@pytest.fixture(scope="module")
def res(residential):
    return assess(residential, sensitivity=False)


def test_every_measure_alone_under_both_methods_by_hand(res):
    assert res.target.basis == "heating_tce" and res.target.electricity_method == "power_supply_coal"
    for m in res.measures:
        rates = m.saving_rate_alone_by_method
        assert set(rates) == {"equal_value", "power_supply_coal"}
        assert rates["power_supply_coal"].m == pytest.approx(m.saving_rate_alone.m, abs=1e-9)
        for method, heat, elec in (("equal_value", HEAT_EQ, ELEC_EQ), ("power_supply_coal", HEAT_PSC, ELEC_PSC)):
            before = _heating_kgce(res.baseline, heat, elec)
            after = _heating_kgce(m.alone, heat, elec)
            assert rates[method].m == pytest.approx(100 * (1 - after / before), abs=0.01), (m.kind, method)


def test_json_keeps_the_old_key_and_adds_both_methods(res):
    from calc.results import to_json

    data = to_json(res)["measures"][0]
    assert "saving_rate_alone_pct" in data
    assert set(data["saving_rate_alone_by_method_pct"]) == {"equal_value", "power_supply_coal"}
