"""The dossier an article was analysed with: stored per article, read back, used as a filter, and
added to stores written before the column existed."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from parley.analysis import load_positions, load_statements
from parley.model import Article, Position, Span, Statement
from parley.store import Store
from parley.store.read import facets, list_positions

GAZA = "Die Hamas lehnte eine Entwaffnung ab, sagte ihr Unterhändler in Kairo."
UKRAINE = "Kiew lehnte Gebietsabtretungen ab, sagte der ukrainische Außenminister."


def _analysed(store: Store, doc_id: str, text_: str, dossier: str, actor: str, issue: str) -> None:
    doc = Article(text=text_, id=doc_id, lang="de", date="2025-10-14")
    store.add_article(doc)
    doc.dossier = dossier
    doc.statements = [Statement(kind="indirect", quote=Span(0, text_.index(",")), speaker_actor=actor)]
    doc.positions = [Position(actor=actor, issue=issue, stance="oppose", evidence=Span(0, 10))]
    store.save_analysis(doc, None)


def test_dossier_recorded_and_filtered(store: Store) -> None:
    _analysed(store, "gaza-1", GAZA, "gaza_ceasefire", "Hamas", "disarmament")
    _analysed(store, "ua-1", UKRAINE, "russia_ukraine", "Ukraine", "territory")
    assert store.article("gaza-1").dossier == "gaza_ceasefire"  # type: ignore[union-attr]
    assert [p.actor for p in load_positions(store, dossier="gaza_ceasefire")] == ["Hamas"]
    assert [p.dossier for p in load_positions(store)] == ["gaza_ceasefire", "russia_ukraine"]
    assert [s.speaker for s in load_statements(store, dossier="russia_ukraine")] == ["Ukraine"]
    assert [p["actor"] for p in list_positions(store, 1, 10, dossier="russia_ukraine").items] == ["Ukraine"]
    assert facets(store, [])["dossiers"] == ["gaza_ceasefire", "russia_ukraine"]


def test_old_store_gains_the_column(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    Store(url).add_article(Article(text=GAZA, id="old-1"))
    engine = create_engine(url)
    with engine.begin() as conn:  # what a store of schema version 1 looks like
        conn.execute(text("DROP INDEX ix_articles_dossier"))
        conn.execute(text("ALTER TABLE articles DROP COLUMN dossier"))
        conn.execute(text("UPDATE meta SET value = '1' WHERE key = 'schema_version'"))
    engine.dispose()
    store = Store(url)
    assert store.article("old-1").dossier is None  # type: ignore[union-attr]
    _analysed(store, "new-1", UKRAINE, "russia_ukraine", "Ukraine", "territory")
    assert store.article("new-1").dossier == "russia_ukraine"  # type: ignore[union-attr]
