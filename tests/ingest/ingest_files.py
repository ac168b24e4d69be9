"""Helpers of the ingest tests: write an input file, read paths into articles and read errors."""

from __future__ import annotations

from pathlib import Path

from parley.ingest import ReadError, ReadOptions, read_paths
from parley.model import Article


def written(folder: Path, name: str, data: str | bytes) -> Path:
    """``data`` written to ``folder/name`` (text as UTF-8); returns the path."""
    path = folder / name
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def read(*paths: Path | str, **options: object) -> tuple[list[Article], list[ReadError]]:
    """The articles and the read errors of ``paths``."""
    items = list(read_paths(paths, ReadOptions(**options)))  # type: ignore[arg-type]
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, ReadError)]


def articles(*paths: Path | str, **options: object) -> list[Article]:
    """The articles of ``paths``, which must read without errors."""
    docs, errors = read(*paths, **options)
    assert not errors, errors
    return docs
