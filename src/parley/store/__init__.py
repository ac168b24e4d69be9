"""Store stage: SQLAlchemy database of articles, runs, statements, positions, actors, corrections."""

from parley.store.db import SchemaVersionError, Store

__all__ = ["SchemaVersionError", "Store"]
