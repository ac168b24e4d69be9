"""Token features for the learned German quotation tagger (CRF).

Works on any ``Article`` with ``tokens``/``sentences``: STTS tags and lemmas come from the tokens when
the NLP stage set them, else from HanTa (cached). Everything here is shared by training and
prediction so both see the same features.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from parley.model import Article

OPENERS = {"„": "“”", "»": "«", "«": "»", '"': '"', "“": "”", "‚": "‘’", "›": "‹", "‹": "›"}
QUOTE_CHARS = set(OPENERS) | {"”", "‘", "’"}
SENT_PUNCT = {".", "!", "?", ":", ";"}
_SHAPE_RE = [(re.compile(r"[A-ZÄÖÜ]"), "X"), (re.compile(r"[a-zäöüß]"), "x"), (re.compile(r"\d"), "d")]


@lru_cache(maxsize=1)
def _hanta() -> Any:
    from HanTa import HanoverTagger as ht

    return ht.HanoverTagger("morphmodel_ger.pgz")


def normalise_tag(tag: str) -> str:
    """HanTa writes ``VV(FIN)``/``ADJ(A)``; STTS proper is ``VVFIN``/``ADJA``."""
    return tag.replace("(", "").replace(")", "")


def ensure_tags(doc: Article) -> None:
    """Give tokens without a tag an STTS tag and lemma from HanTa, one sentence at a time."""
    if not doc.tokens or all(t.tag for t in doc.tokens):
        return
    by_sent: dict[int, list[int]] = {}
    for i, tok in enumerate(doc.tokens):
        by_sent.setdefault(tok.sent, []).append(i)
    tagger = _hanta()
    for ids in by_sent.values():
        words = [doc.tokens[i].text for i in ids]
        for i, (_, lemma, tag) in zip(ids, tagger.tag_sent(words, taglevel=1)):
            tok = doc.tokens[i]
            tok.tag = tok.tag or normalise_tag(tag)
            tok.lemma = tok.lemma or lemma


def shape(word: str) -> str:
    out = word[:6]
    for pattern, char in _SHAPE_RE:
        out = pattern.sub(char, out)
    return re.sub(r"(.)\1+", r"\1\1", out)


def konjunktiv(word: str, lemma: str, tag: str) -> str:
    """Heuristic mood of a finite verb: ``k1`` (Konjunktiv I), ``k2`` (würde/hätte/wäre…) or ``""``."""
    if not tag.endswith("FIN"):
        return ""
    low = word.lower()
    if low in {"sei", "seien", "seist", "seiest"}:
        return "k1"
    if low.startswith(("wäre", "hätte", "würde", "könnte", "müsste", "dürfte", "möchte", "sollte", "wollte")):
        return "k2"
    stem = lemma.lower()
    for ending in ("en", "n"):
        if stem.endswith(ending):
            stem = stem[: -len(ending)]
            break
    if low in {stem + "e", stem + "est", stem + "et"} and not stem.endswith("t"):
        return "k1"
    return ""


def quote_states(doc: Article) -> list[tuple[int, str]]:
    """Per token: depth of typographic quotation marks, and ``open``/``close``/``""`` for mark tokens."""
    states: list[tuple[int, str]] = []
    stack: list[str] = []
    prev_end = 0
    for tok in doc.tokens:
        if "\n" in doc.text[prev_end : tok.start]:
            stack.clear()  # quotes rarely run across paragraphs unclosed
        prev_end = tok.end
        char = tok.text if len(tok.text) == 1 else ""
        role = ""
        if char in QUOTE_CHARS:
            if stack and char in OPENERS[stack[-1]]:
                stack.pop()
                role = "close"
            elif char in OPENERS and len(stack) < 3:
                stack.append(char)
                role = "open"
        states.append((len(stack) if role != "close" else len(stack) + 1, role))
    return states


@dataclass
class SentenceInfo:
    has_cue: bool
    has_k1: bool
    has_qmark: bool
    first_cue: int  # token index of the first cue-lexicon token, -1 if none


def _sentence_infos(doc: Article, cues: set[str], k1: list[str], marks: list[tuple[int, str]]) -> list[SentenceInfo]:
    infos: dict[int, SentenceInfo] = {}
    for i, tok in enumerate(doc.tokens):
        info = infos.setdefault(tok.sent, SentenceInfo(False, False, False, -1))
        if tok.lemma.lower() in cues:
            info.has_cue = True
            if info.first_cue < 0:
                info.first_cue = i
        info.has_k1 = info.has_k1 or k1[i] == "k1"
        info.has_qmark = info.has_qmark or bool(marks[i][1])
    count = max(infos) + 1 if infos else 0
    return [infos.get(s, SentenceInfo(False, False, False, -1)) for s in range(count)]


def doc_features(doc: Article, cues: set[str]) -> list[list[str]]:
    """One feature list per token of ``doc`` (crfsuite string features)."""
    ensure_tags(doc)
    toks = doc.tokens
    n = len(toks)
    words = [t.text for t in toks]
    lows = [w.lower() for w in words]
    tags = [normalise_tag(t.tag) for t in toks]
    lemmas = [(t.lemma or t.text).lower() for t in toks]
    moods = [konjunktiv(t.text, t.lemma or t.text, tag) for t, tag in zip(toks, tags)]
    marks = quote_states(doc)
    sents = _sentence_infos(doc, cues, moods, marks)
    is_cue = [lem in cues for lem in lemmas]
    feats: list[list[str]] = []
    for i, tok in enumerate(toks):
        w, low, tag = words[i], lows[i], tags[i]
        s = tok.sent
        info = sents[s] if s < len(sents) else SentenceInfo(False, False, False, -1)
        prev = sents[s - 1] if 0 < s <= len(sents) else None
        first = i == 0 or toks[i - 1].sent != s
        last = i == n - 1 or toks[i + 1].sent != s
        depth, mark = marks[i]
        f = [
            "b",
            "w=" + low,
            "lem=" + lemmas[i],
            "suf3=" + low[-3:],
            "suf2=" + low[-2:],
            "pre3=" + low[:3],
            "shape=" + shape(w),
            "tag=" + tag,
            "tag2=" + tag[:2],
            "mood=" + moods[i],
            "q=" + str(min(depth, 2)),
            "mark=" + mark,
            "cue=" + str(is_cue[i]),
            "scue=" + str(info.has_cue),
            "sk1=" + str(info.has_k1),
            "sq=" + str(info.has_qmark),
            "pcue=" + str(prev.has_cue if prev else None),
            "pk1=" + str(prev.has_k1 if prev else None),
            "pq=" + str(prev.has_qmark if prev else None),
            "cuepos=" + ("none" if info.first_cue < 0 else "before" if info.first_cue < i else "at" if info.first_cue == i else "after"),
            "tag|mood|q=%s|%s|%d" % (tag, moods[i], min(depth, 2)),
        ]
        if first:
            f.append("BOS")
        if last:
            f.append("EOS")
        if w[:1].isupper():
            f.append("title")
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                f.append(f"{off}:w={lows[j]}")
                f.append(f"{off}:tag={tags[j]}")
                if abs(off) == 1:
                    f.append(f"{off}:cue={is_cue[j]}")
                    f.append(f"{off}:mark={marks[j][1]}")
                    f.append(f"{off}:tag|tag={tags[j]}|{tag}")
                    f.append(f"{off}:sb={toks[j].sent != s}")
            else:
                f.append(f"{off}:pad")
        feats.append(f)
    return feats


def cue_lexicon(lemma_counts: Sequence[tuple[str, int]], min_count: int = 2) -> set[str]:
    return {lemma for lemma, count in lemma_counts if count >= min_count}
