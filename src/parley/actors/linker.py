"""Link a surface mention (*Selenskyjs*, *der Kremlchef*, *US-Kreise*, *Moskau*) to a canonical actor.

``Linker(dossier).resolve(surface, lang, date)`` returns the canonical actor name, ``UNKNOWN`` for
anonymous sources, a normalised full name for persons outside the dossier, or ``None`` when the
surface needs coreference (pronouns, generic role nouns) or names nobody. ``link`` returns the
full ``Link`` record with the kind of match, gender and constraints used by coreference.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass

from parley.actors.coordination import conjuncts
from parley.dossier import ActorSpec, Dossier, load_dossier
from parley.dossiers import DEFAULT_DOSSIER
from parley.actors.lexicon import MEMO_LIMIT, Lexicon, load_lexicon, national_gender
from parley.actors.names import (
    display_name,
    edit_distance,
    english_letters,
    english_transliteration,
    exact_key,
    plain,
    spell_word,
    spelling_key,
    stem_key,
    stem_word,
    words,
)
from parley.model import UNKNOWN_ACTOR

OTHER_COUNTRY = "(other country)"
_DEMONYM_RE = re.compile(r"^[a-zäöü]\w+isch(?:e[nrms]?)?$|^[A-Z]\w+(?:ian|an|ese|ish|i)$")
_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_DET_GENDER = {"der": "m", "die": "f|pl", "the": "any", "he": "m"}
_ROMAN = re.compile(r"[IVX]+")
_LINK_WORDS = {"des", "der", "of", "the", "von", "vom", "am", "beim", "and", "und", "für", "for"}
_PLACE_WORDS = {"in", "im", "aus", "at", "from", "nach"}
_NATIONAL_DETERMINERS = {"der", "die", "the"}  # nominative singular: "die Polen" is the country
# East Slavic surname endings in German and English spelling: only such surnames alone are matched
# against the dossier with a spelling difference (Umarov ~ Umerov, not Schulz ~ Scholz)
_TRANSLITERATED = re.compile(r"(?:o[vw]|e[vw]|o[vw]a|e[vw]a|sk[iy]j?|skyi|enko|[tc]?s?chuk|[iy]t?sch|[iy]ch)s?$")
_NAME_WORDS = 4  # longest person name, not counting particles (bin, al, von, de …)  # "… des Weißen Hauses in Washington"


@dataclass(frozen=True)
class Link:
    """How a surface was linked. ``kind``: name, role, metonym, official, anonymous, new, pronoun,
    role_noun (the last two need coreference: ``actor`` is ``None``) or none."""

    actor: str | None
    kind: str
    in_dossier: bool = False
    gender: str | None = None  # of the actor, or required of the antecedent (pronoun/role noun)
    affiliation: str | None = None  # antecedent constraint ("der polnische Präsident")
    head: str | None = None  # role noun stem, for antecedent compatibility

    @property
    def needs_coref(self) -> bool:
        return self.kind in ("pronoun", "role_noun")


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """``YYYY-MM-DD`` or ``YYYY-MM`` (mid-month) or ``YYYY`` (mid-year); ``None`` if unparseable."""
    if value is None or isinstance(value, dt.date):
        return value
    parts = str(value)[:10].split("-")
    try:
        if len(parts) >= 3:
            return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
        if len(parts) == 2:
            return dt.date(int(parts[0]), int(parts[1]), 15)
        return dt.date(int(parts[0]), 7, 1)
    except ValueError:
        return None


def _first_letter(key: str) -> str:
    return key[:1]


class Linker:
    """Alias, role, metonym and surname indexes over one dossier."""

    def __init__(self, dossier: Dossier | str = DEFAULT_DOSSIER) -> None:
        self.dossier = load_dossier(dossier) if isinstance(dossier, str) else dossier
        self.lex: Lexicon = load_lexicon()
        self._exact: dict[str, list[tuple[str, str]]] = defaultdict(list)  # key → [(kind, target)]
        self._stem: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self._surname: dict[str, list[str]] = defaultdict(list)  # stem of surname → persons
        self._first: dict[str, set[str]] = defaultdict(set)  # person → first-name keys
        self._modifier: dict[str, list[str]] = defaultdict(list)  # stem → non-person actors
        self._roles = {r.id: r for r in self.dossier.roles}
        self._role_heads: dict[str, set[str]] = defaultdict(set)  # role id → head-noun stems
        self._nationals: dict[str, tuple[str, str]] = {}  # plain noun → (state, gender): "Polin"
        self._exact_heads: set[str] = set()  # first words of the keys in ``_exact`` and ``_stem``
        self._stem_heads: set[str] = set()
        self._no_match: dict[str, bool] = {}  # first word → ``_cannot_match`` (reset by ``_add``)
        self._near: dict[tuple[str, ...], str | None] = {}  # name words → nearly same-spelt dossier person
        self._persons: list[tuple[list[str], str]] | None = None  # spelling keys of dossier persons' names
        self._build()

    # -- index ---------------------------------------------------------------------------------------
    def _strip_determiners(self, ws: list[str]) -> list[str]:
        while len(ws) > 1 and self.lex.is_determiner(ws[0]):
            ws = ws[1:]
        return ws

    def _add(self, name: str, kind: str, target: str, translit: bool = True) -> None:
        ws = self._strip_determiners(words(name))
        if not ws:
            return
        phrase = " ".join(ws)
        keys = [(self._exact, spelling_key(phrase)), (self._stem, stem_key(phrase))]
        if not translit and len(ws) == 1:
            keys = [(self._exact, exact_key(phrase))]
        for index, key in keys:
            if (kind, target) not in index[key]:
                index[key].append((kind, target))
            (self._exact_heads if index is self._exact else self._stem_heads).add(key.split(" ")[0])
        self._no_match.clear()

    def _build(self) -> None:
        for actor in self.dossier.actors:
            for name in actor.names():
                self._add(name, "actor", actor.name, translit=actor.type == "person")
                ws = words(name)
                if actor.type == "person" and len(ws) >= 2 and not _ROMAN.fullmatch(ws[-1]):
                    surname = stem_word(ws[-1])  # (a regnal number is no surname: *Abdullah II*)
                    if actor.name not in self._surname[surname]:
                        self._surname[surname].append(actor.name)
                    self._first[actor.name].add(spell_word(ws[0]))
                elif actor.type not in ("person", "media") and len(ws) == 1 and len(ws[0]) >= 2:
                    self._modifier[stem_word(ws[0])].append(actor.name)
            for name in [n for names in actor.demonyms.values() for n in names]:
                self._modifier[stem_word(name)].append(actor.name)
            for lang, nouns in actor.nationals.items():
                for noun in nouns:  # "Pole" is German and English: keep the German gender
                    if self._nationals.get(plain(noun), ("", "any"))[1] == "any":
                        self._nationals[plain(noun)] = (actor.name, national_gender(noun, lang))
        for met in self.dossier.metonyms:
            for name in [n for names in met.names.values() for n in names]:
                self._add(name, "metonym", met.actor)
                ws = self._strip_determiners(words(name))
                if len(ws) == 1:
                    self._modifier[stem_word(ws[0])].append(met.actor)
        for role in self.dossier.roles:
            for name in [n for names in role.names.values() for n in names]:
                self._add(name, "role", role.id)
                ws = words(name)
                if len(ws) == 3 and ws[1].lower() == "top":  # "Russian top diplomat" = "top Russian diplomat"
                    self._add(f"top {ws[0]} {ws[2]}", "role", role.id)
                head = self._head_of(words(name))
                if head:
                    self._role_heads[role.id].add(head)

    def _head_of(self, ws: list[str]) -> str | None:
        """Stem of the head noun of a role name: the last role noun before a genitive/"of" phrase."""
        head = None
        for w in ws:
            if plain(w) in _LINK_WORDS and head:
                break
            if self.lex.role_noun(w) is not None:
                head = stem_word(w)
        return head

    # -- helpers -------------------------------------------------------------------------------------
    def actor(self, name: str) -> ActorSpec | None:
        return self.dossier.actor(name)

    def gender(self, name: str | None) -> str | None:
        """Dossier gender; for a person outside the dossier named with first and last name, the
        gender of the first name."""
        spec = self.dossier.actor(name) if name else None
        if spec is None:
            return self.lex.first_name_gender(name) if name and len(name.split()) >= 2 else None
        if spec.gender:
            return spec.gender
        return "pl" if spec.type == "group" else None

    def _date(self, date: str | dt.date | None) -> dt.date | None:
        return parse_date(date) or self.dossier.default_date

    def role_holder(self, role_id: str, date: str | dt.date | None) -> str | None:
        return self._roles[role_id].holder_on(self._date(date))

    def roles_held(self, actor: str, date: str | dt.date | None = None) -> list[str]:
        """Ids of the roles ``actor`` holds on ``date`` (any time when ``date`` is ``None``)."""
        day = parse_date(date)
        return [
            r.id for r in self.dossier.roles
            if any(h.actor == actor and (day is None or h.holds_on(day)) for h in r.holders)
        ]

    def belongs_to(self, actor: str) -> set[str]:
        """The actor, its affiliation and that one's affiliation, and its nationality."""
        spec = self.actor(actor)
        out = {actor}
        if spec is None:
            return out
        parent = self.actor(spec.affiliation) if spec.affiliation else None
        out |= {a for a in (spec.affiliation, parent.affiliation if parent else None, spec.nationality) if a}
        return out

    def head_compatible(self, actor: str, head: str | None, date: str | dt.date | None) -> bool:
        """Whether ``actor`` has held an office whose name contains the role noun ``head``."""
        if not head:
            return True
        return any(head in self._role_heads[r] for r in self.roles_held(actor))

    def _pick(self, candidates: list[tuple[str, str]], date: str | dt.date | None) -> tuple[str, str] | None:
        """Resolve a list of index hits to (kind, actor): roles by date, actors preferring active ones."""
        resolved: list[tuple[str, str]] = []
        for kind, target in candidates:
            actor = self.role_holder(target, date) if kind == "role" else target
            if actor and (kind, actor) not in resolved:
                resolved.append((kind, actor))
        if not resolved:
            return None
        kinds = {"actor": 0, "metonym": 1, "role": 2}
        resolved.sort(key=lambda item: kinds[item[0]])
        if len({a for _, a in resolved}) > 1:
            active = [item for item in resolved if self.roles_held(item[1], self._date(date))]
            if active:
                return active[0]
        return resolved[0]

    def _cannot_match(self, first: str) -> bool:
        """Whether no index key starts with the keys of the phrase's first word (then no key matches)."""
        known = self._no_match.get(first)
        if known is None:
            if len(self._no_match) >= MEMO_LIMIT:
                self._no_match.clear()
            known = self._no_match[first] = self._first_word_unknown(first)
        return known

    def _first_word_unknown(self, first: str) -> bool:
        found = words(first)
        if not found:
            return False
        heads = (spell_word(found[0]), exact_key(found[0]), stem_word(found[0]))
        if any(" " in h for h in heads):
            return False  # a key word with a space inside: the quick test would not be exact
        return heads[0] not in self._exact_heads and heads[1] not in self._exact_heads and heads[2] not in self._stem_heads

    def _match_phrase(self, ws: list[str], date: str | dt.date | None) -> tuple[str, str] | None:
        if ws and self._cannot_match(ws[0]):
            return None
        phrase = " ".join(ws)
        keys = ((self._exact, spelling_key(phrase)), (self._exact, exact_key(phrase)), (self._stem, stem_key(phrase)))
        for index, key in keys:
            hit = self._pick(index.get(key, []), date)
            if hit:
                return hit
        return None

    def _match_surname(self, ws: list[str], date: str | dt.date | None) -> str | None:
        """``Putin``/``Putins`` or ``Wladimir Putin`` (first name compatible) via the surname index."""
        if not ws[-1][:1].isupper():
            return None
        persons = self._surname.get(stem_word(ws[-1]), [])
        if not persons:
            return None
        before = len(ws) - 2
        while before >= 0 and ws[before].lower() in self.lex.particles:
            before -= 1  # "Bart De Wever", "De Wever": particles belong to the surname
        if before >= 0 and ws[before][:1].isupper() and not self.lex.is_title(ws[before]) and not self._modifier.get(
            stem_word(ws[before])
        ):
            first = spell_word(ws[before])
            persons = [
                p for p in persons
                if first in self._first[p] or any(_first_letter(f) == _first_letter(first) for f in self._first[p])
            ]
        if len(persons) > 1:
            active = [p for p in persons if self.roles_held(p, self._date(date))]
            persons = active or persons
        return persons[0] if persons else None

    def _institution(self, ws: list[str], date: str | dt.date | None) -> str | None:
        """The government/institution an unnamed official speaks for: an institution named after a
        link word (*a spokesperson for the Chinese foreign ministry*), else the last resolvable modifier."""
        for start in range(1, len(ws) - 1):
            if plain(ws[start - 1]) in _LINK_WORDS | _PLACE_WORDS:
                tail = self._strip_determiners(ws[start:])
                hit = self._match_phrase(tail, date) or next(
                    (h for v in self._demonym_variants(tail) if (h := self._match_phrase(v, date))), None)
                spec = self.actor(hit[1]) if hit else None
                if spec is not None and spec.type in ("organisation", "state") and len(tail) >= 2:
                    return spec.name
        runs: list[list[str]] = [[]]
        for position, w in enumerate(ws):
            if plain(w) in _PLACE_WORDS and position:
                if self._institution_runs(runs, date) is not None:
                    break  # a place after the institution ("in Washington") only helps if nothing else did
                runs.append([])
                continue
            if self.lex.is_official(w) or plain(w) in _LINK_WORDS or self.lex.is_determiner(w):
                runs.append([])
            else:
                runs[-1].append(w)
        found = self._institution_runs(runs, date)
        if found is None:  # the official noun itself may name one ("a senior administration official")
            found = self._institution_runs([[w] for w in ws if self.lex.is_official(w)], date)
        return found

    def _institution_runs(self, runs: list[list[str]], date: str | dt.date | None) -> str | None:
        found = None
        for run in [r for r in runs if r]:
            actor = self._run_actor(run, date)
            spec = self.actor(actor) if actor else None
            if actor is not None and (found is None or spec is None or spec.type != "media"):
                found = actor if spec is None or spec.type != "person" else spec.affiliation or actor
        return found

    def _run_actor(self, run: list[str], date: str | dt.date | None) -> str | None:
        """The actor named inside a run of words: longest matching sub-phrase, surname, or demonym."""
        for size in range(len(run), 0, -1):
            for start in range(len(run) - size + 1):
                part = run[start : start + size]
                if size == 1 and len(part[0]) < 2:
                    continue
                hit = self._match_phrase(part, date)
                if hit:
                    return hit[1]
        for w in run:
            person = self._match_surname([w], date) if len(w) > 2 else None
            mods = self._modifier.get(stem_word(w)) or self._modifier.get(stem_word(w.removesuffix("er")))
            if person or mods:
                return person or mods[0]
        return None

    def _affiliation_of(self, ws: list[str]) -> str | None:
        for w in ws:
            mods = self._modifier.get(stem_word(w))
            if mods:
                return mods[0]
        return None

    def introduction(self, before: list[str]) -> tuple[str | None, str | None]:
        """(affiliation, role head) from the words introducing a person outside the dossier
        (*der kroatische Regierungschef* Andrej Plenković → OTHER_COUNTRY, ``regierungschef``)."""
        ws = before[-4:]
        head_word = next((w for w in reversed(ws) if self.lex.role_noun(w)), None)
        modifiers = ws[: ws.index(head_word)] if head_word else ws
        cut = [i for i, w in enumerate(modifiers)
               if self.lex.is_determiner(w) or plain(w) in _PLACE_WORDS | _LINK_WORDS]
        modifiers = modifiers[cut[-1] + 1 :] if cut else modifiers  # not "in Brasília den Präsidenten"
        affiliation = self._affiliation_of(modifiers)
        if affiliation is None and any(_DEMONYM_RE.search(w) for w in modifiers):
            affiliation = OTHER_COUNTRY
        return affiliation, stem_key(head_word) if head_word else None

    def _role_by_head(self, head: str, affiliation: str, date: str | dt.date | None) -> str | None:
        """The unique holder of an office named by ``head`` among actors affiliated with ``affiliation``."""
        day = self._date(date)
        holders = {
            r.holder_on(day) for r in self.dossier.roles
            if head in self._role_heads[r.id]
        }
        matches = [a for a in holders if a and (spec := self.actor(a)) and spec.affiliation == affiliation]
        return matches[0] if len(matches) == 1 else None

    def _prefix_word(self, word: str) -> bool:
        """Words that may precede a name without being part of it (titles, roles, demonyms)."""
        return (not word[:1].isupper() or self.lex.is_title(word) or self.lex.is_determiner(word)
                or bool(self._modifier.get(stem_word(word))) or bool(self._stem.get(stem_word(word))))

    def _is_name_like(self, ws: list[str]) -> bool:
        return 1 <= len(ws) <= 4 and all(
            w[:1].isupper() or w in self.lex.particles for w in ws
        ) and ws[0][:1].isupper() and not any(w.isdigit() for w in ws)

    # -- API -----------------------------------------------------------------------------------------
    def link(self, surface: str, lang: str | None = None, date: str | dt.date | None = None,
             *, allow_new: bool = True) -> Link:
        """Link ``surface`` as written in a text of language ``lang`` dated ``date``."""
        raw = words(surface)
        if len(raw) > 1 and plain(raw[0]) in self.lex.source_prepositions:  # "aus Kiew", "from Moscow"
            raw = raw[1:]
            surface = _slice_words(surface, raw)
        if (parts := conjuncts(self, surface, lang, date)):  # "Merz und Macron": the first one
            return self.link(surface[parts[0][0] : parts[0][1]], lang, date, allow_new=allow_new)
        det = plain(raw[0]) if raw else ""
        ws = self._strip_determiners(raw)
        if not ws:
            return Link(None, "none")
        whole = plain(" ".join(raw))
        if len(raw) == 2 and plain(raw[1]) in self.lex.possessed_sources and plain(raw[0]) in self.lex.pronouns:
            whole = plain(raw[0])  # "seinen Worten zufolge", "in her words": the possessor
        if len(ws) >= 2 and plain(ws[-1]) in self.lex.possessed_sources and _saxon(ws[-2]):
            owner = [*ws[:-2], _saxon(ws[-2])]  # "the Kremlin's statement", "Moscow's summary": the owner
            found = self.link(" ".join(owner), lang, date, allow_new=allow_new)
            if found.actor is not None or found.needs_coref:
                return found
        if whole in self.lex.pronouns:
            head = "demonstrative" if whole in self.lex.demonstratives else None
            return Link(None, "pronoun", gender=self.lex.pronouns[whole], head=head)
        national = self._link_national(raw, det)
        if national is not None:
            return national
        found = self._link_known(ws, date)
        if found is None and any(self.lex.is_official(w) for w in ws) and not self._named_official(ws):
            institution = self._institution(ws, date) or (self._compound_source(ws[0], date) if len(ws) == 1 else None)
            found = self._link_actor(institution, "official") if institution else None
        if found is None and (place := next((k for k, w in enumerate(ws) if k and plain(w) in _PLACE_WORDS), 0)):
            head = self._link_known(ws[:place], date)  # "der Kreml in Moskau": the institution before the place
            found = head if head is not None and head.actor else None
        found = found or self._link_role_noun(ws, det, date)
        return found or self._link_unknown(surface, ws, det, lang, allow_new)

    def _link_known(self, ws: list[str], date: str | dt.date | None) -> Link | None:
        """A dossier actor, role or metonym: the whole phrase, a name at its end, or a surname."""
        hit = self._match_phrase(ws, date) or next(
            (h for v in self._demonym_variants(ws) if (h := self._match_phrase(v, date))), None)
        if hit:
            return self._link_actor(hit[1], hit[0])
        for start in range(1, len(ws)):
            hit = self._match_phrase(ws[start:], date)
            spec = self.actor(hit[1]) if hit else None
            prefix = ws[:start]
            if spec is not None and (spec.type == "person" or (  # "die Nachrichtenagentur Interfax"
                all(self._prefix_word(w) and not self.lex.is_official(w) for w in prefix)
                and any(self.lex.is_title(w) for w in prefix)
            )):
                return self._link_actor(spec.name, "name")
        for start in range(len(ws)):
            if start and not self._prefix_word(ws[start - 1]):
                break
            person = self._match_surname(ws[start:], date)
            if person:
                return self._link_actor(person, "name")
        return None

    def _link_national(self, raw: list[str], det: str) -> Link | None:
        """*der Pole*, *die Estin*, *the Hungarian*: a person of that nationality, by coreference."""
        if det not in _NATIONAL_DETERMINERS or len(raw) < 2 or len(raw) > 4:
            return None
        noun = plain(raw[-1])
        found = self._nationals.get(noun) or (
            (OTHER_COUNTRY, self.lex.nationality_nouns[noun]) if noun in self.lex.nationality_nouns else None)
        if found is None or any(w[:1].isupper() and not w[0].isdigit() for w in raw[1:-1]):
            return None
        return Link(None, "role_noun", gender=found[1], affiliation=found[0])

    def _named_official(self, ws: list[str]) -> bool:
        """An official noun directly followed by a person's name (*government spokesman Adam Szlapka*):
        the person speaks, not the institution."""
        name = self._trailing_name(ws)
        start = len(ws) - len(name)
        return (len(name) >= 2 and start > 0 and self.lex.is_official(ws[start - 1])
                and self._match_phrase(name, None) is None
                and not any(self._modifier.get(stem_word(w)) or self.lex.is_official(w) for w in name))

    def _demonym_variants(self, ws: list[str]) -> list[list[str]]:
        """*Chinas Außenministerium* → *chinesisch Außenministerium*, *Polens Präsident* → *polnisch
        Präsident*: a country's name (genitive) replaced by its adjectives, to match offices and
        institutions named with the adjective. Inflection is ignored by the stem index."""
        if len(ws) < 2 or not ws[0][:1].isupper() or self._modifier.get(stem_word(ws[1])):
            return []
        variants = []
        for actor in self._modifier.get(stem_word(ws[0]), []):
            spec = self.actor(actor)
            if spec is not None and spec.type == "state":
                variants += [[d, *ws[1:]] for names in spec.demonyms.values() for d in names if d.islower()]
        return variants

    def _link_role_noun(self, ws: list[str], det: str, date: str | dt.date | None) -> Link | None:
        """A generic role noun (*der Diplomat*, *der polnische Präsident*): an office holder found by
        nationality, else left to coreference with its gender, nationality and head noun."""
        before_link = ws[: next((i for i, w in enumerate(ws) if i and plain(w) in _LINK_WORDS), len(ws))]
        head_word = next((w for w in reversed(before_link) if self.lex.role_noun(w)), None)
        if head_word is None and self.lex.role_phrase(" ".join(ws[-2:])):
            head_word = " ".join(ws[-2:])
        if head_word is None or det not in self.lex.determiners and self.lex.is_anonymous(head_word):
            return None  # no role noun, or "Diplomaten", "Experten" without article: an anonymous group
        gender = self.lex.role_noun(head_word) or self.lex.role_phrase(head_word) or "any"
        if gender == "any":
            gender = _DET_GENDER.get(det, "any")
        head = stem_key(head_word)
        modifiers = ws[: ws.index(head_word.split()[0])]
        affiliation = self._affiliation_of(modifiers)
        if affiliation is None and any(_DEMONYM_RE.search(w) for w in modifiers):
            affiliation = OTHER_COUNTRY  # "der venezolanische Präsident": nobody of the dossier
        holder = self._role_by_head(head, affiliation, date) if affiliation else None
        if holder:
            return self._link_actor(holder, "role")
        if _names_left(ws, head_word, self):
            return None
        return Link(None, "role_noun", gender=gender, affiliation=affiliation, head=head)

    def _link_unknown(self, surface: str, ws: list[str], det: str, lang: str | None, allow_new: bool) -> Link:
        """A person outside the dossier (normalised name), an anonymous source, or nothing."""
        name = self._trailing_name(ws)
        if det in self.lex.determiners and len(name) == 1 and len(ws) == 1 and lang != "en":
            name = []  # "die Mitarbeiterin", "der Website": a German noun, not a name
        if det in self.lex.determiners and len(name) >= 3 and len(name) == len(ws):
            name = name[1:]  # "der Politologe Andrej Kortunow": a noun after the article, then the name
        honorific = len(name) == 1 < len(ws) and self.lex.is_title(ws[-2]) and not self.lex.role_noun(ws[-2])
        if allow_new and name and (len(name) >= 2 or len(name) == len(ws) or honorific):  # "Patriarch Kirill"
            shown = display_name(_slice_words(surface, name), lang)
            known = self._near_person(name)
            if known is not None:  # "Wladimir Medinksi", "Umarov": a misspelt or other transliteration
                return self._link_actor(known, "name")
            return Link(english_letters(english_transliteration(shown) if lang == "de" else shown), "new")
        if any(self.lex.is_anonymous(w) or self.lex.is_official(w) for w in ws):
            return Link(UNKNOWN_ACTOR, "anonymous")
        if det in self.lex.determiners and ws[0][:1].isupper() and (len(ws) == 1 or plain(ws[1]) in _LINK_WORDS):
            return Link(UNKNOWN_ACTOR, "anonymous")  # "die Polizei", "die Anwältin der Frau"
        return Link(None, "none")

    def _compound_source(self, word: str, date: str | dt.date | None) -> str | None:
        """A closed compound of an actor and a source noun (*Kremlangaben*, *Kremlkreisen*): the actor."""
        for k in range(3, len(word) - 3):
            head, tail = word[:k], word[k:]
            if not self.lex.is_official(tail):
                continue
            for prefix in (head, head[:-1] if head.endswith("s") else None):
                hit = self._match_phrase([prefix], date) if prefix else None
                spec = self.actor(hit[1]) if hit else None
                if spec is not None and spec.type in ("organisation", "state"):
                    return spec.name
        return None

    def _near_person(self, name: list[str]) -> str | None:
        """The one dossier person whose name (or surname, for a surname alone) is spelt within one
        edit (two for long surnames) of ``name``, with a compatible first-name initial."""
        if not name or len(name) > 3:
            return None
        key = tuple(name)
        if key not in self._near:
            if len(self._near) >= MEMO_LIMIT:
                self._near.clear()
            self._near[key] = self._nearest(name)
        return self._near[key]

    def _nearest(self, name: list[str]) -> str | None:
        surname = spell_word(name[-1])
        if len(surname) < 5:
            return None
        first = spell_word(name[0]) if len(name) >= 2 else None
        if first is None and not _TRANSLITERATED.search(name[-1].lower()):
            return None  # a surname alone only for East Slavic transliterations (not Schulz ~ Scholz)
        limit = 2 if len(surname) >= 9 else 1
        found = {
            person for key, person in self._person_keys()
            if edit_distance(surname, key[-1], limit) <= limit
            and (first is None or len(key) < 2 or key[0][:1] == first[:1])
        }
        return found.pop() if len(found) == 1 else None

    def _person_keys(self) -> list[tuple[list[str], str]]:
        """Spelling keys (per word) of every name and alias of every dossier person."""
        if self._persons is None:
            self._persons = [
                ([spell_word(w) for w in words(n)], actor.name)
                for actor in self.dossier.actors if actor.type == "person"
                for n in actor.names() if len(words(n)) >= 2
            ]
        return self._persons

    def _trailing_name(self, ws: list[str]) -> list[str]:
        """The capitalised words at the end of ``ws`` that are not vocabulary (a person's name)."""
        if not self._is_name_like(ws[-1:]) or any(w.isdigit() for w in ws):
            return []
        start = len(ws)
        while start > 0:
            w = ws[start - 1]
            if w in self.lex.particles and start < len(ws) and (
                w != "der" or start >= 2 and ws[start - 2].lower() in ("von", "van")
            ):
                start -= 1
                continue
            vocabulary = (self.lex.is_title(w) or self.lex.is_official(w) or self.lex.is_anonymous(w)
                          or self.lex.is_determiner(w) or bool(self._modifier.get(stem_word(w))))
            if vocabulary or not (w[:1].isupper() or w in self.lex.particles and start < len(ws)):
                break
            start -= 1
        while start < len(ws) and ws[start] in self.lex.particles:
            start += 1
        name = ws[start:]
        return name if sum(w.lower() not in self.lex.particles for w in name) <= _NAME_WORDS else []

    def _link_actor(self, actor: str, kind: str) -> Link:
        spec = self.actor(actor)
        return Link(actor, kind, in_dossier=spec is not None, gender=self.gender(actor),
                    affiliation=spec.affiliation if spec else None)

    def lookup(self, ws: list[str], date: str | dt.date | None = None) -> Link | None:
        """Fast gazetteer test for a word sequence: a dossier name, role or metonym (or a surname)."""
        if len(ws) == 1 and plain(ws[0]) in self.lex.common_words:
            return None
        hit = self._match_phrase(ws, date)
        if hit:
            return self._link_actor(hit[1], hit[0])
        if len(ws) == 1 and ws[0][:1].isupper():
            person = self._match_surname(ws, date)
            if person:
                return self._link_actor(person, "name")
        return None

    def resolve(self, surface: str, lang: str | None = None, date: str | dt.date | None = None) -> str | None:
        """Canonical actor for ``surface`` (or ``UNKNOWN``/a new person's name); ``None`` if unresolved."""
        return self.link(surface, lang, date).actor


def _saxon(word: str) -> str | None:
    """``Kremlin's`` → ``Kremlin`` (English possessive), else ``None``."""
    for end in ("'s", "’s"):
        if word.endswith(end) and len(word) > len(end) + 1:
            return word[: -len(end)]
    return None


def _slice_words(surface: str, ws: list[str]) -> str:
    """The part of ``surface`` from the first to the last of the words ``ws`` (keeps hyphens)."""
    spans = [(m.start(), m.end()) for m in _WORD_RE.finditer(surface)]
    first = len(spans) - len(ws)
    return surface[spans[first][0] : spans[-1][1]] if 0 <= first < len(spans) else " ".join(ws)


def _names_left(ws: list[str], head_word: str, linker: Linker) -> bool:
    """Whether words after the role noun look like a name (then the phrase is not a bare role noun)."""
    after = ws[ws.index(head_word.split()[-1]) + 1 :] if head_word.split()[-1] in ws else []
    return any(w[:1].isupper() and not linker.lex.is_title(w) for w in after)
