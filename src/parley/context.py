"""The pipeline context: what every component factory is handed (``factory(ctx, **settings)``).

The pipeline resolves the language and the dossier once, from the config; components read them here
and never guess them (no language or dossier defaults inside components).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from parley.config import load_config
from parley.dossier import Dossier, load_dossier


def models_dir() -> Path:
    """Where shipped models live: ``$PARLEY_MODELS`` if set, else the package data ``parley/models``."""
    env = os.environ.get("PARLEY_MODELS")
    return Path(env) if env else Path(str(resources.files("parley.models")))


@dataclass(frozen=True)
class PipelineContext:
    """Resolved language, active dossier, data locations and pipeline settings of one chain.

    ``lang`` is the language whose chain the component belongs to; ``None`` only for a component
    built on its own (tests, tools), which then follows each article's language (``lang_of``).
    """

    lang: str | None
    dossier_name: str
    dossier: Dossier = field(repr=False, compare=False)
    languages: tuple[str, ...] = ()
    default_lang: str | None = None
    models: Path = field(default_factory=models_dir)
    settings: dict[str, Any] = field(default_factory=dict, compare=False)

    def lang_of(self, lang: str | None) -> str:
        """The language a component works in for an article in ``lang``: the chain's language, else
        the article's when the config has a pipeline for it, else the config's default language."""
        if self.lang is not None:
            return self.lang
        if lang in self.languages:
            return lang  # type: ignore[return-value]
        if self.default_lang is None:
            raise ValueError("the pipeline config names no default_lang")
        return self.default_lang


def context_from_config(config: dict[str, Any], lang: str | None) -> PipelineContext:
    """The context of the ``lang`` chain of ``config`` (``None``: a stand-alone component)."""
    pipe = config["pipeline"]
    name = str(pipe["dossier"])
    return PipelineContext(
        lang=lang,
        dossier_name=name,
        dossier=load_dossier(name),
        languages=tuple(pipe["languages"]),
        default_lang=pipe.get("default_lang"),
        settings={k: v for k, v in pipe.items() if k != "languages"},
    )


def default_context(lang: str | None = None, dossier: str | None = None) -> PipelineContext:
    """The context of the shipped default config, optionally with another language or dossier."""
    config = load_config()
    if dossier is not None:
        config["pipeline"]["dossier"] = dossier
    return context_from_config(config, lang)
