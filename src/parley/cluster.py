"""The per-article loop on a Dask distributed cluster (``--scheduler tcp://HOST:PORT``).

Articles go out in partitions of ``PARTITION_SIZE``; each partition is one task that runs
``parley.runner.analyse`` over its articles on a worker (the pipeline is built once per worker
process). At most a few partitions per worker thread are in flight, so input of any size streams
through. Partitions come back in input order to the one writer in the client, so the output is the
one a local run produces. When a worker dies, the scheduler runs its partitions again on another
worker; the client still receives each partition exactly once, so nothing is written twice.

Workers need the same parley version as the client (checked on connect) and their own copy of the
models; with ``parley run`` the database stays with the client, which does all the writing.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from parley.runner import Item, Outcome, analyse

PARTITION_SIZE = 8  # articles per task
PARTITIONS_PER_THREAD = 3  # tasks in flight per worker thread


class ClusterError(RuntimeError):
    """The cluster cannot run parley (unreachable, no workers, another parley version)."""


def analyse_partition(config: dict[str, Any], items: list[Item]) -> list[Outcome]:
    """What one Dask task runs: the outcomes of a partition's articles, in order."""
    return [analyse(config, item) for item in items]


def _worker_versions() -> str:
    import parley

    return parley.__version__


def connect(scheduler: str, timeout: float = 10.0) -> Any:
    """A ``distributed.Client`` for ``scheduler``, after checking that its workers run this parley."""
    try:
        from distributed import Client
    except ImportError as exc:  # pragma: no cover - a dependency of parley
        raise ClusterError("--scheduler needs dask[distributed] (pip install 'dask[distributed]')") from exc
    import parley

    try:
        client = Client(scheduler, timeout=timeout)
    except OSError as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    try:
        client.wait_for_workers(1, timeout=timeout)
    except TimeoutError as exc:
        client.close()
        raise ClusterError(f"the Dask scheduler at {scheduler} has no workers") from exc
    versions = client.run(_worker_versions)
    other = {addr: v for addr, v in versions.items() if v != parley.__version__}
    if other:
        client.close()
        raise ClusterError(f"workers run another parley version than this client ({parley.__version__}): {other}")
    return client


def _partitions(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    source = iter(items)
    while chunk := list(islice(source, size)):
        yield chunk


def dask_map(
    config: dict[str, Any], items: Iterable[Item], scheduler: str | Any, partition_size: int | None = None
) -> Iterator[Outcome]:
    """``analyse(config, item)`` for every item on the cluster at ``scheduler``, in input order.

    ``scheduler`` is an address or an open ``distributed.Client``."""
    client = connect(scheduler) if isinstance(scheduler, str) else scheduler
    pending: deque[Any] = deque()
    try:
        threads = sum(client.nthreads().values()) or 1
        window = max(2, threads * PARTITIONS_PER_THREAD)
        for part in _partitions(items, partition_size or PARTITION_SIZE):
            pending.append(client.submit(analyse_partition, config, part, pure=False))
            if len(pending) >= window:
                yield from _collect(pending.popleft())
        while pending:
            yield from _collect(pending.popleft())
    finally:
        for future in pending:
            future.cancel()
        if isinstance(scheduler, str):
            client.close()


def _collect(future: Any) -> list[Outcome]:
    outcomes = future.result()
    future.release()
    return outcomes
