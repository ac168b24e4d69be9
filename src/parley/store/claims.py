"""Article claims and run heartbeats: concurrent ``parley run`` workers never analyse an article
twice, and a killed run is recognised as stale instead of staying "running" forever.

A run claims an article with one atomic statement (an INSERT that the primary key lets only one
worker win, or an UPDATE whose WHERE is re-checked under the row lock), so the check and the claim
cannot interleave. Claims of a stale run can be taken over.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import and_, delete, or_, select, update
from sqlalchemy.exc import IntegrityError

from parley.store.db import Store
from parley.store.schema import ArticleRow, Claim, Heartbeat, Run, utcnow

STALE_AFTER = timedelta(minutes=10)  # no heartbeat for this long: the run was killed
BEAT_EVERY = timedelta(seconds=15)


def aware(value: datetime) -> datetime:
    """SQLite returns naive datetimes; they are stored in UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)


def beat(store: Store, run_id: int) -> None:
    """Record that ``run_id`` is alive."""
    with store.session() as session:
        row = session.get(Heartbeat, run_id)
        if row is None:
            session.add(Heartbeat(run_id=run_id, beat_at=utcnow()))
        else:
            row.beat_at = utcnow()


class Pulse:
    """Heartbeats of one run, written at most every ``BEAT_EVERY``."""

    def __init__(self, store: Store, run_id: int) -> None:
        self.store, self.run_id, self.last = store, run_id, utcnow()
        beat(store, run_id)

    def __call__(self) -> None:
        if utcnow() - self.last >= BEAT_EVERY:
            beat(self.store, self.run_id)
            self.last = utcnow()


def last_signs(store: Store) -> dict[int, datetime]:
    """The last heartbeat (else the start) of every analysis run still marked running (ingest runs
    beat no heart: a long ingest is not taken for dead)."""
    with store.session() as session:
        query = (select(Run.id, Run.started_at, Heartbeat.beat_at)
                 .outerjoin(Heartbeat, Heartbeat.run_id == Run.id)
                 .where(Run.status == "running", Run.kind == "analyse"))
        return {rid: aware(beat_at or started) for rid, started, beat_at in session.execute(query)}


def stale_runs(store: Store, now: datetime | None = None) -> list[int]:
    """Runs marked running whose last sign of life is older than ``STALE_AFTER``."""
    cutoff = (now or utcnow()) - STALE_AFTER
    return sorted(rid for rid, seen in last_signs(store).items() if seen < cutoff)


def reap(store: Store, now: datetime | None = None) -> list[int]:
    """Mark stale runs ``stale`` and release their running claims; returns their ids."""
    ids = stale_runs(store, now)
    if ids:
        with store.session() as session:
            session.execute(update(Run).where(Run.id.in_(ids), Run.status == "running")
                            .values(status="stale", finished_at=utcnow()))
            session.execute(delete(Claim).where(Claim.run_id.in_(ids), Claim.status == "running"))
    return ids


def claim(store: Store, article_id: str, run_id: int, *, rerun: bool = False) -> bool:
    """Claim ``article_id`` for ``run_id``; False if another live run holds it, or it was analysed
    since this run started (``rerun``) or at all (otherwise)."""
    now = utcnow()
    with store.session() as session:
        started = session.scalar(select(Run.started_at).where(Run.id == run_id))
        analysed = session.scalar(select(ArticleRow.analysed_run).where(ArticleRow.id == article_id))
        exists = session.get(Claim, article_id) is not None
    if analysed and not rerun:
        return False
    if not exists:
        try:
            with store.session() as session:
                session.add(Claim(article_id=article_id, run_id=run_id, status="running", started_at=now))
            return True
        except IntegrityError:
            pass  # another worker inserted it first: the conditional update decides
    with store.session() as session:
        live = select(Run.id).where(Run.status == "running", Run.id != run_id)
        free = or_(Claim.status != "running", Claim.run_id.not_in(live))
        if rerun:  # done by another worker after this run began: not again
            free = and_(free, or_(Claim.status != "done", Claim.finished_at.is_(None),
                                  Claim.finished_at < aware(started or now)))
        else:
            free = and_(free, Claim.status != "done")
        done = session.execute(update(Claim).where(Claim.article_id == article_id, free)
                               .values(run_id=run_id, status="running", reason=None, started_at=now,
                                       finished_at=None))
        return done.rowcount == 1


def release(store: Store, article_id: str, run_id: int, status: str, reason: str | None = None) -> None:
    """End ``run_id``'s claim on ``article_id`` as ``done``, ``failed`` or ``skipped`` (with why)."""
    with store.session() as session:
        session.execute(update(Claim).where(Claim.article_id == article_id, Claim.run_id == run_id)
                        .values(status=status, reason=reason, finished_at=utcnow()))


def held_by(store: Store, run_id: int) -> list[str]:
    with store.session() as session:
        return list(session.scalars(select(Claim.article_id).where(Claim.run_id == run_id,
                                                                   Claim.status == "running")))


def over_limit(store: Store) -> set[str]:
    """Articles whose last claim ended over the size or time limit (a plain ``run`` leaves them;
    ``run --rerun`` or a changed limit tries again)."""
    with store.session() as session:
        return set(session.scalars(select(Claim.article_id).where(Claim.status == "skipped")))
