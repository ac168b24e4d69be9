"""Ingesting into the store: idempotence and near-duplicate (wire copy) linking."""

from __future__ import annotations

from parley.ingest.dedupe import fingerprint, similarity
from parley.ingest.records import ReadError
from parley.ingest.service import Ingester
from parley.model import Article
from parley.store import Store

WIRE = (
    "Moskau/Kiew (Agentur) – Russland hat einen Vorschlag für eine 30-tägige Waffenruhe zurückgewiesen. "
    "Kremlsprecher Dmitri Peskow sagte am Donnerstag, eine Feuerpause würde der ukrainischen Armee nur "
    "eine Atempause verschaffen. Zunächst müssten die Ursachen des Konflikts beseitigt werden, fügte er "
    "hinzu. Der ukrainische Präsident Wolodymyr Selenskyj warf Moskau daraufhin vor, die Gespräche zu "
    "verschleppen. Die Außenminister beider Länder sollen sich nach Angaben aus Diplomatenkreisen in der "
    "kommenden Woche in Istanbul treffen."
)
COPY = WIRE.replace("Moskau/Kiew (Agentur) – ", "") + " Die Agentur meldete zudem neue Angriffe auf Charkiw."
OTHER = (
    "In Brüssel berieten die Verteidigungsminister der NATO über Sicherheitsgarantien für die Ukraine. "
    "Generalsekretär Mark Rutte sagte, ein Beitritt stehe derzeit nicht auf der Tagesordnung. Mehrere "
    "Staaten aus Osteuropa forderten dagegen eine klare Perspektive für Kiew und mehr Luftabwehr."
)


def test_wire_copy_is_similar_but_other_text_is_not() -> None:
    wire, copy, other = (fingerprint(t) for t in (WIRE, COPY, OTHER))
    assert wire and copy and other
    assert similarity(wire.signature, copy.signature) >= 0.8
    assert similarity(wire.signature, other.signature) < 0.2
    assert fingerprint("Peskow: Nein.") is None


def test_near_duplicates_link_to_the_earliest_copy(store: Store) -> None:
    ingester = Ingester(store, run_id=store.start_run("ingest"))
    first = ingester.add(Article(text=WIRE, id="wire", lang="de"))
    second = ingester.add(Article(text=COPY, id="outlet-a", lang="de"))
    third = ingester.add(Article(text=COPY + " Mehr in Kürze.", id="outlet-b", lang="de"))
    unrelated = ingester.add(Article(text=OTHER, id="nato", lang="de"))
    assert [o.status for o in (first, second, third, unrelated)] == [
        "stored",
        "duplicate",
        "duplicate",
        "stored",
    ]
    assert second.duplicate_of == third.duplicate_of == "wire"
    assert store.article("outlet-b").duplicate_of == "wire"  # type: ignore[union-attr]
    assert store.article("nato").duplicate_of is None  # type: ignore[union-attr]


def test_reingest_is_a_no_op(store: Store) -> None:
    ingester = Ingester(store)
    assert ingester.add(Article(text=WIRE, lang="de")).status == "stored"
    again = ingester.add(Article(text="  " + WIRE + "\n", lang="de"))  # same content, other whitespace
    assert again.status == "exists" and again.reason and "same content" in again.reason
    same_id = ingester.add(Article(text=OTHER, id=again.article_id or "", lang="de"))
    assert same_id.status == "exists" and "same id" in (same_id.reason or "")
    skipped = ingester.add(ReadError("bad.jsonl:3", "invalid JSON"))
    assert skipped.status == "skipped"
    assert dict(ingester.counts) == {"stored": 1, "exists": 2, "skipped": 1}
    assert (ingester.ok, ingester.failed) == (3, 1)
    assert len(store.article_ids()) == 1


def test_batch_sees_its_own_uncommitted_articles_and_commits_on_interrupt(store: Store) -> None:
    try:
        with store.batch(size=1000) as writer:
            ingester = Ingester(writer)
            assert ingester.add(Article(text=WIRE, id="wire", lang="de")).status == "stored"
            assert ingester.add(Article(text=COPY, id="copy", lang="de")).duplicate_of == "wire"
            assert ingester.add(Article(text=WIRE, id="again", lang="de")).status == "exists"
            ingester.flush()
            raise KeyboardInterrupt
    except KeyboardInterrupt:
        pass
    assert sorted(store.article_ids()) == ["copy", "wire"]
