"""The fast morpheme scorer returns exactly HanTa's own ``lp_m_t`` values."""

from __future__ import annotations

import pytest

from parley.nlp.german import _hanta

WORDS = ["Waffenstillstandsverhandlungen", "Kremlsprecher", "bekräftigte", "Selenskyj", "am", "Ölpreisdeckel"]


@pytest.mark.parametrize("word", WORDS)
def test_scores_equal_hantas(word: str) -> None:
    tagger = _hanta()
    original = type(tagger).lp_m_t
    low = word.lower()
    for i in range(len(low)):
        for j in range(i + 1, len(low) + 1):
            for tag in tagger.LP_m_t:
                for strict in (True, False):
                    assert tagger.lp_m_t(low[i:j], tag, len(low), strict) == original(
                        tagger, low[i:j], tag, len(low), strict
                    )
