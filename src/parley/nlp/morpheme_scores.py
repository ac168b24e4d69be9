"""A faster drop-in for HanTa's morpheme score ``log p(morpheme | tag)`` (same values, same arithmetic).

HanTa calls ``lp_m_t`` millions of times while analysing new word forms (every segment of a word
against every tag that may follow); this version binds the model tables once and tests the cheap
"cannot be guessed" cases first. Unknown morphemes are scored as HanTa does: hapax probability,
length and the longest known suffix (at most four letters), minus a penalty when the whole word
would be one unknown morpheme.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

WHOLE_WORD_PENALTY = 4.6  # HanTa's penalty for analysing a whole word as one unknown morpheme
MAX_LENGTH = 24  # morpheme lengths above this share HanTa's length probability


def morpheme_scorer(tagger: Any) -> Callable[[str, int, int, bool], float]:
    """``score(morpheme, tag, word_length, strict)`` equal to ``tagger.lp_m_t`` for the loaded model."""
    known_by_tag, suffixes_by_tag = tagger.LP_m_t, tagger.LP_s_t
    lengths_by_tag, hapax_by_tag, intercept = tagger.LP_len_t, tagger.LP_hapax_t, tagger.Int_t
    # intercept + hapax + length term, summed in HanTa's order (so the floats are the same)
    guess_base = {t: [intercept + hapax_by_tag[t] + lp_len for lp_len in lengths_by_tag[t][: MAX_LENGTH + 1]]
                  for t in hapax_by_tag if t in suffixes_by_tag}
    minus_inf = -math.inf

    def score(m: str, t: int, wlen: int, strict: bool) -> float:
        known = known_by_tag[t]
        if m in known:
            return known[m]
        if strict or t not in guess_base:
            return minus_inf
        mlen = len(m)
        if wlen >= 4 and mlen <= 2:
            return minus_inf
        suffixes = suffixes_by_tag[t]
        for size in (4, 3, 2, 1):
            if mlen > size and m[-size:] in suffixes:
                lp_suffix = suffixes[m[-size:]]
                break
        else:
            lp_suffix = suffixes[""]
        lp = guess_base[t][mlen if mlen < MAX_LENGTH else MAX_LENGTH] + lp_suffix
        if wlen == mlen:
            lp -= WHOLE_WORD_PENALTY
        return lp

    return score
