"""Geometry for the server-side SVG charts: the stance timeline and the actor network.

Input is plain data (lanes of dated stances, a networkx graph); output is coordinates that the
templates draw. No text is turned into markup here: labels stay plain strings for autoescaping.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

STANCE_ORDER = ("support", "offer", "condition", "claim", "oppose")


def day(value: str) -> dt.date | None:
    """``YYYY-MM-DD`` or ``YYYY-MM`` (mid-month) as a date; None when unparsable."""
    try:
        if len(value) >= 10:
            return dt.date.fromisoformat(value[:10])
        if len(value) == 7:
            return dt.date.fromisoformat(value + "-15")
    except ValueError:
        return None
    return None


@dataclass
class Point:
    x: float
    y: float
    date: str
    stance: str
    count: int
    r: float
    shift: bool
    counts: dict[str, int]


@dataclass
class Lane:
    actor: str
    issue: str
    y: float
    label: str = ""
    points: list[Point] = field(default_factory=list)
    shifts: int = 0


@dataclass
class TimelineChart:
    width: int
    height: int
    left: int
    lanes: list[Lane]
    ticks: list[tuple[float, str]]


def timeline_chart(
    lanes: list[dict[str, Any]], width: int = 1000, with_actor: bool = True, lane_height: int = 34
) -> TimelineChart:
    """Place each lane's buckets (``{"actor", "issue", "points": [{"date", "stance", "count",
    "counts", "shift"}]}``) on a shared time axis; lanes are labelled "actor · issue" (or just the
    issue without ``with_actor``) in a left margin wide enough for the longest label."""
    labels = [_label(lane["actor"], lane["issue"]) if with_actor else lane["issue"] for lane in lanes]
    left = min(320, max(110, 7 * max((len(x) for x in labels), default=0) + 24))
    days = [d for lane in lanes for p in lane["points"] if (d := day(p["date"]))]
    top, right = 30, 40
    height = top + lane_height * max(1, len(lanes)) + 10
    if not days:
        return TimelineChart(width, height, left, [], [])
    lo, hi = min(days), max(days)
    span = max(1, (hi - lo).days)
    usable = width - left - right

    def x_of(d: dt.date) -> float:
        return round(left + usable * ((d - lo).days / span if hi != lo else 0.5), 1)

    out = []
    for i, lane in enumerate(lanes):
        y = top + lane_height * i + lane_height / 2
        row = Lane(lane["actor"], lane["issue"], y, label=labels[i])
        for p in lane["points"]:
            d = day(p["date"])
            if d is None:
                continue
            r = round(min(12.0, 4 + 2.2 * math.sqrt(p["count"])), 1)
            row.points.append(Point(x_of(d), y, p["date"], p["stance"], p["count"], r, p["shift"], p["counts"]))
        row.shifts = sum(1 for p in row.points if p.shift)
        out.append(row)
    return TimelineChart(width, height, left, out, _ticks(lo, hi, x_of))


def _label(actor: str, issue: str, limit: int = 42) -> str:
    actor = actor if len(actor) + len(issue) <= limit else actor[: max(8, limit - len(issue) - 1)] + "…"
    return f"{actor} · {issue}"


def _ticks(lo: dt.date, hi: dt.date, x_of: Any, n: int = 6) -> list[tuple[float, str]]:
    if lo == hi:
        return [(x_of(lo), lo.isoformat())]
    step = (hi - lo) / (n - 1)
    fmt = "%Y-%m-%d" if (hi - lo).days < 200 else "%Y-%m"
    return [(x_of(lo + step * i), (lo + step * i).strftime(fmt)) for i in range(n)]


@dataclass
class Node:
    name: str
    x: float
    y: float
    r: float
    positions: int
    colour: int


@dataclass
class Edge:
    source: str
    target: str
    x1: float
    y1: float
    x2: float
    y2: float
    kind: str  # congruence | conflict
    weight: float
    width: float
    issues: list[str]


@dataclass
class NetworkChart:
    width: int
    height: int
    nodes: list[Node]
    edges: list[Edge]


def _fit(
    pos: dict[str, Any], box: tuple[float, float, float, float]
) -> dict[str, tuple[float, float]]:
    """Scale layout coordinates into ``box`` = (x0, y0, x1, y1)."""
    x0, y0, x1, y1 = box
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    if len(pos) == 1:
        return {n: (round((x0 + x1) / 2, 1), round((y0 + y1) / 2, 1)) for n in pos}
    sx = (x1 - x0) / ((max(xs) - min(xs)) or 1)
    sy = (y1 - y0) / ((max(ys) - min(ys)) or 1)
    return {n: (round(x0 + (p[0] - min(xs)) * sx, 1), round(y0 + (p[1] - min(ys)) * sy, 1)) for n, p in pos.items()}


def _layout(graph: nx.Graph, width: int, height: int, seed: int) -> dict[str, tuple[float, float]]:
    """Each connected group of actors gets a slice of the box (wider for bigger groups) with its own
    spring layout; actors without ties stand in a row at the bottom."""
    pad, row = 70, 60
    isolated = sorted(n for n in graph if graph.degree(n) == 0)
    groups = sorted(
        (sorted(c) for c in nx.connected_components(graph) if len(c) > 1), key=lambda c: (-len(c), c[0])
    )
    bottom = height - pad - (row if isolated else 0)
    place: dict[str, tuple[float, float]] = {}
    total = sum(len(g) + 1 for g in groups)
    x = float(pad)
    for group in groups:
        share = (width - 2 * pad) * (len(group) + 1) / total
        sub = graph.subgraph(group)
        pos = nx.spring_layout(sub, seed=seed, weight="weight", k=1.8 / math.sqrt(len(group)), iterations=80)
        margin = min(40.0, share / 4)
        place.update(_fit(pos, (x + margin, pad, x + share - margin, bottom)))
        x += share
    step = (width - 2 * pad) / max(1, len(isolated))
    for i, n in enumerate(isolated):
        place[n] = (round(pad + step * (i + 0.5), 1), float(height - pad + 10))
    return place


def network_chart(graph: nx.Graph, width: int = 960, height: int = 620, seed: int = 7) -> NetworkChart:
    """Spring layout of ``graph`` (nodes: ``positions`` attribute; edges: ``kind``, ``weight``,
    ``issues``) scaled into the SVG box."""
    from parley.web.highlight import colour

    if graph.number_of_nodes() == 0:
        return NetworkChart(width, height, [], [])
    place = _layout(graph, width, height, seed)
    top = max((graph.nodes[n].get("positions", 1) for n in graph), default=1) or 1
    nodes = [
        Node(
            n,
            *place[n],
            r=round(6 + 12 * math.sqrt(graph.nodes[n].get("positions", 1) / top), 1),
            positions=graph.nodes[n].get("positions", 0),
            colour=colour(n),
        )
        for n in graph
    ]
    max_w = max((d.get("weight", 1) for _, _, d in graph.edges(data=True)), default=1) or 1
    edges = [
        Edge(
            a,
            b,
            *place[a],
            *place[b],
            kind=d.get("kind", "congruence"),
            weight=d.get("weight", 1),
            width=round(1 + 4 * d.get("weight", 1) / max_w, 1),
            issues=list(d.get("issues", [])),
        )
        for a, b, d in graph.edges(data=True)
    ]
    edges.sort(key=lambda e: e.kind == "conflict")
    return NetworkChart(width, height, nodes, edges)
