"""Speaker linking beyond the actors a development set happens to mention: persons named with their
role or country, long and titled names, nationality nouns, government sources and platforms."""

from __future__ import annotations

import pytest
from builders import Said, linked, statement

from parley.actors.linker import OTHER_COUNTRY
from parley.model import UNKNOWN_ACTOR


@pytest.mark.parametrize(
    ("surface", "lang", "expected"),
    [
        # a name in the phrase wins over the country or institution of the role
        ("Chinas Außenminister Wang Yi", "de", "Wang Yi"),
        ("Chinese Foreign Minister Wang Yi", "en", "Wang Yi"),
        ("Außenamtssprecherin Mao Ning", "de", "Mao Ning"),
        ("foreign ministry spokesman Lin Jian", "en", "Lin Jian"),
        ("Polish government spokesman Adam Szlapka", "en", "Adam Szlapka"),
        ("die Sprecherin Kathrin Deschauer", "de", "Kathrin Deschauer"),
        # titles and honorifics are not part of the name; long names keep all their parts
        ("Kardinal Pietro Parolin", "de", "Pietro Parolin"),
        ("Cardinal Matteo Zuppi", "en", "Matteo Zuppi"),
        ("Papst Leo XIV.", "de", "Pope Leo XIV"),
        ("Katars Regierungschef Scheich Mohammed bin Abdulrahman Al Thani", "de",
         "Mohammed bin Abdulrahman Al Thani"),
        ("Prinz Faisal bin Farhan", "de", "Faisal bin Farhan"),
        ("Emir Tamim bin Hamad Al Thani", "en", "Tamim bin Hamad Al Thani"),
        ("Scheich Abdullah bin Hamad bin Jassim Al Thani", "de", "Abdullah bin Hamad bin Jassim Al Thani"),
        ("Prof. Dr. Anna Schmidt", "de", "Anna Schmidt"),
        ("Metropolit Onufrij", "de", "Onufrij"),  # a single name after an honorific
        ("der Moskauer Patriarch Kyrill", "de", "Patriarch Kirill"),
        ("EU-Ratspräsident Antonio Costa", "de", "António Costa"),
        # canonical names in their ASCII English form, whatever the spelling in the text
        ("Radosław Sikorski", "de", "Radoslaw Sikorski"),
        ("Władysław Kosiniak-Kamysz", "de", "Wladyslaw Kosiniak-Kamysz"),
        ("Geheimdienstchef İbrahim Kalın", "de", "Ibrahim Kalin"),
        ("Mevlüt Çavuşoğlu", "de", "Mevlut Cavusoglu"),
        ("Péter Szijjártó", "de", "Peter Szijjarto"),
        ("Jonas Gahr Støre", "en", "Jonas Gahr Store"),
        ("Marija Lwowa-Belowa", "de", "Maria Lvova-Belova"),
        ("Indiens Außenminister Jaishankar", "de", "Subrahmanyam Jaishankar"),
        # a country's genitive names the same offices and institutions as its adjective
        ("Chinas Außenministerium", "de", "Chinese Foreign Ministry"),
        ("Ungarns Außenminister", "de", "Peter Szijjarto"),
        ("the Polish foreign ministry", "en", "Poland"),
        # persons outside the dossier: letters without an ASCII decomposition in English form
        ("der Politologe Michał Baranowski", "de", "Michal Baranowski"),
        # chief diplomats in either word order
        ("the top Russian diplomat", "en", "Sergei Lavrov"),
        ("Hungary's top diplomat", "en", "Peter Szijjarto"),
        # unnamed government sources stand for their state or institution
        ("der italienischen Regierung", "de", "Italy"),
        ("Vatican officials", "en", "Vatican"),
        ("vatikanische Diplomaten", "de", "Vatican"),
        ("Chinese diplomats", "en", "China"),
        ("türkische Quellen", "de", "Turkey"),
        ("Qatari mediators", "en", "Qatar"),
        ("anonyme Quellen", "de", UNKNOWN_ACTOR),
    ],
)
def test_names_roles_and_sources(linker, surface: str, lang: str, expected: str) -> None:
    assert linker.resolve(surface, lang, "2025-10-01") == expected


@pytest.mark.parametrize(
    ("surface", "gender", "affiliation"),
    [("der Pole", "m", "Poland"), ("die Estin", "f", "Estonia"), ("der Türke", "m", "Turkey"),
     ("the Hungarian", "any", "Hungary"), ("der 61-jährige Ungar", "m", "Hungary"),
     ("der Kroate", "m", OTHER_COUNTRY), ("the Kenyan", "any", OTHER_COUNTRY)],
)
def test_nationality_nouns_need_coreference(linker, surface: str, gender: str, affiliation: str) -> None:
    link = linker.link(surface, "de", "2025-10-01")
    assert (link.actor, link.kind, link.gender, link.affiliation) == (None, "role_noun", gender, affiliation)


def test_plural_nationality_nouns_stay_the_country(linker) -> None:
    assert linker.resolve("die Polen", "de", "2025-10-01") == "Poland"


DE_NATIONALS = (
    "Polens Außenminister Radosław Sikorski forderte am Mittwoch eine gemeinsame Antwort der Nato. "
    "Ungarns Außenminister Péter Szijjártó sprach sich dagegen aus. Die Allianz dürfe sich nicht in den "
    "Krieg hineinziehen lassen, sagte der Ungar. Man werde die Grenze schützen, sagte der Pole."
)

EN_NATIONALS = (
    "Estonian Prime Minister Kaja Kallas met Italy's Giorgia Meloni in Rome on Friday. "
    "The Estonian said Europe could not afford a frozen conflict."
)

DE_OTHER_COUNTRY = (
    "Der kroatische Regierungschef Andrej Plenković traf Selenskyj in Kiew. "
    "Europa dürfe jetzt nicht nachlassen, sagte der Kroate."
)

EN_PLATFORM = (
    "Trump spoke with Putin for more than an hour on Monday. A Truth Social post by Trump later said "
    "the talks had gone \"very well\"."
)

DE_PLATFORM = (
    "Selenskyj reagierte noch in der Nacht auf die Angriffe. Auf Telegram hieß es, Russland habe "
    "mehr als 400 Drohnen gestartet."
)

DE_CUT_NAME = (
    "Kardinal Pietro Parolin sprach am Sonntag in Rom über die verschleppten Kinder. Der Vatikan sei bereit "
    "zu helfen, sagte Kardinal Pietro Parolin nach der Messe."
)

DE_APPOSITION = (
    "Die Sprecherin des Auswärtigen Amts, Kathrin Deschauer, sagte am Montag, Berlin prüfe weitere "
    "Sanktionen gegen die russische Schattenflotte."
)
APPOSITION_QUOTE = "Berlin prüfe weitere Sanktionen gegen die russische Schattenflotte"

DE_COUNTRY_SPAN = "Chinas Außenminister Wang Yi sagte am Montag, Peking unterstütze jede Friedensinitiative."

DE_ROLE_SPAN = (
    "Selenskyj meldete sich am Morgen auf Telegram zu Wort. Auf Telegram schrieb der ukrainische "
    "Präsident, Russland habe in der Nacht mehr als 500 Drohnen gestartet."
)

EN_CHANNEL = "Zelensky spoke to reporters in Kyiv. Talks could resume next week, the BBC was told."

DE_INTRODUCED = (
    "Der kroatische Regierungschef Andrej Plenković traf den polnischen Vizeaußenminister Andrzej Szejna "
    "in Zagreb. Kurz darauf landete Selenskyj. Europa dürfe nicht nachlassen, sagte der Regierungschef. "
    "Warschau stehe bereit, sagte der Pole."
)


@pytest.mark.parametrize(
    ("text", "lang", "date", "said", "actors"),
    [
        pytest.param(DE_NATIONALS, "de", "2025-09-17", [
            Said("Die Allianz dürfe sich nicht in den Krieg hineinziehen lassen", "der Ungar"),
            Said("Man werde die Grenze schützen", "der Pole"),
        ], ["Peter Szijjarto", "Radoslaw Sikorski"], id="nationality_nouns_take_the_latest_person_of_that_country"),
        pytest.param(EN_NATIONALS, "en", "2023-05-12", [
            Said("Europe could not afford a frozen conflict", "The Estonian"),
        ], ["Kaja Kallas"], id="nationality_holds_for_people_now_in_international_posts"),
        pytest.param(DE_OTHER_COUNTRY, "de", "2025-06-01", [
            Said("Europa dürfe jetzt nicht nachlassen", "der Kroate"),
        ], ["Andrej Plenković"], id="nationality_of_a_country_outside_the_dossier"),
        pytest.param(EN_PLATFORM, "en", "2025-05-19", [
            Said("the talks had gone \"very well\"", "A Truth Social post"),
        ], ["Donald Trump"], id="a_post_on_a_platform_is_its_author"),
        pytest.param(DE_CUT_NAME, "de", "2025-06-01", [
            Said("Der Vatikan sei bereit zu helfen", "Kardinal Pietro"),
        ], ["Pietro Parolin"], id="a_speaker_span_cut_inside_a_name_takes_the_whole_name"),
        pytest.param(DE_APPOSITION, "de", "2025-07-14", [
            Said(APPOSITION_QUOTE, "Die Sprecherin des Auswärtigen Amts"),
        ], ["Kathrin Deschauer"], id="a_name_in_apposition_wins_over_the_role"),
        pytest.param(DE_APPOSITION, "de", "2025-07-14", [
            Said(APPOSITION_QUOTE, None),
        ], ["Kathrin Deschauer"], id="without_a_speaker_span_the_named_subject_speaks"),
        pytest.param(DE_COUNTRY_SPAN, "de", "2025-05-01", [
            Said("Peking unterstütze jede Friedensinitiative", "Chinas"),
        ], ["Wang Yi"], id="a_country_span_inside_a_named_role_is_the_person"),
        pytest.param(DE_ROLE_SPAN, "de", "2025-08-20", [
            Said("Russland habe in der Nacht mehr als 500 Drohnen gestartet", "der ukrainische Präsident"),
        ], ["Volodymyr Zelensky"], id="a_role_span_naming_a_person_is_kept"),
        pytest.param(DE_INTRODUCED, "de", "2025-06-01", [
            Said("Europa dürfe nicht nachlassen", "der Regierungschef"),
            Said("Warschau stehe bereit", "der Pole"),
        ], ["Andrej Plenković", "Andrzej Szejna"],
            id="persons_outside_the_dossier_keep_the_country_and_office_they_were_introduced_with"),
    ],
)
def test_speakers_are_linked(analyse, text: str, lang: str, date: str | None, said: list[Said],
                             actors: list[str]) -> None:
    doc = linked(analyse, text, lang, said, date)
    assert [s.speaker_actor for s in doc.statements] == actors


def test_a_platform_is_never_the_speaker(analyse) -> None:
    doc = linked(analyse, DE_PLATFORM, "de", [Said("Russland habe mehr als 400 Drohnen gestartet", "Telegram")],
                 "2025-07-04")
    assert doc.statements[0].speaker_actor == "Volodymyr Zelensky"
    assert all(m.actor != "Telegram" or m.antecedent is None for m in doc.mentions)


def test_a_medium_that_is_the_channel_is_not_the_speaker(analyse) -> None:
    told = statement(EN_CHANNEL, "Talks could resume next week", "the BBC", "indirect")
    told.channel = "BBC"
    reported = statement(EN_CHANNEL, "Talks could resume next week", "the BBC", "indirect")
    doc = analyse(EN_CHANNEL, "en", [told, reported], "2025-05-01")
    assert [s.speaker_actor for s in doc.statements] == ["Volodymyr Zelensky", "BBC"]
