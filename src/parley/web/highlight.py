"""Cut an article's text into segments marked with the statements, cues, speakers, relays and
evidence spans over them. Segments carry plain text: templates escape it (never ``|safe``)."""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from typing import Any

from parley.model import UNKNOWN_ACTOR, Article, Position, Span, Statement

PALETTE_SIZE = 10
QUOTE_PREVIEW = 280


def colour(name: str | None) -> int:
    """A stable palette index for a speaker, the same on every page."""
    return zlib.crc32((name or UNKNOWN_ACTOR).encode("utf-8")) % PALETTE_SIZE


@dataclass
class Segment:
    text: str
    classes: str = ""
    refs: str = ""  # space-separated statement numbers covering the segment
    title: str = ""


@dataclass
class _Layer:
    span: Span
    role: str  # q | cue | spk | via | chan | ev
    owner: int  # statement number (or position number for ev)


@dataclass
class StatementCard:
    """What the article page shows about one statement (and the review form edits)."""

    number: int
    id: str
    kind: str
    quote: str
    start: int
    end: int
    speaker: str
    speaker_text: str | None
    cue: str | None
    channel: str | None
    via: str | None
    addressee: str | None
    nested_in: int | None
    confidence: float
    reviewed: bool
    colour: int
    positions: list[int] = field(default_factory=list)


def _layers(statements: list[Statement], positions: list[Position]) -> list[_Layer]:
    layers: list[_Layer] = []
    for i, st in enumerate(statements):
        for part in st.quote_parts or [st.quote]:
            layers.append(_Layer(part, "q", i))
        for role, span in (("cue", st.cue), ("spk", st.speaker), ("via", st.via_span), ("chan", st.channel_span)):
            if span is not None and len(span):
                layers.append(_Layer(span, role, i))
    for j, pos in enumerate(positions):
        if pos.evidence is not None and len(pos.evidence):
            layers.append(_Layer(pos.evidence, "ev", j))
    return [layer for layer in layers if len(layer.span)]


def describe(st: Statement, doc: Article) -> str:
    """One-line summary of a statement for tooltips."""
    bits = [st.kind, st.speaker_actor or UNKNOWN_ACTOR]
    cue = doc.span_text(st.cue)
    if cue:
        bits.append(f"cue “{cue}”")
    if st.channel:
        bits.append(f"on {st.channel}")
    if st.via:
        bits.append(f"via {st.via}")
    return " · ".join(bits)


def segments(doc: Article) -> list[Segment]:
    """The text as consecutive segments with classes for every layer covering them."""
    text, statements = doc.text, doc.statements
    layers = _layers(statements, doc.positions)
    cuts = {0, len(text)}
    for layer in layers:
        cuts.update((min(layer.span.start, len(text)), min(layer.span.end, len(text))))
    bounds = sorted(cuts)
    out: list[Segment] = []
    for a, b in zip(bounds, bounds[1:]):
        if a == b:
            continue
        active = [layer for layer in layers if layer.span.start <= a and b <= layer.span.end]
        if not active:
            out.append(Segment(text[a:b]))
            continue
        quotes = sorted((layer for layer in active if layer.role == "q"), key=lambda layer: len(layer.span))
        classes: list[str] = []
        refs: list[int] = []
        title = ""
        if quotes:
            inner = statements[quotes[0].owner]
            classes += ["q", f"c{colour(inner.speaker_actor)}"]
            if len(quotes) > 1:
                classes.append("nested")
            refs += [layer.owner for layer in quotes]
            title = describe(inner, doc)
        for role in ("cue", "spk", "via", "chan"):
            owners = [layer.owner for layer in active if layer.role == role]
            if owners:
                classes.append(role)
                refs += [o for o in owners if o not in refs]
                if role == "spk" and not quotes:
                    classes.append(f"c{colour(statements[owners[0]].speaker_actor)}")
                title = title or f"{role_label(role)} of: " + describe(statements[owners[0]], doc)
        if any(layer.role == "ev" for layer in active):
            classes.append("ev")
            title = title or "position evidence"
        out.append(Segment(text[a:b], " ".join(classes), " ".join(str(r) for r in refs), title))
    return out


def role_label(role: str) -> str:
    return {"cue": "cue", "spk": "speaker", "via": "relay", "chan": "channel"}.get(role, role)


def cards(doc: Article) -> list[StatementCard]:
    number = {st.id: i for i, st in enumerate(doc.statements)}
    linked: dict[int, list[int]] = {}
    for j, pos in enumerate(doc.positions):
        for i, st in enumerate(doc.statements):
            if pos.statement == st.id or (pos.evidence is not None and st.quote.overlaps(pos.evidence)):
                linked.setdefault(i, []).append(j)
    out = []
    for i, st in enumerate(doc.statements):
        quote = doc.span_text(st.quote) or ""
        out.append(
            StatementCard(
                number=i,
                id=st.id,
                kind=st.kind,
                quote=quote if len(quote) <= QUOTE_PREVIEW else quote[:QUOTE_PREVIEW] + "…",
                start=st.quote.start,
                end=st.quote.end,
                speaker=st.speaker_actor or UNKNOWN_ACTOR,
                speaker_text=doc.span_text(st.speaker),
                cue=doc.span_text(st.cue),
                channel=st.channel,
                via=st.via,
                addressee=(st.addressee_actor if st.addressee_actor not in (None, UNKNOWN_ACTOR) else None)
                or doc.span_text(st.addressee),
                nested_in=number.get(st.nested_in) if st.nested_in else None,
                confidence=st.confidence,
                reviewed=st.source == "review",
                colour=colour(st.speaker_actor),
                positions=linked.get(i, []),
            )
        )
    return out


def card_dict(card: StatementCard) -> dict[str, Any]:
    return {k: v for k, v in card.__dict__.items()}
