"""``parley eval wikinews``: run the German pipeline over a WikiNews split, write predictions in the
dataset's format and print the dataset metric."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from parley.cli.base import app
from parley.cli.common import console, fail, pipeline_from

SPLITS = ("dev", "test", "train")
eval_app = typer.Typer(help="Evaluate against public benchmarks.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


def quote_chain(config: dict[str, Any], component: str | None, lang: str) -> list[str]:
    """The ``lang`` NLP components plus the quotation component (``component`` replaces it)."""
    names = list(config["pipeline"]["languages"][lang])
    nlp = [n for n in names if n.startswith("nlp.")]
    # channels and interview context need speakers linked; the WikiNews metric scores spans and roles
    quotes = [n for n in names if n.startswith("quotes.") and n not in ("quotes.channels", "quotes.interview")]
    return nlp + ([component] if component else quotes)


def score_table(summary: dict[str, Any], title: str) -> Table:
    from parley_lab.wikinews import LEVELS  # evaluation code: imported only when evaluating

    table = Table(title=title)
    for col in ("level", "P", "R", "F1"):
        table.add_column(col, justify="left" if col == "level" else "right")
    for level in LEVELS:
        row = summary[level]
        table.add_row(level.capitalize(), f"{row['p']:.3f}", f"{row['r']:.3f}", f"{row['f1']:.3f}")
    table.add_row("Form acc", "", "", f"{summary['form_acc']:.3f}")
    table.add_row("STWR acc", "", "", f"{summary['stwr_acc']:.3f}")
    return table


@eval_app.command("wikinews")
def wikinews(
    split: str = typer.Option("dev", "--split", help="dev | test (| train)."),
    pred_dir: Path = typer.Option(..., "--pred-dir", help="Folder for one prediction JSON per document."),
    config: Path | None = typer.Option(None, "--config", help="Pipeline config TOML overriding the default."),
    component: str | None = typer.Option(
        None,
        "--component",
        help="Quotation component to use instead of the config's (e.g. quotes.de.learned).",
    ),
    limit: int | None = typer.Option(None, "--limit", help="Only the first N documents."),
    scores_json: Path | None = typer.Option(None, "--scores-json", help="Also write the scores as JSON."),
) -> None:
    """Run nlp.de + the quotation component over a WikiNews split and print the dataset metric."""
    from parley_lab.wikinews import LANG, WikiDoc, load_split, prediction_json, score

    if split not in SPLITS:
        fail(f"unknown split {split!r}: use one of {', '.join(SPLITS)}")

    def quotes_only(cfg: dict[str, Any]) -> None:
        cfg["pipeline"]["languages"][LANG] = quote_chain(cfg, component, LANG)

    pipeline = pipeline_from(config, quotes_only)
    cfg = pipeline.config
    try:
        docs: list[WikiDoc] = load_split(split, limit=limit)
    except FileNotFoundError as exc:
        fail(f"{exc} (set PARLEY_WIKINEWS to the corpus folder)")
    pred_dir.mkdir(parents=True, exist_ok=True)
    pairs, words, started = [], 0, time.perf_counter()
    for doc in docs:
        article = pipeline(doc.article())
        words += len(doc.tokens)
        pred = prediction_json(doc, article.statements)
        (pred_dir / doc.file_name()).write_text(
            json.dumps(pred, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        pairs.append((doc.annotations, pred["annotations"]))
    elapsed = time.perf_counter() - started
    summary = score(pairs).summary()
    summary.update(split=split, documents=len(docs), components=cfg["pipeline"]["languages"][LANG])
    chain = " + ".join(summary["components"])
    console.print(score_table(summary, f"WikiNews {split} · {len(docs)} docs · {chain}"))
    console.print(
        f"quotes gold {summary['gold']} · system {summary['system']} · matched {summary['matched']} · "
        f"{words / elapsed if elapsed else 0:,.0f} words/s"
    )
    if scores_json:
        scores_json.write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
