"""Read-only JSON API under ``/api/`` (documented at ``/api/openapi.json`` and ``/api/docs``).
Every list is paged: ``page`` (from 1) and ``size`` (at most ``MAX_SIZE``)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request

from parley.export.predictions import position_record
from parley.store import read
from parley.store.corrections import export_corrections, list_corrections, position_key, reviewed_articles
from parley.web import highlight, queries, views
from parley.web.context import state
from parley.web.pages import article_filter
from parley.web.paging import MAX_SIZE, Page, PageNo, clamp_page, clamp_size

router = APIRouter(prefix="/api", tags=["read"])

Size = Query(25, ge=1, le=MAX_SIZE, description=f"Items per page (at most {MAX_SIZE}).")


@router.get("/articles")
def api_articles(
    request: Request, f: read.ArticleFilter = Depends(article_filter), page: int = PageNo, size: int = Size
) -> dict[str, Any]:
    """Articles, newest first, with counts of statements and positions."""
    result = views.article_list(state(request).cache, f, clamp_page(page), clamp_size(size))
    result.extra["filters"] = f.active()
    return result.as_dict()


@router.get("/articles/{article_id:path}")
def api_article(request: Request, article_id: str) -> dict[str, Any]:
    """One article: text, metadata, statements (with cue, speaker, channel, relay) and positions."""
    doc = state(request).store.article(article_id)
    if doc is None:
        raise HTTPException(404, "no such article")
    meta = doc.metadata()
    meta["url"] = queries.safe_url(doc.url)
    return {
        **meta,
        "statements": [highlight.card_dict(c) for c in highlight.cards(doc)],
        "positions": [{**position_record(doc, p), "key": position_key(doc.id, p)} for p in doc.positions],
    }


@router.get("/actors")
def api_actors(
    request: Request, q: str = Query("", description="Substring of the name."), page: int = PageNo, size: int = Size
) -> dict[str, Any]:
    """Actors seen as speakers or position holders, most active first."""
    st = state(request)
    rows = views.actor_counts(st.cache)
    return read.list_actors(rows, q.strip(), clamp_page(page), clamp_size(size)).as_dict()


@router.get("/actors/{name:path}")
def api_actor(request: Request, name: str) -> dict[str, Any]:
    """An actor: aliases seen, positions per issue in date order (statements: /api/statements)."""
    profile = read.actor_profile(state(request).store, name)
    if profile is None:
        raise HTTPException(404, "no such actor")
    return profile


@router.get("/statements")
def api_statements(
    request: Request, speaker: str = Query(..., description="Canonical speaker name."), page: int = PageNo,
    size: int = Size,
) -> dict[str, Any]:
    """Statements of one speaker, newest article first."""
    return read.statements_of(state(request).store, speaker, clamp_page(page), clamp_size(size)).as_dict()


@router.get("/positions")
def api_positions(
    request: Request, filters: dict[str, str] = Depends(queries.position_filters), page: int = PageNo,
    size: int = Size,
) -> dict[str, Any]:
    """Positions with their evidence (the drill-down of a matrix cell or timeline point)."""
    return read.list_positions(state(request).store, clamp_page(page), clamp_size(size), **filters).as_dict()


DossierQ = Query("", max_length=200, description="Only articles analysed with this dossier.")


@router.get("/matrix")
def api_matrix(
    request: Request, issue: str = "", actors: int = Query(40, ge=1, le=views.MAX_ACTORS), dossier: str = DossierQ,
    min_confidence: float | None = Query(None, ge=0.0, le=1.0),
) -> dict[str, Any]:
    """Actor × issue matrix over collapsed positions: per cell the latest stance and stance counts
    (positions below ``min_confidence`` left out; default: the position model's)."""
    return views.matrix_view(state(request).cache, actors, issue, dossier.strip(), min_confidence).as_dict()


@router.get("/timeline")
def api_timeline(
    request: Request, actor: str = "", issue: str = "", lanes: int = Query(15, ge=1, le=views.MAX_LANES),
    dossier: str = DossierQ,
) -> dict[str, Any]:
    """Stance over time per actor-issue (dated buckets) and the stance shifts between them."""
    view = views.timeline_view(state(request).cache, actor, issue, lanes, dossier.strip())
    return {
        "lanes": view.lanes,
        "undated": view.undated,
        "shifts": [
            {
                "actor": s.actor,
                "issue": s.issue,
                "before": {"stance": s.before.stance, "date": s.before.date, "article_id": s.before.article_id},
                "after": {"stance": s.after.stance, "date": s.after.date, "article_id": s.after.article_id},
                "reversal": s.reversal,
            }
            for s in view.shifts
        ],
    }


@router.get("/network")
def api_network(
    request: Request,
    kind: str = Query("both", pattern="^(both|congruence|conflict)$"),
    issue: str = "",
    nodes: int = Query(40, ge=2, le=views.MAX_NODES),
    dossier: str = DossierQ,
) -> dict[str, Any]:
    """Actor congruence/conflict network (DNA-style) with a spring layout."""
    view = views.network_view(state(request).cache, kind, issue, nodes, dossier.strip())
    return {
        "kind": kind,
        "nodes": [{"name": n.name, "x": n.x, "y": n.y, "positions": n.positions} for n in view.chart.nodes],
        "edges": [
            {"source": e.source, "target": e.target, "kind": e.kind, "weight": e.weight, "issues": e.issues}
            for e in view.chart.edges
        ],
    }


@router.get("/corrections")
def api_corrections(request: Request, page: int = PageNo, size: int = Size) -> dict[str, Any]:
    """Reviewer corrections, newest first (who, when, before/after)."""
    store = state(request).store
    page, size = clamp_page(page), clamp_size(size)
    return list_corrections(store, page, size).as_dict()


@router.get("/corrections/export")
def api_corrections_export(request: Request, page: int = PageNo, size: int = Size) -> dict[str, Any]:
    """Reviewed articles in the news-dev format (training/evaluation data), paged."""
    store = state(request).store
    page, size = clamp_page(page), clamp_size(size)
    ids = list(reviewed_articles(store))
    items = list(export_corrections(store, ids[(page - 1) * size : page * size]))
    return Page(items, len(ids), page, size).as_dict()
