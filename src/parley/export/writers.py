"""Write lists of flat rows as JSONL, CSV or Parquet, and networkx graphs as GraphML or CSV."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import networkx as nx

ROW_FORMATS = ("jsonl", "csv", "parquet")
GRAPH_FORMATS = ("graphml", "csv")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> Any:
    """A text cell that a spreadsheet would read as a formula (it starts with ``=``, ``+``, ``-``,
    ``@``, tab or carriage return) prefixed with a single quote, as OWASP recommends against CSV
    injection from hostile article text; other values unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def write_rows(rows: Sequence[dict[str, Any]], path: Path, fmt: str, columns: Sequence[str] | None = None) -> int:
    """Write ``rows`` to ``path`` in ``fmt``; returns the number of rows written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    columns = list(columns or (rows[0].keys() if rows else []))
    if fmt == "jsonl":
        with path.open("w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        with path.open("w", encoding="utf-8", newline="") as out:
            writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
            writer.writeheader()
            writer.writerows({k: csv_safe(v) for k, v in row.items()} for row in rows)
    elif fmt == "parquet":
        import pandas as pd

        pd.DataFrame(list(rows), columns=columns).to_parquet(path, index=False)
    else:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(ROW_FORMATS)}")
    return len(rows)


def _graphml_safe(graph: nx.Graph) -> nx.Graph:
    """GraphML takes scalar attributes only: drop ``None`` and stringify anything else."""
    clean = graph.copy()
    for _, data in [*clean.nodes(data=True), *((None, d) for *_, d in clean.edges(data=True))]:
        for key in list(data):
            value = data[key]
            if value is None:
                del data[key]
            elif not isinstance(value, (str, int, float, bool)):
                data[key] = str(value)
    clean.graph = {k: v for k, v in clean.graph.items() if isinstance(v, (str, int, float, bool))}
    return clean


def write_graph(graph: nx.Graph, path: Path, fmt: str) -> None:
    """GraphML (Gephi, visone, igraph, networkx) or an edge-list CSV (source, target, attributes)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "graphml":
        nx.write_graphml(_graphml_safe(graph), path)
    elif fmt == "csv":
        keys = sorted({k for *_, d in graph.edges(data=True) for k in d})
        rows = [{"source": u, "target": v, **d} for u, v, d in graph.edges(data=True)]
        write_rows(rows, path, "csv", ["source", "target", *keys])
    else:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(GRAPH_FORMATS)}")
