"""Read models of actors: the one actor count listing (web and CLI), an actor's profile and edits."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from parley.model import UNKNOWN_ACTOR
from parley.store.read.paging import Page, slice_page
from parley.store.read.records import position_row_dict, positions_query
from parley.store.schema import ActorEdit, ActorRow, ArticleRow, MentionRow, PositionRow, StatementRow

if TYPE_CHECKING:
    from parley.store import Store


def _grouped(session: Any, column: Any) -> dict[str, int]:
    return dict(session.execute(select(column, func.count()).where(column.is_not(None)).group_by(column)).all())


def actor_counts(store: Store, *, include_idle: bool = False) -> list[dict[str, Any]]:
    """Every actor seen as a speaker or position holder (and, with ``include_idle``, every actor of the
    ``actors`` table), with ``statements`` and ``positions`` counts; most active (statements +
    positions) first, then by name. The unknown speaker is no actor: see :func:`unknown_speaker_count`."""
    with store.session() as session:
        st = _grouped(session, StatementRow.speaker)
        pos = _grouped(session, PositionRow.actor)
        known = {name: (kind, in_dossier) for name, kind, in_dossier in
                 session.execute(select(ActorRow.name, ActorRow.type, ActorRow.in_dossier))}
    names = (set(st) | set(pos) | (set(known) if include_idle else set())) - {UNKNOWN_ACTOR}
    rows = [
        {"name": n, "type": known.get(n, (None, False))[0], "in_dossier": bool(known.get(n, (None, False))[1]),
         "statements": st.get(n, 0), "positions": pos.get(n, 0)}
        for n in names
    ]
    rows.sort(key=lambda r: (-(r["statements"] + r["positions"]), r["name"]))
    return rows


def unknown_speaker_count(store: Store) -> int:
    """Statements whose speaker could not be identified."""
    with store.session() as session:
        query = select(func.count()).select_from(StatementRow).where(StatementRow.speaker == UNKNOWN_ACTOR)
        return session.scalar(query) or 0


def list_actors(rows: list[dict[str, Any]], q: str, page: int, size: int) -> Page[dict[str, Any]]:
    """A page of ``rows`` (of :func:`actor_counts`) whose name contains ``q`` (any case)."""
    if q:
        rows = [r for r in rows if q.lower() in r["name"].lower()]
    return slice_page(rows, page, size)


def actor_profile(store: Store, name: str, max_positions: int = 2000) -> dict[str, Any] | None:
    """Actor facts, aliases seen (speaker strings and linked mentions), positions per issue by date;
    ``None`` for a name that is neither in the ``actors`` table nor speaks nor holds a position."""
    with store.session() as session:
        actor = session.get(ActorRow, name)
        n_st = session.scalar(select(func.count()).select_from(StatementRow).where(StatementRow.speaker == name))
        n_pos = session.scalar(select(func.count()).select_from(PositionRow).where(PositionRow.actor == name))
        if actor is None and not n_st and not n_pos:
            return None
        rows = session.execute(
            positions_query(actor=name).order_by(ArticleRow.date, PositionRow.pk).limit(max_positions)
        ).all()
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
        "n_positions": n_pos or 0,
        "positions": {issue: items for issue, items in sorted(by_issue.items())},
    }


def edits_of(store: Store, name: str) -> list[tuple[str, str, str | None]]:
    """The merge/split edits naming ``name`` as source or target, oldest first."""
    with store.session() as session:
        query = select(ActorEdit).where((ActorEdit.source == name) | (ActorEdit.target == name)).order_by(ActorEdit.id)
        return [(e.action, e.source, e.target) for e in session.scalars(query)]
