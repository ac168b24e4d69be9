"""German linguistic base (``nlp.de``): tokens, sentences, STTS/UPOS tags, lemmas, UD morphology.

Tokenisation uses spaCy's blank German tokenizer (rules only, no model); sentences are split by
rule (abbreviations, initials, ordinals such as "3. März", quotation marks, paragraph breaks);
tags and lemmas come from HanTa's HMM tagger. Morphology adds ``VerbForm``, ``Mood`` (Konjunktiv
I and II by rule, since HanTa does not mark mood), ``Person``/``Number`` where the form shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from parley.context import PipelineContext
from parley.model import Article, Sentence, Token
from parley.nlp.hanta_lexicon import load_tagger
from parley.registry import component

OPEN_QUOTES = "„‚«»“‘\"'"
QUOTE_CHARS = "„“”‚‘’\"«»‹›'"
DASHES = "-–—"
SENT_PUNCT = {".", "!", "?", "…", "?!", "!?", "..."}
MAX_SENT_TOKENS = 200  # longer runs without a sentence end are split (at a comma if one is near)
MAX_WORD_CHARS = 64  # longer tokens are tagged by their last characters (HanTa is cubic in length)
MONTHS = {
    "januar",
    "jänner",
    "februar",
    "märz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
    "jan",
    "feb",
    "mär",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "okt",
    "nov",
    "dez",
}

STTS_TO_UPOS = {
    "ADJA": "ADJ",
    "ADJD": "ADJ",
    "ADV": "ADV",
    "APPR": "ADP",
    "APPRART": "ADP",
    "APPO": "ADP",
    "APZR": "ADP",
    "ART": "DET",
    "CARD": "NUM",
    "FM": "X",
    "ITJ": "INTJ",
    "KOUI": "SCONJ",
    "KOUS": "SCONJ",
    "KON": "CCONJ",
    "KOKOM": "CCONJ",
    "NN": "NOUN",
    "NE": "PROPN",
    "PDS": "PRON",
    "PDAT": "DET",
    "PIS": "PRON",
    "PIAT": "DET",
    "PIDAT": "DET",
    "PPER": "PRON",
    "PPOSS": "PRON",
    "PPOSAT": "DET",
    "PRELS": "PRON",
    "PRELAT": "DET",
    "PRF": "PRON",
    "PWS": "PRON",
    "PWAT": "DET",
    "PWAV": "ADV",
    "PAV": "ADV",
    "PROAV": "ADV",
    "PTKZU": "PART",
    "PTKNEG": "PART",
    "PTKVZ": "ADP",
    "PTKANT": "PART",
    "PTKA": "PART",
    "TRUNC": "X",
    "VVFIN": "VERB",
    "VVIMP": "VERB",
    "VVINF": "VERB",
    "VVIZU": "VERB",
    "VVPP": "VERB",
    "VAFIN": "AUX",
    "VAIMP": "AUX",
    "VAINF": "AUX",
    "VAPP": "AUX",
    "VMFIN": "AUX",
    "VMINF": "AUX",
    "VMPP": "AUX",
    "XY": "X",
    "$,": "PUNCT",
    "$.": "PUNCT",
    "$(": "PUNCT",
}

PRONOUN_MORPH = {
    "ich": "Number=Sing|Person=1",
    "du": "Number=Sing|Person=2",
    "er": "Gender=Masc|Number=Sing|Person=3",
    "sie": "Person=3",
    "es": "Gender=Neut|Number=Sing|Person=3",
    "wir": "Number=Plur|Person=1",
    "ihr": "Number=Plur|Person=2",
}
THIRD_SINGULAR = {"ist", "hat", "wird", "kann", "muss", "soll", "will", "darf", "mag", "weiß"}
CLAUSE_BREAKS = {",", ";", ":", "(", ")", "–", "—", "-", *QUOTE_CHARS}


def _data_lines(name: str) -> set[str]:
    text = resources.files("parley.nlp").joinpath("data", name).read_text(encoding="utf-8")
    return {ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")}


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    return frozenset(_data_lines("abbrev_de.txt"))


@lru_cache(maxsize=1)
def konjunktiv2_forms() -> frozenset[str]:
    return frozenset(_data_lines("konjunktiv2_de.txt"))


@lru_cache(maxsize=1)
def _spacy_tokenizer() -> Any:
    import spacy

    return spacy.blank("de").tokenizer


@lru_cache(maxsize=1)
def _hanta() -> Any:
    """HanTa's German model: precomputed lexicon for frequent forms, memoised analyses (see hanta_lexicon)."""
    return load_tagger()


def hanta_tagger() -> Any:
    """The one shared HanTa tagger (memoised analyses); other stages tag with it too."""
    return _hanta()


# --- tokens and sentences -------------------------------------------------------------------


def _raw_tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, text) triples, whitespace dropped; quote marks glued to words split off."""
    out: list[tuple[int, int, str]] = []
    for tok in _spacy_tokenizer()(text):
        word = tok.text
        if word.isspace():
            continue
        start = tok.idx
        # spaCy keeps a few marks inside tokens ("„Wir", "bereit“"); split them off.
        while len(word) > 1 and word[0] in QUOTE_CHARS + DASHES and word[1] not in DASHES:
            out.append((start, start + 1, word[0]))
            start, word = start + 1, word[1:]
        tail: list[tuple[int, int, str]] = []
        while len(word) > 1 and word[-1] in QUOTE_CHARS:
            tail.insert(0, (start + len(word) - 1, start + len(word), word[-1]))
            word = word[:-1]
        out.append((start, start + len(word), word))
        out.extend(tail)
    return out


def _is_abbreviation(word: str) -> bool:
    if not word.endswith(".") or len(word) < 2:
        return False
    stem = word[:-1]
    if len(stem) == 1 and stem.isalpha():
        return True  # initials, "z. B.", "u. a."
    return stem.lower() in abbreviations() or ("." in stem and len(stem) <= 6)


def _ends_sentence(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Whether a sentence ends after token ``i`` (which may be followed by closing marks)."""
    word = tokens[i][2]
    nxt = tokens[i + 1][2] if i + 1 < len(tokens) else ""
    if word in SENT_PUNCT or (word.endswith((".", "!", "?")) and set(word) <= {".", "!", "?"}):
        prev = tokens[i - 1][2] if i else ""
        if word == "." and _is_abbreviation(prev + "."):
            return False
        return _starts_sentence(nxt)
    if word.endswith(".") and len(word) > 1:
        if word[:-1].isdigit():  # ordinal: "am 3. März", "der 2. Weltkrieg"
            return False
        if _is_abbreviation(word):
            return False
        return _starts_sentence(nxt)
    return False


def _starts_sentence(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word[0].isdigit() or word[0] in OPEN_QUOTES + DASHES)


def split_tokens(text: str) -> tuple[list[Sentence], list[Token]]:
    """Tokenise ``text`` and split it into sentences; paragraph breaks always end a sentence."""
    raw = _raw_tokens(text)
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    sent_start = 0
    for i, (start, _end, _word) in enumerate(raw):
        if i - sent_start >= MAX_SENT_TOKENS:
            cut = _clause_break(raw, sent_start, i)
            _close(sentences, tokens, raw, sent_start, cut)
            sent_start = cut
        if i > sent_start and "\n" in text[raw[i - 1][1] : start]:
            _close(sentences, tokens, raw, sent_start, i)
            sent_start = i
        if _ends_sentence(raw, i):
            j = i + 1
            while j < len(raw) and raw[j][2] in QUOTE_CHARS and raw[j][0] == raw[j - 1][1]:
                j += 1  # closing marks attached to the full stop belong to the sentence
            if j < len(raw) and "\n" not in text[raw[j - 1][1] : raw[j][0]]:
                _close(sentences, tokens, raw, sent_start, j, upto=i)
                sent_start = j
    if sent_start < len(raw):
        _close(sentences, tokens, raw, sent_start, len(raw))
    return sentences, tokens


def _clause_break(raw: list[tuple[int, int, str]], first: int, stop: int) -> int:
    """Where to end an overlong sentence ``raw[first:stop]``: after its last comma, semicolon or
    colon in the final quarter, else at ``stop``."""
    for j in range(stop - 1, max(first, stop - MAX_SENT_TOKENS // 4), -1):
        if raw[j - 1][2] in {",", ";", ":"}:
            return j
    return stop


def _close(
    sentences: list[Sentence],
    tokens: list[Token],
    raw: list[tuple[int, int, str]],
    first: int,
    stop: int,
    upto: int | None = None,
) -> None:
    if stop <= first or (tokens and tokens[-1].start >= raw[first][0]):
        return
    index = len(sentences)
    sentences.append(Sentence(raw[first][0], raw[stop - 1][1]))
    tokens.extend(Token(s, e, w, sent=index) for s, e, w in raw[first:stop])


# --- tags, lemmas, morphology -----------------------------------------------------------------


HANTA_EXTRA = {"NNA": "NN", "NNI": "NN"}  # HanTa's nominalised-adjective / -infinitive nouns


def _stts(hanta_tag: str) -> str:
    tag = hanta_tag.replace("(", "").replace(")", "")
    return HANTA_EXTRA.get(tag, tag)


def _punct_tag(word: str) -> str | None:
    if word == ",":
        return "$,"
    if word in SENT_PUNCT or word in {":", ";"}:
        return "$."
    if all(not ch.isalnum() for ch in word):
        return "$("
    return None


NAME_PARTICLES = {"bin", "ibn", "bint"}  # Arabic "son/daughter of" inside a name, not the verb "bin"


def _taggable(word: str) -> str:
    """``word``, or for an overlong token its tail (German compounds are head-final), same case."""
    if len(word) <= MAX_WORD_CHARS:
        return word
    tail = word[-MAX_WORD_CHARS // 2 :]
    return tail[:1].upper() + tail[1:] if word[:1].isupper() else tail


def tag_sentence(words: list[str]) -> list[tuple[str, str]]:
    """(STTS tag, lemma) for each word, HanTa's tags fixed for punctuation, numbers and name particles
    between capitalised words (*Mohammed bin Salman*)."""
    tagged = _hanta().tag_sent([_taggable(w) for w in words], taglevel=1)
    out = []
    for i, (word, (short, lemma, tag)) in enumerate(zip(words, tagged, strict=True)):
        if short != word:
            lemma = word  # an overlong token keeps its form as lemma
        punct = _punct_tag(word)
        if punct:
            out.append((punct, word))
        elif word.replace(".", "").replace(",", "").isdigit():
            out.append(("ADJA" if word.endswith(".") else "CARD", word))
        elif word in NAME_PARTICLES and 0 < i < len(words) - 1 and words[i - 1][:1].isupper() \
                and words[i + 1][:1].isupper():
            out.append(("NE", word))
        else:
            out.append((_stts(tag), lemma))
    return out


def konjunktiv_1(form: str, lemma: str) -> bool:
    """Whether a finite form is an unambiguous 3rd-person Konjunktiv I ("sei", "habe", "könne")."""
    low, lem = form.lower(), lemma.lower()
    if low in {"sei", "seiest", "seist", "seien", "seiet"}:
        return True
    if not low.endswith("e"):
        return False
    if lem.endswith(("ern", "eln")):
        return low == lem[:-1] + "e"
    if lem in {"tun"}:
        return low == "tue"
    return lem.endswith("en") and low == lem[:-1]


def konjunktiv_2(form: str, lemma: str) -> bool:
    """Konjunktiv II: listed forms, or umlaut forms of umlaut-free lemmas ("hätte", "wäre")."""
    low, lem = form.lower(), lemma.lower()
    if low in konjunktiv2_forms():
        return True
    if not low.endswith(("e", "en", "est", "et")):
        return False
    return sum(low.count(c) for c in "äöü") > sum(lem.count(c) for c in "äöü")


def _subject_is_ich(words: list[str], i: int) -> bool:
    """Whether "ich" occurs in the clause of the verb at ``i`` (the 1st-person indicative reading)."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(words) and words[j] not in CLAUSE_BREAKS and words[j] not in SENT_PUNCT:
            if words[j].lower() == "ich":
                return True
            j += step
    return False


@lru_cache(maxsize=65_536)
def base_morph(word: str, tag: str, lemma: str) -> tuple[str, ...]:
    """Context-free UD features of one (form, STTS tag, lemma)."""
    low = word.lower()
    if tag == "PPER" and low in PRONOUN_MORPH:
        return (*PRONOUN_MORPH[low].split("|"), "PronType=Prs")
    if tag.endswith("FIN"):
        feats = ["VerbForm=Fin"]
        if konjunktiv_2(word, lemma):
            feats += ["Mood=Sub", "Tense=Past"]
        elif konjunktiv_1(word, lemma):
            feats += ["Mood=Sub?", "Tense=Pres"]  # resolved against the subject in context
        else:
            feats.append("Mood=Ind")
            if low in THIRD_SINGULAR or (low.endswith("t") and not low.endswith("et")):
                feats += ["Number=Sing", "Person=3"]
        return tuple(feats)
    if tag.endswith("IMP"):
        return ("Mood=Imp", "VerbForm=Fin")
    if tag.endswith(("INF", "IZU")):
        return ("VerbForm=Inf",)
    if tag.endswith("PP"):
        return ("VerbForm=Part",)
    return ()


def morph_in_context(words: list[str], i: int, feats: tuple[str, ...]) -> str:
    """Resolve the Konjunktiv-I/1st-person ambiguity ("ich habe" vs. "er habe") and join features."""
    if "Mood=Sub?" not in feats:
        return "|".join(sorted(feats))
    low = words[i].lower()
    rest = [f for f in feats if f != "Mood=Sub?"]
    verb_first = i == 0 or words[i - 1] in QUOTE_CHARS  # "Habe heute …": subject drop/imperative
    if low.startswith("sei") or not (verb_first or _subject_is_ich(words, i)):
        rest.append("Mood=Sub")
        if low in {"seien", "seiet"}:
            rest.append("Number=Plur")
        elif low not in {"seiest", "seist"}:
            rest += ["Number=Sing", "Person=3"]
    else:
        rest += ["Mood=Ind", "Number=Sing", "Person=1"]
    return "|".join(sorted(rest))


def annotate(doc: Article) -> Article:
    """Fill ``doc.sentences`` and ``doc.tokens`` with tags, lemmas and morphology."""
    doc.sentences, doc.tokens = split_tokens(doc.text)
    by_sent: dict[int, list[Token]] = {}
    for tok in doc.tokens:
        by_sent.setdefault(tok.sent, []).append(tok)
    for toks in by_sent.values():
        words = [t.text for t in toks]
        for i, (tok, (tag, lemma)) in enumerate(zip(toks, tag_sentence(words), strict=True)):
            tok.tag, tok.lemma = tag, lemma
            tok.pos = STTS_TO_UPOS.get(tag, "X")
            tok.morph = morph_in_context(words, i, base_morph(tok.text, tag, lemma))
    return doc


@dataclass
class GermanNLP:
    """The ``nlp.de`` component."""

    name: str = "nlp.de"

    def model_info(self) -> dict[str, str]:
        from importlib.metadata import version

        return {"tagger": "HanTa morphmodel_ger.pgz", "HanTa": version("HanTa")}

    def __call__(self, doc: Article) -> Article:
        return annotate(doc)


@component("nlp.de", requires=("text",), assigns=("sentences", "tokens", "tokens.tag", "tokens.lemma", "tokens.morph"))
def make_german(ctx: PipelineContext) -> GermanNLP:
    return GermanNLP()


def is_konjunktiv(tok: Token) -> bool:
    """Finite verb in Konjunktiv (I or II)."""
    return tok.has_feature("Mood=Sub")
