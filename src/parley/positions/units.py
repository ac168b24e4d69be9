"""Position units: the stretches of an article a learned position stage reads, each with its holder.

A *statement unit* is a statement the pipeline found (its quote; the sentence(s) around it are its
context) held by its speaker. A *narrative unit* is a sentence outside quotes that names an issue
(dossier vocabulary) or holds a rule-stage position, held by the actor that is the subject of its
stance cue (else its first subject-like actor mention).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from parley.model import Article, Position, Sentence, Span, Statement, Token
from parley.positions.issues import IssueHit
from parley.positions.lexicon import StanceLexicon
from parley.positions.rules import _is_heading
from parley.positions.subjects import SubjectFinder, _usable

QUOTED_SHARE = 0.5  # a sentence more than half inside quotes is read through its statements


@dataclass
class Unit:
    """One stretch of text and the actor who would hold a position stated in it."""

    kind: str  # "statement" | "narrative"
    holder: str
    span: Span  # the evidence: a statement's quote or a narrative sentence
    context: Span  # the sentence(s) around the span (cue, frame)
    sent: int  # index of the first context sentence
    statement: Statement | None = None
    hits: list[IssueHit] = field(default_factory=list)  # issue vocabulary inside ``context``
    rules: list[Position] = field(default_factory=list)  # rule positions whose evidence overlaps ``context``


class TokenIndex:
    """Tokens of an article looked up by character range (binary search)."""

    def __init__(self, doc: Article) -> None:
        self.tokens = doc.tokens
        self.starts = [t.start for t in doc.tokens]

    def within(self, start: int, end: int) -> list[Token]:
        i = bisect.bisect_left(self.starts, start)
        out: list[Token] = []
        while i < len(self.tokens) and self.tokens[i].start < end:
            if self.tokens[i].end <= end:
                out.append(self.tokens[i])
            i += 1
        return out


def _sentences(doc: Article) -> list[Sentence]:
    return doc.sentences or [Sentence(0, len(doc.text))]


def _context(doc: Article, sentences: list[Sentence], start: int, end: int) -> tuple[Span, int]:
    first = doc.sentence_of(start) if doc.sentences else 0
    last = doc.sentence_of(max(start, end - 1)) if doc.sentences else 0
    return Span(min(start, sentences[first].start), max(end, sentences[last].end)), first


def _overlapping(items: list, span: Span) -> list:
    return [x for x in items if x.start < span.end and span.start < x.end]


def statement_units(doc: Article, hits: list[IssueHit], rules: list[Position]) -> list[Unit]:
    sentences = _sentences(doc)
    out: list[Unit] = []
    for st in doc.statements:
        if not _usable(st.speaker_actor) or len(st.quote) == 0:
            continue
        spans = [st.quote, *(s for s in (st.cue, st.frame) if s is not None)]
        context, first = _context(doc, sentences, min(s.start for s in spans), max(s.end for s in spans))
        out.append(Unit("statement", st.speaker_actor or "", st.quote, context, first, st,
                        _overlapping(hits, context),
                        [p for p in rules if p.evidence is not None and p.evidence.overlaps(context)]))
    return out


def narrative_units(doc: Article, hits: list[IssueHit], rules: list[Position], lex: StanceLexicon,
                    finder: SubjectFinder) -> list[Unit]:
    quotes = [q for st in doc.statements for q in (st.quote_parts or [st.quote])]
    out: list[Unit] = []
    for i, sent in enumerate(_sentences(doc)):
        span = sent.span
        if len(span) == 0 or _is_heading(doc.text, sent):
            continue
        quoted = sum(min(q.end, span.end) - max(q.start, span.start) for q in _overlapping(quotes, span))
        if quoted > QUOTED_SHARE * len(span):
            continue
        own_hits = _overlapping(hits, span)
        own_rules = [p for p in rules if p.evidence is not None and p.evidence.overlaps(span)]
        if not own_hits and not own_rules:
            continue
        for holder in _narrative_holders(doc, sent, own_hits, own_rules, lex, finder):
            out.append(Unit("narrative", holder, span, span, i, None, own_hits, own_rules))
    return out


def _narrative_holders(doc: Article, sent: Sentence, hits: list[IssueHit], rules: list[Position],
                       lex: StanceLexicon, finder: SubjectFinder) -> list[str]:
    """The subject of the first stance cue, else the rule stage's holders, else the first
    subject-like actor mention of the sentence."""
    avoid = [(h.start, h.end) for h in hits]
    holders: list[str] = []
    for cue in lex.find_cues(doc.text, sent.start, sent.end):
        holders = [h.actor for h in finder.subjects(sent.start, sent.end, cue.start, cue.end, avoid)]
        if holders:
            break
    if not holders:
        holders = [p.actor for p in rules]
    if not holders:
        first = [h for h in finder.subjects(sent.start, sent.end, sent.end, sent.end, avoid)]
        holders = [h.actor for h in first[:1]]
    return list(dict.fromkeys(h for h in holders if _usable(h)))


def find_units(doc: Article, hits: list[IssueHit], lex: StanceLexicon, finder: SubjectFinder,
               rules: list[Position]) -> list[Unit]:
    """Statement units, then narrative units, of an article analysed up to the actors stage
    (``hits``: the issue vocabulary found sentence by sentence)."""
    return statement_units(doc, hits, rules) + narrative_units(doc, hits, rules, lex, finder)
