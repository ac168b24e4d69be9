"""Flat rows of statements and positions (with article metadata and their spread over relaying
articles) for JSONL/CSV/Parquet export."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from parley.analysis.records import PositionRecord, StatementRecord


def _spread(record: PositionRecord | StatementRecord) -> dict[str, Any]:
    refs = record.sources or [record.ref]
    return {
        "n_sources": len(refs),
        "source_articles": ";".join(r.article_id for r in refs),
        "source_outlets": ";".join(sorted({r.source for r in refs if r.source})),
        "first_seen": min((r.date for r in refs if r.date), default=None),
        "last_seen": max((r.date for r in refs if r.date), default=None),
    }


def statement_rows(records: Iterable[StatementRecord]) -> list[dict[str, Any]]:
    return [
        {
            "id": r.id,
            "article_id": r.article_id,
            "date": r.date,
            "source": r.source,
            "url": r.url,
            "kind": r.kind,
            "speaker": r.speaker,
            "speaker_text": r.speaker_text,
            "cue": r.cue,
            "channel": r.channel,
            "via": r.via,
            "start": r.start,
            "end": r.end,
            "quote": r.quote,
            "confidence": r.confidence,
            **_spread(r),
        }
        for r in records
    ]


def position_rows(records: Iterable[PositionRecord]) -> list[dict[str, Any]]:
    return [
        {
            "article_id": r.article_id,
            "date": r.date,
            "source": r.source,
            "url": r.url,
            "actor": r.actor,
            "issue": r.issue,
            "stance": r.stance,
            "evidence": r.evidence,
            "start": r.start,
            "end": r.end,
            "statement_id": r.statement_id,
            "confidence": r.confidence,
            **_spread(r),
        }
        for r in records
    ]
