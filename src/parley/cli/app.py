"""The ``parley`` typer application. Command modules (``parley.cli.*_cmd``) are discovered and
imported automatically; each decorates its functions with ``@app.command()``."""

from __future__ import annotations

import importlib
import pkgutil

import typer

import parley
from parley import cli as cli_package

app = typer.Typer(
    name="parley",
    help="Who said what, to whom, through which channel — and which position each side takes.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"parley {parley.__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: bool = typer.Option(False, "--version", callback=version_callback, is_eager=True),
) -> None:
    """parley: quotation, speaker and stance extraction for negotiation news."""


def _load_commands() -> None:
    for info in pkgutil.iter_modules(cli_package.__path__):
        if info.name.endswith("_cmd"):
            importlib.import_module(f"{cli_package.__name__}.{info.name}")


_load_commands()


def main() -> None:
    app()
