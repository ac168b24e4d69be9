"""Whole-file reading with the size, emptiness, binary and encoding checks every format shares."""

from __future__ import annotations

from pathlib import Path

from parley.ingest.decoding import SNIFF_BYTES, DecodeError, declared_charset, decode_bytes
from parley.ingest.options import ReadOptions, human_bytes
from parley.ingest.records import RecordError


def read_text_file(path: Path, options: ReadOptions, *, html: bool = False) -> tuple[str, str]:
    """``(text, encoding)`` of a file read whole, or ``RecordError`` with the reason.

    The size is checked with ``stat`` first, so an oversized file is refused without reading it.
    """
    size = path.stat().st_size
    if size == 0:
        raise RecordError("empty file")
    if size > options.max_bytes:
        raise RecordError(
            f"file is {human_bytes(size)}, over the --max-bytes limit of {human_bytes(options.max_bytes)}"
            " (split it, or use JSONL, which is read line by line)"
        )
    data = path.read_bytes()
    declared = declared_charset(data[:SNIFF_BYTES]) if html else None
    try:
        text, encoding = decode_bytes(data, declared)
    except DecodeError as exc:
        raise RecordError(str(exc)) from None
    if not text.strip():
        raise RecordError("file contains only whitespace")
    return text, encoding
