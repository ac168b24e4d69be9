"""The ``actors.link`` component: canonical speakers, relays and addressees for every statement, and
the article's linked mentions (``doc.mentions``)."""

from __future__ import annotations

from typing import Any

from parley.actors import coref, mentions
from parley.actors.dates import infer_date
from parley.actors.dossier import load_dossier
from parley.actors.linker import Link, Linker
from parley.actors.names import stem_word
from parley.model import UNKNOWN_ACTOR, Article, Mention, Span, Statement
from parley.registry import component

_LINKERS: dict[str, Linker] = {}


def get_linker(dossier: str = "russia_ukraine") -> Linker:
    """One shared ``Linker`` per dossier (indexes are built once per process)."""
    key = str(dossier)
    if key not in _LINKERS:
        _LINKERS[key] = Linker(load_dossier(dossier))
    return _LINKERS[key]


class ActorLinker:
    """Link speaker/via/addressee mentions of statements and all actor mentions of an article."""

    name = "actors.link"

    def __init__(self, dossier: str = "russia_ukraine", **config: Any) -> None:
        self.dossier = dossier
        self.linker = get_linker(dossier)
        self.config = config
        self._surnames: dict[str, str] = {}  # per article: surname key → new person's full name
        self._date: str | None = None  # per article: its date, or one inferred from URL/text

    def __call__(self, doc: Article) -> Article:
        date = self._date = infer_date(doc)
        found = mentions.detect(doc, self.linker, date)
        quotes = [(st.quote, 1.0 if st.kind == "direct" else 0.5) for st in doc.statements]
        speakers = {st.speaker for st in doc.statements if st.speaker is not None}
        headings = _heading_sentences(doc)
        candidates = [
            coref.Candidate(f.span, f.link.actor, f.sent, f.subject, quoted=_quoted(f.span, quotes),
                            heading=f.sent in headings)
            for f in found
            if f.link.actor and f.link.actor != UNKNOWN_ACTOR
        ]
        self._surnames = mentions.new_surnames(found)
        resolved: dict[Span, tuple[str | None, Span | None]] = {f.span: (f.link.actor, None) for f in found}
        extra: list[Mention] = []
        for st in sorted(doc.statements, key=_position):
            self._link_statement(doc, st, candidates, resolved, extra, quotes)
        for f in found:
            if f.link.needs_coref and resolved[f.span][0] is None and f.span not in speakers:
                actor, antecedent, _ = self._link_span(doc, f.span, f.span.start, None, candidates)
                resolved[f.span] = (actor, antecedent)
        doc.mentions = [
            mentions.to_mention(f, self.linker, *resolved.get(f.span, (f.link.actor, None))) for f in found
        ] + extra
        doc.mentions.sort(key=lambda m: m.span.start)
        return doc

    def _link_span(self, doc: Article, span: Span, cut: int, own_quote: Span | None,
                   candidates: list[coref.Candidate]) -> tuple[str | None, Span | None, Link]:
        """Actor (and antecedent) for the mention at ``span``; coreference looks before ``cut``."""
        text = doc.text[span.start : span.end]
        link = self.linker.link(text, doc.lang, self._date)
        if link.kind == "new" and link.actor and len(link.actor.split()) == 1:
            full = self._surnames.get(stem_word(link.actor))
            return full or link.actor, None, link
        if not link.needs_coref:
            return link.actor, None, link
        sent = doc.sentence_of(span.start) if doc.sentences else 0
        pool = [c for c in candidates if c.span.end <= cut and not (own_quote and own_quote.contains(c.span))]
        best = coref.resolve(link, sent, pool, self.linker, self._date)
        if best is None:  # cataphora: "„…“, sagte der Präsident. … Selenskyj"
            later = [c for c in candidates if c.span.start >= span.end and not c.quoted and not c.speaker]
            best = coref.resolve_forward(link, sent, later, self.linker, self._date)
        return (best.actor, best.span, link) if best else (None, None, link)

    def _link_statement(self, doc: Article, st: Statement, candidates: list[coref.Candidate],
                        resolved: dict[Span, tuple[str | None, Span | None]], extra: list[Mention],
                        quotes: list[tuple[Span, float]]) -> None:
        if st.speaker is not None:
            cut = min(st.speaker.start, st.quote.start)
            actor, antecedent, link = self._link_span(doc, st.speaker, cut, st.quote, candidates)
            if actor is None and st.speaker_actor:
                actor = st.speaker_actor
            st.speaker_actor = actor or UNKNOWN_ACTOR
            if st.speaker not in resolved and all(m.span != st.speaker for m in extra):
                extra.append(Mention(st.speaker, doc.text[st.speaker.start : st.speaker.end],
                                     "PRON" if link.kind == "pronoun" else "PER", st.speaker_actor, antecedent))
            resolved[st.speaker] = (st.speaker_actor, antecedent)
            if st.speaker_actor != UNKNOWN_ACTOR:
                sent = doc.sentence_of(st.speaker.start) if doc.sentences else 0
                for cand in candidates:
                    if cand.span == st.speaker:
                        cand.speaker = True
                        break
                else:
                    candidates.append(coref.Candidate(st.speaker, st.speaker_actor, sent, True, speaker=True,
                                                      quoted=_quoted(st.speaker, quotes)))
                candidates.sort(key=lambda c: c.span.start)
        elif not st.speaker_actor:
            st.speaker_actor = UNKNOWN_ACTOR
        if st.via:
            st.via = self._canonical(st.via, doc)
        if st.addressee is not None:
            actor, _, _ = self._link_span(doc, st.addressee, st.addressee.start, st.quote, candidates)
            st.addressee_actor = actor or st.addressee_actor

    def _canonical(self, name: str, doc: Article) -> str:
        """Canonical form of a relay named by the quotes stage (media names may already be canonical)."""
        if name in self.linker.dossier:
            return name
        link = self.linker.link(name, doc.lang, self._date)
        return link.actor if link.actor and link.actor != UNKNOWN_ACTOR else name


def _heading_sentences(doc: Article) -> set[int]:
    """Indexes of sentences that look like headlines: short, on their own line, no final punctuation."""
    out = set()
    for i, sent in enumerate(doc.sentences):
        text = doc.text[sent.start : sent.end].strip()
        if text and text[-1] not in ".!?:\"“”»«'’)" and len(text.split()) <= 12:
            out.add(i)
    return out


def _quoted(span: Span, quotes: list[tuple[Span, float]]) -> float:
    return max((weight for quote, weight in quotes if quote.contains(span)), default=0.0)


def _position(st: Statement) -> int:
    return min(st.quote.start, st.speaker.start) if st.speaker is not None else st.quote.start


@component("actors.link")
def make_actor_linker(dossier: str = "russia_ukraine", **config: Any) -> ActorLinker:
    return ActorLinker(dossier, **config)
