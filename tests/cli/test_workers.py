"""Worker processes and a Dask cluster give the output of one process: same bytes, same store rows,
nothing lost or duplicated when a run or a worker is killed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from functools import partial
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parley.cli.app import app
from parley.export.predictions import prediction
from parley.pipeline import Pipeline
from parley.runner import Runner
from parley.store import Store, claims

pytestmark = pytest.mark.slow
cli = CliRunner()

GERMAN = [
    "Der Außenminister sagte am Montag in Genf, man sei zu weiteren Gesprächen bereit. „Eine Waffenruhe "
    "muss zuerst kommen“, betonte die Sprecherin der Regierung.",
    "Die Ministerpräsidentin erklärte, ihr Land werde keine Gebiete abtreten. Der Unterhändler wies den "
    "Vorschlag zurück: „Darüber verhandeln wir nicht.“",
    "Nach Angaben des Kanzleramts lehnt Berlin die Lieferung weiterer Raketen vorerst ab. Ein Sprecher "
    "sagte, die Entscheidung sei mit den Partnern abgestimmt.",
    "„Wir brauchen Sicherheitsgarantien“, sagte der Präsident am Abend im Fernsehen. Die Opposition "
    "forderte dagegen Neuwahlen im Frühjahr.",
    "Der Kremlsprecher teilte mit, ein Treffen der Präsidenten sei derzeit nicht geplant. Beobachter in "
    "Istanbul rechnen nicht mit einem raschen Durchbruch.",
    "Die Außenministerin kündigte neue Sanktionen an. Es gehe darum, den Druck zu erhöhen, sagte sie.",
]
ENGLISH = [
    "The foreign minister said on Monday that his country was ready for talks. \"A ceasefire has to come "
    "first,\" the government spokeswoman told reporters.",
    "The prime minister rejected any territorial concessions. \"We will not trade land for peace,\" she "
    "said in a televised address.",
    "According to the chancellery, Berlin opposes further missile deliveries for now, a spokesman said.",
    "\"Security guarantees are the key,\" the president told a radio station, while the opposition called "
    "for early elections.",
]


def write_inputs(path: Path, copies: int = 1) -> Path:
    records = []
    for k in range(copies):  # each copy a distinct article (ingest drops exact duplicates)
        records += [{"id": f"de-{k}-{i}", "lang": "de", "text": t + f" Runde {k + 1}."} for i, t in enumerate(GERMAN)]
        records += [{"id": f"en-{k}-{i}", "lang": "en", "text": t + f" Round {k + 1}."} for i, t in enumerate(ENGLISH)]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_extract_output_is_the_same_for_any_worker_count(tmp_path: Path) -> None:
    inputs = write_inputs(tmp_path / "in.jsonl")
    outputs = []
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}.jsonl"
        result = cli.invoke(app, ["extract", str(inputs), "-o", str(out), "--workers", workers])
        assert result.exit_code == 0, result.output
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert outputs[0].count(b"\n") == len(GERMAN) + len(ENGLISH)


def _parley(*args: str) -> list[str]:
    return [sys.executable, "-c", "from parley.cli.app import main; main()", *args]


def _rows(url: str) -> tuple[list[str], list[tuple[str, str]]]:
    store = Store(url)
    statements = []
    for article_id in store.article_ids():
        doc = store.article(article_id)
        assert doc is not None
        statements += [(article_id, f"{st.quote.start}-{st.quote.end}:{st.speaker_actor}") for st in doc.statements]
    return store.article_ids(pending_only=True), statements


def test_run_with_workers_killed_mid_run_resumes_without_loss_or_duplicates(tmp_path: Path, store_url: str) -> None:
    inputs = write_inputs(tmp_path / "in.jsonl", copies=3)
    reference = f"sqlite:///{tmp_path / 'reference.db'}"
    env = {**os.environ, "PARLEY_WORKERS": "2"}
    for url in (reference, store_url):
        subprocess.run(_parley("ingest", str(inputs), "--db", url), env=env, check=True, capture_output=True)
    subprocess.run(_parley("run", "--db", reference, "--workers", "1"), env=env, check=True, capture_output=True)
    proc = subprocess.Popen(_parley("run", "--db", store_url, "--workers", "2"), env=env, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    store = Store(store_url)
    total = len(store.article_ids())
    assert total == len(GERMAN + ENGLISH) * 3
    deadline = time.monotonic() + 240
    while proc.poll() is None and time.monotonic() < deadline:
        if 0 < total - len(store.article_ids(pending_only=True)) < total:  # some saved: kill everything
            os.killpg(proc.pid, signal.SIGKILL)
            break
        time.sleep(0.2)
    assert proc.wait(timeout=60) == -signal.SIGKILL  # killed mid-run, not finished
    # the killed run holds claims until it is stale (no heartbeat for STALE_AFTER): let that time pass
    assert claims.reap(store, now=claims.utcnow() + claims.STALE_AFTER + timedelta(minutes=1))
    store.engine.dispose()
    subprocess.run(_parley("run", "--db", store_url, "--workers", "2"), env=env, check=True, capture_output=True)
    pending, statements = _rows(store_url)
    assert pending == []
    assert len(statements) == len(set(statements))
    assert sorted(statements) == sorted(_rows(reference)[1])


def test_dask_cluster_with_a_killed_worker_gives_the_local_output(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    distributed = pytest.importorskip("distributed")
    from parley import cluster as cluster_module
    from parley.ingest import read_paths

    monkeypatch.setattr(cluster_module, "PARTITION_SIZE", 2)
    inputs = write_inputs(tmp_path / "in.jsonl", copies=2)
    pipeline = Pipeline()
    local = [json.dumps(prediction(o.article)) for o in Runner(pipeline).map(read_paths([inputs]))]

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as lc:
        with distributed.Client(lc.scheduler_address) as client:
            pids = client.run(os.getpid)
            killed: list[int] = []

            def kill_once(outcome) -> None:  # type: ignore[no-untyped-def]
                if not killed:
                    killed.append(next(iter(pids.values())))
                    os.kill(killed[0], signal.SIGKILL)

            remote = Runner(pipeline, progress=kill_once, executor=partial(cluster_module.dask_map, scheduler=client))
            outcomes = list(remote.map(read_paths([inputs])))
    assert killed
    assert [o.key for o in outcomes] == [json.loads(line)["id"] for line in inputs.read_text().splitlines()]
    assert [json.dumps(prediction(o.article)) for o in outcomes] == local
