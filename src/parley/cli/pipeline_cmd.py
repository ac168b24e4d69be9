"""``parley pipeline``: print the resolved pipeline (components, requires/assigns, settings, dossier)."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.table import Table

from parley.cli.base import app
from parley.cli.common import console
from parley.pipeline import Pipeline, load_config


@app.command("pipeline")
def pipeline_cmd(
    lang: str | None = typer.Option(None, "--lang", help="Only the pipeline articles in LANG run through."),
    config: Path | None = typer.Option(None, "--config", help="Pipeline config TOML overriding the default."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of tables."),
) -> None:
    """Show which components run for each language, what each requires and assigns, and its settings."""
    resolved = Pipeline(load_config(config)).explain(lang)
    if as_json:
        typer.echo(json.dumps(resolved, ensure_ascii=False, indent=1, default=str))
        return
    console.print(f"dossier: [bold]{resolved['dossier']}[/]")
    for key, rows in resolved["languages"].items():
        table = Table(title=f"pipeline {key}")
        for col in ("component", "requires", "assigns", "settings"):
            table.add_column(col)
        for row in rows:
            settings = ", ".join(f"{k}={v!r}" for k, v in row["settings"].items())
            table.add_row(row["name"], ", ".join(row["requires"]), ", ".join(row["assigns"]), settings)
        console.print(table)
