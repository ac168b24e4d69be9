"""Store stage: SQLAlchemy database of articles, runs, statements, positions, actors, corrections."""

from sqlalchemy.exc import DataError as ValueRejected  # a value the database refuses (e.g. NUL on PostgreSQL)

from parley.store.db import SchemaVersionError, Store, missing_sqlite_file

__all__ = ["SchemaVersionError", "Store", "ValueRejected", "missing_sqlite_file"]
