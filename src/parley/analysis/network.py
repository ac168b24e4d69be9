"""Discourse networks (DNA-style): actor congruence/conflict networks and the actor–issue
two-mode network, as networkx graphs."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations

import networkx as nx

from parley.analysis.records import PositionRecord, polarity


def _polarities(records: Iterable[PositionRecord]) -> dict[str, dict[str, set[int]]]:
    """actor -> issue -> set of directions (+1/-1) the actor took (claims excluded)."""
    table: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for rec in records:
        p = polarity(rec.stance)
        if p:
            table[rec.actor][rec.issue].add(p)
    return table


def _one_mode(records: Iterable[PositionRecord], conflict: bool) -> nx.Graph:
    table = _polarities(records)
    graph = nx.Graph(kind="conflict" if conflict else "congruence")
    graph.add_nodes_from(sorted(table), type="actor")
    for a, b in combinations(sorted(table), 2):
        shared = []
        for issue in sorted(set(table[a]) & set(table[b])):
            pa, pb = table[a][issue], table[b][issue]
            hit = any(x == -y for x in pa for y in pb) if conflict else bool(pa & pb)
            if hit:
                shared.append(issue)
        if shared:
            graph.add_edge(a, b, weight=len(shared), issues=";".join(shared))
    return graph


def congruence_network(records: Iterable[PositionRecord]) -> nx.Graph:
    """Actors linked by the number of issues on which they lean the same way."""
    return _one_mode(records, conflict=False)


def conflict_network(records: Iterable[PositionRecord]) -> nx.Graph:
    """Actors linked by the number of issues on which they lean opposite ways."""
    return _one_mode(records, conflict=True)


def two_mode_network(records: Iterable[PositionRecord]) -> nx.Graph:
    """Bipartite actor–issue graph; edges carry counts per stance and the latest stance."""
    graph = nx.Graph(kind="two-mode")
    for rec in sorted(records, key=lambda r: (r.date or "", r.article_id)):
        graph.add_node(rec.actor, type="actor", bipartite=0)
        graph.add_node(f"issue:{rec.issue}", type="issue", label=rec.issue, bipartite=1)
        key = (rec.actor, f"issue:{rec.issue}")
        data = graph.get_edge_data(*key) or {"weight": 0}
        data["weight"] += 1
        data[rec.stance] = data.get(rec.stance, 0) + 1
        data["latest_stance"] = rec.stance
        data["agreement"] = sum(data.get(s, 0) * polarity(s) for s in ("support", "offer", "condition", "oppose"))
        graph.add_edge(*key, **data)
    return graph


NETWORKS = {"congruence": congruence_network, "conflict": conflict_network, "two-mode": two_mode_network}
