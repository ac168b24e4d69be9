"""Dependency view over ``Article.tokens`` (children, subtrees, spans) for the English rules."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from parley.model import Article, Span, Token


@dataclass
class Parse:
    """Dependency view of an article's tokens: children lists and span helpers."""

    doc: Article
    children: list[list[int]] = field(init=False)
    ends: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.ends = [t.end for t in self.doc.tokens]
        self.children = [[] for _ in self.doc.tokens]
        for i, tok in enumerate(self.doc.tokens):
            if 0 <= tok.head < len(self.doc.tokens) and tok.head != i:
                self.children[tok.head].append(i)

    @property
    def tokens(self) -> list[Token]:
        return self.doc.tokens

    def kids(self, i: int, *deps: str) -> list[int]:
        return [c for c in self.children[i] if not deps or self.tokens[c].dep in deps]

    def subtree(self, i: int) -> list[int]:
        out, stack = [], [i]
        while stack:
            j = stack.pop()
            out.append(j)
            stack.extend(self.children[j])
        return sorted(out)

    def span_of(self, ids: list[int]) -> Span:
        return Span(self.tokens[min(ids)].start, self.tokens[max(ids)].end)

    def token_at(self, offset: int) -> int | None:
        """Index of the first token ending after ``offset`` (None past the last token)."""
        i = bisect_right(self.ends, offset)
        return i if i < len(self.tokens) else None


def trim(text: str, span: Span) -> Span | None:
    """Shrink ``span`` past whitespace, punctuation and an opening dateline (keeps closing marks out)."""
    start, end = span.start, span.end
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-."):
        end -= 1
    return after_dateline(text, Span(start, end)) if end > start else None


# "MOSCOW, March 3 (Reuters) - ", "KYIV (AP) — ", "LONDON/PARIS, Nov 26 -": a place in capitals
# and/or an agency in brackets, then a dash, at the start of a paragraph.
DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’/ -]{2,40}?|[A-Z][\w.'’/ -]{1,40}?(?=,[^\n]{0,25}\())"
    r"(?:,\s*(?:\d{1,2}\.?\s+)?[\w.]+(?:\s+\d{1,2})?(?:,?\s*\d{4})?)?"
    r"\s*(?:\([\w .&/-]{2,40}\))?\s*[-–—]{1,2}\s+"
)


def after_dateline(text: str, span: Span) -> Span:
    """Move ``span``'s start past a news dateline that opens its paragraph."""
    line_start = text.rfind("\n", 0, span.start) + 1
    if text[line_start : span.start].strip():
        return span
    m = DATELINE.match(text, span.start)
    if m is None or m.end() >= span.end:
        return span
    return Span(m.end(), span.end)
