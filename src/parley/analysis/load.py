"""Read positions and statements (with article date/source) from a ``Store``."""

from __future__ import annotations

from sqlalchemy import select

from parley.analysis.records import PositionRecord, StatementRecord
from parley.store import Store
from parley.store.schema import ArticleRow, PositionRow, StatementRow

_ARTICLE_COLS = (ArticleRow.date, ArticleRow.source, ArticleRow.url, ArticleRow.duplicate_of, ArticleRow.title)


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
    if actor is not None:
        query = query.where(PositionRow.actor == actor)
    if issue is not None:
        query = query.where(PositionRow.issue == issue)
    with store.session() as session:
        return [
            PositionRecord(
                article_id=row.article_id,
                actor=row.actor,
                issue=row.issue,
                stance=row.stance,
                date=date,
                source=source,
                url=url,
                title=title,
                evidence=row.evidence,
                start=row.start,
                end=row.end,
                statement_id=row.statement_id,
                quote=quote,
                confidence=row.confidence,
                duplicate_of=dup,
            )
            for row, date, source, url, dup, title, quote in session.execute(query)
        ]


def load_statements(store: Store, *, speaker: str | None = None) -> list[StatementRecord]:
    """All stored statements (optionally of one speaker), ordered by article date."""
    query = (
        select(StatementRow, *_ARTICLE_COLS)
        .join(ArticleRow, ArticleRow.id == StatementRow.article_id)
        .order_by(ArticleRow.date, StatementRow.article_id, StatementRow.start)
    )
    if speaker is not None:
        query = query.where(StatementRow.speaker == speaker)
    with store.session() as session:
        return [
            StatementRecord(
                id=row.id,
                article_id=row.article_id,
                kind=row.kind,
                quote=row.quote,
                speaker=row.speaker,
                speaker_text=row.speaker_text,
                cue=row.cue,
                channel=row.channel,
                via=row.via,
                date=date,
                source=source,
                url=url,
                start=row.start,
                end=row.end,
                confidence=row.confidence,
                duplicate_of=dup,
            )
            for row, date, source, url, dup, _title in session.execute(query)
        ]
