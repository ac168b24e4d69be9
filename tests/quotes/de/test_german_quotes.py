"""quotes.de on German news sentences written for these tests (negotiation reporting style)."""

from __future__ import annotations

import pytest
from quote_views import only, parts_of, view

from parley import registry
from parley.model import Article


@pytest.mark.parametrize(
    "text, expected",
    [
        # direct quotes with frames
        (
            "„Wir sind zu Gesprächen bereit“, sagte Kreml-Sprecher Dmitri Peskow am Montag.",
            ("direct", "Wir sind zu Gesprächen bereit", "sagte", "Dmitri Peskow"),
        ),
        (
            "Der Kanzler sagte: „Die Ukraine muss am Verhandlungstisch sitzen.“",
            ("direct", "Die Ukraine muss am Verhandlungstisch sitzen.", "sagte", "Der Kanzler"),
        ),
        (
            "»Ein Waffenstillstand ist die Voraussetzung«, betonte die Außenministerin in Brüssel.",
            ("direct", "Ein Waffenstillstand ist die Voraussetzung", "betonte", "die Außenministerin"),
        ),
        (
            "«Unsere Truppen bleiben an der Front», so Selenskyj nach dem Treffen.",
            ("direct", "Unsere Truppen bleiben an der Front", "so", "Selenskyj"),
        ),
        (
            '"Das Abkommen liegt auf dem Tisch", fügte er hinzu.',
            ("direct", "Das Abkommen liegt auf dem Tisch", "fügte", "er"),
        ),
        (
            "- Wir verhandeln nicht unter Druck - sagte der Minister.",
            ("direct", "Wir verhandeln nicht unter Druck", "sagte", "der Minister"),
        ),
        # indirect speech
        (
            "Peskow sagte, Russland sei zu einer Waffenruhe bereit.",
            ("indirect", "Russland sei zu einer Waffenruhe bereit", "sagte", "Peskow"),
        ),
        (
            "Der Außenminister erklärte, dass die Gespräche in Genf fortgesetzt würden.",
            ("indirect", "die Gespräche in Genf fortgesetzt würden", "erklärte", "Der Außenminister"),
        ),
        (
            "Die Ukraine werde keine Gebiete abtreten, sagte Selenskyj am Dienstag.",
            ("indirect", "Die Ukraine werde keine Gebiete abtreten", "sagte", "Selenskyj"),
        ),
        (
            "Am Montag teilte Kreml-Sprecher Dmitri Peskow mit, ein Treffen sei nicht geplant.",
            ("indirect", "ein Treffen sei nicht geplant", "teilte", "Dmitri Peskow"),
        ),
        (
            "Gleichzeitig räumte der Präsident ein, dass ein Beitritt während des Krieges unmöglich sei.",
            ("indirect", "ein Beitritt während des Krieges unmöglich sei", "räumte", "der Präsident"),
        ),
        (
            "Der Kreml wies die Vorwürfe zurück, es gebe keine Pläne für eine Offensive.",
            ("indirect", "es gebe keine Pläne für eine Offensive", "wies", "Der Kreml"),
        ),
        (
            "Die Verhandlungen seien schwierig, so Lawrow.",
            ("indirect", "Die Verhandlungen seien schwierig", "so", "Lawrow"),
        ),
        (
            "Wie das Außenministerium mitteilte, sollen die Gespräche am Montag beginnen.",
            ("indirect", "sollen die Gespräche am Montag beginnen", "mitteilte", "das Außenministerium"),
        ),
        # reporting phrases
        (
            "Laut Uschakow wird der Sondergesandte nächste Woche nach Moskau reisen.",
            ("indirect", "wird der Sondergesandte nächste Woche nach Moskau reisen", "Laut", "Uschakow"),
        ),
        (
            "Dem Weißen Haus zufolge ist ein Gipfeltreffen im Herbst möglich.",
            ("indirect", "ist ein Gipfeltreffen im Herbst möglich", "zufolge", "Dem Weißen Haus"),
        ),
        (
            "Nach Angaben der Nachrichtenagentur Tass endete das Treffen nach einer Stunde.",
            ("indirect", "endete das Treffen nach einer Stunde", "Nach Angaben", "Tass"),
        ),
        pytest.param(
            "Die Gespräche sollen am Dienstag in Istanbul fortgesetzt werden."
            " Das teilte das Außenministerium mit.",
            ("indirect", "Die Gespräche sollen am Dienstag in Istanbul fortgesetzt werden", "teilte",
             "das Außenministerium"),
            id="back_reference_frame",
        ),
        # more frames
        (
            "Wie die Sprecherin des Ministeriums, Anna Berger, mitteilte, wurde das Treffen in Ankara abgesagt.",
            ("indirect", "wurde das Treffen in Ankara abgesagt", "mitteilte", "Anna Berger"),
        ),
        (
            "Wie das Außenministerium am Abend bekannt gab, wird die Delegation nach Genf reisen.",
            ("indirect", "wird die Delegation nach Genf reisen", "gab", "das Außenministerium"),
        ),
        (
            "Der Minister vertrat die Ansicht, dass die Sanktionen verschärft werden müssten.",
            ("indirect", "die Sanktionen verschärft werden müssten", "vertrat", "Der Minister"),
        ),
        (
            "Nach Regierungsangaben wurden bei dem Angriff drei Menschen verletzt.",
            ("indirect", "wurden bei dem Angriff drei Menschen verletzt", "Nach", "Regierungsangaben"),
        ),
        (
            "Außerdem ließ das Außenministerium verlauten, dass die Gespräche fortgesetzt würden.",
            ("indirect", "die Gespräche fortgesetzt würden", "verlauten", "das Außenministerium"),
        ),
        (
            "Bei einem Treffen in Brüssel sagte Rubio, die USA hielten an ihren Zusagen fest.",
            ("indirect", "die USA hielten an ihren Zusagen fest", "sagte", "Rubio"),
        ),
        pytest.param(
            "Die Außenministerin schloss sich der Kritik mit den Worten an: „Wir lassen uns nicht erpressen.“",
            ("direct", "Wir lassen uns nicht erpressen.", "schloss", "Die Außenministerin"),
            id="colon_frame_without_cue_verb",
        ),
        pytest.param(
            "Aus dem Kreml hieß es, ein Treffen sei nicht vor dem Sommer zu erwarten.",
            ("indirect", "ein Treffen sei nicht vor dem Sommer zu erwarten", "hieß", "dem Kreml"),
            id="source_of_hiess_es",
        ),
        pytest.param(
            "Lawrow: „Wir werden unsere Ziele erreichen.“",
            ("direct", "Wir werden unsere Ziele erreichen.", None, "Lawrow"),
            id="name_label_before_colon",
        ),
        pytest.param(
            "Der Kreml bestätigte, dass ein Telefonat stattgefunden habe, nannte aber keine Details.",
            ("indirect", "ein Telefonat stattgefunden habe", "bestätigte", "Der Kreml"),
            id="speech_act_without_content",
        ),
    ],
)
def test_one_statement(run, text, expected):
    doc = run(text)
    assert view(doc, only(doc)) == expected


@pytest.mark.parametrize(
    "text, parts",
    [
        # nominal reports
        (
            "Die Regierung in Berlin bezeichnete den Vorschlag als diplomatischen Durchbruch.",
            {"quote": "den Vorschlag als diplomatischen Durchbruch", "cue": "bezeichnete"},
        ),
        (
            "Der Premierminister sprach von belastbaren Zusagen für die Grenzregion.",
            {"quote": "belastbaren Zusagen für die Grenzregion", "cue": "sprach"},
        ),
        pytest.param(
            "Russland habe die Waffenruhe mehrfach gebrochen, warf Selenskyj Moskau vor.",
            {"speaker": "Selenskyj", "cue": "warf"},
            id="place_name_does_not_extend_the_speaker",
        ),
        # relays put the outlet in via
        (
            "„Wir sind zu Gesprächen bereit“, zitiert die Moscow Times Kreml-Sprecher Dmitri Peskow.",
            {"speaker": "Dmitri Peskow", "via_span": "die Moscow Times"},
        ),
        (
            "Die Agentur Tass zitierte Peskow mit den Worten, Russland sei zu Verhandlungen bereit.",
            {"speaker": "Peskow", "via_span": "Tass"},
        ),
        (
            "Selenskyj wurde von der BBC mit den Worten zitiert, die Ukraine werde nicht kapitulieren.",
            {"speaker": "Selenskyj", "via_span": "der BBC"},
        ),
        (
            "Wie die Agentur Interfax berichtete, sagte Peskow, ein Treffen sei möglich.",
            {"speaker": "Peskow", "via_span": "Interfax"},
        ),
        pytest.param(
            "Die Sprecherin des russischen Außenministeriums Maria Sacharowa erklärte, der Westen wolle keinen Frieden.",
            {"speaker": "Maria Sacharowa"},
            id="name_after_institution_genitive",
        ),
        pytest.param(
            "Der Vizepräsident solle die Gespräche führen, wie Diplomatenkreise der Agentur AFP mitteilten.",
            {"speaker": "Diplomatenkreise"},
            id="dative_outlet_is_not_part_of_the_speaker",
        ),
        # nach reports
        (
            "Nach ihren Worten sind die europäischen Länder nicht an Frieden interessiert.",
            {"cue": "Nach ihren Worten", "speaker": "ihren"},
        ),
        (
            "Nach russischen Angaben wurden 40 Drohnen abgeschossen.",
            {"cue": "Nach russischen Angaben", "speaker": "russischen Angaben"},
        ),
        (
            "Nach Angaben von Tass endete das Treffen nach einer Stunde.",
            {"cue": "Nach Angaben von", "speaker": "Tass"},
        ),
    ],
)
def test_statement_parts(run, text, parts):
    assert parts_of(run(text), parts) == parts


def test_quote_split_by_frame(run):
    doc = run("„Wir sind bereit“, sagte Peskow, „aber nicht um jeden Preis.“")
    assert [doc.span_text(s.quote) for s in doc.statements] == [
        "Wir sind bereit",
        "aber nicht um jeden Preis.",
    ]
    assert all(doc.span_text(s.speaker) == "Peskow" for s in doc.statements)


def test_multi_paragraph_quote(run):
    doc = run("Der Präsident erklärte: „Wir brauchen Garantien.\n„Ohne sie wird es keinen Frieden geben.“")
    st = only(doc)
    assert len(st.quote_parts) == 2 and doc.span_text(st.cue) == "erklärte"


def test_scare_quotes_are_not_statements(run):
    doc = run("Die „Koalition der Willigen“ trifft sich am Donnerstag in Paris.")
    assert doc.statements == []


def test_infinitive_complement_with_addressee(run):
    doc = run("EU-Außenbeauftragte Kaja Kallas rief Moskau am Dienstag auf, den Beschuss der Hafenstädte zu beenden.")
    st = only(doc)
    assert view(doc, st) == ("indirect", "den Beschuss der Hafenstädte zu beenden", "rief", "Kaja Kallas")
    assert doc.span_text(st.addressee) == "Moskau"


def test_agentless_frames_have_no_speaker(run):
    doc = run(
        "In Kiew wird befürchtet, dass Moskau die Wahlen manipulieren könnte. "
        "Ein Durchbruch sei nicht in Sicht, hieß es am Abend."
    )
    assert [doc.span_text(s.cue) for s in doc.statements] == ["befürchtet", "hieß"]
    assert all(s.speaker is None for s in doc.statements)


def test_konjunktiv_continuation_carries_speaker(run):
    doc = run(
        "Der Außenminister sagte, Russland müsse die Angriffe einstellen. "
        "Erst dann könne über Sicherheitsgarantien gesprochen werden. "
        "Er habe darüber mit seinem amerikanischen Kollegen telefoniert. "
        "Die Gespräche in Riad dauerten sechs Stunden."
    )
    quotes = [doc.span_text(s.quote) for s in doc.statements]
    assert quotes == [
        "Russland müsse die Angriffe einstellen",
        "Erst dann könne über Sicherheitsgarantien gesprochen werden",
        "Er habe darüber mit seinem amerikanischen Kollegen telefoniert",
    ]
    second, third = doc.statements[1:]
    assert second.cue is None and doc.span_text(second.speaker) == "Der Außenminister"
    assert doc.span_text(third.speaker) == "Er"


def test_relay_speaker_is_inner_utterer(run):
    doc = run("Laut Jermak habe Selenskyj betont, dass Kiew an der Verhandlungsrunde am Golf festhalte.")
    st = only(doc)
    assert view(doc, st) == ("indirect", "Kiew an der Verhandlungsrunde am Golf festhalte", "betont", "Selenskyj")
    assert doc.span_text(st.via_span) == "Jermak"


def test_coordinated_cues_share_the_subject(run):
    doc = run(
        "„Zuerst müssen die Waffen schweigen“, ergänzte er und betonte, dass die Zölle vorerst bestehen bleiben."
    )
    assert [view(doc, s) for s in doc.statements] == [
        ("direct", "Zuerst müssen die Waffen schweigen", "ergänzte", "er"),
        ("indirect", "die Zölle vorerst bestehen bleiben", "betonte", "er"),
    ]


def test_colon_frame_shared_by_indirect_and_direct(run):
    doc = run(
        "In Vilnius machte die Ministerin deutlich, dass die Hilfe nicht ende: „Wir lassen niemanden im Stich.“"
    )
    assert [s.kind for s in doc.statements] == ["indirect", "direct"]
    assert all(doc.span_text(s.cue) == "machte" for s in doc.statements)


def test_free_standing_quote_continues_previous_speaker(run):
    doc = run("Selenskyj erklärte, die Ukraine brauche Garantien.\n„Ohne Garantien gibt es keinen Frieden.“")
    assert len(doc.statements) == 2
    assert doc.statements[1].cue is None and doc.span_text(doc.statements[1].speaker) == "Selenskyj"


def test_narrative_sentences_are_not_statements(run):
    doc = run("Die Delegationen trafen am Sonntag in Genf ein. Die Gespräche dauerten bis in die Nacht.")
    assert doc.statements == []


def test_spans_are_valid(run):
    doc = run("„Wir sind bereit“, sagte er. Laut Tass sei das Treffen beendet.")
    doc.check_spans()
    assert all(s.source == "rules" for s in doc.statements)


def test_temporal_clause_is_not_content(run):
    doc = run("Als er nach dem Treffen gefragt wurde, entgegnete Lawrow: „Dazu sage ich nichts.“")
    assert [s.kind for s in doc.statements if doc.span_text(s.cue) == "entgegnete"] == ["direct"]


def test_particle_verb_is_not_a_cue(run):
    doc = run(
        "Der Kreml sagte das für Donnerstag geplante Treffen kurzfristig ab, die Gründe blieben unklar."
    )
    assert doc.statements == []


def test_joint_speakers_and_offer(run):
    doc = run(
        "Macron und Starmer erklärten gemeinsam, Europa sei bereit, Truppen zu entsenden. "
        "Putin erklärte sich bereit, mit Selenskyj zu sprechen."
    )
    assert [doc.span_text(s.speaker) for s in doc.statements] == ["Macron und Starmer", "Putin"]
    assert doc.span_text(doc.statements[1].quote) == "mit Selenskyj zu sprechen"


def test_nominal_report_around_scare_quotes(run):
    doc = run('Zuvor hatte Witkoff nach dem Treffen von "sehr produktiven" Gesprächen gesprochen.')
    st = only(doc)
    assert (st.kind, doc.span_text(st.cue), doc.span_text(st.speaker)) == (
        "reported",
        "gesprochen",
        "Witkoff",
    )
    assert doc.span_text(st.quote).endswith('produktiven" Gesprächen')


def test_question_with_addressee(run):
    st = only(doc := run("Ein Reporter fragte Trump, ob er Putin noch vertraue."))
    assert view(doc, st) == ("indirect", "er Putin noch vertraue", "fragte", "Ein Reporter")
    assert doc.span_text(st.addressee) == "Trump"


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Von der Leyen appellierte an die Mitgliedstaaten, die Hilfe für Kiew aufzustocken.",
            "Von der Leyen",
        ),
        (
            "Kommissionspräsidentin Ursula von der Leyen sagte, Europa stehe an der Seite Kiews.",
            "Ursula von der Leyen",
        ),
    ],
)
def test_names_with_particles(run, text, speaker):
    assert run(text).span_text(run(text).statements[0].speaker) == speaker


def test_default_component_merges_the_learned_tagger():
    """With the shipped CRF model, learned statements only fill gaps left by the rules."""
    from parley.quotes.learned.tagger import load_default

    if load_default() is None:
        pytest.skip("no learned model installed")
    nlp, quotes = registry.create("nlp.de"), registry.create("quotes.de")
    doc = quotes(
        nlp(
            Article(
                text="„Wir sind bereit“, sagte Peskow. Die Gespräche sollen am Montag beginnen.", lang="de"
            )
        )
    )
    rules = [s for s in doc.statements if s.source == "rules"]
    assert [doc.span_text(s.quote) for s in rules] == ["Wir sind bereit"]
    learned = [s for s in doc.statements if s.source == "learned"]
    assert all(s.kind in {"direct", "indirect"} and not s.quote.overlaps(rules[0].quote) for s in learned)


def test_unpunctuated_frame_before_a_quote(run):
    doc = run(
        'Kremlsprecher Peskow sagte am Montag "Wir sind zu Gesprächen bereit, aber nicht um jeden Preis".'
    )
    st = only(doc)
    assert (st.kind, doc.span_text(st.cue), doc.span_text(st.speaker)) == ("direct", "sagte", "Peskow")


def test_scare_quoted_single_words_are_not_direct(run):
    doc = run("Peskow nannte das „absurd“. Der Minister sprach von „Erpressung“.")
    assert [(s.kind, doc.span_text(s.quote)) for s in doc.statements] == [("reported", "Erpressung")]
