"""The FastAPI application factory of ``parley serve``."""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

import parley
from parley.store import Store, ValueRejected
from parley.web.cache import StoreCache
from parley.web.context import HERE, WebState, make_templates, render

CSRF_COOKIE = "parley_csrf"
EDIT_COOKIE = "parley_edit"
EDIT_PARAM = "edit_token"
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


def _wants_json(request: Request) -> bool:
    """The JSON API answers errors as JSON; every other path (HTML pages, forms, static files) as HTML."""
    return request.url.path.startswith("/api/") and not request.url.path.startswith("/api/docs")


def error_response(request: Request, status: int, detail: Any, headers: dict[str, str] | None = None) -> Response:
    """An error as JSON (API) or as the HTML error page, with the security headers."""
    if _wants_json(request):
        response: Response = JSONResponse({"detail": jsonable_encoder(detail)}, status_code=status, headers=headers)
    else:
        message = detail if isinstance(detail, str) else "invalid request parameters"
        try:
            response = render(request, "error.html", {"status": status, "detail": message}, status)
        except Exception:  # the page itself failed: fall back to a plain page
            response = HTMLResponse(f"<h1>{status}</h1>", status_code=status)
        if headers:
            response.headers.update(headers)
    response.headers.update(SECURITY_HEADERS)
    return response


def _has_nul(request: Request) -> bool:
    """A NUL character in the path or query: no parley value holds one, and PostgreSQL rejects it."""
    return "\x00" in request.url.path or b"%00" in request.scope.get("query_string", b"")


def _edit_authorised(request: Request, token: str | None) -> bool:
    """Without a token every client of an ``--allow-edit`` server may edit (local use); with one, the
    request must carry it (``Authorization: Bearer``, the ``parley_edit`` cookie or ``?edit_token=``)."""
    if token is None:
        return True
    auth = request.headers.get("authorization", "")
    sent = [auth[7:].strip() if auth[:7].lower() == "bearer " else "", request.cookies.get(EDIT_COOKIE, ""),
            request.query_params.get(EDIT_PARAM, "")]
    return any(s and hmac.compare_digest(s.encode(), token.encode()) for s in sent)


def create_app(db_url: str, allow_edit: bool = False, warm: bool = True, edit_token: str | None = None) -> FastAPI:
    """The web UI and JSON API over the store at ``db_url``; write endpoints only with ``allow_edit``
    (and, given ``edit_token``, only for requests carrying it). ``warm`` starts loading the analysis
    aggregates in the background right away. The server never writes to the store except through
    the review endpoints."""
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
        request.state.can_edit = allow_edit and _edit_authorised(request, edit_token)
        if _has_nul(request):
            response = error_response(request, 400, "bad character in the request")
        else:
            response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        if allow_edit and fresh:
            response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict", path="/")
        if edit_token is not None and request.state.can_edit and request.query_params.get(EDIT_PARAM):
            response.set_cookie(EDIT_COOKIE, edit_token, httponly=True, samesite="strict", path="/")
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return error_response(request, exc.status_code, exc.detail, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 422, exc.errors())

    @app.exception_handler(ValueRejected)
    async def bad_value(request: Request, exc: ValueRejected) -> Response:  # a value the database refuses
        return error_response(request, 400, "a parameter value is out of range or malformed")

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> Response:  # still with the headers
        return error_response(request, 500, "internal server error")

    return app
