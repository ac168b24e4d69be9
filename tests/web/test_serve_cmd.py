"""``parley serve`` builds the app from its options and hands it to uvicorn."""

from __future__ import annotations

import re
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


def test_edit_on_open_address_needs_a_token(monkeypatch, sample_db_file: Path, tmp_path: Path) -> None:
    import shutil

    db = tmp_path / "edit.db"
    shutil.copy(sample_db_file, db)
    seen: dict = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(app=app, **kw))
    result = CliRunner().invoke(cli, ["serve", "--db", str(db), "--host", "0.0.0.0", "--allow-edit"])
    assert result.exit_code == 0, result.output
    token = re.search(r"edit token: (\S+)", result.output).group(1)
    assert len(token) >= 24 and f"Authorization: Bearer {token}" in result.output
    client = TestClient(seen["app"])
    key = next(s["id"] for s in client.get("/api/articles/berlin-merz").json()["statements"])
    body = {"article_id": "berlin-merz", "key": key, "action": "confirm"}
    assert client.post("/api/review/statement", json=body).status_code == 401
    assert client.post("/api/review/statement", json=body, headers={"Authorization": f"Bearer {token}"}).status_code == 200
    given = CliRunner().invoke(cli, ["serve", "--db", str(db), "--host", "0.0.0.0", "--allow-edit",
                                     "--edit-token", "mein-geheimnis"])
    assert given.exit_code == 0 and "edit token: mein-geheimnis" in given.output
    local = CliRunner().invoke(cli, ["serve", "--db", str(db), "--allow-edit"])
    assert local.exit_code == 0 and "edit token" not in local.output  # loopback only: no token needed
    bad_port = CliRunner().invoke(cli, ["serve", "--db", str(db), "--port", "99999"])
    assert bad_port.exit_code == 2 and len(bad_port.output.strip().splitlines()) == 1
    assert "99999" in bad_port.output
