"""Export stage: predictions for the evaluators, JSONL/CSV/Parquet tables, GraphML/CSV networks
and a DNA-compatible statement table."""

from parley.export.dna import DNA_COLUMNS, dna_rows, dossier_roles
from parley.export.tables import position_rows, statement_rows
from parley.export.writers import GRAPH_FORMATS, ROW_FORMATS, write_graph, write_rows

__all__ = [
    "DNA_COLUMNS",
    "GRAPH_FORMATS",
    "ROW_FORMATS",
    "dna_rows",
    "dossier_roles",
    "position_rows",
    "statement_rows",
    "write_graph",
    "write_rows",
]
