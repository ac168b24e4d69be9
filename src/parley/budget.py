"""Per-article limits: a size cap and a time budget that end an article with a one-line reason."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

DEFAULT_MAX_CHARS = 2_000_000  # ~1 min of the German pipeline on one core
DEFAULT_MAX_SECONDS = 120.0
DEFAULT_WINDOW_CHARS = 20_000  # ten times the longest news article; shorter texts run in one piece
DEFAULT_WINDOW_CONTEXT = 2_000  # text before a window, read again for continuation sentences


class ArticleSkipped(Exception):
    """The article was not analysed; ``str(exc)`` says why in one line."""


@dataclass(frozen=True)
class Limits:
    """What one article may cost: characters, seconds, and the window it is processed in."""

    max_chars: int = DEFAULT_MAX_CHARS
    max_seconds: float = DEFAULT_MAX_SECONDS
    window_chars: int = DEFAULT_WINDOW_CHARS
    window_context: int = DEFAULT_WINDOW_CONTEXT

    @classmethod
    def from_config(cls, pipeline: dict[str, Any]) -> Limits:
        """Read ``max_chars``, ``max_seconds``, ``window_chars``, ``window_context`` (0 = no limit)."""
        limits = pipeline.get("limits", {})
        return cls(
            max_chars=int(limits.get("max_chars", DEFAULT_MAX_CHARS)),
            max_seconds=float(limits.get("max_seconds", DEFAULT_MAX_SECONDS)),
            window_chars=int(limits.get("window_chars", DEFAULT_WINDOW_CHARS)),
            window_context=int(limits.get("window_context", DEFAULT_WINDOW_CONTEXT)),
        )

    def check_size(self, text: str) -> None:
        if self.max_chars and len(text) > self.max_chars:
            raise ArticleSkipped(
                f"text of {len(text):,} characters exceeds the limit of {self.max_chars:,} "
                "(pipeline.limits.max_chars)"
            )

    def deadline(self) -> Deadline:
        return Deadline(self.max_seconds, time.perf_counter())


@dataclass
class Deadline:
    """The time budget of one article, checked between components and windows."""

    seconds: float
    started: float

    def check(self, where: str) -> None:
        spent = time.perf_counter() - self.started
        if self.seconds and spent > self.seconds:
            raise ArticleSkipped(
                f"time budget of {self.seconds:g} s exceeded ({spent:.1f} s, at {where}; "
                "pipeline.limits.max_seconds)"
            )
