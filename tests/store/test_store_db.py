"""The store on SQLite and PostgreSQL: articles, runs, analyses, MinHash lookups, ingest log."""

from __future__ import annotations

from sqlalchemy import func, select

from parley.model import Article, Position, Span, Statement
from parley.store import Store
from parley.store.schema import IngestLog, Run, StatementRow

TEXT = (
    "Kremlsprecher Dmitri Peskow sagte am Montag, Russland sei zu Gesprächen bereit. "
    "„Wir lehnen einen Waffenstillstand ohne Garantien ab“, sagte er. Selenskyj reagierte auf X. 🇺🇦"
)


def article(text: str = TEXT, **fields: object) -> Article:
    return Article(text=text, lang="de", title="Peskow", date="2025-03-10", **fields)  # type: ignore[arg-type]


def test_articles_round_trip_and_are_stored_once(store: Store) -> None:
    doc = article(id="kreml-1", meta={"input": "a.txt", "encoding": "cp1252"})
    assert store.add_article(doc)
    assert not store.add_article(article(id="kreml-1", text="Anderer Text."))
    assert not store.add_article(article(id="other-id"))  # same content
    assert store.find_article("x", doc.content_hash) == ("kreml-1", "content")
    assert store.find_article("kreml-1", "0" * 64) == ("kreml-1", "id")
    assert store.find_article("x", "0" * 64) is None
    loaded = store.article("kreml-1")
    assert loaded is not None
    assert loaded.metadata() == doc.metadata()


def test_pending_ids_ordered_by_date_with_undated_last(store: Store) -> None:
    store.add_article(Article(text="Ohne Datum.", id="c"))
    store.add_article(Article(text="Später.", id="b", date="2025-04-01"))
    store.add_article(Article(text="Früher.", id="a", date="2025-03-01"))
    assert store.article_ids() == ["a", "b", "c"]


def test_save_analysis_replaces_and_marks_article_done(store: Store) -> None:
    doc = article(id="kreml-2")
    store.add_article(doc)
    run_id = store.start_run("analyse", config={"languages": {"de": ["nlp.de"]}})
    quote_start = TEXT.index("„")
    doc.statements = [
        Statement(kind="direct", quote=Span(quote_start, TEXT.index("“") + 1), speaker_actor="Dmitri Peskow"),
        Statement(kind="indirect", quote=Span(TEXT.index("Russland"), TEXT.index(" Gesprächen bereit") + 18)),
    ]
    doc.positions = [
        Position(
            actor="Russia", issue="ceasefire", stance="oppose", evidence=Span(quote_start, quote_start + 40)
        )
    ]
    store.save_analysis(doc, run_id)
    store.save_analysis(doc, run_id)  # saving again replaces, never duplicates
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(StatementRow)) == 2
    loaded = store.article("kreml-2")
    assert loaded is not None
    assert [s.kind for s in loaded.statements] == ["indirect", "direct"]
    assert loaded.positions[0].stance == "oppose"
    assert store.article_ids(pending_only=True) == []
    store.finish_run(run_id, 1, 0, models={"quotes.de": {"name": "rules"}})
    run = store.run(run_id)
    assert run is not None and run.status == "done" and run.models == {"quotes.de": {"name": "rules"}}
    assert run.finished_at is not None and run.version


def test_minhash_signatures_and_band_lookup(store: Store) -> None:
    store.add_article(article(id="orig"), signature=[1, 2, 3], bands=["0:aa", "1:bb"])
    store.add_article(
        article(id="copy", text=TEXT + " (dpa)", duplicate_of="orig"),
        signature=[1, 2, 4],
        bands=["0:aa", "1:cc"],
    )
    assert store.minhash_candidates(["1:cc", "9:zz"]) == [("copy", [1, 2, 4], "orig")]
    assert [c[0] for c in store.minhash_candidates(["0:aa"])] == ["orig", "copy"]
    assert store.minhash_candidates([]) == []


def test_ingest_log_lines(store: Store) -> None:
    run_id = store.start_run("ingest")
    store.log_ingest(
        run_id, [("a.jsonl:1", "stored", None, "x"), ("a.jsonl:2", "skipped", "invalid JSON", None)]
    )
    store.log_ingest(run_id, [("a.jsonl:3", "skipped", "empty text", None)])
    with store.session() as session:
        rows = session.execute(select(IngestLog.source, IngestLog.status).order_by(IngestLog.id)).all()
        assert [tuple(r) for r in rows] == [
            ("a.jsonl:1", "stored"),
            ("a.jsonl:2", "skipped"),
            ("a.jsonl:3", "skipped"),
        ]
        assert session.get(Run, run_id).kind == "ingest"


def test_reopening_keeps_data_and_checks_version(store_url: str) -> None:
    first = Store(store_url)
    first.add_article(article(id="persist"))
    first.engine.dispose()
    again = Store(store_url)
    assert again.article_ids() == ["persist"]
    again.engine.dispose()


def test_over_long_labels_are_clipped_not_fatal(store: Store) -> None:
    doc = article(id="long")
    store.add_article(doc)
    doc.statements = [
        Statement(
            kind="indirect",
            quote=Span(0, 20),
            via="Agentur " * 40,
            channel="X" * 150,
            speaker_actor="Peskow " * 40,
        )
    ]
    store.save_analysis(doc, None)
    with store.session() as session:
        row = session.scalars(select(StatementRow)).one()
        assert (len(row.via or ""), len(row.channel or ""), len(row.speaker or "")) == (200, 100, 200)
