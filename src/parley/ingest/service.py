"""Ingest into the store: exact-duplicate check, near-duplicate linking, ingest log and counts.

``Ingester.add`` takes what the readers yield (``Article`` or ``ReadError``) one at a time, so the
command line can show progress; every outcome is logged in ``ingest_log`` under the ingest run.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from parley.ingest.dedupe import DEFAULT_THRESHOLD, fingerprint, similarity
from parley.ingest.readers import input_of
from parley.ingest.records import ReadError
from parley.model import Article
from parley.store import Store
from parley.store.ingest_rows import Batch

STATUSES = ("stored", "duplicate", "exists", "skipped")
LOG_BATCH = 500


def date_warning(doc: Article) -> str | None:
    """The one-line warning for a record whose date could not be read (it is stored without one)."""
    raw = doc.meta.get("date_raw")
    return None if raw is None else f"invalid date {str(raw)[:60]!r} ignored (kept in meta.date_raw)"


@dataclass
class Outcome:
    """What happened to one input: stored, duplicate (linked to ``duplicate_of``), exists, skipped."""

    source: str
    status: str
    reason: str | None = None
    article_id: str | None = None
    duplicate_of: str | None = None


@dataclass
class Ingester:
    """Adds readers' items to ``store`` — a ``Store`` or, for speed, a ``Store.batch()``."""

    store: Store | Batch
    run_id: int | None = None
    threshold: float = DEFAULT_THRESHOLD
    dossier: Callable[[Article], str | None] | None = None  # records each article's dossier (``--dossier``)
    counts: Counter[str] = field(default_factory=Counter)
    _log: list[tuple[str, str, str | None, str | None]] = field(default_factory=list)

    def add(self, item: Article | ReadError) -> Outcome:
        outcome = self._skip(item) if isinstance(item, ReadError) else self._store(item)
        self.counts[outcome.status] += 1
        self._log.append((outcome.source, outcome.status, outcome.reason, outcome.article_id))
        if len(self._log) >= LOG_BATCH:
            self.flush()
        return outcome

    def flush(self) -> None:
        if self._log:
            self.store.log_ingest(self.run_id, self._log)
            self._log = []

    @property
    def failed(self) -> int:
        return self.counts["skipped"]

    @property
    def ok(self) -> int:
        return sum(self.counts[s] for s in ("stored", "duplicate", "exists"))

    @staticmethod
    def _skip(error: ReadError) -> Outcome:
        return Outcome(error.source, "skipped", error.reason)

    def _store(self, doc: Article) -> Outcome:
        source = input_of(doc)
        found = self.store.find_article(doc.id, doc.content_hash)
        if found is not None:
            return Outcome(source, "exists", f"same {found[1]} as stored article {found[0]}", found[0])
        fp = fingerprint(doc.text, self.threshold)
        if fp is not None:
            doc.duplicate_of = self._original_of(fp.signature, fp.bands)
        if self.dossier is not None:
            doc.dossier = self.dossier(doc)
        stored = self.store.add_article(
            doc,
            signature=fp.signature if fp else None,
            bands=fp.bands if fp else (),
        )
        if not stored:
            return Outcome(source, "exists", "stored concurrently", doc.id)
        if doc.duplicate_of:
            return Outcome(source, "duplicate", f"near-copy of {doc.duplicate_of}", doc.id, doc.duplicate_of)
        return Outcome(source, "stored", date_warning(doc), doc.id)

    def _original_of(self, signature: list[int], bands: list[str]) -> str | None:
        """The earliest stored article this signature nearly matches (the root of a copy chain)."""
        best: tuple[float, str] | None = None
        for article_id, other, duplicate_of in self.store.minhash_candidates(bands):
            score = similarity(signature, other)
            if score >= self.threshold and (best is None or score > best[0]):
                best = (score, duplicate_of or article_id)
        return best[1] if best else None
