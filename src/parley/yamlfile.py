"""YAML data files (dossiers, lexicons, rules), parsed with libyaml's C loader when PyYAML has it.

``yaml.CSafeLoader`` builds the same Python objects as ``yaml.safe_load`` about ten times faster; the
pure-Python ``SafeLoader`` is the fallback for a PyYAML built without libyaml.
"""

from __future__ import annotations

from typing import Any

import yaml

Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
YAMLError = yaml.YAMLError


def load_yaml(text: str) -> Any:
    """Parse one YAML document (safe tags only)."""
    return yaml.load(text, Loader=Loader)  # noqa: S506 - a safe loader
