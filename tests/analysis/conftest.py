"""A small multi-article corpus in a temporary SQLite store, with known shifts, conflicts and a
wire copy (written here; realistic German/English news sentences)."""

from __future__ import annotations

import pytest

from parley.model import Article, Position, Span, Statement
from parley.store import Store


def _article(aid: str, date: str, text: str, source: str, positions, statements=(), duplicate_of=None) -> Article:
    doc = Article(text=text, id=aid, date=date, lang="de", source=source, duplicate_of=duplicate_of)
    for speaker, quote in statements:
        start = text.index(quote)
        st = Statement(kind="direct", quote=Span(start, start + len(quote)), speaker_actor=speaker)
        st.id = f"{aid}#{start}-{start + len(quote)}"
        doc.statements.append(st)
    for actor, issue, stance, evidence in positions:
        start = text.index(evidence)
        stmt = next((s.id for s in doc.statements if s.quote.contains(Span(start, start + len(evidence)))), None)
        doc.positions.append(Position(actor, issue, stance, Span(start, start + len(evidence)), stmt))
    return doc


A1 = "Kremlsprecher Peskow sagte: „Eine Waffenruhe lehnen wir ab.“ Selenskyj fordert eine sofortige Waffenruhe."
A2 = "Kremlsprecher Peskow sagte: „Eine Waffenruhe lehnen wir ab.“ Das berichtete die Agentur."
A3 = "Putin ist nun zu einer Waffenruhe von 30 Tagen bereit. Selenskyj fordert weiter den Nato-Beitritt."
A4 = "Putin lehnt die Waffenruhe wieder ab. Moskau lehnt einen Nato-Beitritt der Ukraine strikt ab."
A5 = "Biden supports Ukraine's NATO membership and calls for a ceasefire."


def corpus() -> list[Article]:
    return [
        _article("a1", "2025-03-01", A1, "Agentur",
                 [("Dmitry Peskov", "ceasefire", "oppose", "Eine Waffenruhe lehnen wir ab"),
                  ("Volodymyr Zelensky", "ceasefire", "support", "fordert eine sofortige Waffenruhe")],
                 [("Dmitry Peskov", "Eine Waffenruhe lehnen wir ab.")]),
        _article("a2", "2025-03-02", A2, "Regionalzeitung",
                 [("Dmitry Peskov", "ceasefire", "oppose", "Eine Waffenruhe lehnen wir ab")],
                 [("Dmitry Peskov", "Eine Waffenruhe lehnen wir ab.")], duplicate_of="a1"),
        _article("a3", "2025-03-10", A3, "Zeitung",
                 [("Vladimir Putin", "ceasefire", "offer", "zu einer Waffenruhe von 30 Tagen bereit"),
                  ("Volodymyr Zelensky", "nato_membership", "support", "fordert weiter den Nato-Beitritt")]),
        _article("a4", "2025-03-20", A4, "Zeitung",
                 [("Vladimir Putin", "ceasefire", "oppose", "lehnt die Waffenruhe wieder ab"),
                  ("Russia", "nato_membership", "oppose", "lehnt einen Nato-Beitritt der Ukraine strikt ab")]),
        _article("a5", "2024-07-10", A5, "Wire",
                 [("Joe Biden", "nato_membership", "support", "supports Ukraine's NATO membership"),
                  ("Joe Biden", "ceasefire", "support", "calls for a ceasefire")]),
    ]


@pytest.fixture()
def store(tmp_path) -> Store:
    db = Store(f"sqlite:///{tmp_path / 'map.db'}")
    for doc in sorted(corpus(), key=lambda d: d.id):
        db.add_article(doc)
        db.save_analysis(doc, None)
    return db
