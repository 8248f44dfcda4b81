"""A stock of 200 buildings over every climate zone and heat source, run on
the local process pool and on a dask.distributed LocalCluster: identical
per-building results, each equal to ``main.py assess`` on the building's
project file. (A one-measure package, no sensitivity, to keep the suite
quick.)"""

import json
from concurrent.futures import ProcessPoolExecutor

import pytest

from calc.projectfile import load
from calc.stock import portfolio
from calc.stock.records import records
from calc.stock.rows import BuildingInfo
from calc.stock.store import read_results
from main import main

from .factory import CITIES, stock_rows, write_stock

N = 200


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c


@pytest.fixture(scope="module")
def runs(tmp_path_factory, cluster):
    from distributed import Client

    tmp = tmp_path_factory.mktemp("stock")
    stock = write_stock(tmp / "stock.csv", stock_rows(N))
    package = tmp / "package.json"
    # a heat pump changes the supply only, so each building is simulated once
    # (the thermal result is shared) and the test stays quick
    package.write_text(json.dumps([{"kind": "heat_pump", "params": {"kind": "air_source_heat_pump"}}]),
                       encoding="utf-8")
    local = portfolio(stock, package, tmp / "local", workers=2)
    with Client(cluster) as client:
        dask = portfolio(stock, package, tmp / "dask", scheduler=client)
    return tmp, local, dask, package


def _records(folder):
    return [rec for result in read_results(folder) for rec in result["records"]]


def test_the_stock_covers_every_zone_and_heat_source(runs):
    tmp, local, _, _ = runs
    recs = _records(tmp / "local")
    assert len(recs) == N and local.summary["rows_failed"] == 0
    assert {r["climate_zone"].split()[0] for r in recs} == set(CITIES)
    assert {r["heat_source"] for r in recs} == {"district_heating", "gas_boiler", "coal_boiler", "oil_boiler",
                                                "electric", "air_source_heat_pump", "ground_source_heat_pump"}
    assert any(r["buildings_in_project"] > 1 for r in recs)


def test_local_pool_and_dask_cluster_give_identical_results(runs):
    tmp, local, dask, _ = runs
    assert _records(tmp / "local") == _records(tmp / "dask")
    assert (tmp / "local" / "buildings.csv").read_bytes() == (tmp / "dask" / "buildings.csv").read_bytes()
    assert local.summary == dask.summary


def _assess_file(args):
    """``main.py assess FILE --json OUT`` (in a pool process, so the
    reference runs use both cores too), without the sensitivity table and
    the Monte Carlo, as the stock runs them: no figure a record carries
    comes from either."""
    file, out = args
    return main(["assess", str(file), "--json", str(out), "--uncertainty", "0", "--no-sensitivity"])


def test_each_building_equals_main_assess_on_its_project_file(runs, tmp_path):
    tmp, _, _, _ = runs
    results = list(read_results(tmp / "dask"))
    jobs = [(tmp / "dask" / r["records"][0]["project_file"], tmp_path / f"{i}.json") for i, r in enumerate(results)]
    with ProcessPoolExecutor(max_workers=2) as pool:
        assert set(pool.map(_assess_file, jobs, chunksize=8)) == {0}
    for result, (file, out) in zip(results, jobs):
        recs = result["records"]
        cli = json.loads(out.read_text("utf-8"))
        first = recs[0]
        assert first["saving_rate_pct"] == cli["target"]["saving_rate_pct"]
        assert first["package_tce"] == cli["package"]["total_standard_coal_tce"]
        assert first["investment_cny"] == cli["economics"]["investment_cny"]
        for i, rec in enumerate(recs):
            assert rec["baseline_electricity_kwh"] == cli["baseline"]["buildings"][i]["delivered_kwh"]["electricity"]
        infos = [BuildingInfo(r["row"], r["id"], r["name"], r["occupants"], {}, r["network_loss_share_2020_pct"])
                 for r in recs]
        again = records(cli, load(file), infos, package_name=first["package"], project_file=first["project_file"],
                        skipped=[s for s in first["skipped_measures"].split("; ") if s], network=first["network"])
        strip = ("metered_2020_tce", "metered_2020_tco2", "metered_current_tce", "metered_current_tco2")
        assert [{k: v for k, v in r.items() if k not in strip} for r in again] == \
               [{k: v for k, v in r.items() if k not in strip} for r in recs]


def test_the_command_line_runs_on_a_scheduler_address(runs, cluster, tmp_path):
    tmp, _, _, package = runs
    three = [r for r in stock_rows(N) if not r[8]][:3]  # rows outside networks: the same task alone
    stock = write_stock(tmp_path / "three.csv", three)
    out = tmp_path / "out"
    assert main(["portfolio", str(stock), "--package", str(package), "--out", str(out), "--no-pdf",
                 "--scheduler", cluster.scheduler_address]) == 0
    by_id = {r["id"]: r for r in _records(tmp / "local")}
    got = _records(out)
    assert [r["id"] for r in got] == [r[0] for r in three]
    for r in got:  # identical but for the row number in the shorter list
        assert {**r, "row": None} == {**by_id[r["id"]], "row": None}
