"""``parley articles`` (ids with their analysis status, filtered) and ``parley runs`` (runs, and
the ingest log of one ingest run)."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from parley.cli.base import app
from parley.cli.common import DB_OPTION, console, fail, open_store, pipeline_from
from parley.fingerprint import fingerprint
from parley.store.read.articles import ArticleFilter
from parley.store.read.status import STATUSES, article_statuses, ingest_log, runs


@app.command()
def articles(
    db: str = DB_OPTION,
    status: str | None = typer.Option(None, "--status", help=f"Only articles that are {' | '.join(STATUSES)}."),
    lang: str = typer.Option("", "--lang", help="Only this language (de, en, …)."),
    date_from: str = typer.Option("", "--from", help="Dated on or after YYYY-MM-DD."),
    date_to: str = typer.Option("", "--to", help="Dated on or before YYYY-MM-DD."),
    source: str = typer.Option("", "--source", help="Only this source (outlet or file)."),
    config: Path | None = typer.Option(None, "--config", help="Config to judge staleness against."),
    long: bool = typer.Option(False, "--long", "-l", help="Also date, language, status and reason."),
) -> None:
    """Article ids, one per line (pipe them on), with filters; ``--status stale`` lists those analysed
    under another config or dossier than the current one."""
    if status is not None and status not in STATUSES:
        fail(f"unknown --status {status!r}: use one of {', '.join(STATUSES)}")
    current = fingerprint(pipeline_from(config).config)
    store = open_store(db, must_exist=True)
    rows = article_statuses(store, ArticleFilter(date_from=date_from, date_to=date_to, lang=lang, source=source),
                            current, status)
    for row in rows:  # plain lines (tab-separated with --long), for pipes
        reason = f"\t{row.reason}" if row.reason else ""
        typer.echo(f"{row.id}\t{row.date or '-'}\t{row.lang or '-'}\t{row.status}{reason}" if long else row.id)


@app.command("runs")
def runs_cmd(
    db: str = DB_OPTION,
    limit: int = typer.Option(20, "--limit", min=1, help="Show the newest N runs."),
    log: bool = typer.Option(False, "--log", help="Show the ingest log of an ingest run instead."),
    run_id: int | None = typer.Option(None, "--run", help="The ingest run for --log (default: the latest)."),
    log_status: str | None = typer.Option(None, "--log-status", help="Only log lines of this status (skipped, …)."),
) -> None:
    """Runs (ingest and analysis) with status, counts and dossier; ``--log`` the ingest log."""
    store = open_store(db, must_exist=True)
    if log:
        shown, lines = ingest_log(store, run_id, log_status)
        if shown is None:
            fail("no ingest run in this store")
        typer.echo(f"# ingest log of run {shown}: source, status, reason, article id (tab-separated)")
        for source, state, reason, article in lines:
            typer.echo(f"{source}\t{state}\t{reason or ''}\t{article or ''}")
        return
    table = Table("run", "kind", "status", "started (UTC)", "took", "ok", "failed", "dossier", "config")
    for r in runs(store, limit):
        took = f"{(r.finished - r.started).total_seconds():.0f} s" if r.finished else "-"
        fp = r.config.get("fingerprint") or {}
        table.add_row(str(r.id), r.kind, r.status, r.started.strftime("%Y-%m-%d %H:%M:%S"), took, str(r.ok),
                      str(r.failed), escape(str(r.config.get("dossier", ""))), escape(str(fp.get("config", ""))))
    console.print(table)
