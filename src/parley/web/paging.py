"""Paging parameters shared by every list in the web UI and API (pages: ``parley.store.read.Page``).

``page`` is bounded (``MAX_PAGE``): a larger number is a client error (422), never an offset the
database cannot hold."""

from __future__ import annotations

from fastapi import Query

from parley.store.read import Page, slice_page

DEFAULT_SIZE = 25
MAX_SIZE = 100
MAX_PAGE = 1_000_000

__all__ = ["DEFAULT_SIZE", "MAX_PAGE", "MAX_SIZE", "Page", "clamp_page", "PageNo", "clamp_size", "slice_page"]


PageNo = Query(1, ge=1, le=MAX_PAGE, description="Page number, from 1.")


def clamp_size(size: int | None, default: int = DEFAULT_SIZE, maximum: int = MAX_SIZE) -> int:
    if not size or size < 1:
        return default
    return min(size, maximum)


def clamp_page(page: int | None) -> int:
    return max(1, min(page or 1, MAX_PAGE))
