"""Positions stage: actor × issue × stance with evidence (``positions.rules``, ``positions.learned``)."""

from parley.positions.rules import RulePositions, Settings
from parley.registry import component


@component("positions.rules")
def make_rules(dossier: str = "russia_ukraine", **config: object) -> RulePositions:
    return RulePositions(dossier, **config)


@component("positions.learned")
def make_learned(dossier: str = "russia_ukraine", **config: object):  # type: ignore[no-untyped-def]
    from parley.positions.learned import LearnedPositions

    return LearnedPositions(dossier, **config)  # type: ignore[arg-type]


__all__ = ["RulePositions", "Settings"]
