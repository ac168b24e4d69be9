"""Flat records the analysis functions work on: positions and statements with their article's
date and source, plus the spread of wire copies/rewrites that were collapsed into them."""

from __future__ import annotations

from dataclasses import dataclass, field

#: Direction of a stance for agreement/conflict: support, offer and condition lean towards the
#: proposition (condition = yes, but only under terms), oppose against it, claim has no direction.
POLARITY: dict[str, int] = {"support": 1, "offer": 1, "condition": 1, "oppose": -1, "claim": 0}


def polarity(stance: str) -> int:
    return POLARITY.get(stance, 0)


@dataclass(frozen=True)
class SourceRef:
    """One article in which a statement/position appeared (the original or a relay)."""

    article_id: str
    date: str | None = None
    source: str | None = None
    url: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class PositionRecord:
    """A position as stored, with its article's metadata; ``sources`` lists every article that
    carried the same position (filled by ``collapse_positions``; the record's own article first)."""

    article_id: str
    actor: str
    issue: str
    stance: str
    date: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    evidence: str | None = None
    start: int | None = None
    end: int | None = None
    statement_id: str | None = None
    quote: str | None = None  # text of the statement the position comes from, if any
    confidence: float = 1.0
    duplicate_of: str | None = None
    sources: list[SourceRef] = field(default_factory=list)

    @property
    def ref(self) -> SourceRef:
        return SourceRef(self.article_id, self.date, self.source, self.url, self.start, self.end)

    @property
    def n_sources(self) -> int:
        return max(1, len(self.sources))

    @property
    def polarity(self) -> int:
        return polarity(self.stance)


@dataclass
class StatementRecord:
    """A statement as stored, with its article's metadata and (after collapsing) its spread."""

    id: str
    article_id: str
    kind: str
    quote: str
    speaker: str | None = None
    speaker_text: str | None = None
    cue: str | None = None
    channel: str | None = None
    via: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    start: int | None = None
    end: int | None = None
    confidence: float = 1.0
    duplicate_of: str | None = None
    sources: list[SourceRef] = field(default_factory=list)

    @property
    def ref(self) -> SourceRef:
        return SourceRef(self.article_id, self.date, self.source, self.url, self.start, self.end)

    @property
    def n_sources(self) -> int:
        return max(1, len(self.sources))


def date_key(date: str | None) -> str:
    """Sort key for ISO dates (``YYYY-MM-DD`` or ``YYYY-MM``); undated records sort first."""
    return date or ""
