"""Pair English quotation marks into quote spans, including multi-paragraph quotes.

English news repeats the opening mark on every paragraph of a long quote and closes it only at the
end; such paragraphs become one quote with one part per paragraph. Single marks ‘…’ count only at
the top level (not inside a double quote) and never as apostrophes.
"""

from __future__ import annotations

from parley.model import Span
from parley.quotes.spans import QuoteSpan
from parley.quotes.spans import lines as _lines

DOUBLE_OPEN = {"“": "”", '"': '"', "«": "»"}
DOUBLE_CLOSE = {"”", '"', "»"}


def _is_single_open(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return text[i] == "‘" and (before.isspace() or before in "([—–-") and after.isalnum()


def _is_single_close(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    return text[i] == "’" and not after.isalnum() and i > 0 and not text[i - 1].isspace()


def find_quotes(text: str) -> list[QuoteSpan]:
    """All top-level quotes in ``text`` in order of their start."""
    quotes: list[QuoteSpan] = []
    pending: QuoteSpan | None = None  # multi-paragraph quote left open at a paragraph end
    for line_start, line_end in _lines(text):
        stripped = text[line_start:line_end].lstrip()
        if not stripped:
            continue
        first = line_end - len(stripped)
        opened: QuoteSpan | None = None
        single = False
        if pending is not None:
            if stripped[0] in DOUBLE_OPEN:
                opened, pending = pending, None
                opened.parts.append(Span(first + 1, first + 1))
                i = first + 1
            else:
                pending.closed = False
                quotes.append(pending)
                pending, i = None, line_start
        else:
            i = line_start
        while i < line_end:
            c = text[i]
            if opened is None:
                if c in DOUBLE_OPEN or _is_single_open(text, i):
                    single = c == "‘"
                    opened = QuoteSpan(i + 1, i + 1, [Span(i + 1, i + 1)])
            elif (single and _is_single_close(text, i)) or (not single and c in DOUBLE_CLOSE):
                opened.end_part(i)
                quotes.append(opened)
                opened = None
            i += 1
        if opened is not None:
            opened.end_part(len(text[line_start:line_end].rstrip()) + line_start)
            pending = opened
    if pending is not None:
        pending.closed = False
        quotes.append(pending)
    return [q for q in quotes if q.end > q.start]
