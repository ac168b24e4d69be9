"""Shared fixtures of the actor tests: the linker, the language pipelines, statement builders."""

from __future__ import annotations

import pytest

from parley import registry
from parley.actors.component import get_linker
from parley.actors.linker import Linker
from parley.model import Article, Statement


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


@pytest.fixture(scope="session")
def analyse(nlp, link_component):
    """Run nlp + actors.link over ``text`` with the given statements; returns the article."""

    def run(text: str, lang: str, statements: list[Statement], date: str | None = None) -> Article:
        doc = nlp(lang)(Article(text=text, lang=lang, date=date))
        doc.statements = statements
        return link_component(doc)

    return run


from parley.store.testing import store, store_url  # noqa: E402,F401  (store fixtures)
