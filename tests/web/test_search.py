"""Full-text search (parley.store.search): FTS5 index built by the writers and kept current by triggers,
LIKE fallback without it."""

from __future__ import annotations

from sqlalchemy import select, text

from parley.model import Article
from parley.store import Store
from parley.store import search
from parley.store.schema import ArticleRow


def _ids(store: Store, query: str) -> list[str]:
    clause = search.match_clause(store, query)
    with store.session() as session:
        return sorted(session.scalars(select(ArticleRow.id).where(clause)))


def test_fts_built_by_writers_and_kept_current(db_url: str) -> None:
    store = Store(db_url)
    assert _ids(store, "Sicherheitsgarantien") == ["berlin-merz"]  # LIKE: searching builds nothing
    assert search.index_mode(store) == "like"
    with store.session() as session:
        assert not session.execute(text("SELECT name FROM sqlite_master WHERE name='articles_fts'")).first()
    assert store.build_search_index() == "fts5" == search.index_mode(store)
    store.add_article(Article(text="Die Unterhändler vertagten die Gespräche über Sicherheitsgarantien.",
                              id="vertagt", title="Gespräche vertagt", lang="de"))
    assert _ids(store, "sicherheitsgarantien") == ["berlin-merz", "vertagt"]
    assert _ids(store, "Gesprache") == ["berlin-merz", "vertagt"]  # diacritics folded
    with store.session() as session:
        session.execute(text("UPDATE articles SET title = 'Runde abgesagt' WHERE id = 'vertagt'"))
    assert _ids(store, "abgesagt") == ["vertagt"]
    with store.session() as session:
        session.execute(text("DELETE FROM articles WHERE id = 'vertagt'"))
    assert _ids(store, "abgesagt") == []


def test_like_fallback(db_url: str) -> None:
    store = Store(db_url)
    store._search_mode = "like"  # as on a backend without full-text support
    assert _ids(store, "ceasefire geneva") == ["geneva-round"]
    assert _ids(store, "WAFFENSTILLSTAND") == ["berlin-merz"]


def test_query_words_only() -> None:
    assert search.terms('"Putin" AND (Selenskyj OR -x)*') == ["Putin", "AND", "Selenskyj", "OR", "x"]
    assert search.terms("") == []
    assert search.match_clause(Store("sqlite://"), "!!! ???") is None
