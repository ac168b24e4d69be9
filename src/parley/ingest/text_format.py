"""Plain-text articles: the first line is the title, the rest the text.

A file of a single line (or whose first line is longer than a headline) has no title. A leading
``YYYY-MM-DD`` in the file name is taken as the article's date (``2025-03-14-kremlin.txt``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from parley.ingest.files import read_text_file
from parley.ingest.options import ReadOptions
from parley.ingest.records import make_article
from parley.model import Article

MAX_TITLE_CHARS = 300
_NAME_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")


def date_from_name(path: Path) -> str | None:
    match = _NAME_DATE.match(path.name)
    return match.group(1) if match else None


def split_title(text: str) -> tuple[str | None, str]:
    """``(title, body)``: the first non-empty line is the title if a body follows it."""
    stripped = text.strip()
    first, _, rest = stripped.partition("\n")
    if rest.strip() and len(first.strip()) <= MAX_TITLE_CHARS:
        return first.strip(), rest.strip()
    return None, stripped


def read_txt(path: Path, options: ReadOptions) -> Iterator[Article]:
    text, encoding = read_text_file(path, options)
    title, body = split_title(text)
    meta = {"input": str(path)}
    if encoding not in ("utf-8", "utf-8-sig"):
        meta["encoding"] = encoding
    yield make_article(body, source=str(path), title=title, date=date_from_name(path), meta=meta)
