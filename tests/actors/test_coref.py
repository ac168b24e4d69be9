"""Speaker coreference inside an article, on realistic news sentences written for these tests."""

from __future__ import annotations

from builders import statement

DE_PRONOUN = (
    "Wolodymyr Selenskyj, der Präsident der Ukraine, lehnte am Dienstag jeden Rückzug seiner Truppen "
    "aus dem Donbass ab. „Wir werden kein Land aufgeben, das Russland besetzt hat“, sagte er am Abend in Kiew. "
    "Kremlsprecher Dmitri Peskow wies die Kritik zurück. Die Ukraine müsse die Realität anerkennen, "
    "sagte er der Agentur Tass."
)


def test_german_pronouns_take_the_latest_compatible_subject(analyse) -> None:
    doc = analyse(DE_PRONOUN, "de", [
        statement(DE_PRONOUN, "Wir werden kein Land aufgeben, das Russland besetzt hat", "er"),
        statement(DE_PRONOUN, "Die Ukraine müsse die Realität anerkennen", "er", "indirect"),
    ], "2025-04-20")
    assert [s.speaker_actor for s in doc.statements] == ["Volodymyr Zelensky", "Dmitry Peskov"]
    pronoun = next(m for m in doc.mentions if m.text == "er")
    assert pronoun.label == "PRON" and pronoun.antecedent is not None


DE_GENDER = (
    "Außenministerin Annalena Baerbock traf in Berlin ihren russischen Kollegen Sergej Lawrow nicht, "
    "sprach aber mit Kremlkritikern. Sie betonte, Deutschland stehe fest an der Seite der Ukraine."
)


def test_gender_agreement_picks_the_female_antecedent(analyse) -> None:
    doc = analyse(DE_GENDER, "de", [
        statement(DE_GENDER, "Deutschland stehe fest an der Seite der Ukraine", "Sie", "indirect"),
    ], "2023-03-01")
    assert doc.statements[0].speaker_actor == "Annalena Baerbock"


DE_ROLE_NOUN = (
    "Bundeskanzler Friedrich Merz empfing am Montag den ukrainischen Präsidenten Wolodymyr Selenskyj "
    "im Kanzleramt. Russlands Außenminister Sergej Lawrow kritisierte das Treffen scharf. "
    "Der Diplomat sagte, Europa verlängere damit den Krieg."
)


def test_role_noun_prefers_the_holder_of_a_matching_office(analyse) -> None:
    doc = analyse(DE_ROLE_NOUN, "de", [
        statement(DE_ROLE_NOUN, "Europa verlängere damit den Krieg", "Der Diplomat", "indirect"),
    ], "2025-09-01")
    assert doc.statements[0].speaker_actor == "Sergei Lavrov"


DE_PRESIDENT = (
    "Selenskyj telefonierte am Freitag mit Merz. „Wir brauchen Luftverteidigung, und zwar jetzt“, "
    "sagte der Präsident nach dem Gespräch."
)


def test_generic_president_is_the_person_who_holds_a_presidency(analyse) -> None:
    doc = analyse(DE_PRESIDENT, "de", [
        statement(DE_PRESIDENT, "Wir brauchen Luftverteidigung, und zwar jetzt", "der Präsident"),
    ], "2025-10-10")
    assert doc.statements[0].speaker_actor == "Volodymyr Zelensky"


DE_DIESER = (
    "Der Kremlchef empfing den US-Sondergesandten Steve Witkoff. Dieser erklärte anschließend, "
    "die Gespräche seien konstruktiv gewesen."
)


def test_demonstrative_dieser_and_dated_role_nouns(analyse) -> None:
    doc = analyse(DE_DIESER, "de", [
        statement(DE_DIESER, "die Gespräche seien konstruktiv gewesen", "Dieser", "indirect"),
    ], "2025-08-07")
    assert doc.statements[0].speaker_actor == "Steve Witkoff"
    kremlchef = next(m for m in doc.mentions if m.text == "Kremlchef")
    assert kremlchef.actor == "Vladimir Putin"


EN_TEXT = (
    "Russian President Vladimir Putin met US envoy Steve Witkoff in Moscow on Thursday. "
    "\"The meeting was useful and constructive,\" Kremlin aide Yuri Ushakov told reporters. "
    "He added that no date had been set for a summit.\n"
    "Ukraine's President Volodymyr Zelenskyy said Kyiv had not been consulted. "
    "\"Nothing about Ukraine without Ukraine,\" the Ukrainian leader said."
)


def test_english_pronouns_roles_and_names(analyse) -> None:
    doc = analyse(EN_TEXT, "en", [
        statement(EN_TEXT, "The meeting was useful and constructive", "Kremlin aide Yuri Ushakov"),
        statement(EN_TEXT, "no date had been set for a summit", "He", "indirect"),
        statement(EN_TEXT, "Kyiv had not been consulted", "Ukraine's President Volodymyr Zelenskyy", "indirect"),
        statement(EN_TEXT, "Nothing about Ukraine without Ukraine", "the Ukrainian leader"),
    ], "2025-08-07")
    assert [s.speaker_actor for s in doc.statements] == [
        "Yuri Ushakov", "Yuri Ushakov", "Volodymyr Zelensky", "Volodymyr Zelensky"]


EN_CATAPHORA = (
    "\"We are ready for a ceasefire in the air and at sea,\" the president said on Sunday.\n"
    "Zelenskyy spoke after talks with European leaders in London."
)


def test_cataphora_when_the_name_follows(analyse) -> None:
    doc = analyse(EN_CATAPHORA, "en", [
        statement(EN_CATAPHORA, "We are ready for a ceasefire in the air and at sea", "the president"),
    ], "2025-03-02")
    assert doc.statements[0].speaker_actor == "Volodymyr Zelensky"


DE_QUOTED = (
    "Selenskyj warnte vor einem Diktatfrieden. „Putin will keinen Frieden, er will die ganze Ukraine“, "
    "sagte er."
)


def test_names_inside_the_quotation_are_not_the_speaker(analyse) -> None:
    doc = analyse(DE_QUOTED, "de", [
        statement(DE_QUOTED, "Putin will keinen Frieden, er will die ganze Ukraine", "er", occurrence=2),
    ])
    assert doc.statements[0].speaker_actor == "Volodymyr Zelensky"


DE_MIXED = (
    "Nach Angaben von US-Kreisen wurde in Genf bis in die Nacht verhandelt. Ein Sprecher des Weißen "
    "Hauses sagte, man sei einer Einigung nahe. Moskau reagierte zurückhaltend: Russland werde sich "
    "nicht drängen lassen, hieß es. Britische Regierungsbeamte erklärten, die Koalition der Willigen "
    "stehe bereit."
)


def test_institutions_officials_metonyms_and_anonymous_sources(analyse) -> None:
    doc = analyse(DE_MIXED, "de", [
        statement(DE_MIXED, "wurde in Genf bis in die Nacht verhandelt", "US-Kreisen", "indirect"),
        statement(DE_MIXED, "man sei einer Einigung nahe", "Ein Sprecher des Weißen Hauses", "indirect"),
        statement(DE_MIXED, "Russland werde sich nicht drängen lassen", None, "indirect"),
        statement(DE_MIXED, "die Koalition der Willigen stehe bereit", "Britische Regierungsbeamte", "indirect"),
    ], "2025-11-23")
    assert [s.speaker_actor for s in doc.statements] == [
        "United States", "White House", "UNKNOWN", "United Kingdom"]


DE_NEW_PERSON = (
    "Der portugiesische Regierungschef Luís Montenegro besuchte Kiew. Montenegro sagte, Portugal werde "
    "die Ukraine weiter unterstützen."
)


def test_persons_outside_the_dossier_become_new_actors(analyse) -> None:
    doc = analyse(DE_NEW_PERSON, "de", [
        statement(DE_NEW_PERSON, "Portugal werde die Ukraine weiter unterstützen", "Montenegro", "indirect"),
    ])
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


EN_NEW = (
    "Finnish diplomat Anna Virtanen arrived in Geneva on Monday. Virtanen said both delegations had "
    "agreed on an agenda. She added that a ceasefire was not yet on the table."
)


def test_new_persons_are_antecedents_too(analyse) -> None:
    doc = analyse(EN_NEW, "en", [
        statement(EN_NEW, "both delegations had agreed on an agenda", "Virtanen", "indirect"),
        statement(EN_NEW, "a ceasefire was not yet on the table", "She", "indirect"),
    ])
    assert [s.speaker_actor for s in doc.statements] == ["Anna Virtanen", "Anna Virtanen"]


DE_NER = (
    "Der estnische Verteidigungsminister Hanno Pevkur reiste nach New York. Dort traf er den UN-Generalsekretär. "
    "Pevkur sagte, Estland unterstütze Gespräche."
)


def test_german_name_tagger_finds_persons_not_places(analyse) -> None:
    doc = analyse(DE_NER, "de", [statement(DE_NER, "Estland unterstütze Gespräche", "Pevkur", "indirect")],
                  "2025-09-20")
    actors = {m.text: m.actor for m in doc.mentions}
    assert actors["Hanno Pevkur"] == "Hanno Pevkur" and "New York" not in actors
    assert actors["UN-Generalsekretär"] == "António Guterres"
    assert doc.statements[0].speaker_actor == "Hanno Pevkur"


EN_MANY = (
    "Foreign Secretary Yvette Cooper met Russia's ambassador Andrei Kelin in London on Tuesday. "
    "She said Britain would keep up the pressure on Moscow. European leaders gathered in Paris the same "
    "day. They said a ceasefire had to come first. Macron spoke with Starmer and Merz; the latter said "
    "Germany would contribute."
)


def test_she_they_and_the_latter(analyse) -> None:
    doc = analyse(EN_MANY, "en", [
        statement(EN_MANY, "Britain would keep up the pressure on Moscow", "She", "indirect"),
        statement(EN_MANY, "a ceasefire had to come first", "They", "indirect"),
        statement(EN_MANY, "Germany would contribute", "the latter", "indirect"),
    ], "2025-10-14")
    assert [s.speaker_actor for s in doc.statements] == ["Yvette Cooper", "European leaders", "Friedrich Merz"]


DE_PLURAL = (
    "Die Europäer wollen bei den Gesprächen in Genf mitreden. Sie fordern, dass jede Vereinbarung die "
    "Sicherheit des Kontinents berücksichtigt. Der Kreml lehnte das ab."
)


def test_german_sie_for_a_plural_group(analyse) -> None:
    doc = analyse(DE_PLURAL, "de", [
        statement(DE_PLURAL, "jede Vereinbarung die Sicherheit des Kontinents berücksichtigt", "Sie", "indirect"),
    ], "2025-11-24")
    assert doc.statements[0].speaker_actor == "European leaders"


DE_GENDER_NEW = (
    "Der Bürgermeister Wolfgang Brenner und die Ärztin Sabine Roth besuchten das Lager. "
    "Sie sagte, die Lage sei dramatisch."
)


def test_first_names_give_gender_to_persons_outside_the_dossier(analyse) -> None:
    doc = analyse(DE_GENDER_NEW, "de", [statement(DE_GENDER_NEW, "die Lage sei dramatisch", "Sie", "indirect")])
    assert doc.statements[0].speaker_actor == "Sabine Roth"


def test_a_single_noun_after_an_article_is_no_person(linker) -> None:
    assert linker.resolve("die Mitarbeiterin", "de") == "UNKNOWN"
    assert linker.resolve("die Anwältin der Frau", "de") == "UNKNOWN"


DE_OTHER_COUNTRY = (
    "Lula da Silva empfing in Brasília den Präsidenten Venezuelas, Nicolás Maduro. "
    "Der venezolanische Präsident sagte, sein Land sei zu Vermittlung bereit."
)


def test_role_noun_of_a_country_outside_the_dossier_skips_dossier_persons(analyse) -> None:
    doc = analyse(DE_OTHER_COUNTRY, "de", [
        statement(DE_OTHER_COUNTRY, "sein Land sei zu Vermittlung bereit", "Der venezolanische Präsident", "indirect"),
    ], "2023-05-29")
    assert doc.statements[0].speaker_actor == "Nicolás Maduro"


def test_possessive_source_pronoun(analyse) -> None:
    text = "Kremlsprecher Dmitri Peskow äußerte sich am Abend. Seinen Angaben zufolge gibt es noch keinen Termin."
    doc = analyse(text, "de", [statement(text, "gibt es noch keinen Termin", "Seinen", "indirect")], "2025-06-02")
    assert doc.statements[0].speaker_actor == "Dmitry Peskov"
