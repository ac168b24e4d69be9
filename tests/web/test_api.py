"""JSON API and page rendering over the sample store (FastAPI TestClient)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from parley.web.paging import MAX_SIZE


def test_articles_list_newest_first_with_counts(client: TestClient) -> None:
    data = client.get("/api/articles").json()
    assert data["total"] == 4
    assert [a["id"] for a in data["items"]][:2] == ["berlin-merz", "geneva-round"]
    geneva = next(a for a in data["items"] if a["id"] == "geneva-round")
    assert geneva["statements"] == 5 and geneva["positions"] == 5
    assert geneva["url"] == "https://example.org/geneva-round"
    assert geneva["speakers"] == ["Dmitry Peskov", "Volodymyr Zelensky", "Vladimir Putin"]


def test_article_filters(client: TestClient) -> None:
    def ids(**params: str) -> list[str]:
        return sorted(a["id"] for a in client.get("/api/articles", params=params).json()["items"])

    assert ids(q="Waffenstillstand") == ["berlin-merz"]
    assert ids(q="ceasefire Geneva") == ["geneva-round"]
    assert ids(q="negot") == []  # every word must occur
    assert ids(q="Istanb") == ["istanbul-talks"]  # prefix match
    assert ids(lang="de") == ["berlin-merz"]
    assert ids(source="Example Wire") == ["geneva-round", "istanbul-talks"]
    assert ids(actor="Emmanuel Macron") == ["berlin-merz"]
    assert ids(issue="territory") == ["geneva-round"]
    assert ids(date_from="2025-11", date_to="2025-11-30") == ["geneva-round"]
    assert ids(date_from="not a date") == ids()  # malformed dates are ignored


def test_search_query_syntax_is_harmless(client: TestClient) -> None:
    for q in ['"unbalanced', "NEAR(a b)", "a AND OR NOT", "*", "'; DROP TABLE articles; --", "col:value"]:
        response = client.get("/api/articles", params={"q": q})
        assert response.status_code == 200, q
    assert client.get("/api/articles").json()["total"] == 4


def test_paging_and_limits(client: TestClient) -> None:
    first = client.get("/api/articles", params={"size": 3}).json()
    second = client.get("/api/articles", params={"size": 3, "page": 2}).json()
    assert (first["pages"], len(first["items"]), len(second["items"])) == (2, 3, 1)
    assert client.get("/api/articles", params={"size": MAX_SIZE + 1}).status_code == 422
    assert client.get("/api/articles", params={"page": 0}).status_code == 422
    # HTML pages clamp instead of failing
    html = client.get("/", params={"size": 10_000})
    assert html.status_code == 200
    assert client.get("/api/actors", params={"size": 2}).json()["pages"] >= 3


def test_article_detail(client: TestClient) -> None:
    data = client.get("/api/articles/geneva-round").json()
    by_quote = {s["quote"][:20]: s for s in data["statements"]}
    relay = by_quote["any settlement must "]
    assert (relay["speaker"], relay["via"], relay["cue"]) == ("Vladimir Putin", "Yuri Ushakov", "stressed")
    nested = by_quote["as long as foreign t"]
    assert nested["nested_in"] == 0 and nested["kind"] == "direct"
    assert by_quote["security guarantees "]["channel"] == "Telegram"
    assert {p["issue"] for p in data["positions"]} == {"ceasefire", "territory", "leader_meeting",
                                                       "security_guarantees"}
    assert client.get("/api/articles/nope").status_code == 404


def test_actor(client: TestClient) -> None:
    data = client.get("/api/actors/Volodymyr Zelensky").json()
    assert set(data["positions"]) == {"talks", "leader_meeting", "territory", "security_guarantees"}
    assert {a["text"] for a in data["aliases_seen"]} >= {"Volodymyr Zelensky", "He", "Zelensky"}
    statements = client.get("/api/statements", params={"speaker": "Volodymyr Zelensky"}).json()
    assert statements["total"] == 3
    assert client.get("/api/actors/Nobody").status_code == 404
    assert client.get("/actors/Nobody", headers={"accept": "text/html"}).status_code == 404


def test_matrix_timeline_network(client: TestClient) -> None:
    matrix = client.get("/api/matrix").json()
    cell = next(c for c in matrix["cells"] if (c["actor"], c["issue"]) == ("Dmitry Peskov", "ceasefire"))
    assert cell["latest_stance"] == "oppose" and cell["counts"] == {"support": 1, "oppose": 1}
    timeline = client.get("/api/timeline").json()
    shift = timeline["shifts"][0]
    assert (shift["actor"], shift["issue"], shift["before"]["stance"], shift["after"]["stance"]) == (
        "Dmitry Peskov", "ceasefire", "support", "oppose")
    assert shift["reversal"] is True
    network = client.get("/api/network").json()
    edges = {(e["source"], e["target"]): e for e in network["edges"]}
    conflict = edges.get(("Vladimir Putin", "Volodymyr Zelensky")) or edges[("Volodymyr Zelensky", "Vladimir Putin")]
    assert conflict["kind"] == "conflict" and conflict["issues"] == ["territory"]
    assert client.get("/api/network", params={"kind": "other"}).status_code == 422
    evidence = client.get("/api/positions", params={"actor": "Dmitry Peskov", "issue": "ceasefire"}).json()
    assert evidence["total"] == 2


def test_pages_render(client: TestClient) -> None:
    for path, text in [
        ("/", "Peskov rejects ceasefire plan"),
        ("/articles/geneva-round", "Yuri Ushakov"),
        ("/actors", "Friedrich Merz"),
        ("/actors/Friedrich%20Merz", "security_guarantees"),
        ("/matrix", "Who stands where"),
        ("/positions?actor=Kremlin", "open to a further round of talks"),
        ("/timeline", "Stance shifts"),
        ("/network", "Strongest ties"),
        ("/api/docs", "/api/articles"),
    ]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert text in response.text, path


def test_openapi_documents_the_api(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    assert {"/api/articles", "/api/articles/{article_id}", "/api/actors", "/api/matrix", "/api/timeline",
            "/api/network", "/api/positions"} <= set(spec["paths"])
    assert not any(p.startswith("/api/review") for p in spec["paths"])  # read-only server


def test_empty_store(tmp_path) -> None:
    from parley.web import create_app

    client = TestClient(create_app(f"sqlite:///{tmp_path / 'empty.db'}"))
    for path, text in [("/", "No articles match."), ("/actors", "No actors."), ("/matrix", "No positions"),
                       ("/timeline", "No dated positions"), ("/network", "No positions"), ("/positions", "No positions.")]:
        response = client.get(path)
        assert response.status_code == 200 and text in response.text, path
    assert client.get("/api/matrix").json() == {"actors": [], "issues": [], "total_actors": 0, "cells": []}


def test_cache_keeps_pinned_entries() -> None:
    from parley.store import Store
    from parley.web.cache import StoreCache

    cache = StoreCache(Store("sqlite://"), max_entries=3, pinned=("big",))
    calls = []
    cache.get("big", lambda: calls.append("big") or 1)
    for i in range(10):
        assert cache.get(("count", i), lambda i=i: i) == i
    assert cache.get("big", lambda: calls.append("again") or 2) == 1
    assert calls == ["big"]


def test_dossier_filter(client: TestClient) -> None:
    everything = client.get("/api/matrix").json()
    assert client.get("/api/matrix", params={"dossier": "russia_ukraine"}).json() == everything
    assert client.get("/api/matrix", params={"dossier": "gaza_ceasefire"}).json()["cells"] == []
    assert client.get("/api/network", params={"dossier": "gaza_ceasefire"}).json()["nodes"] == []
    assert client.get("/api/timeline", params={"dossier": "gaza_ceasefire"}).json()["lanes"] == []
    assert client.get("/api/positions", params={"dossier": "gaza_ceasefire"}).json()["total"] == 0
    page = client.get("/matrix", params={"dossier": "russia_ukraine"}).text
    assert 'name="dossier"' in page and "russia_ukraine" in page
    first = client.get("/api/articles").json()["items"][0]["id"]
    assert "dossier: <a" in client.get(f"/articles/{first}").text
