"""Shared CLI bits: the console, database option default, error reporting."""

from __future__ import annotations

import os

from rich.console import Console

console = Console(stderr=False, highlight=False)
err_console = Console(stderr=True, highlight=False)

DEFAULT_DB = os.environ.get("PARLEY_DB", "sqlite:///parley.db")
DB_HELP = "SQLAlchemy URL or path of an SQLite file (env PARLEY_DB)."


def db_url(value: str) -> str:
    """Turn a bare file path into an SQLite URL; pass URLs through."""
    return value if "://" in value else f"sqlite:///{value}"
