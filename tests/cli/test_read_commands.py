"""Read commands refuse a database that does not exist instead of creating an empty one."""

from __future__ import annotations

from pathlib import Path

import pytest
import uvicorn
from typer.testing import CliRunner

from parley.cli.app import app

READ_COMMANDS = (
    ["actors"],
    ["actors", "show", "Friedrich Merz"],
    ["actors", "merge", "A", "B"],
    ["map"],
    ["show", "some-article"],
    ["timeline", "Friedrich Merz"],
    ["network", "-o", "{out}"],
    ["export", "-o", "{out}"],
    ["export-corrections", "-o", "{out}"],
    ["serve"],
)


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_missing_database_is_refused(command: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(uvicorn, "run", lambda *a, **kw: pytest.fail("served a missing database"))
    missing = tmp_path / "typo.db"
    args = [a.format(out=tmp_path / "out.jsonl") for a in command]
    for db in (str(missing), f"sqlite:///{missing}"):
        result = CliRunner().invoke(app, [*args, "--db", db])
        assert result.exit_code == 2, result.output
        assert result.output.strip().count("\n") == 0 and "no database at" in result.output
        assert str(missing) in result.output and "Traceback" not in result.output
        assert not missing.exists() and not (tmp_path / "out.jsonl").exists()
