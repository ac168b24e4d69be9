"""Shared fixtures of the quotation tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from parley import registry
from parley.model import Article


@pytest.fixture(scope="session")
def run() -> Callable[[str], Article]:
    """nlp.de + quotes.de on rules alone (the learned tagger is tested in test_german_merge.py)."""
    nlp, quotes = registry.create("nlp.de"), registry.create("quotes.de", merge="rules")

    def analyse(text: str) -> Article:
        return quotes(nlp(Article(text=text, lang="de")))

    return analyse
