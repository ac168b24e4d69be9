"""Field normalisation shared by the readers."""

from __future__ import annotations

import pytest

from parley.ingest.options import parse_size
from parley.ingest.records import RecordError, clean_text, make_article, normalise_date, normalise_lang


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2025-03-14", "2025-03-14"),
        ("2025-03-14T18:30:00+02:00", "2025-03-14"),
        ("2025-03", "2025-03"),
        ("Fri, 14 Mar 2025 18:30:00 +0100", "2025-03-14"),
        ("14.03.2025", "2025-03-14"),
        ("gestern", None),
        ("2025-13-01", None),
        ("31.02.2025", None),
        (None, None),
    ],
)
def test_dates(raw: str | None, iso: str | None) -> None:
    assert normalise_date(raw) == iso


def test_languages_and_sizes() -> None:
    assert [normalise_lang(v) for v in ("de", "de-DE", "EN_us", "deutsch", 7)] == [
        "de",
        "de",
        "en",
        None,
        None,
    ]
    assert [parse_size(v) for v in ("1024", "50MB", "200M", "1.5k")] == [1024, 50 * 2**20, 200 * 2**20, 1536]
    with pytest.raises(ValueError):
        parse_size("viel")


def test_clean_text_keeps_length_and_makes_text_storable() -> None:
    raw = "Peskow\x00sagte\x07: \ud800„Nein.“"
    cleaned = clean_text(raw)
    assert len(cleaned) == len(raw) and cleaned == "Peskow sagte : \ufffd„Nein.“"
    cleaned.encode("utf-8")


def test_unparsable_date_is_kept_in_meta_and_empty_text_refused() -> None:
    doc = make_article("Lawrow sprach in Riad.", source="x", date="Ostern 2025")
    assert doc.date is None and doc.meta["date_raw"] == "Ostern 2025"
    with pytest.raises(RecordError, match="empty text"):
        make_article("   ", source="x")
