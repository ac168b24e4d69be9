"""``parley map``, ``parley timeline`` and ``parley network``: the negotiation map from the store."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table
from rich.text import Text

from parley.analysis import (
    NETWORKS,
    actor_issue_matrix,
    actors,
    collapse_positions,
    conflicts,
    issues,
    load_positions,
    shifts,
    timeline,
)
from parley.cli.base import app
from parley.cli.common import DB_OPTION, OUTPUT_OPTION, console, err_console, open_store
from parley.cli.common import MIN_CONFIDENCE_OPTION, resolve_min_confidence

STANCE_STYLE = {
    "support": "bold green",
    "oppose": "bold red",
    "condition": "bold yellow",
    "offer": "bold cyan",
    "claim": "dim",
}
SHORT = {"support": "support", "oppose": "oppose", "condition": "cond.", "offer": "offer", "claim": "claim"}


def stance_text(stance: str, count: int | None = None) -> Text:
    label = SHORT.get(stance, stance) + (f" ×{count}" if count and count > 1 else "")
    return Text(label, style=STANCE_STYLE.get(stance, ""))


DOSSIER_FILTER = typer.Option(None, "--dossier", help="Only articles analysed with this dossier.")


def _records(db: str, actor: str | None, issue: str | None, dossier: str | None = None,  # type: ignore[no-untyped-def]
             min_confidence: float = 0.0):
    store = open_store(db, must_exist=True)
    return collapse_positions(load_positions(store, actor=actor, issue=issue, dossier=dossier,
                                             min_confidence=min_confidence))


def _spread(rec) -> str:  # type: ignore[no-untyped-def]
    """Outlets that carried a position, with the number of articles when relayed."""
    refs = rec.sources or [rec.ref]
    outlets = ", ".join(sorted({r.source or r.article_id for r in refs}))
    return outlets + (f" ({len(refs)} articles)" if len(refs) > 1 else "")


ACTOR_WIDTH, CELL_WIDTH = 24, 12


def _grid(matrix, cols: list[str]) -> Table:  # type: ignore[no-untyped-def]
    """Actors down, issues across: for terminals wide enough to show every issue as a column."""
    table = Table(title=MAP_TITLE)
    table.add_column("actor", style="bold")
    for col in cols:
        table.add_column(col.replace("_", " "), overflow="fold")
    for name in actors(matrix):
        row: list[Text | str] = [name]
        for col in cols:
            cell = matrix.get((name, col))
            row.append(stance_text(cell.latest_stance, cell.total) if cell else "")
        table.add_row(*row)
    return table


def _rows(matrix, cols: list[str]) -> Table:  # type: ignore[no-untyped-def]
    """One line per actor listing ``issue: stance`` pairs: readable in narrow terminals."""
    table = Table(title=MAP_TITLE)
    table.add_column("actor", style="bold", min_width=16)
    table.add_column("issue: latest stance")
    for name in actors(matrix):
        cells = [(col, matrix.get((name, col))) for col in cols]
        parts = [Text(col.replace("_", " ") + ": ") + stance_text(c.latest_stance, c.total) for col, c in cells if c]
        table.add_row(name, Text(" · ").join(parts))
    return table


MAP_TITLE = "Negotiation map (latest stance; ×n = distinct positions)"


@app.command("map")
def map_cmd(
    db: str = DB_OPTION,
    issue: str | None = typer.Option(None, "--issue", help="Only this issue."),
    actor: str | None = typer.Option(None, "--actor", help="Only this actor."),
    show_conflicts: bool = typer.Option(True, "--conflicts/--no-conflicts", help="List opposing actors."),
    dossier: str | None = DOSSIER_FILTER,
    min_confidence: float | None = MIN_CONFIDENCE_OPTION,
) -> None:
    """The actor × issue matrix: latest stance per cell (colour), number of distinct positions."""
    matrix = actor_issue_matrix(_records(db, actor, issue, dossier, resolve_min_confidence(min_confidence)))
    if not matrix:
        err_console.print("no positions in the store (run `parley run` first, or relax the filters)")
        raise typer.Exit(0)
    cols = issues(matrix)
    wide = console.width >= ACTOR_WIDTH + CELL_WIDTH * len(cols)
    table = _grid(matrix, cols) if wide else _rows(matrix, cols)
    console.print(table)
    legend = Text("  ").join(stance_text(s) for s in STANCE_STYLE)
    console.print(Text("legend: ") + legend)
    if show_conflicts:
        for pair in conflicts(matrix):
            console.print(
                Text(f"conflict on {pair.issue}: ")
                + Text(f"{pair.actor_a} ") + stance_text(pair.stance_a)
                + Text(f" vs {pair.actor_b} ") + stance_text(pair.stance_b)
            )


@app.command("timeline")
def timeline_cmd(
    actor: str = typer.Argument(..., help="Canonical actor name."),
    issue: str | None = typer.Argument(None, help="Only this issue."),
    db: str = DB_OPTION,
    dossier: str | None = DOSSIER_FILTER,
) -> None:
    """An actor's positions in date order, with stance shifts marked."""
    records = _records(db, actor, issue, dossier)
    line = timeline(records, actor, issue)
    if not line:
        err_console.print(f"no positions for {actor}" + (f" on {issue}" if issue else ""))
        raise typer.Exit(0)
    changed = {id(s.after) for s in shifts(records)}
    table = Table(title=f"{actor}" + (f" on {issue}" if issue else ""))
    for col in ("date", "issue", "stance", "evidence", "sources", ""):
        table.add_column(col, overflow="fold")
    for rec in line:
        table.add_row(
            rec.date or "?", rec.issue, stance_text(rec.stance), rec.evidence or "",
            _spread(rec),
            Text("shift", style="bold magenta") if id(rec) in changed else "",
        )
    console.print(table)


@app.command("network")
def network_cmd(
    output: Path = OUTPUT_OPTION,
    kind: str = typer.Option("congruence", "--kind", help="congruence | conflict | two-mode"),
    fmt: str = typer.Option("graphml", "--format", help="graphml | csv (edge list)"),
    db: str = DB_OPTION,
    issue: str | None = typer.Option(None, "--issue", help="Only this issue."),
    dossier: str | None = DOSSIER_FILTER,
) -> None:
    """Discourse networks: actor congruence/conflict (edge weight = shared issues) or actor–issue."""
    from parley.export.writers import GRAPH_FORMATS, write_graph

    if kind not in NETWORKS or fmt not in GRAPH_FORMATS:
        err_console.print(f"[red]error[/] --kind {'|'.join(NETWORKS)}, --format {'|'.join(GRAPH_FORMATS)}")
        raise typer.Exit(2)
    graph = NETWORKS[kind](_records(db, None, issue, dossier))
    write_graph(graph, output, fmt)
    console.print(f"{kind} network: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges → {output}")
