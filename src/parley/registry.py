"""Component registry: names like ``quotes.de`` map to factories that build pipeline components.

A component is any callable ``Article -> Article`` with a ``name`` attribute. Stage packages register
their factories with ``@component("stage.name", requires=..., assigns=...)``; a factory is called as
``factory(ctx, **settings)`` with the :class:`~parley.context.PipelineContext`. ``create`` imports the
stage package named by the prefix on first use, so no central list of components has to be kept.

Strict, like spaCy's factories: a name registered twice raises, a setting the factory does not take is
an error, and each factory declares what it ``requires`` of the article and what it ``assigns``
(checked by the pipeline: every requirement must be assigned by an earlier component).
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from parley.model import Article

if TYPE_CHECKING:
    from parley.context import PipelineContext

# What the article has before any component ran.
INPUT = ("text", "lang", "date")


class Component(Protocol):
    name: str

    def __call__(self, doc: Article) -> Article: ...


Factory = Callable[..., Component]


class RegistryError(ValueError):
    """A component name registered twice, an unknown component, or settings it does not take."""


@dataclass(frozen=True)
class FactoryInfo:
    """A registered factory with what it needs, what it sets and which settings it takes."""

    name: str
    factory: Factory
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    settings: tuple[str, ...] | None  # None: the factory validates its own (``**settings``)
    declared: dict[str, Any] = field(default_factory=dict)  # defaults of a ``**settings`` factory

    def check_settings(self, settings: dict[str, Any]) -> None:
        if self.settings is None:
            return
        unknown = sorted(set(settings) - set(self.settings))
        if unknown:
            allowed = ", ".join(self.settings) or "none"
            raise RegistryError(
                f"unknown setting(s) {', '.join(map(repr, unknown))} for component {self.name!r} "
                f"(it takes: {allowed})"
            )

    def defaults(self) -> dict[str, Any]:
        """The factory's settings with their default values."""
        if self.declared:
            return dict(self.declared)
        params = list(inspect.signature(self.factory).parameters.values())[1:]
        return {p.name: p.default for p in params if p.kind is p.KEYWORD_ONLY or p.kind is p.POSITIONAL_OR_KEYWORD}


_FACTORIES: dict[str, FactoryInfo] = {}


def _own_settings(factory: Factory) -> tuple[str, ...] | None:
    params = list(inspect.signature(factory).parameters.values())[1:]  # the first one is ctx
    if any(p.kind is p.VAR_KEYWORD for p in params):
        return None
    return tuple(p.name for p in params if p.kind in (p.KEYWORD_ONLY, p.POSITIONAL_OR_KEYWORD))


def component(
    name: str,
    *,
    requires: Iterable[str] = (),
    assigns: Iterable[str] = (),
    settings: Mapping[str, Any] | None = None,
) -> Callable[[Factory], Factory]:
    """Register ``factory(ctx, **settings)`` under ``name`` (``stage.variant``).

    ``settings`` maps the accepted setting names to their defaults when the factory takes
    ``**settings``; otherwise they are read from its signature.
    """

    def register(factory: Factory) -> Factory:
        old = _FACTORIES.get(name)
        if old is not None and _key(old.factory) != _key(factory):
            raise RegistryError(
                f"component {name!r} is registered twice: {_key(old.factory)} and {_key(factory)}"
            )
        allowed = tuple(settings) if settings is not None else _own_settings(factory)
        _FACTORIES[name] = FactoryInfo(
            name, factory, tuple(requires), tuple(assigns), allowed, dict(settings or {})
        )
        return factory

    return register


def _key(factory: Factory) -> str:
    return f"{factory.__module__}.{factory.__qualname__}"  # the same function imported again is fine


def _load_stage(name: str) -> None:
    stage = name.split(".", 1)[0]
    importlib.import_module(f"parley.{stage}")


def info(name: str) -> FactoryInfo:
    """The registration of ``name`` (its stage package imported on first use)."""
    if name not in _FACTORIES:
        try:
            _load_stage(name)
        except ModuleNotFoundError as exc:
            raise RegistryError(f"unknown component {name!r}: {exc}") from exc
    if name not in _FACTORIES:
        raise RegistryError(f"unknown component {name!r}; known: {', '.join(sorted(_FACTORIES))}")
    return _FACTORIES[name]


def create(
    name: str,
    ctx: PipelineContext | None = None,
    *,
    lang: str | None = None,
    dossier: str | None = None,
    **settings: Any,
) -> Component:
    """Build the component registered as ``name`` with its settings.

    Without ``ctx`` the component gets the default config's context (with ``lang``/``dossier`` if
    given): for tests and tools that use one component on its own.
    """
    registered_as = info(name)
    registered_as.check_settings(settings)
    if ctx is None:
        from parley.context import default_context

        ctx = default_context(lang, dossier)
    built = registered_as.factory(ctx, **settings)
    if not getattr(built, "name", None):
        built.name = name  # type: ignore[misc]
    return built


def registered() -> list[str]:
    return sorted(_FACTORIES)
