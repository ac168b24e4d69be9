"""Views of quotes.de output shared by the German quotation tests."""

from __future__ import annotations

from collections.abc import Iterable

from parley.model import Article, Statement


def only(doc: Article) -> Statement:
    """The one statement of ``doc`` (fails listing the quotes when there are more or none)."""
    assert len(doc.statements) == 1, [doc.span_text(s.quote) for s in doc.statements]
    return doc.statements[0]


def view(doc: Article, st: Statement) -> tuple[str, str | None, str | None, str | None]:
    """(kind, quote, cue, speaker) of ``st`` as text."""
    return st.kind, doc.span_text(st.quote), doc.span_text(st.cue), doc.span_text(st.speaker)


def parts_of(doc: Article, names: Iterable[str]) -> dict[str, str | None]:
    """The text of the ``names`` spans (quote, cue, speaker, via_span, …) of the one statement of ``doc``."""
    st = only(doc)
    return {name: doc.span_text(getattr(st, name)) for name in names}
