"""User edits of actors (merge/split) re-applied to the store after every pipeline run.

Stub: implemented by the actors issue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parley.store import Store


def apply_edits(store: Store) -> int:
    """Rewrite speakers/actors in the store according to ``actor_edits``; returns rows changed."""
    return 0
