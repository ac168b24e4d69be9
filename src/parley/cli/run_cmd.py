"""``parley run``: the pipeline over stored articles, resumable and recorded as a run."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from parley.cli.base import app
from parley.cli.common import (
    DB_OPTION,
    DOSSIER_OPTION,
    SCHEDULER_OPTION,
    WORKERS_OPTION,
    console,
    err_console,
    make_executor,
    open_store,
    pipeline_from,
    progress_bar,
    with_dossier,
)
from parley.fingerprint import fingerprint
from parley.model import Article
from parley.pipeline import Pipeline
from parley.runner import Outcome, Runner, Summary, Unreadable
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
    dossier: str | None = DOSSIER_OPTION,
    workers: int | None = WORKERS_OPTION,
    scheduler: str | None = SCHEDULER_OPTION,
) -> None:
    """Analyse the stored articles not yet analysed (all with --rerun), saving each as it is done.

    Articles are analysed on --workers processes (or a Dask cluster, --scheduler) and saved by this
    process in order. An interrupted run resumes where it stopped; exit status 1 if any article failed.
    """

    def choose_dossier(settings: dict[str, Any]) -> None:
        if dossier is None:  # articles with a recorded dossier (ingest --dossier, earlier runs) keep it
            settings["pipeline"]["keep_recorded"] = True
        with_dossier(settings, dossier)

    executor = make_executor(workers, scheduler)
    pipeline = pipeline_from(config, choose_dossier)
    store = open_store(db)
    pending = store.article_ids(pending_only=not rerun)
    skipped_before = set() if rerun else claims.over_limit(store) & set(pending)
    pending = [a for a in pending if a not in skipped_before]  # over a limit last time: not again
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
    pulse, taken = claims.Pulse(store, run_id), []
    langs: set[str | None] = set()
    status = "done"

    def pending_articles() -> Iterator[Article | Unreadable]:
        for article_id in todo:
            pulse()
            if not claims.claim(store, article_id, run_id, rerun=rerun):
                taken.append(article_id)  # analysed, or being analysed, by another worker
                continue
            doc = store.article(article_id, with_analysis=False)
            if doc is None:
                yield Unreadable(article_id, "LookupError: article vanished from the store")
                continue
            langs.add(doc.lang)
            yield doc

    def save(outcome: Outcome) -> None:
        if outcome.ok and outcome.article is not None:
            store.save_analysis(outcome.article, run_id)
        state = "done" if outcome.ok else "skipped" if outcome.skipped else "failed"
        claims.release(store, outcome.key, run_id, state, outcome.error)

    summary, started = Summary(), time.perf_counter()
    try:
        with progress_bar() as progress:
            task = progress.add_task(f"run {run_id}", total=len(todo))

            def advance(outcome: Outcome) -> None:
                if outcome.skipped:  # over its size or time limit: left pending, with why
                    progress.console.print(f"[yellow]skipped[/] {outcome.key}: {outcome.error}", soft_wrap=True)
                elif not outcome.ok:
                    progress.console.print(f"[red]failed[/] {outcome.key}: {outcome.error}", soft_wrap=True)
                progress.advance(task)

            runner = Runner(pipeline, progress=advance, executor=executor)
            summary = runner.run(pending_articles(), save)
        if summary.interrupted:
            status = "interrupted"
            err_console.print(f"[yellow]interrupted[/] after {len(summary.done)} articles; `parley run` resumes")
    finally:
        done, failures = summary.done, summary.failed
        edits, corrections = _after_run(store, done)
        store.build_search_index()  # stores ingested before the index existed get one
        store.finish_run(run_id, len(done), len(failures), status, models=models_used(pipeline, langs))
    table = Table(title=f"analysis run {run_id} ({status}, {time.perf_counter() - started:.1f} s)")
    table.add_column("outcome")
    table.add_column("count", justify="right")
    for label, count in (
        ("analysed", len(done)),
        ("failed", len(failures)),
        ("skipped (over the size or time limit)", len(summary.over_limit)),
        ("taken by another worker", len(taken)),
        ("skipped by an earlier run (over a limit; --rerun tries again)", len(skipped_before)),
        ("left for later (--limit)", total_pending - len(todo)),
        ("already analysed", 0 if rerun else len(store.article_ids()) - total_pending - len(skipped_before)),
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
