"""Builders of test statements from text: spans found by substring, speakers after the quote."""

from __future__ import annotations

from parley.model import Span, Statement


def span_of(text: str, part: str, occurrence: int = 1, after: int = 0) -> Span:
    """Span of the ``occurrence``-th ``part`` in ``text`` at or after offset ``after``."""
    start = after - 1
    for _ in range(occurrence):
        start = text.index(part, start + 1)
    return Span(start, start + len(part))


def statement(text: str, quote: str, speaker: str | None, kind: str = "direct", occurrence: int = 1) -> Statement:
    """A statement whose speaker is the ``occurrence``-th ``speaker`` string after the quote's sentence start."""
    q = span_of(text, quote)
    sentence_start = max(text.rfind(". ", 0, q.start), text.rfind("\n", 0, q.start), 0)
    sp = span_of(text, speaker, occurrence, sentence_start) if speaker else None
    return Statement(kind=kind, quote=q, speaker=sp)
