"""The default ``--min-confidence`` for showing positions: the lowest calibrated confidence at which the
learned position stage reached precision >= 0.7 in cross-validation (``meta.json`` of its model)."""

from __future__ import annotations

import json
from functools import lru_cache

from parley.context import models_dir

MODEL_NAME = "positions-linear"


@lru_cache(maxsize=1)
def default_min_confidence() -> float:
    """``min_confidence`` of the shipped model, 0.0 (show everything) when there is no model."""
    path = models_dir() / MODEL_NAME / "meta.json"
    try:
        return float(json.loads(path.read_text(encoding="utf-8")).get("min_confidence", 0.0))
    except (OSError, ValueError):
        return 0.0
