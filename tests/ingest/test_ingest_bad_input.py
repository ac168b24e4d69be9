"""Bad input: each skipped file or record gets one clear reason, the good ones are still read."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from ingest_files import read, written


GOOD = "Selenskyj sagte am Mittwoch, die Ukraine werde keine Gebiete abtreten."


def only_error(path: Path, **options: object) -> str:
    docs, errors = read(path, **options)
    assert not docs and len(errors) == 1, (docs, errors)
    assert "\n" not in errors[0].reason
    return errors[0].reason


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("nul.txt", b"Kreml\x00\x00\x01\x02binary", "binary file (contains NUL bytes)"),
        ("scan.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (PDF document)"),
        ("photo.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (PNG image)"),
        ("archive.jsonl", b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "binary file (gzip archive)"),
        ("empty.txt", b"", "empty file"),
        ("empty.jsonl", b"", "empty file"),
        ("blank.txt", b"  \n\t\n", "file contains only whitespace"),
        ("blank.jsonl", b"\n\n  \n", "file contains only blank lines"),
    ],
)
def test_binary_and_empty_files(tmp_path: Path, name: str, data: bytes, expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert only_error(path) == expected


def test_undecodable_bytes_are_refused(tmp_path: Path) -> None:
    path = written(tmp_path, "bad.txt", "Gespräche in Genf ".encode("latin-1") + b"\x81\x8d ohne Ergebnis")
    reason = only_error(path)
    assert reason == (
        "undecodable bytes: not UTF-8 (invalid byte at 5) and not cp1252 (undefined byte 0x81 at 18)"
    )


def test_clean_cp1252_and_utf16_with_bom_are_accepted(tmp_path: Path) -> None:
    legacy = written(tmp_path, "legacy.txt",
                     "Titel\nPeskow: \u201eGespräche sind möglich\u201c.".encode("cp1252"))
    wide = written(tmp_path, "wide.txt", "Titel\nLawrow äußerte sich zurückhaltend.".encode("utf-16"))
    bom8 = written(tmp_path, "bom.txt", b"\xef\xbb\xbfTitel\nKiew lehnt ab.")
    docs, errors = read(legacy, wide, bom8)
    assert not errors
    assert (
        docs[0].text == "Peskow: \u201eGespräche sind möglich\u201c." and docs[0].meta["encoding"] == "cp1252"
    )
    assert docs[1].text == "Lawrow äußerte sich zurückhaltend."
    assert docs[2].title == "Titel"


def test_malformed_json_lines_are_skipped_and_good_lines_kept(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    lines = [
        json.dumps({"id": "ok-1", "text": GOOD}),
        '{"id": "broken", "text": "unterminated',
        "[1, 2, 3]",
        json.dumps({"id": "no-text", "title": "Nur Titel"}),
        json.dumps({"id": "x" * 201, "text": GOOD + " Zweitens."}),
        b'{"id": "latin", "text": "Gespr\xe4che"}'.decode("latin-1"),
        json.dumps({"id": "ok-2", "text": "Kremlsprecher Peskow wies die Forderung zurück."}),
    ]
    path.write_bytes(
        "\n".join(lines[:5]).encode()
        + b"\n"
        + b'{"id": "latin", "text": "Gespr\xe4che"}\n'
        + lines[6].encode()
        + b"\n"
    )
    docs, errors = read(path)
    assert [d.id for d in docs] == ["ok-1", "ok-2"]
    reasons = {e.source.rsplit(":", 1)[1]: e.reason for e in errors}
    assert reasons["2"].startswith("invalid JSON: Unterminated string")
    assert reasons["3"] == "expected a JSON object, got list"
    assert reasons["4"] == "record has no 'text' string"
    assert reasons["5"] == "id longer than 200 characters"
    assert reasons["6"] == "line is not valid UTF-8"


def test_broken_html_keeps_its_readable_text(tmp_path: Path) -> None:
    path = written(
        tmp_path,
        "broken.html",
        "<html><body><p>Der ukrainische Außenminister sagte, Sicherheitsgarantien seien unverzichtbar."
        "<div><p>Moskau reagierte zunächst nicht<script>document.write('tracker')",
    )
    docs, errors = read(path)
    assert not errors
    assert "Sicherheitsgarantien seien unverzichtbar" in docs[0].text and "tracker" not in docs[0].text


def test_html_without_text_is_reported(tmp_path: Path) -> None:
    path = written(tmp_path, "scripts.html",
                   "<html><head><script>var a = 1;</script></head><body>  </body></html>")
    assert only_error(path) == "HTML page has no readable text"


def test_not_a_feed_and_unsupported_types(tmp_path: Path) -> None:
    xml = written(tmp_path, "data.xml", "<?xml version='1.0'?><config><item>1</item></config>")
    assert only_error(xml).startswith("not an RSS/Atom feed")
    doc = written(tmp_path, "report.docx", b"PK\x03\x04")
    assert only_error(doc).startswith("unsupported file type '.docx'")


def test_huge_txt_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: 200 MB on paper, nothing on disk
        handle.truncate(200 * 1024 * 1024)
    started = time.perf_counter()
    reason = only_error(path)
    assert time.perf_counter() - started < 1
    assert reason.startswith("file is 200.0 MB, over the --max-bytes limit of 50.0 MB")


def test_huge_jsonl_is_streamed_and_its_good_records_kept(tmp_path: Path) -> None:
    path = tmp_path / "huge.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "before", "text": GOOD}) + "\n")
        handle.write('{"id": "giant", "text": "')
        block = "Verhandlungen " * 70_000  # ~1 MB
        for _ in range(200):
            handle.write(block)
        handle.write('"}\n')
        handle.write(
            json.dumps({"id": "after", "text": "Peskow sagte, der Kreml prüfe den Vorschlag."}) + "\n"
        )
    assert path.stat().st_size > 200 * 1024 * 1024 * 0.9
    docs, errors = read(path, max_bytes=50 * 1024 * 1024)
    path.unlink()  # don't leave 200 MB in pytest's kept temporary folders
    assert [d.id for d in docs] == ["before", "after"]
    assert [(e.source.rsplit(":", 1)[1], e.reason) for e in errors] == [
        ("2", "line is over the --max-bytes limit of 50.0 MB")
    ]
