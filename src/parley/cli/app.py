"""The ``parley`` command line. Command modules (``parley.cli.*_cmd``) are discovered and imported
automatically; each decorates its functions with ``@app.command()`` on ``parley.cli.base.app``.

``from parley.cli.app import app`` gives the application with every command. The ``parley`` script
(``main``) imports only the module of the command it runs (``COMMAND_MODULES``), so that
``parley extract`` does not pay for the web server, the database layer or the analysis imports.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from typing import Any

from parley import cli as cli_package
from parley.cli.base import app as _app

COMMAND_MODULES = {  # command (or command group) -> the module that defines it
    "actors": "actors_cmd",
    "articles": "status_cmd",
    "dossier": "dossier_cmd",
    "eval": "eval_cmd",
    "export": "export_cmd",
    "export-corrections": "serve_cmd",
    "extract": "extract_cmd",
    "ingest": "ingest_cmd",
    "map": "analysis_cmd",
    "network": "analysis_cmd",
    "pipeline": "pipeline_cmd",
    "run": "run_cmd",
    "runs": "status_cmd",
    "serve": "serve_cmd",
    "show": "show_cmd",
    "timeline": "analysis_cmd",
}


def load_commands() -> Any:
    """Import every command module; returns the complete application."""
    for info in pkgutil.iter_modules(cli_package.__path__):
        if info.name.endswith("_cmd"):
            importlib.import_module(f"{cli_package.__name__}.{info.name}")
    return _app


def __getattr__(name: str) -> Any:
    if name == "app":
        return load_commands()
    raise AttributeError(name)


def _command_name(argv: list[str]) -> str | None:
    return next((arg for arg in argv if not arg.startswith("-")), None)


def main() -> None:
    module = COMMAND_MODULES.get(_command_name(sys.argv[1:]) or "")
    if module:
        importlib.import_module(f"{cli_package.__name__}.{module}")
    else:
        load_commands()
    _app()
