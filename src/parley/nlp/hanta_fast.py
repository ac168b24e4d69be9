"""HanTa's two per-word dynamic programs, rewritten for speed with the same results.

``analyze_forward(form)`` scores each part of speech of a word form and ``analyze_viterbi(form, tag)``
finds its best morpheme segmentation for a given tag. Both walk a table of (previous tag, tag)
states over every segment ``form[i:j]`` and every tag that may follow a state; HanTa scores each
candidate by calling ``lp_m_t`` (log p(morpheme | tag)), and almost all of those calls return minus
infinity (a segment that is not a known morpheme of the tag and cannot be guessed). Here a segment
is looked up once in an index of known morphemes; when no tag knows it, only the few tags whose
morphemes can be guessed are visited, and the follow-up tags of a state are filtered once per
target tag. Candidates with a finite score are visited in HanTa's order and the same floating-point sums are formed, so tables, ties and results are identical
(``tests/nlp/test_hanta_fast.py`` compares both on many word forms).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from numpy import logaddexp

EMPTY, START, UNKNOWN, END_UNKNOWN = 0, 1, 3, -3  # HanTa's reserved state ids
LOWER_BOUND = -1e6  # HanTa drops table entries at or below this log-probability
KEEP_STATES = 3  # states per table row expanded besides those within 1 of the third best
WHOLE_WORD_PENALTY = 4.6
MAX_LENGTH = 24
MINUS_INF = -math.inf

State = tuple[int, int]


class FastAnalyzer:
    """``forward``/``viterbi`` equal to a loaded ``HanoverTagger``'s ``analyze_forward``/``analyze_viterbi``."""

    def __init__(self, tagger: Any) -> None:
        self.known: dict[int, dict[str, float]] = tagger.LP_m_t
        self.suffixes: dict[int, dict[str, float]] = tagger.LP_s_t
        self.guess_base = {
            t: [tagger.Int_t + tagger.LP_hapax_t[t] + lp_len for lp_len in tagger.LP_len_t[t][: MAX_LENGTH + 1]]
            for t in tagger.LP_hapax_t
            if t in tagger.LP_s_t
        }
        self.by_morpheme: dict[str, dict[int, float]] = {}  # morpheme -> {tag: log p(morpheme | tag)}
        for tag, table in self.known.items():
            for morpheme, lp in table.items():
                self.by_morpheme.setdefault(morpheme, {})[tag] = lp
        self._guessable_follow: dict[int, list[tuple[int, float]]] = {}
        self._keep_alive: list[list[tuple[int, float]]] = []  # lists keyed by id() above
        self.nonfinal: dict[State, list[tuple[int, float]]] = tagger.LP_trans_nonfinal
        self.final: dict[State, list[tuple[int, float]]] = tagger.LP_trans_final
        self.reachability: dict[int, frozenset[int]] = tagger.reachability
        self.strict: bool = tagger.strict
        self._reachable_nonfinal: dict[tuple[int, State], list[tuple[int, float]]] = {}

    def _guess(self, seg: str, tag: int, wlen: int) -> float:
        """HanTa's estimate of log p(seg | tag) for a segment that is not a known morpheme of ``tag``."""
        mlen = len(seg)
        suffixes = self.suffixes[tag]
        for size in (4, 3, 2, 1):
            if mlen > size and seg[-size:] in suffixes:
                lp_suffix = suffixes[seg[-size:]]
                break
        else:
            lp_suffix = suffixes[""]
        lp = self.guess_base[tag][mlen if mlen < MAX_LENGTH else MAX_LENGTH] + lp_suffix
        if wlen == mlen:
            lp -= WHOLE_WORD_PENALTY
        return lp

    def _only_guessable(self, follow: list[tuple[int, float]]) -> list[tuple[int, float]]:
        """The follow-up tags whose unknown morphemes can be guessed, in order (cached per list)."""
        key = id(follow)
        found = self._guessable_follow.get(key)
        if found is None:
            found = self._guessable_follow[key] = [(t, p) for t, p in follow if t in self.guess_base]
            self._keep_alive.append(follow)
        return found

    def _fill(
        self,
        word: str,
        strict: bool,
        follow_of: Callable[[State], list[tuple[int, float]]],
        backpointer: list[dict[State, tuple[State, int]]] | None,
    ) -> list[dict[State, float]]:
        """The table rows 0..len(word) (row ``len(word)+1`` is left empty for the final step)."""
        wlen = len(word)
        table: list[dict[State, float]] = [{(EMPTY, START): 0}] + [{} for _ in range(wlen + 1)]
        by_morpheme, guess_base, guess = self.by_morpheme, self.guess_base, self._guess
        for i in range(wlen):
            row = table[i]
            bound = sorted(row.values(), reverse=True)[KEEP_STATES] - 1 if len(row) > KEEP_STATES else LOWER_BOUND
            expanded = [(state, lp, follow) for state, lp in row.items() if lp >= bound and (follow := follow_of(state))]
            # j outside the states: each table[j] still sees its updates in HanTa's order (state, then tag)
            for j in range(i + 1, wlen + 1):
                seg = word[i:j]
                guessable = not strict and (wlen < 4 or j - i > 2)
                known = by_morpheme.get(seg)
                if known is None and not guessable:
                    continue  # neither known nor guessable for any tag: all minus infinity
                target = table[j]
                back = backpointer[j] if backpointer is not None else None
                guessed: dict[int, float] = {}
                for state, lp, follow in expanded:
                    prev = state[1]
                    for tag, lpt in follow if known is not None else self._only_guessable(follow):
                        lp_m = known.get(tag) if known is not None else None
                        if lp_m is None:
                            if not guessable or tag not in guess_base:
                                continue
                            lp_m = guessed.get(tag)
                            if lp_m is None:
                                lp_m = guessed[tag] = guess(seg, tag, wlen)
                        lp1 = lp + lpt + lp_m
                        if lp1 > LOWER_BOUND:
                            new = (prev, tag)
                            old = target.get(new)
                            if old is None or lp1 > old:
                                target[new] = lp1
                                if back is not None:
                                    back[new] = (state, i)
        return table

    def forward(self, word: str) -> list[tuple[int, Any]]:
        """Log-probability of each part of speech of ``word``, best first (HanTa's ``analyze_forward``)."""
        table = self._fill(word, self.strict, lambda state: self.nonfinal.get(state, []), None)
        last = table[-1]
        for state, lp in table[-2].items():
            for tag, lpt in self.final.get(state, []):
                lp1 = lp + lpt
                if lp1 > LOWER_BOUND:
                    new = (state[1], tag)
                    if new not in last or lp1 > last[new]:
                        last[new] = lp1
        results: dict[int, Any] = {}
        for state, lp in last.items():
            if lp == MINUS_INF:
                continue
            pos = -state[1]
            results[pos] = logaddexp(results[pos], lp) if pos in results else lp
        ranked = sorted(results.items(), key=lambda item: item[1], reverse=True)
        return ranked or [(UNKNOWN, 0)]

    def _follow_to(self, target: int) -> Callable[[State], list[tuple[int, float]]]:
        reachable = self.reachability.get(target, frozenset())
        cache = self._reachable_nonfinal

        def follow(state: State) -> list[tuple[int, float]]:
            key = (target, state)
            found = cache.get(key)
            if found is None:
                found = cache[key] = [(t, p) for t, p in self.nonfinal.get(state, []) if t in reachable]
            return found

        return follow

    def viterbi(self, word: str, target: int) -> list[tuple[int, int]]:
        """Best segmentation of ``word`` ending in tag ``target``: (morpheme tag, end) pairs (``analyze_viterbi``)."""
        wlen = len(word)
        follow = self._follow_to(target)
        for strict in (True, False):
            backpointer: list[dict[State, tuple[State, int]]] = [{} for _ in range(wlen + 2)]
            table = self._fill(word, strict, follow, backpointer)
            last = table[-1]
            for state, lp in table[-2].items():
                for tag, lpt in self.final.get(state, []):
                    if tag == target:
                        lp1 = lp + lpt
                        if lp1 > LOWER_BOUND:
                            new = (state[1], tag)
                            if new not in last or lp1 > last[new]:
                                last[new] = lp1
                                backpointer[-1][new] = (state, wlen)
                        break
            if last:
                break
        best_lp, best = MINUS_INF, (EMPTY, EMPTY)
        for state, lp in last.items():
            if lp > best_lp:
                best_lp, best = lp, state
        i = len(backpointer) - 1
        if best == (EMPTY, EMPTY):
            path = [((UNKNOWN, END_UNKNOWN), i), ((START, UNKNOWN), i - 1)]
        else:
            path, state = [(best, i)], best
            while i > 0:
                state, i = backpointer[i][state]
                path.append((state, i))
            path = path[:-1]
        return [(state[1], end) for state, end in reversed(path)]


END = 2  # HanTa's end-of-sentence tag
SENT_LOWER_BOUND = -1e6
KEEP_SENT_STATES = 5  # states per word expanded besides those within 1 of the fifth best


class FastSentenceTagger:
    """HanTa's sentence-level Viterbi (``tag_sent_viterbi``) with the same table and tie order.

    HanTa tries every one of the ~56 tags that may follow a state and skips those the word cannot
    have; here only the word's own candidate tags are tried, sorted into the order of the state's
    transition table, so rows and backpointers are filled exactly as HanTa fills them.
    """

    def __init__(self, tagger: Any) -> None:
        self.tagger = tagger
        self.trans: dict[State, dict[int, float]] = tagger.LP_trans_word
        self._position: dict[State, dict[int, int]] = {}

    def _ordered(self, state: State, tags: dict[int, Any]) -> list[tuple[int, float]]:
        """(tag, transition log-prob) for the word's ``tags`` that follow ``state``, in table order."""
        trans = self.trans[state]
        position = self._position.get(state)
        if position is None:
            position = self._position[state] = {c: k for k, c in enumerate(trans)}
        found = sorted((position[c], c) for c in tags if c in position and c != END)
        return [(c, trans[c]) for _, c in found]

    def __call__(self, sent: list[str], casesensitive: bool = True) -> list[int]:
        tag_word = self.tagger._tag_word
        table: list[dict[State, float]] = []
        backpointer: list[dict[State, State]] = []
        for i, word in enumerate(sent):
            cs = False if i == 0 else casesensitive
            wprobs = dict(tag_word(word, cutoff=5, casesensitive=cs, conditional=True))
            if len(wprobs) == 1 and UNKNOWN in wprobs:
                wprobs = {}
            row: dict[State, float] = {}
            back: dict[State, State] = {}
            backpointer.append(back)
            prevrow = table[i - 1] if i else {(EMPTY, START): 0.0}
            if len(prevrow) > KEEP_SENT_STATES:
                bound = sorted(prevrow.values(), reverse=True)[KEEP_SENT_STATES] - 1
            else:
                bound = SENT_LOWER_BOUND
            for state, lp0 in prevrow.items():
                if lp0 < bound:
                    continue
                if wprobs:
                    candidates = [(c, lp_tc, wprobs[c]) for c, lp_tc in self._ordered(state, wprobs)]
                else:  # an unknown word may take any tag
                    candidates = [(c, lp_tc, 0) for c, lp_tc in self.trans[state].items() if c != END]
                for c, lp_tc, lpwc in candidates:
                    lp = lp0 + lp_tc + lpwc
                    if lp > SENT_LOWER_BOUND:
                        new = (state[1], c)
                        if new not in row or lp > row[new]:
                            row[new] = lp
                            back[new] = state
            table.append(row)
        final = (END, EMPTY)
        last: dict[State, float] = {}
        back_last: dict[State, State] = {}
        backpointer.append(back_last)
        for state, lp0 in table[-1].items():
            lp = lp0 + self.trans[state].get(END, MINUS_INF)
            if lp > last.get(final, MINUS_INF):
                last[final] = lp
                back_last[final] = state
        tags: list[int] = []
        state = final
        for i in range(len(backpointer) - 1, 0, -1):
            state = backpointer[i][state]
            tags.append(state[1])
        return tags[::-1]
