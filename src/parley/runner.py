"""The one per-article loop: read → pipeline → sink, used by ``parley run``, ``parley extract`` and
the benchmarks.

Each article is analysed on its own: an exception in a component fails that article (its outcome
carries the reason) and the loop goes on; ``KeyboardInterrupt`` stops the loop. A progress callback
sees every outcome; the sink receives every outcome in input order as soon as it is done, so a sink
that saves each article makes the work resumable (``parley run`` keeps only pending articles as
input; ``pending`` skips keys already done).

Parallel or cluster execution goes behind the same interface: :func:`analyse` is a pure, picklable
function of (config, article); an ``executor`` maps it over local processes (``parley.parallel``)
or a Dask cluster (``parley.cluster``), and :meth:`Runner.map` still yields the outcomes in input
order, so the sink (the one writer) sees the same sequence in every case.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from parley.budget import ArticleSkipped
from parley.model import Article
from parley.pipeline import Pipeline


@dataclass
class Unreadable:
    """An input that could not be read into an article (``key``: its source, ``reason``: why)."""

    key: str
    reason: str


@dataclass
class Outcome:
    """What became of one input: the analysed article, or why it failed (``article`` is then the input
    article as the failing component left it, or ``None`` when it could not be read)."""

    key: str
    article: Article | None
    error: str | None = None
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)  # per component, when profiled
    skipped: bool = False  # over the size or time limit (``error`` says which); not a crash

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def unreadable(self) -> bool:
        return self.article is None


class Sink(Protocol):
    """Where outcomes go (a store, a prediction file, counters)."""

    def __call__(self, outcome: Outcome) -> None: ...


Item = Article | Unreadable
# maps ``analyse(config, item)`` over the items somewhere else, yielding the outcomes in input order
Executor = Callable[[dict[str, Any], Iterable[Item]], Iterator[Outcome]]


def run_one(pipeline: Pipeline, item: Item, profile: bool = False) -> Outcome:
    """Analyse one item with ``pipeline``; an exception fails only this item."""
    if isinstance(item, Unreadable):
        return Outcome(item.key, None, item.reason)
    timings: dict[str, float] | None = {} if profile else None
    started = time.perf_counter()
    try:
        doc = pipeline(item, timings=timings)
    except ArticleSkipped as exc:
        return Outcome(item.id, item, str(exc), time.perf_counter() - started, skipped=True)
    except Exception as exc:  # one bad article must not lose the batch
        return Outcome(item.id, item, f"{type(exc).__name__}: {exc}", time.perf_counter() - started)
    return Outcome(item.id, doc, None, time.perf_counter() - started, timings or {})


_PIPELINES: dict[str, Pipeline] = {}


def analyse(config: dict[str, Any], article: Item) -> Outcome:
    """Pure and picklable: the outcome of ``article`` under ``config`` (the pipeline is built once per
    process and config). What a worker process or a Dask task runs."""
    key = json.dumps(config, sort_keys=True, default=str)
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline(config)
    return run_one(_PIPELINES[key], article)


@dataclass
class Summary:
    """Counts of one loop: keys done, failures with their reasons, whether it was interrupted."""

    done: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped: int = 0
    over_limit: list[tuple[str, str]] = field(default_factory=list)  # skipped for size or time, with why
    interrupted: bool = False
    seconds: float = 0.0


@dataclass
class Runner:
    """Runs a pipeline over items, one article at a time, in input order.

    ``progress`` is called with every outcome; ``profile`` records per-component seconds.
    """

    pipeline: Pipeline
    progress: Callable[[Outcome], None] | None = None
    profile: bool = False
    executor: Executor | None = None  # runs ``analyse`` elsewhere (worker processes, a cluster)

    @classmethod
    def from_config(cls, config: dict[str, Any], **options: Any) -> Runner:
        return cls(Pipeline(config), **options)

    def map(self, items: Iterable[Item]) -> Iterator[Outcome]:
        """The outcome of each item, in input order, whichever executes them."""
        if self.executor is not None:
            outcomes = self.executor(self.pipeline.config, items)
        else:
            outcomes = (run_one(self.pipeline, item, self.profile) for item in items)
        for outcome in outcomes:
            if self.progress is not None:
                self.progress(outcome)
            yield outcome

    def run(
        self, items: Iterable[Item], sink: Sink, pending: Callable[[str], bool] | None = None
    ) -> Summary:
        """Feed every outcome to ``sink``; skip items whose key ``pending`` rejects (resuming).

        A sink that raises on a successful outcome fails that article only. Stops at
        ``KeyboardInterrupt`` with ``interrupted`` set; what the sink got so far stays."""
        summary, started = Summary(), time.perf_counter()
        if pending is not None:
            items = self._pending(items, pending, summary)
        try:
            for outcome in self.map(items):
                if outcome.ok:
                    try:
                        sink(outcome)
                    except Exception as exc:  # saving one article failed: that article failed
                        summary.failed.append((outcome.key, f"{type(exc).__name__}: {exc}"))
                        continue
                    summary.done.append(outcome.key)
                else:
                    (summary.over_limit if outcome.skipped else summary.failed).append(
                        (outcome.key, outcome.error or ""))
                    sink(outcome)
        except KeyboardInterrupt:
            summary.interrupted = True
        summary.seconds = time.perf_counter() - started
        return summary

    @staticmethod
    def _pending(items: Iterable[Item], pending: Callable[[str], bool], summary: Summary) -> Iterator[Item]:
        for item in items:
            key = item.key if isinstance(item, Unreadable) else item.id
            if pending(key):
                yield item
            else:
                summary.skipped += 1
