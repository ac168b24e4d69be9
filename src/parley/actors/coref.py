"""Rule-based coreference for speakers: a pronoun (*er*, *she*, *dieser*) or generic role noun (*der
Diplomat*, *the president*) takes the most plausible earlier actor mention.

Candidates must agree in gender/number (dossier gender; unknown for persons outside the dossier) and,
for role nouns, be persons of the right affiliation. Scores favour recency (sentence distance),
earlier speakers, grammatical subjects (first mention before the finite verb) and persons who held an
office named by the role noun; mentions inside quotations are penalised.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from parley.actors.linker import OTHER_COUNTRY, Link, Linker
from parley.model import Span

# Weights on one scale, not fitted to any data set: a sentence of distance costs 1; soft preferences
# (earlier speaker, subject, person) are worth half a sentence each; a matching office or a headline
# line a full sentence; a mention inside a quotation loses against any compatible mention up to one
# sentence further back (1.5).
WINDOW = 6  # sentences to look back
W_DISTANCE = 1.0
W_SPEAKER = 0.5
W_SUBJECT = 0.5
W_PERSON = 0.5
W_HEAD = 1.0
W_IN_QUOTE = 1.5
W_HEADING = 1.0


@dataclass
class Candidate:
    """An earlier mention that already has an actor."""

    span: Span
    actor: str
    sent: int
    subject: bool = False
    speaker: bool = False  # the resolved speaker of an earlier statement
    quoted: float = 0.0  # 1 inside a direct quotation, 0.5 inside reported speech
    heading: bool = False  # in a headline or sub-heading line
    affiliation: str | None = None  # persons outside the dossier: country named when introduced
    head: str | None = None  # persons outside the dossier: role noun they were introduced with


def _gender_ok(required: str | None, actor_gender: str | None, is_person: bool, in_dossier: bool) -> bool:
    if not required or required == "any":
        return True
    if actor_gender is None:
        return True  # gender unknown (persons outside the dossier without a known first name)
    options = required.split("|")
    if actor_gender in options:
        return True
    return "pl" in options and actor_gender == "pl"


def score(target: Link, target_sent: int, cand: Candidate, linker: Linker, date: str | None) -> float | None:
    """Score of ``cand`` as antecedent of ``target`` (``None`` = incompatible)."""
    spec = linker.actor(cand.actor)
    is_person = spec is None or spec.type == "person"
    distance = target_sent - cand.sent
    if distance > WINDOW or distance < 0:
        return None
    gender = linker.gender(cand.actor)
    if target.gender == "thing":  # "it": an institution or a state, whatever its German gender
        if is_person or spec is not None and spec.type == "media":
            return None
        return -W_DISTANCE * distance + W_SPEAKER * cand.speaker + W_SUBJECT * cand.subject - W_IN_QUOTE * cand.quoted
    if not _gender_ok(target.gender, gender, is_person, spec is not None):
        return None
    if target.head == "demonstrative":  # "dieser", "the latter": the most recent mention
        return -W_DISTANCE * distance - W_IN_QUOTE * cand.quoted + cand.span.start * 1e-4
    value = -W_DISTANCE * distance + W_SPEAKER * cand.speaker + W_SUBJECT * cand.subject
    value -= W_IN_QUOTE * cand.quoted + W_HEADING * cand.heading
    if target.kind == "role_noun":
        if not is_person:
            return None
        if target.affiliation == OTHER_COUNTRY:
            if spec is not None or cand.affiliation not in (None, OTHER_COUNTRY):
                return None
        elif target.affiliation and spec is None:
            if cand.affiliation not in (None, target.affiliation):
                return None
            if cand.affiliation is None:
                value -= W_HEAD  # "der brasilianische Präsident": a person of unknown nationality is a poor fit
        if target.affiliation and target.affiliation != OTHER_COUNTRY and spec is not None and (
                target.affiliation not in linker.belongs_to(cand.actor)):
            return None
        if spec is not None and target.head:
            value += W_HEAD if linker.head_compatible(cand.actor, target.head, date) else -W_HEAD / 2
        elif target.head and cand.head:  # introduced as "der kroatische Regierungschef …"
            value += W_HEAD if cand.head.endswith(target.head) or target.head.endswith(cand.head) else -W_HEAD / 2
    elif target.gender in ("m", "f") and not is_person or spec is not None and spec.type == "media":
        value -= W_PERSON * 2  # "er"/"she" rarely point to an institution, pronouns rarely to a medium
    value += W_PERSON * is_person
    return value + cand.span.start * 1e-7  # later mention wins ties


def resolve(target: Link, target_sent: int, candidates: list[Candidate], linker: Linker,
            date: str | None) -> Candidate | None:
    """The best antecedent among ``candidates`` (all before the target), or ``None``."""
    best, best_score = None, None
    for cand in candidates:
        value = score(target, target_sent, cand, linker, date)
        if value is not None and (best_score is None or value > best_score):
            best, best_score = cand, value
    return best


def resolve_forward(target: Link, target_sent: int, candidates: list[Candidate], linker: Linker,
                    date: str | None, window: int = 3) -> Candidate | None:
    """The first compatible mention after the target within ``window`` sentences (cataphora)."""
    for cand in sorted(candidates, key=lambda c: c.span.start):
        if cand.sent - target_sent > window:
            break
        shifted = replace(cand, sent=target_sent)
        if score(target, target_sent, shifted, linker, date) is not None:
            return cand
    return None
