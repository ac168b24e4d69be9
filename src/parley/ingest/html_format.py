"""HTML pages: trafilatura extracts the main text and metadata (title, date, author, canonical URL,
site name); when it finds nothing, a plain lxml (then regex) extraction takes over. Script, style and
template content never becomes text."""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from parley.ingest.files import read_text_file
from parley.ingest.options import ReadOptions
from parley.ingest.records import RecordError, make_article
from parley.model import Article

logging.getLogger("trafilatura").setLevel(logging.ERROR)

_HIDDEN_TAGS = ("script", "style", "noscript", "template", "head", "svg")
_BLOCK_TAGS = (
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "tr",
    "section",
    "article",
    "header",
    "footer",
    "pre",
    "dd",
    "dt",
    "figcaption",
)
_HIDDEN_RE = re.compile(
    r"<(script|style|noscript|template|head|svg)\b.*?(?:</\1\s*>|\Z)", re.IGNORECASE | re.DOTALL
)
_BLOCK_RE = re.compile(rf"</?(?:{'|'.join(_BLOCK_TAGS)})\b[^>]*>", re.IGNORECASE)
_TAG_RE = re.compile(r"<[^>]*>|<!--.*?-->", re.DOTALL)
_SPACES = re.compile(r"\s+")
_TITLE_RE = re.compile(r"<title[^>]*>(.*?)</title", re.IGNORECASE | re.DOTALL)


def _tidy(text: str) -> str:
    """Collapse blanks within lines and drop empty lines."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _lxml_text(markup: str) -> str:
    import lxml.html
    from lxml import etree

    try:
        tree = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return ""
    for element in tree.xpath("|".join(f"//{tag}" for tag in _HIDDEN_TAGS)):
        element.drop_tree()
    for element in tree.iter():  # source line breaks are just spaces in HTML
        element.text = _SPACES.sub(" ", element.text) if element.text else element.text
        element.tail = _SPACES.sub(" ", element.tail) if element.tail else element.tail
    for element in tree.xpath("|".join(f"//{tag}" for tag in _BLOCK_TAGS)):
        element.tail = "\n" + (element.tail or "")
    return _tidy(tree.text_content())


def _regex_text(markup: str) -> str:
    text = _SPACES.sub(" ", _HIDDEN_RE.sub(" ", markup))
    text = _BLOCK_RE.sub("\n", text)
    return _tidy(html.unescape(_TAG_RE.sub(" ", text)))


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page or fragment without boilerplate removal."""
    return _lxml_text(markup) or _regex_text(markup)


def _trafilatura(markup: str) -> dict[str, Any]:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False)
    except Exception:  # trafilatura/lxml can choke on badly broken markup; fall back below
        return {}
    if doc is None:
        return {}
    return doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)


def read_html(path: Path, options: ReadOptions) -> Iterator[Article]:
    markup, encoding = read_text_file(path, options, html=True)
    found = _trafilatura(markup)
    text = (found.get("text") or "").strip()
    meta: dict[str, Any] = {"input": str(path), "extractor": "trafilatura"}
    if not text:
        text = html_to_text(markup)
        meta["extractor"] = "fallback"
    if not text:
        raise RecordError("HTML page has no readable text")
    if encoding not in ("utf-8", "utf-8-sig"):
        meta["encoding"] = encoding
    title = found.get("title")
    if not title and (match := _TITLE_RE.search(markup)):
        title = _tidy(html.unescape(match.group(1)))
    meta.update({k: found[k] for k in ("sitename", "hostname", "description") if found.get(k)})
    yield make_article(
        text,
        source=found.get("sitename") or str(path),
        url=found.get("url"),
        title=title,
        date=found.get("date"),
        author=found.get("author"),
        meta=meta,
    )
