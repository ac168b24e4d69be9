"""Runs claim articles (concurrent workers never redo one), killed runs turn stale, a changed config
or dossier is reported as stale analyses, ``parley articles`` and ``parley runs`` list the state."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import update
from typer.testing import CliRunner

from parley.cli.app import app
from parley.context import PipelineContext
from parley.model import Article, Span, Statement
from parley.registry import component
from parley.store import Store, claims
from parley.store.schema import Heartbeat, Run, utcnow

runner = CliRunner()


class SaidFinder:
    """One indirect statement per "sagte" (enough to see which run analysed what)."""

    name = "test.said"

    def __call__(self, doc: Article) -> Article:
        at = doc.text.find("sagte")
        if at >= 0:
            doc.statements.append(Statement("indirect", Span(at + 6, len(doc.text)), cue=Span(at, at + 5)))
        return doc


@component("test.said", requires=("text",), assigns=("statements",))
def make_said_finder(ctx: PipelineContext) -> SaidFinder:
    return SaidFinder()

TEXTS = {
    "b1": "Der Minister sagte, die Gespräche gingen weiter.",
    "b2": "Die Sprecherin sagte, man sei zu Zugeständnissen bereit.",
    "b3": "Der Gesandte sagte, eine Einigung sei nahe.",
}


SAID_CONFIG = '[pipeline.languages]\nde = ["test.said"]\nen = ["test.said"]\n'


@pytest.fixture
def config(tmp_path: Path) -> Path:
    (tmp_path / "said.toml").write_text(SAID_CONFIG, encoding="utf-8")
    return tmp_path / "said.toml"


@pytest.fixture
def filled(store: Store) -> Store:
    """The store with the three ``TEXTS`` articles."""
    docs = [Article(text=text, id=key, lang="de", date="2025-03-01") for key, text in TEXTS.items()]
    assert all(store.add_article(doc) for doc in docs)
    return store


def _run(store: Store, config: Path, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["run", "--db", store.url, "--config", str(config), *args])


def _analysed_run(store: Store, article_id: str) -> int | None:
    from parley.store.schema import ArticleRow

    with store.session() as session:
        return session.get(ArticleRow, article_id).analysed_run  # type: ignore[union-attr]


def test_claims_are_exclusive_between_concurrent_workers(filled: Store) -> None:
    first, second = filled.start_run("analyse"), filled.start_run("analyse")
    won: dict[int, list[str]] = {first: [], second: []}
    barrier = threading.Barrier(2)

    def worker(run_id: int) -> None:
        barrier.wait()
        for article_id in TEXTS:
            if claims.claim(filled, article_id, run_id):
                won[run_id].append(article_id)

    threads = [threading.Thread(target=worker, args=(rid,)) for rid in (first, second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(won[first] + won[second]) == sorted(TEXTS)


def test_run_leaves_articles_claimed_by_a_live_run(filled: Store, config: Path) -> None:
    other = filled.start_run("analyse")
    claims.Pulse(filled, other)
    assert claims.claim(filled, "b2", other)
    result = _run(filled, config)
    assert result.exit_code == 0, result.output
    assert "taken by another worker" in result.output
    assert [_analysed_run(filled, a) is not None for a in TEXTS] == [True, False, True]
    rerun = filled.start_run("analyse")
    claims.release(filled, "b2", other, "done")
    assert not claims.claim(filled, "b2", rerun, rerun=True)  # done by another worker since it began
    assert claims.claim(filled, "b2", filled.start_run("analyse"), rerun=True)  # done before it began


def test_killed_run_turns_stale_and_its_claim_is_taken_over(filled: Store, config: Path) -> None:
    killed = filled.start_run("analyse")
    claims.Pulse(filled, killed)
    assert claims.claim(filled, "b1", killed)
    long_ago = utcnow() - claims.STALE_AFTER - timedelta(minutes=1)
    with filled.session() as session:
        session.execute(update(Heartbeat).where(Heartbeat.run_id == killed).values(beat_at=long_ago))
        session.execute(update(Run).where(Run.id == killed).values(started_at=long_ago))
    listed = runner.invoke(app, ["runs", "--db", filled.url])
    assert "stale?" in listed.output
    result = _run(filled, config)
    assert result.exit_code == 0, result.output
    assert f"run {killed}" in result.output and "marked stale" in result.output
    assert all(_analysed_run(filled, a) is not None for a in TEXTS)
    assert filled.run(killed).status == "stale"  # type: ignore[union-attr]


def test_changed_dossier_is_reported_stale_and_rerun_analyses_again(filled: Store, config: Path,
                                                                     tmp_path: Path) -> None:
    assert _run(filled, config).exit_code == 0
    changed = tmp_path / "coalition.toml"
    changed.write_text(config.read_text() + '\n[pipeline]\ndossier = "german_coalition_2025"\n', encoding="utf-8")
    result = _run(filled, changed)
    assert result.exit_code == 0
    assert "3 article(s) were analysed under another config and dossier" in result.output
    assert "--rerun" in result.output
    stale = runner.invoke(app, ["articles", "--db", filled.url, "--config", str(changed), "--status", "stale"])
    assert stale.output.split() == sorted(TEXTS)
    again = _run(filled, changed, "--rerun")
    assert again.exit_code == 0 and "analysed under another" not in again.output
    stale = runner.invoke(app, ["articles", "--db", filled.url, "--config", str(changed), "--status", "stale"])
    assert stale.output.split() == []


def test_articles_lists_ids_with_filters_and_runs_show_the_ingest_log(store: Store, config: Path,
                                                                      tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "d1", "text": "Der Minister sagte, es gehe voran.", "lang": "de", "date": "2025-03-02"}\n'
                    '{"id": "e1", "text": "The minister said talks went on.", "lang": "en", "date": "2025-03-05"}\n'
                    "[[[\n", encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(path), "--db", store.url]).exit_code == 1
    listed = runner.invoke(app, ["articles", "--db", store.url])
    assert listed.exit_code == 0 and listed.output.split() == ["d1", "e1"]
    assert runner.invoke(app, ["articles", "--db", store.url, "--lang", "en"]).output.split() == ["e1"]
    assert runner.invoke(app, ["articles", "--db", store.url, "--from", "2025-03-03"]).output.split() == ["e1"]
    assert _run(store, config).exit_code == 0
    long = runner.invoke(app, ["articles", "--db", store.url, "-l", "--status", "analysed",
                               "--config", str(config)]).output
    assert long.splitlines() == ["d1\t2025-03-02\tde\tanalysed", "e1\t2025-03-05\ten\tanalysed"]
    stale = runner.invoke(app, ["articles", "--db", store.url, "--status", "stale"]).output  # default config
    assert stale.split() == ["d1", "e1"]
    bad = runner.invoke(app, ["articles", "--db", store.url, "--status", "nope"])
    assert bad.exit_code == 2
    log = runner.invoke(app, ["runs", "--db", store.url, "--log", "--log-status", "skipped"])
    assert "in.jsonl:3" in log.output and "invalid JSON" in log.output
    listed_runs = runner.invoke(app, ["runs", "--db", store.url])
    assert "ingest" in listed_runs.output and "analyse" in listed_runs.output
    missing = runner.invoke(app, ["articles", "--db", str(tmp_path / "typo.db")])
    assert missing.exit_code == 2 and not (tmp_path / "typo.db").exists()


def test_article_over_a_limit_is_not_retried_until_rerun(filled: Store, tmp_path: Path) -> None:
    limited = tmp_path / "limited.toml"
    limited.write_text(SAID_CONFIG + "\n[pipeline.limits]\nmax_chars = 45\n", encoding="utf-8")
    first = _run(filled, limited)  # b1 (48 chars) and b2 are over the limit, b3 (43) is analysed
    assert first.exit_code == 0, first.output
    assert first.output.count("skipped") >= 2 and _analysed_run(filled, "b3") is not None
    second = _run(filled, limited)
    assert second.exit_code == 0, second.output
    assert "skipped b1" not in second.output.replace("[yellow]", "")
    assert "skipped by an earlier run" in second.output
    assert _analysed_run(filled, "b1") is None
    again = _run(filled, limited, "--rerun")
    assert "b1" in again.output  # --rerun tries (and skips) it once more
