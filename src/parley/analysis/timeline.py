"""Per actor-issue timelines, stance shifts and contradictions by the same actor."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date as Date

from parley.analysis.records import PositionRecord, date_key, polarity


def timeline(records: Iterable[PositionRecord], actor: str, issue: str | None = None) -> list[PositionRecord]:
    """The actor's positions (on ``issue`` or all issues) in article-date order."""
    chosen = [r for r in records if r.actor == actor and (issue is None or r.issue == issue)]
    return sorted(chosen, key=lambda r: (date_key(r.date), r.article_id, r.start or 0))


@dataclass(frozen=True)
class Shift:
    """A change of stance between two consecutive positions of one actor on one issue."""

    actor: str
    issue: str
    before: PositionRecord
    after: PositionRecord

    @property
    def reversal(self) -> bool:
        """True when the direction flips (e.g. support → oppose), not just the stance type."""
        return polarity(self.before.stance) * polarity(self.after.stance) < 0


def _by_pair(records: Iterable[PositionRecord]) -> dict[tuple[str, str], list[PositionRecord]]:
    pairs: dict[tuple[str, str], list[PositionRecord]] = defaultdict(list)
    for rec in records:
        pairs[(rec.actor, rec.issue)].append(rec)
    for recs in pairs.values():
        recs.sort(key=lambda r: (date_key(r.date), r.article_id, r.start or 0))
    return pairs


def shifts(records: Iterable[PositionRecord], *, ignore_claims: bool = True) -> list[Shift]:
    """Stance changes along each actor-issue timeline (claims carry no stance and are skipped)."""
    found: list[Shift] = []
    for (actor, issue), recs in sorted(_by_pair(records).items()):
        if ignore_claims:
            recs = [r for r in recs if r.stance != "claim"]
        for before, after in zip(recs, recs[1:]):
            if before.stance != after.stance:
                found.append(Shift(actor, issue, before, after))
    return found


def _parse(value: str | None) -> Date | None:
    if not value:
        return None
    parts = [int(p) for p in value.split("-")[:3]]
    while len(parts) < 3:
        parts.append(1)
    try:
        return Date(*parts)
    except ValueError:
        return None


def days_between(a: str | None, b: str | None) -> int | None:
    da, db = _parse(a), _parse(b)
    return None if da is None or db is None else abs((db - da).days)


def contradictions(records: Iterable[PositionRecord], *, within_days: int = 30) -> list[Shift]:
    """Opposite-direction stances of one actor on one issue at most ``within_days`` apart
    (both in the same article counts as 0 days; undated pairs only within one article)."""
    found: list[Shift] = []
    for (actor, issue), recs in sorted(_by_pair(records).items()):
        for i, a in enumerate(recs):
            for b in recs[i + 1 :]:
                if polarity(a.stance) * polarity(b.stance) >= 0:
                    continue
                gap = 0 if a.article_id == b.article_id else days_between(a.date, b.date)
                if gap is not None and gap <= within_days:
                    found.append(Shift(actor, issue, a, b))
    return found
