"""Turn an analysed article into one line of the evaluation prediction format
(``../shared/eval/README.md``): ``id``, ``statements``, ``positions`` plus extra detail."""

from __future__ import annotations

from typing import Any

from parley.model import UNKNOWN_ACTOR, Article, Position, Statement


def statement_record(doc: Article, st: Statement) -> dict[str, Any]:
    return {
        "id": st.id,
        "kind": st.kind,
        "start": st.quote.start,
        "end": st.quote.end,
        "quote": doc.span_text(st.quote),
        "speaker": st.speaker_actor or UNKNOWN_ACTOR,
        "speaker_text": doc.span_text(st.speaker),
        "cue": doc.span_text(st.cue),
        "channel": st.channel,
        "via": st.via,
        "addressee": st.addressee_actor or doc.span_text(st.addressee),
        "nested_in": st.nested_in,
        "confidence": round(st.confidence, 3),
    }


def position_record(doc: Article, pos: Position) -> dict[str, Any]:
    ev = pos.evidence
    return {
        "actor": pos.actor,
        "issue": pos.issue,
        "stance": pos.stance,
        "evidence": doc.span_text(ev),
        "start": ev.start if ev else None,
        "end": ev.end if ev else None,
        "statement": pos.statement,
        "confidence": round(pos.confidence, 3),
    }


def prediction(doc: Article) -> dict[str, Any]:
    """The prediction line for ``doc``; statements with empty quotes are dropped."""
    return {
        "id": doc.id,
        "lang": doc.lang,
        "dossier": doc.dossier,
        "statements": [statement_record(doc, s) for s in doc.statements if len(s.quote) > 0],
        "positions": [position_record(doc, p) for p in doc.positions],
    }
