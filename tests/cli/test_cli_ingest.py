"""``parley ingest`` end to end: the example corpus, bad inputs, exit status, run records."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select
from typer.testing import CliRunner

from parley.cli.app import app
from parley.store import Store
from parley.store.schema import IngestLog, Run

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "negotiation"
runner = CliRunner()


def test_example_corpus_ingests_cleanly_and_once(store_url: str) -> None:
    first = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", store_url])
    assert first.exit_code == 0, first.output
    assert "stored" in first.output and "near-duplicates (linked)" in first.output
    store = Store(store_url)
    ids = store.article_ids()
    assert len(ids) == 8
    docs = [store.article(i) for i in ids]
    assert {d.lang for d in docs} == {"de", "en"}  # type: ignore[union-attr]
    copy = store.article("rundschau-2025-03-25-riad")
    assert copy is not None and copy.duplicate_of == "nordagentur-2025-03-25-schwarzes-meer"
    second = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", store_url])
    assert second.exit_code == 0
    assert len(store.article_ids()) == 8
    with store.session() as session:
        runs = session.scalars(select(Run).order_by(Run.id)).all()
        assert [(r.kind, r.status, r.n_ok, r.n_failed) for r in runs] == [("ingest", "done", 8, 0)] * 2
        statuses = session.scalars(select(IngestLog.status).where(IngestLog.run_id == runs[1].id)).all()
        assert set(statuses) == {"exists"} and len(statuses) == 8
    store.engine.dispose()


def test_bad_inputs_are_reported_and_good_ones_kept(tmp_path: Path, store_url: str) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "good.jsonl").write_text(
        json.dumps({"id": "g1", "text": "Peskow sagte, Moskau sei bereit.", "lang": "de"}) + "\n{oops\n",
        encoding="utf-8",
    )
    (batch / "empty.txt").write_bytes(b"")
    (batch / "scan.txt").write_bytes(b"%PDF-1.4\n")
    (batch / "ok.txt").write_text("Titel\nSybiha schrieb auf X, Kiew bleibe standhaft.", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(batch), str(tmp_path / "missing.html"), "--db", store_url])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith("skipped")]
    assert len(lines) == 4
    assert any("good.jsonl:2: invalid JSON" in line for line in lines)
    assert any("empty.txt: empty file" in line for line in lines)
    assert any("scan.txt: binary file (PDF document)" in line for line in lines)
    assert any("missing.html: no such file or directory" in line for line in lines)
    assert "  invalid JSON" in result.output and "  binary file" in result.output
    store = Store(store_url)
    ids = store.article_ids()
    assert "g1" in ids and len(ids) == 2
    with store.session() as session:
        run = session.scalars(select(Run)).one()
        assert (run.n_ok, run.n_failed, run.config["max_bytes"]) == (2, 4, 50 * 1024 * 1024)
    store.engine.dispose()


def test_max_bytes_option(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Titel\n" + "Die Verhandlungen dauern an. " * 100, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'x.db'}"
    result = runner.invoke(app, ["ingest", str(path), "--db", db, "--max-bytes", "1KB"])
    assert result.exit_code == 1
    assert "over the --max-bytes limit of 1.0 KB" in result.output
    bad = runner.invoke(app, ["ingest", str(path), "--db", db, "--max-bytes", "lots"])
    assert bad.exit_code == 2


def test_skip_reasons_are_grouped_by_kind() -> None:
    from parley.cli.ingest_cmd import reason_kind

    assert reason_kind("invalid JSON: Expecting value (column 3)") == "invalid JSON"
    assert reason_kind("binary file (PDF document)") == "binary file"
    assert reason_kind("file is 200.0 MB, over the --max-bytes limit of 50.0 MB (split it)") == (
        "file is N MB, over the --max-bytes limit of N MB"
    )
