"""quotes.de on reporting phenomena that generalise beyond the tuning data (sentences written here)."""

from __future__ import annotations

import pytest
from quote_views import parts_of


@pytest.mark.parametrize(
    "text, parts",
    [
        # speaker and quote
        (
            "Rustem Umerow, der die ukrainische Delegation leitet, erklärte, man sei zu einem Austausch"
            " der Gefangenen bereit.",
            {"speaker": "Rustem Umerow", "quote": "man sei zu einem Austausch der Gefangenen bereit"},
        ),
        (
            "Erdoğan, der sich seit Monaten als Vermittler anbietet, kündigte an, die Türkei werde ein"
            " neues Treffen ausrichten.",
            {"speaker": "Erdoğan", "quote": "die Türkei werde ein neues Treffen ausrichten"},
        ),
        (
            "Witkoff, der Sondergesandte des Weißen Hauses, betonte, die Gespräche seien konstruktiv"
            " gewesen.",
            {"speaker": "Witkoff", "quote": "die Gespräche seien konstruktiv gewesen"},
        ),
        (
            "Der Außenminister, mit dem Rubio zuvor telefoniert hatte, sagte, Moskau sei zu Zugeständnissen"
            " bereit.",
            {"speaker": "Der Außenminister", "quote": "Moskau sei zu Zugeständnissen bereit"},
        ),
        (  # an apposed name is preferred to the role
            "Der Präsident der Ukraine, Wolodymyr Selenskyj, sagte, sein Land benötige weitere"
            " Patriot-Systeme.",
            {"speaker": "Wolodymyr Selenskyj", "quote": "sein Land benötige weitere Patriot-Systeme"},
        ),
        (  # a trailing frame keeps its own subject
            "Die Lage, die sich seit Tagen zuspitzt, sei gefährlich, sagte Selenskyj.",
            {"speaker": "Selenskyj", "quote": "Die Lage, die sich seit Tagen zuspitzt, sei gefährlich"},
        ),
        (
            "Sybiha, der nach Gesprächen in Washington, Paris und London zurückgekehrt war, sagte, Kiew"
            " brauche Garantien.",
            {"speaker": "Sybiha", "quote": "Kiew brauche Garantien"},
        ),
        (
            "Jermak, Leiter des Präsidialamts und enger Vertrauter Selenskyjs, erklärte, die Gespräche seien"
            " konstruktiv.",
            {"speaker": "Jermak", "quote": "die Gespräche seien konstruktiv"},
        ),
        (  # a subject after the verb wins over the relative clauses before it
            "Die Ukraine, die sich verteidigt, brauche Waffen, die sie schnell bekommt, sagte Tusk.",
            {"speaker": "Tusk", "quote": "Die Ukraine, die sich verteidigt, brauche Waffen, die sie schnell bekommt"},
        ),
        # "wie" and "so" frames inside the sentence
        (
            "Wie aus Regierungskreisen in Warschau verlautete, will Polen die Grenze schließen.",
            {"speaker": "Regierungskreisen in Warschau", "quote": "will Polen die Grenze schließen"},
        ),
        (
            "Ein Treffen der Präsidenten sei nicht geplant, wie es aus dem Kreml hieß.",
            {"speaker": "dem Kreml", "quote": "Ein Treffen der Präsidenten sei nicht geplant"},
        ),
        (
            "Die Gespräche gehen weiter, wie der Sprecher des Ministeriums, Jan Nowak, am Montag mitteilte.",
            {"speaker": "Jan Nowak", "quote": "Die Gespräche gehen weiter"},
        ),
        (
            "Ein Waffenstillstand, so Selenskyj, sei nur der erste Schritt.",
            {"speaker": "Selenskyj", "quote": "Ein Waffenstillstand, so Selenskyj, sei nur der erste Schritt"},
        ),
        # prepositional source phrases
        (
            "Nach Worten von Regierungschef Donald Tusk wird Polen die Grenze nicht öffnen.",
            {"cue": "Nach Worten von", "speaker": "Donald Tusk", "quote": "wird Polen die Grenze nicht öffnen"},
        ),
        (
            "Nach Darstellung von Außenminister Sikorski hat Moskau die Gespräche blockiert.",
            {"cue": "Nach Darstellung von", "speaker": "Sikorski", "quote": "hat Moskau die Gespräche blockiert"},
        ),
        (
            "Nach Darstellung der Regierung in Vilnius sind die Drohnen aus Belarus gekommen.",
            {"cue": "Nach Darstellung", "speaker": "der Regierung", "quote": "sind die Drohnen aus Belarus gekommen"},
        ),
        (
            "Nach Angaben aus Regierungskreisen will Berlin die Hilfe aufstocken.",
            {"cue": "Nach Angaben", "speaker": "Regierungskreisen", "quote": "will Berlin die Hilfe aufstocken"},
        ),
        (
            "Nach Angaben des Sprechers des Außenministeriums, Heorhij Tychyj, soll das Treffen in Genf"
            " stattfinden.",
            {"cue": "Nach Angaben", "speaker": "Heorhij Tychyj", "quote": "soll das Treffen in Genf stattfinden"},
        ),
        # a narrator clause is not reported
        (
            "Orbán kündigte an, Ungarn werde den Transit ermöglichen, obwohl die EU dies scharf kritisiert.",
            {"quote": "Ungarn werde den Transit ermöglichen"},
        ),
        (
            "Der Minister sagte, man werde weiter verhandeln, während in Genf bereits die nächste Runde"
            " vorbereitet wird.",
            {"quote": "man werde weiter verhandeln"},
        ),
        (
            "Orbán kündigte an, Ungarn werde den Transit erlauben, was Brüssel scharf kritisiert.",
            {"quote": "Ungarn werde den Transit erlauben"},
        ),
        (  # a Konjunktiv adverbial clause is still reported
            "Der Minister sagte, Kiew werde nicht zustimmen, weil die Bedingungen unannehmbar seien.",
            {"quote": "Kiew werde nicht zustimmen, weil die Bedingungen unannehmbar seien"},
        ),
        pytest.param(
            "Wie Uschakow nach dem Telefonat sagte, habe Putin Trump eine Feuerpause zugesagt.",
            {"speaker": "Putin", "via_span": "Uschakow"},
            id="relay_by_wie_clause_names_the_inner_utterer",
        ),
        pytest.param(
            "Meloni sagte, Trump habe ihr versichert, dieser habe keine Einwände gegen das Abkommen.",
            {"speaker": "Trump", "via_span": "Meloni"},
            id="nested_report_keeps_the_innermost_utterer",
        ),
        pytest.param(
            "Die Gespräche seien schwierig, aber nicht aussichtslos, zitierte ihn die Staatsagentur TASS.",
            {"quote": "Die Gespräche seien schwierig, aber nicht aussichtslos", "speaker": "ihn", "via_span": "TASS"},
            id="quoting_agency_with_pronoun_object",
        ),
        # nominal reports keep their quoted words
        (
            "Der Kreml sprach von einer „gefährlichen Provokation“.",
            {"quote": "einer „gefährlichen Provokation“"},
        ),
        (
            "Der Außenminister sprach von einer „absolut inakzeptablen“ Forderung.",
            {"quote": "einer „absolut inakzeptablen“ Forderung"},
        ),
        (
            "Die Kommissionspräsidentin hat von einer „großartigen Nachricht für Europa“ gesprochen.",
            {"quote": "einer „großartigen Nachricht für Europa“"},
        ),
        (
            "Selenskyj bezeichnete es als Fehler, dass Europa nicht mit am Tisch sitze.",
            {"quote": "es als Fehler, dass Europa nicht mit am Tisch sitze"},
        ),
        (
            "Der Minister nannte die Vereinbarung einen „wichtigen Schritt“.",
            {"quote": "die Vereinbarung einen „wichtigen Schritt“"},
        ),
        (
            "Der Kanzler zeigte sich „tief enttäuscht“ über die Runde.",
            {"quote": "„tief enttäuscht“ über die Runde"},
        ),
        (
            "Selenskyj zeigte sich nach dem Treffen „vorsichtig optimistisch“.",
            {"quote": "vorsichtig optimistisch"},
        ),
        (
            "Die Ministerin zeigte sich enttäuscht über den Ausgang der Runde.",
            {"quote": "enttäuscht über den Ausgang der Runde"},
        ),
        # an outlet citing a source
        (
            "Die Zeitung berichtete unter Berufung auf Kremlsprecher Peskow, die Verhandlungen stünden kurz"
            " vor dem Abschluss.",
            {"speaker": "Peskow", "via_span": "Die Zeitung"},
        ),
        (  # unnamed sources are no identifiable utterer: the outlet speaks
            "Wie die Agentur Reuters unter Berufung auf Diplomaten berichtete, soll die nächste Runde in Genf"
            " stattfinden.",
            {"speaker": "Reuters", "via_span": None},
        ),
        pytest.param(
            "Die Lage an der Front sei stabil, wurde Peskow von der Agentur Interfax zitiert.",
            {"speaker": "Peskow", "via_span": "Interfax", "quote": "Die Lage an der Front sei stabil"},
            id="passive_quoting_by_an_agency",
        ),
        # more nominal reports
        ("Putin hat ein Treffen mit Selenskyj in Aussicht gestellt.", {"quote": "ein Treffen mit Selenskyj"}),
        (
            "Trump sprach von einem „Durchbruch“, der den Krieg beenden könne.",
            {"quote": "einem „Durchbruch“, der den Krieg beenden könne"},
        ),
        (
            "Der Kanzler sprach von einem Kompromiss, der am Montag beschlossen wurde.",
            {"quote": "einem Kompromiss"},
        ),
        # speaker spans
        (  # a spokesperson's genitive chain
            "Nach Angaben eines Sprechers des polnischen Außenministeriums will Warschau den Botschafter"
            " einbestellen.",
            {"speaker": "eines Sprechers des polnischen Außenministeriums"},
        ),
        # capitals speak for their states
        ("Kiew erklärte, ohne Sicherheitsgarantien könne es keine Verhandlungen geben.", {"speaker": "Kiew"}),
        ("Peking betonte, man unterstütze jede Initiative für einen Dialog.", {"speaker": "Peking"}),
        ("Ankara teilte mit, die Gespräche würden in Istanbul fortgesetzt.", {"speaker": "Ankara"}),
        # subjects around particles, seats and documents
        ("Putin hingegen betonte, Russland werde seine Ziele erreichen.", {"speaker": "Putin"}),
        ("Auch der finnische Präsident Stubb warnte, ein Diktatfrieden sei gefährlich.", {"speaker": "Stubb"}),
        (
            "Selenskyj wiederum sagte am Abend, die Ukraine sei zu einem Waffenstillstand bereit.",
            {"speaker": "Selenskyj"},
        ),
        ("Die Forderung aber wies Moskau zurück und erklärte, man verhandle nicht.", {"speaker": "Moskau"}),
        ("In Moskau hieß es dazu, man sehe keinen Anlass für Zugeständnisse.", {"speaker": "Moskau"}),
        ("Im Weißen Haus hieß es, der Präsident sei offen für Gespräche.", {"speaker": "Weißen Haus"}),
        ("In einer Erklärung hieß es, man sei besorgt.", {"speaker": None}),
        (
            "In einer Erklärung des Ministeriums hieß es, Moskau sei zu Gesprächen bereit.",
            {"speaker": "des Ministeriums"},
        ),
        (
            "Laut einer Mitteilung des Kremls telefonierten Putin und Trump fast zwei Stunden.",
            {"speaker": "des Kremls"},
        ),
        ("Der Kreml zeigte sich überzeugt, dass eine Einigung möglich sei.", {"speaker": "Der Kreml"}),
        # name boundaries
        ("Am Montag sagte Selenskyj Journalisten, die Lage an der Front sei ernst.", {"speaker": "Selenskyj"}),
        ("Wie Vizeregierungssprecher Thomas Steg mitteilte, ist die Lage ernst.", {"speaker": "Thomas Steg"}),
    ],
)
def test_statement_parts(run, text, parts):
    assert parts_of(run(text), parts) == parts


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Der Außenminister sagte, die Sanktionen blieben bestehen. Der Präsident äußerte sich im Gespräch"
            " mit dem Sender ähnlich. Eine Einigung sei noch in weiter Ferne.",
            "Der Präsident",
        ),
        (
            "Tusk sagte, Polen stehe an der Seite Kiews. Ähnlich äußerte sich der litauische Präsident."
            " Die Gespräche müssten bald beginnen.",
            "der litauische Präsident",
        ),
        (
            "Tusk sagte, Polen stehe an der Seite Kiews. Ähnlich äußerte sich der estnische Regierungschef."
            " „Wir dürfen jetzt nicht nachlassen.“",
            "der estnische Regierungschef",
        ),
        (
            "Tusk sagte, Polen stehe an der Seite Kiews. Der lettische Präsident schloss sich dieser"
            " Einschätzung an. Man dürfe keine Zeit verlieren.",
            "Der lettische Präsident",
        ),
        (
            "Tusk sagte, Polen stehe fest an der Seite Kiews. Orbán widersprach. Ungarn werde keine Waffen"
            " liefern.",
            "Orbán",
        ),
        (
            "Macron sagte, Europa müsse mitreden. Moskau reagierte empört. Der Westen wolle den Krieg nur"
            " verlängern.",
            "Moskau",
        ),
    ],
)
def test_speaker_setting_sentence_carries_over(run, text, speaker):
    doc = run(text)
    assert doc.span_text(doc.statements[-1].speaker) == speaker
    assert doc.statements[-1].cue is None


@pytest.mark.parametrize(
    "text, quote",
    [
        (
            "Der Minister sagte, die Sanktionen blieben bestehen. Man werde den Druck erhöhen, obwohl"
            " Budapest dagegen stimmt.",
            "Man werde den Druck erhöhen",
        ),
        (
            "Laut Peskow sei ein Treffen möglich, während die Kämpfe im Osten unvermindert weitergehen.",
            "sei ein Treffen möglich",
        ),
    ],
)
def test_narrator_clause_after_continuations_and_source_phrases(run, text, quote):
    doc = run(text)
    assert doc.span_text(doc.statements[-1].quote) == quote


def test_nominal_report_ends_before_a_coordinated_verb(run):
    doc = run("Tusk nannte den Vorstoß aus Budapest „gefährlich“ und forderte eine gemeinsame Linie der EU.")
    assert doc.span_text(doc.statements[0].quote) == "den Vorstoß aus Budapest „gefährlich“"


def test_demonstrative_speaker_in_a_relayed_report(run):
    doc = run("Trump sagte, er habe mit Putin telefoniert. Dieser habe ihm versichert, er wolle Frieden.")
    st = doc.statements[-1]
    assert (doc.span_text(st.speaker), doc.span_text(st.via_span)) == ("Dieser", "Trump")


def test_self_report_in_konjunktiv_is_no_relay(run):
    doc = run("Selenskyj sagte, die Lage sei ernst. Er habe Macron gebeten, mehr Luftabwehr zu liefern.")
    assert doc.statements[-1].via_span is None


def test_demonstrative_continuation_only_after_another_person(run):
    doc = run(
        "Meloni sagte, sie habe mit Trump über die Zölle gesprochen. Dieser habe keine Einwände gegen das"
        " Abkommen. Der Minister sagte, der Plan liege vor. Dieser sei aber unrealistisch."
    )
    speakers = [doc.span_text(s.speaker) for s in doc.statements]
    assert speakers == ["Meloni", "Dieser", "Der Minister", "Der Minister"]


@pytest.mark.parametrize(
    "text, quotes",
    [
        (
            "„Wir sind bereit“, so Selenskyj, „aber nicht um jeden Preis.“",
            ["Wir sind bereit", "aber nicht um jeden Preis."],
        ),
        (
            "Die Lage sei ernst, so Selenskyj: „Wir brauchen Hilfe.“",
            ["Die Lage sei ernst", "Wir brauchen Hilfe."],
        ),
    ],
)
def test_so_frame_shared_by_two_parts(run, text, quotes):
    doc = run(text)
    assert [doc.span_text(s.quote) for s in doc.statements] == quotes
    assert {doc.span_text(s.speaker) for s in doc.statements} == {"Selenskyj"}




@pytest.mark.parametrize(
    "text, quote, cue",
    [
        (
            "Bürgermeisterin Anna Keller betonte die Bedeutung einer schnellen Einigung mit den Gewerkschaften.",
            "die Bedeutung einer schnellen Einigung mit den Gewerkschaften",
            "betonte",
        ),
        (
            "Senator Paul Brandt wiederholte seine Forderung nach einem Moratorium für Tiefseebergbau.",
            "seine Forderung nach einem Moratorium für Tiefseebergbau",
            "wiederholte",
        ),
        (
            "Der Gewerkschaftschef erwähnte mehrere offene Fragen zur Finanzierung des Hafens.",
            "mehrere offene Fragen zur Finanzierung des Hafens",
            "erwähnte",
        ),
        (
            "Die Ministerin befürwortete einen gemeinsamen Fonds für den Wiederaufbau der Brücke.",
            "einen gemeinsamen Fonds für den Wiederaufbau der Brücke",
            "befürwortete",
        ),
    ],
)
def test_object_of_a_verb_of_stressing_is_a_nominal_report(run, text, quote, cue):
    doc = run(text)
    assert [(doc.span_text(s.quote), doc.span_text(s.cue)) for s in doc.statements] == [(quote, cue)]
