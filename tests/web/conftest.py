"""Fixtures of the web tests: a sample store, TestClients, and live uvicorn servers for the browser."""

from __future__ import annotations

import shutil
import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).parent))

import sample  # noqa: E402

from parley.store import Store  # noqa: E402
from parley.web import create_app  # noqa: E402


@pytest.fixture(scope="session")
def sample_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web") / "sample.db"
    store = Store(f"sqlite:///{path}")
    sample.fill(store)
    store.engine.dispose()
    return path


def _copy_db(src: Path, dst_dir: Path) -> str:
    dst = dst_dir / "copy.db"
    for suffix in ("", "-wal", "-shm"):
        if Path(str(src) + suffix).exists():
            shutil.copy(str(src) + suffix, str(dst) + suffix)
    return f"sqlite:///{dst}"


@pytest.fixture
def db_url(sample_db_file: Path, tmp_path: Path) -> str:
    """A private copy of the sample store (tests may write to it)."""
    return _copy_db(sample_db_file, tmp_path)


@pytest.fixture
def client(db_url: str) -> TestClient:
    return TestClient(create_app(db_url))


@pytest.fixture
def edit_client(db_url: str) -> TestClient:
    return TestClient(create_app(db_url, allow_edit=True))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveServer:
    """uvicorn serving an app on 127.0.0.1 in a background thread."""

    def __init__(self, app) -> None:
        import uvicorn

        self.port = free_port()
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.time() + 15
        while not self.server.started:
            if time.time() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def live_server(sample_db_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = _copy_db(sample_db_file, tmp_path_factory.mktemp("live"))
    with LiveServer(create_app(url)) as server:
        yield server.url


@pytest.fixture(scope="module")
def live_edit_server(sample_db_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = _copy_db(sample_db_file, tmp_path_factory.mktemp("live_edit"))
    with LiveServer(create_app(url, allow_edit=True)) as server:
        yield server.url


from parley.store.testing import store_url  # noqa: E402,F401  (SQLite, and PostgreSQL when configured)
