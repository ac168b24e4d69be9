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
        self._computing: dict[Hashable, threading.Lock] = {}

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        version = data_version(self.store)
        with self._lock:
            if version != self._version:
                self._entries.clear()
                self._version = version
            if key in self._entries:
                return self._entries[key]
            key_lock = self._computing.setdefault(key, threading.Lock())
        with key_lock:  # concurrent requests for one aggregate wait for a single computation
            with self._lock:
                if key in self._entries and self._version == version:
                    return self._entries[key]
            value = compute()
            with self._lock:
                if self._version == version:
                    if len(self._entries) >= self.max_entries:
                        self._entries.clear()
                    self._entries[key] = value
        return value

    def warm(self, key: Hashable, compute: Callable[[], Any]) -> threading.Thread:
        """Compute ``key`` in a background thread (at startup, so the first visitor need not wait)."""
        thread = threading.Thread(target=self.get, args=(key, compute), name=f"warm-{key}", daemon=True)
        thread.start()
        return thread
