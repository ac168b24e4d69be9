"""Speaker coreference inside an article, on realistic news sentences written for these tests."""

from __future__ import annotations

import pytest
from builders import Said, linked, statement

DE_PRONOUN = (
    "Wolodymyr Selenskyj, der Präsident der Ukraine, lehnte am Dienstag jeden Rückzug seiner Truppen "
    "aus dem Donbass ab. „Wir werden kein Land aufgeben, das Russland besetzt hat“, sagte er am Abend in Kiew. "
    "Kremlsprecher Dmitri Peskow wies die Kritik zurück. Die Ukraine müsse die Realität anerkennen, "
    "sagte er der Agentur Tass."
)

DE_GENDER = (
    "Außenministerin Annalena Baerbock traf in Berlin ihren russischen Kollegen Sergej Lawrow nicht, "
    "sprach aber mit Kremlkritikern. Sie betonte, Deutschland stehe fest an der Seite der Ukraine."
)

DE_ROLE_NOUN = (
    "Bundeskanzler Friedrich Merz empfing am Montag den ukrainischen Präsidenten Wolodymyr Selenskyj "
    "im Kanzleramt. Russlands Außenminister Sergej Lawrow kritisierte das Treffen scharf. "
    "Der Diplomat sagte, Europa verlängere damit den Krieg."
)

DE_PRESIDENT = (
    "Selenskyj telefonierte am Freitag mit Merz. „Wir brauchen Luftverteidigung, und zwar jetzt“, "
    "sagte der Präsident nach dem Gespräch."
)

DE_DIESER = (
    "Der Kremlchef empfing den US-Sondergesandten Steve Witkoff. Dieser erklärte anschließend, "
    "die Gespräche seien konstruktiv gewesen."
)

EN_TEXT = (
    "Russian President Vladimir Putin met US envoy Steve Witkoff in Moscow on Thursday. "
    "\"The meeting was useful and constructive,\" Kremlin aide Yuri Ushakov told reporters. "
    "He added that no date had been set for a summit.\n"
    "Ukraine's President Volodymyr Zelenskyy said Kyiv had not been consulted. "
    "\"Nothing about Ukraine without Ukraine,\" the Ukrainian leader said."
)

EN_CATAPHORA = (
    "\"We are ready for a ceasefire in the air and at sea,\" the president said on Sunday.\n"
    "Zelenskyy spoke after talks with European leaders in London."
)

DE_QUOTED = (
    "Selenskyj warnte vor einem Diktatfrieden. „Putin will keinen Frieden, er will die ganze Ukraine“, "
    "sagte er."
)

DE_MIXED = (
    "Nach Angaben von US-Kreisen wurde in Genf bis in die Nacht verhandelt. Ein Sprecher des Weißen "
    "Hauses sagte, man sei einer Einigung nahe. Moskau reagierte zurückhaltend: Russland werde sich "
    "nicht drängen lassen, hieß es. Britische Regierungsbeamte erklärten, die Koalition der Willigen "
    "stehe bereit."
)

DE_NEW_PERSON = (
    "Der portugiesische Regierungschef Luís Montenegro besuchte Kiew. Montenegro sagte, Portugal werde "
    "die Ukraine weiter unterstützen."
)

EN_NEW = (
    "Finnish diplomat Anna Virtanen arrived in Geneva on Monday. Virtanen said both delegations had "
    "agreed on an agenda. She added that a ceasefire was not yet on the table."
)

DE_NER = (
    "Der estnische Verteidigungsminister Hanno Pevkur reiste nach New York. Dort traf er den UN-Generalsekretär. "
    "Pevkur sagte, Estland unterstütze Gespräche."
)

EN_MANY = (
    "Foreign Secretary Yvette Cooper met Russia's ambassador Andrei Kelin in London on Tuesday. "
    "She said Britain would keep up the pressure on Moscow. European leaders gathered in Paris the same "
    "day. They said a ceasefire had to come first. Macron spoke with Starmer and Merz; the latter said "
    "Germany would contribute."
)

DE_PLURAL = (
    "Die Europäer wollen bei den Gesprächen in Genf mitreden. Sie fordern, dass jede Vereinbarung die "
    "Sicherheit des Kontinents berücksichtigt. Der Kreml lehnte das ab."
)

DE_GENDER_NEW = (
    "Der Bürgermeister Wolfgang Brenner und die Ärztin Sabine Roth besuchten das Lager. "
    "Sie sagte, die Lage sei dramatisch."
)

DE_OTHER_COUNTRY = (
    "Lula da Silva empfing in Brasília den Präsidenten Venezuelas, Nicolás Maduro. "
    "Der venezolanische Präsident sagte, sein Land sei zu Vermittlung bereit."
)

DE_POSSESSIVE = (
    "Kremlsprecher Dmitri Peskow äußerte sich am Abend. Seinen Angaben zufolge gibt es noch keinen Termin."
)


@pytest.mark.parametrize(
    ("text", "lang", "date", "said", "actors"),
    [
        pytest.param(DE_GENDER, "de", "2023-03-01", [
            Said("Deutschland stehe fest an der Seite der Ukraine", "Sie"),
        ], ["Annalena Baerbock"], id="gender_agreement_picks_the_female_antecedent"),
        pytest.param(DE_ROLE_NOUN, "de", "2025-09-01", [
            Said("Europa verlängere damit den Krieg", "Der Diplomat"),
        ], ["Sergei Lavrov"], id="role_noun_prefers_the_holder_of_a_matching_office"),
        pytest.param(DE_PRESIDENT, "de", "2025-10-10", [
            Said("Wir brauchen Luftverteidigung, und zwar jetzt", "der Präsident", "direct"),
        ], ["Volodymyr Zelensky"], id="generic_president_is_the_person_who_holds_a_presidency"),
        pytest.param(EN_TEXT, "en", "2025-08-07", [
            Said("The meeting was useful and constructive", "Kremlin aide Yuri Ushakov", "direct"),
            Said("no date had been set for a summit", "He"),
            Said("Kyiv had not been consulted", "Ukraine's President Volodymyr Zelenskyy"),
            Said("Nothing about Ukraine without Ukraine", "the Ukrainian leader", "direct"),
        ], ["Yuri Ushakov", "Yuri Ushakov", "Volodymyr Zelensky", "Volodymyr Zelensky"],
            id="english_pronouns_roles_and_names"),
        pytest.param(EN_CATAPHORA, "en", "2025-03-02", [
            Said("We are ready for a ceasefire in the air and at sea", "the president", "direct"),
        ], ["Volodymyr Zelensky"], id="cataphora_when_the_name_follows"),
        pytest.param(DE_QUOTED, "de", None, [
            Said("Putin will keinen Frieden, er will die ganze Ukraine", "er", "direct", occurrence=2),
        ], ["Volodymyr Zelensky"], id="names_inside_the_quotation_are_not_the_speaker"),
        pytest.param(DE_MIXED, "de", "2025-11-23", [
            Said("wurde in Genf bis in die Nacht verhandelt", "US-Kreisen"),
            Said("man sei einer Einigung nahe", "Ein Sprecher des Weißen Hauses"),
            Said("Russland werde sich nicht drängen lassen", None),
            Said("die Koalition der Willigen stehe bereit", "Britische Regierungsbeamte"),
        ], ["United States", "White House", "UNKNOWN", "United Kingdom"],
            id="institutions_officials_metonyms_and_anonymous_sources"),
        pytest.param(EN_NEW, "en", None, [
            Said("both delegations had agreed on an agenda", "Virtanen"),
            Said("a ceasefire was not yet on the table", "She"),
        ], ["Anna Virtanen", "Anna Virtanen"], id="new_persons_are_antecedents_too"),
        pytest.param(EN_MANY, "en", "2025-10-14", [
            Said("Britain would keep up the pressure on Moscow", "She"),
            Said("a ceasefire had to come first", "They"),
            Said("Germany would contribute", "the latter"),
        ], ["Yvette Cooper", "European leaders", "Friedrich Merz"], id="she_they_and_the_latter"),
        pytest.param(DE_PLURAL, "de", "2025-11-24", [
            Said("jede Vereinbarung die Sicherheit des Kontinents berücksichtigt", "Sie"),
        ], ["European leaders"], id="german_sie_for_a_plural_group"),
        pytest.param(DE_GENDER_NEW, "de", None, [
            Said("die Lage sei dramatisch", "Sie"),
        ], ["Sabine Roth"], id="first_names_give_gender_to_persons_outside_the_dossier"),
        pytest.param(DE_OTHER_COUNTRY, "de", "2023-05-29", [
            Said("sein Land sei zu Vermittlung bereit", "Der venezolanische Präsident"),
        ], ["Nicolás Maduro"], id="role_noun_of_a_country_outside_the_dossier_skips_dossier_persons"),
        pytest.param(DE_POSSESSIVE, "de", "2025-06-02", [
            Said("gibt es noch keinen Termin", "Seinen"),
        ], ["Dmitry Peskov"], id="possessive_source_pronoun"),
    ],
)
def test_speakers_are_resolved(analyse, text: str, lang: str, date: str | None, said: list[Said],
                               actors: list[str]) -> None:
    doc = linked(analyse, text, lang, said, date)
    assert [s.speaker_actor for s in doc.statements] == actors


def test_german_pronouns_take_the_latest_compatible_subject(analyse) -> None:
    doc = linked(analyse, DE_PRONOUN, "de", [
        Said("Wir werden kein Land aufgeben, das Russland besetzt hat", "er", "direct"),
        Said("Die Ukraine müsse die Realität anerkennen", "er"),
    ], "2025-04-20")
    assert [s.speaker_actor for s in doc.statements] == ["Volodymyr Zelensky", "Dmitry Peskov"]
    pronoun = next(m for m in doc.mentions if m.text == "er")
    assert pronoun.label == "PRON" and pronoun.antecedent is not None


def test_demonstrative_dieser_and_dated_role_nouns(analyse) -> None:
    doc = linked(analyse, DE_DIESER, "de", [Said("die Gespräche seien konstruktiv gewesen", "Dieser")],
                 "2025-08-07")
    assert doc.statements[0].speaker_actor == "Steve Witkoff"
    kremlchef = next(m for m in doc.mentions if m.text == "Kremlchef")
    assert kremlchef.actor == "Vladimir Putin"


def test_persons_outside_the_dossier_become_new_actors(analyse) -> None:
    doc = linked(analyse, DE_NEW_PERSON, "de", [Said("Portugal werde die Ukraine weiter unterstützen", "Montenegro")])
    assert doc.statements[0].speaker_actor == "Luís Montenegro"
    names = {m.actor for m in doc.mentions}
    assert "Luís Montenegro" in names and "Ukraine" in names


def test_relay_and_addressee_are_canonicalised(analyse) -> None:
    text = "Laut Uschakow habe Putin dem US-Präsidenten gesagt, Russland sei zu Gesprächen bereit."
    st = statement(text, "Russland sei zu Gesprächen bereit", "Putin", "indirect")
    st.via, st.via_span = "Uschakow", None
    st.addressee = statement(text, "Russland sei zu Gesprächen bereit", "dem US-Präsidenten").speaker
    doc = analyse(text, "de", [st], "2025-08-16")
    assert (st.speaker_actor, st.via, st.addressee_actor) == ("Vladimir Putin", "Yuri Ushakov", "Donald Trump")


def test_german_name_tagger_finds_persons_not_places(analyse) -> None:
    doc = linked(analyse, DE_NER, "de", [Said("Estland unterstütze Gespräche", "Pevkur")], "2025-09-20")
    actors = {m.text: m.actor for m in doc.mentions}
    assert actors["Hanno Pevkur"] == "Hanno Pevkur" and "New York" not in actors
    assert actors["UN-Generalsekretär"] == "António Guterres"
    assert doc.statements[0].speaker_actor == "Hanno Pevkur"


def test_a_single_noun_after_an_article_is_no_person(linker) -> None:
    assert linker.resolve("die Mitarbeiterin", "de") == "UNKNOWN"
    assert linker.resolve("die Anwältin der Frau", "de") == "UNKNOWN"
