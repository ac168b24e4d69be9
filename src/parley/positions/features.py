"""Features of position units for the learned position stage.

Three groups, all plain strings (hashed by ``parley.positions.linear``; no text is stored):

* ``text_features``: what the unit says — lemma and word unigrams, lemma bigrams, character
  5-grams of long words (German compounds), lemmas of its context outside the quote, statement kind
  and cue lemma. Shared by every issue.
* ``issue_features``: how the unit relates to one issue — dossier vocabulary hits (strong, weak, in
  the context only, in the previous sentence), the rule stage's positions on that issue. They are
  issue-independent names, so a generic model can use them for issues without training data.
* ``stance_features``: negation, inversion, modality, condition, readiness and question markers
  around the issue term, stance cues of the lexicon, the rule stage's stance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parley.model import Article
from parley.positions.issues import IssueHit
from parley.positions.lexicon import Cue, StanceLexicon
from parley.positions.units import TokenIndex, Unit

Features = dict[str, float]
WINDOW = 5  # tokens either side of the issue term read for stance
CHAR_N = 5
CHAR_MIN_WORD = 7
NEG_REACH = 50  # characters before the issue term (or cue) a negator reaches
WORD = re.compile(r"\w", re.UNICODE)


@dataclass
class DocContext:
    """Per-article lookups shared by all units of the article."""

    doc: Article
    tokens: TokenIndex
    lex: StanceLexicon
    sent_issues: list[set[str]]  # strong issue hits per sentence
    rule_pairs: set[tuple[str, str]]  # (actor, issue) of all rule positions in the article
    _unit_cache: dict[int, tuple[Features, list[Cue]]] = field(default_factory=dict)

    def unit_signals(self, unit: Unit) -> tuple[Features, list[Cue]]:
        """Issue-independent stance signals of a unit and its lexicon cues (computed once)."""
        key = id(unit)
        if key not in self._unit_cache:
            self._unit_cache[key] = _unit_signals(self, unit)
        return self._unit_cache[key]


def _lemma(tok) -> str:  # type: ignore[no-untyped-def]
    word = tok.text.lower()
    lemma = (tok.lemma or "").lower()
    return lemma if lemma and lemma != "--" and WORD.search(lemma) else word


def text_features(ctx: DocContext, unit: Unit) -> Features:
    out: Features = {}
    toks = [t for t in ctx.tokens.within(unit.span.start, unit.span.end) if WORD.search(t.text)]
    lemmas = [_lemma(t) for t in toks]
    for tok, lemma in zip(toks, lemmas):
        out["l=" + lemma] = 1.0
        word = tok.text.lower()
        if word != lemma:
            out["w=" + word] = 1.0
        if len(word) >= CHAR_MIN_WORD and word.isalpha():
            padded = f"<{word}>"
            for i in range(len(padded) - CHAR_N + 1):
                out["c=" + padded[i : i + CHAR_N]] = 1.0
    for a, b in zip(lemmas, lemmas[1:]):
        out[f"b={a}_{b}"] = 1.0
    for tok in ctx.tokens.within(unit.context.start, unit.context.end):
        if (tok.end <= unit.span.start or tok.start >= unit.span.end) and WORD.search(tok.text):
            out["x=" + _lemma(tok)] = 1.0
    out["unit=" + unit.kind] = 1.0
    st = unit.statement
    if st is not None:
        out["kind=" + st.kind] = 1.0
        if st.cue is not None:
            cue = " ".join(_lemma(t) for t in ctx.tokens.within(st.cue.start, st.cue.end)) or "?"
            out["cue=" + cue] = 1.0
        if st.nested_in:
            out["nested"] = 1.0
    return out


def _hits(unit: Unit, issue: str) -> tuple[list[IssueHit], list[IssueHit]]:
    """Hits of ``issue`` inside the unit's span, and in its context only."""
    own = [h for h in unit.hits if h.issue == issue]
    inside = [h for h in own if unit.span.start <= h.start and h.end <= unit.span.end]
    return inside, [h for h in own if h not in inside]


def issue_features(ctx: DocContext, unit: Unit, issue: str) -> Features:
    out: Features = {}
    inside, around = _hits(unit, issue)
    strong = [h for h in inside if not h.weak]
    if strong:
        out["v:hit"] = 1.0
        out["v:hit&" + unit.kind] = 1.0
        out["v:n"] = min(len(strong), 4) / 2
        first = min((h for h in unit.hits if not h.weak and unit.span.start <= h.start), key=lambda h: h.start,
                    default=None)
        if first is not None and first.issue == issue:
            out["v:first"] = 1.0
    elif inside:
        out["v:weak"] = 1.0
    if around and not inside:
        out["v:ctx"] = 1.0
    if any(not h.weak and h.issue != issue and unit.span.start <= h.start < unit.span.end for h in unit.hits):
        out["v:other"] = 1.0
    if unit.sent > 0 and issue in ctx.sent_issues[unit.sent - 1]:
        out["v:prev"] = 1.0
    mine = [p for p in unit.rules if p.issue == issue]
    if mine:
        out["r:any"] = 1.0
    for p in mine:
        if p.actor == unit.holder:
            out["r:holder"] = 1.0
            out["r:st=" + p.stance] = 1.0
    if (unit.holder, issue) in ctx.rule_pairs and "r:holder" not in out:
        out["r:article"] = 1.0
    if not out:
        out["v:none"] = 1.0
    return out


def _anchor(unit: Unit, issue: str) -> IssueHit | None:
    inside, around = _hits(unit, issue)
    ordered = sorted(inside, key=lambda h: (h.weak, h.start)) or sorted(around, key=lambda h: (h.weak, h.start))
    return ordered[0] if ordered else None


LEX_SIGNALS = ("negators", "modals", "deontic", "hedges", "questions", "conditional", "readiness",
               "cessations", "claims")


def _context_cues(ctx: DocContext, unit: Unit) -> list[Cue]:
    """Stance cues of the unit's context, sentence by sentence (cached by the lexicon)."""
    doc, context = ctx.doc, unit.context
    if not doc.sentences:
        return ctx.lex.find_cues(doc.text, context.start, context.end)
    last = doc.sentence_of(max(context.start, context.end - 1))
    return [c for sent in doc.sentences[unit.sent : last + 1]
            for c in ctx.lex.find_cues(doc.text, sent.start, sent.end)
            if context.start <= c.start and c.end <= context.end]


def _unit_signals(ctx: DocContext, unit: Unit) -> tuple[Features, list[Cue]]:
    text, lex, span = ctx.doc.text, ctx.lex, unit.span
    out: Features = {}
    for name in LEX_SIGNALS:
        pattern = getattr(lex, name)
        if pattern is not None and pattern.search(text, span.start, span.end):
            out["has:" + name] = 1.0
    if "?" in text[span.start : span.end]:
        out["has:?"] = 1.0
    cues = _context_cues(ctx, unit)
    for cue in cues:
        where = "in" if span.start <= cue.start < span.end else "out"
        out[f"cue:{cue.stance}:{where}"] = 1.0
        if cue.negation_inside:
            out[f"cue:{cue.stance}:neg"] = 1.0
    return out, cues


def stance_features(ctx: DocContext, unit: Unit, issue: str) -> Features:
    text, lex = ctx.doc.text, ctx.lex
    signals, cues = ctx.unit_signals(unit)
    out: Features = {"issue=" + issue: 1.0, **signals}
    for p in unit.rules:
        if p.issue == issue and p.actor == unit.holder:
            out["r:st=" + p.stance] = 1.0
    anchor = _anchor(unit, issue)
    if anchor is None:
        out["anchor:none"] = 1.0
        return out
    toks = ctx.tokens.within(unit.context.start, unit.context.end)
    at = next((i for i, t in enumerate(toks) if t.end > anchor.start), len(toks))
    after = next((i for i, t in enumerate(toks) if t.start >= anchor.end), len(toks))
    for t in toks[max(0, at - WINDOW) : at]:
        out["L=" + _lemma(t)] = 1.0
    for t in toks[after : after + WINDOW]:
        out["R=" + _lemma(t)] = 1.0
    left = text[max(unit.context.start, anchor.start - NEG_REACH) : anchor.start]
    left = re.split(r"[,;:–—]", left)[-1]
    negations = len(lex.negators.findall(left)) if lex.negators is not None else 0
    if negations:
        out["neg:left" if negations == 1 else "neg:double"] = 1.0  # "no reason not to continue"
    if lex.inverters is not None and lex.inverters.search(left):
        out["inv:left"] = 1.0
    if lex.conditional is not None and lex.conditional.search(left):
        out["cond:left"] = 1.0
    right = re.split(r"[,;:–—.]", text[anchor.end : min(unit.context.end, anchor.end + NEG_REACH)])[0]
    if lex.negators is not None and lex.negators.search(right):
        out["neg:right"] = 1.0
    if lex.cessations is not None and lex.cessations.search(right):
        out["cess:right"] = 1.0
    if cues:
        near = min(cues, key=lambda c: min(abs(c.start - anchor.end), abs(anchor.start - c.end)))
        out["near=" + near.stance] = 1.0
        before = text[max(unit.context.start, near.start - NEG_REACH) : near.start]
        before = re.split(r"[,;:–—]", before)[-1]
        negated = near.negation_inside or bool(lex.negators and lex.negators.search(before))
        if negated:
            out[f"near={near.stance}:neg"] = 1.0
        out["near:" + ("before" if near.end <= anchor.start else "after")] = 1.0
    return out
