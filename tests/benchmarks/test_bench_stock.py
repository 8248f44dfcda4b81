"""Speed of stock runs: buildings per second with the example's 4-measure
envelope package (baseline, package, each measure alone; no sensitivity),
how it scales with the number of rows, the memory of the run, and a Dask
LocalCluster of 2 worker processes against 1.

    python3 -m pytest tests/benchmarks/test_bench_stock.py -o addopts="" --benchmark-enable -s

Set STOCK_BENCH_ROWS (e.g. "100,1000,10000") for the scaling rows; each
case prints buildings/s and the peak resident memory of the parent and of
the largest worker process.
"""

import json
import os
import resource
import time
from pathlib import Path

import pytest

from calc.stock import portfolio
from tests.calc.stock.factory import stock_rows, write_stock

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "datasets" / "examples" / "stock_package.json"
ROWS = [int(x) for x in os.environ.get("STOCK_BENCH_ROWS", "100,400").split(",")]


def _stock(tmp_path, n):
    rows = stock_rows(n)
    for r in rows:
        r[8] = ""  # no networks: one task per row, the rate is per building assessed alone
        r[7] = "" if r[7] == "district_heating" else r[7]
    return write_stock(tmp_path / f"stock_{n}.csv", rows)


def _cpu():
    """CPU seconds of this process and of its finished children."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _report(label, n, seconds, cpu=None):
    parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    # on a shared machine the wall-clock rate depends on the other load; the
    # CPU time per building does much less
    per = f"; {cpu / n * 1000:.0f} ms CPU per building ({2 * n / cpu:.1f} buildings/s on 2 free cores)" if cpu else ""
    print(f"\n{label}: {n} buildings in {seconds:.1f} s = {n / seconds:.1f} buildings/s{per}; "
          f"load average {os.getloadavg()[0]:.1f}; peak RSS parent {parent:.0f} MB, largest worker {child:.0f} MB")


@pytest.mark.parametrize("n", ROWS)
def test_local_pool_two_workers(benchmark, tmp_path, n):
    stock = _stock(tmp_path, n)
    portfolio(_stock(tmp_path, 20), PACKAGE, tmp_path / "warm", workers=2)

    def run():
        t0, c0 = time.perf_counter(), _cpu()
        r = portfolio(stock, PACKAGE, tmp_path / f"out_{time.perf_counter_ns()}", workers=2)
        return r, time.perf_counter() - t0, _cpu() - c0

    result, seconds, cpu = benchmark.pedantic(run, rounds=1, iterations=1)
    assert result.summary["rows_assessed"] == n
    _report("local pool, 2 workers", n, seconds, cpu)


@pytest.mark.parametrize("workers", [1, 2])
def test_dask_local_cluster(benchmark, tmp_path, workers):
    from distributed import Client, LocalCluster

    n = ROWS[0]
    stock = _stock(tmp_path, n)
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        portfolio(_stock(tmp_path, 4 * workers), PACKAGE, tmp_path / "warm", scheduler=client)

        def run():
            t0 = time.perf_counter()
            r = portfolio(stock, PACKAGE, tmp_path / f"out_{time.perf_counter_ns()}", scheduler=client)
            return r, time.perf_counter() - t0

        result, seconds = benchmark.pedantic(run, rounds=1, iterations=1)
    assert result.summary["rows_assessed"] == n
    _report(f"Dask LocalCluster, {workers} worker(s)", n, seconds)
