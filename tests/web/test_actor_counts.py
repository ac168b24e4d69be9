"""One actor listing (``parley.store.read.actor_counts``): the web UI, the JSON API and ``parley actors``
show the same actors with the same counts in the same order; the unknown speaker is no actor."""

from __future__ import annotations

import re

import sample
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from parley.cli.app import app as cli
from parley.model import UNKNOWN_ACTOR, Article, Position, Span, Statement
from parley.store import Store, read
from parley.web import create_app
from parley.web.context import actor_url


def _unknown_speaker() -> Article:
    text = 'Ein Sprecher sagte: "Wir reden weiter." Merz sagte: "Gut."'
    doc = Article(text=text, id="unbekannt", title="Unbekannt", date="2025-12-03", lang="de")
    doc.statements = [
        Statement(kind="direct", quote=Span(21, 37), speaker=Span(4, 12), speaker_actor=UNKNOWN_ACTOR),
        Statement(kind="direct", quote=Span(text.index("Gut"), text.index("Gut") + 4), speaker=Span(40, 44),
                  speaker_actor="Friedrich Merz"),
    ]
    doc.positions = [Position(actor="Friedrich Merz", issue="talks", stance="support", evidence=Span(21, 37))]
    return doc


def test_one_listing_for_web_api_and_cli(store_url: str) -> None:
    store = Store(store_url)
    sample.fill(store)
    doc = _unknown_speaker()
    store.add_article(doc)
    store.save_analysis(doc, None)
    rows = read.actor_counts(store)
    assert UNKNOWN_ACTOR not in [r["name"] for r in rows] and read.unknown_speaker_count(store) == 1
    activity = [r["statements"] + r["positions"] for r in rows]
    assert activity == sorted(activity, reverse=True)
    merz = next(r for r in rows if r["name"] == "Friedrich Merz")
    assert (merz["statements"], merz["positions"]) == (3, 3)

    client = TestClient(create_app(store_url, warm=False))
    api = client.get("/api/actors", params={"size": 100}).json()["items"]
    assert [(a["name"], a["statements"], a["positions"]) for a in api] == \
        [(r["name"], r["statements"], r["positions"]) for r in rows]
    html = client.get("/actors", params={"size": 100}).text
    links = [actor_url(a["name"]) for a in api]
    shown = [link for link in re.findall(r'href="(/actors/[^"?]+)"', html) if link in links]
    assert list(dict.fromkeys(shown)) == links
    client.app.state.parley.store.engine.dispose()

    result = CliRunner().invoke(cli, ["actors", "--db", store_url])
    assert result.exit_code == 0, result.output
    listed = [line.split("│")[1].strip() for line in result.output.splitlines() if line.count("│") >= 5]
    assert listed == [r["name"] for r in read.actor_counts(store)]  # after the CLI synced the actors table
    assert "1 statements with unknown speaker" in result.output
    store.engine.dispose()
