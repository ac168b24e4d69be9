"""Article register of the offices persons are named with (*Kremlsprecher Dmitri Peskow*, *Olena
Marchuk, Beraterin des Präsidenten*, *Taoiseach Micheál Martin*): a later role noun
(*der Sicherheitsberater*, *the Taoiseach*, *Der Diplomat*) means the person the article named with
that office, before any holder of the office in the dossier."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parley.actors.names import stem_word, words
from parley.model import Span

_TITLE_BEFORE = re.compile(r"((?:[\w’'.-]+ ){1,4})$")  # up to four words right before the name
_APPOSITION_AFTER = re.compile(r",\s+((?:[\w’'.-]+\s+){0,9}?[\w’'.-]+)\s*(?=,)")  # ", … ," after the name
_MIN_HEAD = 5  # shortest office word compared by its ending (Sprecher ~ Kremlsprecher)


@dataclass(frozen=True)
class Entry:
    start: int
    keys: frozenset[str]
    actor: str


STOP = frozenset(
    "der die das des dem den ein eine einer eines einem the a an of von vom his her its their sein seine "
    "seines seiner seinem ihr ihre ihres ihrem and und for für".split()
)


def build(text: str, named: list[tuple[Span, str]], stop: frozenset[str] = STOP) -> list[Entry]:
    """An entry for every person named with office words right before or in an apposition after."""
    out = []
    for span, actor in named:
        found: list[str] = []
        line_start = max(text.rfind("\n", 0, span.start), text.rfind(".", 0, span.start)) + 1
        before = _TITLE_BEFORE.search(text, line_start, span.start)
        if before:  # "Berater des Präsidenten Selenskyj": only the words after the last article
            ws = words(before.group(1))
            cut = max((i + 1 for i, w in enumerate(ws) if w.lower() in stop), default=0)
            found += ws[cut:]
        after = _APPOSITION_AFTER.match(text, span.end)
        if after:  # ", außenpolitischer Berater des Präsidenten,": the words before the first article
            ws = words(after.group(1))
            cut = next((i for i, w in enumerate(ws) if w.lower() in stop and i > 0), len(ws))
            found += ws[:cut]
        keys = frozenset(k for w in found if len(k := stem_word(w)) >= 3 and w.lower() not in stop
                         and not w[:1].isdigit())
        if keys:
            out.append(Entry(span.start, keys, actor))
    return out


def _fits(head: str, key: str) -> bool:
    if head == key:
        return True
    short, long = sorted((head, key), key=len)
    return len(short) >= _MIN_HEAD and long.endswith(short)


def lookup(register: list[Entry], surface: str, before: int, stop: frozenset[str] = STOP) -> str | None:
    """The one person named (before ``before``) with the office the role noun ``surface`` names by its
    last word; None when nobody or several persons were."""
    if "'s " in surface or "’s " in surface:
        return None  # "the president's chief of staff": someone's office holder, not a named title
    content = [stem_word(w) for w in words(surface) if w.lower() not in stop]
    if not content:
        return None
    head = content[-1]
    hits = [e for e in register if e.start < before and any(_fits(head, k) for k in e.keys)]
    # an office several persons were named with (*president*) is left to coreference
    return hits[-1].actor if hits and len({e.actor for e in hits}) == 1 else None
