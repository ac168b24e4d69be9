"""A tiny cache for aggregates, invalidated whenever the store's content changes.

The data version is a handful of index look-ups (row counts and newest keys), so checking it costs far
less than recomputing a matrix or a network layout over a large store.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from parley.store import Store
from parley.store.read import data_version

T = TypeVar("T")


class StoreCache:
    """Memoise ``compute()`` per key, tagged with the :func:`data_version` it was computed at.

    A stale entry is recomputed on access; with ``stale_ok`` the old value is returned at once while
    a background thread recomputes it (for aggregates that take seconds on a large store)."""

    def __init__(self, store: Store, max_entries: int = 256, pinned: tuple[Hashable, ...] = ()) -> None:
        self.store = store
        self.max_entries = max_entries
        self.pinned = set(pinned)  # never evicted when the cache is full (only replaced)
        self._entries: dict[Hashable, tuple[tuple[Any, ...], Any]] = {}
        self._lock = threading.Lock()
        self._computing: dict[Hashable, threading.Lock] = {}
        self._refreshing: set[Hashable] = set()

    def get(self, key: Hashable, compute: Callable[[], T], stale_ok: bool = False) -> T:
        version = data_version(self.store)
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and (entry[0] == version or stale_ok):
                if entry[0] != version and key not in self._refreshing:
                    self._refreshing.add(key)
                    threading.Thread(target=self._refresh, args=(key, compute, version), daemon=True).start()
                return entry[1]
            key_lock = self._computing.setdefault(key, threading.Lock())
        with key_lock:  # concurrent requests for one aggregate wait for a single computation
            with self._lock:
                entry = self._entries.get(key)
                if entry is not None and entry[0] == version:
                    return entry[1]
            value = compute()
            self._put(key, version, value)
        return value

    def _refresh(self, key: Hashable, compute: Callable[[], Any], version: tuple[Any, ...]) -> None:
        try:
            self._put(key, version, compute())
        finally:
            with self._lock:
                self._refreshing.discard(key)

    def _put(self, key: Hashable, version: tuple[Any, ...], value: Any) -> None:
        with self._lock:
            if key not in self._entries and len(self._entries) >= self.max_entries:
                evictable = [k for k in self._entries if k not in self.pinned]
                stale = [k for k in evictable if self._entries[k][0] != version]
                for old in stale or evictable:
                    del self._entries[old]
            self._entries[key] = (version, value)

    def warm(self, key: Hashable, compute: Callable[[], Any]) -> threading.Thread:
        """Compute ``key`` in a background thread (at startup, so the first visitor need not wait)."""
        thread = threading.Thread(target=self.get, args=(key, compute), name=f"warm-{key}", daemon=True)
        thread.start()
        return thread
