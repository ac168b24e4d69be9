"""Collapse wire copies and rewrites: the same statement or position relayed by several outlets
becomes one record whose ``sources`` list every relaying article (so repetition is not counted as
new evidence, but its spread stays visible).

Two records are the same when they agree on speaker (and issue/stance for positions) and either come
from copies of one article (``duplicate_of`` chains) or carry near-identical normalised text.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

from parley.analysis.records import PositionRecord, SourceRef, StatementRecord, date_key

R = TypeVar("R", PositionRecord, StatementRecord)
_WORD = re.compile(r"\w+")
SIMILARITY = 0.8  # word-set Jaccard above which two quotes are the same utterance


def normalise(text: str | None) -> tuple[str, ...]:
    """Lower-cased, accent-free word sequence of ``text``."""
    if not text:
        return ()
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return tuple(_WORD.findall(folded))


def near_identical(a: Sequence[str], b: Sequence[str], threshold: float = SIMILARITY) -> bool:
    """Same utterance: equal word sequences, one containing the other (≥ 5 words), or word-set
    Jaccard ≥ ``threshold``."""
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= 5 and " ".join(short) in " ".join(long_):
        return True
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) >= threshold


def root_articles(records: Sequence[PositionRecord | StatementRecord]) -> dict[str, str]:
    """Map each article id to the first article of its ``duplicate_of`` chain."""
    parent = {r.article_id: r.duplicate_of for r in records}

    def root(article: str) -> str:
        seen = {article}
        while parent.get(article) and parent[article] not in seen:
            article = parent[article]  # type: ignore[assignment]
            seen.add(article)
        return article

    return {a: root(a) for a in parent}


def _collapse(records: Sequence[R], group_key: Callable[[R], Hashable], wording: Callable[[R], str | None]) -> list[R]:
    roots = root_articles(records)
    groups: dict[Hashable, list[R]] = defaultdict(list)
    for rec in records:
        groups[group_key(rec)].append(rec)
    merged: list[R] = []
    for members in groups.values():
        clusters: list[list[R]] = []
        for rec in sorted(members, key=lambda r: (date_key(r.date), r.article_id)):
            words = normalise(wording(rec))
            for cluster in clusters:
                head = cluster[0]
                if any(roots[r.article_id] == roots[rec.article_id] and r.article_id != rec.article_id
                       for r in cluster) or near_identical(normalise(wording(head)), words):
                    cluster.append(rec)
                    break
            else:
                clusters.append([rec])
        for cluster in clusters:
            head = cluster[0]
            refs: list[SourceRef] = []
            for rec in cluster:
                for ref in rec.sources or [rec.ref]:
                    if ref not in refs:
                        refs.append(ref)
            head.sources = refs
            merged.append(head)
    merged.sort(key=lambda r: (date_key(r.date), r.article_id, r.start or 0))
    return merged


def collapse_positions(records: Sequence[PositionRecord]) -> list[PositionRecord]:
    """One record per distinct position; wire copies/rewrites go into ``sources``."""
    return _collapse(records, lambda r: (r.actor, r.issue, r.stance), lambda r: r.quote or r.evidence)


def collapse_statements(records: Sequence[StatementRecord]) -> list[StatementRecord]:
    """One record per distinct utterance (same speaker, near-identical quote)."""
    return _collapse(records, lambda r: r.speaker or "UNKNOWN", lambda r: r.quote)
