"""Usage and configuration mistakes end with one line and exit status 2, before any work is done."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parley.dossier import dossier_path
from parley.cli.app import app

runner = CliRunner()


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a", "text": "Der Minister sagte, man sei bereit.", "lang": "de"}\n')
    return path


def _one_line_error(args: list[str]) -> str:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("error "), result.output
    return lines[0]


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        (None, "does not exist"),
        ("[pipeline\nx=", "not valid TOML"),
        ('[pipeline]\ndossier = "no_such_dossier"\n', "unknown dossier 'no_such_dossier'"),
        ('[pipeline.languages]\nde = ["nlp.de", "quotes.nope"]\n', "unknown component 'quotes.nope'"),
        ('[pipeline.languages]\nde = "nlp.de"\n', "must be a list"),
    ],
)
def test_bad_config_is_one_line_exit_2(tmp_path: Path, inputs: Path, config: str | None, expected: str) -> None:
    path = tmp_path / "config.toml"
    if config is not None:
        path.write_text(config)
    out = tmp_path / "pred.jsonl"
    assert expected in _one_line_error(["extract", str(inputs), "-o", str(out), "--config", str(path)])
    assert expected in _one_line_error(["run", "--db", str(tmp_path / "x.db"), "--config", str(path)])
    assert not (tmp_path / "x.db").exists()  # checked before the store is opened


def test_eval_unknown_split_and_missing_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert "unknown split 'foo'" in _one_line_error(["eval", "wikinews", "--split", "foo", "--pred-dir", str(tmp_path)])
    monkeypatch.setenv("PARLEY_WIKINEWS", str(tmp_path / "nowhere"))
    assert "not found" in _one_line_error(["eval", "wikinews", "--pred-dir", str(tmp_path / "p")])


def test_serve_refuses_a_port_out_of_range(tmp_path: Path) -> None:
    result = runner.invoke(app, ["serve", "--port", "99999", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2 and "--port" in result.output and "Traceback" not in result.output


def test_dossier_validate_a_shipped_name_and_a_bad_date(tmp_path: Path) -> None:
    result = runner.invoke(app, ["dossier", "validate", "russia_ukraine"])
    assert result.exit_code == 0 and "ok russia_ukraine" in result.output
    copy = tmp_path / "d"
    shutil.copytree(dossier_path("russia_ukraine"), copy)
    roles = copy / "roles.yaml"
    text = roles.read_text()
    roles.write_text(text.replace("from: 2012-05-07", "from: 2012-13-45", 1))
    result = runner.invoke(app, ["dossier", "validate", str(copy)])
    assert result.exit_code == 2 and (result.exception is None or isinstance(result.exception, SystemExit))
    assert "month must be in 1..12" in result.output and "Traceback" not in result.output
