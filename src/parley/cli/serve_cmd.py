"""``parley serve`` (the web UI) and ``parley export-corrections`` (reviewed articles as news-dev
JSONL for training/evaluation)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from parley.cli.base import app
from parley.cli.common import DB_OPTION, console, db_url


@app.command()
def serve(
    db: str = DB_OPTION,
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    allow_edit: bool = typer.Option(
        False, "--allow-edit", help="Enable the review loop (confirm/correct/reject); read-only otherwise."
    ),
) -> None:
    """Browse the store in a web browser (articles, actors, matrix, timeline, network, JSON API)."""
    import uvicorn

    from parley.web import create_app

    web = create_app(db_url(db), allow_edit=allow_edit)
    mode = "review mode (--allow-edit)" if allow_edit else "read-only"
    console.print(f"parley serve: http://{host}:{port}/ · {mode} · API docs at /api/docs")
    uvicorn.run(web, host=host, port=port, log_level="warning", proxy_headers=False, server_header=False)


@app.command("export-corrections")
def export_corrections_cmd(
    output: Path = typer.Option(..., "-o", "--output", help="JSONL file to write (news-dev format)."),
    db: str = DB_OPTION,
) -> None:
    """Write every reviewed article, corrections applied, as one news-dev record per line."""
    from parley.store import Store
    from parley.store.corrections import export_corrections

    store = Store(db_url(db))
    n = 0
    with output.open("w", encoding="utf-8") as out:
        for record in export_corrections(store):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    console.print(f"{n} reviewed article(s) written to {output}")
