"""Link predicted quotes to cue, speaker and addressee segments and build ``Statement``s."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from parley.model import Article, Span, Statement
from parley.quotes.learned.features import quote_states
from parley.quotes.learned.labels import CODE_TYPES, MEDIUM_FROM_DATASET, TYPE_TO_KIND, QuoteUnit, Segment

FINAL_PUNCT = {".", "!", "?"}
MAX_CUE_GAP = 6  # tokens between two parts of one split cue (*fügte … hinzu*)
MAX_SUBJECT = 12  # tokens of a sentence-initial subject taken as a reported quote's speaker
SUBJECT_TAGS = {"NN", "NE", "PPER", "PIS", "PDS"}
CARRY_SENTENCES = 3  # a quote without speaker inherits the previous one's within this many sentences


@dataclass
class Linker:
    """Attach roles to quotes: nearest cue in the quote's sentences, speaker/addressee nearest the cue."""

    cue_medium: dict[str, str]
    type_medium: dict[str, str]

    def statements(
        self, doc: Article, units: Sequence[QuoteUnit], roles: dict[str, list[Segment]]
    ) -> list[Statement]:
        cues = merge_split_cues(roles.get("CUE", []), units)
        marks = [role for _, role in quote_states(doc)]
        quote_tokens = set().union(*(_tokens(u) for u in units)) if units else set()
        out: list[Statement] = []
        last: tuple[Statement, int] | None = None
        for unit in units:
            cue = _nearest(cues, unit.parts, unit.sents)
            if cue is None and unit.code == "DQ":  # *„…“ Das sagte der Minister.* / colon frame before
                cue = _nearest(cues, unit.parts, {max(unit.sents) + 1, min(unit.sents) - 1})
            anchor = [cue[0]] if cue else unit.parts
            anchor_sents = {s.sent for s in anchor} if cue else unit.sents
            speaker = _nearest([[s] for s in roles.get("SPK", [])], anchor, anchor_sents)
            addressee = _nearest([[s] for s in roles.get("ADR", [])], anchor, anchor_sents) if cue else None
            st = Statement(
                kind=TYPE_TO_KIND[CODE_TYPES[unit.code]],
                quote=_span(doc, unit.start, unit.end),
                quote_parts=[_span(doc, p.start, p.end) for p in unit.parts] if len(unit.parts) > 1 else [],
                cue=_span(doc, cue[0].start, cue[-1].end) if cue else None,
                speaker=_span(doc, speaker[0].start, speaker[0].end) if speaker else None,
                addressee=_span(doc, addressee[0].start, addressee[0].end) if addressee else None,
                frame=self._frame(doc, cue, quote_tokens - _tokens(unit)),
                medium=self._medium(doc, unit, cue),
                source="quotes.learned",
            )
            if st.speaker is None and unit.code == "RQ":
                st.speaker = _reported_subject(doc, unit)
            first_sent = min(unit.sents)
            if st.speaker is None and not cue and last and first_sent - last[1] <= CARRY_SENTENCES:
                st.speaker = last[0].speaker
            if st.speaker is not None:
                last = (st, max(unit.sents))
            out.append(st)
            if unit.code != "DQ":
                out += [_nested_direct(doc, st, a, b) for a, b in _marked_spans(unit, marks)]
        return out

    def _medium(self, doc: Article, unit: QuoteUnit, cue: list[Segment] | None) -> str:
        value = None
        if cue:
            lemma = (doc.tokens[cue[0].start].lemma or doc.tokens[cue[0].start].text).lower()
            value = self.cue_medium.get(lemma)
        value = value or self.type_medium.get(unit.code, "Speech")
        return MEDIUM_FROM_DATASET.get(value, "speech")

    @staticmethod
    def _frame(doc: Article, cue: list[Segment] | None, others: set[int]) -> Span | None:
        """The clause around the cue: its sentence without final punctuation, cut short where another
        quote begins (the own quote is cut out when converting to token ids)."""
        if not cue:
            return None
        sent = cue[0].sent
        lo, hi = cue[0].start, cue[-1].end
        while lo > 0 and doc.tokens[lo - 1].sent == sent and lo - 1 not in others:
            lo -= 1
        while hi < len(doc.tokens) and doc.tokens[hi].sent == sent and hi not in others:
            hi += 1
        while hi > lo and doc.tokens[hi - 1].text in FINAL_PUNCT | {"“", "«", "»", '"'}:
            hi -= 1
        return _span(doc, lo, hi) if hi > lo else None


def _tokens(unit: QuoteUnit) -> set[int]:
    return {i for p in unit.parts for i in range(p.start, p.end)}


def _marked_spans(unit: QuoteUnit, marks: Sequence[str]) -> list[tuple[int, int]]:
    """Token ranges ``[open, close]`` of quotation marks inside an indirect quote (partial direct quotes)."""
    out = []
    for part in unit.parts:
        opened: int | None = None
        for i in range(part.start, part.end):
            if marks[i] == "open":
                opened = i
            elif marks[i] == "close" and opened is not None:
                if i - opened > 1 and not (opened == unit.start and i == unit.end - 1):
                    out.append((opened, i + 1))
                opened = None
    return out


def _nested_direct(doc: Article, outer: Statement, start: int, end: int) -> Statement:
    """A partial direct quote inside an indirect one: same cue, speaker, frame and medium."""
    return replace(
        outer, kind="direct", quote=_span(doc, start, end), quote_parts=[], nested_in=outer.id or None
    )


def _reported_subject(doc: Article, unit: QuoteUnit) -> Span | None:
    """The subject opening a reported-speech sentence (*Die Gewerkschaft fordert …*): the tokens
    before the first finite verb, without a leading *von* of a passive."""
    part = unit.parts[0]
    start = part.start
    if doc.tokens[start].text.lower() in {"von", "vom"}:
        start += 1
    for i in range(start, min(part.end, start + MAX_SUBJECT + 1)):
        if doc.tokens[i].tag.endswith("FIN"):
            if i > start and any(doc.tokens[j].tag in SUBJECT_TAGS for j in range(start, i)):
                return _span(doc, start, i)
            if i + 1 < part.end and doc.tokens[i + 1].tag == "PPER":  # *Gleichzeitig vermutet er …*
                return _span(doc, i + 1, i + 2)
            return None
    return None


def _span(doc: Article, start: int, end: int) -> Span:
    return Span(doc.tokens[start].start, doc.tokens[end - 1].end)


def _distance(a: Sequence[Segment], b: Sequence[Segment]) -> int:
    return min(max(x.start - y.end, y.start - x.end, 0) for x in a for y in b)


def _nearest(
    candidates: Sequence[list[Segment]], anchor: Sequence[Segment], sents: set[int]
) -> list[Segment] | None:
    """The candidate group in one of ``sents`` closest (in tokens) to ``anchor``."""
    best, best_d = None, None
    for group in candidates:
        if group[0].sent not in sents:
            continue
        d = _distance(group, anchor)
        if best_d is None or d < best_d:
            best, best_d = group, d
    return best


def merge_split_cues(cues: Sequence[Segment], units: Sequence[QuoteUnit]) -> list[list[Segment]]:
    """Group cue segments of one sentence that are close and not separated by a quote."""
    quote_tokens = {i for u in units for p in u.parts for i in range(p.start, p.end)}
    groups: list[list[Segment]] = []
    for seg in cues:
        prev = groups[-1][-1] if groups else None
        if (
            prev
            and prev.sent == seg.sent
            and seg.start - prev.end <= MAX_CUE_GAP
            and not any(i in quote_tokens for i in range(prev.end, seg.start))
        ):
            groups[-1].append(seg)
        else:
            groups.append([seg])
    return groups


def fill_from_rules(statements: list[Statement], rules: Sequence[Statement]) -> list[Statement]:
    """Give statements without speaker, addressee or cue (and frame) those of the rule statement that
    overlaps their quote most."""
    for st in statements:
        if st.speaker is not None and st.addressee is not None and st.cue is not None:
            continue
        best, best_overlap = None, 0
        for rule in rules:
            overlap = min(st.quote.end, rule.quote.end) - max(st.quote.start, rule.quote.start)
            if overlap > best_overlap:
                best, best_overlap = rule, overlap
        if best is not None:
            st.speaker = st.speaker or best.speaker
            st.addressee = st.addressee or best.addressee
            if st.cue is None and best.cue is not None:
                st.cue, st.frame = best.cue, best.frame
    return statements
