"""JSON Lines (streamed line by line) and JSON files (one object or a list of objects).

Each record needs ``text``; ``id, url, date, lang, title, author, source`` are optional. A bad line
or record is skipped with ``file:line`` (or ``file[index]``) and its reason; the good ones are kept.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from parley.ingest.decoding import SNIFF_BYTES, binary_reason, bom_encoding, has_undecodable, utf16_without_bom
from parley.ingest.files import read_text_file
from parley.ingest.json_split import array_elements
from parley.ingest.options import ReadOptions, human_bytes
from parley.ingest.records import ReadError, RecordError, make_article
from parley.model import Article

FIELDS = ("id", "url", "title", "date", "lang", "author")
_DRAIN_CHARS = 1 << 20


def article_from_record(record: Any, source: str, where: str) -> Article:
    if not isinstance(record, dict):
        raise RecordError(f"expected a JSON object, got {type(record).__name__}")
    fields = {key: record.get(key) for key in FIELDS}
    source = record.get("source") or source
    return make_article(record.get("text"), source=source, meta={"input": where}, **fields)


def _parse(line: str, where: str, source: str) -> Article | ReadError:
    if has_undecodable(line):
        return ReadError(where, "line is not valid UTF-8")
    if "\x00" in line:
        return ReadError(where, "line contains a NUL byte")
    return _record(lambda: json.loads(line.rstrip("\r\n")), source, where)


def _record(parse: Any, source: str, where: str) -> Article | ReadError:
    """The article of one parsed record, or the one-line reason it cannot be one."""
    try:
        return article_from_record(parse(), source, where)
    except json.JSONDecodeError as exc:
        return ReadError(where, f"invalid JSON: {exc.msg} (column {exc.colno})")
    except RecursionError:
        return ReadError(where, "JSON nested too deeply")
    except RecordError as exc:
        return ReadError(where, str(exc))
    except (ValueError, TypeError) as exc:  # odd values in an otherwise valid record
        return ReadError(where, f"bad record: {type(exc).__name__}: {exc}")


def read_jsonl(path: Path, options: ReadOptions) -> Iterator[Article | ReadError]:
    """Stream ``path`` one line at a time; lines over ``max_bytes`` are skipped without being held."""
    with path.open("rb") as raw:
        head = raw.read(SNIFF_BYTES)
        if not head:
            raise RecordError("empty file")
        if reason := binary_reason(head.replace(b"\x00", b"")):  # a NUL byte spoils only its line
            raise RecordError(reason)
        raw.seek(0)
        encoding = bom_encoding(head) or utf16_without_bom(head) or "utf-8"
        errors = "surrogateescape" if encoding.startswith("utf-8") else "strict"
        handle = io.TextIOWrapper(raw, encoding=encoding, errors=errors)
        number, records = 0, 0
        try:
            while line := handle.readline(options.max_bytes):
                number += 1
                where = f"{path}:{number}"
                if len(line) >= options.max_bytes and not line.endswith("\n"):
                    while (chunk := handle.readline(_DRAIN_CHARS)) and not chunk.endswith("\n"):
                        pass
                    records += 1
                    limit = human_bytes(options.max_bytes)
                    yield ReadError(where, f"line is over the --max-bytes limit of {limit}")
                    continue
                if not line.strip():
                    continue
                records += 1
                yield _parse(line, where, str(path))
        except UnicodeDecodeError as exc:
            reason = f"undecodable {encoding} ({exc.reason}); rest of file skipped"
            yield ReadError(f"{path}:{number + 1}", reason)
            return
        if not records:
            yield ReadError(str(path), "file contains only blank lines")


def read_json(path: Path, options: ReadOptions) -> Iterator[Article | ReadError]:
    text, _ = read_text_file(path, options)
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        if not text.lstrip().startswith("["):
            reason = "nested too deeply" if isinstance(exc, RecursionError) else (
                f"{exc.msg} (line {exc.lineno}, column {exc.colno})")
            raise RecordError(f"invalid JSON: {reason}") from None
        yield from _read_elements(path, text)  # one bad element must not cost the others
        return
    if isinstance(data, dict):
        yield article_from_record(data, str(path), str(path))
        return
    if not isinstance(data, list):
        raise RecordError(f"JSON top level must be an object or a list, got {type(data).__name__}")
    if not data:
        raise RecordError("JSON list is empty")
    for index, record in enumerate(data):
        try:
            yield article_from_record(record, str(path), f"{path}[{index}]")
        except RecordError as exc:
            yield ReadError(f"{path}[{index}]", str(exc))


def _read_elements(path: Path, text: str) -> Iterator[Article | ReadError]:
    try:
        elements = list(array_elements(text))
    except ValueError as exc:
        raise RecordError(f"invalid JSON: {exc}") from None
    for index, element in enumerate(elements):
        yield _record(lambda element=element: json.loads(element), str(path), f"{path}[{index}]")
