"""Read models for the command line: article ids with their analysis status, runs, the ingest log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from parley.store import claims
from parley.store.read.articles import ArticleFilter, _filtered
from parley.store.schema import ArticleRow, Claim, IngestLog, Run
from parley.store.staleness import stale_runs_of

if TYPE_CHECKING:
    from parley.store import Store

STATUSES = ("pending", "running", "analysed", "stale", "failed", "skipped")


@dataclass
class ArticleStatus:
    id: str
    date: str | None
    lang: str | None
    status: str
    reason: str | None = None


def article_statuses(store: Store, f: ArticleFilter, current: dict[str, str] | None = None,
                     status: str | None = None) -> list[ArticleStatus]:
    """Articles matching ``f`` (date order) with their status; ``stale`` needs the ``current``
    fingerprint. ``status`` keeps only that status."""
    stale = set(stale_runs_of(store, current)) if current else set()
    live = set(claims.last_signs(store))
    query = _filtered(store, f, select(ArticleRow.id, ArticleRow.date, ArticleRow.lang, ArticleRow.analysed_run,
                                       Claim.status, Claim.reason, Claim.run_id)
                      .outerjoin(Claim, Claim.article_id == ArticleRow.id)
                      .order_by(ArticleRow.date.asc().nulls_last(), ArticleRow.id))
    out = []
    with store.session() as session:
        for aid, date, lang, analysed, claim, reason, claim_run in session.execute(query):
            if claim == "running" and claim_run in live:
                state = "running"
            elif analysed is not None:
                state, reason = ("stale" if analysed in stale else "analysed"), None
            elif claim in ("failed", "skipped"):
                state = claim
            else:
                state, reason = "pending", None
            if status is None or state == status:
                out.append(ArticleStatus(aid, date, lang, state, reason))
    return out


@dataclass
class RunInfo:
    id: int
    kind: str
    status: str
    started: datetime
    finished: datetime | None
    ok: int
    failed: int
    config: dict[str, Any]


def runs(store: Store, limit: int | None = None) -> list[RunInfo]:
    """The newest runs first; a run marked running without a recent heartbeat shows as ``stale?``."""
    suspect = set(claims.stale_runs(store))
    with store.session() as session:
        query = select(Run).order_by(Run.id.desc())
        rows = session.scalars(query.limit(limit) if limit else query).all()
    return [RunInfo(r.id, r.kind, "stale?" if r.id in suspect else r.status, claims.aware(r.started_at),
                    claims.aware(r.finished_at) if r.finished_at else None, r.n_ok, r.n_failed, r.config or {})
            for r in rows]


def ingest_log(store: Store, run_id: int | None = None, status: str | None = None) -> tuple[int | None, list[tuple[str, str, str | None, str | None]]]:
    """``(run id, [(source, status, reason, article id)])`` of ``run_id`` (default: the last ingest)."""
    with store.session() as session:
        if run_id is None:
            run_id = session.scalar(select(Run.id).where(Run.kind == "ingest").order_by(Run.id.desc()).limit(1))
        query = select(IngestLog.source, IngestLog.status, IngestLog.reason, IngestLog.article_id).where(
            IngestLog.run_id == run_id).order_by(IngestLog.id)
        if status:
            query = query.where(IngestLog.status == status)
        return run_id, [tuple(row) for row in session.execute(query)]  # type: ignore[misc]
