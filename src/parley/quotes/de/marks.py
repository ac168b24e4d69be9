"""Pair German (and mixed) quotation marks into quote spans: „…“ „…” »…« «…» ‚…‘ "…" “…”.

German closes „ with “ (which opens a quote in English), so the closer depends on the opener.
Marks nested inside an open quote are skipped (the outer quote wins). A quote still open at a
paragraph end continues when the next paragraph starts with the same opener (one part per
paragraph), else it ends there (``closed=False``).
"""

from __future__ import annotations

from parley.model import Span
from parley.quotes.spans import QuoteSpan
from parley.quotes.spans import lines as _paragraphs

CLOSERS: dict[str, str] = {
    "„": '“”"',
    "»": "«",
    "«": "»",
    "“": "”",
    '"': '"',
    "‚": "‘’",
    "‹": "›",
    "›": "‹",
}
SINGLE = {"‚", "‹", "›"}


def _can_open(text: str, i: int) -> bool:
    c = text[i]
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace():
        return False
    if c in "„»«‚‹›":
        return c not in "»«›‹" or not before.isalnum() or c in "„‚"
    return before.isspace() or before in "([{–—-:/" or i == 0  # “ and " open only after a break


def _can_close(text: str, i: int, opener: str) -> bool:
    if text[i] not in CLOSERS[opener]:
        return False
    if opener in SINGLE or opener == "‚":
        after = text[i + 1] if i + 1 < len(text) else " "
        return not after.isalnum()
    return not (text[i] == '"' and text[i - 1].isspace() and i + 1 < len(text) and text[i + 1].isalnum())


def find_quotes(text: str) -> list[QuoteSpan]:
    """Top-level quotes in order; marks excluded from the spans."""
    quotes: list[QuoteSpan] = []
    pending: tuple[str, QuoteSpan] | None = None
    for line_start, line_end in _paragraphs(text):
        stripped = text[line_start:line_end].lstrip()
        if not stripped:
            continue
        first = line_end - len(stripped)
        current: tuple[str, QuoteSpan] | None = None
        i = line_start
        if pending is not None:
            opener, quote = pending
            pending = None
            if stripped[0] == opener:
                quote.parts.append(Span(first + 1, first + 1))
                current, i = (opener, quote), first + 1
            else:
                quote.closed = False
                quotes.append(quote)
        while i < line_end:
            c = text[i]
            if current is None:
                if c in CLOSERS and _can_open(text, i):
                    current = (c, QuoteSpan(i + 1, i + 1, [Span(i + 1, i + 1)]))
            elif _can_close(text, i, current[0]):
                quote = current[1]
                quote.parts[-1] = Span(quote.parts[-1].start, i)
                quote.end = i
                quotes.append(quote)
                current = None
            i += 1
        if current is not None:
            quote = current[1]
            end = line_start + len(text[line_start:line_end].rstrip())
            quote.parts[-1] = Span(quote.parts[-1].start, end)
            quote.end = end
            pending = current
    if pending is not None:
        pending[1].closed = False
        quotes.append(pending[1])
    return [q for q in quotes if q.end > q.start]
