"""Group and government nouns, coordinated names and "aus X" source phrases (sentences written for
these tests)."""

from __future__ import annotations

import pytest
from builders import statement

from parley.actors.coordination import conjuncts

DATE = "2025-06-01"


@pytest.mark.parametrize(
    ("surface", "lang", "expected"),
    [
        # European politicians and states acting together; EU foreign/defence ministers too
        ("die Europäer", "de", "European leaders"),
        ("the Europeans", "en", "European leaders"),
        ("die europäischen Verbündeten", "de", "European leaders"),
        ("die Außenminister der EU", "de", "European leaders"),
        ("den EU-Außenministern", "de", "European leaders"),
        ("EU foreign ministers", "en", "European leaders"),
        ("die europäischen Regierungen", "de", "European leaders"),
        ("European governments", "en", "European leaders"),
        ("der Rat der EU", "de", "Council of the European Union"),
        # governments and administrations stand for their state
        ("die Trump-Regierung", "de", "United States"),
        ("the Trump administration", "en", "United States"),
        ("die US-Regierung", "de", "United States"),
        ("the Biden administration", "en", "United States"),
        ("die Bundesregierung", "de", "Germany"),
        ("die Regierung in Kiew", "de", "Ukraine"),
        ("the government in Kyiv", "en", "Ukraine"),
        ("die russische Führung", "de", "Russia"),
        ("the Russian leadership", "en", "Russia"),
        # "aus X verlautete", "hieß es aus …", "word from …": the source after the preposition
        ("aus Kiew", "de", "Ukraine"),
        ("Aus Moskau", "de", "Russia"),
        ("aus dem polnischen Außenministerium", "de", "Poland"),
        ("aus Regierungskreisen in Warschau", "de", "Poland"),
        ("aus dem Kreml", "de", "Kremlin"),
        ("seitens der Bundesregierung", "de", "Germany"),
        ("from the Kremlin", "en", "Kremlin"),
        ("aus diplomatischen Kreisen", "de", "UNKNOWN"),
        # coordinated names: the first one
        ("Merz und Macron", "de", "Friedrich Merz"),
        ("Trump and Putin", "en", "Donald Trump"),
        ("Bundeskanzler Merz, Präsident Macron und Premier Starmer", "de", "Friedrich Merz"),
    ],
)
def test_groups_governments_sources(linker, surface: str, lang: str, expected: str) -> None:
    assert linker.resolve(surface, lang, DATE) == expected


@pytest.mark.parametrize(
    ("surface", "lang"),
    [
        ("die europäischen Staats- und Regierungschefs", "de"),  # one group, hyphen before "und"
        ("Bosnien und Herzegowina", "de"),  # one country, not two names
        ("Trinidad and Tobago", "en"),
        ("Peskow, Putins Sprecher", "de"),  # apposition: the same person twice
        ("das Ministerium für Wirtschaft und Klimaschutz", "de"),
    ],
)
def test_not_coordinated_names(linker, surface: str, lang: str) -> None:
    assert conjuncts(linker, surface, lang, DATE) == []


def test_coordination_ranges(linker) -> None:
    surface = "Selenskyj, Macron und Starmer"
    assert [surface[a:b] for a, b in conjuncts(linker, surface, "de", DATE)] == ["Selenskyj", "Macron", "Starmer"]


def test_not_a_source_preposition(linker) -> None:
    assert linker.resolve("aus", "de", DATE) is None
    assert linker.resolve("Ausland", "de", DATE) != "Ukraine"


@pytest.mark.parametrize(
    ("lang", "text", "quote", "speaker", "first", "others"),
    [
        ("de", "Merz und Macron forderten am Montag in Paris eine sofortige Waffenruhe entlang der Front.",
         "eine sofortige Waffenruhe entlang der Front", "Merz und Macron", "Friedrich Merz", ["Emmanuel Macron"]),
        ("en", "Starmer and Meloni said on Thursday that Europe must keep arming Ukraine.",
         "that Europe must keep arming Ukraine", "Starmer and Meloni", "Keir Starmer", ["Giorgia Meloni"]),
    ],
)
def test_coordinated_speakers(analyse, lang, text, quote, speaker, first, others) -> None:
    doc = analyse(text, lang, [statement(text, quote, speaker, "indirect")], DATE)
    assert doc.statements[0].speaker_actor == first
    named = [m for m in doc.mentions if doc.statements[0].speaker.contains(m.span)]
    assert [m.actor for m in named] == [first, *others]  # one mention per name, none for the whole phrase


def test_source_phrase_speaker(analyse) -> None:
    text = "Aus Regierungskreisen in Warschau verlautete am Abend, Polen werde keine Soldaten entsenden."
    doc = analyse(text, "de", [statement(text, "Polen werde keine Soldaten entsenden",
                                         "Aus Regierungskreisen in Warschau", "indirect")], DATE)
    assert doc.statements[0].speaker_actor == "Poland"


def test_single_speaker_keeps_whole_mention(analyse) -> None:
    text = "Kremlsprecher Dmitri Peskow sagte, Moskau sei zu Gesprächen bereit."
    doc = analyse(text, "de", [statement(text, "Moskau sei zu Gesprächen bereit", "Kremlsprecher Dmitri Peskow",
                                         "indirect")], DATE)
    assert doc.statements[0].speaker_actor == "Dmitry Peskov"
