"""Run configured components over articles, one language pipeline per article language."""

from __future__ import annotations

import copy
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from parley import registry
from parley.boundary import clip_spans
from parley.budget import Limits
from parley.config import DEFAULT_CONFIG, ConfigError, load_config  # noqa: F401  (re-exported)
from parley.context import PipelineContext, context_from_config
from parley.model import Article, statement_key
from parley.windows import run_windowed


def assign_statement_ids(doc: Article) -> None:
    """Give every statement without an id its stable key (article id + quote offsets)."""
    for st in doc.statements:
        if not st.id:
            st.id = statement_key(doc.id, st)


@dataclass
class Pipeline:
    """Language-specific component chains built lazily from a config, each with its context.

    With ``dossier = "auto"`` (or ``"auto:A,B"``) each article goes through the chains of the dossier
    :mod:`parley.dossier_choice` picks for it (one child pipeline per dossier); ``default_dossier`` is
    the candidate kept when nothing decides. Every analysed article records its dossier.
    """

    config: dict[str, Any] = field(default_factory=load_config)
    _chains: dict[str, list[registry.Component]] = field(default_factory=dict, init=False)
    _contexts: dict[str, PipelineContext] = field(default_factory=dict, init=False)
    _children: dict[str, Pipeline] = field(default_factory=dict, init=False)

    @property
    def languages(self) -> list[str]:
        return list(self.config["pipeline"]["languages"])

    @property
    def dossier(self) -> str:
        return str(self.config["pipeline"]["dossier"])

    @property
    def auto(self) -> bool:
        """Whether the dossier is chosen per article (``auto`` or ``auto:A,B``)."""
        from parley.dossier_choice import is_auto

        return is_auto(self.dossier)

    def candidates(self) -> list[str]:
        """The dossiers an ``auto`` pipeline chooses from (the default first); else just its own."""
        from parley.dossier_choice import candidates_for
        from parley.dossiers import DEFAULT_DOSSIER

        return candidates_for(self.dossier, str(self.config["pipeline"].get("default_dossier") or DEFAULT_DOSSIER))

    def for_dossier(self, name: str) -> Pipeline:
        """The pipeline of this config with the dossier fixed to ``name`` (built once)."""
        if name == self.dossier:
            return self
        if name not in self._children:
            config = copy.deepcopy(self.config)
            config["pipeline"]["dossier"] = name
            self._children[name] = Pipeline(config)
        return self._children[name]

    def dossier_for(self, doc: Article) -> str:
        """The dossier ``doc`` is analysed with: the one recorded with the article when the config says
        ``keep_recorded`` (``parley run`` without ``--dossier``); else the pipeline's own, or for ``auto``
        the recorded one if it is a candidate, else the best-matching candidate."""
        if doc.dossier and self.config["pipeline"].get("keep_recorded"):
            return doc.dossier
        if not self.auto:
            return self.dossier
        from parley.dossier_choice import choose_dossier

        names = self.candidates()
        if doc.dossier in names:
            return doc.dossier  # type: ignore[return-value]
        return choose_dossier(doc.text, self.resolve_lang(doc.lang), names, doc.date).dossier

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
        """The context handed to the factories of the ``lang`` chain (``auto``: the default dossier's)."""
        if self.auto:
            return self.for_dossier(self.candidates()[0]).context(lang)
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
        if self.auto:  # the default dossier's chain (what ``models_used`` and ``explain`` describe)
            return self.for_dossier(self.candidates()[0]).chain(lang)
        key = self.resolve_lang(lang)
        if key not in self._chains:
            self.check(key)
            ctx = self.context(key)
            self._chains[key] = [
                registry.create(name, ctx, **self.settings(name)) for name in self.component_names(key)
            ]
        return self._chains[key]

    def validate(self) -> None:
        """Raise ``ConfigError`` naming what makes the config unusable — an unknown component or
        setting, a missing requirement, an unknown dossier, bad limits — once, before any article."""
        pipe = self.config.get("pipeline")
        if not isinstance(pipe, dict) or not isinstance(pipe.get("languages"), dict):
            raise ConfigError("config needs a [pipeline.languages] table")
        problems: list[str] = []
        for lang, names in pipe["languages"].items():
            if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
                problems.append(f"pipeline.languages.{lang} must be a list of component names")
                continue
            try:
                self.check(lang)
            except (ConfigError, registry.RegistryError) as exc:
                problems.append(f"{exc} (pipeline.languages.{lang})")
        try:
            self.context(None)
        except Exception as exc:  # the dossier is loaded for the context
            problems.append(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        try:
            self.limits
        except (TypeError, ValueError, AttributeError) as exc:
            problems.append(f"pipeline.limits: {exc}")
        if problems:
            raise ConfigError("; ".join(problems))

    @property
    def limits(self) -> Limits:
        return Limits.from_config(self.config["pipeline"])

    def __call__(self, doc: Article, timings: dict[str, float] | None = None) -> Article:
        """Run ``doc`` through its language's chain (adding each component's seconds to ``timings``);
        long texts window by window; ``ArticleSkipped`` when over the size or time limit;
        ``doc.dossier`` names the dossier it was analysed with."""
        started = time.perf_counter()
        name = self.dossier_for(doc)
        doc.dossier = name
        if name != self.dossier:  # chosen per article (auto) or recorded with it: that dossier's chains
            if timings is not None:
                timings["dossier.choice"] = timings.get("dossier.choice", 0.0) + time.perf_counter() - started
            return self.for_dossier(name)(doc, timings)
        limits = self.limits
        limits.check_size(doc.text)
        deadline = limits.deadline()
        chain = self.chain(doc.lang)

        def run(piece: Article) -> Article:
            for comp in chain:
                started = time.perf_counter()
                piece = comp(piece)
                assign_statement_ids(piece)
                if timings is not None:
                    timings[comp.name] = timings.get(comp.name, 0.0) + time.perf_counter() - started
                deadline.check(comp.name)
            return piece

        doc = run_windowed(doc, run, limits.window_chars, limits.window_context, deadline.check)
        doc.dossier = name
        clip_spans(doc)
        return doc

    def pipe(self, docs: Iterable[Article]) -> Iterator[Article]:
        for doc in docs:
            yield self(doc)

    def describe(self) -> dict[str, Any]:
        """What a run records about itself: components per language and the dossier (``auto``: and
        the candidates, the default first)."""
        out: dict[str, Any] = {
            "languages": {lang: self.component_names(lang) for lang in self.languages},
            "dossier": self.dossier,
        }
        if self.auto:
            out["candidates"] = self.candidates()
        return out

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
