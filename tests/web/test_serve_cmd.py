"""``parley serve`` builds the app from its options and hands it to uvicorn."""

from __future__ import annotations

from pathlib import Path

import uvicorn
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from parley.cli.app import app as cli


def test_serve_options(monkeypatch, sample_db_file: Path) -> None:
    seen: dict = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(app=app, **kw))
    result = CliRunner().invoke(cli, ["serve", "--db", str(sample_db_file), "--host", "127.0.0.1", "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert (seen["host"], seen["port"]) == ("127.0.0.1", 8123)
    assert "read-only" in result.output
    client = TestClient(seen["app"])
    assert client.get("/api/articles").json()["total"] == 4
    assert client.post("/api/review/statement", json={}).status_code in (404, 405)
    result = CliRunner().invoke(cli, ["serve", "--db", str(sample_db_file), "--allow-edit"])
    assert result.exit_code == 0 and "review mode" in result.output
    assert TestClient(seen["app"]).post("/api/review/statement", json={}).status_code == 422
