"""Rule-based English quotation extraction (``quotes.en``) over the spaCy parse from ``nlp.en``.

Three passes: (1) cue verbs with a content clause, infinitive complement or nominal report
(*said that …*, *urged X to …*, *called X Y*), (2) *according to X*, (3) quotation marks not yet
covered, attributed to an adjacent frame (*"…," he said* / *X said: "…"*), to a governing cue verb,
or, without a frame, to the speaker of the statement just before (continuation).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from parley.model import Article, Span, Statement
from parley.quotes.en.clauses import SUBJECTS, ClauseFinder
from parley.quotes.en.marks import find_quotes
from parley.quotes.spans import QuoteSpan
from parley.quotes.en.parse import Parse, trim
from parley.context import PipelineContext
from parley.registry import component
from parley.yamlfile import load_yaml

NP_LEFT_DEPS = {"det", "amod", "compound", "poss", "nmod", "nummod", "case", "quantmod", "advmod"}
CONTINUATION_PARAGRAPHS = 1


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    text = resources.files("parley.quotes.en").joinpath("data/cues_en.yaml").read_text(encoding="utf-8")
    data = load_yaml(text)
    data["speech"] = set(data["speech"])
    return data


def nested(outer: Statement, kind: str, quote: Span, cue: Span | None) -> bool:
    """A report inside another report's content (``X said Y told Z that …``), or around it.

    Both are kept; ``quotes.channels`` keeps the innermost utterer and turns the outer one into ``via``.
    """
    if cue is None or outer.cue is None:
        return False
    inner_of_outer = outer.kind == "indirect" and outer.quote.contains(quote) and outer.quote.contains(cue)
    outer_of_new = kind == "indirect" and quote.contains(outer.quote) and quote.contains(outer.cue)
    return inner_of_outer or outer_of_new


class EnglishQuotes:
    """Component ``quotes.en``: direct and indirect statements with cue, speaker and addressee."""

    name = "quotes.en"

    def __call__(self, doc: Article) -> Article:
        if not doc.tokens:
            return doc
        found = Extraction(doc).run()
        doc.statements = [*doc.statements, *found]
        return doc


@dataclass
class Extraction(ClauseFinder):
    doc: Article
    statements: list[Statement] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.p = Parse(self.doc)
        self.quotes = find_quotes(self.doc.text)
        self.lex = lexicon()

    # ------------------------------------------------------------------ helpers
    def in_quote(self, i: int) -> QuoteSpan | None:
        t = self.tok(i)
        return next((q for q in self.quotes if q.start <= t.start and t.end <= q.end), None)

    def is_cue(self, i: int) -> bool:
        t = self.tok(i)
        if t.pos not in ("VERB", "AUX") or t.lemma.lower() not in self.lex["speech"]:
            return False
        particle = self.lex["particles"].get(t.lemma.lower())
        return particle is None or any(self.tok(c).lemma.lower() == particle for c in self.p.kids(i, "prt"))

    def cue_span(self, i: int) -> Span:
        prts = self.p.kids(i, "prt")
        return self.p.span_of([i, *prts]) if prts else self.tok(i).span

    def subject(self, i: int, depth: int = 0) -> int | None:
        """The subject of verb ``i``; participles and conjuncts take their head's subject."""
        quoted = self.quoted_as(i)
        if quoted is not None:
            return quoted
        subs = self.p.kids(i, *SUBJECTS)
        if subs:
            s = next((k for k in subs if self.tok(k).ent.endswith("-PER")), subs[0])
            if self.tok(s).tag in ("WP", "WDT") and self.tok(i).dep == "relcl":
                return self.tok(i).head
            return s
        for adv in self.p.kids(i, "advcl"):
            if adv < i and self.is_apposed_participle(adv):  # "Trump, asked whether …, said"
                return self.p.kids(adv, *SUBJECTS)[0]
        t = self.tok(i)
        if (
            t.dep == "conj"
            and self.is_cue(i)
            and self.tok(t.head).dep == "ccomp"
            and self.is_cue(self.tok(t.head).head)
        ):  # "X said A but insisted that B": X insisted, not A's subject
            return self.subject(self.tok(t.head).head, depth + 1)
        if depth < 3 and t.head >= 0 and t.dep in ("advcl", "conj", "xcomp", "pcomp", "prep", "dep"):
            if t.dep == "advcl" and t.tag == "VBN":
                return None  # "When asked …": no agent
            cue = self.cue_ancestor(i) if t.tag == "VBG" else None
            return self.subject(cue if cue is not None else t.head, depth + 1)
        return None

    def is_apposed_participle(self, i: int) -> bool:
        """``X, asked about …, said``: a participle between commas whose "subject" is the main one."""
        t = self.tok(i)
        subs = self.p.kids(i, *SUBJECTS)
        return (
            t.dep == "advcl"
            and t.tag in ("VBN", "VBD")
            and i > 0
            and self.tok(i - 1).text == ","
            and bool(subs)
            and subs[0] < i - 1
            and t.head > i
        )

    def cue_ancestor(self, i: int) -> int | None:
        """The main cue verb above participle ``i`` ("X said that …, stressing that …")."""
        h, steps, found = self.tok(i).head, 0, None
        while h >= 0 and steps < 5:
            if self.is_cue(h) and self.p.kids(h, *SUBJECTS):
                found = h
            h, steps = self.tok(h).head, steps + 1
        return found

    def quoted_as(self, i: int) -> int | None:
        """``X was quoted as saying`` → X; ``TASS quoted X as saying`` → X."""
        t = self.tok(i)
        if t.tag != "VBG" or t.head < 0 or self.tok(t.head).text.lower() != "as":
            return None
        verb = self.tok(t.head).head
        if verb < 0 or self.tok(verb).lemma.lower() not in self.lex["quoted_as"]:
            return None
        objs = self.p.kids(verb, "dobj") or self.p.kids(verb, "nsubjpass")
        return objs[0] if objs else None

    def is_frame(self, i: int) -> bool:
        """A participial or coordinated cue that starts its own statement inside another's content."""
        t = self.tok(i)
        return (
            self.is_cue(i)
            and t.tag in ("VBG", "VBD")
            and t.dep in ("advcl", "conj")
            and bool(self.p.kids(i, "ccomp", "xcomp", "dobj") or t.tag == "VBG")
        )

    def np_span(self, i: int) -> Span:
        """Surface span of the noun phrase headed by ``i``: a person name, or head plus modifiers."""
        t = self.tok(i)
        if t.pos == "PRON":
            return t.span
        author = self.author_of(i)
        if author is not None:
            return self.np_span(author)
        if t.ent.endswith("-PER"):
            lo = hi = i
            while lo > 0 and self.tok(lo).ent.startswith("I-") and self.tok(lo - 1).ent.endswith("-PER"):
                lo -= 1
            while hi + 1 < len(self.p.tokens) and self.tok(hi + 1).ent == "I-PER":
                hi += 1
            return self.p.span_of([lo, hi])
        if t.pos == "PROPN" and i > 0 and self.tok(i - 1).ent.endswith("-PER"):
            lo = i - 1  # a name whose last word got another entity label ("von der Leyen")
            while lo > 0 and self.tok(lo).ent.startswith("I-") and self.tok(lo - 1).ent.endswith("-PER"):
                lo -= 1
            return self.p.span_of([lo, i])
        named = [c for c in self.p.kids(i, "appos", "compound") if self.tok(c).ent.endswith("-PER")]
        if named and t.pos != "PROPN":  # "Kyiv's negotiator Rustem Umerov": the name, not the role
            return self.np_span(named[-1])
        ids = [i]
        frontier = [c for c in self.p.children[i] if c < i and self.tok(c).dep in NP_LEFT_DEPS]
        while frontier:
            c = frontier.pop()
            ids.append(c)
            frontier.extend(k for k in self.p.children[c] if k < c)
        ids = [j for j in ids if self.tok(j).pos != "PUNCT"]
        lo = min(ids)
        return self.p.span_of([j for j in range(lo, i + 1)])

    def author_of(self, i: int) -> int | None:
        """``a report in the Financial Times`` / ``a statement from the Kremlin``: the named author."""
        if self.tok(i).lemma.lower() not in self.lex["document_nouns"]:
            return None
        for prep in self.p.kids(i, "prep"):
            if self.tok(prep).text.lower() in ("by", "in", "from", "of"):  # not "a post on X"
                named = [o for o in self.p.kids(prep, "pobj") if self.tok(o).pos == "PROPN"]
                if named:
                    return named[0]
        return None

    def addressee(self, i: int) -> Span | None:
        """``told reporters`` → reporters; ``said to journalists`` → journalists."""
        lemma = self.tok(i).lemma.lower()
        if lemma in self.lex["addressee_object"]:
            objs = self.p.kids(i, "dobj", "dative")
            return self.np_span(objs[0]) if objs else None
        for prep in self.p.kids(i, "prep", "dative"):
            if self.tok(prep).text.lower() == "to" and lemma in self.lex["addressee_to"]:
                objs = self.p.kids(prep, "pobj")
                return self.np_span(objs[0]) if objs else None
        return None

    def covering_quote(self, span: Span) -> QuoteSpan | None:
        """A quote that covers (nearly) all of ``span``: then the content is direct speech."""
        for q in self.quotes:
            if q.start <= span.start and span.end <= q.end:
                return q
            overlap = min(q.end, span.end) - max(q.start, span.start)
            if overlap > 0 and overlap >= 0.9 * len(span) and span.start <= q.start + 2:
                return q
        return None

    def add(self, kind: str, quote: Span, cue: Span | None, speaker: Span | None, **extra: Any) -> None:
        for st in self.statements:
            if st.quote.overlaps(quote) and not nested(st, kind, quote, cue):
                return
        parts = extra.pop("parts", [])
        frame_ids = [s for s in (cue, speaker) if s is not None]
        frame = Span(min(s.start for s in frame_ids), max(s.end for s in frame_ids)) if frame_ids else None
        self.statements.append(
            Statement(
                kind=kind,
                quote=quote,
                quote_parts=parts if len(parts) > 1 else [],
                cue=cue,
                speaker=speaker,
                frame=frame,
                source="quotes.en",
                **extra,
            )
        )

    def add_direct(self, q: QuoteSpan, cue: Span | None, speaker: Span | None, **extra: Any) -> None:
        span = trim(self.text, q.span)
        if span is not None:
            self.add("direct", span, cue, speaker, parts=q.parts, **extra)

    # ------------------------------------------------------------------ pass 1: cue verbs
    def verb_frames(self) -> None:
        for i in range(len(self.p.tokens)):
            if not self.is_cue(i) or self.in_quote(i) is not None or self.question(i):
                continue
            subj = self.subject(i)
            if subj is None or self.tok(subj).lemma.lower() == "there" or self.is_trailing_relay(i):
                continue
            if self.joint_subject(subj):
                continue  # "Russia and Ukraine said …": no single speaker (an outer reporter keeps it)
            if self.p.kids(i, "neg") or self.is_apposed_participle(i):
                continue
            speaker, addressee = self.roles(i, subj)
            heads = self.contents(i)
            if heads:
                self.emit(i, speaker, addressee, heads)
            elif self.tok(i).dep == "parataxis" and self.tok(i).head > i - 1 >= 0:
                self.parenthetical(i, speaker)
            elif self.quoted_as(i) is not None:
                self.emit_clause(i, speaker, addressee, self.clause_before(i))
            elif not self.backref(i, subj, speaker):
                self.demanded(i, speaker)
            self.nominal(i, speaker)

    def backref(self, i: int, subj: int, speaker: Span | None) -> bool:
        """``This was stated by X.`` / ``This was announced by X on Monday.``: a passive cue whose subject
        points back and whose agent is named reports the sentence before it."""
        t = self.tok(i)
        if speaker is None or t.tag != "VBN" or self.tok(subj).dep != "nsubjpass":
            return False
        if self.tok(subj).text.lower() not in ("this", "that") or t.sent == 0:
            return False
        if t.lemma.lower() not in self.lex["backref_verbs"]:
            return False
        prev = self.doc.sentences[t.sent - 1]
        start = prev.start
        if "\n" in self.text[prev.end : self.tok(subj).start]:  # a paragraph of its own: the whole paragraph before
            start = min(prev.start, self.text.rfind("\n", 0, prev.start) + 1)
        span = trim(self.text, Span(start, prev.end))
        if span is None:
            return False
        if len(self.doc.tokens_in(span)) < 5:
            return False
        self.emit_clause(i, speaker, None, span)
        return True

    def demanded(self, i: int, speaker: Span | None) -> None:
        """``demanded new elections`` / ``called for an immediate ceasefire``: the demanded thing."""
        lemma = self.tok(i).lemma.lower()
        how = self.lex["demand_object"].get(lemma)
        if how is None:
            return
        t = self.tok(i)
        if t.dep == "relcl" or any(st.quote.start <= t.start < st.quote.end for st in self.statements):
            return  # "Russia, which rejected the plan, …" inside another report: not a report of its own
        if how == "dobj":
            objs = self.p.kids(i, "dobj")
        else:
            objs = [
                o
                for p in self.p.kids(i, "prep")
                if self.tok(p).text.lower() == how
                for o in self.p.kids(p, "pobj")
            ]
        if objs and self.in_quote(objs[0]) is None:
            span = trim(self.text, self.p.span_of(self.content_ids(objs[0])))
            if span is not None and len(self.doc.tokens_in(span)) >= self.lex["demand_min_tokens"]:
                ids = [i, *(p for p in self.p.kids(i, "prep") if self.tok(p).text.lower() == how)]
                self.add("indirect", span, self.p.span_of(ids), speaker)

    def question(self, i: int) -> bool:
        """``X was asked by Y whether …``: Y's question, X the addressee. Agentless ``(When) asked whether
        …, X said`` is skipped altogether (the asker is an unnamed journalist; the answer is X's)."""
        t = self.tok(i)
        if t.lemma.lower() != "ask" or self.p.kids(i, "nsubj"):
            return False
        if t.tag != "VBN":  # "Asked whether …, X said" with the participle tagged as past tense
            return t.tag == "VBD" and t.dep == "advcl" and i == min(self.p.subtree(i))
        agents = [p for p in self.p.kids(i, "agent") for p in self.p.kids(p, "pobj")]
        heads = [
            c
            for c in self.p.kids(i, "ccomp")
            if c > i and any(self.tok(m).text.lower() in ("whether", "if") for m in self.p.kids(c, "mark"))
        ]
        if agents and heads:
            asked = self.p.kids(i, "nsubjpass")
            self.emit_clause(
                i,
                self.np_span(agents[0]),
                self.np_span(asked[0]) if asked else None,
                self.content_span(heads),
            )
        return True

    def joint_subject(self, s: int) -> bool:
        """Coordinated subjects (``Putin and Trump``) and joint nouns (``both sides``, ``the two envoys``)."""
        if self.p.kids(s, "conj") and self.tok(s).pos != "PRON":
            return True
        lex = self.lex["joint"]
        return self.tok(s).lemma.lower() in lex["heads"] and any(
            self.tok(k).text.lower() in lex["determiners"] for k in self.p.kids(s, "det", "nummod", "predet")
        )

    def roles(self, i: int, subj: int) -> tuple[Span | None, Span | None]:
        """Speaker and addressee of cue ``i``; passives take the agent (``by X``) or no speaker."""
        if self.tok(subj).dep != "nsubjpass" or self.quoted_as(i) is not None:
            return self.np_span(subj), self.addressee(i)
        agents = [p for p in self.p.kids(i, "agent") for p in self.p.kids(p, "pobj")]
        speaker = self.np_span(agents[0]) if agents else None
        told = self.tok(i).lemma.lower() in self.lex["addressee_object"]
        addressee = self.np_span(subj) if told else None  # "Reporters were told that …"
        return speaker, addressee

    def parenthetical(self, i: int, speaker: Span | None) -> None:
        """``The talks, Peskov said, would resume …``: the host clause around the frame is the content."""
        host = self.tok(i).head
        if self.in_quote(host) is not None:
            return
        # the clause's own fronted adverbial ("If the talks fail, Peskov said, …") is content, not frame
        fronted = {j for c in self.p.kids(i, "advcl") if c < i for j in self.p.subtree(c)}
        frame = set(self.p.subtree(i)) - fronted
        ids = [j for j in self.p.subtree(host) if j not in frame and not self.is_frame(j)]
        before = trim(self.text, self.p.span_of([j for j in ids if j < min(frame)] or [host]))
        after = trim(self.text, self.p.span_of([j for j in ids if j > max(frame)] or [host]))
        if before is None or after is None or before.end > after.start:
            return
        self.add("indirect", Span(before.start, after.end), self.cue_span(i), speaker, parts=[before, after])

    def emit(self, i: int, speaker: Span | None, addressee: Span | None, heads: list[int]) -> None:
        """One statement per cue: ``said A and that B`` is one statement spanning both clauses (the
        guidelines' unit is the speech act), while ``said A but insisted that B`` has two cues."""
        span = self.content_span(heads)
        subj = self.infinitive_subject(i, heads)
        if span is not None and subj is not None:
            span = Span(self.tok(min(self.p.subtree(subj))).start, span.end)
        self.emit_clause(i, speaker, addressee, span)

    def emit_clause(self, i: int, speaker: Span | None, addressee: Span | None, span: Span | None) -> None:
        if span is None:
            return
        cue = self.cue_span(i)
        q = self.covering_quote(span)
        if q is not None:
            self.add_direct(q, cue, speaker, addressee=addressee)
        elif len(self.doc.tokens_in(span)) >= 3:
            self.add("indirect", span, cue, speaker, addressee=addressee)

    def nominal(self, i: int, speaker: Span | None) -> None:
        lemma = self.tok(i).lemma.lower()
        how = self.lex["nominal"].get(lemma)
        if how is None:
            return
        objs = self.p.kids(i, "dobj")
        if not objs:
            return
        preds: list[int] = []
        if how == "oprd":
            # "calling it "a provocation"" is often parsed with two objects: the second is the predicate
            preds = self.p.kids(i, "oprd") + self.p.kids(objs[0], "oprd") + objs[1:]
        else:
            for prep in self.p.kids(i, "prep") + self.p.kids(objs[0], "prep"):
                if self.tok(prep).text.lower() == how:  # "described X as Y", "accused X of Y"
                    preds += self.p.kids(prep, "pobj", "amod", "acomp", "pcomp")
        for pred in preds:
            region = self.p.span_of(self.content_ids(pred))
            inner = [q for q in self.quotes if region.start <= q.start and q.end <= region.end + 1]
            cue = self.cue_span(i)
            if len(inner) > 1 or (inner and self.whole_quoted_sentence(inner[0], region)):
                for q in inner:  # several quoted labels, or calling X "<a whole quoted sentence>"
                    self.add_direct(q, cue, speaker)
            elif inner or lemma in self.lex["nominal_unquoted"]:
                # "called the talks a 'useful' exchange": the object and predicate, quoted words and all
                start = min(self.tok(min(self.p.subtree(objs[0]))).start, region.start)
                end = max([region.end, *(q.end + 1 for q in inner)])
                span = trim(self.text, Span(start, min(end, len(self.text))))
                if span is not None:
                    self.add("indirect", span, cue, speaker)

    def whole_quoted_sentence(self, q: QuoteSpan, region: Span) -> bool:
        """The quote is the whole predicate and long enough to be verbatim speech, not a label."""
        words = len(self.doc.tokens_in(q.span))
        return q.start <= region.start + 1 and words >= self.lex["nominal_verbatim_words"]

    # ------------------------------------------------------------------ pass 2: according to
    def according_phrases(self) -> list[tuple[int, int, Span]]:
        """``(according token, source head, phrase span)`` for every *according to X* outside quotes."""
        out = []
        for i, t in enumerate(self.p.tokens[:-1]):
            if t.text.lower() != "according" or self.tok(i + 1).text.lower() != "to":
                continue
            pobjs = self.p.kids(i + 1, "pobj") or self.p.kids(i, "pobj")
            if pobjs and self.in_quote(i) is None:
                out.append((i, pobjs[0], self.p.span_of([i, *self.p.subtree(pobjs[0])])))
        return out

    def according_quoted(self) -> None:
        """``according to X, "…"``: the quote right after the phrase is X's."""
        for i, src, phrase in self.according_phrases():
            after = [q for q in self.quotes if phrase.end <= q.start <= phrase.end + 4]
            after += [
                q
                for q in self.quotes
                if phrase.start - 4 <= q.end <= phrase.start
                and not self.text[q.end : phrase.start].strip('”"’ ,')
            ]
            if after:
                cue = Span(self.tok(i).start, self.tok(i + 1).end)
                self.add_direct(after[0], cue, self.np_span(src))

    def according_to(self) -> None:
        """``according to X, <clause>``: the clause is X's unless it has a cue of its own (relay)."""
        for i, src, phrase in self.according_phrases():
            sent = self.doc.sentences[self.tok(i).sent]
            if any(st.cue is not None and sent.start <= st.cue.start < sent.end for st in self.statements):
                continue  # a relay for another utterer: quotes.channels sets ``via``
            before = trim(self.text, Span(sent.start, phrase.start))
            behind = trim(self.text, Span(phrase.end, sent.end))
            content = max((s for s in (before, behind) if s is not None), key=len, default=None)
            if content is None or len(content) <= 15:
                continue
            ids = [j for j, t in enumerate(self.p.tokens) if content.contains(t.span)]
            if any(self.is_cue(j) and self.in_quote(j) is None and self.p.kids(j, "ccomp") for j in ids):
                continue
            cue = Span(self.tok(i).start, self.tok(i + 1).end)
            self.add("indirect", content, cue, self.np_span(src))

    # ------------------------------------------------------------------ pass 3: quotation marks
    def marked_quotes(self) -> None:
        for q in self.quotes:
            span = trim(self.text, q.span)
            if span is None or any(st.quote.overlaps(span) for st in self.statements):
                continue
            ids = [i for i, t in enumerate(self.p.tokens) if q.start <= t.start and t.end <= q.end]
            if not ids:
                continue
            frame = self.governing_cue(ids) or self.trailing_frame(q) or self.leading_frame(q)
            if frame is not None:
                cue_i, subj = frame
                speaker, addressee = self.roles(cue_i, subj)
                self.add_direct(q, self.cue_span(cue_i), speaker, addressee=addressee)
            elif len(ids) >= 4:
                self.continuation(q)

    def governing_cue(self, ids: list[int]) -> tuple[int, int] | None:
        inside = set(ids)
        for i in ids:
            h, steps = self.tok(i).head, 0
            while h >= 0 and h not in inside and steps < 3:
                if self.is_cue(h):
                    subj = self.subject(h)
                    return (h, subj) if subj is not None else None
                h, steps = self.tok(h).head, steps + 1
        return None

    def trailing_frame(self, q: QuoteSpan) -> tuple[int, int] | None:
        """``"…," he said`` / ``"…," said X`` / ``"…," X told reporters``."""
        k = self.p.token_at(q.end)
        n = len(self.p.tokens)
        while k is not None and k < n and self.tok(k).pos == "PUNCT" and self.tok(k).start < q.end + 4:
            k += 1
        if (
            k is None
            or k >= n
            or self.tok(k).start > q.end + 4
            or "\n" in self.text[q.end : self.tok(k).start]
        ):
            return None  # a frame never opens the next paragraph
        for j in range(k, min(k + 8, n)):
            t = self.tok(j)
            if t.pos == "PUNCT" or t.start - self.tok(k).start > 80:
                return None
            if self.is_cue(j):
                subj = self.subject(j)
                if subj is None and j > k:  # mis-parsed "…," Trump posted: the noun before the verb
                    subj = max(
                        (n for n in range(k, j) if self.tok(n).pos in ("PROPN", "NOUN", "PRON")), default=None
                    )
                return (j, subj) if subj is not None and subj >= k else None
        return None

    def leading_frame(self, q: QuoteSpan) -> tuple[int, int] | None:
        """``X said: "…"`` / ``X replied, "…"``: the last cue before the mark in its sentence."""
        before = self.text[: q.start - 1].rstrip()
        if not before or before[-1] not in ":,":
            return None
        k = self.p.token_at(q.start - 1)
        if k is None:
            return None
        sent = self.tok(k).sent
        for j in range(k - 1, -1, -1):
            if self.tok(j).sent != sent and self.tok(j).sent != sent - 1:
                break
            if self.in_quote(j) is not None:
                break
            if self.is_cue(j):
                subj = self.subject(j)
                return (j, subj) if subj is not None else None
        return None

    def continuation(self, q: QuoteSpan) -> None:
        """A quote with no frame continues the statement just before it (same or previous paragraph)."""
        prev = max(
            (st for st in self.statements if st.quote.end <= q.start), key=lambda s: s.quote.end, default=None
        )
        if prev is None or prev.speaker is None:
            return
        last = max(prev.quote.end, prev.frame.end if prev.frame else 0)
        gap = self.text[last : q.start]
        if gap.count("\n") > 2 * CONTINUATION_PARAGRAPHS or self.has_other_sentence(last, q.start - 1):
            return
        self.add_direct(q, None, prev.speaker, addressee=prev.addressee)

    def has_other_sentence(self, start: int, end: int) -> bool:
        """True when a sentence lies fully between ``start`` and ``end`` (narrative in between)."""
        return any(
            start <= s.start and s.end <= end and len(self.text[s.start : s.end].strip()) > 15
            for s in self.doc.sentences
        )

    def run(self) -> list[Statement]:
        self.according_quoted()
        self.verb_frames()
        self.according_to()
        self.marked_quotes()
        return sorted(self.statements, key=lambda s: s.quote.start)


@component(
    "quotes.en",
    requires=("sentences", "tokens"),
    assigns=("statements", "statements.cue", "statements.speaker", "statements.addressee"),
)
def make_english_quotes(ctx: PipelineContext) -> EnglishQuotes:
    return EnglishQuotes()
