"""The web app on every store backend: SQLite, and PostgreSQL when PARLEY_TEST_PG_URL is set
(full-text search through to_tsvector there)."""

from __future__ import annotations

import sample
from fastapi.testclient import TestClient

from parley.store import Store
from parley.store import search
from parley.web import create_app


def test_pages_search_and_review(store_url: str) -> None:
    store = Store(store_url)
    sample.fill(store)
    store.build_search_index()  # as `parley ingest` does
    expected = "postgres" if store.dialect == "postgresql" else "fts5"
    client = TestClient(create_app(store_url, allow_edit=True, warm=False))
    ids = lambda **p: sorted(a["id"] for a in client.get("/api/articles", params=p).json()["items"])  # noqa: E731
    assert ids(q="Waffenstillstand") == ["berlin-merz"]
    assert ids(q="ceasefire geneva") == ["geneva-round"]
    assert ids(actor="Emmanuel Macron", lang="de") == ["berlin-merz"]
    assert search.index_mode(client.app.state.parley.store) == expected
    for path in ("/", "/articles/geneva-round", "/actors/Dmitry%20Peskov", "/matrix", "/timeline", "/network"):
        assert client.get(path).status_code == 200, path
    key = next(s["id"] for s in client.get("/api/articles/berlin-merz").json()["statements"]
               if s["quote"].startswith("Frankreich"))
    body = {"article_id": "berlin-merz", "key": key, "action": "correct", "changes": {"speaker": "France"}}
    assert client.post("/api/review/statement", json=body).status_code == 200
    speakers = {s["speaker"] for s in client.get("/api/articles/berlin-merz").json()["statements"]}
    assert "France" in speakers
    client.app.state.parley.store.engine.dispose()
    store.engine.dispose()
