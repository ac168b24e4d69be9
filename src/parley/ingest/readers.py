"""Readers turning input paths into Articles; unreadable inputs become ``ReadError`` records.

(Minimal JSONL version; the ingest issue extends it to all formats.)
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from parley.model import Article, normalise_text


@dataclass
class ReadError:
    """An input (file or record) that was skipped, with a one-line reason."""

    source: str
    reason: str


def _article_from_record(record: dict, source: str) -> Article:
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("record has no non-empty 'text'")
    return Article(
        text=normalise_text(text),
        id=str(record.get("id") or ""),
        url=record.get("url"),
        title=record.get("title"),
        date=record.get("date"),
        lang=record.get("lang"),
        source=record.get("source") or source,
    )


def read_jsonl(path: Path) -> Iterator[Article | ReadError]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                yield _article_from_record(json.loads(line), str(path))
            except (ValueError, AttributeError) as exc:
                yield ReadError(where, str(exc))


def read_paths(paths: Iterable[str | Path]) -> Iterator[Article | ReadError]:
    for raw in paths:
        path = Path(raw)
        yield from read_jsonl(path)
