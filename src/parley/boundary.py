"""The pipeline's output boundary: every span it emits lies inside the article text."""

from __future__ import annotations

import logging
from dataclasses import replace

from parley.model import Article, Record, Span

log = logging.getLogger(__name__)


def _clip(span: Span | None, n: int) -> Span | None:
    if span is None or span.end <= n:
        return span
    return Span(min(span.start, n), n)


def _clip_record(record: Record, n: int) -> tuple[Record, bool]:
    changes: dict[str, object] = {}
    for name in record._spans:
        span = getattr(record, name)
        if span is not None and span.end > n:
            changes[name] = _clip(span, n)
    for name in record._span_lists:
        spans = getattr(record, name)
        if any(s.end > n for s in spans):
            changes[name] = [c for s in spans if (c := _clip(s, n)) is not None and len(c)]
    return (replace(record, **changes), True) if changes else (record, False)  # type: ignore[type-var]


def clip_spans(doc: Article) -> int:
    """Clip spans reaching past the end of ``doc.text`` to it; drop statements, mentions and
    positions whose main span would then be empty. Returns how many records were changed."""
    n, changed = len(doc.text), 0
    doc.sentences = [s if s.end <= n else replace(s, start=min(s.start, n), end=n) for s in doc.sentences]
    doc.tokens = [t for t in doc.tokens if t.end <= n]
    for layer, main in (("mentions", "span"), ("statements", "quote"), ("positions", "evidence")):
        kept = []
        for record in getattr(doc, layer):
            clipped, was = _clip_record(record, n)
            changed += was
            span = getattr(clipped, main)
            if was and span is not None and not len(span):
                continue
            kept.append(clipped)
        setattr(doc, layer, kept)
    if changed:
        log.warning("%s: %d record(s) had spans past the end of the text; clipped", doc.id, changed)
    return changed
