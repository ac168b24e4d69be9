"""Articles for the position tests: actors given as linked mentions, statements as quotes with speakers."""

from __future__ import annotations

from collections.abc import Iterable

from parley.model import Article, Mention, Span, Statement


def span_of(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part))


def prepared(text: str, actors: dict[str, str], *, lang: str, date: str, quotes: Iterable[tuple[str, str]] = (),
             kind: str = "direct", with_ids: bool = False) -> Article:
    """``text`` with a mention per ``actors`` surface (first occurrence) and a ``kind`` statement per
    ``(quote, speaker actor)``; ``with_ids`` gives the statements their ``doc#start-end`` ids."""
    doc = Article(text=text, lang=lang, date=date)
    for surface, actor in actors.items():
        doc.mentions.append(Mention(span_of(text, surface), surface, actor=actor))
    for quote, speaker in quotes:
        st = Statement(kind=kind, quote=span_of(text, quote), speaker_actor=speaker)
        if with_ids:
            st.id = f"{doc.id}#{st.quote.start}-{st.quote.end}"
        doc.statements.append(st)
    return doc


ZEL = {"Selenskyj": "Volodymyr Zelensky"}
ZEL_EN = {"Zelensky": "Volodymyr Zelensky"}


def triples(rules, text: str, actors: dict[str, str], lang: str = "de", quotes=()) -> set[tuple[str, str, str]]:
    """(actor, issue, stance) of ``rules`` on ``text`` with indirect statements for ``quotes`` (mid-2025)."""
    doc = rules(prepared(text, actors, lang=lang, date="2025-06-01", quotes=quotes, kind="indirect"))
    return {(p.actor, p.issue, p.stance) for p in doc.positions}
