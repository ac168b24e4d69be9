"""The linker's language vocabulary (``actors/data/lexicon.yaml``), stemmed for matching."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from parley.actors.names import plain, stem_key, stem_word
from parley.yamlfile import load_yaml

MIN_COMPOUND = 4  # shortest noun stem matched as the last part of a German compound
MEMO_LIMIT = 200_000  # remembered word answers before the memo starts afresh (bounded memory)


def _all_langs(section: dict) -> dict:
    """Merge the per-language entries of a lexicon section (lists or mappings)."""
    merged: dict = {}
    for entries in section.values():
        if isinstance(entries, dict):
            merged.update(entries)
        else:
            merged.update(dict.fromkeys(entries, None))
    return merged


@dataclass(frozen=True)
class Lexicon:
    determiners: frozenset[str]
    source_prepositions: frozenset[str]  # "aus", "from": dropped before a source phrase
    pronouns: dict[str, str]  # plain phrase → gender spec (m, f, pl, f|pl, any)
    possessed_sources: frozenset[str]  # plain nouns: "seinen Worten" stands for "er"
    institution_nouns: frozenset[str]  # plain nouns: "the ministry" refers back to a ministry
    role_nouns: dict[str, str]  # stem → gender
    officials: frozenset[str]  # stems
    anonymous: frozenset[str]  # stems
    titles: frozenset[str]  # stems
    demonstratives: frozenset[str]  # plain phrases
    common_words: frozenset[str]  # plain words not scanned as one-word mentions
    female_names: frozenset[str]
    male_names: frozenset[str]
    particles: frozenset[str]
    nationality_nouns: dict[str, str]  # plain noun → gender, countries outside the dossier
    # per table (by field name): compound-closing nouns → their position in the table, and past answers
    _tails: dict[str, dict[str, int]] = field(default_factory=dict, compare=False, repr=False)
    _found: dict[tuple[str, str], str | None] = field(default_factory=dict, compare=False, repr=False)

    def _suffix_lookup(self, stem: str, which: str) -> str | None:
        """``stem`` if listed in table ``which``, else the first listed noun (>= MIN_COMPOUND letters,
        one word) that ends it as the last part of a compound, else ``None``."""
        key = (which, stem)
        if key not in self._found:
            table: frozenset[str] | dict[str, str] = getattr(self, which)
            if which not in self._tails:
                self._tails[which] = {n: i for i, n in enumerate(table) if len(n) >= MIN_COMPOUND and " " not in n}
            tails = self._tails[which]
            ends = [stem[k:] for k in range(len(stem)) if stem[k:] in tails]
            if len(self._found) >= MEMO_LIMIT:
                self._found.clear()
            self._found[key] = stem if stem in table else min(ends, key=tails.__getitem__, default=None)
        return self._found[key]

    def role_noun(self, word: str) -> str | None:
        """Gender of a generic role noun (also as a compound's last part), else ``None``."""
        found = self._suffix_lookup(stem_word(word), "role_nouns")
        return None if found is None else self.role_nouns[found]

    def role_phrase(self, phrase: str) -> str | None:
        """Gender of a multi-word generic role noun such as ``prime minister``."""
        return self.role_nouns.get(stem_key(phrase))

    def is_official(self, word: str) -> bool:
        return self._suffix_lookup(stem_word(word), "officials") is not None

    def is_anonymous(self, word: str) -> bool:
        return self._suffix_lookup(stem_word(word), "anonymous") is not None

    def is_title(self, word: str) -> bool:
        return stem_word(word) in self.titles or self.role_noun(word) is not None

    def first_name_gender(self, name: str) -> str | None:
        """``m``/``f`` for a first name (lists of exceptions, else the -a/-e rule); ``None`` if unsure."""
        first = plain(name.split()[0]) if name.split() else ""
        if len(first) < 3 or not first.isalpha():
            return None
        if first in self.female_names:
            return "f"
        if first in self.male_names:
            return "m"
        return "f" if first.endswith(("a", "e")) else "m"

    def is_determiner(self, word: str) -> bool:
        return plain(word) in self.determiners


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    text = resources.files("parley.actors").joinpath("data/lexicon.yaml").read_text(encoding="utf-8")
    raw = load_yaml(text)
    names = load_yaml(resources.files("parley.actors").joinpath("data/first_names.yaml").read_text(encoding="utf-8"))
    stems = lambda key: frozenset(stem_key(w) for w in _all_langs(raw[key]))  # noqa: E731
    return Lexicon(
        determiners=frozenset(plain(w) for w in _all_langs(raw["determiners"])),
        source_prepositions=frozenset(plain(w) for w in _all_langs(raw["source_prepositions"])),
        pronouns={plain(k): str(v) for k, v in _all_langs(raw["pronouns"]).items()},
        possessed_sources=frozenset(plain(w) for w in _all_langs(raw["possessed_sources"])),
        institution_nouns=frozenset(plain(w) for w in _all_langs(raw["institution_nouns"])),
        role_nouns={stem_key(k): str(v) for k, v in _all_langs(raw["role_nouns"]).items()},
        officials=stems("official_nouns"),
        anonymous=stems("anonymous"),
        titles=stems("titles"),
        demonstratives=frozenset(plain(w) for w in raw["demonstratives"]),
        common_words=frozenset(plain(w) for w in raw["common_words"]),
        female_names=frozenset(plain(w) for w in names["female"]),
        male_names=frozenset(plain(w) for w in names["male"]),
        particles=frozenset(raw["name_particles"]),
        nationality_nouns={plain(noun): national_gender(noun, lang)
                           for lang, nouns in raw["nationality_nouns"].items() for noun in nouns},
    )


def national_gender(noun: str, lang: str) -> str:
    """German nouns for female nationals end in -in (*Polin*, *Estin*); English ones are neutral."""
    if lang == "de":
        return "f" if noun.endswith("in") else "m"
    return "f" if noun.endswith("woman") else "m" if noun.endswith("man") else "any"
