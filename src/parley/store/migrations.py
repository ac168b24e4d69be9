"""Upgrades of stores written by an older parley: ``STEPS[n]`` turns schema version ``n`` into
``n + 1`` (additive changes only, so an upgraded store still reads as before)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine


def _article_dossier(conn: Connection) -> None:
    """Version 2: ``articles.dossier``, the dossier an article was analysed with."""
    if "dossier" not in {c["name"] for c in inspect(conn).get_columns("articles")}:
        conn.execute(text("ALTER TABLE articles ADD COLUMN dossier VARCHAR(200)"))
        conn.execute(text("CREATE INDEX IF NOT EXISTS ix_articles_dossier ON articles (dossier)"))


STEPS: dict[int, Callable[[Connection], None]] = {1: _article_dossier}


def upgrade(engine: Engine, version: int, target: int) -> bool:
    """Bring a store from ``version`` to ``target``; False if some step is unknown (newer store)."""
    if version > target or any(v not in STEPS for v in range(version, target)):
        return False
    with engine.begin() as conn:
        for v in range(version, target):
            STEPS[v](conn)
    return True
