"""Hostile requests on every backend: bounded parameters (4xx, never 500), security headers and the
right error format on every response, a read-only server that never writes, the same prefix search on
SQLite and PostgreSQL, and a token for editing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sample
from fastapi.testclient import TestClient
from sqlalchemy import inspect

from parley.store import Store
from parley.store import search
from parley.web import create_app

HUGE = "9223372036854775807"
PAGED = ("/", "/actors", "/actors/Dmitry%20Peskov", "/positions", "/api/articles", "/api/actors",
         "/api/statements?speaker=Dmitry%20Peskov", "/api/positions", "/api/corrections",
         "/api/corrections/export")


@pytest.fixture
def filled(store_url: str) -> Iterator[Store]:
    store = Store(store_url)
    sample.fill(store)
    yield store
    store.engine.dispose()


def _client(url: str, **options: object) -> TestClient:
    return TestClient(create_app(url, warm=False, **options), raise_server_exceptions=False)  # type: ignore[arg-type]


def _with(path: str, query: str) -> str:
    return path + ("&" if "?" in path else "?") + query


def test_bad_parameters_are_client_errors(filled: Store) -> None:
    client = _client(filled.url)
    for path in PAGED:
        for query in (f"page={HUGE}", "page=-1", "page=0", "page=abc", f"page=1{HUGE}", f"size={HUGE}"):
            response = client.get(_with(path, query))
            assert 400 <= response.status_code < 500 or response.status_code == 200, (path, query)
            assert response.status_code != 500 and "content-security-policy" in response.headers
        assert client.get(_with(path, f"page={HUGE}")).status_code == 422, path
    for path in ("/?q=a%00b", "/articles/a%00b", "/actors/a%00b", "/api/articles?actor=%00", "/api/actors/x%00",
                 "/positions?issue=%00", "/matrix?issue=%00", "/api/timeline?actor=%00"):
        assert client.get(path).status_code == 400, path
    for path in ("/api/matrix?actors=0", "/api/network?nodes=-1", "/api/timeline?lanes=99999", "/network?nodes=1",
                 "/api/network?kind=%3Cscript%3E"):
        assert client.get(path).status_code == 422, path
    assert client.get(f"/matrix?actors={HUGE}{HUGE}").status_code == 200  # clamped to the maximum


def test_errors_are_html_on_pages_json_in_the_api(filled: Store) -> None:
    client = _client(filled.url)
    for path, status in (("/?page=abc", 422), (f"/positions?page={HUGE}", 422), ("/articles/nope", 404),
                         ("/no/such/page", 404), ("/actors/Nobody", 404), ("/?q=%00", 400)):
        response = client.get(path)
        assert response.status_code == status, path
        assert response.headers["content-type"].startswith("text/html"), path
        assert f"<h1>{status}</h1>" in response.text
    for path, status in (("/api/articles?page=abc", 422), ("/api/articles/nope", 404), ("/api/nothing", 404)):
        response = client.get(path)
        assert response.status_code == status and "detail" in response.json(), path


def test_security_headers_on_every_error(filled: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    client = _client(filled.url)
    from parley.web import views

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(views, "matrix_view", broken)
    responses = [client.get("/nope"), client.get("/?page=x"), client.get("/api/articles?size=0"),
                 client.post("/api/articles"), client.get("/static/missing.css"), client.get("/?q=%00"),
                 client.get("/matrix"), client.get("/api/matrix")]
    assert [r.status_code for r in responses] == [404, 422, 422, 405, 404, 400, 500, 500]
    for response in responses:
        assert "default-src 'self'" in response.headers["content-security-policy"]
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
    assert "boom" not in responses[-1].text and "boom" not in responses[-2].text


def _has_search_index(store: Store) -> bool:
    names = inspect(store.engine).get_table_names()
    if store.dialect == "sqlite":
        return search.FTS_TABLE in names
    return any(ix["name"] == "ix_articles_search" for ix in inspect(store.engine).get_indexes("articles"))


def test_read_only_server_never_builds_the_index(filled: Store) -> None:
    client = _client(filled.url)
    ids = sorted(a["id"] for a in client.get("/api/articles", params={"q": "Waffenstillstand"}).json()["items"])
    assert ids == ["berlin-merz"]  # found without the index
    page = client.get("/", params={"q": "ceasefire geneva"})
    assert page.status_code == 200 and ("no search index" in page.text) == (filled.dialect == "sqlite")
    client.app.state.parley.store.engine.dispose()
    assert not _has_search_index(filled)
    assert filled.build_search_index() == ("postgres" if filled.dialect == "postgresql" else "fts5")
    assert _has_search_index(filled)
    assert filled.build_search_index() in ("postgres", "fts5")  # idempotent


@pytest.mark.parametrize("indexed", [True, False], ids=["indexed", "no-index"])
def test_prefix_search_same_on_every_backend(filled: Store, indexed: bool) -> None:
    if indexed:
        filled.build_search_index()
    elif filled.dialect == "sqlite":
        pytest.skip("without the FTS5 index SQLite matches substrings (LIKE)")
    client = _client(filled.url)

    def ids(q: str) -> list[str]:
        return sorted(a["id"] for a in client.get("/api/articles", params={"q": q}).json()["items"])

    assert ids("Waffenstill") == ["berlin-merz"]  # prefix of a German compound
    assert ids("waffenstillstand") == ["berlin-merz"]
    assert ids("Verhandlung") == ["berlin-merz"]
    assert ids("gesprach") == ids("GESPRÄCH") == ["berlin-merz"]  # case and umlauts folded
    assert ids("ceasefire gen") == ["geneva-round"]  # every word, each a prefix
    assert ids("stillstand") == []  # inside a word is no match
    assert "istanbul-talks" in ids("Kreml") and "berlin-merz" not in ids("Kreml")
    client.app.state.parley.store.engine.dispose()


def test_edit_token_required_when_given(filled: Store) -> None:
    client = _client(filled.url, allow_edit=True, edit_token="s3cret-token")
    key = next(s["id"] for s in client.get("/api/articles/berlin-merz").json()["statements"])
    body = {"article_id": "berlin-merz", "key": key, "action": "confirm"}
    assert client.post("/api/review/statement", json=body).status_code == 401
    wrong = {"Authorization": "Bearer nope"}
    assert client.post("/api/review/statement", json=body, headers=wrong).status_code == 401
    assert 'method="post"' not in client.get("/articles/berlin-merz").text  # no forms without the token
    right = {"Authorization": "Bearer s3cret-token"}
    assert client.post("/api/review/statement", json=body, headers=right).status_code == 200
    browser = _client(filled.url, allow_edit=True, edit_token="s3cret-token")
    assert browser.get("/?edit_token=s3cret-token").status_code == 200  # sets the edit cookie
    assert 'method="post"' in browser.get("/articles/berlin-merz").text
    assert browser.post("/api/review/statement", json=body).status_code == 200
    client.app.state.parley.store.engine.dispose()
    browser.app.state.parley.store.engine.dispose()
