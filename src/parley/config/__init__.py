"""The pipeline config: the shipped ``default.toml``, updated by a user's TOML file."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

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
