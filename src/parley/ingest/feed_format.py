"""RSS and Atom feed files (feedparser): one article per entry, its content (or summary) HTML
turned into text; the feed's title becomes the articles' source."""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from parley.ingest.decoding import SNIFF_BYTES, binary_reason
from parley.ingest.files import read_text_file
from parley.ingest.html_format import html_to_text
from parley.ingest.options import ReadOptions
from parley.ingest.records import ReadError, RecordError, make_article
from parley.model import Article

_MARK = "\ufffd"  # stands in for a NUL byte or undecodable bytes in a damaged feed


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


def _feed_bytes(path: Path, options: ReadOptions) -> tuple[bytes, bool]:
    """The feed's bytes, and whether NUL or non-UTF-8 bytes had to be marked (their entries are
    skipped later, the others kept)."""
    try:
        read_text_file(path, options)  # size, emptiness, binary and encoding checks
        return path.read_bytes(), False
    except RecordError as exc:
        if not str(exc).startswith(("binary file (contains NUL", "undecodable bytes")):
            raise
    data = path.read_bytes()
    if reason := binary_reason(data[:SNIFF_BYTES].replace(b"\x00", b"")):
        raise RecordError(reason)
    text = data.replace(b"\x00", _MARK.encode()).decode("utf-8", errors="replace")
    return text.encode("utf-8"), True


def read_feed(path: Path, options: ReadOptions) -> Iterator[Article | ReadError]:
    import feedparser

    data, damaged = _feed_bytes(path, options)
    # A stream, never a string: feedparser would fetch a string that looks like a URL or file name.
    feed = feedparser.parse(io.BytesIO(data))
    if not feed.get("version"):
        problem = feed.get("bozo_exception")
        raise RecordError(f"not an RSS/Atom feed{f': {problem}' if problem else ''}")
    if not feed.entries:
        raise RecordError("feed has no entries")
    outlet = feed.feed.get("title") or str(path)
    for number, entry in enumerate(feed.entries, 1):
        try:
            text = _entry_text(entry)
            if damaged and (_MARK in text or _MARK in (entry.get("title") or "")):
                raise RecordError("entry contains a NUL byte or bytes that are not UTF-8")
            yield make_article(
                text,
                source=outlet,
                url=entry.get("link"),
                title=entry.get("title"),
                date=_entry_date(entry),
                author=entry.get("author"),
                meta={"input": f"{path}#{number}", **({"guid": entry["id"]} if entry.get("id") else {})},
            )
        except RecordError as exc:
            yield ReadError(f"{path}#{number}", str(exc))
