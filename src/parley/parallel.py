"""Local worker processes for the per-article loop: outcomes computed in parallel, yielded in input order.

Each worker process builds the pipeline once (``parley.runner.analyse`` caches it per config) and
analyses one article per task. The parent keeps a bounded window of tasks in flight (enough to keep
every worker busy, few enough that memory stays flat on any input size) and yields each outcome as
soon as it and all earlier ones are done, so the one writer in the parent sees exactly the sequence
a single process would produce. Workers ignore Ctrl-C: the parent stops, cancels what is queued and
leaves its sink consistent (``parley run`` resumes).
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import chain, islice
from typing import Any

from parley.runner import Item, Outcome, analyse

TASKS_PER_WORKER = 4  # tasks kept in flight per worker process


def _ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def pool_map(config: dict[str, Any], items: Iterable[Item], workers: int) -> Iterator[Outcome]:
    """``analyse(config, item)`` for every item on ``workers`` processes, in input order (a single
    item is analysed in this process: starting workers would cost more than it saves)."""
    source = iter(items)
    head = list(islice(source, 2))
    if len(head) < 2 or workers < 2:
        yield from (analyse(config, item) for item in chain(head, source))
        return
    context = multiprocessing.get_context("forkserver")
    window = max(2, workers * TASKS_PER_WORKER)
    executor = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_ignore_interrupts)
    pending: deque[Future[Outcome]] = deque()
    try:
        for item in chain(head, source):
            pending.append(executor.submit(analyse, config, item))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()
        executor.shutdown(wait=True, cancel_futures=True)
