"""Flat records the analysis functions work on: positions and statements with their article's
date and source, plus the spread of wire copies/rewrites that were collapsed into them."""

from __future__ import annotations

from dataclasses import KW_ONLY, dataclass, field

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
class Located:
    """Where a record was found: its article (date, outlet, address) and span, plus ``sources``,
    every article that carried the same record (filled by the collapse functions; own article first)."""

    article_id: str
    _: KW_ONLY
    date: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    start: int | None = None
    end: int | None = None
    confidence: float = 1.0
    duplicate_of: str | None = None
    dossier: str | None = None  # the dossier its article was analysed with
    sources: list[SourceRef] = field(default_factory=list)

    @property
    def ref(self) -> SourceRef:
        return SourceRef(self.article_id, self.date, self.source, self.url, self.start, self.end)

    @property
    def n_sources(self) -> int:
        return max(1, len(self.sources))


@dataclass
class PositionRecord(Located):
    """A stored position with its article's metadata."""

    actor: str
    issue: str
    stance: str
    evidence: str | None = None
    statement_id: str | None = None
    quote: str | None = None  # text of the statement the position comes from, if any

    @property
    def polarity(self) -> int:
        return polarity(self.stance)


@dataclass
class StatementRecord(Located):
    """A stored statement with its article's metadata."""

    id: str
    kind: str
    quote: str
    speaker: str | None = None
    speaker_text: str | None = None
    cue: str | None = None
    channel: str | None = None
    via: str | None = None


def date_key(date: str | None) -> str:
    """Sort key for ISO dates (``YYYY-MM-DD`` or ``YYYY-MM``); undated records sort first."""
    return date or ""
