"""Token features for the learned German quotation tagger (CRF).

Works on any ``Article`` with ``tokens``/``sentences``: STTS tags and lemmas come from the tokens when
the NLP stage set them, else from HanTa (cached). Everything here is shared by training and
prediction so both see the same features.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from parley.model import Article, Span, Statement
from parley.nlp.german import hanta_tagger

OPENERS = {"„": "“”", "»": "«", "«": "»", '"': '"', "“": "”", "‚": "‘’", "›": "‹", "‹": "›"}
QUOTE_CHARS = set(OPENERS) | {"”", "‘", "’"}
SENT_PUNCT = {".", "!", "?", ":", ";"}
_SHAPE_RE = [(re.compile(r"[A-ZÄÖÜ]"), "X"), (re.compile(r"[a-zäöüß]"), "x"), (re.compile(r"\d"), "d")]


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
    tagger = hanta_tagger()
    for ids in by_sent.values():
        words = [doc.tokens[i].text for i in ids]
        for i, (_, lemma, tag) in zip(ids, tagger.tag_sent(words, taglevel=1)):
            tok = doc.tokens[i]
            tok.tag = tok.tag or normalise_tag(tag)
            tok.lemma = tok.lemma or lemma


@lru_cache(maxsize=65536)
def shape(word: str) -> str:
    out = word[:6]
    for pattern, char in _SHAPE_RE:
        out = pattern.sub(char, out)
    return re.sub(r"(.)\1+", r"\1\1", out)


@lru_cache(maxsize=65536)
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


@dataclass(frozen=True)
class Lexicons:
    """Word lists learned from the training data: cue lemmas, verbs of reported speech acts."""

    cues: frozenset[str] | set[str]
    reported: frozenset[str] | set[str] = frozenset()


@dataclass
class SentenceInfo:
    has_cue: bool
    has_k1: bool
    has_qmark: bool
    first_cue: int  # token index of the first cue-lexicon token, -1 if none


def _sentence_infos(
    doc: Article, cues: set[str] | frozenset[str], k1: list[str], marks: list[tuple[int, str]]
) -> list[SentenceInfo]:
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


CLAUSE_BREAKS = {",", ":", ";", "(", ")", "–", "—", "-"} | QUOTE_CHARS


@dataclass
class ClauseInfo:
    first: str  # lower-cased first word
    cue: bool
    k1: bool
    k2: bool
    fin: bool


def _clauses(
    toks: Sequence[Any], lows: list[str], tags: list[str], is_cue: list[bool], moods: list[str]
) -> tuple[list[int], list[ClauseInfo]]:
    """Split sentences at commas, colons, dashes, brackets and quote marks; one info per clause."""
    ids: list[int] = []
    infos: list[ClauseInfo] = []
    for i, tok in enumerate(toks):
        new = not infos or toks[i - 1].sent != tok.sent or lows[i - 1] in CLAUSE_BREAKS
        if new:
            infos.append(
                ClauseInfo(lows[i] if lows[i] not in CLAUSE_BREAKS else "", False, False, False, False)
            )
        info = infos[-1]
        if not info.first and lows[i] not in CLAUSE_BREAKS:
            info.first = lows[i]
        info.cue = info.cue or is_cue[i]
        info.k1 = info.k1 or moods[i] == "k1"
        info.k2 = info.k2 or moods[i] == "k2"
        info.fin = info.fin or tags[i].endswith("FIN")
        ids.append(len(infos) - 1)
    return ids, infos


def _bucket(distance: int | None) -> str:
    if distance is None:
        return "none"
    for limit, name in ((0, "0"), (1, "1"), (3, "2-3"), (8, "4-8")):
        if distance <= limit:
            return name
    return "far"


def _cue_distances(toks: Sequence[Any], is_cue: list[bool]) -> tuple[list[int | None], list[int | None]]:
    """Distance in tokens to the nearest cue-lexicon token on the left/right within the sentence."""
    n = len(toks)
    left: list[int | None] = [None] * n
    right: list[int | None] = [None] * n
    last: int | None = None
    for i in range(n):
        if i and toks[i - 1].sent != toks[i].sent:
            last = None
        left[i] = None if last is None else i - last
        if is_cue[i]:
            last = i
    last = None
    for i in range(n - 1, -1, -1):
        if i < n - 1 and toks[i + 1].sent != toks[i].sent:
            last = None
        right[i] = None if last is None else last - i
        if is_cue[i]:
            last = i
    return left, right


def _relative(cue: int, i: int) -> str:
    if cue < 0:
        return "none"
    return "before" if cue < i else "at" if cue == i else "after"


def _clause_feats(prefix: str, info: ClauseInfo | None) -> list[str]:
    if info is None:
        return [prefix + "none"]
    return [
        f"{prefix}first={info.first}",
        f"{prefix}cue={info.cue}",
        f"{prefix}k={info.k1}|{info.k2}",
        f"{prefix}fin={info.fin}",
    ]


RULE_ROLES = ("cue", "speaker", "addressee")


def rule_layers(doc: Article, rules: Sequence[Statement]) -> list[list[str]]:
    """Per token, what the rule component says about it: ``rq=<kind>``, quote edges, roles."""
    out: list[list[str]] = [[] for _ in doc.tokens]
    starts = [t.start for t in doc.tokens]
    for st in rules:
        for part in st.quote_parts or [st.quote]:
            ids = _token_range(starts, doc, part)
            for k, i in enumerate(ids):
                out[i].append("rq=" + st.kind)
                if k == 0:
                    out[i].append("rq_start")
                if k == len(ids) - 1:
                    out[i].append("rq_end")
        for role in RULE_ROLES:
            span = getattr(st, role)
            if span is not None:
                for i in _token_range(starts, doc, span):
                    out[i].append("r_" + role)
    return out


def _token_range(starts: list[int], doc: Article, span: Span) -> range:
    lo = bisect.bisect_left(starts, span.start)
    if lo and doc.tokens[lo - 1].end > span.start:
        lo -= 1
    hi = bisect.bisect_left(starts, span.end, lo)
    return range(lo, hi)


def doc_features(doc: Article, lex: Lexicons, rules: Sequence[Statement] | None = None) -> list[list[str]]:
    """One feature list per token of ``doc`` (crfsuite string features); ``rules`` are the rule
    component's statements when the model was trained stacked on them."""
    ensure_tags(doc)
    toks = doc.tokens
    n = len(toks)
    words = [t.text for t in toks]
    lows = [w.lower() for w in words]
    tags = [normalise_tag(t.tag) for t in toks]
    lemmas = [(t.lemma or t.text).lower() for t in toks]
    moods = [konjunktiv(t.text, t.lemma or t.text, tag) for t, tag in zip(toks, tags)]
    marks = quote_states(doc)
    cues = lex.cues
    sents = _sentence_infos(doc, cues, moods, marks)
    is_cue = [lem in cues for lem in lemmas]
    is_rep = [lem in lex.reported and tag.startswith("VV") for lem, tag in zip(lemmas, tags)]
    rep_sents = {toks[i].sent for i, flag in enumerate(is_rep) if flag}
    clause_ids, clauses = _clauses(toks, lows, tags, is_cue, moods)
    clause_sent = [-1] * len(clauses)
    for i, k in enumerate(clause_ids):
        clause_sent[k] = toks[i].sent
    left, right = _cue_distances(toks, is_cue)
    nsent = len(sents)
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
            "cuepos=" + _relative(info.first_cue, i),
            "tag|mood|q=%s|%s|%d" % (tag, moods[i], min(depth, 2)),
        ]
        c = clause_ids[i]
        same = lambda k: 0 <= k < len(clauses) and (k == c or clause_sent[k] == s)  # noqa: E731
        f += _clause_feats("cl:", clauses[c])
        f += _clause_feats("pcl:", clauses[c - 1] if same(c - 1) else None)
        f += _clause_feats("ncl:", clauses[c + 1] if same(c + 1) else None)
        f.append("ldist=" + _bucket(left[i]))
        f.append("rdist=" + _bucket(right[i]))
        nxt = sents[s + 1] if s + 1 < nsent else None
        f.append("ncue=" + str(nxt.has_cue if nxt else None))
        f.append("nq=" + str(nxt.has_qmark if nxt else None))
        f.append(f"q|scue={min(depth, 1)}|{info.has_cue}")
        f.append(f"rv={is_rep[i]}")
        f.append(f"srv|scue={s in rep_sents}|{info.has_cue}")
        f.append(f"cl:k1|scue={clauses[c].k1}|{info.has_cue}")
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
    if rules is not None:
        layers = rule_layers(doc, rules)
        sent_rule = {toks[i].sent for i, layer in enumerate(layers) if layer}
        for i, f in enumerate(feats):
            f += layers[i] or ["rq=none"]
            f.append(f"rsent={toks[i].sent in sent_rule}")
            for off in (-1, 1):
                if 0 <= i + off < n:
                    f += [f"{off}:{x}" for x in layers[i + off] if x.startswith(("rq=", "r_"))]
    return feats


def cue_lexicon(lemma_counts: Sequence[tuple[str, int]], min_count: int = 2) -> set[str]:
    return {lemma for lemma, count in lemma_counts if count >= min_count}
