"""The analysis pages' data (matrix, timeline, network), built on ``parley.analysis`` over a cached
snapshot of the store's collapsed positions."""

from __future__ import annotations

import gc
import itertools
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

import networkx as nx

from parley import analysis
from parley.analysis import PositionRecord
from parley.positions.confidence import default_min_confidence
from parley.store import read, search
from parley.web import queries
from parley.web.cache import StoreCache
from parley.web.charts import NetworkChart, TimelineChart, network_chart, timeline_chart

MAX_ACTORS = 200
MAX_LANES = 60
MAX_NODES = 120
BUCKET_DAYS_LIMIT = 120  # more distinct dates in a lane than this: bucket by month


_GENERATIONS = itertools.count(1)
PINNED = ("positions",)  # cache keys too costly to evict


@dataclass(frozen=True)
class Snapshot:
    """The collapsed positions at one moment; views derived from them are cached per generation."""

    generation: int
    records: list[PositionRecord]


def _load(cache: StoreCache) -> Snapshot:
    records = analysis.collapse_positions(analysis.load_positions(cache.store))
    # the records live until the data changes: keep the cyclic GC from rescanning them on every
    # collection (full collections over a large heap caused 300+ ms pauses on big stores)
    gc.freeze()
    return Snapshot(next(_GENERATIONS), records)


def snapshot(cache: StoreCache) -> Snapshot:
    """All positions, wire copies collapsed (each carries its relaying ``sources``). After a change
    of the store the previous snapshot is served while the new one is computed in the background."""
    return cache.get("positions", lambda: _load(cache), stale_ok=True)


def positions(cache: StoreCache) -> list[PositionRecord]:
    return snapshot(cache).records


def actor_counts(cache: StoreCache) -> list[dict[str, Any]]:
    return cache.get("actor_counts", lambda: read.actor_counts(cache.store))


def facets(cache: StoreCache) -> dict[str, list[str]]:
    """The filter values (languages, sources, issues, actors), cached."""
    return cache.get("facets", lambda: read.facets(cache.store, actor_counts(cache)))


def issue_catalogue(cache: StoreCache) -> dict[str, str]:
    """Issue id → label: the issues of the dossier of the latest analysis run, then any other issue
    found in the store (labelled by its id)."""

    def compute() -> dict[str, str]:
        from parley.positions.issues import load_issues

        labels: dict[str, str] = {}
        latest = read.latest_analysis_config(cache.store).get("dossier")
        for dossier in dict.fromkeys([latest, *facets(cache).get("dossiers", [])]):
            if not dossier:
                continue
            try:
                for i in load_issues(dossier):
                    labels.setdefault(i["id"], i.get("label") or i["id"])
            except (OSError, KeyError, TypeError, ValueError):  # dossier not shipped here ("auto")
                continue
        for issue in facets(cache)["issues"]:
            labels.setdefault(issue, issue)
        return labels

    return cache.get("issue_catalogue", compute)


def article_list(cache: StoreCache, f: read.ArticleFilter, page: int, size: int) -> read.Page[dict[str, Any]]:
    """A page of the article list (links only to http(s) addresses); the match count is cached per
    filter (paging repeats it)."""
    total = cache.get(("count", tuple(sorted(f.active().items()))), lambda: read.count_articles(cache.store, f))
    result = read.list_articles(cache.store, f, page, size, total)
    for item in result.items:
        item["url"] = queries.safe_url(item["url"])
    if f.q:
        result.extra["search"] = search.index_mode(cache.store)  # "like": no index, substring match
    return result


def warm(cache: StoreCache) -> None:
    """Compute the filter values, the shared positions and the default matrix, timeline and network
    in the background."""

    def run() -> None:
        facets(cache)
        matrix_view(cache)
        timeline_view(cache)
        network_view(cache)

    cache.warm("warm-up", run)


def _filter(records: list[PositionRecord], actor: str = "", issue: str = "", dossier: str = "",
            min_confidence: float = 0.0) -> list[PositionRecord]:
    return [
        r for r in records
        if (not actor or r.actor == actor) and (not issue or r.issue == issue) and (not dossier or r.dossier == dossier)
        and (r.confidence is None or r.confidence >= min_confidence)
    ]


@dataclass
class MatrixView:
    actors: list[str]
    issues: list[str]
    cells: dict[tuple[str, str], analysis.Cell]
    total_actors: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "actors": self.actors,
            "issues": self.issues,
            "total_actors": self.total_actors,
            "cells": [
                {
                    "actor": c.actor,
                    "issue": c.issue,
                    "latest_stance": c.latest_stance,
                    "counts": dict(c.counts),
                    "first_date": c.first_date,
                    "last_date": c.last_date,
                    "n_sources": c.n_sources,
                }
                for (a, i), c in self.cells.items()
                if a in set(self.actors)
            ],
        }


def matrix_view(cache: StoreCache, max_actors: int = 40, issue: str = "", dossier: str = "",
                min_confidence: float | None = None) -> MatrixView:
    snap = snapshot(cache)
    floor = default_min_confidence() if min_confidence is None else min_confidence

    def compute() -> MatrixView:
        matrix = analysis.actor_issue_matrix(_filter(snap.records, issue=issue, dossier=dossier, min_confidence=floor))
        weight: Counter[str] = Counter()
        per_issue: Counter[str] = Counter()
        for (a, i), cell in matrix.items():
            weight[a] += cell.total
            per_issue[i] += cell.total
        chosen = [a for a, _ in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))[:max_actors]]
        issues = [i for i, _ in sorted(per_issue.items(), key=lambda kv: (-kv[1], kv[0]))]
        return MatrixView(chosen, issues, matrix, len(weight))

    return cache.get(("matrix", snap.generation, max_actors, issue, dossier, floor), compute)


@dataclass
class TimelineView:
    chart: TimelineChart
    lanes: list[dict[str, Any]]
    shifts: list[analysis.Shift]
    undated: int


def lane_points(recs: list[PositionRecord], shifted: set[int]) -> list[dict[str, Any]]:
    dates = {r.date for r in recs}
    monthly = len(dates) > BUCKET_DAYS_LIMIT
    buckets: dict[str, list[PositionRecord]] = defaultdict(list)
    for r in recs:
        buckets[r.date[:7] if monthly else r.date].append(r)  # type: ignore[index]
    points = []
    for date in sorted(buckets):
        members = buckets[date]
        points.append(
            {
                "date": date,
                "stance": members[-1].stance,
                "count": len(members),
                "counts": dict(Counter(r.stance for r in members)),
                "shift": any(id(r) in shifted for r in members),
            }
        )
    return points


def timeline_view(
    cache: StoreCache, actor: str = "", issue: str = "", max_lanes: int = 15, dossier: str = ""
) -> TimelineView:
    snap = snapshot(cache)

    def compute() -> TimelineView:
        records = _filter(snap.records, actor, issue, dossier)
        dated = [r for r in records if r.date]
        found = analysis.shifts(dated)
        shifted = {id(s.after) for s in found}
        per_pair: dict[tuple[str, str], list[PositionRecord]] = defaultdict(list)
        for r in dated:
            per_pair[(r.actor, r.issue)].append(r)
        n_shifts = Counter((s.actor, s.issue) for s in found)
        ranked = sorted(per_pair, key=lambda k: (-n_shifts[k], -len(per_pair[k]), k))[:max_lanes]
        lanes = [
            {"actor": a, "issue": i, "points": lane_points(per_pair[(a, i)], shifted)} for a, i in ranked
        ]
        chosen = set(ranked)
        shown = [s for s in found if (s.actor, s.issue) in chosen]
        shown.sort(key=lambda s: (s.after.date or "", s.actor), reverse=True)
        chart = timeline_chart(lanes, with_actor=not actor)
        return TimelineView(chart, lanes, shown, len(records) - len(dated))

    return cache.get(("timeline", snap.generation, actor, issue, max_lanes, dossier), compute)


@dataclass
class NetworkView:
    chart: NetworkChart
    graph: nx.Graph
    kind: str


def network_view(
    cache: StoreCache, kind: str = "both", issue: str = "", max_nodes: int = 40, dossier: str = ""
) -> NetworkView:
    snap = snapshot(cache)

    def compute() -> NetworkView:
        records = _filter(snap.records, issue=issue, dossier=dossier)
        activity = Counter(r.actor for r in records)
        keep = {a for a, _ in activity.most_common(max_nodes)}
        records = [r for r in records if r.actor in keep]
        graph = nx.Graph()
        for name in keep:
            graph.add_node(name, positions=activity[name])
        kinds = ("congruence", "conflict") if kind == "both" else (kind,)
        for k in kinds:
            built = analysis.NETWORKS[k](records)
            for a, b, data in built.edges(data=True):
                issues = [i for i in str(data.get("issues", "")).split(";") if i]
                if graph.has_edge(a, b):  # both kinds: the stronger relation wins the line
                    if graph.edges[a, b]["weight"] >= data["weight"]:
                        continue
                graph.add_edge(a, b, kind=k, weight=data["weight"], issues=issues)
        return NetworkView(network_chart(graph), graph, kind)

    return cache.get(("network", snap.generation, kind, issue, max_nodes, dossier), compute)
