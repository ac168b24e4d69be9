"""Read positions and statements (with article date/source) from a ``Store``."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, select

from parley.analysis.records import PositionRecord, StatementRecord
from parley.store import Store
from parley.store.schema import ArticleRow, PositionRow, StatementRow

_ARTICLE_COLS = (ArticleRow.date, ArticleRow.source, ArticleRow.url, ArticleRow.duplicate_of, ArticleRow.title)


def _filtered(query: Select, column: Any, value: str | None) -> Select:
    return query if value is None else query.where(column == value)


def _located(row: Any, date: str | None, source: str | None, url: str | None, dup: str | None,
             title: str | None) -> dict[str, Any]:
    return {"date": date, "source": source, "url": url, "duplicate_of": dup, "title": title,
            "start": row.start, "end": row.end, "confidence": row.confidence}


def load_positions(
    store: Store, *, actor: str | None = None, issue: str | None = None
) -> list[PositionRecord]:
    """All stored positions (optionally of one actor/issue), ordered by article date."""
    query = (
        select(PositionRow, *_ARTICLE_COLS, StatementRow.quote)
        .join(ArticleRow, ArticleRow.id == PositionRow.article_id)
        .outerjoin(StatementRow, StatementRow.id == PositionRow.statement_id)
        .order_by(ArticleRow.date, PositionRow.article_id, PositionRow.pk)
    )
    query = _filtered(_filtered(query, PositionRow.actor, actor), PositionRow.issue, issue)
    with store.session() as session:
        return [
            PositionRecord(
                row.article_id,
                actor=row.actor,
                issue=row.issue,
                stance=row.stance,
                evidence=row.evidence,
                statement_id=row.statement_id,
                quote=quote,
                **_located(row, *meta),
            )
            for row, *meta, quote in session.execute(query)
        ]


def load_statements(store: Store, *, speaker: str | None = None) -> list[StatementRecord]:
    """All stored statements (optionally of one speaker), ordered by article date."""
    query = (
        select(StatementRow, *_ARTICLE_COLS)
        .join(ArticleRow, ArticleRow.id == StatementRow.article_id)
        .order_by(ArticleRow.date, StatementRow.article_id, StatementRow.start)
    )
    query = _filtered(query, StatementRow.speaker, speaker)
    with store.session() as session:
        return [
            StatementRecord(
                row.article_id,
                id=row.id,
                kind=row.kind,
                quote=row.quote,
                speaker=row.speaker,
                speaker_text=row.speaker_text,
                cue=row.cue,
                channel=row.channel,
                via=row.via,
                **_located(row, *meta),
            )
            for row, *meta in session.execute(query)
        ]
