"""The review loop (registered only with ``--allow-edit``): confirm, correct or reject a statement
or position from its article page (HTML form + CSRF token) or through the JSON API."""

from __future__ import annotations

import hmac
from typing import Any, Literal
from urllib.parse import parse_qs, quote

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse
from pydantic import BaseModel, Field

from parley.model import UNKNOWN_ACTOR
from parley.store.corrections import CorrectionError, Verdict, record_correction
from parley.web.context import state

router = APIRouter(include_in_schema=False)
api_router = APIRouter(prefix="/api/review", tags=["review (--allow-edit)"])

MAX_FORM_BYTES = 20_000
USER_COOKIE = "parley_user"


def statement_changes(fields: dict[str, str]) -> dict[str, Any]:
    """Statement fields a reviewer may change: speaker, kind, quote span."""
    after: dict[str, Any] = {}
    speaker = fields.get("speaker", "").strip()[:200]
    if speaker:
        after["speaker_actor"] = None if speaker == UNKNOWN_ACTOR else speaker
    if fields.get("kind"):
        after["kind"] = fields["kind"]
    if fields.get("start", "").strip() and fields.get("end", "").strip():
        after["quote"] = [_int(fields["start"]), _int(fields["end"])]
        after["quote_parts"] = []
    return after


def position_changes(fields: dict[str, str]) -> dict[str, Any]:
    """Position fields a reviewer may change: actor, issue, stance, evidence span."""
    after: dict[str, Any] = {}
    for name, limit in (("actor", 200), ("issue", 64), ("stance", 16)):
        if fields.get(name, "").strip():
            after[name] = fields[name].strip()[:limit]
    if fields.get("start", "").strip() and fields.get("end", "").strip():
        after["evidence"] = [_int(fields["start"]), _int(fields["end"])]
    return after


CHANGES = {"statement": statement_changes, "position": position_changes}


def _int(value: str) -> int:
    try:
        return int(value)
    except ValueError as exc:
        raise CorrectionError(f"not a number: {value!r}") from exc


def _submit(request: Request, target: str, fields: dict[str, str], user: str) -> int:
    if not getattr(request.state, "can_edit", False):
        raise HTTPException(401, "editing needs the server's edit token (see `parley serve --edit-token`)")
    if any("\x00" in v for v in [*fields.values(), user]):
        raise HTTPException(400, "bad character in the request")
    action = fields.get("action", "")
    verdict = Verdict(
        target=target,
        article_id=fields.get("article_id", ""),
        key=fields.get("key", ""),
        action=action,
        after=CHANGES[target](fields) if action in ("correct", "add") else None,
        user=user or "anonymous",
    )
    try:
        return record_correction(state(request).store, verdict)
    except CorrectionError as exc:
        raise HTTPException(400, str(exc)) from exc


async def _form(request: Request) -> dict[str, str]:
    if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        raise HTTPException(415, "expected a form")
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        raise HTTPException(413, "form too large")
    return {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items()}


def _check_csrf(request: Request, fields: dict[str, str]) -> None:
    cookie = request.cookies.get("parley_csrf", "")
    sent = fields.get("csrf", "")
    if not cookie or not hmac.compare_digest(cookie.encode(), sent.encode()):
        raise HTTPException(403, "missing or wrong CSRF token; reload the page and try again")


@router.post("/review/{target}")
async def review_form(request: Request, target: Literal["statement", "position"]) -> RedirectResponse:
    fields = await _form(request)
    _check_csrf(request, fields)
    user = fields.get("user", "").strip()[:100]
    _submit(request, target, fields, user)
    anchor = fields.get("anchor", "")
    anchor = anchor if anchor.replace("-", "").isalnum() else ""
    url = "/articles/" + quote(fields.get("article_id", ""), safe="") + (f"#{anchor}" if anchor else "")
    response = RedirectResponse(url, status_code=303)
    if user:
        response.set_cookie(USER_COOKIE, user, httponly=True, samesite="strict", path="/")
    return response


class ReviewRequest(BaseModel):
    article_id: str = Field(max_length=200)
    key: str = Field(max_length=300, description="Statement id or position key (from /api/articles/{id}).")
    action: Literal["confirm", "correct", "reject", "add"]
    user: str = Field("anonymous", max_length=100)
    changes: dict[str, str | int] = Field(
        default_factory=dict,
        description="statement: speaker, kind, start, end; position: actor, issue, stance, start, end",
    )


@api_router.post("/{target}")
def review_api(request: Request, target: Literal["statement", "position"], body: ReviewRequest) -> dict[str, Any]:
    """Record a correction (JSON body only, which browsers cannot send cross-site without CORS)."""
    if not request.headers.get("content-type", "").startswith("application/json"):
        raise HTTPException(415, "expected application/json")
    fields = {k: str(v) for k, v in body.changes.items()}
    fields.update(article_id=body.article_id, key=body.key, action=body.action)
    correction_id = _submit(request, target, fields, body.user)
    return {"id": correction_id, "status": "stored"}
