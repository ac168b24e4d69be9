"""Split a JSON array into the source text of its elements without parsing them, so that one
element that cannot be parsed (too deep, invalid) does not cost the others."""

from __future__ import annotations

from collections.abc import Iterator

_OPEN, _CLOSE = "[{", "]}"


def array_elements(text: str) -> Iterator[str]:
    """The source text of each top-level element of the JSON array ``text`` (one linear scan).

    Raises ``ValueError`` if ``text`` is not an array or its brackets and strings do not balance.
    """
    start = len(text) - len(text.lstrip())
    if not text.startswith("[", start):
        raise ValueError("not a JSON array")
    depth, in_string, escaped = 0, False, False
    begin = start + 1
    for i in range(start + 1, len(text)):
        ch = text[i]
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in _OPEN:
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
        elif depth == 0 and ch in ",]":
            element = text[begin:i].strip()
            if element or ch == ",":
                yield element
            begin = i + 1
            if ch == "]":
                if text[i + 1 :].strip():
                    raise ValueError("text after the closing bracket")
                return
    raise ValueError("unterminated JSON array")
