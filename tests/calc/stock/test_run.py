"""Chunks of stock tasks: sizes, order, and every task run once."""

import pytest

from calc.stock import run
from calc.stock.run import chunk_size, chunks


@pytest.mark.parametrize("n, workers, engine, expected", [
    (1, 2, "local", 1),        # a single task
    (16, 2, "local", 2),       # 16 tasks over 2 workers x 4 chunks each
    (100, 2, "local", 8),      # capped at MAX_CHUNK["local"]
    (100, 2, "dask", 13),      # ceil(100 / 8)
    (10_000, 2, "dask", 25),   # capped at MAX_CHUNK["dask"]
    (10, 0, "dask", 3),        # no worker reported yet: counted as one
])
def test_chunk_size(n, workers, engine, expected):
    assert chunk_size(n, workers, engine) == expected


def test_chunks_keep_the_order_and_every_task_once():
    tasks = list(range(23))
    got = list(chunks(tasks, 5))
    assert [len(c) for c in got] == [5, 5, 5, 5, 3]
    assert [t for c in got for t in c] == tasks


def test_the_pool_hands_back_every_result_once(monkeypatch):
    monkeypatch.setattr(run, "run_task", lambda t: {"key": t, "rows": [t]})
    batches = list(run.run_serial(range(5)))
    assert [r["key"] for b in batches for r in b] == list(range(5))
    assert run.run_chunk([3, 1, 2]) == [{"key": 3, "rows": [3]}, {"key": 1, "rows": [1]}, {"key": 2, "rows": [2]}]


def test_tasks_of_one_archetype_run_together_in_the_file_order():
    from calc.stock.table import RawRow
    from calc.stock.tasks import Task, by_affinity

    def task(i, city, use, era, storeys=""):
        cells = {"id": f"B{i}", "city": city, "use": use, "era": era, **({"storeys": storeys} if storeys else {})}
        return Task(key=f"B{i}", rows=(RawRow(i, cells),), units={}, package=("p", []), file_name=f"B{i}.json")

    tasks = [task(1, "Harbin", "office", "pre_1986"), task(2, "Beijing", "residential", "2016_on"),
             task(3, "Harbin", "office", "pre_1986", "6"), task(4, "Beijing", "residential", "2016_on"),
             task(5, "Harbin", "office", "pre_1986")]
    order = [t.key for t in by_affinity(tasks)]
    assert order == ["B2", "B4", "B1", "B5", "B3"]
    assert sorted(order) == [t.key for t in tasks]
