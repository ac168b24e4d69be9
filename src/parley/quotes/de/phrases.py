"""Noun phrases and clauses over the STTS-tagged tokens of one German sentence.

Indices are local to the sentence's token list. Noun phrases are found by tag patterns
(determiner, adjectives, nouns/names, genitive attributes, name appositions after role nouns).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from parley.dossier import Dossier
from parley.model import Token

DETERMINERS = {"ART", "PDAT", "PIAT", "PPOSAT", "PIDAT", "PWAT"}
MODIFIERS = {"ADJA", "CARD"}
HEADS = {"NN", "NE", "FM", "TRUNC"}
# hearers named after a verb of saying ("sagte der Staatschef Journalisten"): never part of the speaker
ADDRESSEES = {"journalisten", "journalistinnen", "reportern", "reporterinnen", "medienvertretern",
              "zuhörern", "abgeordneten", "anwesenden", "teilnehmern", "zuschauern"}
NON_NOMINATIVE = {"den", "dem", "einem", "einen", "des", "eines", "diesem", "diesen"}
SPEAKER_PRONOUNS = {"er", "sie", "wir", "ich"}
BOUNDARY_WORDS = {",", ";", ":", "(", ")", "–", "—", "-", "„", "“", "”", '"', "«", "»", "‚", "‘", "›", "‹"}
SENTENCE_END = {".", "!", "?", "…"}
QUOTE_MARKS = {"„", "“", "”", '"', "«", "»", "‚", "‘", "›", "‹"}
MEDIA_NOUNS = ("zeitung", "agentur", "sender", "magazin", "blatt", "portal", "fernsehen", "rundfunk", "kanal")
INSTITUTIONS = (
    "ministerium",
    "ministeriums",
    "amt",
    "amts",
    "amtes",
    "regierung",
    "kommission",
    "rat",
    "rats",
    "rates",
    "hauses",
    "kreml",
    "kremls",
    "partei",
    "parlaments",
    "agentur",
    "behörde",
    "armee",
    "stabs",
    "stabes",
    "ausschusses",
    "verbands",
    "verbandes",
    "bundestags",
    "büros",
    "gerichts",
    "dienstes",
    "ministeriums",
)
SUBORDINATORS = {"KOUS", "KOUI", "PRELS", "PRELAT"}


def _word_list(name: str) -> frozenset[str]:
    text = resources.files("parley.quotes.de").joinpath("data", name).read_text(encoding="utf-8")
    return frozenset(ln.strip().lower() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


NAME_PARTICLES = {"bin", "ibn", "bint"}  # Arabic "son/daughter of" inside a name

@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    return _word_list("places_de.txt")


@lru_cache(maxsize=1)
def documents() -> frozenset[str]:
    return _word_list("source_documents_de.txt")


@dataclass(frozen=True)
class KnownNames:
    """The active dossier's names as a gazetteer cue, lower-case: surnames of its persons, one-word
    names of its other actors, all names, and its one-word places (states and metonyms: *Doha*,
    *Ramallah*), which like ``places_de.txt`` never continue a person's name (empty without a dossier)."""

    surnames: frozenset[str] = frozenset()
    others: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()


def known_names(dossier: Dossier | None, lang: str) -> KnownNames:
    """The :class:`KnownNames` of ``dossier`` in ``lang`` (the pipeline context's dossier)."""
    if dossier is None:
        return KnownNames()
    surnames, others, names, places = set(), set(), set(), set()
    for actor in dossier.actors:
        for name in actor.names(lang):
            words = name.split()
            names.add(name.lower())
            if actor.type == "person" and words and words[-1][:1].isupper():
                surnames.add(words[-1].lower())
            elif len(words) == 1:
                others.add(name.lower())
        if actor.type == "state":  # its names in this language (the English canonical "Jordan" is a surname too)
            places.update(n.lower() for n in actor.aliases.get(lang, []) if len(n.split()) == 1 and n[:1].isupper())
    for met in dossier.metonyms:
        places.update(n.lower() for n in met.names.get(lang, []) + met.names.get("any", [])
                      if len(n.split()) == 1 and n[:1].isupper())
    return KnownNames(frozenset(surnames), frozenset(others - surnames), frozenset(names), frozenset(places - surnames))


def _two_actors(known: KnownNames, previous: str, word: str) -> bool:
    surnames, others, names = known.surnames, known.others, known.names
    return (
        previous != word
        and previous in surnames
        and (word in surnames or word in others)
        and f"{previous} {word}" not in names  # "Xi Jinping" is one name
    )


@dataclass
class SentTokens:
    """The tokens of one sentence plus which of them lie inside direct-quote marks."""

    tokens: list[Token]
    quoted: list[bool]
    offset: int  # index of the first token in ``Article.tokens``
    lows: list[str] = field(default_factory=list)
    known: KnownNames = field(default_factory=lambda: KnownNames())  # the dossier's names

    def __post_init__(self) -> None:
        self.lows = [t.text.lower() for t in self.tokens]

    def __len__(self) -> int:
        return len(self.tokens)

    def low(self, i: int) -> str:
        return self.lows[i] if 0 <= i < len(self.lows) else ""

    def tag(self, i: int) -> str:
        return self.tokens[i].tag if 0 <= i < len(self.tokens) else ""

    def is_boundary(self, i: int) -> bool:
        return self.tokens[i].text in BOUNDARY_WORDS or self.tokens[i].text in SENTENCE_END

    def clause_loose(self, i: int) -> tuple[int, int]:
        """Like :meth:`clause` but quotation marks do not end it ("von „produktiven“ Gesprächen")."""
        a, b = self.clause(i)
        while a > 0 and self.tokens[a - 1].text in QUOTE_MARKS:
            a = self.clause(a - 2)[0] if a > 1 and not self.is_boundary(a - 2) else a - 1
        while b < len(self.tokens) and self.tokens[b].text in QUOTE_MARKS:
            b = self.clause(b + 1)[1] if b + 1 < len(self.tokens) and not self.is_boundary(b + 1) else b + 1
        return a, b

    def clause(self, i: int) -> tuple[int, int]:
        """Token range ``[a, b)`` of the clause around ``i`` (between boundary marks)."""
        a = i
        while a > 0 and not self.is_boundary(a - 1):
            a -= 1
        b = i
        while b < len(self.tokens) and not self.is_boundary(b):
            b += 1
        return a, b

    def content_end(self) -> int:
        """Index after the last token that is not final punctuation or a closing mark."""
        end = len(self.tokens)
        while end > 0 and (
            self.tokens[end - 1].text in SENTENCE_END or self.tokens[end - 1].text in BOUNDARY_WORDS
        ):
            end -= 1
        return end


def noun_phrase(st: SentTokens, i: int, nominative: bool = False) -> int:
    """End index of the noun phrase starting at ``i`` (``i`` itself if there is none)."""
    n = len(st)
    if i >= n:
        return i
    if st.tag(i) == "PPER":
        return i + 1 if st.low(i) in SPEAKER_PRONOUNS else i
    if st.tokens[i].text == "Von" and st.low(i + 1) == "der" and st.tag(i + 2) in {"NE", "NN"}:
        return _genitives(st, i + 3)  # "Von der Leyen" at the start of a sentence
    j = i
    if st.tag(j) in DETERMINERS:
        if nominative and st.low(j) in NON_NOMINATIVE:
            return i
        j += 1
    while j < n and st.tag(j) in MODIFIERS | {"ADJD"} and j + 1 < n and st.tag(j + 1) in MODIFIERS | HEADS:
        j += 1
    while j < n and st.tag(j) in MODIFIERS:
        j += 1
    head_start = j
    while j < n and (
        st.tag(j) in HEADS or (st.tag(j) == "KON" and j > head_start and st.tag(j - 1) == "TRUNC")
    ):
        if j > head_start and st.tag(j) == "NE" and (st.low(j) in places() or st.low(j) in st.known.places) \
                and f"{st.low(j)} {st.low(j + 1)}" not in st.known.names:  # not "… Israel Katz"
            break  # "warf Selenskyj Moskau vor": a place name starts a new phrase
        if j > head_start and st.tag(j) == "NE" and _two_actors(st.known, st.low(j - 1), st.low(j)):
            break  # "habe Putin Trump … zugesagt": two known actors, subject and object
        if j > head_start and st.low(j) in ADDRESSEES:
            break  # "sagte der Staatschef Journalisten": the hearers are not part of the speaker
        if (j > head_start and st.tag(j) == "NN" and st.tag(j - 1) == "NE" and not _surname_like(st, j)
                and not (j - 1 == head_start and st.low(j - 1).endswith("s"))):
            break  # "sagte Selenskyj Journalisten": a name, then a (dative) common noun (but "Trumps Vize")
        j += 1
        if (
            st.tag(j - 1) == "NE"
            and st.low(j) == "von"
            and st.low(j + 1) == "der"
            and st.tag(j + 2) in {"NE", "NN"}
            and st.tag(j + 3) not in HEADS  # not "Peskow von der Agentur Interfax"
        ):
            j += 2  # "Ursula von der Leyen"
    if j == head_start:
        return i
    return _genitives(st, j)


def _genitives(st: SentTokens, j: int) -> int:
    """Extend a noun phrase ending at ``j`` over genitive attributes ("des Weißen Hauses")."""
    n = len(st)
    while j < n and st.low(j) in {"des", "der"} and st.tag(j) == "ART":
        k = j + 1
        while k < n and st.tag(k) in MODIFIERS:
            k += 1
        m = k
        while m < n and st.tag(m) in HEADS:
            m += 1
        if m == k or (st.low(j) == "der" and st.low(k).endswith(MEDIA_NOUNS)):
            break  # "sagte X der Nachrichtenagentur Y": a dative addressee, not a genitive
        j = m
    return j


def phrase_before(st: SentTokens, end: int) -> int:
    """Start index of a noun phrase that ends at ``end`` ("Kreml-Sprecher Peskow| zufolge")."""
    j = end
    while j > 0 and st.tag(j - 1) in HEADS | MODIFIERS | DETERMINERS and not st.quoted[j - 1]:
        j -= 1
        if st.tag(j) in DETERMINERS:
            break
    if j < end and st.tag(end - 1) == "PPER":
        return end - 1
    return j if noun_phrase(st, j) >= end else end


def name_part(st: SentTokens, a: int, b: int) -> tuple[int, int]:
    """Prefer the name inside a role phrase: "Kreml-Sprecher Dmitri Peskow" → "Dmitri Peskow"."""
    stop = b
    for k in range(a + 1, b):
        if st.low(k) in {"des", "der"} and st.tag(k) == "ART" and st.low(k - 1) != "von":
            stop = k
            break
        if st.low(k) == "von" and st.tag(k - 1) == "NN":  # "Das Büro von Ministerpräsident X": the office
            stop = k
            break
    if stop < b and st.low(stop - 1) in documents():  # "einer Erklärung des Außenministeriums"
        return name_part(st, stop, b)
    for k in range(a, stop):
        if st.tag(k) in {"NE", "FM"} and k > a and st.tag(k - 1) == "NN":
            return _name_run(st, k, stop)
    for k in range(stop + 1, b):  # "Die Sprecherin des Außenministeriums Maria Sacharowa"
        if (
            st.tag(k) in {"NE", "FM"}
            and st.tag(k - 1) == "NN"
            and st.low(k - 1).endswith(INSTITUTIONS)
            and st.low(stop) == "des"
        ):
            return _name_run(st, k, b)
    return a, b


def _name_run(st: SentTokens, k: int, stop: int) -> tuple[int, int]:
    e = k
    while e < stop and (st.tag(e) in {"NE", "FM"} or (e > k and st.low(e - 1) in NAME_PARTICLES)):
        e += 1  # (after "bin" any word continues the name: "Mohammed bin Abdulrahman Al Thani")
        if e + 2 < stop and st.low(e) == "von" and st.low(e + 1) == "der" and st.tag(e + 2) in {"NE", "NN"}:
            e += 3  # "Ursula von der Leyen"
    if e == stop - 1 and e > k and st.tag(e) == "NN" and st.tag(e - 1) == "NE" and _surname_like(st, e):
        e += 1  # "Thomas Steg" with the surname tagged as a noun
    return k, e


def _surname_like(st: SentTokens, i: int) -> bool:
    """A noun-tagged word that may be a surname: uninflected and singular ("Thomas Steg")."""
    tok = st.tokens[i]
    if tok.text.lower() in st.known.surnames or st.low(i - 1) in NAME_PARTICLES:
        return True  # a known surname, or the name after "bin" (*Mohammed bin Abdulrahman*)
    return "-" not in tok.text and tok.lemma == tok.text and not tok.has_feature("Number=Plur")


def skip_adverbs(st: SentTokens, i: int) -> int:
    while i < len(st) and st.tag(i) in {"ADV", "PTKNEG", "ADJD", "PAV", "PROAV"} and not st.quoted[i]:
        i += 1
    return i
