"""The bare ``parley`` typer application that the command modules (``parley.cli.*_cmd``) decorate.

``parley.cli.app`` imports the command modules: all of them for ``--help`` and for code that uses
the app object, only the one a command line names when the ``parley`` script runs.
"""

from __future__ import annotations

import typer

import parley

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
