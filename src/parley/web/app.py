"""The FastAPI application factory of ``parley serve``."""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

import parley
from parley.store import Store
from parley.web.cache import StoreCache
from parley.web.context import HERE, WebState, make_templates, render

CSRF_COOKIE = "parley_csrf"
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def create_app(db_url: str, allow_edit: bool = False, warm: bool = True) -> FastAPI:
    """The web UI and JSON API over the store at ``db_url``; write endpoints only with ``allow_edit``.
    ``warm`` starts loading the analysis aggregates in the background right away."""
    from parley.web import api, pages, review, views

    app = FastAPI(
        title="parley",
        version=parley.__version__,
        description="Who said what, to whom, through which channel, and which position each side takes. "
        "JSON API of the parley store (read-only unless the server runs with --allow-edit).",
        docs_url=None,  # the stock Swagger page loads scripts from a CDN; /api/docs is served locally
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    store = Store(db_url)
    cache = StoreCache(store, pinned=views.PINNED)
    app.state.parley = WebState(store, cache, allow_edit, make_templates())
    if warm:
        views.warm(cache)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(pages.router)
    app.include_router(api.router)
    if allow_edit:
        app.include_router(review.router)
        app.include_router(review.api_router)

    @app.middleware("http")
    async def headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        token = request.cookies.get(CSRF_COOKIE, "")
        fresh = not (allow_edit and len(token) == 43)
        if fresh:
            token = secrets.token_urlsafe(32)
        request.state.csrf_token = token if allow_edit else ""
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        if allow_edit and fresh:
            response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict", path="/")
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/api/") or "text/html" not in request.headers.get("accept", ""):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return render(request, "error.html", {"status": exc.status_code, "detail": exc.detail}, exc.status_code)

    return app
