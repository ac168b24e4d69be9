"""Positions and statements of a ``Store`` (with article date/source) as analysis records."""

from __future__ import annotations

from parley.analysis.records import PositionRecord, StatementRecord
from parley.store import Store
from parley.store.read import position_records, statement_records


def load_positions(
    store: Store, *, actor: str | None = None, issue: str | None = None, dossier: str | None = None,
    min_confidence: float = 0.0,
) -> list[PositionRecord]:
    """All stored positions (optionally of one actor/issue, or of one dossier's articles; at least
    ``min_confidence``), by article date."""
    rows = position_records(store, actor=actor, issue=issue, dossier=dossier)
    return [PositionRecord(**row) for row in rows if row["confidence"] is None or row["confidence"] >= min_confidence]


def load_statements(
    store: Store, *, speaker: str | None = None, dossier: str | None = None
) -> list[StatementRecord]:
    """All stored statements (optionally of one speaker, or of one dossier's articles), by article date."""
    return [StatementRecord(**row) for row in statement_records(store, speaker=speaker, dossier=dossier)]
