"""A tiny cache for aggregates, invalidated whenever the store's content changes.

The data version is a handful of index look-ups (row counts and newest keys), so checking it costs far
less than recomputing a matrix or a network layout over a large store.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from sqlalchemy import func, select

from parley.store import Store
from parley.store.schema import ArticleRow, Correction, PositionRow, StatementRow

T = TypeVar("T")


def data_version(store: Store) -> tuple[Any, ...]:
    with store.session() as session:
        return tuple(
            session.scalar(q)
            for q in (
                select(func.count()).select_from(ArticleRow),
                select(func.max(StatementRow.pk)),
                select(func.count()).select_from(StatementRow),
                select(func.max(PositionRow.pk)),
                select(func.count()).select_from(PositionRow),
                select(func.max(Correction.id)),
            )
        )


class StoreCache:
    """Memoise ``compute()`` per key until :func:`data_version` changes."""

    def __init__(self, store: Store, max_entries: int = 256) -> None:
        self.store = store
        self.max_entries = max_entries
        self._version: tuple[Any, ...] | None = None
        self._entries: dict[Hashable, Any] = {}
        self._lock = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        version = data_version(self.store)
        with self._lock:
            if version != self._version:
                self._entries.clear()
                self._version = version
            if key in self._entries:
                return self._entries[key]
        value = compute()
        with self._lock:
            if len(self._entries) >= self.max_entries:
                self._entries.clear()
            self._entries[key] = value
        return value
