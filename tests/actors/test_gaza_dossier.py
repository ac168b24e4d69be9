"""The gaza_ceasefire dossier: names, transliterations, roles by date, metonyms, unnamed officials and
anonymous sources, in German and English sentences written here."""

from __future__ import annotations

import pytest

from builders import statement
from parley import registry
from parley.actors.component import get_linker
from parley.dossier import load_dossier
from parley.model import Article

DOSSIER = "gaza_ceasefire"


@pytest.fixture(scope="module")
def gaza():
    return get_linker(DOSSIER)


def test_canonical_names_and_issue_labels() -> None:
    dossier = load_dossier(DOSSIER)
    for name in ["Benjamin Netanyahu", "Israel Katz", "Itamar Ben-Gvir", "Bezalel Smotrich", "Isaac Herzog",
                 "Yoav Gallant", "Khalil al-Hayya", "Osama Hamdan", "Ismail Haniyeh",
                 "Mohammed bin Abdulrahman Al Thani", "Majed al-Ansari", "Abdel Fattah al-Sisi", "Donald Trump",
                 "Joe Biden", "Antony Blinken", "Steve Witkoff", "Jared Kushner", "Marco Rubio", "Mahmoud Abbas",
                 "António Guterres", "Recep Tayyip Erdogan", "Friedrich Merz", "Israel",
                 "Israeli Prime Minister's Office", "Hamas", "Islamic Jihad", "Qatar", "Egypt", "United States",
                 "White House", "Palestinian Authority", "Hostages and Missing Families Forum", "United Nations",
                 "European Union"]:
        assert name in dossier, name
    assert [i.id for i in dossier.issues] == [
        "talks", "leader_meeting", "ceasefire", "hostages_prisoners", "withdrawal", "humanitarian_aid",
        "disarmament", "governance", "reconstruction", "statehood", "normalization", "other"]


DAY = "2025-10-14"
CASES = [
    # names, aliases, German inflection and transliterations
    ("Benjamin Netanjahu", "de", DAY, "Benjamin Netanyahu"),
    ("Netanjahus", "de", DAY, "Benjamin Netanyahu"),
    ("Bibi Netanyahu", "en", DAY, "Benjamin Netanyahu"),
    ("Chalil al-Haja", "de", DAY, "Khalil al-Hayya"),
    ("Al-Haja", "de", DAY, "Khalil al-Hayya"),
    ("Khalil al-Hayya", "en", DAY, "Khalil al-Hayya"),
    ("Ismail Hanija", "de", DAY, "Ismail Haniyeh"),
    ("Madschid al-Ansari", "de", DAY, "Majed al-Ansari"),
    ("Itamar Ben-Gwir", "de", DAY, "Itamar Ben-Gvir"),
    ("Gideon Sa'ar", "de", DAY, "Gideon Saar"),
    ("Mahmud Abbas", "de", DAY, "Mahmoud Abbas"),
    ("Abdel-Fattah el-Sissi", "en", DAY, "Abdel Fattah al-Sisi"),
    ("Erdoğan", "de", DAY, "Recep Tayyip Erdogan"),
    ("Katar", "de", DAY, "Qatar"),
    ("Ägypten", "de", DAY, "Egypt"),
    ("der Islamische Dschihad", "de", DAY, "Islamic Jihad"),
    ("die Palästinensische Autonomiebehörde", "de", DAY, "Palestinian Authority"),
    ("das Forum der Geiselfamilien", "de", DAY, "Hostages and Missing Families Forum"),
    ("the Hostages Families Forum", "en", DAY, "Hostages and Missing Families Forum"),
    ("die israelische Armee", "de", DAY, "Israel Defense Forces"),
    ("the Times of Israel", "en", DAY, "The Times of Israel"),
    ("israelische Medien", "de", DAY, "Israeli media"),
    ("Egypt's state-affiliated Al-Qahera News", "en", DAY, "Al-Qahera News"),
    ("Senator Mark Andrews", "en", DAY, "Mark Andrews"),  # outside the dossier: an English name keeps its s
    # roles by the article's date
    ("der israelische Verteidigungsminister", "de", "2023-11-20", "Yoav Gallant"),
    ("Israel's defence minister", "en", "2023-11-20", "Yoav Gallant"),
    ("der israelische Verteidigungsminister", "de", "2025-06-01", "Israel Katz"),
    ("Israeli Defense Minister", "en", "2025-06-01", "Israel Katz"),
    ("dem israelischen Außenminister", "de", "2023-11-20", "Eli Cohen"),
    ("Israel's foreign minister", "en", "2024-06-01", "Israel Katz"),
    ("der israelische Außenminister", "de", "2025-06-01", "Gideon Saar"),
    ("Israels Regierungschef", "de", "2024-01-10", "Benjamin Netanyahu"),
    ("der US-Präsident", "de", "2024-05-01", "Joe Biden"),
    ("US President", "en", "2025-10-01", "Donald Trump"),
    ("US-Außenminister", "de", "2024-06-01", "Antony Blinken"),
    ("U.S. Secretary of State", "en", "2025-06-01", "Marco Rubio"),
    ("Trumps Nahost-Gesandter", "de", "2025-03-01", "Steve Witkoff"),
    ("Hamas-Chef", "de", "2024-05-01", "Ismail Haniyeh"),
    ("Hamas leader", "en", "2024-09-01", "Yahya Sinwar"),
    ("Hamas's Gaza chief", "en", "2025-06-01", "Khalil al-Hayya"),
    ("Katars Regierungschef", "de", "2025-01-15", "Mohammed bin Abdulrahman Al Thani"),
    ("Qatar's prime minister", "en", "2025-01-15", "Mohammed bin Abdulrahman Al Thani"),
    ("der Sprecher des katarischen Außenministeriums", "de", "2024-02-01", "Majed al-Ansari"),
    ("der ägyptische Außenminister", "de", "2024-02-01", "Sameh Shoukry"),
    ("Egypt's foreign minister", "en", "2025-02-01", "Badr Abdelatty"),
    ("Palästinenserpräsident", "de", "2025-02-01", "Mahmoud Abbas"),
    ("Bundeskanzler", "de", "2024-02-01", "Olaf Scholz"),
    ("der Bundeskanzler", "de", "2025-10-01", "Friedrich Merz"),
    ("Israels Generalstabschef", "de", "2024-02-01", "Herzi Halevi"),
    ("Israel's military chief", "en", "2025-06-01", "Eyal Zamir"),
    # metonyms: places, seats and governments
    ("Jerusalem", "de", DAY, "Israel"),
    ("Jerusalems", "de", DAY, "Israel"),
    ("Doha", "en", DAY, "Qatar"),
    ("Kairo", "de", DAY, "Egypt"),
    ("Cairo", "en", DAY, "Egypt"),
    ("Washington", "en", DAY, "United States"),
    ("Ramallah", "de", DAY, "Palestinian Authority"),
    ("das Büro des Ministerpräsidenten", "de", DAY, "Israeli Prime Minister's Office"),
    ("Netanyahu's office", "en", DAY, "Israeli Prime Minister's Office"),
    ("ein Sprecher Netanjahus", "de", DAY, "Israeli Prime Minister's Office"),
    ("die israelische Regierung", "de", DAY, "Israel"),
    ("the Trump administration", "en", DAY, "United States"),
    # unnamed officials stand for their government; anonymous sources are UNKNOWN
    ("ein ranghoher israelischer Beamter", "de", DAY, "Israel"),
    ("a senior Israeli official", "en", DAY, "Israel"),
    ("katarische Regierungskreise", "de", DAY, "Qatar"),
    ("an Egyptian official", "en", DAY, "Egypt"),
    ("ägyptische Sicherheitskreise", "de", DAY, "Egypt"),
    ("ein Hamas-Vertreter", "de", DAY, "Hamas"),
    ("a senior Hamas official", "en", DAY, "Hamas"),
    ("ein Sprecher der Hamas", "de", DAY, "Hamas"),
    ("ein Armeesprecher", "de", DAY, "Israel Defense Forces"),
    ("a White House official", "en", DAY, "White House"),
    ("diplomatische Kreise", "de", DAY, "UNKNOWN"),
    ("a source familiar with the talks", "en", DAY, "UNKNOWN"),
    ("Beobachter", "de", DAY, "UNKNOWN"),
]


@pytest.mark.parametrize(("surface", "lang", "date", "actor"), CASES)
def test_linking(gaza, surface: str, lang: str, date: str, actor: str) -> None:
    assert gaza.resolve(surface, lang, date) == actor


ARTICLE_DE = (
    "Kairo – Die indirekten Gespräche über eine Waffenruhe im Gazastreifen gehen weiter. Der israelische "
    "Ministerpräsident Benjamin Netanjahu sagte am Montag, eine Einigung sei nur möglich, wenn alle Geiseln "
    "freikämen. Chalil al-Haja, der die Delegation der Hamas leitet, erklärte, die Organisation werde ihre "
    "Waffen nicht abgeben. Ein ranghoher ägyptischer Beamter sagte, beide Seiten seien sich näher gekommen. "
    "„Wir arbeiten Tag und Nacht an einem Abkommen“, sagte der Sprecher des katarischen Außenministeriums."
)


@pytest.fixture(scope="module")
def link_gaza():
    return registry.create("actors.link", dossier=DOSSIER)


def test_statements_linked_with_the_gaza_dossier(link_gaza, nlp) -> None:
    doc = nlp("de")(Article(text=ARTICLE_DE, lang="de", date="2025-01-13"))
    doc.statements = [
        statement(ARTICLE_DE, "eine Einigung sei nur möglich", "Ministerpräsident Benjamin Netanjahu", "indirect"),
        statement(ARTICLE_DE, "die Organisation werde ihre", "Chalil al-Haja", "indirect"),
        statement(ARTICLE_DE, "beide Seiten seien sich näher gekommen", "Ein ranghoher ägyptischer Beamter",
                  "indirect"),
        statement(ARTICLE_DE, "Wir arbeiten Tag und Nacht an einem Abkommen",
                  "der Sprecher des katarischen Außenministeriums"),
    ]
    doc = link_gaza(doc)
    # an unnamed spokesperson whose dossier holder the article does not name speaks for the office
    assert [s.speaker_actor for s in doc.statements] == [
        "Benjamin Netanyahu", "Khalil al-Hayya", "Egypt", "Qatar"]


PIPELINE_DE = (
    "Israel werde sich nicht aus dem Philadelphi-Korridor zurückziehen, sagte Verteidigungsminister Israel "
    "Katz am Sonntag. Die Hamas lehnt jeden Plan zur Abgabe ihrer Waffen ab, sagte das ranghohe Mitglied "
    "Osama Hamdan."
)


@pytest.mark.slow
def test_pipeline_speakers_with_the_gaza_dossier() -> None:
    """A dossier person whose first name is a place (*Israel Katz*) stays one speaker phrase."""
    from parley.pipeline import Pipeline, load_config

    config = load_config()
    config["pipeline"]["dossier"] = DOSSIER
    doc = Pipeline(config)(Article(text=PIPELINE_DE, lang="de", date="2025-07-20"))
    assert [s.speaker_actor for s in doc.statements] == ["Israel Katz", "Osama Hamdan"]
    assert doc.dossier == DOSSIER


def test_dossier_places_for_the_german_quotes_stage() -> None:
    """The German quotation stage ends a name at the dossier's places (its states and metonyms)."""
    from parley.quotes.de.phrases import known_names

    known = known_names(load_dossier(DOSSIER), "de")
    assert {"katar", "ägypten", "doha", "kairo", "ramallah", "jerusalem"} <= known.places
    assert "jordan" not in known.places and "israel katz" in known.names
