"""Merge policies combining rule and learned statements (parley.quotes.merge)."""

from __future__ import annotations

import pytest

from parley.model import Span, Statement
from parley.quotes.merge import merge

RULES = [
    Statement("direct", Span(0, 30), cue=Span(32, 37), source="rules"),
    Statement("indirect", Span(50, 90), cue=Span(40, 45), source="rules"),
]
LEARNED = [
    Statement("direct", Span(2, 28), source="learned"),  # overlaps the rule direct quote
    Statement("indirect", Span(55, 95), cue=Span(40, 45), source="learned"),  # overlaps the rule indirect
    Statement("indirect", Span(120, 160), cue=Span(110, 115), source="learned"),  # new, framed
    Statement("free_indirect", Span(200, 240), source="learned"),  # new, no cue or speaker
]


def spans(statements: list[Statement]) -> list[tuple[int, int, str]]:
    return [(s.quote.start, s.quote.end, s.source) for s in statements]


@pytest.mark.parametrize(
    ("policy", "expected"),
    [
        pytest.param("rules", [(0, 30, "rules"), (50, 90, "rules")], id="rules_only"),
        pytest.param(
            "union",
            [(0, 30, "rules"), (50, 90, "rules"), (120, 160, "learned"), (200, 240, "learned")],
            id="union_adds_non_overlapping_learned",
        ),
        pytest.param(
            "fill",
            [(0, 30, "rules"), (50, 90, "rules"), (120, 160, "learned")],
            id="fill_needs_cue_or_speaker",
        ),
        pytest.param(
            "learned_indirect",
            [(0, 30, "rules"), (55, 95, "learned"), (120, 160, "learned"), (200, 240, "learned")],
            id="learned_indirect_replaces_rule_indirect",
        ),
    ],
)
def test_merge_policies(policy: str, expected: list[tuple[int, int, str]]) -> None:
    assert spans(merge(RULES, LEARNED, policy)) == expected


def test_unknown_policy():
    with pytest.raises(ValueError):
        merge(RULES, LEARNED, "vote")


def test_fill_speech_drops_learned_reported_and_free_indirect():
    learned = [
        *LEARNED[:3],
        Statement("indirect", Span(200, 240), cue=Span(195, 199), source="learned"),
        Statement("reported", Span(300, 340), cue=Span(295, 299), source="learned"),
    ]
    assert spans(merge(RULES, learned, "fill_speech")) == [
        (0, 30, "rules"),
        (50, 90, "rules"),
        (120, 160, "learned"),
        (200, 240, "learned"),
    ]


def test_learned_first_policies():
    assert spans(merge(RULES, LEARNED, "learned")) == [
        (s.quote.start, s.quote.end, "learned") for s in LEARNED
    ]
    assert spans(merge(RULES, LEARNED[2:], "learned_union")) == [
        (0, 30, "rules"),
        (50, 90, "rules"),
        (120, 160, "learned"),
        (200, 240, "learned"),
    ]
