"""Record-level isolation in the readers, and the ingest defects of encodings, titles and dates."""

from __future__ import annotations

import json
from pathlib import Path

from parley.ingest import ReadError, read_paths
from parley.ingest.json_split import array_elements
from parley.ingest.records import make_article
from parley.ingest.service import date_warning

DEEP = "[" * 3000 + "]" * 3000


def _good(i: int) -> str:
    text = f"Die Regierung erklärte am Montag, die Gespräche würden fortgesetzt (Meldung {i})."
    return json.dumps({"id": f"g{i}", "text": text, "lang": "de"}, ensure_ascii=False)


def _read(path: Path) -> tuple[list[str], list[ReadError]]:
    items = list(read_paths([path]))
    return [a.id for a in items if not isinstance(a, ReadError)], [e for e in items if isinstance(e, ReadError)]


def test_jsonl_keeps_good_records_around_deep_nesting_and_nul_bytes(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join([_good(1), DEEP, _good(2), '{"id": "n", "text": "a\x00b"}', _good(3)]) + "\n")
    ids, errors = _read(path)
    assert ids == ["g1", "g2", "g3"]
    assert [(e.source.rsplit(":", 1)[1], e.reason) for e in errors] == [
        ("2", "JSON nested too deeply"), ("4", "line contains a NUL byte")]


def test_json_list_keeps_good_elements_around_a_deep_one(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text("[" + _good(1) + ", " + DEEP + ",\n" + _good(2) + ', {"text": 3}]')
    ids, errors = _read(path)
    assert ids == ["g1", "g2"]
    assert [e.source.rsplit("[", 1)[1] for e in errors] == ["1]", "3]"]
    assert errors[0].reason == "JSON nested too deeply"


def test_array_elements_respects_strings() -> None:
    assert list(array_elements(' [ {"a": "],[\\"x"}, [1, [2]], "s" ] ')) == ['{"a": "],[\\"x"}', "[1, [2]]", '"s"']


def test_feed_keeps_good_items_around_one_with_a_nul_byte(tmp_path: Path) -> None:
    items = "".join(
        f"<item><title>Meldung {i}</title><link>https://example.org/{i}</link><description>Die Regierung "
        f"sagte, Runde {i} sei beendet.{chr(0) if i == 2 else ''}</description></item>" for i in range(4)
    )
    path = tmp_path / "feed.rss"
    path.write_bytes(f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Ticker'
                     f"</title>{items}</channel></rss>".encode())
    items_read = list(read_paths([path]))
    assert [getattr(a, "title", None) for a in items_read] == ["Meldung 0", "Meldung 1", None, "Meldung 3"]
    assert "NUL" in items_read[2].reason and items_read[2].source.endswith("#3")


def test_utf16_without_bom_is_read(tmp_path: Path) -> None:
    for encoding in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes("Gespräche in Genf\nDer Minister sagte, man sei zu Gesprächen bereit.\n".encode(encoding))
        (doc,) = read_paths([path])
        assert not isinstance(doc, ReadError), doc
        assert doc.title == "Gespräche in Genf" and doc.meta["encoding"] == encoding and doc.lang == "de"


def test_overlong_first_line_is_no_title_and_does_not_decide_the_language(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    body = ("Die Regierung erklärte am Dienstag, man werde die Verhandlungen in der kommenden Woche "
            "fortsetzen. Die Opposition kritisierte das Vorgehen scharf.")
    path.write_text("the quick brown fox " * 5_000 + "\n" + body + "\n")
    (doc,) = read_paths([path])
    assert doc.title is None and doc.lang == "de"


def test_invalid_date_is_reported() -> None:
    doc = make_article("Ein Text über Verhandlungen.", source="x", date="2025-13-45")
    assert doc.date is None and "invalid date '2025-13-45'" in (date_warning(doc) or "")
    assert date_warning(make_article("Ein Text.", source="x", date="2025-03-14")) is None
