"""The strict component registry and the resolved pipeline (``parley pipeline``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parley import registry
from parley.cli.app import app
from parley.context import PipelineContext
from parley.model import Article
from parley.pipeline import ConfigError, Pipeline, load_config


class Echo:
    name = "test.echo"

    def __call__(self, doc: Article) -> Article:
        return doc


@registry.component("test.echo", requires=("statements",), assigns=("positions",))
def make_echo(ctx: PipelineContext, loud: bool = False) -> Echo:
    return Echo()


def test_a_name_registered_twice_raises() -> None:
    with pytest.raises(registry.RegistryError, match="registered twice"):

        @registry.component("test.echo")
        def other(ctx: PipelineContext) -> Echo:
            return Echo()


def test_unknown_settings_are_an_error() -> None:
    with pytest.raises(registry.RegistryError, match=r"unknown setting\(s\) 'volume' for component 'test.echo'"):
        registry.create("test.echo", volume=3)
    with pytest.raises(registry.RegistryError, match="'max_costs'"):
        registry.create("positions.rules", max_costs=3)
    assert registry.create("test.echo", loud=True).name == "test.echo"


def test_factories_get_the_context_of_their_chain() -> None:
    pipeline = Pipeline()
    ctx = pipeline.context("en")
    assert ctx.lang == "en" and ctx.dossier_name == pipeline.dossier and ctx.dossier.actors
    assert pipeline.context("fr").lang == pipeline.config["pipeline"]["default_lang"]


def _config(tmp_path: Path, body: str) -> dict:
    path = tmp_path / "c.toml"
    path.write_text(body, encoding="utf-8")
    return load_config(path)


def test_requirements_must_be_assigned_by_an_earlier_component(tmp_path: Path) -> None:
    config = _config(tmp_path, '[pipeline.languages]\nde = ["nlp.de", "test.echo"]\n')
    with pytest.raises(ConfigError, match="'test.echo' of the 'de' pipeline requires statements"):
        Pipeline(config).chain("de")


def test_unknown_settings_in_the_config_are_an_error(tmp_path: Path) -> None:
    config = _config(tmp_path, '[components."quotes.de"]\nmerj = "rules"\n')
    with pytest.raises(registry.RegistryError, match="'merj' for component 'quotes.de'"):
        Pipeline(config).chain("de")


def test_pipeline_command_prints_the_resolved_pipeline() -> None:
    result = CliRunner().invoke(app, ["pipeline", "--lang", "en", "--json"])
    assert result.exit_code == 0, result.output
    resolved = json.loads(result.output)
    assert resolved["dossier"] == "russia_ukraine" and list(resolved["languages"]) == ["en"]
    rows = {row["name"]: row for row in resolved["languages"]["en"]}
    assert "statements.speaker_actor" in rows["actors.link"]["assigns"]
    assert rows["positions.rules"]["settings"]["max_cost"] == 160
    table = CliRunner().invoke(app, ["pipeline"])
    assert table.exit_code == 0 and "quotes.de" in table.output and "quotes.en" in table.output
