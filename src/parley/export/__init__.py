"""Export stage: predictions for the evaluators, JSONL/CSV/Parquet tables, GraphML/CSV networks
and a DNA-compatible statement table.

The names below are imported on first use, so that ``parley.export.predictions`` (used by
``parley extract``) does not load the analysis and database layers.
"""

from __future__ import annotations

import importlib
from typing import Any

_SOURCES = {
    "DNA_COLUMNS": "dna",
    "dna_rows": "dna",
    "dossier_roles": "dna",
    "position_rows": "tables",
    "statement_rows": "tables",
    "GRAPH_FORMATS": "writers",
    "ROW_FORMATS": "writers",
    "write_graph": "writers",
    "write_rows": "writers",
}
__all__ = sorted(_SOURCES)


def __getattr__(name: str) -> Any:
    if name not in _SOURCES:
        raise AttributeError(name)
    return getattr(importlib.import_module(f"parley.export.{_SOURCES[name]}"), name)
