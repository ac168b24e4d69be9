"""Full-text search over article titles and texts.

SQLite: an FTS5 table ``articles_fts(id UNINDEXED, title, text)`` kept in step with ``articles`` by
triggers; PostgreSQL: a GIN index over ``to_tsvector('simple', title || text)``; any other backend (or
a read-only SQLite file without FTS5) falls back to ``LIKE``. The index is created lazily on first use.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, and_, func, literal_column, or_, select, text
from sqlalchemy.exc import OperationalError, ProgrammingError

from parley.store.schema import ArticleRow

if TYPE_CHECKING:
    from parley.store import Store

FTS_TABLE = "articles_fts"
MAX_TERMS = 12
_WORD = re.compile(r"\w+", re.UNICODE)

_SQLITE_DDL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(id UNINDEXED, title, text, "
    "tokenize = 'unicode61 remove_diacritics 2')",
    f"CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_ai AFTER INSERT ON articles BEGIN "
    f"INSERT INTO {FTS_TABLE}(id, title, text) VALUES (new.id, coalesce(new.title, ''), new.text); END",
    f"CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_ad AFTER DELETE ON articles BEGIN "
    f"DELETE FROM {FTS_TABLE} WHERE id = old.id; END",
    f"CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_au AFTER UPDATE OF title, text ON articles BEGIN "
    f"UPDATE {FTS_TABLE} SET title = coalesce(new.title, ''), text = new.text WHERE id = old.id; END",
)
_PG_DOCUMENT = "to_tsvector('simple', coalesce(articles.title, '') || ' ' || articles.text)"
_PG_DDL = f"CREATE INDEX IF NOT EXISTS ix_articles_fulltext ON articles USING gin ({_PG_DOCUMENT})"


def terms(query: str) -> list[str]:
    """The words of a user query (punctuation and operators dropped), at most ``MAX_TERMS``."""
    return _WORD.findall(query or "")[:MAX_TERMS]


def ensure_index(store: Store) -> str:
    """Create the search index if missing; returns the mode in use: ``fts5``, ``postgres`` or ``like``."""
    cached = getattr(store, "_search_mode", None)
    if cached:
        return cached
    mode = "like"
    try:
        if store.dialect == "sqlite":
            mode = _ensure_sqlite(store)
        elif store.dialect == "postgresql":
            with store.session() as session:
                session.execute(text(_PG_DDL))
            mode = "postgres"
    except (OperationalError, ProgrammingError):
        mode = "like"
    store._search_mode = mode  # type: ignore[attr-defined]
    return mode


def _ensure_sqlite(store: Store) -> str:
    with store.session() as session:
        exists = session.execute(
            text("SELECT 1 FROM sqlite_master WHERE type='table' AND name=:n"), {"n": FTS_TABLE}
        ).first()
        if exists:
            return "fts5"
        for ddl in _SQLITE_DDL:
            session.execute(text(ddl))
        session.execute(
            text(
                f"INSERT INTO {FTS_TABLE}(id, title, text) "
                "SELECT id, coalesce(title, ''), text FROM articles"
            )
        )
    return "fts5"


def match_clause(store: Store, query: str) -> ColumnElement[bool] | None:
    """A WHERE clause on ``articles`` selecting rows that contain every word of ``query`` (prefixes
    match on SQLite); ``None`` when the query has no words."""
    words = terms(query)
    if not words:
        return None
    mode = ensure_index(store)
    if mode == "fts5":
        fts_query = " ".join('"' + w.replace('"', "") + '"*' for w in words)
        ids = select(literal_column("id")).select_from(text(FTS_TABLE)).where(
            text(f"{FTS_TABLE} MATCH :fts_query").bindparams(fts_query=fts_query)
        )
        return ArticleRow.id.in_(ids)
    if mode == "postgres":
        return text(f"{_PG_DOCUMENT} @@ plainto_tsquery('simple', :pg_query)").bindparams(
            pg_query=" ".join(words)
        )
    return and_(
        *(
            or_(func.lower(ArticleRow.title).contains(w.lower()), func.lower(ArticleRow.text).contains(w.lower()))
            for w in words
        )
    )
