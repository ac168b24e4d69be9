"""Readers turning input paths into Articles; unreadable inputs become ``ReadError`` records.

``read_paths`` expands files, directories (recursive) and globs, picks the reader by file suffix,
detects the language of articles that come without one, and never raises for bad input: every
skipped file or record is yielded as a ``ReadError`` with a one-line reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from parley.ingest.feed_format import read_feed
from parley.ingest.html_format import read_html
from parley.ingest.json_format import read_json, read_jsonl
from parley.ingest.language import detect_language
from parley.ingest.options import ReadOptions
from parley.ingest.paths import expand_paths
from parley.ingest.records import ReadError, RecordError
from parley.ingest.text_format import read_txt
from parley.model import Article

Reader = Callable[[Path, ReadOptions], Iterator[Article | ReadError]]

READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".text": read_txt,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".json": read_json,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml": read_feed,
}

__all__ = ["READERS", "ReadError", "input_of", "read_file", "read_paths"]


def input_of(doc: Article) -> str:
    """Where ``doc`` was read from (``file``, ``file:line``, ``file[index]`` or ``feed#entry``)."""
    return str(doc.meta.get("input") or doc.source or doc.id)


def _with_language(doc: Article, options: ReadOptions) -> Article:
    if doc.lang is None and options.detect_lang:
        doc.lang = detect_language(doc.text, options.languages)
        doc.meta["lang_detected"] = True
    return doc


def read_file(path: Path, options: ReadOptions | None = None) -> Iterator[Article | ReadError]:
    """The articles of one file (and ``ReadError`` for what could not be read)."""
    options = options or ReadOptions()
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        kinds = ", ".join(sorted(READERS))
        yield ReadError(str(path), f"unsupported file type '{path.suffix or '(none)'}' (expected {kinds})")
        return
    try:
        for item in reader(path, options):
            yield _with_language(item, options) if isinstance(item, Article) else item
    except RecordError as exc:
        yield ReadError(str(path), str(exc))
    except OSError as exc:
        yield ReadError(str(path), f"cannot read file: {exc.strerror or exc}")
    except Exception as exc:  # a reader bug on one odd file must not end the batch
        yield ReadError(str(path), f"unexpected {type(exc).__name__}: {exc}")


def read_paths(
    paths: Iterable[str | Path], options: ReadOptions | None = None
) -> Iterator[Article | ReadError]:
    """Articles from every file named by ``paths`` (files, directories, globs), in order."""
    options = options or ReadOptions()
    for item in expand_paths(paths, READERS):
        if isinstance(item, ReadError):
            yield item
        else:
            yield from read_file(item, options)
