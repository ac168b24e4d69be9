"""Full-text search over article titles and texts: every query word must begin a word of the article
(prefix match), case and Latin diacritics ignored — the same on SQLite and PostgreSQL.

SQLite: an FTS5 table ``articles_fts(id UNINDEXED, title, text)`` kept in step with ``articles`` by
triggers; PostgreSQL: ``to_tsvector('simple', …)`` over the diacritic-folded title and text (with a GIN
index to make it fast). The index is built by the writing commands (``Store.build_search_index``, called
by ``ingest`` and ``run``), never by a reader: without it SQLite falls back to ``LIKE`` (substring match,
see :func:`index_mode`), PostgreSQL evaluates the same expression without the index.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, and_, func, literal_column, or_, select, text
from sqlalchemy.exc import OperationalError, ProgrammingError

from parley.store.schema import ArticleRow

if TYPE_CHECKING:
    from parley.store import Store


def _folding() -> tuple[str, str]:
    """Latin letters with diacritics and their base letters (as FTS5's ``remove_diacritics`` folds)."""
    accented, base = [], []
    for cp in range(0xC0, 0x250):
        parts = unicodedata.normalize("NFD", chr(cp))
        if len(parts) > 1 and parts[0].isascii() and parts[0].isalpha():
            accented.append(chr(cp))
            base.append(parts[0])
    return "".join(accented), "".join(base)


_ACCENTED, _BASE = _folding()
FOLD = str.maketrans(_ACCENTED, _BASE)

FTS_TABLE = "articles_fts"
MAX_TERMS = 12
_WORD = re.compile(r"[^\W_]+", re.UNICODE)  # letters and digits: what both tokenizers index

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
_PG_DOCUMENT = (
    "to_tsvector('simple', translate(coalesce(articles.title, '') || ' ' || articles.text, "
    f"'{_ACCENTED}', '{_BASE}'))"
)
_PG_DDL = f"CREATE INDEX IF NOT EXISTS ix_articles_search ON articles USING gin (({_PG_DOCUMENT}))"


def terms(query: str) -> list[str]:
    """The words of a user query (punctuation and operators dropped), at most ``MAX_TERMS``."""
    return _WORD.findall(query or "")[:MAX_TERMS]


def index_mode(store: Store) -> str:
    """How a search runs now, without writing anything: ``fts5`` (SQLite with the index built),
    ``postgres``, or ``like`` (no index: substring match)."""
    cached = getattr(store, "_search_mode", None)
    if cached:
        return cached
    mode = "like"
    if store.dialect == "postgresql":
        mode = "postgres"
    elif store.dialect == "sqlite":
        try:
            with store.session() as session:
                found = session.execute(
                    text("SELECT 1 FROM sqlite_master WHERE type='table' AND name=:n"), {"n": FTS_TABLE}
                ).first()
        except (OperationalError, ProgrammingError):
            found = None
        if not found:
            return mode  # not cached: a later ingest may build the index
        mode = "fts5"
    store._search_mode = mode  # type: ignore[attr-defined]
    return mode


def ensure_index(store: Store) -> str:
    """Build the search index if missing (a write: for ``ingest``/``run``, not for readers); returns
    the mode in use afterwards (see :func:`index_mode`)."""
    store._search_mode = None  # type: ignore[attr-defined]
    try:
        if store.dialect == "sqlite":
            _build_sqlite(store)
        elif store.dialect == "postgresql":
            with store.session() as session:
                session.execute(text(_PG_DDL))
    except (OperationalError, ProgrammingError):  # no FTS5 in this SQLite, or a read-only database
        pass
    return index_mode(store)


def _build_sqlite(store: Store) -> None:
    with store.session() as session:
        exists = session.execute(
            text("SELECT 1 FROM sqlite_master WHERE type='table' AND name=:n"), {"n": FTS_TABLE}
        ).first()
        if exists:
            return
        for ddl in _SQLITE_DDL:
            session.execute(text(ddl))
        session.execute(
            text(
                f"INSERT INTO {FTS_TABLE}(id, title, text) "
                "SELECT id, coalesce(title, ''), text FROM articles"
            )
        )


def match_clause(store: Store, query: str) -> ColumnElement[bool] | None:
    """A WHERE clause on ``articles`` selecting rows with a word starting with each word of ``query``;
    ``None`` when the query has no words."""
    words = terms(query)
    if not words:
        return None
    mode = index_mode(store)
    if mode == "fts5":
        fts_query = " ".join('"' + w.replace('"', "") + '"*' for w in words)
        ids = select(literal_column("id")).select_from(text(FTS_TABLE)).where(
            text(f"{FTS_TABLE} MATCH :fts_query").bindparams(fts_query=fts_query)
        )
        return ArticleRow.id.in_(ids)
    if mode == "postgres":
        prefixes = " & ".join(w.translate(FOLD).lower() + ":*" for w in words)  # \w+ words: no operators
        return text(f"{_PG_DOCUMENT} @@ to_tsquery('simple', :pg_query)").bindparams(pg_query=prefixes)
    return and_(
        *(
            or_(func.lower(ArticleRow.title).contains(w.lower()), func.lower(ArticleRow.text).contains(w.lower()))
            for w in words
        )
    )
