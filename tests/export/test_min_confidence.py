"""``--min-confidence`` on the map, the export and the web matrix: positions below it are left out."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from parley.cli.app import app
from parley.model import Article, Position, Span
from parley.store import Store
from parley.web import create_app

TEXT = "Putin lehnte eine Waffenruhe ab. Selenskyj forderte Sicherheitsgarantien für sein Land."


def _db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'confidence.db'}"
    store = Store(url)
    doc = Article(text=TEXT, lang="de", date="2025-05-01", id="confidence-test")
    doc.positions = [
        Position("Vladimir Putin", "ceasefire", "oppose", Span(0, 31), confidence=0.9, source="learned"),
        Position("Volodymyr Zelensky", "security_guarantees", "support", Span(32, 86), confidence=0.2,
                 source="learned"),
    ]
    store.add_article(doc)
    store.save_analysis(doc, None)
    store.engine.dispose()
    return url


def test_map_hides_positions_below_min_confidence(tmp_path: Path) -> None:
    url = _db(tmp_path)
    out = CliRunner().invoke(app, ["map", "--db", url, "--min-confidence", "0.5"], terminal_width=200).output
    assert "Vladimir Putin" in out and "Volodymyr Zelensky" not in out
    out = CliRunner().invoke(app, ["map", "--db", url, "--min-confidence", "0"], terminal_width=200).output
    assert "Vladimir Putin" in out and "Volodymyr Zelensky" in out


def test_export_takes_min_confidence(tmp_path: Path) -> None:
    url, target = _db(tmp_path), tmp_path / "positions.jsonl"
    result = CliRunner().invoke(app, ["export", "-o", str(target), "--db", url, "--min-confidence", "0.5"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert [r["actor"] for r in rows] == ["Vladimir Putin"]


def test_web_matrix_takes_min_confidence(tmp_path: Path) -> None:
    client = TestClient(create_app(_db(tmp_path)))
    strict = client.get("/api/matrix", params={"min_confidence": 0.5}).json()
    assert {c["actor"] for c in strict["cells"]} == {"Vladimir Putin"}
    everything = client.get("/api/matrix", params={"min_confidence": 0}).json()
    assert {c["actor"] for c in everything["cells"]} == {"Vladimir Putin", "Volodymyr Zelensky"}
    assert client.get("/api/matrix", params={"min_confidence": 2}).status_code == 422
