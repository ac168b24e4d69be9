"""Stored statements and positions as flat dicts: one row per record with its article's metadata,
for the web lists, the actor pages and the analysis loaders."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, func, select

from parley.store.read.paging import Page
from parley.store.schema import ArticleRow, PositionRow, StatementRow

if TYPE_CHECKING:
    from parley.store import Store

_ARTICLE_COLS = (
    ArticleRow.date, ArticleRow.source, ArticleRow.url, ArticleRow.duplicate_of, ArticleRow.title, ArticleRow.dossier
)
_LOCATED = ("date", "source", "url", "duplicate_of", "title", "dossier")


def statement_row_dict(row: StatementRow, title: str | None = None, date: str | None = None) -> dict[str, Any]:
    return {
        "id": row.id,
        "article_id": row.article_id,
        "article_title": title,
        "date": date,
        "kind": row.kind,
        "start": row.start,
        "end": row.end,
        "quote": row.quote,
        "cue": row.cue,
        "speaker": row.speaker,
        "speaker_text": row.speaker_text,
        "addressee": row.addressee,
        "channel": row.channel,
        "via": row.via,
        "nested_in": row.nested_in,
        "confidence": row.confidence,
        "reviewed": (row.data or {}).get("source") == "review",
    }


def position_row_dict(row: PositionRow, title: str | None = None, date: str | None = None) -> dict[str, Any]:
    return {
        "article_id": row.article_id,
        "article_title": title,
        "date": date,
        "actor": row.actor,
        "issue": row.issue,
        "stance": row.stance,
        "evidence": row.evidence,
        "start": row.start,
        "end": row.end,
        "statement": row.statement_id,
        "confidence": row.confidence,
        "reviewed": (row.data or {}).get("source") == "review",
    }


def statements_of(store: Store, speaker: str, page: int, size: int) -> Page[dict[str, Any]]:
    """One page of a speaker's statements, newest article first."""
    where = StatementRow.speaker == speaker
    with store.session() as session:
        total = session.scalar(select(func.count()).select_from(StatementRow).where(where)) or 0
        rows = session.execute(
            select(StatementRow, ArticleRow.title, ArticleRow.date)
            .join(ArticleRow, ArticleRow.id == StatementRow.article_id)
            .where(where)
            .order_by(ArticleRow.date.desc(), StatementRow.article_id, StatementRow.start)
            .offset((page - 1) * size)
            .limit(size)
        ).all()
        items = [statement_row_dict(r, t, d) for r, t, d in rows]
    return Page(items, total, page, size)


def positions_query(
    actor: str = "", issue: str = "", stance: str = "", date_from: str = "", date_to: str = "", dossier: str = ""
) -> Select[Any]:
    query = select(PositionRow, ArticleRow.title, ArticleRow.date).join(
        ArticleRow, ArticleRow.id == PositionRow.article_id
    )
    if actor:
        query = query.where(PositionRow.actor == actor)
    if issue:
        query = query.where(PositionRow.issue == issue)
    if stance:
        query = query.where(PositionRow.stance == stance)
    if date_from:
        query = query.where(ArticleRow.date >= date_from)
    if date_to:
        query = query.where(ArticleRow.date <= date_to + "\uffff")
    if dossier:
        query = query.where(ArticleRow.dossier == dossier)
    return query


def list_positions(store: Store, page: int, size: int, **filters: str) -> Page[dict[str, Any]]:
    """Position evidence (newest first) for the matrix/timeline drill-down."""
    query = positions_query(**filters)
    with store.session() as session:
        total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = session.execute(
            query.order_by(ArticleRow.date.desc(), PositionRow.pk).offset((page - 1) * size).limit(size)
        ).all()
        items = [position_row_dict(r, t, d) for r, t, d in rows]
    return Page(items, total, page, size)


def _located(query: Select[Any], store: Store, fields: tuple[str, ...], extra: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """One dict per result row: ``article_id``, ``fields`` of the record, its span and confidence, the
    article columns and the ``extra`` selected columns."""
    n = len(_ARTICLE_COLS)
    with store.session() as session:
        return [
            {
                "article_id": row.article_id,
                **{name: getattr(row, name) for name in fields},
                "start": row.start,
                "end": row.end,
                "confidence": row.confidence,
                **dict(zip(_LOCATED, rest[:n], strict=True)),
                **dict(zip(extra, rest[n:], strict=True)),
            }
            for row, *rest in session.execute(query)
        ]


def _where_given(query: Any, conditions: dict[Any, str | None]) -> Any:
    """``query`` restricted to ``column == value`` for every condition whose value is given."""
    for column, value in conditions.items():
        if value is not None:
            query = query.where(column == value)
    return query


def position_records(
    store: Store, *, actor: str | None = None, issue: str | None = None, dossier: str | None = None
) -> list[dict[str, Any]]:
    """All stored positions (optionally of one actor/issue, or of articles analysed with one dossier)
    with their article and quotation, by date."""
    query = (
        select(PositionRow, *_ARTICLE_COLS, StatementRow.quote)
        .join(ArticleRow, ArticleRow.id == PositionRow.article_id)
        .outerjoin(StatementRow, StatementRow.id == PositionRow.statement_id)
        .order_by(ArticleRow.date, PositionRow.article_id, PositionRow.pk)
    )
    query = _where_given(query, {PositionRow.actor: actor, PositionRow.issue: issue, ArticleRow.dossier: dossier})
    return _located(query, store, ("actor", "issue", "stance", "evidence", "statement_id"), extra=("quote",))


def statement_records(
    store: Store, *, speaker: str | None = None, dossier: str | None = None
) -> list[dict[str, Any]]:
    """All stored statements (optionally of one speaker, or of articles analysed with one dossier)
    with their article, by date."""
    query = (
        select(StatementRow, *_ARTICLE_COLS)
        .join(ArticleRow, ArticleRow.id == StatementRow.article_id)
        .order_by(ArticleRow.date, StatementRow.article_id, StatementRow.start)
    )
    query = _where_given(query, {StatementRow.speaker: speaker, ArticleRow.dossier: dossier})
    return _located(query, store, ("id", "kind", "quote", "speaker", "speaker_text", "cue", "channel", "via"))
