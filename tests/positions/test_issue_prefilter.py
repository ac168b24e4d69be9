"""The literal pre-filter of issue terms never drops a match the full regular-expression scan finds."""

from __future__ import annotations

import pytest

from parley.positions.issues import issue_matcher

SENTENCES = {
    "de": "Moskau lehnte eine Stationierung westlicher Friedenstruppen in der Ukraine ab und forderte "
          "Gebietsabtretungen im Donbass sowie die Aufhebung der Sanktionen.",
    "en": "Kyiv said a ceasefire along the front line must come with security guarantees, while Moscow "
          "demanded that sanctions be lifted and NATO membership be ruled out.",
}


@pytest.mark.parametrize("lang", ["de", "en"])
def test_prefilter_keeps_every_match(lang: str) -> None:
    matcher = issue_matcher("russia_ukraine", lang)
    text = SENTENCES[lang]
    for entry in matcher.entries:
        if entry.needle is not None and entry.regex.search(text):
            assert entry.needle in text.lower(), entry.regex.pattern


def test_repeated_range_returns_fresh_lists() -> None:
    matcher = issue_matcher("russia_ukraine", "de")
    text = SENTENCES["de"]
    first = matcher.find(text, 0, len(text))
    assert first and matcher.find(text, 0, len(text)) == first
