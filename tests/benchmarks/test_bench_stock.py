"""Speed of stock runs: buildings per second with the example's 4-measure
envelope package (baseline, package, each measure alone; no sensitivity),
how it scales with the number of rows, the memory of the run, and a Dask
LocalCluster of 2 worker processes against 1.

    python3 -m pytest tests/benchmarks/test_bench_stock.py -o addopts="" --benchmark-enable -s

Set STOCK_BENCH_ROWS (default "100,1000"; "100,1000,10000" for the city
scale, see docs/stock.md) for the scaling rows and STOCK_BENCH_ROUNDS
(default 3) for the runs each median is taken over. Each case prints
buildings/s, the CPU time per building and the peak resident memory of the
parent and of the largest worker process.

The stock is the test factory's list over every zone, use, era and heat
source, each row its own project. The pool is started and warmed on 20
rows before the timed runs; later rounds of a case run on workers that have
already built the case's archetypes and weather, as a long stock's workers
have after its first few hundred rows.
"""

import os
import resource
import statistics
import time
from pathlib import Path

import pytest

from calc.stock import portfolio
from tests.calc.stock.factory import stock_rows, write_stock

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "datasets" / "examples" / "stock_package.json"
ROWS = [int(x) for x in os.environ.get("STOCK_BENCH_ROWS", "100,1000").split(",")]
ROUNDS = int(os.environ.get("STOCK_BENCH_ROUNDS", "3"))


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


def _report(label, n, times, cpu=None):
    parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    med = statistics.median(times)
    # on a shared machine the wall-clock rate depends on the other load; the
    # CPU time per building does much less
    per = f"; {cpu / n * 1000:.0f} ms CPU per building ({2 * n / cpu:.1f} buildings/s on 2 free cores)" if cpu else ""
    print(f"\n{label}: {n} buildings, median of {len(times)} runs {med:.1f} s = {n / med:.1f} buildings/s "
          f"(runs: {', '.join(f'{t:.1f}' for t in times)} s){per}; load average {os.getloadavg()[0]:.1f}; "
          f"peak RSS parent {parent:.0f} MB, largest worker {child:.0f} MB")
    return med


@pytest.mark.parametrize("n", ROWS)
def test_local_pool_two_workers(benchmark, tmp_path, n):
    """The local pool (2 processes, the default on this machine): one pool
    per run, so each run pays its own start-up and warms its own workers."""
    stock = _stock(tmp_path, n)
    portfolio(_stock(tmp_path, 20), PACKAGE, tmp_path / "warm", workers=2)
    times, cpus = [], []

    def run():
        t0, c0 = time.perf_counter(), _cpu()
        r = portfolio(stock, PACKAGE, tmp_path / f"out_{time.perf_counter_ns()}", workers=2)
        times.append(time.perf_counter() - t0)
        cpus.append(_cpu() - c0)
        return r

    result = benchmark.pedantic(run, rounds=ROUNDS if n <= 1000 else 1, iterations=1)
    assert result.summary["rows_assessed"] == n
    cpu = statistics.median(cpus)
    med = _report("local pool, 2 workers", n, times, cpu)
    _SCALING[n] = (n / med, cpu / n)
    if len(_SCALING) > 1:
        # the same stock at each size: how the rate holds up as the rows grow
        first = min(_SCALING)
        print("scaling: " + ", ".join(
            f"{m} rows {rate:.1f} buildings/s ({rate / _SCALING[first][0]:.2f}x of {first}), "
            f"{per * 1000:.0f} ms CPU per building" for m, (rate, per) in sorted(_SCALING.items())))


_SCALING: dict = {}  # rows -> (buildings/s, CPU s per building) of the local pool cases run so far


def _dask_runs(tmp_path, stock, n, workers):
    from distributed import Client, LocalCluster

    times = []
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        portfolio(_stock(tmp_path, 20), PACKAGE, tmp_path / f"warm_{workers}", scheduler=client)
        for _ in range(ROUNDS):
            t0 = time.perf_counter()
            r = portfolio(stock, PACKAGE, tmp_path / f"out_{time.perf_counter_ns()}", scheduler=client)
            times.append(time.perf_counter() - t0)
            assert r.summary["rows_assessed"] == n
    return times


def test_dask_two_workers_against_one(benchmark, tmp_path):
    """Dask LocalCluster of 1 and of 2 worker processes (one thread each)
    on the same stock: the median time of each and their ratio."""
    n = ROWS[0]
    stock = _stock(tmp_path, n)
    medians = {}

    def run():
        for workers in (1, 2):
            medians[workers] = _report(f"Dask LocalCluster, {workers} worker(s)", n,
                                       _dask_runs(tmp_path, stock, n, workers))

    benchmark.pedantic(run, rounds=1, iterations=1)
    print(f"\nDask 2 workers against 1: {medians[1] / medians[2]:.2f}x")


def test_task_cpu_in_a_warm_process(benchmark, tmp_path):
    """CPU time of one stock task in one process (time.process_time, which
    the other load on a shared machine changes much less than the wall
    clock): first over 40 rows whose archetypes and weather are new to the
    process, then the median of ROUNDS passes over the same rows once they
    are not -- the rate of a long stock on each core."""
    from calc.stock.portfolio import DEFAULT_PACKAGE, read_packages
    from calc.stock.table import read_stock
    from calc.stock.tasks import group_tasks, run_task

    columns, rows = read_stock(_stock(tmp_path, 40))
    tasks, _ = group_tasks(rows, {c.name: c.unit for c in columns if c.unit}, read_packages(PACKAGE),
                           DEFAULT_PACKAGE)

    def cpu_per_task():
        t0 = time.process_time()
        for t in tasks:
            run_task(t)
        return (time.process_time() - t0) / len(tasks)

    cold = cpu_per_task()
    warm = []
    benchmark.pedantic(lambda: warm.append(cpu_per_task()), rounds=ROUNDS, iterations=1)
    w = statistics.median(warm)
    print(f"\none task (4-measure package, no sensitivity): {cold * 1000:.0f} ms CPU with new archetypes, "
          f"{w * 1000:.0f} ms warm = {2 / w:.1f} buildings/s on 2 free cores; load average {os.getloadavg()[0]:.1f}")
