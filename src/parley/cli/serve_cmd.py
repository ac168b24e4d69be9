"""``parley serve`` (the web UI) and ``parley export-corrections`` (reviewed articles as news-dev
JSONL for training/evaluation)."""

from __future__ import annotations

import ipaddress
import json
import secrets
from pathlib import Path

import typer

from parley.cli.base import app
from parley.cli.common import DB_OPTION, console, db_url, fail, open_store


def is_local(host: str) -> bool:
    """True for loopback addresses and ``localhost`` (reachable from this machine only)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def edit_token_for(host: str, allow_edit: bool, token: str | None) -> str | None:
    """The token edits must carry: the one given, or a fresh one when editing is enabled on a
    non-local address (an open review API must not be reachable without it); None for local use."""
    if not allow_edit:
        return None
    if token:
        return token
    return None if is_local(host) else secrets.token_urlsafe(24)


@app.command()
def serve(
    db: str = DB_OPTION,
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on."),
    port: int = typer.Option(8000, "--port", help="Port to listen on (1-65535)."),
    allow_edit: bool = typer.Option(
        False, "--allow-edit", help="Enable the review loop (confirm/correct/reject); read-only otherwise."
    ),
    edit_token: str | None = typer.Option(
        None, "--edit-token", help="Secret edits must carry (generated and printed when --allow-edit listens "
        "on a non-local --host).",
    ),
) -> None:
    """Browse the store in a web browser (articles, actors, matrix, timeline, network, JSON API)."""
    if not 1 <= port <= 65535:
        fail(f"--port {port} is not a port number (1-65535)")
    import uvicorn

    from parley.web import create_app

    open_store(db, must_exist=True).engine.dispose()  # one-line errors: missing file, server down, old schema
    token = edit_token_for(host, allow_edit, edit_token)
    web = create_app(db_url(db), allow_edit=allow_edit, edit_token=token)
    mode = "review mode (--allow-edit)" if allow_edit else "read-only"
    console.print(f"parley serve: http://{host}:{port}/ · {mode} · API docs at /api/docs")
    if token:
        console.print(f"edit token: {token} — open http://{host}:{port}/?edit_token={token} once in the browser; "
                      f"API clients send 'Authorization: Bearer {token}'", soft_wrap=True, markup=False)
    uvicorn.run(web, host=host, port=port, log_level="warning", proxy_headers=False, server_header=False)


@app.command("export-corrections")
def export_corrections_cmd(
    output: Path = typer.Option(..., "-o", "--output", help="JSONL file to write (news-dev format)."),
    db: str = DB_OPTION,
) -> None:
    """Write every reviewed article, corrections applied, as one news-dev record per line."""
    from parley.store.corrections import export_corrections

    store = open_store(db, must_exist=True)
    n = 0
    with output.open("w", encoding="utf-8") as out:
        for record in export_corrections(store):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    console.print(f"{n} reviewed article(s) written to {output}")
