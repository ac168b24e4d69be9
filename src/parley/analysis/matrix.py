"""The actor × issue matrix, conflicts between actors and common ground."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations

from parley.analysis.records import PositionRecord, SourceRef, date_key, polarity


@dataclass
class Cell:
    """What one actor said on one issue, over all (collapsed) positions."""

    actor: str
    issue: str
    latest_stance: str
    counts: Counter = field(default_factory=Counter)  # stance -> number of distinct positions
    first_date: str | None = None
    last_date: str | None = None
    evidence: list[SourceRef] = field(default_factory=list)  # article id + span, per position
    n_sources: int = 0  # articles carrying them, relays included

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def stances(self) -> set[str]:
        return {s for s, n in self.counts.items() if n}

    @property
    def polarities(self) -> set[int]:
        return {polarity(s) for s in self.stances} - {0}


Matrix = dict[tuple[str, str], Cell]


def actor_issue_matrix(records: Iterable[PositionRecord]) -> Matrix:
    """Cells keyed by ``(actor, issue)``; pass collapsed records to count each position once."""
    by_pair: dict[tuple[str, str], list[PositionRecord]] = defaultdict(list)
    for rec in records:
        by_pair[(rec.actor, rec.issue)].append(rec)
    matrix: Matrix = {}
    for (actor, issue), recs in sorted(by_pair.items()):
        recs.sort(key=lambda r: (date_key(r.date), r.article_id, r.start or 0))
        dates = [r.date for r in recs if r.date]
        matrix[(actor, issue)] = Cell(
            actor=actor,
            issue=issue,
            latest_stance=recs[-1].stance,
            counts=Counter(r.stance for r in recs),
            first_date=min(dates) if dates else None,
            last_date=max(dates) if dates else None,
            evidence=[r.ref for r in recs],
            n_sources=sum(r.n_sources for r in recs),
        )
    return matrix


def actors(matrix: Matrix) -> list[str]:
    return sorted({a for a, _ in matrix})


def issues(matrix: Matrix) -> list[str]:
    return sorted({i for _, i in matrix})


@dataclass(frozen=True)
class Pairing:
    """Two actors on one issue with the stances that put them in conflict or agreement."""

    issue: str
    actor_a: str
    actor_b: str
    stance_a: str
    stance_b: str


def _pairings(matrix: Matrix, opposite: bool, latest: bool) -> list[Pairing]:
    by_issue: dict[str, list[Cell]] = defaultdict(list)
    for cell in matrix.values():
        by_issue[cell.issue].append(cell)
    found: list[Pairing] = []
    for issue, cells in sorted(by_issue.items()):
        for a, b in combinations(sorted(cells, key=lambda c: c.actor), 2):
            pa = {polarity(a.latest_stance)} - {0} if latest else a.polarities
            pb = {polarity(b.latest_stance)} - {0} if latest else b.polarities
            hit = any(x == -y for x in pa for y in pb) if opposite else bool(pa & pb)
            if hit:
                found.append(Pairing(issue, a.actor, b.actor, a.latest_stance, b.latest_stance))
    return found


def conflicts(matrix: Matrix, *, latest: bool = True) -> list[Pairing]:
    """Actor pairs with opposing stances (support/offer/condition vs oppose) on the same issue.
    ``latest=False`` also counts stances an actor has since abandoned."""
    return _pairings(matrix, opposite=True, latest=latest)


def common_ground(matrix: Matrix, *, latest: bool = True) -> list[Pairing]:
    """Actor pairs leaning the same way on the same issue."""
    return _pairings(matrix, opposite=False, latest=latest)
