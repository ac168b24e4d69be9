"""Positions stage: actor x issue x stance with evidence."""

from parley.model import Article
from parley.registry import component


class _Noop:
    name = "positions.rules"

    def __init__(self, dossier: str = "russia_ukraine") -> None:
        self.dossier = dossier

    def __call__(self, doc: Article) -> Article:
        return doc


component("positions.rules")(_Noop)
