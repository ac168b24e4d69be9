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


STATEMENT_COLUMNS = ("id", "article_id", "date", "source", "url", "kind", "speaker", "speaker_text", "cue",
                     "channel", "via", "start", "end", "quote", "confidence")
POSITION_COLUMNS = ("article_id", "date", "source", "url", "actor", "issue", "stance", "evidence", "start", "end",
                    "statement_id", "confidence")


def _rows(records: Iterable[PositionRecord | StatementRecord], columns: tuple[str, ...]) -> list[dict[str, Any]]:
    return [{**{c: getattr(r, c) for c in columns}, **_spread(r)} for r in records]


def statement_rows(records: Iterable[StatementRecord]) -> list[dict[str, Any]]:
    return _rows(records, STATEMENT_COLUMNS)


def position_rows(records: Iterable[PositionRecord]) -> list[dict[str, Any]]:
    return _rows(records, POSITION_COLUMNS)
