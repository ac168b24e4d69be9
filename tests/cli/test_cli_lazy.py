"""The ``parley`` script imports only what the command it runs needs."""

from __future__ import annotations

import subprocess
import sys

import typer

from parley.cli.app import COMMAND_MODULES, app


def test_every_command_is_mapped_to_its_module() -> None:
    assert set(typer.main.get_command(app).commands) == set(COMMAND_MODULES)  # type: ignore[attr-defined]
    for info in app.registered_commands:
        name = info.name or info.callback.__name__.replace("_", "-")  # type: ignore[union-attr]
        assert f"parley.cli.{COMMAND_MODULES[name]}" == info.callback.__module__  # type: ignore[union-attr]


def test_extract_does_not_import_web_database_or_analysis() -> None:
    code = (
        "import sys; sys.argv = ['parley', 'extract', '--help']\n"
        "from parley.cli.app import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = ['fastapi', 'sqlalchemy', 'networkx', 'datasketch', 'uvicorn', 'spacy']\n"
        "print('loaded:' + ','.join(m for m in heavy if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "loaded:"
