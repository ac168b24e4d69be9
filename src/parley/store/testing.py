"""Test support: the database URLs a store test runs against, each isolated per test.

``PARLEY_TEST_PG_URL`` (see ``scripts/start-postgres.sh``) adds a real PostgreSQL server; every test
gets its own schema there (dropped afterwards), and its own SQLite file otherwise.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import create_engine, text

PG_ENV = "PARLEY_TEST_PG_URL"
BACKENDS = ("sqlite", "postgres")


def pg_url() -> str | None:
    return os.environ.get(PG_ENV) or None


@contextmanager
def scratch_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL on ``backend`` (``sqlite`` or ``postgres``)."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'parley.db'}"
        return
    base = pg_url()
    if base is None:
        raise RuntimeError(f"{PG_ENV} is not set")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    joiner = "&" if "?" in base else "?"
    try:
        yield f"{base}{joiner}options={quote(f'-csearch_path={schema}')}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


# pytest fixtures (import them into a conftest: ``from parley.store.testing import store, store_url``)
try:
    import pytest
except ImportError:  # pragma: no cover - pytest is a test-only dependency
    pytest = None  # type: ignore[assignment]

if pytest is not None:

    @pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
    def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
        """A fresh database URL, once per backend; the PostgreSQL case skips without a server."""
        if request.param == "postgres" and pg_url() is None:
            pytest.skip(f"{PG_ENV} not set (scripts/start-postgres.sh)")
        with scratch_url(request.param, tmp_path) as url:
            yield url

    @pytest.fixture
    def store(store_url: str):  # type: ignore[no-untyped-def]
        """An open ``Store`` on ``store_url``."""
        from parley.store import Store

        opened = Store(store_url)
        yield opened
        opened.engine.dispose()
