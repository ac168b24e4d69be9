"""Readers: every input format, metadata, language detection, path expansion."""

from __future__ import annotations

import json
from pathlib import Path

from ingest_files import articles, written

from parley.ingest import ReadError, read_paths
from parley.model import Article

DE_TEXT = (
    "Kremlsprecher Dmitri Peskow sagte am Dienstag, Moskau sei zu einem Waffenstillstand bereit, "
    "wenn die Ukraine auf einen NATO-Beitritt verzichte. Die Regierung in Kiew wies das zurück."
)
EN_TEXT = (
    "Ukrainian President Volodymyr Zelensky said on Tuesday that Kyiv would not give up any territory "
    "in exchange for a ceasefire, according to a statement published by his office."
)


def test_txt_first_line_is_title_and_file_name_gives_date(tmp_path: Path) -> None:
    path = written(tmp_path, "2025-03-14-peskow.txt", f"Kreml stellt Bedingungen\n\n{DE_TEXT}\n")
    [doc] = articles(path)
    assert doc.title == "Kreml stellt Bedingungen"
    assert doc.text == DE_TEXT
    assert doc.date == "2025-03-14"
    assert doc.lang == "de"
    assert doc.id == doc.content_hash[:16]


def test_txt_of_one_line_has_no_title(tmp_path: Path) -> None:
    path = written(tmp_path, "one.txt", EN_TEXT)
    [doc] = articles(path)
    assert doc.title is None and doc.text == EN_TEXT and doc.lang == "en"


HTML_PAGE = f"""<!DOCTYPE html>
<html lang="en"><head>
<title>Zelensky rules out territorial concessions | Example News</title>
<meta name="author" content="Jane Miller">
<meta property="article:published_time" content="2025-03-18T09:30:00+01:00">
<link rel="canonical" href="https://news.example.org/world/zelensky-territory">
<style>.ad {{ color: red }}</style>
<script>window.tracking = "secret tracker text";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Zelensky rules out territorial concessions</h1>
<p>{EN_TEXT}</p>
<p>"We will not trade land for a pause in the fighting," Zelensky told reporters in Kyiv.
He added that any agreement needed security guarantees from Western partners.</p>
</article>
<footer>Copyright Example News</footer>
</body></html>"""


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = written(tmp_path, "page.html", HTML_PAGE)
    [doc] = articles(path)
    assert "would not give up any territory" in doc.text
    assert "secret tracker" not in doc.text and "color: red" not in doc.text
    assert "Copyright" not in doc.text
    assert doc.title and "Zelensky rules out territorial concessions" in doc.title
    assert doc.date == "2025-03-18"
    assert doc.author == "Jane Miller"
    assert doc.url == "https://news.example.org/world/zelensky-territory"
    assert doc.lang == "en"


def test_html_fallback_when_trafilatura_finds_nothing(tmp_path: Path) -> None:
    path = written(
        tmp_path,
        "tiny.htm",
        "<html><head><title>Kurz</title></head><body><script>var x = 'geheim';</script>"
        "<div>Peskow: Gespräche möglich.</div></body></html>",
    )
    [doc] = articles(path)
    assert "Peskow: Gespräche möglich." in doc.text
    assert "geheim" not in doc.text
    assert doc.title == "Kurz"


def test_jsonl_records_keep_ids_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    records = [
        {
            "id": "de-1",
            "url": "https://example.de/1",
            "date": "2025-03-01T08:00:00Z",
            "lang": "de-DE",
            "title": "Peskow",
            "text": DE_TEXT,
        },
        {"text": EN_TEXT, "date": "Tue, 04 Mar 2025 10:00:00 GMT"},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n\n", encoding="utf-8")
    first, second = articles(path)
    assert (first.id, first.url, first.date, first.lang, first.title) == (
        "de-1",
        "https://example.de/1",
        "2025-03-01",
        "de",
        "Peskow",
    )
    assert first.meta.get("lang_detected") is None
    assert second.id == second.content_hash[:16]
    assert second.date == "2025-03-04" and second.lang == "en"


def test_jsonl_text_is_kept_verbatim_for_offsets(tmp_path: Path) -> None:
    text = "  Peskow sagte:\n„Wir sind bereit.“\x00Ende "
    path = written(tmp_path, "raw.jsonl", json.dumps({"id": "r", "text": text, "lang": "de"}) + "\n")
    [doc] = articles(path)
    assert len(doc.text) == len(text) and doc.text.startswith("  Peskow") and "\x00" not in doc.text


def test_json_object_and_list(tmp_path: Path) -> None:
    single = written(tmp_path, "one.json", json.dumps({"id": "a", "text": DE_TEXT}))
    many = written(
        tmp_path, "many.json", json.dumps([{"id": "b", "text": EN_TEXT}, {"id": "c", "text": "Kurz."}, {"id": "d"}])
    )
    items = list(read_paths([single, many]))
    assert [i.id for i in items if isinstance(i, Article)] == ["a", "b", "c"]
    [error] = [i for i in items if isinstance(i, ReadError)]
    assert error.source.endswith("many.json[2]") and "text" in error.reason


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Nordwire Politik</title><link>https://nordwire.example</link>
<item><title>Lawrow: Keine Truppen aus NATO-Staaten</title><link>https://nordwire.example/1</link>
<guid>nw-1</guid><pubDate>Wed, 19 Mar 2025 07:15:00 +0100</pubDate>
<description><![CDATA[<p>Außenminister Sergej Lawrow sagte, Russland werde keine Friedenstruppen aus
NATO-Staaten in der Ukraine akzeptieren.</p><script>bad()</script>]]></description></item>
<item><title>Kyiv wants guarantees</title><link>https://nordwire.example/2</link>
<pubDate>Thu, 20 Mar 2025 11:00:00 GMT</pubDate>
<description>Ukraine's foreign minister said security guarantees must come before any ceasefire.</description>
</item></channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title>
<entry><title>Talks resume</title><id>urn:uuid:1</id><updated>2025-04-02T10:00:00Z</updated>
<link href="https://atom.example/talks"/>
<content type="html">&lt;p&gt;Negotiators from both sides met in Istanbul, a Turkish official said.&lt;/p&gt;</content>
</entry></feed>"""


def test_rss_and_atom_feeds(tmp_path: Path) -> None:
    (tmp_path / "wire.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "talks.atom").write_text(ATOM, encoding="utf-8")
    lawrow, kyiv, talks = articles(tmp_path / "wire.rss", tmp_path / "talks.atom")
    assert lawrow.title.startswith("Lawrow") and lawrow.date == "2025-03-19"
    assert lawrow.source == "Nordwire Politik" and lawrow.url == "https://nordwire.example/1"
    assert "Friedenstruppen aus NATO-Staaten" in lawrow.text and "bad()" not in lawrow.text
    assert lawrow.lang == "de" and kyiv.lang == "en"
    assert talks.text.startswith("Negotiators") and talks.date == "2025-04-02"


def test_language_detection_respects_configured_set(tmp_path: Path) -> None:
    path = written(tmp_path, "x.txt", DE_TEXT)
    [doc] = articles(path, languages=("en", "fr"))
    assert doc.lang in ("en", "fr")
    [undetected] = articles(path, detect_lang=False)
    assert undetected.lang is None


def test_directories_recurse_globs_expand_and_files_come_once(tmp_path: Path) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "deeper" / "a.txt").write_text(DE_TEXT, encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text(EN_TEXT, encoding="utf-8")
    (tmp_path / "sub" / "README.md").write_text("not an article", encoding="utf-8")
    (tmp_path / "sub" / ".hidden.txt").write_text("hidden", encoding="utf-8")
    docs = articles(tmp_path / "sub", str(tmp_path / "sub" / "**" / "*.txt"))
    assert sorted(d.text for d in docs) == sorted([DE_TEXT, EN_TEXT])


def test_missing_paths_and_empty_globs_are_reported(tmp_path: Path) -> None:
    items = list(read_paths([tmp_path / "nope.txt", str(tmp_path / "*.jsonl")]))
    assert [i.reason for i in items] == ["no such file or directory", "glob pattern matches no files"]


def test_latin1_feed_is_decoded_by_its_declaration_and_urls_are_never_fetched(tmp_path: Path) -> None:
    legacy = tmp_path / "legacy.rss"
    legacy.write_bytes(
        '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Alt</title>'
        "<item><title>Gespräche in Genf</title><description>Der Außenminister äußerte sich "
        "zurückhaltend über die Gespräche.</description></item></channel></rss>".encode("latin-1")
    )
    sneaky = written(tmp_path, "sneaky.xml", f"file://{legacy}")
    items = list(read_paths([legacy, sneaky]))
    assert isinstance(items[0], Article) and items[0].title == "Gespräche in Genf"
    assert "Außenminister äußerte" in items[0].text
    assert isinstance(items[1], ReadError) and items[1].reason.startswith("not an RSS/Atom feed")
