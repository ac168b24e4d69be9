"""Interview context: one channel for a run of statements by the same speaker (``quotes.interview``).

Runs after ``actors.link`` (it needs canonical speakers). A medium named once for a speaker (*told
Fox News*, *in einem Interview mit dem Sender …*, or a sentence of its own such as *He spoke about
this in an interview with CNN.*) is the channel of every statement of that speaker's uninterrupted
run: statements before and after it, until another speaker's statement, a new occasion (*at a
press conference*, *in seiner Videoansprache*) or a different medium of that speaker. A run with
two different media is left alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from parley.model import UNKNOWN_ACTOR, Article, Span, Statement
from parley.quotes.channels import ChannelFinder, _data, frame_text
from parley.registry import component


@dataclass
class _Context:
    """A medium named for an actor outside any statement's frame."""

    actor: str
    channel: str
    span: Span


def _extent(st: Statement) -> Span:
    spans = [s for s in (st.quote, st.cue, st.speaker) if s is not None]
    return Span(min(s.start for s in spans), max(s.end for s in spans))


def _shouting(doc: Article, st: Statement) -> bool:
    """A statement inside an all-capital line (a cross-heading such as *WH SAYS …*)."""
    start = doc.text.rfind("\n", 0, st.quote.start) + 1
    end = doc.text.find("\n", st.quote.end)
    line = doc.text[start : len(doc.text) if end < 0 else end]
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 8 and all(c.isupper() for c in letters)


def _narrative_between(doc: Article, start: int, end: int, extents: list[Span]) -> bool:
    """A sentence of narration (four words or more, final punctuation, no statement in it) lies
    between ``start`` and ``end``: the reporter has moved on."""
    for sent in doc.sentences:
        if sent.start < start or sent.end > end:
            continue
        text = doc.text[sent.start : sent.end].strip()
        if (len(text.split()) >= 4 and text[-1:] in ".!?"
                and not any(sent.span.overlaps(e) for e in extents)):
            return True
    return False


class InterviewContext:
    """Component ``quotes.interview``."""

    name = "quotes.interview"

    def __init__(self) -> None:
        self.finder = ChannelFinder()
        # agencies mostly relay (via); a run inherits only media a speaker talks or posts through
        self.relaying = frozenset(m["name"] for m in _data("media.yaml")["media"] if m.get("type") == "agency")

    def __call__(self, doc: Article) -> Article:
        ordered = sorted(doc.statements, key=lambda s: _extent(s).start)
        if not ordered or not doc.sentences:
            return doc
        contexts = self.sentence_contexts(doc, ordered)
        for run in self.runs(doc, ordered):
            self.fill(run, contexts, doc)
        return doc

    # ------------------------------------------------------------------ runs of one speaker
    def new_occasion(self, doc: Article, st: Statement) -> bool:
        """The statement's frame names an occasion of its own (press conference, speech, address)."""
        anchor = st.cue or st.speaker
        if anchor is None:
            return False
        return bool(self.finder.lex.setting.search(frame_text(doc, anchor)[2]))

    def runs(self, doc: Article, ordered: list[Statement]) -> list[list[Statement]]:
        """Maximal runs of consecutive statements by one identified speaker, split at new occasions,
        at narrative sentences between two statements and at a second medium of the same speaker."""
        runs: list[list[Statement]] = []
        extents = [_extent(s) for s in ordered]
        for st in ordered:
            actor = st.speaker_actor
            if actor in (None, UNKNOWN_ACTOR) or _shouting(doc, st):
                continue  # unattributed statements and all-capital headlines do not interrupt a run
            last = runs[-1] if runs else None
            same = last is not None and last[-1].speaker_actor == actor
            if same and st.channel is None and self.new_occasion(doc, st):
                same = False
            if same and _narrative_between(doc, _extent(last[-1]).end, _extent(st).start, extents):  # type: ignore[index]
                same = False
            if same and st.channel is not None:
                known = {s.channel for s in last if s.channel is not None}  # type: ignore[union-attr]
                same = not known or st.channel in known
            if same:
                last.append(st)  # type: ignore[union-attr]
            else:
                runs.append([st])
        return runs

    def fill(self, run: list[Statement], contexts: list[_Context], doc: Article) -> None:
        """From the first statement with a medium (or a medium named for the speaker in the sentence
        before it or inside the run) on, every statement of the run takes that medium (annotators
        do not carry a medium back to the statements before it)."""
        actor = run[0].speaker_actor
        first = run[0]
        k = doc.sentence_of(_extent(first).start)
        before = doc.sentences[k - 1].start if k > 0 else 0
        end = _extent(run[-1]).end
        named = sorted((c for c in contexts if c.actor == actor and before <= c.span.start < end),
                       key=lambda c: c.span.start)
        current: str | None = None
        for st in run:
            reached = [c for c in named if c.span.start < _extent(st).end]
            if st.channel is not None:
                current = st.channel
            elif current is None and reached:
                current = reached[-1].channel
            if current is not None and current not in self.relaying and st.channel is None:
                st.channel = current

    # ------------------------------------------------------------------ media named outside frames
    def sentence_contexts(self, doc: Article, ordered: list[Statement]) -> list[_Context]:
        """Sentences that name a medium and a person but hold no statement's frame (*Selenskyj gab
        dem Sender … ein Interview*): the person spoke through that medium."""
        frames = [a for st in ordered for a in (st.cue, st.speaker) if a is not None]
        out: list[_Context] = []
        for sent in doc.sentences:
            if any(sent.start <= a.start < sent.end for a in frames):
                continue
            start, _, text = frame_text(doc, Span(sent.start, sent.start))
            found = self.finder.channels(start, text)
            if not found:
                continue
            persons = [m for m in doc.mentions
                       if sent.start <= m.span.start < sent.end and m.actor not in (None, UNKNOWN_ACTOR)
                       and not any(m.span.overlaps(f.span) for f in found) and m.label in ("PER", "PRON")]
            if persons:
                out.append(_Context(persons[0].actor, found[0].name, found[0].span))  # type: ignore[arg-type]
        return out


@component("quotes.interview")
def make_interview_context() -> InterviewContext:
    return InterviewContext()
