"""Reviewer corrections (confirm/correct/reject) re-applied after every pipeline run.

Stub: implemented by the web/review issue.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parley.store import Store


def apply_corrections(store: Store, article_ids: Iterable[str] | None = None) -> int:
    """Make stored corrections win over machine output; returns rows changed."""
    return 0
