"""What an analysis depends on, as short hashes: the pipeline config and the dossier's files.

A run records them; articles analysed under other hashes are stale and ``parley run`` says so.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:12]


def dossier_digest(name_or_path: str) -> str:
    """Hash of the dossier's YAML files (names and contents); ``missing`` if there is none."""
    from parley.dossier import dossier_path

    path = Path(dossier_path(name_or_path))
    files = sorted(path.rglob("*.yaml")) if path.is_dir() else [path] if path.is_file() else []
    if not files:
        return "missing"
    h = hashlib.sha256()
    for file in files:
        h.update(file.name.encode() + b"\0" + file.read_bytes() + b"\0")
    return h.hexdigest()[:12]


RUN_TIME_KEYS = ("limits", "keep_recorded", "default_dossier")  # how a run is done, not what it finds


def fingerprint(config: dict[str, Any]) -> dict[str, str]:
    """``{"config": …, "dossier": …}`` of a pipeline config (limits and other run-time switches
    excluded: they change no result)."""
    from parley.dossiers import DEFAULT_DOSSIER

    pipeline = {k: v for k, v in config.get("pipeline", {}).items() if k not in RUN_TIME_KEYS}
    relevant = {**config, "pipeline": pipeline}
    dossier = str(pipeline.get("dossier", DEFAULT_DOSSIER))
    return {
        "config": _digest(json.dumps(relevant, sort_keys=True, default=str).encode()),
        "dossier": dossier_digest(dossier),
    }


def differences(recorded: dict[str, Any], current: dict[str, str]) -> list[str]:
    """Which parts (``config``, ``dossier``) differ from a run's recorded config (runs recorded
    before fingerprints existed are not judged)."""
    mine = recorded.get("fingerprint")
    if isinstance(mine, dict):
        return [part for part in ("config", "dossier") if mine.get(part) != current.get(part)]
    return []
