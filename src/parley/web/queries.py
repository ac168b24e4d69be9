"""Read-side queries of the web UI over the store: article lists with filters, articles, actors,
statements and position evidence. Every list is paged."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import Select, func, select, union

from parley.store import Store
from parley.store import search
from parley.store.schema import ActorRow, ArticleRow, MentionRow, PositionRow, StatementRow
from parley.web.context import clean_date
from parley.web.paging import Page, slice_page

SNIPPET_CHARS = 220


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) address, else ``None`` (never render other schemes)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


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
    """One page of articles matching ``f``, newest first (``total``: the match count, if known)."""
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
            "url": safe_url(r.url),
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
    (rows of :func:`actor_counts`)."""
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
    return {"langs": langs, "sources": sorted(sources), "issues": issues, "actors": names}


def actor_counts(store: Store) -> list[dict[str, Any]]:
    """Every actor seen as a speaker or position holder, with counts, most active first."""
    with store.session() as session:
        st = dict(
            session.execute(
                select(StatementRow.speaker, func.count())
                .where(StatementRow.speaker.is_not(None))
                .group_by(StatementRow.speaker)
            ).all()
        )
        pos = dict(session.execute(select(PositionRow.actor, func.count()).group_by(PositionRow.actor)).all())
        types = dict(session.execute(select(ActorRow.name, ActorRow.type)).all())
    names = set(st) | set(pos)
    rows = [
        {"name": n, "type": types.get(n), "statements": st.get(n, 0), "positions": pos.get(n, 0)}
        for n in names
    ]
    rows.sort(key=lambda r: (-(r["statements"] + r["positions"]), r["name"]))
    return rows


def list_actors(rows: list[dict[str, Any]], q: str, page: int, size: int) -> Page[dict[str, Any]]:
    if q:
        rows = [r for r in rows if q.lower() in r["name"].lower()]
    return slice_page(rows, page, size)


def statement_row_dict(row: StatementRow, title: str | None = None, date: str | None = None) -> dict[str, Any]:
    return {
        "id": row.id,
        "article_id": row.article_id,
        "article_title": title,
        "date": date,
        "kind": row.kind,
        "start": row.start,
        "end": row.end,
        "quote": row.quote,
        "cue": row.cue,
        "speaker": row.speaker,
        "speaker_text": row.speaker_text,
        "addressee": row.addressee,
        "channel": row.channel,
        "via": row.via,
        "nested_in": row.nested_in,
        "confidence": row.confidence,
        "reviewed": (row.data or {}).get("source") == "review",
    }


def position_row_dict(row: PositionRow, title: str | None = None, date: str | None = None) -> dict[str, Any]:
    return {
        "article_id": row.article_id,
        "article_title": title,
        "date": date,
        "actor": row.actor,
        "issue": row.issue,
        "stance": row.stance,
        "evidence": row.evidence,
        "start": row.start,
        "end": row.end,
        "statement": row.statement_id,
        "confidence": row.confidence,
        "reviewed": (row.data or {}).get("source") == "review",
    }


def statements_of(store: Store, speaker: str, page: int, size: int) -> Page[dict[str, Any]]:
    where = StatementRow.speaker == speaker
    with store.session() as session:
        total = session.scalar(select(func.count()).select_from(StatementRow).where(where)) or 0
        rows = session.execute(
            select(StatementRow, ArticleRow.title, ArticleRow.date)
            .join(ArticleRow, ArticleRow.id == StatementRow.article_id)
            .where(where)
            .order_by(ArticleRow.date.desc(), StatementRow.article_id, StatementRow.start)
            .offset((page - 1) * size)
            .limit(size)
        ).all()
        items = [statement_row_dict(r, t, d) for r, t, d in rows]
    return Page(items, total, page, size)


def position_filters(
    actor: str = "", issue: str = "", stance: str = "", date_from: str = "", date_to: str = ""
) -> dict[str, str]:
    """Cleaned filters of the position evidence list (bad dates dropped)."""
    return {"actor": actor.strip()[:200], "issue": issue.strip()[:64], "stance": stance.strip()[:16],
            "date_from": clean_date(date_from), "date_to": clean_date(date_to)}


def positions_query(actor: str = "", issue: str = "", stance: str = "", date_from: str = "", date_to: str = ""):
    query = select(PositionRow, ArticleRow.title, ArticleRow.date).join(
        ArticleRow, ArticleRow.id == PositionRow.article_id
    )
    if actor:
        query = query.where(PositionRow.actor == actor)
    if issue:
        query = query.where(PositionRow.issue == issue)
    if stance:
        query = query.where(PositionRow.stance == stance)
    if date_from:
        query = query.where(ArticleRow.date >= date_from)
    if date_to:
        query = query.where(ArticleRow.date <= date_to + "\uffff")
    return query


def list_positions(store: Store, page: int, size: int, **filters: str) -> Page[dict[str, Any]]:
    """Position evidence (newest first) for the matrix/timeline drill-down."""
    query = positions_query(**filters)
    with store.session() as session:
        total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = session.execute(
            query.order_by(ArticleRow.date.desc(), PositionRow.pk).offset((page - 1) * size).limit(size)
        ).all()
        items = [position_row_dict(r, t, d) for r, t, d in rows]
    return Page(items, total, page, size)


def actor_profile(store: Store, name: str, max_positions: int = 2000) -> dict[str, Any] | None:
    """Actor facts, aliases seen (speaker strings and linked mentions), positions per issue by date."""
    with store.session() as session:
        actor = session.get(ActorRow, name)
        n_st = session.scalar(select(func.count()).select_from(StatementRow).where(StatementRow.speaker == name))
        rows = session.execute(
            positions_query(actor=name).order_by(ArticleRow.date, PositionRow.pk).limit(max_positions)
        ).all()
        if actor is None and not n_st and not rows:
            return None
        spoken = session.execute(
            select(StatementRow.speaker_text, func.count())
            .where(StatementRow.speaker == name, StatementRow.speaker_text.is_not(None))
            .group_by(StatementRow.speaker_text)
            .order_by(func.count().desc())
            .limit(40)
        ).all()
        mentioned = session.execute(
            select(MentionRow.text, func.count())
            .where(MentionRow.actor == name)
            .group_by(MentionRow.text)
            .order_by(func.count().desc())
            .limit(40)
        ).all()
        by_issue: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r, t, d in rows:
            by_issue[r.issue].append(position_row_dict(r, t, d))
    seen: Counter[str] = Counter()
    for text, n in [*spoken, *mentioned]:
        seen[text] += n
    return {
        "name": name,
        "type": actor.type if actor else None,
        "affiliation": actor.affiliation if actor else None,
        "wikidata": actor.wikidata if actor else None,
        "in_dossier": bool(actor and actor.in_dossier),
        "aliases": list(actor.aliases or []) if actor else [],
        "aliases_seen": [{"text": t, "count": n} for t, n in seen.most_common(40)],
        "statements": n_st or 0,
        "positions": {issue: items for issue, items in sorted(by_issue.items())},
    }
