"""Long articles in bounded windows: split at paragraph (else sentence, else word) breaks, run the
chain on each window with some preceding text as context, shift the results back into the article.

Work per window is bounded, so work per article grows linearly with its length. Results anchored in
a window's context belong to the window before it and are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields, replace

from parley.model import Article, Position, Record, Sentence, Span, Statement, Token, statement_key

_SENTENCE_END = re.compile(r"[.!?…][\"'“”»«’)]*\s")


@dataclass(frozen=True)
class Window:
    """Characters ``[start, end)`` are read; results starting before ``keep`` are dropped."""

    start: int
    keep: int
    end: int


def _cut(text: str, lo: int, hi: int) -> int:
    """The last good break in ``text[lo:hi]``: after a blank line, a line, a sentence, a space."""
    for mark in ("\n\n", "\n"):
        at = text.rfind(mark, lo, hi)
        if at >= 0:
            return at + len(mark)
    last = None
    for last in _SENTENCE_END.finditer(text, lo, hi):
        pass
    if last is not None:
        return last.end()
    at = max(text.rfind(" ", lo, hi), text.rfind("\t", lo, hi))
    return at + 1 if at >= 0 else hi


def windows(text: str, size: int, context: int) -> list[Window]:
    """Windows of at most ``size`` (+ ``context``) characters covering ``text``."""
    out: list[Window] = []
    keep, n = 0, len(text)
    while keep < n:
        end = n if n - keep <= size else _cut(text, keep + size // 2, keep + size)
        start = keep if keep == 0 or context <= 0 else _context_start(text, keep, context)
        out.append(Window(start, keep, end))
        keep = end
    return out


def _context_start(text: str, keep: int, context: int) -> int:
    """Where the context before ``keep`` starts: the first break after ``keep - context``."""
    lo = max(0, keep - context)
    for mark in ("\n", " "):
        at = text.find(mark, lo, keep)
        if at >= 0:
            return at + 1
    return keep


def _shift(record: Record, by: int) -> Record:
    changes: dict[str, object] = {}
    for name in record._spans:
        span = getattr(record, name)
        if span is not None:
            changes[name] = Span(span.start + by, span.end + by)
    for name in record._span_lists:
        changes[name] = [Span(s.start + by, s.end + by) for s in getattr(record, name)]
    return replace(record, **changes)  # type: ignore[type-var]


def run_windowed(doc: Article, run: Callable[[Article], Article], size: int, context: int,
                 between: Callable[[str], None] | None = None) -> Article:
    """Run ``run`` over ``doc`` window by window (in one piece when it is short enough)."""
    if len(doc.text) <= size or size <= 0 or doc.tokens:
        return run(doc)
    parts = windows(doc.text, size, context)
    for number, win in enumerate(parts, 1):
        if between is not None:
            between(f"window {number}/{len(parts)}")
        piece = Article(**{f.name: getattr(doc, f.name) for f in fields(Article)
                           if f.name not in Article._children and f.name != "text"},
                        text=doc.text[win.start : win.end])
        _append(doc, run(piece), win)
    doc.statements.sort(key=lambda s: s.quote.start)
    return doc


def _append(doc: Article, piece: Article, win: Window) -> None:
    """Add ``piece``'s results that start at or after ``win.keep`` to ``doc``, in its offsets."""
    by, keep = win.start, win.keep - win.start
    sent_ids: dict[int, int] = {}
    for i, sent in enumerate(piece.sentences):
        if sent.end > keep:
            sent_ids[i] = len(doc.sentences)
            doc.sentences.append(Sentence(max(sent.start, keep) + by, sent.end + by))
    tok_ids: dict[int, int] = {}
    kept_tokens: list[tuple[int, Token]] = []
    for i, tok in enumerate(piece.tokens):
        if tok.start >= keep and tok.sent in sent_ids:
            tok_ids[i] = len(doc.tokens) + len(kept_tokens)
            kept_tokens.append((i, tok))
    for _i, tok in kept_tokens:
        doc.tokens.append(replace(tok, start=tok.start + by, end=tok.end + by, sent=sent_ids[tok.sent],
                                  head=tok_ids.get(tok.head, -1)))
    doc.mentions.extend(_shift(m, by) for m in piece.mentions if m.span.start >= keep)  # type: ignore[misc]
    ids: dict[str, str] = {}
    statements: list[Statement] = []
    for st in piece.statements:
        if st.quote.start < keep:
            continue
        moved: Statement = _shift(st, by)  # type: ignore[assignment]
        moved.id = statement_key(doc.id, moved)
        ids[st.id] = moved.id
        statements.append(moved)
    for st in statements:
        if st.nested_in is not None:
            st.nested_in = ids.get(st.nested_in)
    doc.statements.extend(statements)
    for pos in piece.positions:
        if pos.statement is not None and pos.statement not in ids:
            continue
        if pos.statement is None and (pos.evidence is None or pos.evidence.start < keep):
            continue
        moved_pos: Position = _shift(pos, by)  # type: ignore[assignment]
        if pos.statement is not None:
            moved_pos.statement = ids[pos.statement]
        doc.positions.append(moved_pos)

