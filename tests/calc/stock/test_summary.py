"""Stock totals: project figures once per project, areas per building."""

import pytest

from calc.stock.records import RECORD_KEYS
from calc.stock.summary import StockSummary


def rec(**kw):
    r = {k: 0.0 for k in RECORD_KEYS}
    r.update(city="Beijing", network="", verdict="PASS", floor_area_m2=1000.0, saving_rate_pct=30.0,
             baseline_tce=100.0, package_tce=70.0, baseline_tco2=250.0, package_tco2=180.0,
             investment_cny=300000.0, subsidy_cny=0.0)
    r.update(kw)
    return r


def result(*recs, errors=()):
    return {"key": recs[0]["id"] if recs else "x", "rows": [2] * max(len(recs), 1), "records": list(recs),
            "errors": list(errors)}


def test_network_figures_count_once_and_areas_per_building():
    s = StockSummary()
    s.add(result(rec(network="N1"), rec(network="N1", floor_area_m2=500.0)))
    s.add(result(rec(city="Tianjin", verdict="FAIL", baseline_tce=50.0, package_tce=45.0, saving_rate_pct=10.0)))
    s.add(result(errors=[[4, "city", "unknown"]]))
    out = s.to_json(rows_total=4)
    t = out["totals"]
    assert (t["buildings"], t["projects"], t["passed_projects"]) == (3, 2, 1)
    assert t["floor_area_m2"] == 2500.0 and t["passed_area_m2"] == 1500.0
    assert t["baseline_tce"] == 150.0 and t["package_tce"] == 115.0
    assert t["saving_rate_tce_pct"] == pytest.approx(100 * 35 / 150)
    # 600,000 CNY for 35 tce a year
    assert t["investment_per_tce_saved_cny_per_tce_a"] == pytest.approx(600000 / 35)
    assert out["by_network"]["N1"]["buildings"] == 2 and out["by_city"]["Tianjin"]["projects"] == 1
    assert (out["rows_assessed"], out["rows_failed"], out["row_errors"]) == (3, 1, 1)
    assert out["saving_rate_distribution"]["projects"][2] == 1  # 10 % in the 10-15 % bin
    assert out["saving_rate_distribution"]["projects"][6] == 1  # 30 % in the 30-35 % bin


def test_spooled_views_read_back_as_often_as_asked_and_go_away(tmp_path):
    from calc.stock.summary import SpooledViews, project_view

    (tmp_path / ".views.old.jsonl").write_text("left by a killed run\n")
    results = [result(rec(id="A", floor_area_m2=100.0)), result(errors=[[3, "city", "unknown"]]),
               result(rec(id="C", floor_area_m2=300.0), rec(id="D", floor_area_m2=50.0))]
    with SpooledViews(tmp_path) as views:
        for r in results:
            views.add(r)
        assert list(views) == [project_view(results[0]), project_view(results[2])]  # the failed task has none
        # two loops at once, as an indicator may run them
        pairs = [(a["buildings"][0]["floor_area_m2"], b["buildings"][0]["floor_area_m2"])
                 for a, b in zip(views, views)]
        assert pairs == [(100.0, 100.0), (300.0, 300.0)]
        assert not (tmp_path / ".views.old.jsonl").exists()
    assert list(tmp_path.iterdir()) == []
