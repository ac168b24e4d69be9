"""``parley dossier``: validate and list dossiers (actors, roles, metonyms, issues of a negotiation)."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from parley.dossier import DossierError, dossier_path, read_dossier, shipped_dossiers
from parley.cli.base import app
from parley.cli.common import console, err_console

dossier_app = typer.Typer(help="Dossiers: validate a dossier file/directory, list the shipped ones.")
app.add_typer(dossier_app, name="dossier")


@dossier_app.command("validate")
def validate(path: Path = typer.Argument(..., help="Shipped dossier name, dossier directory or single YAML file.")) -> None:
    """Check a dossier; print every problem with the file and the path of the bad field (exit 2, like
    every other configuration mistake)."""
    try:
        dossier = read_dossier(dossier_path(path))
    except DossierError as exc:
        err_console.print(f"[red]invalid[/] {exc}", soft_wrap=True)
        raise typer.Exit(2) from None
    persons = sum(1 for a in dossier.actors if a.type == "person")
    console.print(
        f"[green]ok[/] {dossier.name}: {len(dossier.actors)} actors ({persons} persons), "
        f"{len(dossier.roles)} roles, {len(dossier.metonyms)} metonyms, {len(dossier.issues)} issues"
    )


@dossier_app.command("list")
def list_dossiers() -> None:
    """The dossiers shipped with parley (usable by name in the pipeline config)."""
    from parley.dossier import load_dossier

    table = Table("name", "actors", "roles", "issues", "description")
    for name in shipped_dossiers():
        d = load_dossier(name)
        table.add_row(name, str(len(d.actors)), str(len(d.roles)), str(len(d.issues)), d.description[:70])
    console.print(table)
