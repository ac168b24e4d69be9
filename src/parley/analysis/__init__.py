"""Analysis stage: the negotiation map across articles.

Load records from a store (``load_positions``/``load_statements``), collapse wire copies
(``collapse_positions``/``collapse_statements``), then compute over plain lists of records:
``actor_issue_matrix``, ``conflicts``/``common_ground``, ``timeline``/``shifts``/``contradictions``
and the discourse networks (``congruence_network``, ``conflict_network``, ``two_mode_network``).
"""

from parley.analysis.dedup import collapse_positions, collapse_statements
from parley.analysis.load import load_positions, load_statements
from parley.analysis.matrix import Cell, Pairing, actor_issue_matrix, actors, common_ground, conflicts, issues
from parley.analysis.network import NETWORKS, conflict_network, congruence_network, two_mode_network
from parley.analysis.records import POLARITY, Located, PositionRecord, SourceRef, StatementRecord, polarity
from parley.analysis.timeline import Shift, contradictions, shifts, timeline

__all__ = [
    "NETWORKS",
    "POLARITY",
    "Cell",
    "Located",
    "Pairing",
    "PositionRecord",
    "Shift",
    "SourceRef",
    "StatementRecord",
    "actor_issue_matrix",
    "actors",
    "collapse_positions",
    "collapse_statements",
    "common_ground",
    "conflict_network",
    "conflicts",
    "congruence_network",
    "contradictions",
    "issues",
    "load_positions",
    "load_statements",
    "polarity",
    "shifts",
    "timeline",
    "two_mode_network",
]
