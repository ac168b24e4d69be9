"""``parley actors`` list/show/merge/split against a store."""

from __future__ import annotations

from typer.testing import CliRunner

from parley.cli.app import app
from parley.store import Store
from test_edits import machine_output


def test_actor_commands(store_url: str) -> None:
    store = Store(store_url)
    store.add_article(machine_output())
    store.save_analysis(machine_output(), None)
    store.engine.dispose()
    runner = CliRunner()

    listed = runner.invoke(app, ["actors", "--db", store_url, "--new"])
    assert listed.exit_code == 0, listed.output
    assert "Sergej Lawrow" in listed.output and "new" in listed.output

    merged = runner.invoke(app, ["actors", "--db", store_url, "merge", "Sergej Lawrow", "Sergei Lavrov"])
    assert merged.exit_code == 0 and "merged Sergej Lawrow → Sergei Lavrov" in merged.output

    shown = runner.invoke(app, ["actors", "show", "Sergei Lavrov", "--db", store_url])
    assert shown.exit_code == 0, shown.output
    assert "aliases (de): Sergej Lawrow" in shown.output
    assert "role: russia_foreign_minister" in shown.output
    assert "seen in text as: Sergej Lawrow" in shown.output and "1 statements, 1 positions" in shown.output

    split = runner.invoke(app, ["actors", "--db", store_url, "split", "Sergej Lawrow"])
    assert split.exit_code == 0
    shown = runner.invoke(app, ["actors", "show", "Sergej Lawrow", "--db", store_url])
    assert "found in text, not in the dossier" in shown.output and "1 statements" in shown.output

    missing = runner.invoke(app, ["actors", "show", "Nobody Atall", "--db", store_url])
    assert missing.exit_code == 1
