"""Positions stage: actor × issue × stance with evidence (``positions.rules``)."""

from parley.positions.rules import RulePositions, Settings
from parley.registry import component


@component("positions.rules")
def make_rules(dossier: str = "russia_ukraine", **config: object) -> RulePositions:
    return RulePositions(dossier, **config)


__all__ = ["RulePositions", "Settings"]
