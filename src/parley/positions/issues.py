"""Issue vocabularies (the dossier's ``issues``) compiled into matchers over sentence text.

Term syntax (see ``dossiers/<name>/issues.yaml``): ``*term`` may close a German compound, ``~term``
is weak (dropped when another issue has an ordinary term in the same sentence); inflectional endings
after a term are allowed; ``patterns`` are raw regular expressions. Contexts in which a term names
no issue ("auf ukrainischem Territorium", "plans to") are each issue's ``exclusions`` in the dossier.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from parley.dossier import load_issues

SHORT_TERM = 6  # German terms shorter than this allow only short endings (Krim ≠ Kriminalität)
# Characters whose case-insensitive regex matching differs from ``str.lower`` (dotted/dotless i, long s,
# micro sign, Greek, ligatures): text containing them skips the literal pre-filter below.
_UNSAFE_FOLD = re.compile("[\u0130\u0131\u017f\u00b5\u0345\u0370-\u03ff\u1e9b\u1f00-\u1fff\ufb05\ufb06]")


@dataclass(frozen=True)
class IssueHit:
    issue: str
    start: int
    end: int
    weak: bool = False
    strength: int = 0  # length of the matched vocabulary entry (ties: the more specific term wins)


def term_needle(term: str) -> str | None:
    """The longest literal piece every match of ``term`` contains (lower-cased), for a quick pre-filter."""
    pieces = [p for w in term.lstrip("~*").split() for p in w.split("-") if p]
    needle = max(pieces, key=len, default="").lower()
    return needle if needle and not _UNSAFE_FOLD.search(needle) else None


def term_regex(term: str, lang: str) -> str:
    body = term.lstrip("~*")
    compound = term.lstrip("~").startswith("*")
    words = [re.escape(w) for w in re.split(r"[\s]+", body)]
    core = r"\s+".join(words).replace(r"\-", r"[-\s]?")
    if lang == "en":
        ending = r"(?:s|es|ed|d|ing)?(?!\w)"
    else:
        ending = r"\w{0,3}(?!\w)" if len(body) < SHORT_TERM else r"\w*"
    prefix = r"(?<![\w-])[\w-]*?" if compound else r"(?<!\w)"
    return prefix + core + ending


@dataclass
class _Entry:
    issue: str
    regex: re.Pattern[str]
    weak: bool
    strength: int
    pattern: bool = False
    needle: str | None = None  # literal every match contains (lower-cased); ``None``: always search


class IssueMatcher:
    """Finds issue vocabulary in text for one language."""

    def __init__(self, issues: list[dict[str, Any]], lang: str,
                 exclusions: dict[str, list[str]] | None = None) -> None:
        self.lang = lang
        self.exclusions = {issue: re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE)
                           for issue, pats in (exclusions or {}).items() if pats}
        self.entries: list[_Entry] = []
        for issue in issues:
            terms = (issue.get("terms") or {}).get(lang, []) + (issue.get("terms") or {}).get("any", [])
            for term in terms:
                self.entries.append(
                    _Entry(issue["id"], re.compile(term_regex(term, lang), re.IGNORECASE), term.startswith("~"),
                           len(term.lstrip("~*")), needle=term_needle(term))
                )
            for pattern in ((issue.get("patterns") or {}).get(lang) or []):
                self.entries.append(_Entry(issue["id"], re.compile(pattern, re.IGNORECASE), False, 0, True))
        self._last: tuple[str, int, int, tuple[IssueHit, ...], tuple[IssueHit, ...]] | None = None
        self.ids = [issue["id"] for issue in issues]
        # bare words listed as weak stay weak when a compound entry ("*truppen") matches them alone
        self.weak_words = {
            (issue["id"], term.lstrip("~*").casefold())
            for issue in issues
            for term in (issue.get("terms") or {}).get(lang, []) + (issue.get("terms") or {}).get("any", [])
            if term.startswith("~")
        }

    def _matches(self, text: str, start: int, end: int) -> tuple[list[IssueHit], list[IssueHit]]:
        """All term hits and pattern hits in ``text[start:end]`` (fresh lists; the last range's
        result is kept, as callers ask for the same sentence twice)."""
        last = self._last
        if last is not None and last[0] is text and last[1] == start and last[2] == end:
            return list(last[3]), list(last[4])
        raw: list[IssueHit] = []
        by_pattern: list[IssueHit] = []
        excluded = {issue: [(m.start(), m.end()) for m in rx.finditer(text, start, end)]
                    for issue, rx in self.exclusions.items()}
        span = text[start:end]
        low = None if _UNSAFE_FOLD.search(span) else span.lower()
        for e in self.entries:
            if low is not None and e.needle is not None and e.needle not in low:
                continue  # the term's literal part is absent: no match possible
            for m in e.regex.finditer(text, start, end):
                if any(a < m.end() and m.start() < b for a, b in excluded.get(e.issue, ())):
                    continue  # the term in a context where it names no issue
                if m.end() > m.start():
                    weak = e.weak or (e.issue, m.group().casefold()) in self.weak_words
                    (by_pattern if e.pattern else raw).append(IssueHit(e.issue, m.start(), m.end(), weak, e.strength))
        self._last = (text, start, end, tuple(raw), tuple(by_pattern))
        return raw, by_pattern

    def find(self, text: str, start: int, end: int,
             region: Callable[[int, int], object] | None = None) -> list[IssueHit]:
        """Non-overlapping issue mentions in ``text[start:end]``, weak ones filtered: a weak term is
        dropped when another issue is named plainly in the same region (``region`` maps a span to
        its region, e.g. the quote holding it; by default the whole range is one region)."""
        raw, by_pattern = self._matches(text, start, end)
        raw.sort(key=lambda h: (h.weak, -(h.end - h.start), -h.strength, h.start))
        chosen: list[IssueHit] = []
        for hit in raw:
            if not any(c.start < hit.end and hit.start < c.end for c in chosen):
                chosen.append(hit)
        for hit in by_pattern:  # patterns are strong: they replace the issue's own overlapping hits
            same = [c for c in chosen if c.issue == hit.issue and c.start < hit.end and hit.start < c.end]
            if any(not c.weak and c.start <= hit.start and hit.end <= c.end for c in same):
                continue
            chosen = [c for c in chosen if c not in same] + [hit]
        key = region or (lambda a, b: None)
        strong = {(key(h.start, h.end), h.issue) for h in chosen if not h.weak}
        kept = [h for h in chosen if not h.weak
                or not {i for r, i in strong if r == key(h.start, h.end)} - {h.issue}]
        return sorted(kept, key=lambda h: h.start)


@lru_cache(maxsize=8)
def load_exclusions(dossier: str, lang: str) -> dict[str, list[str]]:
    """Per issue, the regular expressions of contexts where its terms name no issue (the dossier's
    ``exclusions`` of each issue, for ``lang``)."""
    return {
        issue["id"]: [str(p) for p in (issue.get("exclusions") or {}).get(lang) or []]
        for issue in load_issues(dossier)
        if (issue.get("exclusions") or {}).get(lang)
    }


@lru_cache(maxsize=16)
def issue_matcher(dossier: str, lang: str) -> IssueMatcher:
    return IssueMatcher(load_issues(dossier), lang, load_exclusions(dossier, lang))
