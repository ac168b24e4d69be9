"""Paging parameters and pages shared by every list in the web UI and API."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

DEFAULT_SIZE = 25
MAX_SIZE = 100

T = TypeVar("T")


def clamp_size(size: int | None, default: int = DEFAULT_SIZE, maximum: int = MAX_SIZE) -> int:
    if not size or size < 1:
        return default
    return min(size, maximum)


def clamp_page(page: int | None) -> int:
    return max(1, page or 1)


@dataclass
class Page(Generic[T]):
    items: list[T]
    total: int
    page: int
    size: int
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.size)) if self.size else 1

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.size

    def as_dict(self) -> dict[str, Any]:
        return {
            "items": self.items,
            "total": self.total,
            "page": self.page,
            "size": self.size,
            "pages": self.pages,
            **self.extra,
        }


def slice_page(items: list[T], page: int, size: int) -> Page[T]:
    """Page over a list already held in memory."""
    start = (page - 1) * size
    return Page(items[start : start + size], len(items), page, size)
