"""Shared fixtures of the actor tests: the linker, the language pipelines, statement builders."""

from __future__ import annotations

import pytest

from parley import registry
from parley.actors.component import get_linker
from parley.actors.linker import Linker
from parley.model import Article, Span, Statement


@pytest.fixture(scope="session")
def linker() -> Linker:
    return get_linker("russia_ukraine")


@pytest.fixture(scope="session")
def nlp():
    cache: dict[str, object] = {}

    def get(lang: str):
        if lang not in cache:
            cache[lang] = registry.create(f"nlp.{lang}")
        return cache[lang]

    return get


@pytest.fixture(scope="session")
def link_component():
    return registry.create("actors.link")


def span_of(text: str, part: str, occurrence: int = 1, after: int = 0) -> Span:
    """Span of the ``occurrence``-th ``part`` in ``text`` at or after offset ``after``."""
    start = after - 1
    for _ in range(occurrence):
        start = text.index(part, start + 1)
    return Span(start, start + len(part))


def statement(text: str, quote: str, speaker: str | None, kind: str = "direct", occurrence: int = 1) -> Statement:
    """A statement whose speaker is the ``occurrence``-th ``speaker`` string after the quote's sentence start."""
    q = span_of(text, quote)
    sentence_start = max(text.rfind(". ", 0, q.start), text.rfind("\n", 0, q.start), 0)
    sp = span_of(text, speaker, occurrence, sentence_start) if speaker else None
    return Statement(kind=kind, quote=q, speaker=sp)


@pytest.fixture(scope="session")
def analyse(nlp, link_component):
    """Run nlp + actors.link over ``text`` with the given statements; returns the article."""

    def run(text: str, lang: str, statements: list[Statement], date: str | None = None) -> Article:
        doc = nlp(lang)(Article(text=text, lang=lang, date=date))
        doc.statements = statements
        return link_component(doc)

    return run


from parley.store.testing import store, store_url  # noqa: E402,F401  (store fixtures)
