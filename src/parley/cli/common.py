"""Shared CLI bits: the consoles, the database and output options, store opening, progress bars."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

console = Console(stderr=False, highlight=False)
err_console = Console(stderr=True, highlight=False)

DEFAULT_DB = os.environ.get("PARLEY_DB", "sqlite:///parley.db")
DB_HELP = "SQLAlchemy URL or path of an SQLite file (env PARLEY_DB)."
DB_OPTION = typer.Option(DEFAULT_DB, "--db", help=DB_HELP)
OUTPUT_OPTION = typer.Option(..., "-o", "--output", help="File to write.")
WORKERS_OPTION = typer.Option(
    None, "--workers", min=1, help="Worker processes (default: the machine's cores, or env PARLEY_WORKERS; 1 = this process)."
)
SCHEDULER_OPTION = typer.Option(
    None, "--scheduler", help="Run the per-article work on a Dask cluster: its scheduler address, tcp://HOST:PORT."
)


def worker_count(value: int | None) -> int:
    """``--workers`` as given, else ``PARLEY_WORKERS``, else the cores this process may use."""
    if value is not None:
        return value
    if os.environ.get("PARLEY_WORKERS", "").isdigit() and int(os.environ["PARLEY_WORKERS"]) > 0:
        return int(os.environ["PARLEY_WORKERS"])
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def db_url(value: str) -> str:
    """Turn a bare file path into an SQLite URL; pass URLs through."""
    return value if "://" in value else f"sqlite:///{value}"


def require_database(value: str) -> None:
    """Exit with a one-line error (status 2) if ``value`` names an SQLite file that does not exist:
    read commands must not create an empty database from a mistyped ``--db``."""
    from parley.store import missing_sqlite_file

    path = missing_sqlite_file(db_url(value))
    if path is not None:
        err_console.print(f"[red]error[/] no database at {path} (check --db or PARLEY_DB; `parley ingest` creates one)",
                          soft_wrap=True)
        raise typer.Exit(2)


def open_store(value: str, *, must_exist: bool = False):  # type: ignore[no-untyped-def]
    """The ``Store`` at ``value`` (URL or SQLite path); exits with a one-line error if it cannot open
    (or, with ``must_exist``, if it is an SQLite file that does not exist)."""
    from parley.store import SchemaVersionError, Store

    if must_exist:
        require_database(value)
    try:
        return Store(db_url(value))
    except SchemaVersionError as exc:
        err_console.print(f"[red]error[/] {exc}")
        raise typer.Exit(2) from None
    except Exception as exc:  # bad URL, server down, missing driver
        first = (str(exc).strip().splitlines() or [""])[0]
        err_console.print(f"[red]error[/] cannot open database {value}: {type(exc).__name__}: {first}", soft_wrap=True)
        raise typer.Exit(2) from None


def fail(message: str) -> NoReturn:
    """Print a one-line error and exit with status 2 (a usage or configuration mistake)."""
    err_console.print(f"[red]error[/] {escape(message)}", soft_wrap=True)
    raise typer.Exit(2)


def pipeline_from(config: Path | None, edit: Callable[[dict[str, Any]], None] | None = None):  # type: ignore[no-untyped-def]
    """The ``Pipeline`` of ``--config`` (``edit`` may change the loaded config), checked once up
    front: a missing or invalid file, unknown component or dossier exits 2 with one line."""
    from parley.pipeline import ConfigError, Pipeline, load_config

    try:
        cfg = load_config(config)
        if edit is not None:
            edit(cfg)
        pipeline = Pipeline(cfg)
        pipeline.validate()
    except ConfigError as exc:
        fail(str(exc))
    return pipeline


def progress_bar(*, transient: bool = True) -> Progress:
    """A rich progress bar on stderr (silent when stderr is not a terminal)."""
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=err_console,
        transient=transient,
        disable=not err_console.is_terminal,
    )


DOSSIER_OPTION = typer.Option(
    None,
    "--dossier",
    help="Dossier: a shipped name, a path, or 'auto' (per article the best-matching shipped dossier; "
    "'auto:A,B' chooses among A and B). Default: the config's.",
)


def with_dossier(config: dict, dossier: str | None) -> dict:  # type: ignore[type-arg]
    """``config`` with its dossier set to ``dossier`` (checked; ``None`` keeps the config's). For
    ``auto`` the config's dossier stays the default candidate (``default_dossier``)."""
    from parley.dossier import DossierError, load_dossier
    from parley.dossier_choice import candidates_for, is_auto

    if dossier is None:
        return config
    pipe = config["pipeline"]
    if is_auto(dossier):
        pipe.setdefault("default_dossier", pipe.get("dossier"))
    names = candidates_for(dossier, str(pipe.get("default_dossier") or pipe.get("dossier")))
    try:
        for name in names:
            load_dossier(name)
    except DossierError as exc:
        raise typer.BadParameter(str(exc), param_hint="--dossier") from None
    pipe["dossier"] = dossier
    return config


def check_scheduler(address: str | None) -> None:
    """Exit with a one-line error unless the Dask cluster at ``address`` can run this parley."""
    if not address:
        return
    from parley.cluster import ClusterError, connect

    try:
        connect(address).close()
    except ClusterError as exc:
        err_console.print(f"[red]error[/] {exc}")
        raise typer.Exit(2) from exc


def make_executor(workers: int | None, scheduler: str | None):  # type: ignore[no-untyped-def]
    """Where ``Runner`` sends the per-article work: a Dask cluster (``--scheduler``), local worker
    processes (``--workers`` > 1), or None for this process."""
    from functools import partial

    if scheduler:
        check_scheduler(scheduler)
        from parley.cluster import dask_map

        return partial(dask_map, scheduler=scheduler)
    count = worker_count(workers)
    if count > 1:
        from parley.parallel import pool_map

        return partial(pool_map, workers=count)
    return None


MIN_CONFIDENCE_OPTION = typer.Option(
    None, "--min-confidence", min=0.0, max=1.0,
    help="Hide positions below this confidence (default: the position model's, see its model card).",
)


def resolve_min_confidence(value: float | None) -> float:
    """``--min-confidence`` as given, else the shipped position model's default."""
    from parley.positions.confidence import default_min_confidence

    return default_min_confidence() if value is None else value
