"""Positions stage: actor × issue × stance with evidence (``positions.rules``)."""

from dataclasses import fields

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


__all__ = ["RulePositions", "Settings"]
