"""Running stock tasks: in this process, on a local process pool, or on an
existing Dask distributed cluster -- the same pure task function each way
(calc.stock.tasks.run_task), results handed over as they arrive.

Tasks travel in chunks (:func:`chunk_size`): one submission, one transfer
and one scheduler round-trip per chunk instead of per building, so the
scheduling overhead stays small against the assessments. At most a few
chunks per worker are in flight, so memory does not grow with the number
of rows.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

from .tasks import Task, run_task

IN_FLIGHT_PER_WORKER = 2
#: Largest chunk [tasks]: about a second of work on one core, short enough
#: for a smooth progress bar and for losing little when a worker dies.
MAX_CHUNK = {"local": 8, "dask": 25}
#: Chunks per worker a stock is cut into at least, so that a short stock
#: still keeps every worker busy to the end.
CHUNKS_PER_WORKER = 4


def chunk_size(n_tasks: int, workers: int, engine: str = "local") -> int:
    """Tasks per chunk: ``n_tasks`` spread over at least
    ``CHUNKS_PER_WORKER`` chunks per worker, at most ``MAX_CHUNK[engine]``."""
    return max(1, min(MAX_CHUNK[engine], math.ceil(n_tasks / (max(1, workers) * CHUNKS_PER_WORKER))))


def chunks(tasks: Sequence[Task], size: int) -> Iterator[list[Task]]:
    for i in range(0, len(tasks), size):
        yield list(tasks[i:i + size])


def run_chunk(tasks: list[Task]) -> list[dict]:
    """Results of a chunk of tasks, in order (the unit of work sent to a
    worker process)."""
    return [run_task(t) for t in tasks]


def run_serial(tasks: Iterable[Task]) -> Iterator[list[dict]]:
    for task in tasks:
        yield [run_task(task)]


def run_local(tasks: Sequence[Task], workers: int | None = None) -> Iterator[list[dict]]:
    """Chunks of tasks on a pool of ``workers`` processes (default: every
    core); yields each chunk's results as it finishes."""
    workers = workers or os.cpu_count() or 1
    if workers == 1:
        yield from run_serial(tasks)
        return
    it = chunks(tasks, chunk_size(len(tasks), workers, "local"))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending = set()
        for chunk in it:
            pending.add(pool.submit(run_chunk, chunk))
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                break
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                yield fut.result()
                nxt = next(it, None)
                if nxt is not None:
                    pending.add(pool.submit(run_chunk, nxt))


def run_dask(tasks: Sequence[Task], address) -> Iterator[list[dict]]:
    """Chunks of tasks on the Dask distributed cluster at ``address`` (a
    scheduler address such as ``tcp://10.0.0.5:8786``, or a
    ``distributed.Client`` / ``LocalCluster`` object)."""
    from distributed import Client, as_completed

    client = address if isinstance(address, Client) else Client(address)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        it = chunks(tasks, chunk_size(len(tasks), workers, "dask"))
        first = [client.submit(run_chunk, c, pure=False) for _, c in zip(range(workers * IN_FLIGHT_PER_WORKER), it)]
        queue = as_completed(first)
        for fut in queue:
            yield fut.result()
            fut.release()
            nxt = next(it, None)
            if nxt is not None:
                queue.add(client.submit(run_chunk, nxt, pure=False))
    finally:
        if client is not address:
            client.close()


def execute(tasks: list[Task], *, workers: int | None = None, scheduler=None,
            on_results: Callable[[list[dict]], None]) -> int:
    """Run ``tasks`` (locally, or on ``scheduler`` when given) and hand each
    finished chunk's results to ``on_results`` as it arrives; returns the
    number of tasks run."""
    batches = run_dask(tasks, scheduler) if scheduler is not None else run_local(tasks, workers)
    n = 0
    for results in batches:
        on_results(results)
        n += len(results)
    return n
