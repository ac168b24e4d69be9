"""``parley extract``: run the pipeline without a database, write evaluation predictions."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from parley.cli.base import app
from parley.cli.common import err_console
from parley.export.predictions import prediction
from parley.ingest import ReadError, read_paths
from parley.pipeline import Pipeline, load_config


@app.command()
def extract(
    inputs: list[Path] = typer.Argument(..., help="Input files (JSONL with id, url, date, lang, text; …)."),
    output: Path = typer.Option(..., "-o", "--output", help="Prediction JSONL to write."),
    config: Path | None = typer.Option(None, "--config", help="Pipeline config TOML overriding the default."),
) -> None:
    """Run the pipeline on INPUTS and write one prediction line per article to OUTPUT."""
    pipeline = Pipeline(load_config(config))
    failed = 0
    with output.open("w", encoding="utf-8") as out:
        for item in read_paths(inputs):
            if isinstance(item, ReadError):
                failed += 1
                err_console.print(f"[yellow]skipped[/] {item.source}: {item.reason}")
                continue
            try:
                doc = pipeline(item)
            except Exception as exc:  # one bad article must not lose the batch
                failed += 1
                err_console.print(f"[red]failed[/] {item.id}: {type(exc).__name__}: {exc}")
                doc = item
                doc.statements, doc.positions = [], []
            out.write(json.dumps(prediction(doc), ensure_ascii=False) + "\n")
    if failed:
        raise typer.Exit(1)
