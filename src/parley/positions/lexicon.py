"""Stance lexicons (``data/stance_<lang>.yaml``) compiled into regular expressions.

Phrase syntax: whole words, matched case-insensitively; ``word*`` allows any continuation of the
word; ``...`` is a short gap inside the clause (separable verbs: ``lehnt ... ab``); ``re:`` starts a
raw regular expression.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from parley.yamlfile import load_yaml

GAP = r"[^.;:!?\"„“”»«]{0,150}?"
STANCE_ORDER = ("purpose", "precondition", "condition", "renounce", "offer", "oppose", "support")
# Cue kinds that are not stances: the issue in the precondition clause is required (support), the
# other issues of the sentence are conditional on it (condition). ``precondition`` markers open the
# precondition clause ("erst nach X"), ``purpose`` markers follow it ("X sei erforderlich, damit Y").
PRECONDITION, PURPOSE = "precondition", "purpose"
RENOUNCE = "renounce"  # giving something up: an offer, or opposition when demanded of others


def phrase_regex(phrase: str) -> str:
    """The regular expression for one lexicon phrase (see the module docstring)."""
    if phrase.startswith("re:"):
        return phrase[3:]
    parts: list[str] = []
    for word in phrase.split():
        if word == "...":
            parts.append(GAP)
            continue
        star = word.endswith("*")
        body = re.escape(word.rstrip("*"))
        parts.append(r"(?<!\w)" + body + (r"\w*" if star else r"(?!\w)"))
    pattern = parts[0]
    for prev, part in zip(parts, parts[1:]):
        if part == GAP:
            pattern += r"\s" + part
        elif prev == GAP:
            pattern += part
        else:
            pattern += r"[\s,]+" + part
    return pattern


def compile_phrases(phrases: list[str]) -> re.Pattern[str] | None:
    """One alternation of all phrases, longest first so the longest match wins at a position."""
    if not phrases:
        return None
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile("|".join(f"(?:{phrase_regex(p)})" for p in ordered), re.IGNORECASE)


@dataclass(frozen=True)
class Cue:
    stance: str
    start: int
    end: int
    negation_inside: bool = False  # the cue phrase itself contains a negator ("schloss … nicht aus")


@dataclass
class StanceLexicon:
    lang: str
    cues: dict[str, list[tuple[re.Pattern[str], bool]]]
    negators: re.Pattern[str] | None
    inverters: re.Pattern[str] | None
    hedges: re.Pattern[str] | None
    questions: re.Pattern[str] | None
    claims: re.Pattern[str] | None
    hypothetical: re.Pattern[str] | None = None
    auxiliaries: re.Pattern[str] | None = None
    modals: re.Pattern[str] | None = None
    ignore: re.Pattern[str] | None = None
    not_negation: re.Pattern[str] | None = None
    deontic: re.Pattern[str] | None = None
    offer_conditions: re.Pattern[str] | None = None
    anaphors: re.Pattern[str] | None = None
    cessations: re.Pattern[str] | None = None
    readiness: re.Pattern[str] | None = None
    conditional: re.Pattern[str] | None = None

    def find_cues(self, text: str, start: int, end: int) -> list[Cue]:
        """Stance cues in ``text[start:end]``; overlapping cues resolved by ``STANCE_ORDER``."""
        found: list[Cue] = []
        blocked = [(m.start(), m.end()) for m in self.ignore.finditer(text, start, end)] if self.ignore else []
        found.extend(Cue("ignore", a, b) for a, b in blocked)
        for stance in STANCE_ORDER:
            for pattern, negated in self.cues.get(stance, []):
                for m in pattern.finditer(text, start, end):
                    if m.end() > m.start() and not any(c.start < m.end() and m.start() < c.end for c in found):
                        found.append(Cue(stance, m.start(), m.end(), negated))
        return sorted((c for c in found if c.stance != "ignore"), key=lambda c: c.start)


def _pattern(data: dict, key: str) -> re.Pattern[str] | None:
    return compile_phrases([str(p) for p in data.get(key) or []])


def _cue_patterns(phrases: list[str], negators: set[str]) -> list[tuple[re.Pattern[str], bool]]:
    """Phrases with a built-in negator first (they win over the plain ones they overlap)."""
    with_neg = [p for p in phrases if negators & set(p.casefold().split())]
    plain = [p for p in phrases if p not in with_neg]
    return [(pat, neg) for pat, neg in ((compile_phrases(with_neg), True), (compile_phrases(plain), False)) if pat]


@lru_cache(maxsize=8)
def concession_issues(dossier: str) -> frozenset[str]:
    """Issues whose proposition is a concession (``concession: true`` in the dossier's issues)."""
    from parley.dossier import load_issues

    return frozenset(i["id"] for i in load_issues(dossier) if i.get("concession"))


@lru_cache(maxsize=8)
def load_lexicon(lang: str) -> StanceLexicon:
    """The shipped lexicon for ``lang`` (the language the pipeline resolved)."""
    name = f"stance_{lang}.yaml"
    data = load_yaml(resources.files("parley.positions").joinpath("data", name).read_text("utf-8"))
    negators = {str(n).casefold() for n in data.get("negators") or []}
    return StanceLexicon(
        lang=lang,
        cues={stance: _cue_patterns([str(p) for p in data["cues"].get(stance) or []], negators) for stance in STANCE_ORDER},
        negators=_pattern(data, "negators"),
        inverters=_pattern(data, "inverters"),
        hedges=_pattern(data, "hedges"),
        questions=_pattern(data, "questions"),
        claims=_pattern(data, "claims"),
        hypothetical=_pattern(data, "hypothetical"),
        auxiliaries=_pattern(data, "auxiliaries"),
        modals=_pattern(data, "modals"),
        ignore=_pattern(data, "ignore"),
        not_negation=_pattern(data, "not_negation"),
        deontic=_pattern(data, "deontic"),
        offer_conditions=_pattern(data, "offer_conditions"),
        anaphors=_pattern(data, "anaphors"),
        cessations=_pattern(data, "cessations"),
        readiness=_pattern(data, "readiness"),
        conditional=_pattern(data, "conditional"),
    )
