"""nlp.de: tokens, sentences, tags, lemmas and Konjunktiv morphology on German news sentences."""

from __future__ import annotations

import pytest

from parley import registry
from parley.model import Article


@pytest.fixture(scope="module")
def nlp():
    return registry.create("nlp.de")


def analyse(nlp, text: str) -> Article:
    return nlp(Article(text=text, lang="de"))


def sentences(doc: Article) -> list[str]:
    return [doc.text[s.start : s.end] for s in doc.sentences]


def token(doc: Article, word: str):
    return next(t for t in doc.tokens if t.text == word)


def test_abbreviations_and_dates_do_not_split(nlp):
    doc = analyse(
        nlp,
        "Am 3. März trafen sich u. a. Vertreter der USA, z. B. Dr. Witkoff, in Riad. "
        "Die Gespräche dauerten ca. fünf Stunden.",
    )
    assert sentences(doc) == [
        "Am 3. März trafen sich u. a. Vertreter der USA, z. B. Dr. Witkoff, in Riad.",
        "Die Gespräche dauerten ca. fünf Stunden.",
    ]


def test_quote_opening_sentence_and_closing_mark(nlp):
    doc = analyse(
        nlp, "„Wir sind zu Gesprächen bereit.“ Das sagte der Außenminister am Montag.\n„Nein“, so Lawrow."
    )
    assert sentences(doc) == [
        "„Wir sind zu Gesprächen bereit.“",
        "Das sagte der Außenminister am Montag.",
        "„Nein“, so Lawrow.",
    ]
    assert [t.text for t in doc.tokens[:3]] == ["„", "Wir", "sind"]


def test_offsets_match_text(nlp):
    doc = analyse(nlp, "Selenskyj erklärte: «Die Ukraine wird keine Gebiete abtreten.»")
    for tok in doc.tokens:
        assert doc.text[tok.start : tok.end] == tok.text
    doc.check_spans()


def test_tags_lemmas_pos(nlp):
    doc = analyse(nlp, "Kreml-Sprecher Dmitri Peskow wies die Vorschläge zurück.")
    wies = token(doc, "wies")
    assert (wies.tag, wies.pos, wies.lemma) == ("VVFIN", "VERB", "weisen")
    assert token(doc, "Peskow").pos == "PROPN"
    assert token(doc, "Vorschläge").lemma == "Vorschlag"
    assert token(doc, ".").tag == "$."


@pytest.mark.parametrize(
    "text, verb",
    [
        ("Peskow sagte, Russland sei zu Verhandlungen bereit.", "sei"),
        ("Die Delegationen seien in Istanbul eingetroffen.", "seien"),
        ("Moskau habe keine Einwände gegen das Treffen.", "habe"),
        ("Die Regierung werde die Sanktionen nicht aufheben.", "werde"),
        ("Kiew könne auf keine Gebiete verzichten.", "könne"),
        ("Europa müsse mehr für die eigene Sicherheit tun.", "müsse"),
        ("Es gebe noch keinen Termin für ein Treffen.", "gebe"),
        ("Eine Waffenruhe stehe nicht zur Debatte.", "stehe"),
        ("Das Ergebnis liege noch in weiter Ferne.", "liege"),
        ("Washington fordere einen sofortigen Waffenstillstand.", "fordere"),
    ],
)
def test_konjunktiv_one(nlp, text, verb):
    tok = token(analyse(nlp, text), verb)
    assert tok.has_feature("Mood=Sub") and tok.has_feature("VerbForm=Fin")
    if verb != "seien":
        assert tok.has_feature("Person=3") and tok.has_feature("Number=Sing")


@pytest.mark.parametrize(
    "text, verb",
    [
        ("Ohne Garantien wäre das Abkommen wertlos.", "wäre"),
        ("Er hätte lieber früher verhandelt.", "hätte"),
        ("Das könnte die Gespräche gefährden.", "könnte"),
        ("Ein Treffen käme zu früh.", "käme"),
    ],
)
def test_konjunktiv_two(nlp, text, verb):
    assert token(analyse(nlp, text), verb).has_feature("Mood=Sub")


@pytest.mark.parametrize(
    "text, verb",
    [
        ("Ich habe mit Präsident Trump telefoniert.", "habe"),
        ("Die Vertreter haben sich in Genf getroffen.", "haben"),
        ("Russland ist zu Gesprächen bereit.", "ist"),
        ("Er sagte, dass die Gespräche weitergehen.", "sagte"),
        ("Der Minister erklärte die Gespräche für gescheitert.", "erklärte"),
        ("Die Verhandlungen sollten am Montag beginnen.", "sollten"),
        ("Ich werde nicht nach Moskau reisen.", "werde"),
    ],
)
def test_indicative_is_not_konjunktiv(nlp, text, verb):
    tok = token(analyse(nlp, text), verb)
    assert not tok.has_feature("Mood=Sub")
    assert tok.has_feature("Mood=Ind")


def test_arabic_name_particle_is_no_verb(nlp):
    doc = analyse(nlp, "Kronprinz Mohammed bin Salman empfing den Gast. Ich bin sicher, sagte er.")
    tags = [t.tag for t in doc.tokens if t.text == "bin"]
    assert tags == ["NE", "VAFIN"]
