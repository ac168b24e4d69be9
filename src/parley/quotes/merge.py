"""Combine rule-based and learned statements under one merge policy.

Policies: ``rules`` (rules only), ``union`` (learned statements added where no rule statement
overlaps them), ``fill`` (as ``union`` but only learned statements with a cue or speaker),
``fill_speech`` (as ``fill`` but no learned ``reported``/``free_indirect`` statements: the WikiNews
"Reported" type is not a statement in the news schema), ``learned_indirect`` (direct quotes from
the rules, indirect speech from the learned tagger, rule indirect statements kept where the tagger
found nothing overlapping), ``learned_union`` (the learned statements plus rule statements that
overlap none of them), ``learned`` (the tagger alone).
"""

from __future__ import annotations

from parley.model import Span, Statement

POLICIES = ("rules", "union", "fill", "fill_speech", "learned_indirect", "learned_union", "learned")
SPEECH_KINDS = {"direct", "indirect"}
MIN_FILL_CHARS = 20  # shorter learned quotes ("habe Putin") are fragments of a mis-linked frame


def _overlaps(st: Statement, others: list[Statement]) -> bool:
    return any(st.quote.overlaps(o.quote) for o in others)


def _fills(st: Statement) -> bool:
    """A learned statement fit to fill a gap: framed (cue or speaker) and not a stray fragment."""
    return (st.cue is not None or st.speaker is not None) and len(st.quote) >= MIN_FILL_CHARS


def merge(rules: list[Statement], learned: list[Statement], policy: str) -> list[Statement]:
    """The statements to keep; rule statements win every overlap except under ``learned_indirect``."""
    if policy not in POLICIES:
        raise ValueError(f"unknown merge policy {policy!r}; choose one of {', '.join(POLICIES)}")
    if policy == "rules":
        return list(rules)
    if policy == "learned":
        return sorted(learned, key=_start)
    if policy == "learned_union":
        return sorted(list(learned) + [s for s in rules if not _overlaps(s, learned)], key=_start)
    if policy == "learned_indirect":
        direct = [s for s in rules if s.kind == "direct"]
        inner = [s for s in learned if s.kind != "direct" and not _overlaps(s, direct)]
        kept = [s for s in rules if s.kind != "direct" and not _overlaps(s, inner)]
        return sorted(direct + inner + kept, key=_start)
    extra = [s for s in learned if not _overlaps(s, rules) and (policy == "union" or _fills(s))]
    if policy == "fill_speech":
        extra = [s for s in extra if s.kind in SPEECH_KINDS]
    return sorted(list(rules) + extra, key=_start)


def _start(st: Statement) -> tuple[int, int]:
    span: Span = st.quote
    return span.start, span.end
