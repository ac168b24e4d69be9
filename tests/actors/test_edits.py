"""Merging and splitting actors in the store; edits survive a re-run of the pipeline."""

from __future__ import annotations

from sqlalchemy import select

from parley.actors.edits import apply_edits, edit_mapping, record_edit
from parley.model import Article, Mention, Position, Span, Statement
from parley.store.schema import ActorRow, MentionRow, PositionRow, StatementRow

TEXT = "Sergej Lawrow sagte, Moskau sei zu Gesprächen bereit. Der Minister Lavrov Junior widersprach."


def machine_output() -> Article:
    """What the pipeline produces for TEXT (a fresh copy each time, as after a re-run)."""
    doc = Article(text=TEXT, id="art-1", lang="de", date="2025-05-01")
    quote = Span(TEXT.index("Moskau"), TEXT.index(" bereit") + 7)
    doc.statements = [Statement(kind="indirect", quote=quote, speaker=Span(0, 13), speaker_actor="Sergej Lawrow")]
    doc.positions = [Position(actor="Sergej Lawrow", issue="talks", stance="offer", evidence=quote)]
    doc.mentions = [Mention(Span(0, 13), "Sergej Lawrow", "PER", "Sergej Lawrow"),
                    Mention(Span(21, 27), "Moskau", "LOC", "Russia")]
    return doc


def speakers(store) -> tuple[list[str], list[str], list[str], list[str]]:  # type: ignore[no-untyped-def]
    with store.session() as session:
        rows = list(session.scalars(select(StatementRow)))
        return ([r.speaker for r in rows], [r.data["speaker_actor"] for r in rows],
                list(session.scalars(select(PositionRow.actor))),
                list(session.scalars(select(MentionRow.actor).order_by(MentionRow.start))))


def test_edit_mapping_follows_chains_and_splits() -> None:
    log = [("merge", "A", "B"), ("merge", "B", "C"), ("merge", "D", "C"), ("split", "D", None)]
    assert edit_mapping(log) == {"A": "C", "B": "C"}
    assert edit_mapping([("merge", "A", "B"), ("merge", "B", "A")]) == {"A": "A", "B": "B"}  # cycle: no-op


def test_merge_split_and_rerun(store) -> None:
    store.add_article(machine_output())
    store.save_analysis(machine_output(), None)
    apply_edits(store)
    with store.session() as session:
        new = session.get(ActorRow, "Sergej Lawrow")
        assert new is not None and new.in_dossier is False and "Sergej Lawrow" not in new.aliases
        assert session.get(ActorRow, "Sergei Lavrov").in_dossier is True

    assert record_edit(store, "merge", "Sergej Lawrow", "Sergei Lavrov") >= 2
    assert speakers(store) == (["Sergei Lavrov"], ["Sergei Lavrov"], ["Sergei Lavrov"], ["Sergei Lavrov", "Russia"])
    with store.session() as session:
        assert session.get(ActorRow, "Sergej Lawrow") is None
        assert "Sergej Lawrow" in session.get(ActorRow, "Sergei Lavrov").aliases
    assert store.article("art-1").statements[0].speaker_actor == "Sergei Lavrov"

    store.save_analysis(machine_output(), None)  # a re-run writes the machine output again
    apply_edits(store)
    assert speakers(store)[0] == ["Sergei Lavrov"]

    record_edit(store, "split", "Sergej Lawrow")
    assert speakers(store) == (["Sergej Lawrow"], ["Sergej Lawrow"], ["Sergej Lawrow"], ["Sergej Lawrow", "Russia"])
    with store.session() as session:
        assert session.get(ActorRow, "Sergej Lawrow") is not None
        assert "merged_from" not in session.scalars(select(StatementRow)).one().data


def test_bad_edits_are_refused(store) -> None:
    import pytest

    with pytest.raises(ValueError):
        record_edit(store, "rename", "A", "B")
    with pytest.raises(ValueError):
        record_edit(store, "merge", "A")
