"""``--dossier auto``: pick, per article, the dossier whose actors and issue vocabulary it matches best.

Every candidate dossier scans the article's words with its own gazetteer (``Linker.lookup``: actor
names and aliases, role names, metonyms, surnames) and its issue vocabulary (``IssueMatcher``). A hit
counts by how distinctive it is among the candidates: an actor every candidate lists (*Donald Trump*,
*EU*) or an issue term every candidate matches at the same place (*Waffenruhe*) weighs ``1/n`` for
each of the ``n`` candidates, so shared vocabulary cancels out and the negotiation's own names
decide (*Netanjahu*, *Hamas*, *Geiseln* against *Selenskyj*, *Kreml*, *Donbass*). Repeated names
count logarithmically: many different actors of one negotiation outweigh one person named often. The
first candidate (the configured default) is kept unless another one leads it by ``DEFAULT_LEAD``.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from parley.dossier import Dossier, load_dossier, shipped_dossiers
from parley.actors.linker import Linker
from parley.actors.names import words
from parley.positions.issues import IssueMatcher, load_issues, load_exclusions

AUTO = "auto"


def is_auto(spec: str | None) -> bool:
    """``auto`` or ``auto:A,B``: the dossier is chosen per article."""
    return bool(spec) and (spec == AUTO or str(spec).startswith(AUTO + ":"))
MAX_WORDS = 4  # longest name looked up as one phrase ("Mohammed bin Abdulrahman Al Thani" starts one)
ISSUE_WEIGHT = 0.5  # an issue term counts half an actor name: vocabulary is shared more than names
DEFAULT_LEAD = 2.0  # another dossier must beat the default by this much (a few incidental names do not)


@dataclass(frozen=True)
class DossierScore:
    """How well one dossier fits an article: distinctive actor and issue evidence."""

    dossier: str
    actors: float = 0.0
    issues: float = 0.0
    evidence: tuple[str, ...] = field(default=())

    @property
    def total(self) -> float:
        return self.actors + ISSUE_WEIGHT * self.issues


@lru_cache(maxsize=16)
def _linker(name: str) -> Linker:
    return Linker(load_dossier(name))


@lru_cache(maxsize=32)
def _matcher(name: str, lang: str) -> IssueMatcher:
    return IssueMatcher(load_issues(name), lang, load_exclusions(name, lang))


def _actor_hits(linker: Linker, tokens: list[str], date: str | None) -> Counter[str]:
    """Actors named in ``tokens``: longest phrase first, left to right, no overlaps."""
    found: Counter[str] = Counter()
    i = 0
    while i < len(tokens):
        for n in range(min(MAX_WORDS, len(tokens) - i), 0, -1):
            ws = tokens[i : i + n]
            if n == 1 and not ws[0][:1].isupper():
                continue  # a lone lower-case word is vocabulary, not a name
            link = linker.lookup(ws, date)
            if link is not None and link.in_dossier:
                found[link.actor] += 1
                i += n
                break
        else:
            i += 1
    return found


def score_dossiers(text: str, lang: str, candidates: Sequence[str], date: str | None = None) -> list[DossierScore]:
    """Scores of ``candidates`` (shipped names or paths) for one article, in the candidates' order."""
    tokens = words(text)
    dossiers: list[Dossier] = [load_dossier(c) for c in candidates]
    hits = [_actor_hits(_linker(c), tokens, date) for c in candidates]
    listed = Counter(name for d in dossiers for name in {a.name for a in d.actors})
    spans = [_matcher(c, lang).find(text, 0, len(text)) for c in candidates]
    scores = []
    for cand, found, issue_hits in zip(candidates, hits, spans):
        actors = sum((1 + math.log(count)) / listed[actor] for actor, count in found.items())
        issues = 0.0
        for hit in issue_hits:
            if hit.weak:
                continue
            sharing = sum(1 for other in spans if any(h.start < hit.end and hit.start < h.end for h in other))
            issues += 1 / max(sharing, 1)
        distinctive = sorted((a for a in found if listed[a] == 1), key=lambda a: -found[a])
        scores.append(DossierScore(cand, round(actors, 3), round(issues, 3), tuple(distinctive[:5])))
    return scores


def choose_dossier(text: str, lang: str, candidates: Sequence[str] | None = None,
                   date: str | None = None) -> DossierScore:
    """The best-matching dossier among ``candidates`` (default: every shipped dossier); ties and
    articles without distinctive evidence keep the first candidate."""
    names = list(candidates) if candidates else shipped_dossiers()
    scores = score_dossiers(text, lang, names, date)
    best = scores[0]
    for score in scores[1:]:
        if score.total > max(best.total, scores[0].total + DEFAULT_LEAD):
            best = score
    return best


def candidates_for(spec: str | None, default: str) -> list[str]:
    """Candidate dossiers of a ``--dossier`` value: ``auto`` → the default first, then every other
    shipped dossier; ``auto:a,b`` → those (names or paths); anything else → just that dossier."""
    if spec is None or spec == "":
        return [default]
    if spec == AUTO:
        return [default, *(d for d in shipped_dossiers() if d != default)]
    if spec.startswith(AUTO + ":"):
        return [c.strip() for c in spec[len(AUTO) + 1 :].split(",") if c.strip()]
    return [spec]
