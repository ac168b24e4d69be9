"""The shipped precomputed HanTa analyses equal what HanTa computes (so outputs do not change)."""

from __future__ import annotations

import pytest

from parley.nlp.german import make_hanta
from parley.nlp.hanta_cache import precomputed


@pytest.fixture(scope="module")
def fresh():  # type: ignore[no-untyped-def]
    return make_hanta(precompute=False)


def test_table_is_shipped() -> None:
    forward, viterbi = precomputed()
    assert len(forward) > 1000 and len(viterbi) > 1000


def test_tag_scores_equal_hantas(fresh) -> None:  # type: ignore[no-untyped-def]
    forward, _ = precomputed()
    for word in sorted(forward)[::500]:
        assert forward[word] == fresh.analyze_forward(word)


def test_morpheme_paths_equal_hantas(fresh) -> None:  # type: ignore[no-untyped-def]
    _, viterbi = precomputed()
    for (word, tag) in sorted(viterbi)[::1000]:
        assert viterbi[(word, tag)] == fresh.analyze_viterbi(word, tag)
