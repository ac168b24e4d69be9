"""``parley ingest``: read files, directories and globs into the store."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import typer
from rich.table import Table

from parley.cli.base import app
from parley.cli.common import DB_OPTION, DOSSIER_OPTION, console, err_console, open_store, progress_bar, with_dossier
from parley.ingest.dedupe import DEFAULT_THRESHOLD
from parley.ingest.language import configured_languages
from parley.ingest.options import DEFAULT_MAX_BYTES, ReadOptions, human_bytes, parse_size
from parley.ingest.paths import expand_paths
from parley.ingest.readers import READERS, read_file
from parley.ingest.records import ReadError
from parley.ingest.service import Ingester, Outcome
from parley.model import Article

MAX_SHOWN = 200  # skip reasons printed one per line; the rest stay in ingest_log

LABELS = {
    "stored": "stored",
    "duplicate": "near-duplicates (linked)",
    "exists": "already present",
    "skipped": "skipped",
}


def reason_kind(reason: str | None) -> str:
    """The kind of a skip reason without its particulars (``invalid JSON``, ``binary file``)."""
    head = (reason or "unknown").split(":", 1)[0]
    head = re.sub(r"\s*\(.*?\)", "", head)
    return " ".join(re.sub(r"\d+(?:\.\d+)?", "N", head).split())


def _summary(ingester: Ingester, run_id: int, skipped: list[Outcome]) -> Table:
    table = Table(title=f"ingest run {run_id}", show_header=True)
    table.add_column("outcome")
    table.add_column("count", justify="right")
    for status, label in LABELS.items():
        table.add_row(label, str(ingester.counts[status]), style="bold" if status != "skipped" else None)
        if status == "skipped":
            for kind, count in Counter(reason_kind(o.reason) for o in skipped).most_common():
                table.add_row(f"  {kind}", str(count), style="red")
    return table


def _ingest_files(ingester: Ingester, files: list[Path | ReadError], options: ReadOptions) -> list[Outcome]:
    """Read and add every file with a progress bar; returns the skipped inputs (printed as they come)."""
    skipped: list[Outcome] = []
    with progress_bar() as progress:
        task = progress.add_task("ingest", total=len(files))
        for item in files:
            name = (item.source if isinstance(item, ReadError) else item.name)[-40:]
            for number, each in enumerate(
                [item] if isinstance(item, ReadError) else read_file(item, options)
            ):
                if number % 50 == 0:  # a long JSONL file is one step of the bar: show its records move
                    progress.update(task, description=f"{name} · {sum(ingester.counts.values())} read")
                outcome = ingester.add(each)
                if outcome.status == "stored" and outcome.reason:
                    progress.console.print(f"[yellow]warning[/] {outcome.source}: {outcome.reason}", soft_wrap=True)
                if outcome.status != "skipped":
                    continue
                skipped.append(outcome)
                if len(skipped) <= MAX_SHOWN:
                    line = f"[yellow]skipped[/] {outcome.source}: {outcome.reason}"
                    progress.console.print(line, soft_wrap=True)
            progress.advance(task)
    return skipped


def dossier_recorder(dossier: str | None) -> Callable[[Article], str | None] | None:
    """What ``--dossier`` records per ingested article: that dossier, or for ``auto`` the best match
    (the same choice ``parley run --dossier auto`` would make, which then keeps it)."""
    if dossier is None:
        return None
    from parley.pipeline import Pipeline, load_config

    pipeline = Pipeline(with_dossier(load_config(), dossier))
    return pipeline.dossier_for


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files, directories (recursive) or glob patterns."),
    db: str = DB_OPTION,
    max_bytes: str = typer.Option(
        human_bytes(DEFAULT_MAX_BYTES).replace(" ", "").replace(".0", ""),
        "--max-bytes",
        help="Largest file (or JSONL line) accepted, e.g. 50MB.",
    ),
    langs: str | None = typer.Option(
        None, "--langs", help="Candidate languages for detection, e.g. de,en (env PARLEY_LANGS)."
    ),
    threshold: float = typer.Option(
        DEFAULT_THRESHOLD, "--dup-threshold", min=0.1, max=1.0, help="MinHash similarity of a wire copy."
    ),
    dossier: str | None = DOSSIER_OPTION,
) -> None:
    """Read .txt (first line = title), .html/.htm, .jsonl/.json, .rss/.atom/.xml feeds into the store.

    Text encodings: UTF-8, UTF-16/32 with BOM, or clean Windows-1252; anything else is skipped.
    Re-ingesting is a no-op; near-copies of stored articles are linked with duplicate_of.
    Exit status 1 if any input was skipped.
    """
    try:
        options = ReadOptions(max_bytes=parse_size(max_bytes), languages=configured_languages(langs))
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    store = open_store(db)
    run_id = store.start_run(
        "ingest",
        config={
            "paths": paths,
            "max_bytes": options.max_bytes,
            "languages": list(options.languages),
            "dup_threshold": threshold,
            "dossier": dossier,
        },
    )
    files = list(expand_paths(paths, READERS))
    status, skipped = "done", []
    with store.batch() as writer:  # one transaction per 200 articles, committed on the way out
        ingester = Ingester(writer, run_id, threshold, dossier_recorder(dossier))
        try:
            skipped = _ingest_files(ingester, files, options)
        except KeyboardInterrupt:
            status = "interrupted"
        finally:
            ingester.flush()
    store.finish_run(run_id, ingester.ok, ingester.failed, status)
    store.build_search_index()  # the web server only reads it
    if len(skipped) > MAX_SHOWN:
        err_console.print(f"… and {len(skipped) - MAX_SHOWN} more skipped (see ingest_log, run {run_id})")
    console.print(_summary(ingester, run_id, skipped))
    if status == "interrupted":
        err_console.print("[yellow]interrupted[/]: run the same ingest again to continue")
        raise typer.Exit(130)
    if ingester.failed:
        raise typer.Exit(1)
