"""The pipeline config: the shipped ``default.toml``, updated by a user's TOML file."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

DEFAULT_CONFIG = "default.toml"


def load_config(path: str | Path | None = None) -> dict[str, Any]:
    """Read the pipeline config: the shipped default, updated by ``path`` if given."""
    text = resources.files("parley.config").joinpath(DEFAULT_CONFIG).read_text(encoding="utf-8")
    config = tomllib.loads(text)
    if path is not None:
        override = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        _merge(config, override)
    return config


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> None:
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            _merge(base[key], value)
        else:
            base[key] = value
