"""German cue lexicon: verbs of saying (with separable particles), reporting phrases, role nouns."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class CueVerb:
    """One verb of saying; ``base`` is the finite stem lemma of a separable verb ("fügen")."""

    lemma: str
    particle: str
    medium: str
    takes: str
    prep: str

    @property
    def base(self) -> str:
        return self.lemma[len(self.particle) :] if self.particle else self.lemma


@dataclass(frozen=True)
class CueLexicon:
    verbs: dict[str, CueVerb]  # by full lemma
    by_base: dict[str, list[CueVerb]]  # separable verbs by base lemma
    pre: tuple[tuple[str, ...], ...]  # "laut", "nach angaben von" (longest first)
    post: frozenset[str]  # "zufolge"
    frame: frozenset[str]  # "so"
    roles: tuple[str, ...]
    nouns: frozenset[str]  # lemmas of cue nouns ("Ansicht", "Forderung")

    @property
    def pre_by_first(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        return _index_by_first(self.pre)

    def verb(self, lemma: str) -> CueVerb | None:
        return self.verbs.get(lemma.lower())

    def separable(self, base: str) -> list[CueVerb]:
        return self.by_base.get(base.lower(), [])

    def is_role(self, word: str) -> bool:
        low = word.lower()
        return any(low.endswith(role) for role in self.roles)


@lru_cache(maxsize=8)
def _index_by_first(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        index.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}  # longest first


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("parley.quotes.de").joinpath("data", name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _words(name: str) -> list[str]:
    text = resources.files("parley.quotes.de").joinpath("data", name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def anchor_verbs() -> dict[str, str]:
    """Speaker-setting verbs (lemma → separable particle or "") of ``data/anchors_de.tsv``."""
    return {row["lemma"]: row["particle"] or "" for row in _rows("anchors_de.tsv")}


@lru_cache(maxsize=1)
def german_lexicon() -> CueLexicon:
    verbs: dict[str, CueVerb] = {}
    by_base: dict[str, list[CueVerb]] = {}
    for row in _rows("cues_de.tsv"):
        verb = CueVerb(row["lemma"], row["particle"] or "", row["medium"], row["takes"], row["prep"] or "")
        verbs[verb.lemma] = verb
        if verb.particle:
            by_base.setdefault(verb.base, []).append(verb)
    phrases = _rows("reporting_de.tsv")
    pre = sorted((tuple(r["words"].split()) for r in phrases if r["kind"] == "pre"), key=len, reverse=True)
    return CueLexicon(
        verbs=verbs,
        by_base=by_base,
        pre=tuple(pre),
        post=frozenset(r["words"] for r in phrases if r["kind"] == "post"),
        frame=frozenset(r["words"] for r in phrases if r["kind"] == "frame"),
        roles=tuple(_words("roles_de.txt")),
        nouns=frozenset(w.lower() for w in _words("cue_nouns_de.txt")),
    )
