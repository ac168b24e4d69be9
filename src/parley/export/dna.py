"""Export for the Discourse Network Analyzer (DNA, Leifeld): one row per coded statement of the
default statement type "DNA Statement" with its variables ``person``, ``organization``,
``concept`` (= issue) and the qualifier ``agreement`` (1 = yes, 0 = no), plus document metadata
and the statement text, as in DNA's statement table.

Stances map to the agreement qualifier by direction: support, offer and condition → 1; oppose → 0.
Claims carry no agreement and are left out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from parley.analysis.records import PositionRecord, polarity
from parley.dossiers import DEFAULT_DOSSIER

DNA_COLUMNS = (
    "id", "statement_type", "coder", "document_id", "document_date", "document_title", "document_source",
    "start", "stop", "person", "organization", "concept", "agreement", "stance", "text",
)

#: actor name -> (person, organization); the default treats every actor as an organisation
ActorRoles = Callable[[str], tuple[str, str]]


def dossier_roles(dossier: str = DEFAULT_DOSSIER) -> ActorRoles:
    """Person/organisation split from the dossier: persons get their affiliation as organisation."""
    try:
        from parley.dossier import load_dossier

        loaded = load_dossier(dossier)
    except Exception:  # noqa: BLE001 - no dossier: every actor is an organisation
        return lambda actor: ("", actor)

    def roles(actor: str) -> tuple[str, str]:
        spec = loaded.actor(actor)
        if spec is not None and spec.type == "person":
            return actor, spec.affiliation or ""
        return "", actor

    return roles


def dna_rows(records: Iterable[PositionRecord], roles: ActorRoles | None = None) -> list[dict[str, Any]]:
    roles = roles or (lambda actor: ("", actor))
    rows = []
    for i, rec in enumerate(records, 1):
        direction = polarity(rec.stance)
        if direction == 0:
            continue
        person, organization = roles(rec.actor)
        rows.append({
            "id": i,
            "statement_type": "DNA Statement",
            "coder": "parley",
            "document_id": rec.article_id,
            "document_date": rec.date,
            "document_title": rec.title or "",
            "document_source": rec.source or "",
            "start": rec.start,
            "stop": rec.end,
            "person": person,
            "organization": organization,
            "concept": rec.issue,
            "agreement": 1 if direction > 0 else 0,
            "stance": rec.stance,
            "text": rec.evidence or rec.quote or "",
        })
    return rows
