"""Rule-based coreference for speakers: a pronoun (*er*, *she*, *dieser*) or generic role noun (*der
Diplomat*, *the president*) takes the most plausible earlier actor mention.

Candidates must agree in gender/number (dossier gender; unknown for persons outside the dossier) and,
for role nouns, be persons of the right affiliation. Scores favour recency (sentence distance),
earlier speakers, grammatical subjects (first mention before the finite verb) and persons who held an
office named by the role noun; mentions inside quotations are penalised.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

from parley.actors.linker import OTHER_COUNTRY, Link, Linker
from parley.context import models_dir
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


@dataclass
class Decision:
    """One speaker resolved by coreference (recorded for ``training/train_speaker_coref.py``)."""

    article: str
    quote: Span
    target: Link
    sent: int
    pool: list[Candidate]
    date: str | None


def _gender_ok(required: str | None, actor_gender: str | None, is_person: bool, in_dossier: bool) -> bool:
    if not required or required == "any":
        return True
    if actor_gender is None:
        return True  # gender unknown (persons outside the dossier without a known first name)
    options = required.split("|")
    if actor_gender in options:
        return True
    return "pl" in options and actor_gender == "pl"


# The soft preferences as named features; ``WEIGHTS`` holds the hand weights above, replaced by the
# weights of ``parley/models/speaker-coref`` when that model is installed (``training/train_speaker_coref.py``).
FEATURES = ("distance", "speaker", "subject", "quoted", "heading", "head", "unknown_affiliation",
            "non_person", "person")
HAND_WEIGHTS = {"distance": -W_DISTANCE, "speaker": W_SPEAKER, "subject": W_SUBJECT, "quoted": -W_IN_QUOTE,
                "heading": -W_HEADING, "head": W_HEAD, "unknown_affiliation": -W_HEAD,
                "non_person": -2 * W_PERSON, "person": W_PERSON}


def _load_weights() -> dict[str, float]:
    path = models_dir() / "speaker-coref" / "weights.json"
    if path.is_file():
        data = json.loads(path.read_text(encoding="utf-8"))
        if tuple(data.get("features", ())) == FEATURES:
            return dict(zip(FEATURES, data["weights"], strict=True))
    return dict(HAND_WEIGHTS)


WEIGHTS = _load_weights()


def features(target: Link, target_sent: int, cand: Candidate, linker: Linker,
             date: str | None) -> dict[str, float] | None:
    """The features of ``cand`` as antecedent of a pronoun or generic role noun (``None`` = incompatible)."""
    spec = linker.actor(cand.actor)
    is_person = spec is None or spec.type == "person"
    distance = target_sent - cand.sent
    if distance > WINDOW or distance < 0:
        return None
    if not _gender_ok(target.gender, linker.gender(cand.actor), is_person, spec is not None):
        return None
    f = {"distance": float(distance), "speaker": float(cand.speaker), "subject": float(cand.subject),
         "quoted": cand.quoted, "heading": float(cand.heading), "head": 0.0, "unknown_affiliation": 0.0,
         "non_person": 0.0, "person": float(is_person)}
    if target.kind == "role_noun":
        if not is_person:
            return None
        if target.affiliation == OTHER_COUNTRY:
            if spec is not None or cand.affiliation not in (None, OTHER_COUNTRY):
                return None
        elif target.affiliation and spec is None:
            if cand.affiliation not in (None, target.affiliation):
                return None
            f["unknown_affiliation"] = float(cand.affiliation is None)  # "der brasilianische Präsident"
        if target.affiliation and target.affiliation != OTHER_COUNTRY and spec is not None and (
                target.affiliation not in linker.belongs_to(cand.actor)):
            return None
        if spec is not None and target.head:
            f["head"] = 1.0 if linker.head_compatible(cand.actor, target.head, date) else -0.5
        elif target.head and cand.head:  # introduced as "der kroatische Regierungschef …"
            f["head"] = 1.0 if cand.head.endswith(target.head) or target.head.endswith(cand.head) else -0.5
    elif target.gender in ("m", "f") and not is_person or spec is not None and spec.type == "media":
        f["non_person"] = 1.0  # "er"/"she" rarely point to an institution, pronouns rarely to a medium
    return f


def score(target: Link, target_sent: int, cand: Candidate, linker: Linker, date: str | None) -> float | None:
    """Score of ``cand`` as antecedent of ``target`` (``None`` = incompatible)."""
    distance = target_sent - cand.sent
    if distance > WINDOW or distance < 0:
        return None
    if target.gender == "thing":  # "it": an institution or a state, whatever its German gender
        spec = linker.actor(cand.actor)
        if spec is None or spec.type in ("person", "media"):
            return None
        return -W_DISTANCE * distance + W_SPEAKER * cand.speaker + W_SUBJECT * cand.subject - W_IN_QUOTE * cand.quoted
    if target.head == "demonstrative":  # "dieser", "the latter": the most recent mention
        spec = linker.actor(cand.actor)
        if not _gender_ok(target.gender, linker.gender(cand.actor), spec is None or spec.type == "person",
                          spec is not None):
            return None
        return -W_DISTANCE * distance - W_IN_QUOTE * cand.quoted + cand.span.start * 1e-4
    if target.kind == "pronoun" and target.gender in ("m", "f"):
        spec = linker.actor(cand.actor)
        if spec is not None and spec.type == "media":
            return None  # "he"/"er" is never a broadcaster or a paper
    f = features(target, target_sent, cand, linker, date)
    if f is None:
        return None
    return sum(WEIGHTS[k] * v for k, v in f.items()) + cand.span.start * 1e-7  # later mention wins ties


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
