"""Positions stage: actor × issue × stance with evidence (``positions.rules``, ``positions.learned``)."""

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


@component("positions.learned")
def make_learned(dossier: str = "russia_ukraine", **config: object):  # type: ignore[no-untyped-def]
    from parley.positions.learned import LearnedPositions

    return LearnedPositions(dossier, **config)  # type: ignore[arg-type]


__all__ = ["RulePositions", "Settings"]
