"""Matching keys for names: transliteration-insensitive spelling, German inflection, tidy display form.

``spelling_key`` maps German and English transliterations of the same (mostly Slavic) name to one
key: *Peskow/Peskov*, *Lawrow/Lavrov*, *Uschakow/Ushakov*, *Selenskyj/Zelensky/Zelenskyy/Zelenskiy*,
*Dmitri/Dmitry*, *Sacharowa/Zakharova*. ``stem_key`` additionally strips German inflection endings
(*Putins*, *des Kremlchefs*, *dem ukrainischen Präsidenten*). Rules are applied identically to the
dossier's aliases and to the text, so they only need to be consistent, not linguistically exact.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Ordered rewrites on the lower-cased, diacritic-free string (German-style first, then English).
_REWRITES: tuple[tuple[str, str], ...] = (
    ("tsch", "c"),  # Tschernyschow → Chernyshov
    ("sch", "sh"),  # Uschakow → Ushakov
    ("zh", "sh"),  # Brezhnev / Breschnew
    ("kh", "h"),  # Zakharova / Sacharowa
    ("ch", "h"),
    ("ts", "z"),
    ("x", "ks"),
    ("w", "v"),  # Lawrow → Lavrov
    ("z", "s"),  # Selenskyj → Zelensky
    ("j", "i"),  # Juri → Yuri, Selenskyj
    ("y", "i"),  # Dmitry → Dmitri
    ("ck", "k"),
    ("ph", "f"),
)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_DOUBLE = re.compile(r"(.)\1+")
_GERMAN_ENDINGS = ("es", "en", "em", "er", "s", "n", "e")
# Letters NFKD does not decompose (Polish ł, Turkish dotless ı, Nordic ø, æ, South Slavic đ).
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "æ": "ae", "Æ": "Ae",
                       "œ": "oe", "Œ": "Oe", "ß": "ss", "ẞ": "ss"})


@lru_cache(maxsize=131072)
def plain(text: str) -> str:
    """Casefolded, diacritics removed (``ß`` → ``ss``, ``ł`` → ``l``), apostrophes and dots dropped."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    out = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return out.replace("'", "").replace("’", "").replace(".", "")


def words(text: str) -> list[str]:
    """The word tokens of ``text`` (hyphens and punctuation separate words)."""
    return _WORD.findall(text)


@lru_cache(maxsize=65536)
def spell_word(word: str) -> str:
    """Transliteration-insensitive key of one word."""
    out = plain(word)
    for old, new in _REWRITES:
        out = out.replace(old, new)
    return _DOUBLE.sub(r"\1", out)


@lru_cache(maxsize=65536)
def stem_word(word: str) -> str:
    """``spell_word`` with German (and English plural) inflection endings stripped."""
    return _strip_endings(spell_word(word))


@lru_cache(maxsize=65536)
def exact_key(text: str) -> str:
    """Key without transliteration rewrites (only case, accents and inflection endings): for
    one-word names of institutions and media, where *Zeit* must not match *Seite*."""
    return "=" + " ".join(_exact_word(w) for w in words(text))


@lru_cache(maxsize=65536)
def _exact_word(word: str) -> str:
    return _strip_endings(plain(word))


def _strip_endings(out: str) -> str:
    for _ in range(2):
        for ending in _GERMAN_ENDINGS:
            if out.endswith(ending) and len(out) - len(ending) >= 4:
                out = out[: -len(ending)]
                break
        else:
            break
    return out


@lru_cache(maxsize=65536)
def spelling_key(text: str) -> str:
    return " ".join(spell_word(w) for w in words(text))


@lru_cache(maxsize=65536)
def stem_key(text: str) -> str:
    return " ".join(stem_word(w) for w in words(text))


def strip_genitive(word: str) -> str:
    """``Putins`` → ``Putin``, ``Merz'`` → ``Merz`` (German genitive of names)."""
    if word.endswith(("'", "’")):
        return word[:-1]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "os", "as", "es")):
        return word[:-1]
    return word


def title_case(word: str) -> str:
    """Upper-case the first letter of each hyphen part, keep the rest (``von``, ``de`` stay lower)."""
    if word.islower() and word in {"von", "van", "der", "de", "la", "zu", "du", "di", "da", "al", "bin"}:
        return word
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


# Letters of names shown in their common English (ASCII) form, as canonical names in dossiers are:
# accents that NFKD removes are compared without them anyway, these would not be.
_ENGLISH_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D"})


def english_letters(name: str) -> str:
    """``Michał`` → ``Michal``: letters without a Unicode decomposition in their English form."""
    return name.translate(_ENGLISH_LETTERS)


def display_name(surface: str, lang: str | None = None) -> str:
    """Normalised display form of an unknown person's name: nominative, tidy case and spacing (an
    English name keeps its final *s*: *Adams*, *Al-Qahera News*; only *'s* is a genitive there)."""
    parts = surface.split()
    if parts:
        last = parts[-1]
        parts[-1] = last[:-2] if lang == "en" and last.endswith(("'s", "’s")) else (
            last if lang == "en" else strip_genitive(last))
    return " ".join(title_case(p) if p.isupper() or p.islower() else p for p in parts)


# German transcriptions of Russian/Ukrainian names → the English forms used as canonical names
# (Iwanow → Ivanov, Sergej → Sergei, Juri → Yuri, Tschernyschow → Chernyshov). Applied only to names
# whose surname has an East Slavic ending, so German names (Scholz, Wagner) stay untouched.
_SLAVIC_SURNAME = re.compile(
    r"(?:ow|ew|jew|owa|ewa|jewa|ski|skij|skyj|skaja|zki|zkij|enko|tschuk|schuk|itsch|ytsch|owitsch|ewitsch)s?$"
)
_POLISH = re.compile(r"[łąęśćńżźó]|cz|sz|rz")  # Polish spelling is kept (Baranowski, Szczerski)
_DE_TO_EN = {"schtsch": "shch", "tsch": "ch", "sch": "sh", "ch": "kh", "ss": "s", "w": "v", "ij": "y",
             "yj": "y", "ej": "ei", "aj": "ai", "oj": "oi", "ju": "yu", "ja": "ya", "je": "ye", "jo": "yo"}
_DE_TO_EN_RE = re.compile(r"schtsch|tsch|sch|ch|ss|w|(?:ij|yj|ej|aj|oj)(?=$|s$)|j[uaeo]")


def _word_to_english(word: str) -> str:
    out = _DE_TO_EN_RE.sub(lambda m: _DE_TO_EN[m.group()], word.lower())
    return out[:1].upper() + out[1:] if word[:1].isupper() else out


def english_transliteration(name: str) -> str:
    """``Sergej Iwanow`` → ``Sergei Ivanov``; names without an East Slavic surname are returned as is."""
    parts = name.split()
    if not parts or not _SLAVIC_SURNAME.search(parts[-1].lower()) or _POLISH.search(name.lower()):
        return name
    return " ".join("-".join(_word_to_english(p) for p in part.split("-")) for part in parts)


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Optimal-string-alignment distance (substitution, insertion, deletion, adjacent swap), capped
    at ``limit + 1``: ``Medinksi`` ~ ``Medinski`` (1), ``Umarov`` ~ ``Umerov`` (1)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], prev2[j - 2] + 1)
        if min(row) > limit:
            return limit + 1
        prev2, prev = prev, row
    return min(prev[-1], limit + 1)
