"""Quote spans shared by the German and English quotation-mark finders."""

from __future__ import annotations

from dataclasses import dataclass, field

from parley.model import Span


@dataclass
class QuoteSpan:
    """Text inside a pair of marks (marks excluded); ``parts`` per paragraph."""

    start: int
    end: int
    parts: list[Span] = field(default_factory=list)
    closed: bool = True

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    def contains(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end

    def end_part(self, end: int) -> None:
        """Close the current paragraph part (and the quote so far) at ``end``."""
        self.parts[-1] = Span(self.parts[-1].start, end)
        self.end = end


def lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` (newline excluded)."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out
