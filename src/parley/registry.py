"""Component registry: names like ``quotes.de`` map to factories that build pipeline components.

A component is any callable ``Article -> Article`` with a ``name`` attribute. Stage packages register
their factories with ``@component("stage.name")``; ``create`` imports the stage package named by the
prefix on first use, so no central list of components has to be kept.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, Protocol

from parley.model import Article


class Component(Protocol):
    name: str

    def __call__(self, doc: Article) -> Article: ...


Factory = Callable[..., Component]
_FACTORIES: dict[str, Factory] = {}


def component(name: str) -> Callable[[Factory], Factory]:
    """Register ``factory`` under ``name`` (``stage.variant``)."""

    def register(factory: Factory) -> Factory:
        _FACTORIES[name] = factory
        return factory

    return register


def _load_stage(name: str) -> None:
    stage = name.split(".", 1)[0]
    importlib.import_module(f"parley.{stage}")


def create(name: str, **config: Any) -> Component:
    """Build the component registered as ``name`` with its config."""
    if name not in _FACTORIES:
        try:
            _load_stage(name)
        except ModuleNotFoundError as exc:
            raise KeyError(f"unknown component {name!r}: {exc}") from exc
    if name not in _FACTORIES:
        raise KeyError(f"unknown component {name!r}; known: {', '.join(sorted(_FACTORIES))}")
    built = _FACTORIES[name](**config)
    if not getattr(built, "name", None):
        built.name = name  # type: ignore[misc]
    return built


def known(name: str) -> bool:
    """Whether a component called ``name`` exists (imports its stage, builds nothing)."""
    if name not in _FACTORIES:
        try:
            _load_stage(name)
        except ModuleNotFoundError:
            return False
    return name in _FACTORIES


def registered() -> list[str]:
    return sorted(_FACTORIES)
