"""Coordinated names in one phrase (*Merz und Macron*, *Trump, Putin and Xi*): the conjuncts, when
each names a different actor, so each can be linked on its own."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Protocol

from parley.model import UNKNOWN_ACTOR


class Linker(Protocol):
    """What ``conjuncts`` needs of ``parley.actors.linker.Linker`` (no import: linker uses this module)."""

    def lookup(self, words: list[str], date: Any) -> Any: ...

    def link(self, surface: str, lang: str | None, date: Any) -> Any: ...

    def _strip_determiners(self, words: list[str]) -> list[str]: ...

_COORD_RE = re.compile(r"\s*,\s*(?:(?:und|and|sowie)\s+)?|\s+(?:und|and|sowie|&)\s+")
_NAMING = {"actor", "name", "role", "metonym", "new"}  # link kinds that name an actor


def conjuncts(linker: Linker, surface: str, lang: str | None,
              date: str | dt.date | None) -> list[tuple[int, int]]:
    """Character ranges of the conjuncts of ``surface`` when it coordinates two or more names of
    different actors; ``[]`` otherwise (*Staats- und Regierungschefs*, *Bosnien und Herzegowina*,
    *Peskow, Putins Sprecher*)."""
    seps = list(_COORD_RE.finditer(surface))
    if not seps:
        return []
    bounds = [0, *(x for m in seps for x in (m.start(), m.end())), len(surface)]
    parts = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    if any(start >= end for start, end in parts) or any(surface[m.start() - 1] == "-" for m in seps):
        return []
    if linker.lookup(linker._strip_determiners(surface.split()), date) is not None:
        return []  # the whole phrase is one name
    actors = []
    for start, end in parts:
        link = linker.link(surface[start:end], lang, date)
        if link.kind not in _NAMING or link.actor in (None, UNKNOWN_ACTOR) or (
                link.kind == "new" and len(link.actor.split()) < 2):  # "Bosnien", "Trinidad": not sure
            return []
        actors.append(link.actor)
    return parts if len(set(actors)) == len(actors) else []
