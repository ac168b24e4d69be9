"""RSS and Atom feed files (feedparser): one article per entry, its content (or summary) HTML
turned into text; the feed's title becomes the articles' source."""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from parley.ingest.files import read_text_file
from parley.ingest.html_format import html_to_text
from parley.ingest.options import ReadOptions
from parley.ingest.records import ReadError, RecordError, make_article
from parley.model import Article


def _entry_text(entry: Any) -> str:
    parts = entry.get("content") or []
    body = parts[0] if parts else entry.get("summary_detail") or {}
    value = body.get("value") or entry.get("summary") or ""
    if "html" in (body.get("type") or "text/html") or "<" in value:
        return html_to_text(value)
    return value.strip()


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            return time.strftime("%Y-%m-%d", parsed)
    return entry.get("published") or entry.get("updated")


def read_feed(path: Path, options: ReadOptions) -> Iterator[Article | ReadError]:
    import feedparser

    read_text_file(path, options)  # size, emptiness, binary and encoding checks
    # A stream, never a string: feedparser would fetch a string that looks like a URL or file name.
    feed = feedparser.parse(io.BytesIO(path.read_bytes()))
    if not feed.get("version"):
        problem = feed.get("bozo_exception")
        raise RecordError(f"not an RSS/Atom feed{f': {problem}' if problem else ''}")
    if not feed.entries:
        raise RecordError("feed has no entries")
    outlet = feed.feed.get("title") or str(path)
    for number, entry in enumerate(feed.entries, 1):
        try:
            yield make_article(
                _entry_text(entry),
                source=outlet,
                url=entry.get("link"),
                title=entry.get("title"),
                date=_entry_date(entry),
                author=entry.get("author"),
                meta={"input": f"{path}#{number}", **({"guid": entry["id"]} if entry.get("id") else {})},
            )
        except RecordError as exc:
            yield ReadError(f"{path}#{number}", str(exc))
