"""``parley export``: statements or positions as JSONL/CSV/Parquet, or a DNA statement table."""

from __future__ import annotations

from pathlib import Path

import typer

from parley.cli.base import app
from parley.cli.common import DB_OPTION, OUTPUT_OPTION, console, err_console, open_store
from parley.cli.common import MIN_CONFIDENCE_OPTION, resolve_min_confidence
from parley.dossiers import DEFAULT_DOSSIER

FORMATS = ("jsonl", "csv", "parquet", "dna")


@app.command("export")
def export_cmd(
    output: Path = OUTPUT_OPTION,
    fmt: str = typer.Option("jsonl", "--format", help="jsonl | csv | parquet | dna (DNA statement CSV)"),
    what: str = typer.Option("positions", "--what", help="statements | positions (dna: positions)"),
    db: str = DB_OPTION,
    collapse: bool = typer.Option(
        True, "--collapse/--no-collapse", help="Merge wire copies into one row with its spread."
    ),
    dossier: str = typer.Option(DEFAULT_DOSSIER, "--dossier", help="For DNA person/organisation split."),
    min_confidence: float | None = MIN_CONFIDENCE_OPTION,
) -> None:
    """Export the store's statements or positions."""
    from parley.analysis import collapse_positions, collapse_statements, load_positions, load_statements
    from parley.export import DNA_COLUMNS, dna_rows, dossier_roles, position_rows, statement_rows, write_rows

    if fmt not in FORMATS or what not in ("statements", "positions"):
        err_console.print(f"[red]error[/] --format {'|'.join(FORMATS)}, --what statements|positions")
        raise typer.Exit(2)
    store = open_store(db, must_exist=True)
    if fmt == "dna":
        records = load_positions(store, min_confidence=resolve_min_confidence(min_confidence))
        n = write_rows(dna_rows(collapse_positions(records) if collapse else records, dossier_roles(dossier)),
                       output, "csv", DNA_COLUMNS)
    elif what == "statements":
        stmts = load_statements(store)
        n = write_rows(statement_rows(collapse_statements(stmts) if collapse else stmts), output, fmt)
    else:
        records = load_positions(store, min_confidence=resolve_min_confidence(min_confidence))
        n = write_rows(position_rows(collapse_positions(records) if collapse else records), output, fmt)
    console.print(f"{n} {'DNA statements' if fmt == 'dna' else what} → {output}")
