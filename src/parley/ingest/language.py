"""Language identification with lingua, restricted to the languages parley expects.

The detector is built once per language set, on first use. ``PARLEY_LANGS`` (comma-separated ISO
639-1 codes) or ``parley ingest --langs`` override the default set.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

DEFAULT_LANGUAGES: tuple[str, ...] = ("de", "en", "fr", "es", "it", "pl", "ru", "uk")
SAMPLE_CHARS = 3000  # enough for a reliable decision, cheap on long articles
MAX_SAMPLE_LINE = 5000
_LONG_TOKEN = re.compile(r"\S{40,}")


def configured_languages(value: str | None = None) -> tuple[str, ...]:
    """Languages from ``value`` or ``$PARLEY_LANGS`` (comma-separated), else the default set."""
    raw = value or os.environ.get("PARLEY_LANGS", "")
    codes = tuple(code.strip().lower() for code in raw.split(",") if code.strip())
    return codes or DEFAULT_LANGUAGES


@lru_cache(maxsize=4)
def _detector(codes: tuple[str, ...]):  # type: ignore[no-untyped-def]
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    try:
        isos = [getattr(IsoCode639_1, code.upper()) for code in codes]
    except AttributeError as exc:
        raise ValueError(f"unknown language code in {','.join(codes)}") from exc
    if len(isos) < 2:
        raise ValueError("language detection needs at least two languages")
    return LanguageDetectorBuilder.from_iso_codes_639_1(*isos).build()


def language_sample(text: str) -> str:
    """Up to ``SAMPLE_CHARS`` of ordinary text: overlong lines (a 100,000-character first line) and
    overlong tokens (base64, URLs) are passed over when the text has other lines to judge by."""
    if len(text) <= SAMPLE_CHARS and not _LONG_TOKEN.search(text):
        return text
    lines = [ln for ln in text[:1_000_000].split("\n") if len(ln) <= MAX_SAMPLE_LINE]
    sample = _LONG_TOKEN.sub(" ", "\n".join(lines))[:SAMPLE_CHARS]
    if not sample.strip():  # nothing but long lines: judge by their ordinary words
        sample = _LONG_TOKEN.sub(" ", text[:1_000_000])[:SAMPLE_CHARS]
    return sample


def detect_language(text: str, languages: tuple[str, ...] = DEFAULT_LANGUAGES) -> str | None:
    """ISO 639-1 code of ``text``'s language among ``languages``; None if undecidable."""
    sample = language_sample(text)
    if not sample.strip():
        return None
    found = _detector(tuple(languages)).detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found is not None else None
