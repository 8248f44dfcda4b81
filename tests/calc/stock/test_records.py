"""Per-building records: both electricity methods and metered energy in
standard coal, against hand figures from the GB/T 2589-2020 coefficients."""

import warnings

import pytest

from calc.assess import assess
from calc.model import Measure
from calc.model.project import Accounting
from calc.results import to_json
from calc.stock.records import RECORD_KEYS, metered_accounts, records
from calc.stock.rows import project_from_rows
from calc.stock.table import RawRow

EQUAL_VALUE = 0.1229e-3  # tce/kWh, GB/T 2589-2020 Appendix A
GAS_TCE_PER_M3 = 1.2143e-3  # tce/m³, GB/T 2589-2020 Appendix A (statistical value)


def test_metered_energy_in_standard_coal_by_hand():
    acc = Accounting(electricity_method="equal_value")
    from calc.datasets import tables

    gas_kwh = 100.0 * tables.calorific_value("natural_gas").to("kWh/m**3").m
    tce, _ = metered_accounts({"electricity": 1000.0, "natural_gas": gas_kwh}, acc)
    assert tce == pytest.approx(1000.0 * EQUAL_VALUE + 100.0 * GAS_TCE_PER_M3, rel=1e-3)


@pytest.fixture(scope="module")
def office():
    rows = [RawRow(2, {"id": "O1", "city": "Shanghai", "use": "office", "era": "1996_2004", "floor_area": "5000",
                       "occupants": "200", "metered_2020.electricity": "400000"})]
    project, infos, skipped = project_from_rows(rows, {"floor_area": "m²", "metered_2020.electricity": "kWh"},
                                                [])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        results = to_json(assess(project, sensitivity=False))
    return project, infos, results


def test_record_keys_and_the_equal_value_method_by_hand(office):
    project, infos, results = office
    assert project.accounting.electricity_method == "power_supply_coal"
    (rec,) = records(results, project, infos, package_name="p", project_file="projects/O1.json")
    assert tuple(rec) == RECORD_KEYS
    base = results["baseline"]
    assert base["pv"] is None  # no PV credit: purchased electricity is the delivered electricity
    non_electric = base["total_standard_coal_tce"] - base["standard_coal_tce"]["electricity"]
    by_hand = non_electric + base["delivered_kwh"]["electricity"] * EQUAL_VALUE
    assert rec["baseline_tce_equal_value"] == pytest.approx(by_hand, rel=1e-9)
    assert rec["baseline_tce_power_supply_coal"] == base["total_standard_coal_tce"]
    assert rec["occupants"] == 200 and rec["project_file"] == "projects/O1.json"
    assert rec["floor_area_m2"] == pytest.approx(5000.0, rel=1e-9)
    # 400 MWh at the latest power-supply coal consumption in the table, 0.302 kgce/kWh
    assert rec["metered_2020_tce"] == pytest.approx(400000 * 0.302e-3, rel=1e-9)
    assert rec["metered_current_tce"] is None


def test_a_basis_with_nothing_to_save_from_gives_verdict_n_a():
    from calc.stock.summary import StockSummary

    rows = [RawRow(2, {"id": "G1", "city": "Guangzhou", "use": "office", "era": "2005_2015", "floor_area": "3000",
                       "accounting.target_basis": "heating_tce", "heat_source": "electric",
                       "operation.heating_season_start": "01-01", "operation.heating_season_end": "01-02",
                       "operation.hvac_availability": "season"})]
    project, infos, _ = project_from_rows(rows, {"floor_area": "m²"},
                                          [Measure(kind="wall_insulation")])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        results = to_json(assess(project, sensitivity=False))
    (rec,) = records(results, project, infos, package_name="p", project_file="x.json")
    assert rec["verdict"] == "n/a" and rec["saving_rate_pct"] is None
    s = StockSummary()
    s.add({"key": "G1", "rows": [2], "records": [rec], "errors": []})
    out = s.to_json(rows_total=1)
    assert out["saving_rate_distribution"]["not_applicable_projects"] == 1 and out["totals"]["passed_projects"] == 0


def test_each_building_of_a_network_carries_its_own_verdict():
    rows = [RawRow(2, {"id": "A", "city": "Beijing", "use": "residential", "era": "pre_1986", "floor_area": "3000",
                       "network": "N"}),
            RawRow(3, {"id": "B", "city": "Beijing", "use": "residential", "era": "2016_on", "floor_area": "3000",
                       "network": "N"})]
    project, infos, _ = project_from_rows(rows, {"floor_area": "m²"}, [Measure(kind="wall_insulation")])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        results = to_json(assess(project, sensitivity=False))
    recs = records(results, project, infos, package_name="p", project_file="x.json", network="N")
    own = {v["name"]: v for v in results["target"]["buildings"]}
    assert [r["building_saving_rate_pct"] for r in recs] == [own["A"]["saving_rate_pct"], own["B"]["saving_rate_pct"]]
    # the old block saves more from the same insulation than the 2016 one
    assert recs[0]["building_saving_rate_pct"] > recs[1]["building_saving_rate_pct"]
    assert recs[0]["verdict"] == recs[1]["verdict"]


def test_saving_rate_and_verdict_under_both_electricity_methods(office):
    """The matrix's rates on the target basis (total standard coal for an
    office outside the heating zones) against the rates formed by hand from
    the record's own tce under each method."""
    project, infos, results = office
    (rec,) = records(results, project, infos, package_name="p", project_file="x.json")
    assert results["target"]["basis"] == "total_tce"
    for m in ("equal_value", "power_supply_coal"):
        by_hand = 100.0 * (1.0 - rec[f"package_tce_{m}"] / rec[f"baseline_tce_{m}"])
        assert rec[f"saving_rate_{m}_pct"] == pytest.approx(by_hand, rel=1e-9, abs=1e-9)
        assert rec[f"verdict_{m}"] == ("PASS" if by_hand >= 20.0 else "FAIL")
    assert rec["saving_rate_power_supply_coal_pct"] == rec["saving_rate_pct"]  # the project's own method


def test_gbt51161_figures_of_an_hscw_office_and_not_applicable_otherwise(office):
    """An HSCW office: constraint and guide 85 / 70 kWh/(m²·a) for class A,
    110 / 80 for class B (GB/T 51161-2016 Table 6.2.1 as quoted by Liu &
    Ren 2018, Table 7); the value is the baseline's non-heating delivered
    energy per m², summed here from its end uses."""
    project, infos, results = office
    (rec,) = records(results, project, infos, package_name="p", project_file="x.json")
    limits = {"A": (85.0, 70.0), "B": (110.0, 80.0)}[results["benchmark"]["building_class"]]
    assert (rec["gbt51161_constraint_kwh_per_m2"], rec["gbt51161_guide_kwh_per_m2"]) == limits
    base = results["baseline"]
    non_heating = sum(sum(by_carrier.values()) for use, by_carrier in base["end_uses_kwh"].items()
                      if use not in ("heating", "pumps"))
    value = non_heating / rec["floor_area_m2"]
    assert rec["gbt51161_value_kwh_per_m2"] == pytest.approx(value, rel=1e-9)
    expected = "above_constraint" if value > limits[0] else ("above_guide" if value > limits[1] else "at_or_below_guide")
    assert rec["gbt51161_verdict"] == expected and rec["gbt51161_not_applicable_reason"] == ""

    rows = [RawRow(2, {"id": "H1", "city": "Beijing", "use": "hospital", "era": "1996_2004", "floor_area": "8000"})]
    hospital, h_infos, _ = project_from_rows(rows, {"floor_area": "m²"}, [])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        h_results = to_json(assess(hospital, sensitivity=False))
    (h,) = records(h_results, hospital, h_infos, package_name="p", project_file="h.json")
    assert h["gbt51161_value_kwh_per_m2"] is None and h["gbt51161_verdict"] == "n/a"
    assert "hospital" in h["gbt51161_not_applicable_reason"]
