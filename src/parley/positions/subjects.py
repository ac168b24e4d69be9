"""Who holds a position found in a sentence: the speaker of the statement it sits in, or the
subject mention of a narrative sentence (linked mentions from the actors stage, else the dossier
linker on capitalised name candidates)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from parley.model import UNKNOWN_ACTOR, Article, Mention, Statement
from parley.positions.lexicon import load_lexicon

NAME_RE = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w\-]*(?:\s+(?:von\s+der\s+)?[A-ZÄÖÜ][\w\-]*)*")
# a demonym adjective with an official noun: "die ukrainische Führung", "the Ukrainian leadership"
OFFICIAL_RE = re.compile(r"(?<![\w-])(?:[a-zäöü]\w*isch(?:e|en|er)?|[A-Z]\w*(?:ian|ese|ish))\s+[A-Za-zÄÖÜ][\w-]*")
COORD_RE = re.compile(r"^\s*(?:,|und|and|sowie|as well as)\s*(?:die|der|das|the)?\s*$", re.IGNORECASE)
PRONOUN_LABEL = "PRON"
# A mention right after a preposition, or a genitive after a noun ("Beitritt der Ukraine"), is no subject.
OBLIQUE_RE = re.compile(
    r"(?:\b(?:für|mit|von|vom|in|im|an|am|auf|gegen|über|zu|zum|zur|nach|aus|bei|beim|um|unter|zwischen|"
    r"gegenüber|ohne|seitens|laut|durch|wegen|trotz|mit|for|with|to|of|in|on|at|against|from|by|about|"
    r"between|into|towards|without|than|including)(?:\s+(?:der|die|das|den|dem|des|the|a|an))?"
    r"|[a-zäöüß]\w*\s+(?:der|des|of the|of))\s+$",
    re.IGNORECASE,
)
# A sentence-initial "Für Moskau ist X …", "For Kyiv, X is …" names whose view the sentence gives.
FOR_TOPIC_RE = re.compile(r"^\W*(?:für|for)\s+(?:die|den|das|the\s+)?\s*$", re.IGNORECASE)
GENITIVE_RE = re.compile(r"[A-ZÄÖÜ][\w-]*\s+(?:der|des)\s+$")
# German accusative/dative articles: "hatte den US-Präsidenten …", "mit dem Kreml"
OBJECT_ARTICLE_RE = re.compile(r"(?<!\w)(?:den|dem|einen|einem|ihren|ihrem|seinen|seinem)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
SUBJECT_WINDOW = 90  # how far before a cue a narrative subject may stand (characters)
PASSIVE_RE = re.compile(r"\b(?:wurde|wurden|worden|was|were|been|being)\b", re.IGNORECASE)
AGENT_RE = re.compile(r"\b(?:von|vom|by|seitens)\s+(?:der|dem|den|the)?\s*$", re.IGNORECASE)
SENTENCE_SUBJECT = 25  # a sentence-initial actor (within this many characters) is its subject
INVERTED_WINDOW = 30  # subject after the finite verb: "schlug Merz … vor", "hatte Putin"


@dataclass(frozen=True)
class Holder:
    actor: str
    start: int
    end: int


@lru_cache(maxsize=4)
def _linker(dossier: str) -> Any | None:
    try:
        from parley.actors.linker import Linker

        return Linker(dossier)
    except Exception:  # noqa: BLE001 - actors stage not available: narrative positions need mentions
        return None


def _usable(actor: str | None) -> bool:
    return bool(actor) and actor != UNKNOWN_ACTOR


def statement_at(doc: Article, start: int, end: int) -> Statement | None:
    """The innermost statement whose quote, cue or frame covers ``[start, end)``."""
    best: Statement | None = None
    for st in doc.statements:
        parts = st.quote_parts or [st.quote]
        spans = [*parts, *(s for s in (st.cue, st.frame) if s is not None)]
        if any(s.start <= start and end <= s.end for s in spans):
            if best is None or len(st.quote) < len(best.quote):
                best = st
    return best


def quote_at(doc: Article, start: int, end: int) -> Statement | None:
    """The innermost statement whose quote covers ``[start, end)``."""
    inside = [st for st in doc.statements if in_quote(st, start, end)]
    return min(inside, key=lambda st: len(st.quote)) if inside else None


def in_quote(st: Statement, start: int, end: int) -> bool:
    return any(s.start <= start and end <= s.end for s in (st.quote_parts or [st.quote]))


class SubjectFinder:
    """Finds the actor mention that is the subject of a stance cue in a sentence."""

    def __init__(self, doc: Article, dossier: str, lang: str) -> None:
        self.doc = doc
        self.lang = lang  # resolved by the pipeline
        self.mentions: list[Mention] = sorted(
            (m for m in doc.mentions if _usable(m.actor)), key=lambda m: m.span.start
        )
        self.linker = _linker(dossier)

    def _candidates(self, start: int, end: int) -> list[Holder]:
        """Linked mentions in the range, plus dossier actors named where no mention was linked."""
        found = [
            Holder(m.actor, m.span.start, m.span.end)  # type: ignore[arg-type]
            for m in self.mentions
            if start <= m.span.start and m.span.end <= end
        ]
        # a mention spanning others ("Merz und Macron" linked as one actor) yields to the inner ones
        found = [h for h in found if not any(o is not h and h.start <= o.start and o.end <= h.end
                                             and (o.end - o.start) < (h.end - h.start) for o in found)]
        if self.linker is None:
            return found
        official = [m for m in OFFICIAL_RE.finditer(self.doc.text, start, end)]
        for m in [*official, *NAME_RE.finditer(self.doc.text, start, end)]:
            if any(h.start < m.end() and m.start() < h.end for h in found):
                continue
            link = self.linker.link(m.group(), self.doc.lang, self.doc.date, allow_new=False)
            if link.in_dossier and _usable(link.actor):
                found.append(Holder(link.actor, m.start(), m.end()))
        return sorted(found, key=lambda h: h.start)

    def _oblique(self, holder: Holder, sent_start: int) -> bool:
        """Not a subject: after a preposition, a genitive, an object article (German), or part of a
        compound ("US-Vorschlag", "Nato-Gipfel")."""
        text = self.doc.text
        left = text[max(sent_start, holder.start - 40) : holder.start]
        if re.match(r"-\w", text[holder.end : holder.end + 2]) or left.endswith("-"):
            return True
        if re.search(r"[’']s?$", text[holder.start : holder.end]) or re.match(r"[’']s?\b", text[holder.end : holder.end + 2]):
            return True  # a possessor ("NATO's security", "Russia’s demands") is no subject
        if FOR_TOPIC_RE.match(text[sent_start : holder.start]) and re.match(r",?\s+(?:ist|sei|sind|seien|bleibt|bleibe|is|are|remains|remain)\b|,", text[holder.end : holder.end + 12]):
            return False  # "Für Moskau ist ein Nato-Beitritt eine rote Linie"
        if self.doc.lang != "en" and OBJECT_ARTICLE_RE.search(left):
            return True
        return bool(OBLIQUE_RE.search(left) or GENITIVE_RE.search(left))

    def subjects(self, sent_start: int, sent_end: int, cue_start: int, cue_end: int,
                 avoid: Sequence[tuple[int, int]] = (), named_only: bool = False) -> list[Holder]:
        """Subject(s) of the cue: the nearest actor mention before it in the clause, else one right
        after the finite verb; coordinated subjects (``A, B und C``) are all returned. Mentions inside
        ``avoid`` spans (issue terms) and oblique mentions (after prepositions, genitives) are skipped."""
        cands = [c for c in self._candidates(sent_start, sent_end)
                 if not any(a <= c.start < b for a, b in avoid) and not self._oblique(c, sent_start)]
        if named_only:
            cands = [c for c in cands if not self._is_pronoun(c)]
        # object control: "urged Kyiv to cede", "would require Ukraine to give up" (not the subject)
        cands = [c for c in cands if not (re.fullmatch(r"\s+to\s+", self.doc.text[c.end:cue_start])
                                          and re.search(r"\b(?!the\b)[a-z]{3,}\b", self.doc.text[sent_start:c.start]))]
        before = [c for c in cands if c.end <= cue_start and cue_start - c.end <= SUBJECT_WINDOW
                  and not re.search(r"[;:]", self.doc.text[c.end:cue_start])]
        passive = PASSIVE_RE.search(self.doc.text, sent_start, sent_end)
        agents = [c for c in self._candidates(sent_start, sent_end) if passive
                  and AGENT_RE.search(self.doc.text[max(sent_start, c.start - 20) : c.start])
                  and abs(c.start - cue_start) <= SUBJECT_WINDOW]
        if agents:  # "wurde von Moskau zurückgewiesen", "was rejected by the Kremlin"
            return agents[:1]
        # the subject after the finite verb only in German (V2 inversion: "schlug Merz … vor")
        after = [c for c in cands if cue_start <= c.start and c.start - cue_start <= INVERTED_WINDOW
                 and self.doc.lang != "en"]
        if not before and not after:
            # coordinated verb phrases share the sentence subject: "Putin hatte X zurückgewiesen und
            # seine Forderungen nach Y erneuert"
            before = [c for c in cands if c.end <= cue_start and c.start - sent_start <= SENTENCE_SUBJECT
                      and not re.search(r"[,;:]", self.doc.text[sent_start : c.start])][:1]
        if before:
            head = before[-1]
            aux = load_lexicon(self.lang).auxiliaries
            if aux is not None:
                marked = [c for c in before if aux.match(self.doc.text, c.end + 1, c.end + 20)
                          and self.doc.text[c.end : c.end + 1] == " "]
                head = marked[-1] if marked else head
            group = [head]
            for prev in reversed(before[: before.index(head)]):
                if COORD_RE.match(self.doc.text[prev.end:group[0].start]):
                    group.insert(0, prev)
                else:
                    break
            return group
        return after[:1]

    def owner(self, sent_start: int, sent_end: int, cue_start: int, cue_end: int) -> Holder | None:
        """The actor a nominal cue belongs to: "Forderungen von Kremlchef Putin", "Putins Forderung"."""
        text = self.doc.text
        for cand in self._candidates(sent_start, sent_end):
            between = text[cue_end : cand.start]
            if cand.start >= cue_end and re.fullmatch(r"\s+(?:von|des|der|seitens)\s+(?:[\w-]+\s+){0,2}", between):
                return cand
            if cand.end <= cue_start and re.fullmatch(r"s?[’']?\s+(?:[\w-]+\s+)?", text[cand.end : cue_start]) \
                    and text[cand.end : cand.end + 1] in ("s", "’", "'"):
                return cand
        return None

    def same_side(self, actor: str, speaker: str | None) -> bool:
        """Whether ``actor`` is the speaker or the speaker's own state/organisation (a president
        speaking of his country speaks for himself: "die Ukraine werde … nicht zustimmen")."""
        if not speaker or actor == speaker:
            return actor == speaker
        current, seen = speaker, {speaker}
        while self.linker is not None:  # follow the affiliation chain: Peskov → Kremlin → Russia
            spec = self.linker.actor(current)
            current = getattr(spec, "affiliation", None) if spec is not None else None
            if current is None or current in seen:
                return False
            if current == actor:
                return True
            seen.add(current)
        return False

    def _is_pronoun(self, holder: Holder) -> bool:
        return any(m.span.start == holder.start and m.label == PRONOUN_LABEL for m in self.mentions)


NAME_WORD = re.compile(r"^[A-ZÄÖÜÁÉÓÚČŠŽŁ][\w'’.-]*$")
PARTICLES = {"von", "van", "der", "de", "da", "di", "du", "la", "le", "bin", "al", "ibn", "zu", "dos", "del"}


def holder_ok(actor: str, dossier: str) -> bool:
    """Whether an actor may hold a position: a dossier actor that is no media outlet, or a clean
    person name outside the dossier (two to four capitalised words, none of them a dossier person's
    surname on its own, so fragments like "Putin Trump" or a lone "Königreich" fall out)."""
    linker = _linker(dossier)
    if linker is None:
        return _usable(actor)
    spec = linker.actor(actor)
    if spec is not None:  # no outlets, and no delegations (their members or their state hold positions)
        return getattr(spec, "type", None) != "media" and not re.search(r"(?i)delegation", actor)
    full = linker.link(actor, None, None, allow_new=False)
    if full.in_dossier and _usable(full.actor):  # a spelling variant of a dossier actor
        return holder_ok(full.actor, dossier) if full.actor != actor and linker.actor(full.actor) else True
    words = actor.split()
    if not 2 <= len(words) <= 4 or not all(NAME_WORD.match(w) or w in PARTICLES for w in words):
        return False
    if any(w.casefold() in _org_words() for w in words):
        return False
    known = [linker.link(w, None, None, allow_new=False) for w in words if w not in PARTICLES]
    return not any(k.in_dossier and k.actor and k.actor != actor for k in known)


@lru_cache(maxsize=1)
def _org_words() -> frozenset[str]:
    """Words that mark an organisation, body or outlet rather than a person ("US delegation")."""
    from importlib import resources

    text = resources.files("parley.positions").joinpath("data", "non_person_words.txt").read_text("utf-8")
    return frozenset(w.strip().casefold() for w in text.splitlines() if w.strip() and not w.startswith("#"))
