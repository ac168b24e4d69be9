"""The ``actors.link`` component: canonical speakers, relays and addressees for every statement, and
the article's linked mentions (``doc.mentions``)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any

from parley.actors import coref, mentions, register
from parley.actors.coordination import conjuncts
from parley.actors.dates import infer_date
from parley.dossier import load_dossier
from parley.actors.linker import Link, Linker
from parley.actors.names import plain, stem_word, words
from parley.model import UNKNOWN_ACTOR, Article, Mention, Span, Statement
from parley.context import PipelineContext
from parley.registry import component

_LINKERS: dict[str, Linker] = {}
_APPOSITION = re.compile(r"\s*,\s*")
_NAME_WORDS = 5  # a relay named by more words is a phrase, not a name


def get_linker(dossier: str) -> Linker:
    """One shared ``Linker`` per dossier (indexes are built once per process)."""
    key = str(dossier)
    if key not in _LINKERS:
        _LINKERS[key] = Linker(load_dossier(dossier))
    return _LINKERS[key]


@dataclass
class _ArticleState:
    """What linking one article accumulates: antecedent candidates, resolved mentions, extra mentions."""

    doc: Article
    date: str | None
    candidates: list[coref.Candidate]
    quotes: list[tuple[Span, float]]
    surnames: dict[str, str]  # surname key → full name of a person outside the dossier
    introductions: dict[str, dict[str, str | None]]  # person outside the dossier → affiliation, head
    resolved: dict[Span, tuple[str | None, Span | None]] = field(default_factory=dict)
    extra: list[Mention] = field(default_factory=list)
    named: list[tuple[Span, str]] = field(default_factory=list)  # persons mentioned by name, in order
    offices: list[register.Entry] = field(default_factory=list)  # persons named with an office
    shift: list[int] = field(default_factory=list)  # sentence index → index among non-headline sentences


class ActorLinker:
    """Link speaker/via/addressee mentions of statements and all actor mentions of an article."""

    name = "actors.link"

    def __init__(self, dossier: str, **config: Any) -> None:
        self.dossier = dossier
        self.linker = get_linker(dossier)
        self.trace: list[coref.Decision] | None = None  # set to a list to record speaker coreference
        self.config = config

    def model_info(self) -> dict[str, Any]:
        return {"dossier": self.dossier, "actors": len(self.linker.dossier.actors)}

    def __call__(self, doc: Article) -> Article:
        date = infer_date(doc)
        found = mentions.detect(doc, self.linker, date)
        quotes = [(st.quote, 1.0 if st.kind == "direct" else 0.5) for st in doc.statements]
        headings = _heading_sentences(doc)
        shift = _content_index(doc)
        introductions = _introductions(found)
        candidates = [
            coref.Candidate(f.span, f.link.actor, shift[f.sent] if f.sent < len(shift) else f.sent, f.subject,
                            quoted=_quoted(f.span, quotes),
                            heading=f.sent in headings, **introductions.get(f.link.actor, {}))
            for f in found
            if f.link.actor and f.link.actor != UNKNOWN_ACTOR and not self._platform(f.link.actor)
        ]
        state = _ArticleState(doc, date, candidates, quotes, mentions.new_surnames(found), introductions,
                              resolved={f.span: (f.link.actor, None) for f in found},
                              named=[(f.span, f.link.actor) for f in found
                                     if f.link.kind in ("name", "actor", "new") and f.link.actor
                                     and f.link.actor != UNKNOWN_ACTOR and self._is_person(f.link.actor)])
        state.offices = register.build(doc.text, state.named)
        state.shift = shift
        for st in sorted(doc.statements, key=_position):
            self._link_statement(state, st)
        speakers = {st.speaker for st in doc.statements if st.speaker is not None}
        for f in found:
            if f.link.needs_coref and state.resolved[f.span][0] is None and f.span not in speakers:
                actor, antecedent, _ = self._link_span(state, f.span, f.span.start, None)
                state.resolved[f.span] = (actor, antecedent)
        doc.mentions = [
            mentions.to_mention(f, self.linker, *state.resolved.get(f.span, (f.link.actor, None))) for f in found
        ] + state.extra
        doc.mentions.sort(key=lambda m: m.span.start)
        return doc

    def _link_span(self, state: _ArticleState, span: Span, cut: int,
                   own_quote: Span | None) -> tuple[str | None, Span | None, Link]:
        """Actor (and antecedent) for the mention at ``span``; coreference looks before ``cut``."""
        doc = state.doc
        link = self.linker.link(doc.text[span.start : span.end], doc.lang, state.date)
        if (link.kind in ("new", "none") or not link.needs_coref and not self._names_person(link)) and (
                wider := self._wider_name(state, span)):
            return wider, None, link  # a span cut inside a name: "Wladimir" of "Wladimir Medinski", "Chinas"
            # of "Chinas Außenminister Wang Yi": the person wins over the country of the role
        if not self._names_person(link) and (named := self._apposition(state, span)):
            return named, None, link  # "Die Sprecherin des Auswärtigen Amts, Kathrin Deschauer, sagte"
        if link.kind == "new" and link.actor and len(link.actor.split()) == 1:
            return state.surnames.get(stem_word(link.actor), link.actor), None, link
        if link.kind in ("role_noun", "anonymous", "none") and (
                named := self._office_holder(state, span)):
            return named, None, link  # "der Sicherheitsberater" after "Ihor Showkwa, Berater des …"
        if link.kind == "role" and link.actor and (registered := self._registered(state, span, link.actor)):
            return registered, None, link
        if link.kind in ("anonymous", "none") and (kind_of := self._institution_kind(state, span)):
            return kind_of.actor, kind_of.span, link  # "the ministry": the ministry named before
        if not link.needs_coref:
            return link.actor, None, link
        sent = _shifted(state, doc.sentence_of(span.start)) if doc.sentences else 0
        pool = [c for c in state.candidates
                if c.span.end <= cut and not (own_quote and own_quote.contains(c.span))]
        if self.trace is not None and own_quote is not None:  # training data for the coreference weights
            self.trace.append(coref.Decision(doc.id, own_quote, link, sent, pool, state.date))
        best = coref.resolve(link, sent, pool, self.linker, state.date)
        if best is None:  # cataphora: "„…“, sagte der Präsident. … Selenskyj"
            later = [c for c in state.candidates if c.span.start >= span.end and not c.quoted and not c.speaker]
            best = coref.resolve_forward(link, sent, later, self.linker, state.date)
        return (best.actor, best.span, link) if best else (None, None, link)

    def _link_statement(self, state: _ArticleState, st: Statement) -> None:
        doc = state.doc
        if st.speaker is not None:
            cut = min(st.speaker.start, st.quote.start)
            actor, antecedent, link = self._link_span(state, st.speaker, cut, st.quote)
            if (self._platform(actor) or actor in (None, UNKNOWN_ACTOR) and self._names_platform(state, st)
                    or self._is_channel(actor, st, state)):
                actor, antecedent = self._author(state, st) or (actor, antecedent)
            st.speaker_actor = actor or st.speaker_actor or UNKNOWN_ACTOR
            parts = conjuncts(self.linker, doc.text[st.speaker.start : st.speaker.end], doc.lang, state.date)
            if parts:  # "Merz und Macron": one mention per name; the speaker is the first
                self._add_conjuncts(state, st.speaker, parts)
            elif st.speaker not in state.resolved and all(m.span != st.speaker for m in state.extra):
                state.extra.append(Mention(st.speaker, doc.text[st.speaker.start : st.speaker.end],
                                           "PRON" if link.kind == "pronoun" else "PER", st.speaker_actor,
                                           antecedent))
            state.resolved[st.speaker] = (st.speaker_actor, antecedent)
            if st.speaker_actor != UNKNOWN_ACTOR:
                self._add_speaker(state, st.speaker, st.speaker_actor)
        elif not st.speaker_actor and self._platform(st.channel):  # "Auf Truth Social hieß es, …"
            st.speaker_actor = (self._author(state, st) or (UNKNOWN_ACTOR, None))[0]
        elif not st.speaker_actor:  # no speaker span: the named subject of the sentence, if any
            st.speaker_actor = self._sentence_subject(state, st) or UNKNOWN_ACTOR
        if st.via:
            st.via = self._relay(st, state)
        if st.addressee is not None:
            actor, _, _ = self._link_span(state, st.addressee, st.addressee.start, st.quote)
            st.addressee_actor = actor or st.addressee_actor

    def _add_conjuncts(self, state: _ArticleState, span: Span, parts: list[tuple[int, int]]) -> None:
        """A mention for each coordinated name of a speaker phrase that has none yet."""
        doc = state.doc
        for start, end in parts:
            part = Span(span.start + start, span.start + end)
            if any(other.overlaps(part) for other in state.resolved if other != span) or any(
                    m.span.overlaps(part) for m in state.extra):
                continue
            actor, antecedent, _ = self._link_span(state, part, part.start, None)
            if actor:
                state.extra.append(Mention(part, doc.text[part.start : part.end], "PER", actor, antecedent))

    def _wider_name(self, state: _ArticleState, span: Span) -> str | None:
        """The person of a longer name mention that overlaps ``span`` and reaches beyond it."""
        for other, (actor, _) in state.resolved.items():
            if (actor and actor != UNKNOWN_ACTOR and other.overlaps(span)
                    and (other.start < span.start or other.end > span.end) and self._is_person(actor)):
                return actor
        return None

    def _names_person(self, link: Link) -> bool:
        return link.kind in ("name", "actor", "role") and link.actor is not None and self._is_person(link.actor)

    def _office_holder(self, state: _ArticleState, span: Span) -> str | None:
        """The one person the article named with the office of the role noun at ``span``, unless another
        person named before it holds such an office in the dossier (*der Präsident* with a president
        named by surname alone is left to coreference)."""
        surface = state.doc.text[span.start : span.end]
        named = register.lookup(state.offices, surface, span.start)
        if named is None:
            return None
        head = self.linker._head_of(words(surface))
        if head and any(actor != named and other.end <= span.start and self.linker.actor(actor) is not None
                        and self.linker.head_compatible(actor, head, state.date)
                        for other, actor in state.named):
            return None
        return named

    def _registered(self, state: _ArticleState, span: Span, holder: str) -> str | None:
        """A role noun (*der Kanzler*, *Trumps Sprecherin*) when the dossier's holder on the article's
        date is not named in the article: the person the article names with that office (*Bundeskanzler
        Olaf Scholz* earlier on), else for a spokesperson the office they speak for."""
        if any(actor == holder for _, actor in state.named):
            return None
        ws = words(state.doc.text[span.start : span.end])
        head = self.linker._head_of(ws)
        if head is None:
            return None
        related = self.linker.belongs_to(holder)
        fits = [(other, actor) for other, actor in state.named
                if actor != holder and (related & self.linker.belongs_to(actor))
                and (self.linker.head_compatible(actor, head, None) and self.linker.actor(actor) is not None
                     or (state.introductions.get(actor, {}).get("head") or "").endswith(head))]
        if fits:
            before = [f for f in fits if f[0].end <= span.start]
            return (before[-1] if before else fits[0])[1]
        spec = self.linker.actor(holder)
        if any(self.linker.lex.is_official(w) for w in ws) and spec is not None and spec.affiliation:
            office = self.linker.actor(spec.affiliation)
            return spec.affiliation if office is not None and office.type != "person" else None
        return None

    def _institution_kind(self, state: _ArticleState, span: Span) -> coref.Candidate | None:
        """``the ministry``/``das Ministerium``/``the embassy``: the latest institution before ``span``
        whose name ends in that noun (*Russian Defense Ministry*, *Verteidigungsministerium*)."""
        ws = words(state.doc.text[span.start : span.end])
        if len(ws) != 2 or not self.linker.lex.is_determiner(ws[0]):
            return None
        noun = plain(ws[1])
        if noun not in self.linker.lex.institution_nouns:
            return None
        for cand in reversed([c for c in state.candidates if c.span.end <= span.start]):
            spec = self.linker.actor(cand.actor)
            if spec is not None and spec.type in ("organisation", "group") and any(
                    words(name) and plain(words(name)[-1]).endswith(noun) for name in spec.names()):
                return cand
        return None

    def _apposition(self, state: _ArticleState, span: Span) -> str | None:
        """A person named in an apposition right after ``span`` (*the spokeswoman, Mao Ning, said*)."""
        text = state.doc.text
        gap = _APPOSITION.match(text, span.end)  # the candidate starts within ", " after the span
        if gap is None:
            return None
        first = bisect_left(state.candidates, text.index(",", span.end) + 1, key=lambda c: c.span.start)
        for cand in state.candidates[first:]:  # sorted by start
            if cand.span.start > gap.end():
                break
            if self._is_person(cand.actor) and text[cand.span.end : cand.span.end + 1] == ",":
                return cand.actor
        return None

    def _sentence_subject(self, state: _ArticleState, st: Statement) -> str | None:
        """The one person named as subject before the cue in the statement's sentence, outside the
        quote (*Die Sprecherin des Amts, Kathrin Deschauer, sagte, …* when no span was found)."""
        doc = state.doc
        anchor = st.cue or st.quote
        sent = _shifted(state, doc.sentence_of(anchor.start)) if doc.sentences else 0
        found = {c.actor for c in state.candidates
                 if c.sent == sent and not c.heading and c.subject and c.span.end <= anchor.start and not c.quoted
                 and not st.quote.overlaps(c.span) and self._is_person(c.actor)}
        return found.pop() if len(found) == 1 else None

    def _platform(self, name: str | None) -> bool:
        spec = self.linker.actor(name) if name else None
        return spec is not None and spec.platform

    def _is_channel(self, actor: str | None, st: Statement, state: _ArticleState) -> bool:
        """A medium given both as speaker and as the statement's channel (*told the BBC*) is the channel."""
        spec = self.linker.actor(actor) if actor else None
        return (spec is not None and spec.type == "media" and st.channel is not None
                and self._canonical(st.channel, state) == actor)

    def _names_platform(self, state: _ArticleState, st: Statement) -> bool:
        """Whether the speaker phrase is a platform or a post on one (*A Truth Social post*)."""
        if st.channel_span is not None and st.speaker is not None and st.channel_span.overlaps(st.speaker):
            return self._platform(st.channel)
        return any(st.speaker is not None and st.speaker.contains(span) and self._platform(actor)
                   for span, (actor, _) in state.resolved.items())

    def _author(self, state: _ArticleState, st: Statement) -> tuple[str, Span | None] | None:
        """Who posted a statement whose source is a platform (*a Truth Social post by Trump*, *Auf
        Telegram hieß es*): a person named in the sentence outside the quote, else the most plausible
        earlier person."""
        doc = state.doc
        anchor = st.speaker or st.cue or st.quote
        sent = _shifted(state, doc.sentence_of(anchor.start)) if doc.sentences else 0
        local = [c for c in state.candidates
                 if c.sent == sent and not c.heading and not st.quote.contains(c.span) and self._is_person(c.actor)]
        if local:
            best = min(local, key=lambda c: abs(c.span.start - anchor.start))
            return best.actor, best.span
        pool = [c for c in state.candidates if c.span.end <= anchor.start]
        best = coref.resolve(Link(None, "pronoun", gender="m|f"), sent, pool, self.linker, state.date)
        return (best.actor, best.span) if best else None

    def _is_person(self, actor: str) -> bool:
        spec = self.linker.actor(actor)
        return spec is None or spec.type == "person"

    def _add_speaker(self, state: _ArticleState, span: Span, actor: str) -> None:
        """Mark the speaker mention as an earlier speaker for later pronouns (adding it if needed)."""
        for cand in state.candidates:
            if cand.span == span:
                cand.speaker = True
                return
        sent = state.doc.sentence_of(span.start) if state.doc.sentences else 0
        state.candidates.append(coref.Candidate(span, actor, sent, True, speaker=True,
                                                quoted=_quoted(span, state.quotes),
                                                **state.introductions.get(actor, {})))
        state.candidates.sort(key=lambda c: c.span.start)

    def _own_side(self, st: Statement, relay: str) -> bool:
        """The relay is the speaker itself or what the speaker speaks for (*Kremlin* for the Kremlin
        spokesman, *Russia* for a Russian official): no one passing on someone else's words."""
        actor = st.speaker_actor
        if not actor or actor == UNKNOWN_ACTOR:
            return False
        spec = self.linker.actor(relay)
        return relay == actor or (relay in self.linker.belongs_to(actor) and not (spec and spec.type == "media"))

    def _relay(self, st: Statement, state: _ArticleState) -> str | None:
        """The canonical relay, or ``None`` when it is no identifiable source of its own: the speaker
        itself, a pronoun, a common noun phrase (*eigenen Worten*, *the statement*) or a fragment."""
        name = st.via or ""
        if name in self.linker.dossier:
            return None if self._own_side(st, name) else name
        link = self.linker.link(name, state.doc.lang, state.date)
        if link.needs_coref or link.kind in ("none", "anonymous") or "\n" in name:
            return None
        found = self._canonical(name, state)
        if self._own_side(st, found):
            return None
        ws = words(name)
        if found == name and (len(ws) > _NAME_WORDS or not all(w[:1].isupper() or w.lower() in self.linker.lex.particles
                                                                for w in ws)):
            return None  # "der staatlichen russischen Nachrichtenagentur", "Berichten … Unterdessen"
        if found == name and state.doc.lang == "de" and len(ws) == 1 and self.linker.lex.is_determiner(ws[0]):
            return None
        return found

    def _canonical(self, name: str, state: _ArticleState) -> str:
        """Canonical form of a relay named by the quotes stage (media names may already be canonical)."""
        if name in self.linker.dossier:
            return name
        link = self.linker.link(name, state.doc.lang, state.date)
        return link.actor if link.actor and link.actor != UNKNOWN_ACTOR else name


def _introductions(found: list[mentions.Found]) -> dict[str, dict[str, str | None]]:
    """Country and role each person outside the dossier was introduced with (for coreference)."""
    out: dict[str, dict[str, str | None]] = {}
    for f in found:
        if f.link.kind == "new" and f.link.actor and (f.link.affiliation or f.link.head):
            out.setdefault(f.link.actor, {"affiliation": f.link.affiliation, "head": f.link.head})
    return out


def _heading_sentences(doc: Article) -> set[int]:
    """Indexes of sentences that look like headlines: short, on their own line, no final punctuation."""
    out = set()
    for i, sent in enumerate(doc.sentences):
        text = doc.text[sent.start : sent.end].strip()
        if text and text[-1] not in ".!?:\"“”»«'’)" and len(text.split()) <= 12:
            out.add(i)
    return out


def _content_index(doc: Article) -> list[int]:
    """For each sentence, its index counting only sentences outside capital-letter lines: an
    interleaved cross-heading (*CLICK HERE …*, *WH SAYS …*) does not put a pronoun farther from its
    antecedent."""
    out, n = [], 0
    for sent in doc.sentences:
        out.append(n)
        text = doc.text[sent.start : sent.end].strip()
        if not (len(text) >= 8 and text.isupper()):
            n += 1
    return out


def _shifted(state: _ArticleState, sent: int) -> int:
    return state.shift[sent] if sent < len(state.shift) else sent


def _quoted(span: Span, quotes: list[tuple[Span, float]]) -> float:
    return max((weight for quote, weight in quotes if quote.contains(span)), default=0.0)


def _position(st: Statement) -> int:
    return min(st.quote.start, st.speaker.start) if st.speaker is not None else st.quote.start


@component(
    "actors.link",
    requires=("statements",),
    assigns=("mentions", "statements.speaker_actor", "statements.via_actor", "statements.addressee_actor"),
)
def make_actor_linker(ctx: PipelineContext) -> ActorLinker:
    return ActorLinker(ctx.dossier_name)
