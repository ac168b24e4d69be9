"""Rule-based German quotation component (``quotes.de``).

Finds direct quotes (marks and dash-introduced speech) with the frame before, after or around
them; indirect speech after cue verbs (dass-clauses, Konjunktiv-I clauses, zu-infinitives), trailing
frames ("…, sagte X"), "laut X" / "X zufolge" / "nach Angaben von X" / "…, so X", nominal reports
("bezeichnete X als Y"), agentless frames ("hieß es", "wird befürchtet") and Konjunktiv-I
continuation sentences that carry the previous speaker. Speakers are surface spans (names
preferred over role nouns); canonical actors are linked later by ``actors.link``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from parley.context import PipelineContext
from parley.model import Article, Span, Statement
from parley.quotes.de.content import narrator_clause
from parley.quotes.de.cues import CueLexicon, anchor_verbs, german_lexicon
from parley.quotes.spans import QuoteSpan
from parley.quotes.de.frames import Frame, analyse_sentence, colon_frame, speaker_span
from parley.quotes.de.speakers import find_speaker
from parley.quotes.de.marks import find_quotes
from parley.quotes.merge import POLICIES, merge
from parley.quotes.learned.tagger import LearnedQuotes, use_rules
from parley.quotes.de.phrases import SENTENCE_END, SUBORDINATORS, KnownNames, SentTokens, known_names, noun_phrase
from parley.registry import component

DASH_SPEECH = re.compile(r"(?m)^[ \t]*[-–—][ \t]+(?P<q>[^\n]+?)[,]?[ \t]+[-–—],?[ \t]+(?=\w)")
DASHES = {"-", "–", "—"}
CONTINUATION_WINDOW = 3  # sentences a Konjunktiv-I continuation may lie after its statement
DEFAULT_MERGE = "fill_speech"  # best measured merge with the learned tagger (parley.quotes.merge)


@dataclass
class _Sent:
    index: int
    st: SentTokens
    frames: list[Frame] = field(default_factory=list)


class _Intervals:
    """Closed intervals answering "does one of them hold [start, end]?" in log time."""

    def __init__(self, pairs: list[tuple[int, int]]) -> None:
        pairs = sorted(pairs)
        self.starts = [a for a, _ in pairs]
        self.reach: list[int] = []
        for _, b in pairs:
            self.reach.append(max(b, self.reach[-1]) if self.reach else b)

    def holds(self, start: int, end: int) -> bool:
        k = bisect_right(self.starts, start)
        return k > 0 and self.reach[k - 1] >= end


def _span(st: SentTokens, rng: tuple[int, int] | None) -> Span | None:
    if rng is None or rng[1] <= rng[0]:
        return None
    return Span(st.tokens[rng[0]].start, st.tokens[rng[1] - 1].end)


class GermanQuotes:
    """The ``quotes.de`` component (rules; see module docstring)."""

    name = "quotes.de"

    def __init__(
        self,
        lexicon: CueLexicon | None = None,
        merge: str = DEFAULT_MERGE,
        model_dir: str | None = None,
        known: KnownNames | None = None,
    ) -> None:
        self.lex = lexicon or german_lexicon()
        self.known = known or KnownNames()  # the active dossier's names (a gazetteer cue)
        if merge not in POLICIES:
            raise ValueError(f"unknown merge policy {merge!r}; choose one of {', '.join(POLICIES)}")
        self.merge = merge
        self._tagger = _learned_tagger(model_dir) if merge != "rules" else None

    def model_info(self) -> dict[str, Any]:
        learned = self._tagger.model_info() if self._tagger is not None else None
        return {"merge": self.merge, "learned": learned}

    def __call__(self, doc: Article) -> Article:
        if not doc.tokens:
            from parley.nlp.german import annotate

            annotate(doc)
        quotes = find_quotes(doc.text) + _dash_quotes(doc.text)
        sents = self._sentences(doc, quotes)
        statements: list[Statement] = []
        consumed: set[tuple[int, int]] = set()
        statements += self._direct(doc, quotes, sents, consumed)
        statements += self._indirect(doc, sents, consumed, statements)
        statements = _resolve_nesting(doc, statements)
        anchors = _speaker_anchors(sents, statements)
        statements += self._continuations(doc, sents, statements, anchors)
        _carry_speakers(doc, statements, anchors)
        _relayed_reports(doc, sents, statements)
        statements = _dedupe(statements)
        if self._tagger is not None:
            learned = self._tagger.predict(doc, rules=statements)
            for st in learned:
                st.source = "learned"
            statements = merge(statements, learned, self.merge)
        doc.statements = [s for s in doc.statements if s.source not in {"rules", "learned"}] + statements
        doc.statements.sort(key=lambda s: s.quote.start)
        return doc

    # --- setup ---------------------------------------------------------------------------------

    def _sentences(self, doc: Article, quotes: list[QuoteSpan]) -> list[_Sent]:
        by_sent: dict[int, list[int]] = {}
        for i, tok in enumerate(doc.tokens):
            by_sent.setdefault(tok.sent, []).append(i)
        inside = _Intervals([(q.start - 1, q.end + 1) for q in quotes])
        sents = []
        for index in range(len(doc.sentences)):
            ids = by_sent.get(index, [])
            toks = [doc.tokens[i] for i in ids]
            quoted = [inside.holds(t.start, t.end) for t in toks]
            st = SentTokens(toks, quoted, ids[0] if ids else 0, known=self.known)
            sent = _Sent(index, st)
            if toks:
                sent.frames = analyse_sentence(st, self.lex)
            sents.append(sent)
        return sents

    # --- direct quotes -------------------------------------------------------------------------

    def _direct(
        self, doc: Article, quotes: list[QuoteSpan], sents: list[_Sent], consumed: set[tuple[int, int]]
    ) -> list[Statement]:
        out: list[Statement] = []
        for q in quotes:
            if not doc.sentences:
                break
            first = sents[doc.sentence_of(max(q.start - 1, 0))]
            last = sents[doc.sentence_of(max(q.end - 1, q.start))]
            pre = [i for i, t in enumerate(first.st.tokens) if t.end <= q.start - 1]
            post = [i for i, t in enumerate(last.st.tokens) if t.start >= q.end + (1 if q.closed else 0)]
            frame, sent = self._frame_before(first, pre), first
            if frame is None and _embedded(first.st, pre):
                continue  # "in der Zeitung „Neues Deutschland“, …": a title or scare quote
            if frame is None:
                frame, sent = self._frame_after(last, post), last
            if frame is None and not self._free_standing(first, last, pre, post, q):
                continue
            if frame is None and pre and out and _only_frame_between(doc, out[-1], q):
                st_ = Statement(
                    "direct", _trim(doc.text, q.start, q.end), speaker=out[-1].speaker, medium=out[-1].medium
                )
                st_.quote_parts = [p for p in q.parts] if len(q.parts) > 1 else []
                out.append(st_)
                continue
            statement = Statement("direct", _trim(doc.text, q.start, q.end))
            if len(q.parts) > 1:
                statement.quote_parts = list(q.parts)
            if frame is not None:
                if frame.content is None:
                    consumed.add((sent.index, frame.index))
                self._fill(statement, sent.st, frame)
            out.append(statement)
        return out

    def _frame_before(self, sent: _Sent, pre: list[int]) -> Frame | None:
        st = sent.st
        words = [i for i in pre if not st.quoted[i]]
        if not words:
            return None
        if st.tokens[words[-1]].text not in {":", ","}:
            return self._unpunctuated_frame(sent, words[-1])
        colon = words[-1]
        candidates = [
            f
            for f in sent.frames
            if f.index < colon
            and f.kind in {"verb", "heisst", "so"}
            and (f.content is None or f.content[1] == colon or f.kind == "so")
        ]
        if candidates:
            return candidates[-1]
        if st.tokens[colon].text == ":" and noun_phrase(st, words[0]) == colon and len(words) <= 5:
            return Frame((colon, colon), kind="label", speaker=(words[0], colon))  # "Lawrow: „…“"
        if st.tokens[colon].text == ":" and colon + 1 < len(st) and self._sentence_like(st, colon + 1):
            return colon_frame(st, colon)
        return None

    def _unpunctuated_frame(self, sent: _Sent, last: int) -> Frame | None:
        """ "sagte Peskow „Wir sind bereit.“" (no colon): the cue of the clause right before a
        sentence-like quote frames it."""
        st = sent.st
        if last + 2 >= len(st) or not self._sentence_like(st, last + 1):
            return None
        a, _b = st.clause(last)
        frames = [f for f in sent.frames if a <= f.index <= last and f.kind == "verb" and f.content is None]
        return frames[-1] if frames else None

    @staticmethod
    def _sentence_like(st: SentTokens, first: int) -> bool:
        """A quote opening with a capital and holding a finite verb (not a title or fragment)."""
        words = [i for i in range(first, len(st)) if st.quoted[i] and st.tokens[i].text[0].isalnum()]
        return (
            bool(words)
            and st.tokens[words[0]].text[0].isupper()
            and any(st.tag(i).endswith("FIN") for i in words)
        )

    def _frame_after(self, sent: _Sent, post: list[int]) -> Frame | None:
        st = sent.st
        dashes = [i for i in post if st.tokens[i].text in DASHES]
        if dashes and dashes[0] == post[0]:
            post = post[1:]  # "- … - sagte er": the second dash closes the quote
        elif not post or st.tokens[post[0]].text != ",":
            return None
        if post and st.tokens[post[0]].text == ",":
            post = post[1:]
        if not post:
            return None
        start = post[0]
        _a, end = st.clause(start) if start < len(st) else (start, start)
        for frame in sent.frames:
            if start <= frame.index < max(end, start + 1) and frame.content is None:
                return frame
        return None

    def _free_standing(
        self, first: _Sent, last: _Sent, pre: list[int], post: list[int], q: QuoteSpan
    ) -> bool:
        """A quote that is a sentence of its own (continuing the previous speaker)."""
        if any(not first.st.quoted[i] and first.st.tokens[i].text not in DASHES for i in pre):
            return False
        rest = [last.st.tokens[i].text for i in post]
        if rest and not all(w in SENTENCE_END or w in {")", "("} for w in rest):
            return False
        return q.end - q.start >= 15

    # --- indirect speech -----------------------------------------------------------------------

    def _indirect(
        self, doc: Article, sents: list[_Sent], consumed: set[tuple[int, int]], direct: list[Statement]
    ) -> list[Statement]:
        out: list[Statement] = []
        for sent in sents:
            for frame in sent.frames:
                if (sent.index, frame.index) in consumed:
                    continue
                if frame.backref:
                    self._backref(doc, sents, sent, frame, direct, out)
                    continue
                if frame.content is None:
                    continue
                quote = _span(sent.st, frame.content)
                if quote is None or any(d.quote.contains(quote) for d in direct):
                    continue
                kind = "reported" if frame.nominal else "indirect"
                statement = Statement(kind, quote)
                self._fill(statement, sent.st, frame)
                out.append(statement)
        return out

    def _backref(
        self,
        doc: Article,
        sents: list[_Sent],
        sent: _Sent,
        frame: Frame,
        direct: list[Statement],
        out: list[Statement],
    ) -> None:
        """ "Das sagte X." / "Dies teilte X mit.": the previous sentence is the statement."""
        if sent.index == 0:
            return
        prev = sents[sent.index - 1].st
        if not prev.tokens:
            return
        for d in direct:
            if (
                d.cue is None
                and d.quote.start >= prev.tokens[0].start - 1
                and d.quote.end <= prev.tokens[-1].end
            ):
                self._fill(d, sent.st, frame)
                return
        if prev.content_end() == 0:
            return
        statement = Statement("indirect", _span(prev, (0, prev.content_end())) or Span(0, 0))
        self._fill(statement, sent.st, frame)
        out.append(statement)

    # --- Konjunktiv-I continuation ---------------------------------------------------------------

    def _continuations(
        self, doc: Article, sents: list[_Sent], found: list[Statement], anchors: list[Statement]
    ) -> list[Statement]:
        out: list[Statement] = []
        covered = sorted(found, key=lambda s: s.quote.start)
        for sent in sents:
            st = sent.st
            if not st.tokens or st.tokens[-1].text not in SENTENCE_END | {"“", "”", '"', "»", "«"}:
                continue
            end = narrator_clause(st, 0, st.content_end())
            span = Span(st.tokens[0].start, st.tokens[end - 1].end) if end else None
            if span is None or any(s.quote.overlaps(span) for s in covered + out):
                continue
            before = [s for s in covered + out + anchors if s.quote.end <= span.start]
            if not before:
                continue
            last = max(before, key=lambda s: s.quote.end)
            distance = sent.index - doc.sentence_of(last.quote.end - 1)
            verb = _main_konjunktiv(st, konjunktiv_2=distance <= 1)
            if verb is None or distance > CONTINUATION_WINDOW:
                continue
            statement = Statement("indirect", span, speaker=last.speaker, medium=last.medium, confidence=0.8)
            prev = sents[sent.index - 1].st if sent.index else st
            other_person = any(
                t.tag == "NE" and not (last.speaker and last.speaker.start <= t.start < last.speaker.end)
                for t in prev.tokens
            )
            pronoun = _subject_pronoun(st, verb, demonstrative=other_person)
            if pronoun is not None:
                statement.speaker = _span(st, pronoun)
            out.append(statement)
        return out

    # --- shared --------------------------------------------------------------------------------

    def _fill(self, statement: Statement, st: SentTokens, frame: Frame) -> None:
        statement.cue = _span(st, frame.cue)
        if frame.kind == "laut" and frame.cue[1] - frame.cue[0] > 1 and st.low(frame.cue[0] + 1) == "den":
            statement.cue = _span(st, (frame.cue[0], frame.cue[0] + 1))
        statement.speaker = None if frame.passive else _span(st, speaker_span(st, frame.speaker))
        statement.addressee = _span(st, frame.addressee)
        statement.via_span = _span(st, speaker_span(st, frame.via)) or statement.via_span
        statement.medium = frame.verb.medium if frame.verb else "speech"
        statement.frame = _span(
            st,
            (
                min(frame.cue[0], (frame.speaker or frame.cue)[0]),
                max(frame.cue[1], (frame.speaker or frame.cue)[1]),
            ),
        )
        statement.source = "rules"


def _speaker_anchors(sents: list[_Sent], found: list[Statement]) -> list[Statement]:
    """ "Ähnlich äußerte sich X." / "Moskau reagierte empört.": a speaker-setting sentence without
    content; the Konjunktiv-I sentences after it continue X (stand-in statements, never output)."""
    anchors = []
    for sent in sents:
        st = sent.st
        if not st.tokens or any(_within(st, s.quote) or _within(st, s.cue) for s in found):
            continue
        anchor = _anchor_verb(st)
        if anchor is None:
            continue
        frame = Frame((anchor, anchor + 1))
        find_speaker(st, frame, st.clause(anchor)[0])
        if frame.speaker is not None:
            speaker = _span(st, speaker_span(st, frame.speaker))
            anchors.append(Statement("indirect", Span(st.tokens[-1].end, st.tokens[-1].end), speaker=speaker))
    return anchors


def _anchor_verb(st: SentTokens) -> int | None:
    """The finite main-clause verb of a speaker-setting sentence (``data/anchors_de.tsv``)."""
    verbs = anchor_verbs()
    for k, tok in enumerate(st.tokens):
        if tok.tag != "VVFIN" or st.quoted[k]:
            continue
        particle = verbs.get(tok.lemma.lower())
        if particle is None:
            continue
        _a, b = st.clause(k)
        if not particle or st.low(b - 1) == particle:
            return k
    return None


def _within(st: SentTokens, span: Span | None) -> bool:
    return span is not None and st.tokens[0].start <= span.start < st.tokens[-1].end


def _embedded(st: SentTokens, pre: list[int]) -> bool:
    words = [i for i in pre if not st.quoted[i] and st.tokens[i].text not in DASHES]
    return bool(words) and st.tokens[words[-1]].text not in {":", ","}


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _only_frame_between(doc: Article, previous: Statement, q: QuoteSpan) -> bool:
    """„A“, sagte X, „B“: the second part continues the first when only its frame lies between."""
    gap = doc.text[previous.quote.end : q.start - 1]
    return (
        previous.cue is not None
        and previous.cue.end <= q.start
        and len(gap) < 80
        and gap.rstrip().endswith(",")
    )


def _carry_speakers(doc: Article, statements: list[Statement], anchors: list[Statement]) -> None:
    """Free-standing quotes without a frame continue the speaker of the statement (or speaker-setting
    sentence) before them."""
    ordered = sorted(statements + anchors, key=lambda s: s.quote.start)
    for i, st in enumerate(ordered):
        if st.cue is not None or st.speaker is not None or i == 0:
            continue
        prev = ordered[i - 1]
        if (
            doc.sentence_of(st.quote.start) - doc.sentence_of(max(prev.quote.end - 1, 0))
            <= CONTINUATION_WINDOW
        ):
            st.speaker, st.medium = prev.speaker, prev.medium


def _relayed_reports(doc: Article, sents: list[_Sent], statements: list[Statement]) -> None:
    """ "Trump sagte, … . Dieser habe ihm versichert, …": a frame in Konjunktiv I continues the previous
    speaker's account, who relays the new speaker (``via_span``)."""
    ordered = sorted(statements, key=lambda s: s.quote.start)
    for i, st in enumerate(ordered):
        if i == 0 or st.cue is None or st.via_span is not None or st.speaker is None:
            continue
        if _is_pronoun(doc.text, st.speaker):
            continue  # "Er habe Macron gebeten, …": the speaker reporting on himself
        sent = sents[doc.sentence_of(st.cue.start)]
        cue = next((k for k, t in enumerate(sent.st.tokens) if t.start == st.cue.start), None)
        verb = _main_konjunktiv(sent.st)
        if cue is None or verb is None or sent.st.clause(verb) != sent.st.clause(cue) or not verb < cue:
            continue
        prev = ordered[i - 1]
        if (
            prev.speaker is not None
            and prev.quote.end <= sent.st.tokens[0].start
            and sent.index - doc.sentence_of(max(prev.quote.end - 1, 0)) <= 1
            and doc.span_text(prev.speaker) != doc.span_text(st.speaker)
        ):
            st.via_span = prev.speaker


def _dash_quotes(text: str) -> list[QuoteSpan]:
    spans = []
    for m in DASH_SPEECH.finditer(text):
        spans.append(QuoteSpan(m.start("q"), m.end("q"), [Span(m.start("q"), m.end("q"))]))
    return spans


def _main_konjunktiv(st: SentTokens, konjunktiv_2: bool = False) -> int | None:
    """Index of a Konjunktiv-I (optionally also II) finite verb in a main clause outside quotes."""
    for i, tok in enumerate(st.tokens):
        if st.quoted[i] or not tok.tag.endswith("FIN"):
            continue
        if tok.has_feature("Mood=Sub") and (konjunktiv_2 or tok.has_feature("Tense=Pres")):
            a, _b = st.clause(i)
            if st.tag(a) not in SUBORDINATORS and st.low(a) not in {
                "wie",
                "dass",
                "ob",
                "wenn",
                "weil",
                "als",
            }:
                return i
    return None


def _subject_pronoun(st: SentTokens, verb: int, demonstrative: bool = False) -> tuple[int, int] | None:
    """ "Er habe …" (and, after a sentence naming another person, "Dieser habe …")."""
    for i in (verb - 1, verb + 1):
        if 0 <= i < len(st) and (
            (st.tag(i) == "PPER" and st.low(i) in {"er", "sie"}) or (demonstrative and st.low(i) == "dieser")
        ):
            return i, i + 1
    return None


def _is_pronoun(text: str, span: Span | None) -> bool:
    return span is not None and text[span.start : span.end].lower() in {"er", "sie"}


def _resolve_nesting(doc: Article, statements: list[Statement]) -> list[Statement]:
    """An outer report whose content holds another cue is a relay: keep the inner, set ``via_span``."""
    drop: set[int] = set()
    for i, outer in enumerate(statements):
        for j, inner in enumerate(statements):
            if i == j or inner.cue is None or outer.cue is None or outer.kind == "direct":
                continue
            if outer.quote.contains(inner.cue) and not inner.quote.contains(outer.quote):
                if inner.kind == "reported" or _is_pronoun(doc.text, inner.speaker):
                    drop.add(j)  # a nominal report or "er habe … abgeraten" inside a report is its content
                    continue
                drop.add(i)
                if inner.speaker is None:
                    inner.speaker = outer.speaker
                elif outer.speaker is not None and _cites(doc.text, outer.cue):
                    if _named(doc, outer.speaker):  # "berichtete X unter Berufung auf Peskow": Peskow via X
                        inner.speaker, inner.via_span = outer.speaker, inner.speaker
                elif outer.speaker is not None and inner.speaker != outer.speaker:
                    inner.via_span = outer.speaker
    return [s for k, s in enumerate(statements) if k not in drop]


def _cites(text: str, cue: Span) -> bool:
    """ "unter Berufung auf Y" names the source the outlet relays."""
    return text[cue.start : cue.end].lower().startswith("unter berufung")


def _named(doc: Article, span: Span) -> bool:
    return any(t.tag == "NE" and span.start <= t.start < span.end for t in doc.tokens)


def _dedupe(statements: list[Statement]) -> list[Statement]:
    """Drop statements whose quote mostly repeats an earlier, better-framed one."""
    ranked = sorted(statements, key=lambda s: (s.cue is None, s.kind != "direct", s.quote.start))
    kept: list[Statement] = []
    for st in ranked:
        if any(_jaccard(st.quote, k.quote) >= 0.5 for k in kept):
            continue
        kept.append(st)
    return kept


def _jaccard(a: Span, b: Span) -> float:
    inter = max(0, min(a.end, b.end) - max(a.start, b.start))
    union = (a.end - a.start) + (b.end - b.start) - inter
    return inter / union if union else 0.0


def _learned_tagger(model_dir: str | None = None) -> Any:
    """The learned tagger of ``parley.quotes.learned.tagger`` (its default model unless ``model_dir``), or
    ``None`` when no model is installed: the component then runs on rules alone."""
    try:
        from parley.quotes.learned.tagger import _load, load_default
    except ImportError:
        return None
    return _load(model_dir) if model_dir else load_default()


QUOTES_REQUIRE = ("sentences", "tokens", "tokens.tag", "tokens.lemma", "tokens.morph")
QUOTES_ASSIGN = ("statements", "statements.cue", "statements.speaker", "statements.addressee")


def context_names(ctx: PipelineContext) -> KnownNames:
    """The names of the context's dossier, in the context's language."""
    return known_names(ctx.dossier, ctx.lang_of(ctx.lang))


@component("quotes.de", requires=QUOTES_REQUIRE, assigns=QUOTES_ASSIGN)
def make_german_quotes(
    ctx: PipelineContext, merge: str = DEFAULT_MERGE, model_dir: str | None = None
) -> GermanQuotes:
    """Rules, combined with the learned tagger by the ``merge`` policy (see ``parley.quotes.merge``)."""
    return GermanQuotes(merge=merge, model_dir=model_dir, known=context_names(ctx))


@lru_cache(maxsize=4)
def _rules_only(known: KnownNames) -> GermanQuotes:
    return GermanQuotes(merge="rules", known=known)


def rule_statements(doc: Article, ctx: PipelineContext) -> list[Statement]:
    """The rule statements of ``doc`` with the names of ``ctx``'s dossier (what a stacked learned
    model sees as features)."""
    return [st for st in _rules_only(context_names(ctx))(doc).statements if st.source == "rules"]


@component("quotes.de.learned", requires=QUOTES_REQUIRE, assigns=QUOTES_ASSIGN)
def make_learned(ctx: PipelineContext, model_dir: str | None = None) -> LearnedQuotes:
    """The learned tagger alone (for evaluation and comparison), stacked on this context's rules."""
    return LearnedQuotes(ctx, model_dir)


use_rules(rule_statements)
