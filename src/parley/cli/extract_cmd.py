"""``parley extract``: run the pipeline without a database, write evaluation predictions."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from parley.cli.base import app
from parley.cli.common import (
    DOSSIER_OPTION,
    SCHEDULER_OPTION,
    WORKERS_OPTION,
    err_console,
    make_executor,
    pipeline_from,
    with_dossier,
)
from parley.export.predictions import prediction
from parley.ingest import ReadError, read_paths
from parley.runner import Outcome, Runner, Unreadable


@app.command()
def extract(
    inputs: list[Path] = typer.Argument(..., help="Input files (JSONL with id, url, date, lang, text; …)."),
    output: Path = typer.Option(..., "-o", "--output", help="Prediction JSONL to write."),
    config: Path | None = typer.Option(None, "--config", help="Pipeline config TOML overriding the default."),
    dossier: str | None = DOSSIER_OPTION,
    workers: int | None = WORKERS_OPTION,
    scheduler: str | None = SCHEDULER_OPTION,
) -> None:
    """Run the pipeline on INPUTS and write one prediction line per article to OUTPUT.

    Articles are analysed on --workers processes (or a Dask cluster); the lines are written in input
    order, so the output is the same for any number of workers."""
    executor = make_executor(workers, scheduler)
    runner = Runner(pipeline_from(config, lambda cfg: with_dossier(cfg, dossier)), executor=executor)
    with output.open("w", encoding="utf-8") as out:

        def write(outcome: Outcome) -> None:
            if outcome.article is None:
                err_console.print(f"[yellow]skipped[/] {outcome.key}: {outcome.error}")
                return
            doc = outcome.article
            if outcome.skipped:  # over its size or time limit: an empty prediction
                err_console.print(f"[yellow]skipped[/] {outcome.key}: {outcome.error}", soft_wrap=True)
                doc.statements, doc.positions = [], []
            elif not outcome.ok:
                err_console.print(f"[red]failed[/] {outcome.key}: {outcome.error}")
                doc.statements, doc.positions = [], []
            out.write(json.dumps(prediction(doc), ensure_ascii=False) + "\n")

        items = (Unreadable(str(i.source), i.reason) if isinstance(i, ReadError) else i for i in read_paths(inputs))
        summary = runner.run(items, write)
    if summary.failed:
        raise typer.Exit(1)
