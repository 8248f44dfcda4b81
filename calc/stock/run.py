"""Running stock tasks: in this process, on a local process pool, or on an
existing Dask distributed cluster -- the same pure task function each way
(calc.stock.tasks.run_task), results handed over as they arrive.

At most a few tasks per worker are in flight, so memory does not grow with
the number of rows.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

from .tasks import Task, run_task

IN_FLIGHT_PER_WORKER = 4


def run_serial(tasks: Iterable[Task]) -> Iterator[dict]:
    for task in tasks:
        yield run_task(task)


def run_local(tasks: Iterable[Task], workers: int | None = None) -> Iterator[dict]:
    """Tasks on a pool of ``workers`` processes (default: every core)."""
    workers = workers or os.cpu_count() or 1
    if workers == 1:
        yield from run_serial(tasks)
        return
    it = iter(tasks)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending = set()
        for task in it:
            pending.add(pool.submit(run_task, task))
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                break
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                yield fut.result()
                nxt = next(it, None)
                if nxt is not None:
                    pending.add(pool.submit(run_task, nxt))


def run_dask(tasks: Iterable[Task], address) -> Iterator[dict]:
    """Tasks on the Dask distributed cluster at ``address`` (a scheduler
    address such as ``tcp://10.0.0.5:8786``, or a ``distributed.Client`` /
    ``LocalCluster`` object)."""
    from distributed import Client, as_completed

    client = address if isinstance(address, Client) else Client(address)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        it = iter(tasks)
        first = [client.submit(run_task, t, pure=False) for _, t in zip(range(workers * IN_FLIGHT_PER_WORKER), it)]
        queue = as_completed(first)
        for fut in queue:
            yield fut.result()
            fut.release()
            nxt = next(it, None)
            if nxt is not None:
                queue.add(client.submit(run_task, nxt, pure=False))
    finally:
        if client is not address:
            client.close()


def execute(tasks: list[Task], *, workers: int | None = None, scheduler=None,
            on_result: Callable[[dict], None]) -> int:
    """Run ``tasks`` (locally, or on ``scheduler`` when given) and hand each
    result to ``on_result`` as it arrives; returns the number run."""
    results = run_dask(tasks, scheduler) if scheduler is not None else run_local(tasks, workers)
    n = 0
    for result in results:
        on_result(result)
        n += 1
    return n
