"""Placeholder quotation components (replaced by the rule and learned components)."""

from parley.model import Article
from parley.registry import component


class Noop:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Article) -> Article:
        return doc


for _name in ("quotes.de", "quotes.en", "quotes.channels"):
    component(_name)(lambda _n=_name: Noop(_n))
