"""``parley run`` and ``parley show`` over a store, with small stand-in pipeline components."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from parley.cli.app import app
from parley.cli.show_cmd import CUE_STYLE, highlighted_text
from parley.context import PipelineContext
from parley.model import Article, Mention, Position, Span, Statement
from parley.registry import component
from parley.store import Store
from parley.store.schema import Run, StatementRow

runner = CliRunner()
QUOTE = re.compile(r"[„\"]([^“\"]+)[“\"],? (sagte|said) ([A-ZÄÖÜ]\w+)")


class QuoteFinder:
    """Direct quotes followed by ``sagte/said Name``; fails on articles mentioning 'EXPLODE'."""

    name = "test.quotes"
    model_info = {"name": "test-rules", "version": "1"}

    def __call__(self, doc: Article) -> Article:
        if "EXPLODE" in doc.text:
            raise RuntimeError("component crashed")
        if "INTERRUPT" in doc.text:
            raise KeyboardInterrupt
        for match in QUOTE.finditer(doc.text):
            speaker = Span(*match.span(3))
            doc.mentions.append(Mention(span=speaker, text=match.group(3)))
            doc.statements.append(
                Statement(
                    kind="direct",
                    quote=Span(*match.span(1)),
                    cue=Span(*match.span(2)),
                    speaker=speaker,
                    speaker_actor=match.group(3),
                )
            )
            if "Waffenruhe" in match.group(1) or "ceasefire" in match.group(1):
                doc.positions.append(
                    Position(
                        actor=match.group(3),
                        issue="ceasefire",
                        stance="oppose",
                        evidence=Span(*match.span(1)),
                    )
                )
        return doc


@component("test.quotes", requires=("text",), assigns=("statements", "mentions", "positions"))
def make_quote_finder(ctx: PipelineContext) -> QuoteFinder:
    return QuoteFinder()

ARTICLES = [
    ("a1", "2025-03-01", "„Eine Waffenruhe ohne Kontrolle lehnen wir ab“, sagte Peskow am Dienstag."),
    ("a2", "2025-03-02", '"We will not give away our land," said Zelensky in Kyiv.'),
    ("a3", "2025-03-03", "„Wir prüfen den Vorschlag“, sagte Lawrow. „Gespräche sind möglich“, sagte Peskow."),
]


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "test.toml"
    path.write_text('[pipeline.languages]\nde = ["test.quotes"]\nen = ["test.quotes"]\n', encoding="utf-8")
    return path


@pytest.fixture
def filled(store: Store) -> Store:
    for article_id, date, text in ARTICLES:
        store.add_article(
            Article(text=text, id=article_id, date=date, lang="de", title=f"Artikel {article_id}")
        )
    return store


def statement_count(store: Store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(StatementRow)) or 0


def invoke(store: Store, config: Path, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["run", "--db", store.url, "--config", str(config), *args])


def test_run_resumes_without_duplicates_and_records_runs(filled: Store, config: Path) -> None:
    first = invoke(filled, config, "--limit", "1")
    assert first.exit_code == 0, first.output
    assert filled.article_ids(pending_only=True) == ["a2", "a3"]
    assert statement_count(filled) == 1
    second = invoke(filled, config)
    assert second.exit_code == 0, second.output
    assert filled.article_ids(pending_only=True) == []
    assert statement_count(filled) == 4
    assert invoke(filled, config).exit_code == 0  # nothing left: a no-op
    assert invoke(filled, config, "--rerun").exit_code == 0
    assert statement_count(filled) == 4
    with filled.session() as session:
        runs = session.scalars(select(Run).where(Run.kind == "analyse").order_by(Run.id)).all()
    assert [(r.n_ok, r.n_failed, r.status) for r in runs] == [
        (1, 0, "done"),
        (2, 0, "done"),
        (0, 0, "done"),
        (3, 0, "done"),
    ]
    assert runs[0].models == {"test.quotes": {"name": "test-rules", "version": "1"}}
    assert runs[0].config["languages"]["de"] == ["test.quotes"] and runs[0].version


def test_failing_article_is_reported_and_the_run_goes_on(filled: Store, config: Path) -> None:
    filled.add_article(Article(text="EXPLODE: kaputter Artikel.", id="a0", date="2025-02-01", lang="de"))
    result = invoke(filled, config)
    assert result.exit_code == 1
    assert "failed a0: RuntimeError: component crashed" in result.output
    assert filled.article_ids(pending_only=True) == ["a0"]
    with filled.session() as session:
        run = session.scalars(select(Run).where(Run.kind == "analyse")).one()
    assert (run.n_ok, run.n_failed) == (3, 1)


def test_interrupted_run_resumes(filled: Store, config: Path) -> None:
    filled.add_article(Article(text="INTERRUPT hier.", id="a2x", date="2025-03-02", lang="de"))
    result = invoke(filled, config)
    assert result.exit_code == 130
    assert filled.article_ids(pending_only=True) == ["a2x", "a3"]
    with filled.session() as session:
        assert session.scalars(select(Run.status).where(Run.kind == "analyse")).one() == "interrupted"
    with filled.session() as session:  # let the stuck article through, then resume
        from parley.store.schema import ArticleRow

        session.get(ArticleRow, "a2x").text = "Jetzt ohne Unterbrechung."
    assert invoke(filled, config).exit_code == 0
    assert filled.article_ids(pending_only=True) == [] and statement_count(filled) == 4


def test_show_highlights_quotes_cues_and_speakers(filled: Store, config: Path) -> None:
    invoke(filled, config)
    doc = filled.article("a3")
    assert doc is not None
    text = highlighted_text(doc)
    styles = {(s.start, s.end): str(s.style) for s in text.spans}
    lawrow, peskow = doc.statements
    assert styles[(lawrow.quote.start, lawrow.quote.end)] != styles[(peskow.quote.start, peskow.quote.end)]
    assert styles[(lawrow.cue.start, lawrow.cue.end)] == CUE_STYLE  # type: ignore[union-attr]
    assert "reverse" in styles[(lawrow.speaker.start, lawrow.speaker.end)]  # type: ignore[union-attr]
    result = runner.invoke(app, ["show", "a3", "--db", filled.url])
    assert result.exit_code == 0, result.output
    assert "Artikel a3" in result.output and "Wir prüfen den Vorschlag" in result.output
    assert "statements" in result.output and "Lawrow" in result.output and "sagte" in result.output
    positions = runner.invoke(app, ["show", "a1", "--db", filled.url])
    assert "ceasefire" in positions.output and "oppose" in positions.output
    missing = runner.invoke(app, ["show", "zzz", "--db", filled.url])
    assert missing.exit_code == 1 and "no article" in missing.output
