"""quotes.de on reporting phenomena that generalise beyond the tuning data (sentences written here)."""

from __future__ import annotations

import pytest
from quote_views import only

from parley.model import Article


def said(doc: Article) -> tuple[str | None, str | None]:
    """(speaker, quote) of the one statement of ``doc``."""
    st = only(doc)
    return doc.span_text(st.speaker), doc.span_text(st.quote)


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        (
            "Rustem Umerow, der die ukrainische Delegation leitet, erklärte, man sei zu einem Austausch"
            " der Gefangenen bereit.",
            "Rustem Umerow",
            "man sei zu einem Austausch der Gefangenen bereit",
        ),
        (
            "Erdoğan, der sich seit Monaten als Vermittler anbietet, kündigte an, die Türkei werde ein"
            " neues Treffen ausrichten.",
            "Erdoğan",
            "die Türkei werde ein neues Treffen ausrichten",
        ),
        (
            "Witkoff, der Sondergesandte des Weißen Hauses, betonte, die Gespräche seien konstruktiv"
            " gewesen.",
            "Witkoff",
            "die Gespräche seien konstruktiv gewesen",
        ),
        (
            "Der Außenminister, mit dem Rubio zuvor telefoniert hatte, sagte, Moskau sei zu Zugeständnissen"
            " bereit.",
            "Der Außenminister",
            "Moskau sei zu Zugeständnissen bereit",
        ),
        (  # an apposed name is preferred to the role
            "Der Präsident der Ukraine, Wolodymyr Selenskyj, sagte, sein Land benötige weitere"
            " Patriot-Systeme.",
            "Wolodymyr Selenskyj",
            "sein Land benötige weitere Patriot-Systeme",
        ),
        (  # a trailing frame keeps its own subject
            "Die Lage, die sich seit Tagen zuspitzt, sei gefährlich, sagte Selenskyj.",
            "Selenskyj",
            "Die Lage, die sich seit Tagen zuspitzt, sei gefährlich",
        ),
        (
            "Sybiha, der nach Gesprächen in Washington, Paris und London zurückgekehrt war, sagte, Kiew"
            " brauche Garantien.",
            "Sybiha",
            "Kiew brauche Garantien",
        ),
        (
            "Jermak, Leiter des Präsidialamts und enger Vertrauter Selenskyjs, erklärte, die Gespräche seien"
            " konstruktiv.",
            "Jermak",
            "die Gespräche seien konstruktiv",
        ),
        (  # a subject after the verb wins over the relative clauses before it
            "Die Ukraine, die sich verteidigt, brauche Waffen, die sie schnell bekommt, sagte Tusk.",
            "Tusk",
            "Die Ukraine, die sich verteidigt, brauche Waffen, die sie schnell bekommt",
        ),
        # "wie" and "so" frames inside the sentence
        (
            "Wie aus Regierungskreisen in Warschau verlautete, will Polen die Grenze schließen.",
            "Regierungskreisen",
            "will Polen die Grenze schließen",
        ),
        (
            "Ein Treffen der Präsidenten sei nicht geplant, wie es aus dem Kreml hieß.",
            "dem Kreml",
            "Ein Treffen der Präsidenten sei nicht geplant",
        ),
        (
            "Die Gespräche gehen weiter, wie der Sprecher des Ministeriums, Jan Nowak, am Montag mitteilte.",
            "Jan Nowak",
            "Die Gespräche gehen weiter",
        ),
        (
            "Ein Waffenstillstand, so Selenskyj, sei nur der erste Schritt.",
            "Selenskyj",
            "Ein Waffenstillstand, so Selenskyj, sei nur der erste Schritt",
        ),
    ],
)
def test_speaker_and_quote(run, text, speaker, quote):
    assert said(run(text)) == (speaker, quote)


@pytest.mark.parametrize(
    "text, cue, speaker, quote",
    [
        (
            "Nach Worten von Regierungschef Donald Tusk wird Polen die Grenze nicht öffnen.",
            "Nach Worten von",
            "Donald Tusk",
            "wird Polen die Grenze nicht öffnen",
        ),
        (
            "Nach Darstellung von Außenminister Sikorski hat Moskau die Gespräche blockiert.",
            "Nach Darstellung von",
            "Sikorski",
            "hat Moskau die Gespräche blockiert",
        ),
        (
            "Nach Darstellung der Regierung in Vilnius sind die Drohnen aus Belarus gekommen.",
            "Nach Darstellung",
            "der Regierung",
            "sind die Drohnen aus Belarus gekommen",
        ),
        (
            "Nach Angaben aus Regierungskreisen will Berlin die Hilfe aufstocken.",
            "Nach Angaben",
            "Regierungskreisen",
            "will Berlin die Hilfe aufstocken",
        ),
        (
            "Nach Angaben des Sprechers des Außenministeriums, Heorhij Tychyj, soll das Treffen in Genf"
            " stattfinden.",
            "Nach Angaben",
            "Heorhij Tychyj",
            "soll das Treffen in Genf stattfinden",
        ),
    ],
)
def test_prepositional_source_phrases(run, text, cue, speaker, quote):
    doc = run(text)
    st = only(doc)
    assert (doc.span_text(st.cue), doc.span_text(st.speaker)) == (cue, speaker)
    assert doc.span_text(st.quote) == quote


@pytest.mark.parametrize(
    "text, quote",
    [
        (
            "Orbán kündigte an, Ungarn werde den Transit ermöglichen, obwohl die EU dies scharf kritisiert.",
            "Ungarn werde den Transit ermöglichen",
        ),
        (
            "Der Minister sagte, man werde weiter verhandeln, während in Genf bereits die nächste Runde"
            " vorbereitet wird.",
            "man werde weiter verhandeln",
        ),
        (
            "Orbán kündigte an, Ungarn werde den Transit erlauben, was Brüssel scharf kritisiert.",
            "Ungarn werde den Transit erlauben",
        ),
        (  # a Konjunktiv adverbial clause is still reported
            "Der Minister sagte, Kiew werde nicht zustimmen, weil die Bedingungen unannehmbar seien.",
            "Kiew werde nicht zustimmen, weil die Bedingungen unannehmbar seien",
        ),
    ],
)
def test_narrator_clause_is_not_reported(run, text, quote):
    doc = run(text)
    assert doc.span_text(only(doc).quote) == quote


def test_relay_by_wie_clause_names_the_inner_utterer(run):
    doc = run("Wie Uschakow nach dem Telefonat sagte, habe Putin Trump eine Feuerpause zugesagt.")
    st = only(doc)
    assert (doc.span_text(st.speaker), doc.span_text(st.via_span)) == ("Putin", "Uschakow")


def test_nested_report_keeps_the_innermost_utterer(run):
    doc = run("Meloni sagte, Trump habe ihr versichert, dieser habe keine Einwände gegen das Abkommen.")
    st = only(doc)
    assert (doc.span_text(st.speaker), doc.span_text(st.via_span)) == ("Trump", "Meloni")


def test_quoting_agency_with_pronoun_object(run):
    doc = run("Die Gespräche seien schwierig, aber nicht aussichtslos, zitierte ihn die Staatsagentur TASS.")
    st = only(doc)
    assert doc.span_text(st.quote) == "Die Gespräche seien schwierig, aber nicht aussichtslos"
    assert (doc.span_text(st.speaker), doc.span_text(st.via_span)) == ("ihn", "TASS")


@pytest.mark.parametrize(
    "text, quote",
    [
        ("Der Kreml sprach von einer „gefährlichen Provokation“.", "einer „gefährlichen Provokation“"),
        (
            "Der Außenminister sprach von einer „absolut inakzeptablen“ Forderung.",
            "einer „absolut inakzeptablen“ Forderung",
        ),
        (
            "Die Kommissionspräsidentin hat von einer „großartigen Nachricht für Europa“ gesprochen.",
            "einer „großartigen Nachricht für Europa“",
        ),
        (
            "Selenskyj bezeichnete es als Fehler, dass Europa nicht mit am Tisch sitze.",
            "es als Fehler, dass Europa nicht mit am Tisch sitze",
        ),
        (
            "Der Minister nannte die Vereinbarung einen „wichtigen Schritt“.",
            "die Vereinbarung einen „wichtigen Schritt“",
        ),
        ("Der Kanzler zeigte sich „tief enttäuscht“ über die Runde.", "„tief enttäuscht“ über die Runde"),
        ("Selenskyj zeigte sich nach dem Treffen „vorsichtig optimistisch“.", "vorsichtig optimistisch"),
        (
            "Die Ministerin zeigte sich enttäuscht über den Ausgang der Runde.",
            "enttäuscht über den Ausgang der Runde",
        ),
    ],
)
def test_nominal_reports_keep_their_quoted_words(run, text, quote):
    doc = run(text)
    assert doc.span_text(only(doc).quote) == quote


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


@pytest.mark.parametrize(
    "text, speaker, via",
    [
        (
            "Die Zeitung berichtete unter Berufung auf Kremlsprecher Peskow, die Verhandlungen stünden kurz"
            " vor dem Abschluss.",
            "Peskow",
            "Die Zeitung",
        ),
        (  # unnamed sources are no identifiable utterer: the outlet speaks
            "Wie die Agentur Reuters unter Berufung auf Diplomaten berichtete, soll die nächste Runde in Genf"
            " stattfinden.",
            "Reuters",
            None,
        ),
    ],
)
def test_outlet_citing_a_source(run, text, speaker, via):
    doc = run(text)
    st = only(doc)
    assert (doc.span_text(st.speaker), doc.span_text(st.via_span)) == (speaker, via)


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


def test_passive_quoting_by_an_agency(run):
    doc = run("Die Lage an der Front sei stabil, wurde Peskow von der Agentur Interfax zitiert.")
    st = only(doc)
    assert (doc.span_text(st.speaker), doc.span_text(st.via_span)) == ("Peskow", "Interfax")
    assert doc.span_text(st.quote) == "Die Lage an der Front sei stabil"


@pytest.mark.parametrize(
    "text, quote",
    [
        ("Putin hat ein Treffen mit Selenskyj in Aussicht gestellt.", "ein Treffen mit Selenskyj"),
        (
            "Trump sprach von einem „Durchbruch“, der den Krieg beenden könne.",
            "einem „Durchbruch“, der den Krieg beenden könne",
        ),
        ("Der Kanzler sprach von einem Kompromiss, der am Montag beschlossen wurde.", "einem Kompromiss"),
    ],
)
def test_more_nominal_reports(run, text, quote):
    doc = run(text)
    assert doc.span_text(only(doc).quote) == quote


@pytest.mark.parametrize(
    "text, speaker",
    [
        (  # a spokesperson's genitive chain
            "Nach Angaben eines Sprechers des polnischen Außenministeriums will Warschau den Botschafter"
            " einbestellen.",
            "eines Sprechers des polnischen Außenministeriums",
        ),
        # capitals speak for their states
        ("Kiew erklärte, ohne Sicherheitsgarantien könne es keine Verhandlungen geben.", "Kiew"),
        ("Peking betonte, man unterstütze jede Initiative für einen Dialog.", "Peking"),
        ("Ankara teilte mit, die Gespräche würden in Istanbul fortgesetzt.", "Ankara"),
        # subjects around particles, seats and documents
        ("Putin hingegen betonte, Russland werde seine Ziele erreichen.", "Putin"),
        ("Auch der finnische Präsident Stubb warnte, ein Diktatfrieden sei gefährlich.", "Stubb"),
        ("Selenskyj wiederum sagte am Abend, die Ukraine sei zu einem Waffenstillstand bereit.", "Selenskyj"),
        ("Die Forderung aber wies Moskau zurück und erklärte, man verhandle nicht.", "Moskau"),
        ("In Moskau hieß es dazu, man sehe keinen Anlass für Zugeständnisse.", "Moskau"),
        ("Im Weißen Haus hieß es, der Präsident sei offen für Gespräche.", "Weißen Haus"),
        ("In einer Erklärung hieß es, man sei besorgt.", None),
        ("In einer Erklärung des Ministeriums hieß es, Moskau sei zu Gesprächen bereit.", "des Ministeriums"),
        ("Laut einer Mitteilung des Kremls telefonierten Putin und Trump fast zwei Stunden.", "des Kremls"),
        ("Der Kreml zeigte sich überzeugt, dass eine Einigung möglich sei.", "Der Kreml"),
        # name boundaries
        ("Am Montag sagte Selenskyj Journalisten, die Lage an der Front sei ernst.", "Selenskyj"),
        ("Wie Vizeregierungssprecher Thomas Steg mitteilte, ist die Lage ernst.", "Thomas Steg"),
    ],
)
def test_speaker_span(run, text, speaker):
    doc = run(text)
    assert doc.span_text(only(doc).speaker) == speaker
