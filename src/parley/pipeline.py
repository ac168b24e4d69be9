"""Run configured components over articles, one language pipeline per article language."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from parley import registry
from parley.boundary import clip_spans
from parley.budget import Limits
from parley.model import Article, statement_key
from parley.windows import run_windowed

DEFAULT_CONFIG = "default.toml"


class ConfigError(ValueError):
    """A pipeline config that cannot be used; ``str(exc)`` says why in one line."""


def load_config(path: str | Path | None = None) -> dict[str, Any]:
    """Read the pipeline config: the shipped default, updated by ``path`` if given (``ConfigError``
    if that file is missing or not valid TOML)."""
    text = resources.files("parley.config").joinpath(DEFAULT_CONFIG).read_text(encoding="utf-8")
    config = tomllib.loads(text)
    if path is not None:
        try:
            override = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"config file {path} does not exist") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read config file {path}: {exc}") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
        _merge(config, override)
    return config


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> None:
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            _merge(base[key], value)
        else:
            base[key] = value


def assign_statement_ids(doc: Article) -> None:
    """Give every statement without an id its stable key (article id + quote offsets)."""
    for st in doc.statements:
        if not st.id:
            st.id = statement_key(doc.id, st)


@dataclass
class Pipeline:
    """Language-specific component chains built lazily from a config."""

    config: dict[str, Any] = field(default_factory=load_config)
    _chains: dict[str, list[registry.Component]] = field(default_factory=dict, init=False)

    @property
    def languages(self) -> list[str]:
        return list(self.config["pipeline"]["languages"])

    @property
    def dossier(self) -> str:
        return self.config["pipeline"].get("dossier", "russia_ukraine")

    def component_names(self, lang: str) -> list[str]:
        return list(self.config["pipeline"]["languages"][self._lang(lang)])

    def _lang(self, lang: str | None) -> str:
        langs = self.config["pipeline"]["languages"]
        return lang if lang in langs else self.config["pipeline"].get("default_lang", "de")

    def chain(self, lang: str | None) -> list[registry.Component]:
        key = self._lang(lang)
        if key not in self._chains:
            settings = self.config.get("components", {})
            self._chains[key] = [
                registry.create(name, **self._settings(name, settings))
                for name in self.config["pipeline"]["languages"][key]
            ]
        return self._chains[key]

    def _settings(self, name: str, settings: dict[str, Any]) -> dict[str, Any]:
        own = dict(settings.get(name, {}))
        if name.startswith(("actors.", "positions.")):
            own.setdefault("dossier", self.dossier)
        return own

    @property
    def limits(self) -> Limits:
        return Limits.from_config(self.config["pipeline"])

    def __call__(self, doc: Article) -> Article:
        """Analyse ``doc`` (long texts window by window); ``ArticleSkipped`` when over its limits."""
        limits = self.limits
        limits.check_size(doc.text)
        deadline = limits.deadline()
        chain = self.chain(doc.lang)

        def run(piece: Article) -> Article:
            for comp in chain:
                piece = comp(piece)
                assign_statement_ids(piece)
                deadline.check(comp.name)
            return piece

        doc = run_windowed(doc, run, limits.window_chars, limits.window_context, deadline.check)
        clip_spans(doc)
        return doc

    def pipe(self, docs: Iterable[Article]) -> Iterator[Article]:
        for doc in docs:
            yield self(doc)

    def check(self) -> None:
        """Raise ``ConfigError`` naming every unknown component and an unknown dossier (once, before
        any article; components are not built)."""
        problems: list[str] = []
        pipeline = self.config.get("pipeline")
        if not isinstance(pipeline, dict) or not isinstance(pipeline.get("languages"), dict):
            raise ConfigError("config needs a [pipeline.languages] table")
        for lang, names in pipeline["languages"].items():
            if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
                problems.append(f"pipeline.languages.{lang} must be a list of component names")
                continue
            problems += [f"unknown component {n!r} in pipeline.languages.{lang}" for n in names
                         if not registry.known(n)]
        if any(n.startswith(("actors.", "positions.")) for lang in self.languages
               for n in self.component_names(lang) if isinstance(n, str)):
            from parley.actors.dossier import DossierError, load_dossier

            try:
                load_dossier(self.dossier)
            except DossierError as exc:
                problems.append(str(exc))
        try:
            self.limits
        except (TypeError, ValueError) as exc:
            problems.append(f"pipeline.limits: {exc}")
        if problems:
            raise ConfigError("; ".join(problems))

    def describe(self) -> dict[str, Any]:
        """What a run records about itself: components per language and the dossier."""
        return {
            "languages": {lang: self.component_names(lang) for lang in self.languages},
            "dossier": self.dossier,
        }
