"""Server-rendered HTML pages."""

from __future__ import annotations

from dataclasses import asdict

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from parley.store import read
from parley.store.corrections import corrections_of, position_key
from parley.web import highlight, queries, views
from parley.web.context import clean_date, render, state
from parley.web.paging import PageNo, clamp_page, clamp_size

router = APIRouter(include_in_schema=False)


DossierQ = Query("", max_length=200, description="Only articles analysed with this dossier.")


def article_filter(
    q: str = Query("", description="Full-text search: every word must occur (prefix match)."),
    date_from: str = Query("", description="ISO date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive."),
    date_to: str = Query("", description="ISO date, inclusive."),
    lang: str = "",
    source: str = "",
    actor: str = Query("", description="Articles where this actor speaks or holds a position."),
    issue: str = Query("", description="Articles with a position on this issue."),
) -> read.ArticleFilter:
    """The article list's filters from the query string (malformed dates are ignored)."""
    return read.ArticleFilter(
        q=q.strip()[:200],
        date_from=clean_date(date_from),
        date_to=clean_date(date_to),
        lang=lang.strip()[:8],
        source=source.strip()[:200],
        actor=actor.strip()[:200],
        issue=issue.strip()[:64],
    )


@router.get("/", response_class=HTMLResponse)
def articles_page(
    request: Request,
    f: read.ArticleFilter = Depends(article_filter),
    page: int = PageNo,
    size: int = Query(25, ge=1),
) -> HTMLResponse:
    st = state(request)
    result = views.article_list(st.cache, f, clamp_page(page), clamp_size(size))
    facets = views.facets(st.cache)
    params = {**f.active(), "size": size if size != 25 else None}
    return render(request, "articles.html", {"page": result, "f": f, "facets": facets, "params": params})


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> HTMLResponse:
    st = state(request)
    doc = st.store.article(article_id)
    if doc is None:
        raise HTTPException(404, "no such article")
    cards = highlight.cards(doc)
    positions = [
        {**asdict(p), "key": position_key(doc.id, p), "evidence_text": doc.span_text(p.evidence),
         "reviewed": p.source == "review"}
        for p in doc.positions
    ]
    context = {
        "doc": doc,
        "url": queries.safe_url(doc.url),
        "segments": highlight.segments(doc),
        "cards": cards,
        "positions": positions,
        "corrections": corrections_of(st.store, doc.id)[:50] if st.allow_edit else [],
        "issues": {**views.issue_catalogue(st.cache), **{p.issue: p.issue for p in doc.positions}},
    }
    return render(request, "article.html", context)


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, q: str = "", page: int = PageNo, size: int = Query(50, ge=1)) -> HTMLResponse:
    st = state(request)
    rows = views.actor_counts(st.cache)
    result = read.list_actors(rows, q.strip(), clamp_page(page), clamp_size(size, 50))
    return render(request, "actors.html", {"page": result, "q": q, "params": {"q": q.strip()}})


@router.get("/actors/{name:path}", response_class=HTMLResponse)
def actor_page(request: Request, name: str, page: int = PageNo) -> HTMLResponse:
    st = state(request)
    profile = read.actor_profile(st.store, name)
    if profile is None:
        raise HTTPException(404, "no such actor")
    statements = read.statements_of(st.store, name, clamp_page(page), 20)
    timeline = views.timeline_view(st.cache, actor=name, max_lanes=views.MAX_LANES)
    return render(
        request,
        "actor.html",
        {"a": profile, "statements": statements, "t": timeline, "params": {},
         "colour": highlight.colour(name)},
    )


@router.get("/matrix", response_class=HTMLResponse)
def matrix_page(request: Request, issue: str = "", actors: int = Query(40, ge=1), dossier: str = DossierQ,
                min_confidence: float | None = Query(None, ge=0.0, le=1.0)) -> HTMLResponse:
    st = state(request)
    view = views.matrix_view(st.cache, min(actors, views.MAX_ACTORS), issue.strip(), dossier.strip(), min_confidence)
    facets = views.facets(st.cache)
    labels = views.issue_catalogue(st.cache)
    return render(request, "matrix.html", {"m": view, "issue": issue, "n_actors": actors, "facets": facets,
                                           "labels": labels, "dossier": dossier})


@router.get("/positions", response_class=HTMLResponse)
def positions_page(
    request: Request, filters: dict[str, str] = Depends(queries.position_filters), page: int = PageNo
) -> HTMLResponse:
    st = state(request)
    result = read.list_positions(st.store, clamp_page(page), 25, **filters)
    return render(request, "positions.html", {"page": result, "filters": filters, "params": filters})


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(
    request: Request, actor: str = "", issue: str = "", lanes: int = Query(15, ge=1), dossier: str = DossierQ
) -> HTMLResponse:
    st = state(request)
    view = views.timeline_view(st.cache, actor.strip(), issue.strip(), min(lanes, views.MAX_LANES), dossier.strip())
    facets = views.facets(st.cache)
    return render(request, "timeline.html", {"t": view, "actor": actor, "issue": issue, "facets": facets,
                                             "dossier": dossier})


@router.get("/network", response_class=HTMLResponse)
def network_page(
    request: Request, kind: str = "both", issue: str = "", nodes: int = Query(40, ge=2), dossier: str = DossierQ
) -> HTMLResponse:
    st = state(request)
    if kind not in ("both", "congruence", "conflict"):
        kind = "both"
    view = views.network_view(st.cache, kind, issue.strip(), min(nodes, views.MAX_NODES), dossier.strip())
    facets = views.facets(st.cache)
    return render(request, "network.html", {"n": view, "kind": kind, "issue": issue, "facets": facets,
                                            "dossier": dossier})


@router.get("/api/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """A local, script-free rendering of the OpenAPI document."""
    spec = request.app.openapi()
    return render(request, "api_docs.html", {"spec": spec})
