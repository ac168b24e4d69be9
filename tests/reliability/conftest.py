"""``store``/``store_url`` fixtures: SQLite, and PostgreSQL when PARLEY_TEST_PG_URL is set."""

from parley.store.testing import store, store_url  # noqa: F401
