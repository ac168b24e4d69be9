"""Reviewer corrections (confirm / correct / reject / add) of statements and positions.

A correction is stored as such (``corrections`` table: who, when, before, after) and replayed in the
order it was made over the machine's output of its article, so it wins on display and after every
re-run of the pipeline (``parley run`` calls :func:`apply_corrections`).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from parley.export.predictions import position_record, statement_record
from parley.model import Article, Mention, Position, Span, Statement, statement_key
from parley.store.read.paging import Page
from parley.store.schema import ArticleRow, Correction, MentionRow

if TYPE_CHECKING:
    from parley.store import Store

ACTIONS = ("confirm", "correct", "reject", "add")
TARGETS = ("statement", "position")
REVIEW_SOURCE = "review"


class CorrectionError(ValueError):
    """A correction that cannot be applied (unknown target, bad span, unknown label)."""


def position_key(article_id: str, pos: Position) -> str:
    """Stable key of a position across re-runs: article, actor, issue and evidence offsets."""
    ev = pos.evidence
    where = f"{ev.start}-{ev.end}" if ev else "-"
    return f"{article_id}#{pos.actor}|{pos.issue}|{where}"


@dataclass
class Verdict:
    """One reviewer decision, as the web UI or API submits it."""

    target: str  # statement | position
    article_id: str
    key: str
    action: str  # confirm | correct | reject | add
    after: dict[str, Any] | None = None
    user: str = "anonymous"


def record_correction(store: Store, verdict: Verdict) -> int:
    """Validate and store ``verdict`` (with the record it replaces as ``before``), then apply the
    article's corrections; returns the new correction id."""
    if verdict.target not in TARGETS or verdict.action not in ACTIONS:
        raise CorrectionError(f"unknown target/action {verdict.target}/{verdict.action}")
    doc = store.article(verdict.article_id)
    if doc is None:
        raise CorrectionError(f"unknown article {verdict.article_id!r}")
    key = verdict.key
    current = _find(doc, verdict.target, key) if key else None
    if current is None and verdict.action != "add":
        raise CorrectionError(f"no {verdict.target} {key!r} in article {doc.id!r}")
    before = current.to_dict() if current is not None else None
    after = None
    if verdict.action in ("correct", "add"):
        base = dict(before or {})
        base.update(verdict.after or {})
        record = _validated(doc, verdict.target, base)
        after = record.to_dict()
        if verdict.action == "add":  # a new record is keyed by its own span
            key = record.id if isinstance(record, Statement) else position_key(doc.id, record)
    elif verdict.action == "confirm":
        after = before
    with store.session() as session:
        row = Correction(
            target=verdict.target,
            article_id=doc.id,
            key=key,
            action=verdict.action,
            before=before,
            after=after,
            user=(verdict.user or "anonymous")[:100],
        )
        session.add(row)
        session.flush()
        new_id = row.id
    apply_corrections(store, [doc.id])
    return new_id


def _validated(doc: Article, target: str, data: dict[str, Any]) -> Statement | Position:
    """Build the record from ``data`` and check its spans against the text."""
    data.pop("id", None)
    try:
        record: Statement | Position = (Statement if target == "statement" else Position).from_dict(data)
    except (TypeError, ValueError, KeyError) as exc:
        raise CorrectionError(str(exc)) from exc
    record.source = REVIEW_SOURCE
    record.confidence = 1.0
    probe = Article(text=doc.text, id=doc.id)
    if isinstance(record, Statement):
        if len(record.quote) == 0:
            raise CorrectionError("empty quote span")
        probe.statements = [record]
    else:
        probe.positions = [record]
    try:
        probe.check_spans()
    except ValueError as exc:
        raise CorrectionError(str(exc)) from exc
    if isinstance(record, Statement):
        record.id = statement_key(doc.id, record)
    return record


def _find(doc: Article, target: str, key: str) -> Statement | Position | None:
    if target == "statement":
        return next((s for s in doc.statements if s.id == key), None)
    return next((p for p in doc.positions if position_key(doc.id, p) == key), None)


def _replay(doc: Article, corrections: Iterable[Correction]) -> None:
    """Apply ``corrections`` (oldest first) to ``doc``'s statements and positions in place."""
    for corr in corrections:
        if corr.target == "statement":
            items: list[Any] = doc.statements
            key_of = lambda s: s.id  # noqa: E731
            cls: type[Statement] | type[Position] = Statement
        else:
            items = doc.positions
            key_of = lambda p: position_key(doc.id, p)  # noqa: E731
            cls = Position
        found = [i for i, item in enumerate(items) if key_of(item) == corr.key]
        if corr.action == "reject":
            for i in reversed(found):
                del items[i]
            continue
        record = corr.after or corr.before
        if record is None:
            continue
        new = cls.from_dict(record)
        new.source = REVIEW_SOURCE
        new.confidence = 1.0
        if isinstance(new, Statement):
            new.id = statement_key(doc.id, new)
        new_key = key_of(new)
        items[:] = [item for item in items if key_of(item) not in (corr.key, new_key)]
        items.append(new)
    doc.statements.sort(key=lambda s: (s.quote.start, s.quote.end))


def _fingerprint(doc: Article) -> str:
    return json.dumps(
        [[s.to_dict() for s in doc.statements], [p.to_dict() for p in doc.positions]], sort_keys=True
    )


def apply_corrections(store: Store, article_ids: Iterable[str] | None = None) -> int:
    """Make stored corrections win over machine output; returns the number of statements and
    positions added, changed or removed."""
    query = select(Correction).order_by(Correction.id)
    wanted = None if article_ids is None else set(article_ids)
    if wanted is not None:
        if not wanted:
            return 0
        query = query.where(Correction.article_id.in_(wanted))
    by_article: dict[str, list[Correction]] = defaultdict(list)
    with store.session() as session:
        for corr in session.scalars(query):
            by_article[corr.article_id].append(corr)
    changed = 0
    for article_id, corrections in by_article.items():
        doc = store.article(article_id)
        if doc is None:
            continue
        old_items = {json.dumps(x.to_dict(), sort_keys=True) for x in [*doc.statements, *doc.positions]}
        old = _fingerprint(doc)
        _replay(doc, corrections)
        if _fingerprint(doc) == old:
            continue
        new_items = {json.dumps(x.to_dict(), sort_keys=True) for x in [*doc.statements, *doc.positions]}
        changed += max(len(old_items - new_items), len(new_items - old_items))
        _save(store, doc)
    return changed


def _save(store: Store, doc: Article) -> None:
    """Rewrite the article's analysis rows, keeping its mentions and analysing run."""
    with store.session() as session:
        run_id = session.scalar(select(ArticleRow.analysed_run).where(ArticleRow.id == doc.id))
        doc.mentions = [
            Mention(span=Span(m.start, m.end), text=m.text, label=m.label, actor=m.actor)
            for m in session.scalars(select(MentionRow).where(MentionRow.article_id == doc.id))
        ]
    store.save_analysis(doc, run_id)


def corrections_of(store: Store, article_id: str) -> list[dict[str, Any]]:
    """The corrections of one article, newest first, as plain dicts."""
    with store.session() as session:
        rows = session.scalars(
            select(Correction).where(Correction.article_id == article_id).order_by(Correction.id.desc())
        )
        return [correction_dict(r) for r in rows]


def list_corrections(store: Store, page: int, size: int) -> Page[dict[str, Any]]:
    """One page of all corrections, newest first."""
    with store.session() as session:
        total = session.scalar(select(func.count()).select_from(Correction)) or 0
        rows = session.scalars(select(Correction).order_by(Correction.id.desc()).offset((page - 1) * size).limit(size))
        return Page([correction_dict(r) for r in rows], total, page, size)


def correction_dict(row: Correction) -> dict[str, Any]:
    return {
        "id": row.id,
        "target": row.target,
        "article_id": row.article_id,
        "key": row.key,
        "action": row.action,
        "before": row.before,
        "after": row.after,
        "user": row.user,
        "created_at": row.created_at.isoformat() if row.created_at else None,
    }


def _gold_kind(kind: str) -> str:
    return "direct" if kind == "direct" else "indirect"


def export_record(doc: Article, reviewed: set[str]) -> dict[str, Any]:
    """One line in the news-dev format for an article with reviewed statements/positions (the
    prediction records plus the text; ``kind`` folded to the gold format's direct/indirect)."""
    statements = [
        {**statement_record(doc, st), "kind": _gold_kind(st.kind), "reviewed": st.source == REVIEW_SOURCE}
        for st in doc.statements
    ]
    positions = [
        {**position_record(doc, pos), "reviewed": pos.source == REVIEW_SOURCE} for pos in doc.positions
    ]
    return {
        "id": doc.id,
        "url": doc.url,
        "date": doc.date,
        "lang": doc.lang,
        "text": doc.text,
        "statements": statements,
        "positions": positions,
        "reviewed_keys": sorted(reviewed),
    }


def reviewed_articles(store: Store) -> dict[str, set[str]]:
    """Ids of the articles with corrections (oldest correction first) and their corrected keys."""
    with store.session() as session:
        rows = session.execute(select(Correction.article_id, Correction.key).order_by(Correction.id)).all()
    keys: dict[str, set[str]] = {}
    for article_id, key in rows:
        keys.setdefault(article_id, set()).add(key)
    return keys


def export_corrections(store: Store, article_ids: Iterable[str] | None = None) -> Iterable[dict[str, Any]]:
    """News-dev records (all current statements and positions, corrections applied) of every article
    that has at least one correction (or of those of ``article_ids`` that have)."""
    reviewed = reviewed_articles(store)
    for article_id in reviewed if article_ids is None else [a for a in article_ids if a in reviewed]:
        doc = store.article(article_id)
        if doc is not None:
            yield export_record(doc, reviewed[article_id])
