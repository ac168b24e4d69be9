"""Building ``Article`` records from raw fields: text clean-up, date and language normalisation,
id checks. Shared by every reader."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any

from parley.model import Article, normalise_text

MAX_ID_LENGTH = 200  # articles.id is VARCHAR(200)

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})(?:-(\d{2}))?")
_GERMAN_DATE = re.compile(r"^\s*(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})")
_LANG = re.compile(r"^([a-zA-Z]{2,3})(?:[-_].*)?$")
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


@dataclass
class ReadError:
    """An input (file or record) that was skipped, with a one-line reason."""

    source: str
    reason: str


class RecordError(ValueError):
    """A record that cannot become an article; ``str(exc)`` is the reason."""


def clean_text(text: str) -> str:
    """Normalise (NFC, ``\\n`` line ends) and blank out control characters and lone surrogates.

    Length-preserving after normalisation, so offsets given with a record's text stay valid; NUL
    and friends would otherwise break PostgreSQL ``TEXT`` columns.
    """
    text = normalise_text(text)
    return _BAD_CHARS.sub(lambda m: "\ufffd" if "\ud800" <= m.group() <= "\udfff" else " ", text)


def normalise_date(value: Any) -> str | None:
    """ISO ``YYYY-MM-DD`` (or ``YYYY-MM``) from ISO strings, RFC 822 dates, ``DD.MM.YYYY`` or
    ``datetime``; None if the value is not recognisably a date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    text = str(value)
    if match := _ISO_DATE.match(text):
        year, month, day = match.groups()
        return _valid(int(year), int(month), int(day) if day else None)
    if match := _GERMAN_DATE.match(text):
        day, month, year = (int(g) for g in match.groups())
        return _valid(year, month, day)
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _valid(year: int, month: int, day: int | None) -> str | None:
    try:
        dt.date(year, month, day or 1)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def normalise_lang(value: Any) -> str | None:
    """Lower-case ISO 639 code from ``de``, ``de-DE``, ``EN_us``; None otherwise."""
    if not isinstance(value, str):
        return None
    match = _LANG.match(value.strip())
    return match.group(1).lower() if match else None


def _optional_str(value: Any) -> str | None:
    if value is None:
        return None
    text = clean_text(str(value)).strip()
    return text or None


def make_article(
    text: Any,
    *,
    source: str,
    id: Any = None,
    url: Any = None,
    title: Any = None,
    date: Any = None,
    lang: Any = None,
    author: Any = None,
    meta: dict[str, Any] | None = None,
) -> Article:
    """An ``Article`` from raw fields, or ``RecordError`` with the reason it cannot be one."""
    if not isinstance(text, str):
        raise RecordError("record has no 'text' string")
    if not text.strip():
        raise RecordError("empty text")
    article_id = "" if id is None else clean_text(str(id)).strip()
    if len(article_id) > MAX_ID_LENGTH:
        raise RecordError(f"id longer than {MAX_ID_LENGTH} characters")
    extra = dict(meta or {})
    iso_date = normalise_date(date)
    if date not in (None, "") and iso_date is None:
        extra["date_raw"] = str(date)
    return Article(
        text=clean_text(text),
        id=article_id,
        url=_optional_str(url),
        title=_optional_str(title),
        date=iso_date,
        lang=normalise_lang(lang),
        source=_optional_str(source),
        author=_optional_str(author),
        meta=extra,
    )
