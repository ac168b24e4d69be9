"""Builders of test statements from text: spans found by substring, speakers after the quote."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from parley.model import Article, Span, Statement


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


@dataclass(frozen=True)
class Said:
    """One statement of a speaker-linking case: the quote, the speaker string after its sentence start."""

    quote: str
    speaker: str | None
    kind: str = "indirect"
    occurrence: int = 1

    def build(self, text: str) -> Statement:
        return statement(text, self.quote, self.speaker, self.kind, self.occurrence)


def linked(analyse: Callable[..., Article], text: str, lang: str, said: Sequence[Said],
           date: str | None = None) -> Article:
    """``text`` through nlp + actors.link with the statements ``said``."""
    return analyse(text, lang, [s.build(text) for s in said], date)

