"""User edits of actors (merge/split), re-applied to the store after every pipeline run.

The log and its replay live in the store (``parley.store.actor_edits``); this module supplies the
dossier of the store's latest analysis run, whose actors the ``actors`` table mirrors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.dossier import Dossier, DossierError, load_dossier
from parley.dossiers import DEFAULT_DOSSIER
from parley.store.actor_edits import add_actor_edit, apply_actor_edits, edit_mapping
from parley.store.read import latest_analysis_config

if TYPE_CHECKING:
    from parley.store import Store

__all__ = ["apply_edits", "edit_mapping", "record_edit", "store_dossier"]


def store_dossier(store: Store) -> Dossier | None:
    """The dossier of the store's latest analysis run (the default dossier if none is recorded; for
    ``auto`` runs their default candidate)."""
    config = latest_analysis_config(store)
    name = config.get("dossier", DEFAULT_DOSSIER)
    if str(name).startswith("auto"):
        name = (config.get("candidates") or [DEFAULT_DOSSIER])[0]
    try:
        return load_dossier(name)
    except DossierError:
        return None


def apply_edits(store: Store) -> int:
    """Rewrite speakers/actors in the store according to ``actor_edits``; returns rows changed."""
    dossier = store_dossier(store)
    return apply_actor_edits(store, dossier.actors if dossier else [])


def record_edit(store: Store, action: str, source: str, target: str | None = None) -> int:
    """Store a merge/split and apply all edits; returns rows changed."""
    add_actor_edit(store, action, source, target)
    return apply_edits(store)
