"""Interview context: the channel a speaker keeps while they go on talking (``quotes.interview``).

Runs after ``actors.link`` (it needs canonical speakers). A medium named for a speaker (*told Fox
News*, *in einem Interview mit dem Sender …*, or a sentence of its own such as *He spoke about this
in an interview with CNN.*) opens a context. Every later statement of that speaker without a medium
of its own is a candidate to inherit it; whether it does is decided from the structure between the
two (statements of other speakers, narrative sentences, paragraph breaks, a new occasion such as *at
a press conference*, a relay cue, the kind of medium) by a logistic model learned from news-train
(``training/train_channel_inheritance.py``, ``parley/models/channel-inheritance``), or by the rule "same
speaker, no other speaker, no narrative sentence and no new occasion in between, not an agency".
The rule is the default: on news-train's 5 folds it beats the learned model (45 labelled
candidates are too few; see the model card).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from parley.context import PipelineContext, models_dir
from parley.model import UNKNOWN_ACTOR, Article, Span, Statement
from parley.quotes.channels import ChannelFinder, _data, frame_text
from parley.registry import component

MODEL_NAME = "channel-inheritance"
MODEL_FILE = "weights.json"
FEATURES = (
    "bias", "other_speakers", "any_other_speaker", "narrative", "narrative_since_previous",
    "paragraphs", "sentences", "new_occasion", "relay_cue", "platform", "agency", "from_sentence",
    "pronoun_speaker", "direct", "no_cue",
)
PRONOUNS = {"he", "she", "er", "sie", "they"}
WORD = re.compile(r"\w+")


@dataclass
class Context:
    """A medium named for an actor: by a statement's own frame or by a sentence of its own."""

    actor: str
    channel: str
    span: Span
    from_sentence: bool


@dataclass
class Candidate:
    """A statement without a medium after a context of its speaker, with the features between."""

    statement: Statement
    context: Context
    features: dict[str, float] = field(default_factory=dict)

    def vector(self) -> list[float]:
        return [self.features.get(name, 0.0) for name in FEATURES]


def _extent(st: Statement) -> Span:
    spans = [s for s in (st.quote, st.cue, st.speaker) if s is not None]
    return Span(min(s.start for s in spans), max(s.end for s in spans))


def _shouting(doc: Article, st: Statement) -> bool:
    """A statement inside an all-capital line (a cross-heading such as *WH SAYS …*)."""
    start = doc.text.rfind("\n", 0, st.quote.start) + 1
    end = doc.text.find("\n", st.quote.end)
    line = doc.text[start : len(doc.text) if end < 0 else end]
    return len(line) >= 8 and line.isupper()


def _narrative_sentences(doc: Article, extents: list[Span]) -> list[Span]:
    """Sentences of narration: four words or more, final punctuation, no statement in them."""
    out = []
    for sent in doc.sentences:
        text = doc.text[sent.start : sent.end].strip()
        if len(text.split()) >= 4 and text[-1:] in ".!?" and not any(sent.span.overlaps(e) for e in extents):
            out.append(sent.span)
    return out


def _between(spans: list[Span], start: int, end: int) -> int:
    return sum(start <= s.start and s.end <= end for s in spans)


def find_model(models: Path | None = None) -> Path | None:
    """``<models>/channel-inheritance/weights.json`` (``$PARLEY_MODELS`` or the package data)."""
    path = (models or models_dir()) / MODEL_NAME / MODEL_FILE
    return path if path.is_file() else None


class InterviewContext:
    """Component ``quotes.interview``. ``decide``: ``rule`` (default), ``learned`` (the model of
    ``parley/models/channel-inheritance``; the rule when none is installed) or ``none`` (collect only)."""

    name = "quotes.interview"

    def __init__(self, decide: str = "rule", model: str | None = None, models: Path | None = None) -> None:
        self.finder = ChannelFinder()
        media = _data("media.yaml")["media"]
        self.types = {m["name"]: m.get("type", "") for m in media}
        # quick test before the channel patterns: a sentence without a word that starts a medium's name
        self.medium_words = frozenset(w for alias in self.finder.lex.canonical for w in WORD.findall(alias)[:1])
        self.decide = decide
        self.weights: list[float] | None = None
        self.threshold = 0.5
        path = Path(model) if model else find_model(models) if decide == "learned" else None
        if path is not None and path.is_file():
            data = json.loads(path.read_text(encoding="utf-8"))
            if tuple(data["features"]) == FEATURES:
                self.weights, self.threshold = data["weights"], data.get("threshold", 0.5)

    def model_info(self) -> dict[str, Any]:
        return {"decide": self.decide if self.weights is not None or self.decide != "learned" else "rule"}

    def __call__(self, doc: Article) -> Article:
        if not doc.statements or not doc.sentences or self.decide == "none":
            return doc
        for cand in self.candidates(doc):
            if self.inherits(cand):
                cand.statement.channel = cand.context.channel
        self.backward(doc)
        return doc

    # ------------------------------------------------------------------ backward
    def backward(self, doc: Article) -> None:
        """A medium named after a speaker's first statements also covers them: the statements of that
        speaker just before a context sentence (*X said …. He spoke about this in an interview with …*),
        and, anywhere in the article, a statement whose own frame names an unnamed occasion of the same
        kind (*said in a televised interview*, *in einem Beitrag*) takes the medium the article
        names for that speaker."""
        ordered = sorted((s for s in doc.statements if not _shouting(doc, s)), key=lambda s: _extent(s).start)
        contexts = [c for c in self.all_contexts(doc, ordered)]
        if not contexts:
            return
        narrative = _narrative_sentences(doc, [_extent(s) for s in ordered])
        for ctx in (c for c in contexts if c.from_sentence):
            before = [s for s in ordered if _extent(s).end <= ctx.span.start]
            for st in reversed(before):
                if st.speaker_actor != ctx.actor or st.channel is not None or st.via is not None:
                    break
                if self.new_occasion(doc, st):
                    break
                if _between(narrative, _extent(st).end, ctx.span.start) or "\n" in doc.text[_extent(st).end : ctx.span.start]:
                    break  # a narrative sentence or a paragraph break: another occasion
                st.channel = ctx.channel
        for st in ordered:
            if st.channel is not None or st.speaker_actor in (None, UNKNOWN_ACTOR) or not self.unnamed(doc, st):
                continue
            own = [c for c in contexts if c.actor == st.speaker_actor]
            kinds = {self.types.get(c.channel, "") for c in own}
            if own and len({c.channel for c in own}) == 1 and "agency" not in kinds:
                st.channel = own[0].channel

    def unnamed(self, doc: Article, st: Statement) -> bool:
        """The statement's frame names an interview or post without naming the medium."""
        anchor = st.cue or st.speaker
        return anchor is not None and bool(self.finder.lex.unnamed_medium.search(frame_text(doc, anchor)[2]))

    def all_contexts(self, doc: Article, ordered: list[Statement]) -> list[Context]:
        contexts = self.sentence_contexts(doc, ordered)
        contexts += [Context(s.speaker_actor, s.channel, _extent(s), False) for s in ordered  # type: ignore[arg-type]
                     if s.channel is not None and s.speaker_actor not in (None, UNKNOWN_ACTOR)]
        return contexts

    # ------------------------------------------------------------------ decision
    def probability(self, cand: Candidate) -> float:
        assert self.weights is not None
        z = sum(w * x for w, x in zip(self.weights, cand.vector(), strict=True))
        return 1.0 / (1.0 + math.exp(-z))

    def inherits(self, cand: Candidate) -> bool:
        if self.weights is not None and self.decide == "learned":
            return self.probability(cand) >= self.threshold
        f = cand.features
        return not (f["any_other_speaker"] or f["narrative"] or f["new_occasion"] or f["agency"])

    # ------------------------------------------------------------------ candidates
    def candidates(self, doc: Article) -> list[Candidate]:
        """For every statement of an identified speaker without a medium: the speaker's latest
        context before it, with the features of what lies between."""
        ordered = sorted((s for s in doc.statements if not _shouting(doc, s)), key=lambda s: _extent(s).start)
        extents = [_extent(s) for s in ordered]
        contexts = self.sentence_contexts(doc, ordered)
        contexts += [Context(s.speaker_actor, s.channel, _extent(s), False) for s in ordered  # type: ignore[arg-type]
                     if s.channel is not None and s.speaker_actor not in (None, UNKNOWN_ACTOR)]
        contexts += [Context(actor, s.channel, _extent(s), True) for s in ordered  # type: ignore[arg-type]
                     if s.channel is not None and s.speaker_actor in (None, UNKNOWN_ACTOR)
                     and (actor := self.person_in_frame(doc, s)) is not None]
        contexts += [Context(actor, s.channel, _extent(s), True) for s in ordered  # type: ignore[arg-type]
                     if s.channel is not None and (actor := self.interviewee(doc, s)) is not None]
        out: list[Candidate] = []
        narrative: list[Span] | None = None
        for k, st in enumerate(ordered):
            actor, here = st.speaker_actor, extents[k]
            if st.channel is not None or actor in (None, UNKNOWN_ACTOR):
                continue
            own = [c for c in contexts if c.actor == actor and c.span.start < here.start]
            if not own:
                continue
            ctx = max(own, key=lambda c: c.span.start)
            if narrative is None:
                narrative = _narrative_sentences(doc, extents)
            out.append(Candidate(st, ctx, self.features(doc, ordered, extents, k, ctx, narrative)))
        return out

    def features(self, doc: Article, ordered: list[Statement], extents: list[Span], k: int,
                 ctx: Context, narrative: list[Span]) -> dict[str, float]:
        st, here = ordered[k], extents[k]
        between = [s for s, e in zip(ordered, extents, strict=True)
                   if ctx.span.end <= e.start and e.end <= here.start]
        others = sum(s.speaker_actor not in (None, UNKNOWN_ACTOR, st.speaker_actor) for s in between)
        previous = extents[k - 1].end if k > 0 else ctx.span.end
        sentences = doc.sentence_of(here.start) - doc.sentence_of(ctx.span.start)
        medium = self.types.get(ctx.channel, "")
        cue = doc.text[st.cue.start : st.cue.end].lower() if st.cue else ""
        speaker = doc.text[st.speaker.start : st.speaker.end].lower() if st.speaker else ""
        return {
            "bias": 1.0,
            "other_speakers": min(others, 3) / 3,
            "any_other_speaker": float(others > 0),
            "narrative": min(_between(self.about_others(doc, narrative, st.speaker_actor), ctx.span.end,
                                      here.start), 5) / 5,
            "narrative_since_previous": float(_between(narrative, previous, here.start) > 0),
            "paragraphs": min(doc.text.count("\n", ctx.span.end, here.start), 5) / 5,
            "sentences": math.log1p(max(sentences, 0)) / 3,
            "new_occasion": float(self.new_occasion(doc, st)),
            "relay_cue": float(cue in self.finder.lex.relay_cues),
            "platform": float(medium == "platform"),
            "agency": float(medium == "agency"),
            "from_sentence": float(ctx.from_sentence),
            "pronoun_speaker": float(speaker in PRONOUNS),
            "direct": float(st.kind == "direct"),
            "no_cue": float(st.cue is None),
        }

    def about_others(self, doc: Article, narrative: list[Span], actor: str | None) -> list[Span]:
        """Narrative sentences except those that point back at the conversation itself (*In the same
        interview, X raised …*, *Im weiteren Gespräch …*): they go on with the same medium."""
        same = self.finder.lex.same_conversation
        return [sent for sent in narrative if not same.match(doc.text, sent.start, sent.end)]

    def new_occasion(self, doc: Article, st: Statement) -> bool:
        """The statement's frame names an occasion of its own (press conference, speech, address)."""
        anchor = st.cue or st.speaker
        return anchor is not None and bool(self.finder.lex.setting.search(frame_text(doc, anchor)[2]))

    def person_in_frame(self, doc: Article, st: Statement) -> str | None:
        """The person named (or referred to) outside the quote in the sentence of a statement whose
        speaker stayed unknown (*Der hatte sich per Twitter gemeldet: „…“*)."""
        anchor = st.cue or st.quote
        sent = doc.sentences[doc.sentence_of(anchor.start)]
        for m in doc.mentions:
            if (sent.start <= m.span.start < sent.end and not st.quote.overlaps(m.span)
                    and m.label in ("PER", "PRON") and m.actor not in (None, UNKNOWN_ACTOR)):
                return m.actor
        return None

    def interviewee(self, doc: Article, st: Statement) -> str | None:
        """The person an interviewer's question is put to (*the anchor asked Kellogg whether …*, *fragte
        die Moderatorin Merz, ob …*): that person answers through the same medium."""
        cue = doc.text[st.cue.start : st.cue.end].lower() if st.cue else ""
        if WORD.findall(cue)[:1] not in (["asked"], ["asks"], ["fragte"], ["fragt"], ["wollte"]):
            return None
        sent = doc.sentences[doc.sentence_of(st.cue.start)]  # type: ignore[union-attr]
        for m in doc.mentions:
            if (sent.start <= m.span.start < sent.end and not st.quote.overlaps(m.span) and m.label == "PER"
                    and m.actor not in (None, UNKNOWN_ACTOR, st.speaker_actor)
                    and not (st.speaker is not None and st.speaker.overlaps(m.span))):
                return m.actor
        return None

    def sentence_contexts(self, doc: Article, ordered: list[Statement]) -> list[Context]:
        """Sentences that name a medium and a person but hold no statement's frame (*Selenskyj gab
        dem Sender … ein Interview*): the person spoke through that medium."""
        frames = [a for st in ordered for a in (st.cue, st.speaker) if a is not None]
        out: list[Context] = []
        for sent in doc.sentences:
            if any(sent.start <= a.start < sent.end for a in frames):
                continue
            if self.medium_words.isdisjoint(WORD.findall(doc.text, sent.start, sent.end)):
                # no known medium: only one introduced by its noun (*auf dem Sender „…“*)
                start, _, text = frame_text(doc, Span(sent.start, sent.start))
                found = self.finder.unknown_channels(start, text)
            else:
                start, _, text = frame_text(doc, Span(sent.start, sent.start))
                found = self.finder.channels(start, text)
            if not found:
                continue
            persons = [m for m in doc.mentions
                       if sent.start <= m.span.start < sent.end and m.actor not in (None, UNKNOWN_ACTOR)
                       and not any(m.span.overlaps(f.span) for f in found) and m.label in ("PER", "PRON", "ROLE")]
            if persons:
                out.append(Context(persons[0].actor, found[0].name, found[0].span, True))  # type: ignore[arg-type]
        return out


@component("quotes.interview", requires=("statements.speaker_actor",), assigns=("statements.channel",))
def make_interview_context(ctx: PipelineContext, decide: str = "rule", model: str | None = None) -> InterviewContext:
    return InterviewContext(decide, model, ctx.models)
