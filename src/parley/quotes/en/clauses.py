"""Content clauses of English cue verbs: which clause a cue reports, and where its span starts and ends.

A mixin for ``parley.quotes.en.rules.Extraction``: it works on the extraction's parse, lexicon and
quotes and asks it whether a token is a cue or a frame.
"""

from __future__ import annotations

from typing import Any

from parley.model import Article, Span, Token
from parley.quotes.spans import QuoteSpan
from parley.quotes.en.parse import Parse, trim

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
FINITE = {"VBD", "VBZ", "VBP", "VBN"}


class ClauseFinder:
    """Content-clause heads and spans for cue verbs (mixed into the English extraction)."""

    doc: Article
    p: Parse
    lex: dict[str, Any]
    quotes: list[QuoteSpan]

    @property
    def text(self) -> str:
        return self.doc.text

    def tok(self, i: int) -> Token:
        return self.p.tokens[i]

    def is_cue(self, i: int) -> bool:
        raise NotImplementedError

    def is_frame(self, i: int) -> bool:
        raise NotImplementedError

    def quoted_as(self, i: int) -> int | None:
        raise NotImplementedError

    def content_ids(self, head: int, cut: frozenset[int] = frozenset()) -> list[int]:
        """The subtree of ``head`` without embedded frames (``…, stressing that …``) and ``cut`` clauses."""
        out, stack = [], [head]
        while stack:
            j = stack.pop()
            out.append(j)
            stack.extend(c for c in self.p.children[j]
                         if not self.is_frame(c) and c not in cut and not self.narrator_aside(c))
        ids = sorted(out)
        # cut at the first gap so that a removed frame does not leave a discontinuous span
        for n in range(1, len(ids)):
            if ids[n] != ids[n - 1] + 1 and any(self.is_frame(k) for k in range(ids[n - 1] + 1, ids[n])):
                return ids[:n]
        return ids

    def narrator_aside(self, c: int) -> bool:
        """``…, as the delegations left the hall`` / ``…, while the shelling went on``: a trailing
        adverbial clause after a comma, opened by *as/while/even as/whereas*, is the reporter's."""
        t = self.tok(c)
        if (
            c > t.head
            and t.text.lower() in self.lex["narrator_participles"]
            and self.tok(min(self.p.subtree(c)) - 1).text == ","
        ):
            return True  # "…, citing X" / "…, following the leak": the reporter's gloss
        if t.dep != "advcl" or c < 2:
            return False
        marks = [self.tok(m).text.lower() for m in self.p.kids(c, "mark")]
        first = min(self.p.subtree(c))
        return (bool(marks) and marks[0] in ("as", "while", "whereas")
                and self.tok(first - 1).text == "," and first > t.head)

    def content_span(self, heads: list[int], cut: frozenset[int] = frozenset()) -> Span | None:
        ids = sorted(j for h in heads for j in self.content_ids(h, cut))
        marks = [
            m
            for h in heads
            for m in self.p.kids(h, "mark")
            if self.tok(m).text.lower() in self.lex["complementizers"]
        ]
        if marks:  # "reported, citing X, that …": what precedes the complementiser is frame
            ids = [j for j in ids if j >= min(marks)]
        ids = [j for j in ids if j not in self.frame_adjuncts(heads)]
        first = self.tok(ids[0]) if ids else None
        if (
            len(ids) > 1
            and first is not None
            and first.text.lower() in self.lex["complementizers"]
            and (first.dep in ("mark", "dobj") or first.pos == "SCONJ")
        ):
            ids = ids[1:]  # only the complementiser: "said that if the talks failed, …" keeps "if"
        while ids and (self.tok(ids[-1]).dep == "cc" or self.tok(ids[-1]).text in (",", ";")):
            ids = ids[:-1]  # "X said A but insisted that B": the coordinator belongs to neither
        if not ids:
            return None
        span = trim(self.text, self.p.span_of(ids))
        return None if span is None else self.close_mark(span)

    def close_mark(self, span: Span) -> Span:
        """Take in the closing mark of a quoted fragment that ends the content (``… "very soon"``)."""
        for q in self.quotes:
            if (
                span.start < q.start < span.end <= q.end <= span.end + 1
                and q.end < len(self.text)  # an unclosed quote ends the text: no mark to take in
                and self.text[q.end] in '”"’»'
            ):
                return Span(span.start, q.end + 1)
        return span

    def frame_adjuncts(self, heads: list[int]) -> set[int]:
        """``said on Monday it was ready`` / ``said in a statement the plan …``: a time or medium phrase
        parsed into the content clause before its subject belongs to the frame."""
        out: set[int] = set()
        words = self.lex["frame_adjunct_words"]
        for h in heads:
            if self.p.kids(h, "mark"):
                continue  # "said that on Monday …": after the complementiser it is content
            subs = self.p.kids(h, *SUBJECTS)
            for k in self.p.kids(h, "prep", "npadvmod", "advmod"):
                sub = self.p.subtree(k)
                if subs and max(sub) < min(subs) and any(self.tok(j).lemma.lower() in words for j in sub):
                    out.update(sub)
        return out

    def is_trailing_relay(self, j: int) -> bool:
        """``Peskov said A, the agency reported`` parsed with *reported* as the content of *said*."""
        t = self.tok(j)
        if t.lemma.lower() not in self.lex["relay_verbs"] or t.dep != "ccomp" or not self.is_cue(t.head):
            return False
        inner = [c for c in self.p.kids(j, "ccomp") if t.head < c < j]
        subs = self.p.kids(j, *SUBJECTS)
        return bool(inner) and bool(subs) and subs[0] > inner[0]

    def clause_before(self, i: int) -> Span | None:
        """``A, the agency quoted X as saying``: a *quoted … as saying* frame closing the sentence after a
        comma, with nothing verbal after it, reports the clause before the comma."""
        sent = self.doc.sentences[self.tok(i).sent]
        start = min(self.tok(self.tok(i).head).head, i)
        ids = [j for j in range(len(self.p.tokens)) if self.tok(j).sent == self.tok(i).sent]
        commas = [j for j in ids if j < start and self.tok(j).text == ","]
        if not commas or start - commas[-1] > 8:
            return None
        after = [j for j in ids if j > i and self.tok(j).pos in ("VERB", "AUX")]
        before = [j for j in ids if j < commas[-1]]
        finite = any(self.tok(j).tag in ("VBD", "VBZ", "VBP", "MD") for j in before)
        if after or len(before) < 3 or not finite or any(self.is_cue(j) for j in before):
            return None
        return trim(self.text, Span(sent.start, self.tok(commas[-1]).start))

    def contents(self, i: int) -> list[int]:
        """Heads of the content clauses of cue ``i`` (ccomp, infinitive complement)."""
        heads = [c for c in self.p.kids(i, "ccomp") if (c > i) == (self.p.kids(i, "ccomp")[0] > i)]
        heads = [
            k
            for h in heads
            for k in ([c for c in self.p.kids(h, "ccomp") if c < h] if self.is_trailing_relay(h) else [h])
        ]
        if not heads and self.quoted_as(i) is not None:  # "A, X was quoted as saying" with A on "quoted"
            heads = self.p.kids(self.tok(self.tok(i).head).head, "ccomp")
        lemma = self.tok(i).lemma.lower()
        if not heads:
            heads = self.noun_attached_clause(i) or self.object_clause(i) or self.marked_advcl(i)
        if not heads and lemma in self.lex["infinitive"] and not self.phone_call(i):
            heads = [
                c
                for c in self.p.kids(i, "xcomp", "advcl")
                if c > i and any(self.tok(k).text.lower() == "to" for k in self.p.kids(c, "aux"))
            ]
        return heads

    def phone_call(self, i: int) -> bool:
        """``would call Zelensky to brief him``: *call* without *on*/*for* is a telephone call, not an appeal."""
        preps = {self.tok(p).text.lower() for p in self.p.kids(i, "prep", "prt")}
        return self.tok(i).lemma.lower() == "call" and not preps & {"on", "upon", "for"}

    def infinitive_subject(self, i: int, heads: list[int]) -> int | None:
        """``called for Russia to withdraw`` / ``urged Moscow to accept``: the subject of the demanded act
        is part of the content when it is the object of *for* or a named object; a common-noun addressee
        (``urged allies to …``) stays outside."""
        if len(heads) != 1 or self.tok(heads[0]).dep not in ("xcomp", "advcl", "ccomp"):
            return None
        h = heads[0]
        if not any(self.tok(k).text.lower() == "to" for k in self.p.kids(h, "aux")):
            return None
        for p in self.p.kids(i, "prep"):
            if self.tok(p).text.lower() == "for":
                objs = [o for o in self.p.kids(p, "pobj") if o < h]
                if objs:
                    return objs[0]
        objs = [o for o in self.p.kids(i, "dobj") if o < h]
        named = [o for o in objs if self.tok(o).pos == "PROPN" and not self.p.kids(o, "conj")]
        return named[0] if named else None

    def marked_advcl(self, i: int) -> list[int]:
        """``reported, citing X, that …``: a that-clause parsed as an adverbial clause of the cue."""
        return [
            c
            for c in self.p.kids(i, "advcl")
            if c > i and any(self.tok(m).text.lower() == "that" for m in self.p.kids(c, "mark"))
        ][:1]

    def object_clause(self, i: int) -> list[int]:
        """``said the visit aimed to …`` mis-parsed as object + participle: the object starts the clause."""
        if self.tok(i).lemma.lower() not in self.lex["object_as_clause"]:
            return []
        for obj in self.p.kids(i, "dobj"):
            verbs = [
                c
                for c in self.p.kids(obj, "acl", "relcl")
                if c > obj and self.tok(c).tag in FINITE and not self.p.kids(c, "mark", *SUBJECTS)
            ]
            if verbs:
                return [obj]
        return []

    def noun_attached_clause(self, i: int) -> list[int]:
        """``said in a statement that …`` / ``told reporters after a meeting of ministers that …`` parsed
        as a clause on a noun of the prepositional phrase: take that clause."""
        stack = [(prep, 0) for prep in self.p.kids(i, "prep")]
        while stack:
            prep, depth = stack.pop(0)
            for pobj in self.p.kids(prep, "pobj"):
                for clause in self.p.kids(pobj, "acl", "relcl"):
                    if self.complementiser_clause(clause, pobj):
                        return [clause]
                if depth < 2:
                    stack.extend((k, depth + 1) for k in self.p.kids(pobj, "prep"))
        return []

    def complementiser_clause(self, clause: int, noun: int) -> bool:
        """The clause on ``noun`` opens with complementiser *that*, not a relative pronoun: *that* is
        a marker, or a mis-tagged object while the clause has a subject and an object of its own."""
        that = [k for k in self.p.kids(clause) if noun < k < clause and self.tok(k).text.lower() == "that"]
        if not that:
            return False
        dep = self.tok(that[0]).dep
        own = [k for k in self.p.kids(clause, "dobj", "attr", "acomp") if k > clause]
        return dep == "mark" or (dep == "dobj" and bool(self.p.kids(clause, "nsubj")) and bool(own))
