"""Run configured components over articles, one language pipeline per article language."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from parley import registry
from parley.config import DEFAULT_CONFIG, load_config  # noqa: F401  (re-exported)
from parley.context import PipelineContext, context_from_config
from parley.model import Article, statement_key


def assign_statement_ids(doc: Article) -> None:
    """Give every statement without an id its stable key (article id + quote offsets)."""
    for st in doc.statements:
        if not st.id:
            st.id = statement_key(doc.id, st)


class ConfigError(ValueError):
    """A pipeline config that cannot run: a component's requirement no earlier component assigns."""


@dataclass
class Pipeline:
    """Language-specific component chains built lazily from a config, each with its context."""

    config: dict[str, Any] = field(default_factory=load_config)
    _chains: dict[str, list[registry.Component]] = field(default_factory=dict, init=False)
    _contexts: dict[str, PipelineContext] = field(default_factory=dict, init=False)

    @property
    def languages(self) -> list[str]:
        return list(self.config["pipeline"]["languages"])

    @property
    def dossier(self) -> str:
        return str(self.config["pipeline"]["dossier"])

    def component_names(self, lang: str | None) -> list[str]:
        return list(self.config["pipeline"]["languages"][self.resolve_lang(lang)])

    def resolve_lang(self, lang: str | None) -> str:
        """The chain an article in ``lang`` runs through: its own, else the config's default."""
        langs = self.config["pipeline"]["languages"]
        if lang in langs:
            return lang  # type: ignore[return-value]
        default = self.config["pipeline"].get("default_lang")
        if default not in langs:
            raise ConfigError(f"no pipeline for language {lang!r} and no usable default_lang ({default!r})")
        return default

    def context(self, lang: str | None) -> PipelineContext:
        """The context handed to the factories of the ``lang`` chain."""
        key = self.resolve_lang(lang)
        if key not in self._contexts:
            self._contexts[key] = context_from_config(self.config, key)
        return self._contexts[key]

    def settings(self, name: str) -> dict[str, Any]:
        """The config's settings of component ``name``."""
        return dict(self.config.get("components", {}).get(name, {}))

    def check(self, lang: str | None) -> None:
        """Raise :class:`ConfigError` unless each component's requirements are assigned earlier, and
        :class:`registry.RegistryError` for unknown components or settings."""
        have = set(registry.INPUT)
        for name in self.component_names(lang):
            spec = registry.info(name)
            spec.check_settings(self.settings(name))
            missing = [r for r in spec.requires if r not in have]
            if missing:
                raise ConfigError(
                    f"component {name!r} of the {self.resolve_lang(lang)!r} pipeline requires "
                    f"{', '.join(missing)}, which no earlier component assigns"
                )
            have.update(spec.assigns)

    def chain(self, lang: str | None) -> list[registry.Component]:
        key = self.resolve_lang(lang)
        if key not in self._chains:
            self.check(key)
            ctx = self.context(key)
            self._chains[key] = [
                registry.create(name, ctx, **self.settings(name)) for name in self.component_names(key)
            ]
        return self._chains[key]

    def __call__(self, doc: Article, timings: dict[str, float] | None = None) -> Article:
        """Run ``doc`` through its language's chain (adding each component's seconds to ``timings``)."""
        for comp in self.chain(doc.lang):
            started = time.perf_counter()
            doc = comp(doc)
            assign_statement_ids(doc)
            if timings is not None:
                timings[comp.name] = timings.get(comp.name, 0.0) + time.perf_counter() - started
        return doc

    def pipe(self, docs: Iterable[Article]) -> Iterator[Article]:
        for doc in docs:
            yield self(doc)

    def describe(self) -> dict[str, Any]:
        """What a run records about itself: components per language and the dossier."""
        return {
            "languages": {lang: self.component_names(lang) for lang in self.languages},
            "dossier": self.dossier,
        }

    def explain(self, lang: str | None = None) -> dict[str, Any]:
        """The resolved pipeline (``parley pipeline``): per language its components with what they
        require and assign and their settings (config over factory defaults), and the dossier."""
        langs = [self.resolve_lang(lang)] if lang is not None else self.languages
        out: dict[str, Any] = {"dossier": self.dossier, "languages": {}}
        for key in langs:
            self.check(key)
            rows = []
            for name in self.component_names(key):
                spec = registry.info(name)
                rows.append({
                    "name": name,
                    "requires": list(spec.requires),
                    "assigns": list(spec.assigns),
                    "settings": {**spec.defaults(), **self.settings(name)},
                })
            out["languages"][key] = rows
        return out
