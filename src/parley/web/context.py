"""Per-app state shared by the routers: the store, the aggregate cache, templates, settings."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader

from parley.model import STANCES, STATEMENT_KINDS
from parley.store import Store
from parley.web.cache import StoreCache
from parley.web.highlight import colour

HERE = Path(__file__).parent
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass
class WebState:
    store: Store
    cache: StoreCache
    allow_edit: bool
    templates: Jinja2Templates


def state(request: Request) -> WebState:
    return request.app.state.parley


def clean_date(value: str | None) -> str:
    """An ISO date prefix (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``) or ``""``."""
    value = (value or "").strip()
    return value if _DATE.match(value) else ""


def actor_url(name: str) -> str:
    return "/actors/" + quote(name, safe="")


def article_url(article_id: str) -> str:
    return "/articles/" + quote(article_id, safe="")


def query_url(path: str, params: dict[str, Any], **changes: Any) -> str:
    """``path`` with ``params`` updated by ``changes`` (empty values dropped) as a query string."""
    merged = {**params, **changes}
    kept = {k: v for k, v in merged.items() if v not in (None, "", 0)}
    return path + ("?" + urlencode(kept) if kept else "")


def make_templates() -> Jinja2Templates:
    env = Environment(
        loader=FileSystemLoader(str(HERE / "templates")),
        autoescape=True,  # every template, whatever its extension: article text is hostile input
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(actor_url=actor_url, article_url=article_url, colour=colour, query_url=query_url, STANCES=STANCES, KINDS=STATEMENT_KINDS)
    return Jinja2Templates(env=env)


def render(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    st = state(request)
    can_edit = st.allow_edit and getattr(request.state, "can_edit", False)
    base = {"allow_edit": can_edit, "csrf_token": getattr(request.state, "csrf_token", "")}
    return st.templates.TemplateResponse(request, name, {**base, **context}, status_code=status_code)
