"""Statements, speakers and channels that carry over to unseen news (issue 12), on sentences written
here: objects of rejecting/stressing verbs as reported content, interview context for channels, role
nouns resolved to the person the article names, near spellings of dossier names."""

from __future__ import annotations

import pytest

from parley import registry
from parley.actors.component import get_linker
from parley.model import UNKNOWN_ACTOR, Article, Span, Statement
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def extract():
    pipeline = Pipeline()

    def run(text: str, lang: str, date: str | None = None) -> Article:
        return pipeline(Article(text=text, lang=lang, date=date))

    return run


def table(doc) -> list[tuple[str, str | None, str | None]]:
    return [(doc.span_text(s.quote), s.speaker_actor, s.channel)
            for s in sorted(doc.statements, key=lambda s: s.quote.start)]


# ------------------------------------------------------------------ statements (English objects)
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The Ukrainian president rejected the idea of a frozen conflict along the current line.",
         "the idea of a frozen conflict along the current line"),
        ("The foreign minister ruled out any talks with Moscow before the summer.", "any talks with Moscow"),
        ("Lavrov reiterated the Kremlin's demand for a neutral Ukraine.",
         "the Kremlin's demand for a neutral Ukraine"),
        ("Macron expressed support for a European monitoring mission.",
         "support for a European monitoring mission"),
    ],
)
def test_object_of_rejecting_or_stressing_verb_is_reported(extract, text: str, quote: str) -> None:
    quotes = [q for q, _, _ in table(extract(text, "en", "2025-05-01"))]
    assert any(quote in q or q in quote and len(q) > len(quote) / 2 for q in quotes), quotes


def test_a_confirmed_event_is_no_statement(extract) -> None:
    assert table(extract("The White House confirmed the phone call on Tuesday.", "en", "2025-05-01")) == []


# ------------------------------------------------------------------ channels as interview context
EN_INTERVIEW = (
    "Zelensky gave a long interview to CNN on Sunday. "
    "\"We will not give up our land,\" he said. "
    "\"Security guarantees must come first,\" he added.\n"
    "Macron said Europe was ready to send monitors."
)

DE_INTERVIEW = (
    "Im Interview mit dem ZDF sprach Selenskyj am Sonntagabend über die Gespräche. "
    "\"Wir werden unser Land nicht aufgeben\", sagte er. "
    "Sicherheitsgarantien müssten zuerst kommen, fügte er hinzu.\n"
    "Merz sagte, Europa sei zu Beobachtern bereit."
)

DE_NARRATIVE = (
    "Selenskyj sagte dem ZDF, die Ukraine werde keine Gebiete abtreten. "
    "Am Abend reiste der Präsident nach Berlin weiter, wo er Bundeskanzler Merz traf. "
    "Die Ukraine brauche Luftabwehr, sagte Selenskyj."
)


def test_channel_carries_over_while_the_speaker_continues(extract) -> None:
    rows = table(extract(EN_INTERVIEW, "en", "2025-05-01"))
    assert [(s, c) for _, s, c in rows] == [
        ("Volodymyr Zelensky", "CNN"), ("Volodymyr Zelensky", "CNN"), ("Emmanuel Macron", None)]


def test_channel_from_a_sentence_of_its_own_german(extract) -> None:
    rows = table(extract(DE_INTERVIEW, "de", "2025-05-01"))
    assert [(s, c) for _, s, c in rows] == [
        ("Volodymyr Zelensky", "ZDF"), ("Volodymyr Zelensky", "ZDF"), ("Friedrich Merz", None)]


def test_a_narrative_sentence_ends_the_interview(extract) -> None:
    rows = table(extract(DE_NARRATIVE, "de", "2025-05-01"))
    assert [c for _, _, c in rows] == ["ZDF", None]


# ------------------------------------------------------------------ speakers
def test_role_noun_is_the_person_the_article_names_with_that_office(extract) -> None:
    text = ("Bundeskanzler Olaf Scholz reiste am Dienstag nach Vilnius. "
            "Die Ukraine könne sich auf Deutschland verlassen, sagte der Kanzler.")
    assert [s for _, s, _ in table(extract(text, "de"))] == ["Olaf Scholz"]  # not the holder of 2026


def test_role_noun_without_another_named_holder_stays_the_dossier_holder(extract) -> None:
    text = "Die Ukraine könne sich auf Deutschland verlassen, sagte der Kanzler am Freitag."
    assert [s for _, s, _ in table(extract(text, "de", "2025-10-01"))] == ["Friedrich Merz"]


def test_unnamed_spokesperson_is_the_office(extract) -> None:
    text = "Trumps Sprecherin erklärte am Abend, der Präsident sei zu einem Treffen bereit."
    assert [s for _, s, _ in table(extract(text, "de", "2025-08-01"))] == ["White House"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Rustem Umarov said the delegation would travel to Geneva on Monday.", "en", "Rustem Umerov"),
        ("Der Delegationsleiter Wladimir Medinksi sagte, Russland wolle weiter verhandeln.", "de",
         "Vladimir Medinsky"),
        ("Bart De Wever, the Belgian premier, met EU leaders in Brussels. "
         "De Wever said the frozen assets could not be used without guarantees.", "en", "Bart De Wever"),
        ("Commission Vice President Frans Timmermans said peace required a Russian withdrawal.", "en",
         "Frans Timmermans"),
    ],
)
def test_near_spellings_and_name_particles(extract, text: str, lang: str, speaker: str) -> None:
    assert speaker in [s for _, s, _ in table(extract(text, lang, "2025-05-01"))]


def test_a_different_surname_is_not_a_misspelling() -> None:
    linker = get_linker("russia_ukraine")
    assert linker.resolve("Martin Schulz", "de", "2025-05-01") == "Martin Schulz"
    assert linker.resolve("Schulz", "de", "2025-05-01") != "Olaf Scholz"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Peskov spoke to reporters on Monday. According to him, the talks would continue in Istanbul.", "en"),
        ("Peskow sprach am Montag mit Journalisten. Seinen Worten zufolge werden die Gespräche in Istanbul "
         "fortgesetzt.", "de"),
    ],
)
def test_object_pronouns_and_possessive_sources(extract, text: str, lang: str) -> None:
    speakers = [s for _, s, _ in table(extract(text, lang, "2025-05-01"))]
    assert speakers and speakers[-1] == "Dmitry Peskov"
    assert UNKNOWN_ACTOR not in speakers


# ------------------------------------------------------------------ relays
@pytest.mark.parametrize(
    ("via", "expected"),
    [("TASS", "TASS"), ("Interfax-Ukraine", "Interfax-Ukraine"), ("Peskow", None), ("er", None),
     ("eigenen Worten", None), ("der staatlichen russischen Nachrichtenagentur", None)],
)
def test_via_is_never_the_speaker_a_pronoun_or_a_common_noun(via: str, expected: str | None) -> None:
    text = "Peskow sagte, die Gespräche würden fortgesetzt."
    nlp, link = registry.create("nlp.de"), registry.create("actors.link")
    doc = nlp(Article(text=text, lang="de", date="2025-05-01"))
    doc.statements = [Statement(kind="indirect", quote=Span(14, 46), cue=Span(7, 12), speaker=Span(0, 6), via=via)]
    assert link(doc).statements[0].via == expected


def test_bare_demonstrative_article_is_a_pronoun_speaker() -> None:
    linker = get_linker("russia_ukraine")
    link = linker.link("Der", "de", "2025-05-01")
    assert (link.kind, link.gender) == ("pronoun", "m")
    assert linker.resolve("Die USA", "de", "2025-05-01") == "United States"


# ------------------------------------------------------------------ German speaker phrases
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Doch Trump sagte Reportern in Florida, er werde die Zölle erhöhen.", "Trump"),
        ("Das sei ein Fortschritt, sagte der Staatschef Journalisten in Kiew.", "der Staatschef"),
        ("Kanzler Olaf Scholz (SPD) erklärte in Madrid, Europa brauche einen langen Atem.", "Olaf Scholz"),
        ("Trumps Vize-Präsident JD Vance erklärte, Europa müsse mehr zahlen.", "JD Vance"),
        ("Das Schweizer Außenministerium erklärte am Abend, die Konferenz finde wie geplant statt.",
         "Das Schweizer Außenministerium"),
    ],
)
def test_german_speaker_phrase(text: str, speaker: str) -> None:
    nlp, quotes = registry.create("nlp.de"), registry.create("quotes.de", merge="rules")
    doc = quotes(nlp(Article(text=text, lang="de")))
    assert [doc.span_text(s.speaker) for s in doc.statements] == [speaker]


@pytest.mark.parametrize(
    ("surface", "actor"),
    [("Kremlangaben", "Kremlin"), ("Kremlkreisen", "Kremlin"), ("Der Kreml in Moskau", "Kremlin"),
     ("Selenskyj in Kiew", "Volodymyr Zelensky")],
)
def test_closed_compounds_and_trailing_places(surface: str, actor: str) -> None:
    assert get_linker("russia_ukraine").resolve(surface, "de", "2025-05-01") == actor


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Russian Defense Ministry reported heavy fighting near the border. "
         "The ministry said the talks in Istanbul would go ahead.", "Russian Defense Ministry"),
        ("Russia's foreign ministry dug in its heels. It said the proposal was unacceptable.",
         "Russian Foreign Ministry"),
        ("The Kremlin's statement said the call had been frank and detailed.", "Kremlin"),
        ("Lavrov spoke in Moscow on Friday. His statement said a new round of talks was possible.",
         "Sergei Lavrov"),
    ],
)
def test_institutions_by_kind_pronoun_and_possessed_document(extract, text: str, speaker: str) -> None:
    assert [s for _, s, _ in table(extract(text, "en", "2025-05-01"))][-1] == speaker


def test_reporters_aside_after_the_content_is_not_reported(extract) -> None:
    text = "Macron said on Friday that Paris would host the next round, as the delegations left the hall."
    assert [q for q, _, _ in table(extract(text, "en", "2025-05-01"))] == ["Paris would host the next round"]


def test_platform_named_with_per_carries_over(extract) -> None:
    text = ("Selenskyj hatte sich zuvor per Telegram zu Wort gemeldet – „Wir lassen uns nicht erpressen“, "
            "hieß es dort. Die Front halte, sagte er. „Wir brauchen mehr Luftabwehr“, erklärte Selenskyj weiter.")
    assert {c for _, _, c in table(extract(text, "de", "2025-05-01"))} == {"Telegram"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Die Gespräche waren konstruktiv“, hieß es am Abend in einem Schreiben des Weißen Hauses.", "White House"),
        ("„Wir sind bereit“, heißt es in einer knappen Stellungnahme des Kremls.", "Kremlin"),
    ],
)
def test_owner_of_the_document_after_heisst_es(extract, text: str, speaker: str) -> None:
    assert [s for _, s, _ in table(extract(text, "de", "2025-05-01"))] == [speaker]


def test_source_phrase_reaches_over_its_place(extract) -> None:
    text = "Am Abend hieß es aus Regierungskreisen in Kiew, die Unterhändler könnten nach Genf fliegen."
    assert [s for _, s, _ in table(extract(text, "de", "2025-05-01"))] == ["Ukraine"]
