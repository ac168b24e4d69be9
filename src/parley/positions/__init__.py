"""Positions stage: actor × issue × stance with evidence (``positions.rules``, ``positions.learned``)."""

from dataclasses import fields

from parley.positions.learned import SETTINGS as LEARNED_SETTINGS
from parley.positions.learned import LearnedPositions
from parley.positions.rules import RulePositions, Settings
from parley.context import PipelineContext
from parley.registry import component


@component(
    "positions.rules",
    requires=("statements.speaker_actor", "mentions"),
    assigns=("positions",),
    settings={f.name: f.default for f in fields(Settings)},
)
def make_rules(ctx: PipelineContext, **settings: object) -> RulePositions:
    return RulePositions(ctx, **settings)


@component(
    "positions.learned",
    requires=("statements.speaker_actor", "mentions"),
    assigns=("positions",),
    settings={**{f.name: f.default for f in fields(Settings)}, **LEARNED_SETTINGS},
)
def make_learned(ctx: PipelineContext, **settings: object) -> LearnedPositions:
    return LearnedPositions(ctx, **settings)  # type: ignore[arg-type]


__all__ = ["LearnedPositions", "RulePositions", "Settings"]
