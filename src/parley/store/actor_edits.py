"""Actor edits (merge/split) applied to the stored analysis; the SQL side of ``parley.actors.edits``.

``actor_edits`` is a log: ``merge SOURCE TARGET`` maps SOURCE onto TARGET, ``split SOURCE`` cancels
SOURCE's merge. :func:`apply_actor_edits` replays the log into a mapping and rewrites speakers,
addressees, relays, position actors and mentions. Each rewritten record keeps its machine value under
``merged_from`` in its JSON ``data``, so a later split restores it without re-running the pipeline.
It also keeps the ``actors`` table in step: every dossier actor, and every actor the analysis names
that is not in the dossier as a speaker or position holder (``in_dossier=False``, with the surface
forms seen in text as aliases).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import select

from parley.model import UNKNOWN_ACTOR
from parley.store.schema import ActorEdit, ActorRow, MentionRow, PositionRow, StatementRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from parley.store import Store

# statement column → key of the Statement record in ``data``
_STATEMENT_FIELDS = {"speaker": "speaker_actor", "addressee": "addressee_actor", "via": "via"}
EDIT_ACTIONS = ("merge", "split")


class ActorSpec(Protocol):
    """What the ``actors`` table keeps of a dossier actor."""

    name: str
    type: str
    affiliation: str | None
    wikidata: str | None

    def names(self) -> list[str]: ...


def edit_mapping(edits: list[tuple[str, str, str | None]]) -> dict[str, str]:
    """Replay ``(action, source, target)`` edits into a source → final target mapping."""
    merged: dict[str, str] = {}
    for action, source, target in edits:
        if action == "merge" and target and target != source:
            merged[source] = target
        elif action == "split":
            merged.pop(source, None)
    final: dict[str, str] = {}
    for source in merged:
        seen, name = {source}, merged[source]
        while name in merged and name not in seen:  # follow chains A → B → C, stop on cycles
            seen.add(name)
            name = merged[name]
        final[source] = name
    return final


def _remap(data: dict[str, Any], key: str, current: str | None, mapping: dict[str, str]) -> str | None:
    """The value ``key`` should have now; records the machine value in ``data['merged_from']``."""
    origins = data.setdefault("merged_from", {})
    original = origins.get(key, current)
    wanted = mapping.get(original, original) if original else original
    if wanted != original:
        origins[key] = original
    else:
        origins.pop(key, None)
    if not origins:
        data.pop("merged_from")
    return wanted


def _statements(session: Session, mapping: dict[str, str]) -> int:
    changed = 0
    for row in session.scalars(select(StatementRow)):
        data = dict(row.data or {})
        before = dict(data.get("merged_from", {}))
        touched = False
        for column, key in _STATEMENT_FIELDS.items():
            value = _remap(data, key, getattr(row, column), mapping)
            if value != getattr(row, column):
                setattr(row, column, value)
                touched = True
            data[key] = value
        if touched or before != data.get("merged_from", {}):
            row.data = data
            changed += 1
    return changed


def _positions(session: Session, mapping: dict[str, str]) -> int:
    changed = 0
    for row in session.scalars(select(PositionRow)):
        data = dict(row.data or {})
        before = dict(data.get("merged_from", {}))
        value = _remap(data, "actor", row.actor, mapping)
        if value != row.actor or before != data.get("merged_from", {}):
            row.actor, data["actor"], row.data = value, value, data
            changed += 1
    return changed


def _mentions(session: Session, mapping: dict[str, str], restore: dict[str, set[str]]) -> int:
    """Mentions have no JSON record: merged sources are rewritten, and a split restores the mentions
    whose text was seen for the split actor in a restored statement."""
    changed = 0
    for row in session.scalars(select(MentionRow).where(MentionRow.actor.is_not(None))):
        original = next((s for s, texts in restore.items() if row.text in texts and row.actor != s), None)
        value = mapping.get(row.actor, row.actor) if original is None else mapping.get(original, original)
        if value != row.actor:
            row.actor = value
            changed += 1
    return changed


def _surface_forms(session: Session) -> dict[str, set[str]]:
    """Machine actor → the speaker texts it was found under (for restoring mentions on a split)."""
    forms: dict[str, set[str]] = defaultdict(set)
    for row in session.scalars(select(StatementRow)):
        original = (row.data or {}).get("merged_from", {}).get("speaker_actor", row.speaker)
        if original and row.speaker_text:
            forms[original].add(row.speaker_text)
    return forms


def sync_actors(session: Session, specs: Sequence[ActorSpec], mapping: dict[str, str]) -> None:
    """Dossier actors (``specs``), plus every actor named by the analysis, as ``actors`` rows; merged
    sources go."""
    rows = {row.name: row for row in session.scalars(select(ActorRow))}
    for spec in specs:
        row = rows.get(spec.name) or ActorRow(name=spec.name)
        row.type, row.affiliation, row.wikidata, row.in_dossier = spec.type, spec.affiliation, spec.wikidata, True
        row.aliases = sorted(set(spec.names()) - {spec.name})
        if spec.name not in rows:
            session.add(row)
            rows[spec.name] = row
    seen: dict[str, set[str]] = defaultdict(set)
    for name, text in session.execute(select(StatementRow.speaker, StatementRow.speaker_text)):
        if name:
            seen[name].add(text or name)
    for (name,) in session.execute(select(PositionRow.actor).distinct()):
        seen[name].add(name)
    for name, text in session.execute(select(MentionRow.actor, MentionRow.text).where(MentionRow.actor.in_(list(seen)))):
        seen[name].add(text)  # surface forms of actors that speak or hold positions
    for name, texts in seen.items():
        if name == UNKNOWN_ACTOR or name in mapping:
            continue
        row = rows.get(name)
        if row is None:
            row = ActorRow(name=name, type="person", in_dossier=False, aliases=[])
            session.add(row)
            rows[name] = row
        if not row.in_dossier:
            row.aliases = sorted((set(row.aliases or []) | texts) - {name})[:50]
    for source, target in mapping.items():
        if source in rows and not rows[source].in_dossier:
            session.delete(rows.pop(source))
        if target in rows:
            rows[target].aliases = sorted(set(rows[target].aliases or []) | {source})


def apply_actor_edits(store: Store, specs: Sequence[ActorSpec]) -> int:
    """Rewrite speakers/actors in the store according to ``actor_edits`` and bring the ``actors`` table
    in step with the dossier actors ``specs``; returns rows changed."""
    with store.session() as session:
        log = [(e.action, e.source, e.target) for e in session.scalars(select(ActorEdit).order_by(ActorEdit.id))]
        mapping = edit_mapping(log)
        split = {source for action, source, _ in log if action == "split" and source not in mapping}
        forms = _surface_forms(session)
        changed = _statements(session, mapping) + _positions(session, mapping)
        changed += _mentions(session, mapping, {s: forms.get(s, set()) for s in split})
        session.flush()
        sync_actors(session, specs, mapping)
    return changed


def add_actor_edit(store: Store, action: str, source: str, target: str | None = None) -> None:
    """Append a merge (``source`` is ``target``) or split (undo ``source``'s merge) to the edit log."""
    if action not in EDIT_ACTIONS:
        raise ValueError(f"unknown actor edit {action!r}")
    if action == "merge" and not target:
        raise ValueError("a merge needs a target actor")
    with store.session() as session:
        session.add(ActorEdit(action=action, source=source, target=target if action == "merge" else None))
