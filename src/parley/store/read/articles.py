"""Read models of articles: filtered, paged article lists with their counts, filter values, the
store's data version and the settings of the latest analysis run."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, func, select, union

from parley.store import search
from parley.store.read.paging import Page
from parley.store.schema import ArticleRow, Correction, PositionRow, Run, StatementRow

if TYPE_CHECKING:
    from parley.store import Store

SNIPPET_CHARS = 220


@dataclass
class ArticleFilter:
    q: str = ""
    date_from: str = ""
    date_to: str = ""
    lang: str = ""
    source: str = ""
    actor: str = ""
    issue: str = ""

    def active(self) -> dict[str, str]:
        return {k: v for k, v in asdict(self).items() if v}


def _filtered(store: Store, f: ArticleFilter, query: Select[Any]) -> Select[Any]:
    if f.q:
        clause = search.match_clause(store, f.q)
        if clause is not None:
            query = query.where(clause)
    if f.date_from:
        query = query.where(ArticleRow.date >= f.date_from)
    if f.date_to:
        query = query.where(ArticleRow.date <= f.date_to + "\uffff")
    if f.lang:
        query = query.where(ArticleRow.lang == f.lang)
    if f.source:
        query = query.where(ArticleRow.source == f.source)
    if f.actor:
        ids = union(
            select(StatementRow.article_id).where(StatementRow.speaker == f.actor),
            select(PositionRow.article_id).where(PositionRow.actor == f.actor),
        )
        query = query.where(ArticleRow.id.in_(ids))
    if f.issue:
        query = query.where(ArticleRow.id.in_(select(PositionRow.article_id).where(PositionRow.issue == f.issue)))
    return query


def _counts(store: Store, key: Any, ids: list[str]) -> dict[str, int]:
    if not ids:
        return {}
    with store.session() as session:
        rows = session.execute(select(key, func.count()).where(key.in_(ids)).group_by(key))
        return {k: n for k, n in rows}


def _snippet(title: str | None, text: str | None) -> str:
    """The start of the text without a repeated title line."""
    text = text or ""
    if title and text.startswith(title):
        text = text[len(title) :]
    return text.strip()


def _speakers(store: Store, ids: list[str], top: int = 4) -> dict[str, list[str]]:
    """The most frequent identified speakers of each article."""
    if not ids:
        return {}
    with store.session() as session:
        rows = session.execute(
            select(StatementRow.article_id, StatementRow.speaker, func.count())
            .where(StatementRow.article_id.in_(ids), StatementRow.speaker.is_not(None))
            .group_by(StatementRow.article_id, StatementRow.speaker)
        ).all()
    per: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for article_id, speaker, n in rows:
        per[article_id].append((-n, speaker))
    return {a: [name for _, name in sorted(v)[:top]] for a, v in per.items()}


def count_articles(store: Store, f: ArticleFilter) -> int:
    with store.session() as session:
        return session.scalar(_filtered(store, f, select(func.count()).select_from(ArticleRow))) or 0


def list_articles(
    store: Store, f: ArticleFilter, page: int, size: int, total: int | None = None
) -> Page[dict[str, Any]]:
    """One page of articles matching ``f``, newest first (``total``: the match count, if known).
    ``url`` is the stored address as it is: callers that render it must check its scheme."""
    cols = (
        ArticleRow.id,
        ArticleRow.title,
        ArticleRow.date,
        ArticleRow.lang,
        ArticleRow.source,
        ArticleRow.url,
        func.substr(ArticleRow.text, 1, SNIPPET_CHARS).label("snippet"),
    )
    query = _filtered(store, f, select(*cols))
    if total is None:
        total = count_articles(store, f)
    with store.session() as session:
        rows = session.execute(
            query.order_by(ArticleRow.date.desc(), ArticleRow.id).offset((page - 1) * size).limit(size)
        ).all()
    ids = [r.id for r in rows]
    speakers = _speakers(store, ids)
    n_st = _counts(store, StatementRow.article_id, ids)
    n_pos = _counts(store, PositionRow.article_id, ids)
    items = [
        {
            "id": r.id,
            "title": r.title or (r.snippet or "").split("\n", 1)[0][:120],
            "date": r.date,
            "lang": r.lang,
            "source": r.source,
            "url": r.url,
            "snippet": _snippet(r.title, r.snippet),
            "statements": n_st.get(r.id, 0),
            "positions": n_pos.get(r.id, 0),
            "speakers": speakers.get(r.id, []),
        }
        for r in rows
    ]
    return Page(items, total, page, size)


def facets(store: Store, actors: list[dict[str, Any]], limit: int = 300) -> dict[str, list[str]]:
    """Values offered by the filters: languages, sources, issues, the most active of ``actors``
    (rows of :func:`parley.store.read.actors.actor_counts`)."""
    with store.session() as session:
        langs = [v for v in session.scalars(select(ArticleRow.lang).distinct().order_by(ArticleRow.lang)) if v]
        sources = [
            v
            for v, _ in session.execute(
                select(ArticleRow.source, func.count())
                .where(ArticleRow.source.is_not(None))
                .group_by(ArticleRow.source)
                .order_by(func.count().desc())
                .limit(limit)
            )
        ]
        issues = [v for v in session.scalars(select(PositionRow.issue).distinct().order_by(PositionRow.issue))]
    names = [a["name"] for a in actors[:limit]]
    dossiers = recorded_dossiers(store)
    return {"langs": langs, "sources": sorted(sources), "issues": issues, "actors": names, "dossiers": dossiers}


def data_version(store: Store) -> tuple[Any, ...]:
    """A handful of index look-ups (row counts and newest keys) that change whenever the content does."""
    with store.session() as session:
        return tuple(
            session.scalar(q)
            for q in (
                select(func.count()).select_from(ArticleRow),
                select(func.max(StatementRow.pk)),
                select(func.count()).select_from(StatementRow),
                select(func.max(PositionRow.pk)),
                select(func.count()).select_from(PositionRow),
                select(func.max(Correction.id)),
            )
        )


def latest_analysis_config(store: Store) -> dict[str, Any]:
    """The recorded settings (``config``) of the latest analysis run; ``{}`` without one."""
    with store.session() as session:
        config = session.scalar(select(Run.config).where(Run.kind == "analyse").order_by(Run.id.desc()).limit(1))
    return dict(config or {})


def recorded_dossiers(store: Store) -> list[str]:
    """The dossiers recorded with stored articles (by ``ingest --dossier`` or an earlier run)."""
    with store.session() as session:
        return [v for v in session.scalars(select(ArticleRow.dossier).distinct().order_by(ArticleRow.dossier)) if v]
