"""A page of a listing: the items shown, the total and where the page lies."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

T = TypeVar("T")


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
