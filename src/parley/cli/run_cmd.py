"""``parley run``: the pipeline over stored articles, resumable and recorded as a run."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from parley.cli.app import app
from parley.cli.common import DB_OPTION, console, err_console, open_store, pipeline_from, progress_bar
from parley.budget import ArticleSkipped
from parley.fingerprint import fingerprint
from parley.pipeline import Pipeline
from parley.store import Store, claims
from parley.store.staleness import stale_articles


def models_used(pipeline: Pipeline, langs: set[str | None]) -> dict[str, Any]:
    """``model_info`` of every component that ran (components without one are left out)."""
    models: dict[str, Any] = {}
    for lang in sorted(langs, key=str):
        for comp in pipeline.chain(lang):
            info = getattr(comp, "model_info", None)
            if callable(info):
                info = info()
            if info is not None:
                models[comp.name] = json.loads(json.dumps(info, default=str))
    return models


def _after_run(store: Store, done: list[str]) -> tuple[int, int]:
    """Re-apply users' actor edits and reviewers' corrections over the fresh machine output."""
    from parley.actors.edits import apply_edits
    from parley.store.corrections import apply_corrections

    return apply_edits(store), apply_corrections(store, done)


@app.command()
def run(
    db: str = DB_OPTION,
    config: Path | None = typer.Option(None, "--config", help="Pipeline config TOML overriding the default."),
    rerun: bool = typer.Option(False, "--rerun", help="Analyse all articles again, not only pending ones."),
    limit: int | None = typer.Option(None, "--limit", min=1, help="Analyse at most N articles."),
) -> None:
    """Analyse the stored articles not yet analysed (all with --rerun), saving each as it is done.

    An interrupted run resumes where it stopped; exit status 1 if any article failed.
    """
    pipeline = pipeline_from(config)
    store = open_store(db)
    pending = store.article_ids(pending_only=not rerun)
    total_pending = len(pending)
    todo = pending[:limit] if limit else pending
    current = fingerprint(pipeline.config)
    for stale_run in claims.reap(store):
        err_console.print(f"[yellow]run {stale_run}[/] had no heartbeat for {claims.STALE_AFTER}: marked stale")
    run_id = store.start_run(
        "analyse",
        config={**pipeline.describe(), "config_file": str(config) if config else None, "rerun": rerun,
                "fingerprint": current},
    )
    pulse = claims.Pulse(store, run_id)
    taken: list[str] = []
    done: list[str] = []
    failures: list[tuple[str, str]] = []
    skipped: list[str] = []
    langs: set[str | None] = set()
    status, started = "done", time.perf_counter()
    try:
        with progress_bar() as progress:
            task = progress.add_task(f"run {run_id}", total=len(todo))
            for article_id in todo:
                pulse()
                if not claims.claim(store, article_id, run_id, rerun=rerun):
                    taken.append(article_id)  # analysed or being analysed by another worker
                    progress.advance(task)
                    continue
                doc = store.article(article_id, with_analysis=False)
                outcome: tuple[str, str | None] = ("done", None)
                try:
                    if doc is None:
                        raise LookupError("article vanished from the store")
                    langs.add(doc.lang)
                    store.save_analysis(pipeline(doc), run_id)
                    done.append(article_id)
                except ArticleSkipped as exc:  # over its size or time budget: left pending, with why
                    skipped.append(article_id)
                    outcome = ("skipped", str(exc))
                    progress.console.print(f"[yellow]skipped[/] {article_id}: {exc}", soft_wrap=True)
                except Exception as exc:  # one bad article must not stop the run
                    failures.append((article_id, f"{type(exc).__name__}: {exc}"))
                    outcome = ("failed", failures[-1][1])
                    line = f"[red]failed[/] {article_id}: {type(exc).__name__}: {exc}"
                    progress.console.print(line, soft_wrap=True)
                claims.release(store, article_id, run_id, *outcome)
                progress.advance(task)
    except KeyboardInterrupt:
        status = "interrupted"
        err_console.print(f"[yellow]interrupted[/] after {len(done)} articles; `parley run` resumes")
    finally:
        edits, corrections = _after_run(store, done)
        store.build_search_index()  # stores ingested before the index existed get one
        store.finish_run(run_id, len(done), len(failures), status, models=models_used(pipeline, langs))
    table = Table(title=f"analysis run {run_id} ({status}, {time.perf_counter() - started:.1f} s)")
    table.add_column("outcome")
    table.add_column("count", justify="right")
    for label, count in (
        ("analysed", len(done)),
        ("failed", len(failures)),
        ("skipped (over the size or time limit)", len(skipped)),
        ("taken by another worker", len(taken)),
        ("left for later (--limit)", total_pending - len(todo)),
        ("already analysed", 0 if rerun else len(store.article_ids()) - total_pending),
        ("rows changed by actor edits", edits),
        ("rows changed by corrections", corrections),
    ):
        table.add_row(label, str(count), style="red" if label == "failed" and count else None)
    console.print(table)
    stale = stale_articles(store, current)
    if stale.articles and not rerun:
        err_console.print(f"[yellow]stale[/] {stale.describe()}", soft_wrap=True)
    if status == "interrupted":
        raise typer.Exit(130)
    if failures:
        raise typer.Exit(1)
