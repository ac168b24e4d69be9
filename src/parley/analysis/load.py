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


def _records(store: Store, query: Select, record: type, fields: tuple[str, ...],
             extra: tuple[str, ...] = ()) -> list[Any]:
    """One ``record`` per result row: its ``fields``, the article columns and the ``extra`` selected columns."""
    n = len(_ARTICLE_COLS)
    with store.session() as session:
        return [
            record(
                row.article_id,
                **{name: getattr(row, name) for name in fields},
                **dict(zip(extra, rest[n:], strict=True)),
                **_located(row, *rest[:n]),
            )
            for row, *rest in session.execute(query)
        ]


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
    return _records(store, query, PositionRecord, ("actor", "issue", "stance", "evidence", "statement_id"),
                    extra=("quote",))


def load_statements(store: Store, *, speaker: str | None = None) -> list[StatementRecord]:
    """All stored statements (optionally of one speaker), ordered by article date."""
    query = (
        select(StatementRow, *_ARTICLE_COLS)
        .join(ArticleRow, ArticleRow.id == StatementRow.article_id)
        .order_by(ArticleRow.date, StatementRow.article_id, StatementRow.start)
    )
    query = _filtered(query, StatementRow.speaker, speaker)
    return _records(store, query, StatementRecord,
                    ("id", "kind", "quote", "speaker", "speaker_text", "cue", "channel", "via"))
