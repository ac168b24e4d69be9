"""``--dossier auto`` on a mixed feed: a Ukraine and a Gaza article each get their own dossier, with the
same extraction as that dossier chosen by hand; ingest records the choice, run/show/map use it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parley.cli.app import app
from parley.store import Store

runner = CliRunner()

UKRAINE = (
    "Kremlin spokesman Dmitry Peskov said on Wednesday that Moscow saw no basis yet for a ceasefire along "
    "the front. Ukrainian President Volodymyr Zelensky replied that Kyiv would never hand over the "
    "Donbas. \"Security guarantees must come first,\" Zelensky told reporters in Kyiv."
)
GAZA = (
    "Kairo – Die Gespräche über die zweite Phase der Waffenruhe im Gazastreifen stocken. Der "
    "Hamas-Unterhändler Chalil al-Haja sagte, die Organisation werde ihre Waffen nicht abgeben. "
    "Israels Ministerpräsident Benjamin Netanjahu erklärte dagegen, ohne Entwaffnung der Hamas werde es "
    "keinen Wiederaufbau geben. Die Vermittler aus Katar und Ägypten riefen beide Seiten zur Ruhe auf."
)
FEED = [
    {"id": "ua-1", "url": "https://example.org/ua-1", "date": "2025-05-14", "lang": "en", "text": UKRAINE},
    {"id": "gaza-1", "url": "https://example.org/gaza-1", "date": "2025-11-20", "lang": "de", "text": GAZA},
]


@pytest.fixture(scope="module")
def feed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("feed") / "mixed.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in FEED), encoding="utf-8")
    return path


def extract(feed: Path, dossier: str) -> dict[str, dict]:  # type: ignore[type-arg]
    out = feed.with_name(f"pred-{dossier}.jsonl")
    result = runner.invoke(app, ["extract", str(feed), "-o", str(out), "--dossier", dossier])
    assert result.exit_code == 0, result.output
    return {d["id"]: d for d in map(json.loads, out.read_text(encoding="utf-8").splitlines())}


@pytest.mark.slow
def test_auto_gives_each_article_its_dossier_and_the_same_extraction(feed: Path) -> None:
    auto = extract(feed, "auto")
    assert {k: v["dossier"] for k, v in auto.items()} == {"ua-1": "russia_ukraine", "gaza-1": "gaza_ceasefire"}
    by_hand = {"ua-1": extract(feed, "russia_ukraine")["ua-1"], "gaza-1": extract(feed, "gaza_ceasefire")["gaza-1"]}
    assert auto == by_hand
    assert "Khalil al-Hayya" in {s["speaker"] for s in auto["gaza-1"]["statements"]}
    assert "Volodymyr Zelensky" in {s["speaker"] for s in auto["ua-1"]["statements"]}


def test_unknown_dossier_is_refused(feed: Path) -> None:
    result = runner.invoke(app, ["extract", str(feed), "-o", str(feed.with_name("x.jsonl")), "--dossier", "nowhere"])
    assert result.exit_code == 2 and "unknown dossier" in result.output


@pytest.mark.slow
def test_ingest_run_show_and_map_by_dossier(feed: Path, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'mixed.db'}"
    assert runner.invoke(app, ["ingest", str(feed), "--db", db, "--dossier", "auto"]).exit_code == 0
    store = Store(db)
    assert {a: store.article(a).dossier for a in ("ua-1", "gaza-1")} == {  # type: ignore[union-attr]
        "ua-1": "russia_ukraine", "gaza-1": "gaza_ceasefire"}
    assert runner.invoke(app, ["run", "--db", db]).exit_code == 0  # each article keeps its recorded dossier
    assert "dossier gaza_ceasefire" in runner.invoke(app, ["show", "gaza-1", "--db", db]).output
    assert "dossier russia_ukraine" in runner.invoke(app, ["show", "ua-1", "--db", db]).output
    gaza_map = runner.invoke(app, ["map", "--db", db, "--dossier", "gaza_ceasefire"], env={"COLUMNS": "200"}).output
    assert "Netanyahu" in gaza_map or "Hayya" in gaza_map or "Hamas" in gaza_map
    assert "Zelensky" not in gaza_map and "Peskov" not in gaza_map
