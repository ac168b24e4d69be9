"""quotes.en on English news sentences written for these tests (one phenomenon each)."""

from __future__ import annotations

import pytest

from parley import registry
from parley.model import Article, Statement
from parley.quotes.en.marks import find_quotes


@pytest.fixture(scope="module")
def run():
    nlp, quotes = registry.create("nlp.en"), registry.create("quotes.en")

    def _run(text: str) -> tuple[Article, list[dict]]:
        doc = quotes(nlp(Article(text=text, lang="en")))
        return doc, [view(doc, st) for st in doc.statements]

    return _run


def view(doc: Article, st: Statement) -> dict:
    return {
        "kind": st.kind,
        "quote": doc.span_text(st.quote),
        "cue": doc.span_text(st.cue),
        "speaker": doc.span_text(st.speaker),
        "addressee": doc.span_text(st.addressee),
    }


def only(run, text: str) -> dict:
    _, found = run(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Trade Representative Katherine Tai said that the tariffs would stay until Beijing changed course.",
            {
                "kind": "indirect",
                "quote": "the tariffs would stay until Beijing changed course",
                "cue": "said",
                "speaker": "Katherine Tai",
                "addressee": None,
            },
            id="said_that_clause_without_complementiser",
        ),
        pytest.param(
            "Lavrov said Moscow was ready for a new round of talks in Istanbul.",
            {"quote": "Moscow was ready for a new round of talks in Istanbul", "speaker": "Lavrov"},
            id="said_with_bare_clause",
        ),
        pytest.param(
            "Foreign Minister Sergei Lavrov told reporters in Moscow that Russia was open to talks.",
            {
                "cue": "told",
                "addressee": "reporters",
                "speaker": "Sergei Lavrov",
                "quote": "Russia was open to talks",
            },
            id="told_reporters_gives_addressee",
        ),
        pytest.param(
            "“There can be no deal without Ukraine at the table,” said British Prime Minister Keir Starmer.",
            {
                "kind": "direct",
                "cue": "said",
                "speaker": "Keir Starmer",
                "quote": "There can be no deal without Ukraine at the table",
            },
            id="inverted_said_x_after_direct_quote",
        ),
        pytest.param(
            '"We will never hand over our land," he said in his nightly video address.',
            {"kind": "direct", "speaker": "he", "cue": "said"},
            id="trailing_frame_with_pronoun",
        ),
        pytest.param(
            "The talks in Riyadh had been constructive, a senior State Department official said.",
            {
                "kind": "indirect",
                "quote": "The talks in Riyadh had been constructive",
                "speaker": "a senior State Department official",
            },
            id="reversed_indirect_frame_with_role_speaker",
        ),
        pytest.param(
            'Rutte said: "Our support for Ukraine is unwavering. We will stay the course."',
            {"kind": "direct", "quote": "Our support for Ukraine is unwavering. We will stay the course"},
            id="colon_frame_multi_sentence_quote",
        ),
        pytest.param(
            "According to the Kremlin spokesman, the two leaders discussed a prisoner exchange.",
            {
                "cue": "According to",
                "speaker": "the Kremlin spokesman",
                "quote": "the two leaders discussed a prisoner exchange",
                "kind": "indirect",
            },
            id="according_to",
        ),
        pytest.param(
            "According to TASS, Peskov said the meeting would take place in Istanbul.",
            {"speaker": "Peskov", "cue": "said"},
            id="according_to_relay_leaves_inner_speaker",
        ),
        pytest.param(
            "Peskov was quoted as saying that the Kremlin saw no basis for a ceasefire.",
            {"speaker": "Peskov", "quote": "the Kremlin saw no basis for a ceasefire"},
            id="was_quoted_as_saying_1",
        ),
        pytest.param(
            "Interfax quoted Deputy Foreign Minister Sergei Ryabkov as saying that Moscow would respond.",
            {"speaker": "Sergei Ryabkov"},
            id="was_quoted_as_saying_2",
        ),
        pytest.param(
            "The senator asked whether the administration would keep supplying Patriot missiles.",
            {
                "kind": "indirect",
                "speaker": "The senator",
                "quote": "the administration would keep supplying Patriot missiles",
            },
            id="question_with_whether",
        ),
        pytest.param(
            'When asked about the summit, Rubio said: "We are hopeful."',
            {"speaker": "Rubio", "quote": "We are hopeful"},
            id="passive_when_asked_is_not_a_statement",
        ),
        pytest.param(
            "Lavrov called the European proposal a recipe for escalation.",
            {"kind": "indirect", "quote": "the European proposal a recipe for escalation"},
            id="called_x_y_nominal_report",
        ),
        pytest.param(
            "Starmer, who hosted the meeting, said the coalition was ready to deploy troops.",
            {"speaker": "Starmer"},
            id="relative_clause_subject_points_to_antecedent",
        ),
        pytest.param(
            "Zelensky thanked Trump for his efforts and called on Europe to increase pressure on Moscow.",
            {"cue": "called", "speaker": "Zelensky", "quote": "to increase pressure on Moscow"},
            id="called_on_x_to_infinitive",
        ),
        pytest.param(
            '"This is a good day for America," Trump posted on Truth Social late on Thursday.',
            {"kind": "direct", "speaker": "Trump", "cue": "posted"},
            id="trailing_frame_posted_and_name_over_role_1",
        ),
        pytest.param(
            'The EU\'s top diplomat Kaja Kallas described the proposal as a "capitulation" for Ukraine.',
            {
                "speaker": "Kaja Kallas",
                "kind": "indirect",
                "quote": 'the proposal as a "capitulation" for Ukraine',
            },
            id="trailing_frame_posted_and_name_over_role_2",
        ),
        pytest.param(
            "Zakharova said in a statement that the West was prolonging the war.",
            {"quote": "the West was prolonging the war", "speaker": "Zakharova"},
            id="that_clause_parsed_on_the_noun_1",
        ),
        pytest.param(
            "Sybiha told the Kyiv Independent in an interview that Ukraine would not accept limits on its army.",
            {"quote": "Ukraine would not accept limits on its army", "addressee": "the Kyiv Independent"},
            id="that_clause_parsed_on_the_noun_2",
        ),
        pytest.param(
            "Peskov said to journalists that the Kremlin had not received the plan.",
            {"addressee": "journalists", "quote": "the Kremlin had not received the plan"},
            id="addressee_after_to_and_as_object_1",
        ),
        pytest.param(
            "Trump assured Zelensky that the United States would not abandon Ukraine.",
            {"addressee": "Zelensky", "cue": "assured"},
            id="addressee_after_to_and_as_object_2",
        ),
        pytest.param(
            'In a post on Truth Social, he wrote that the Geneva talks had been "very productive".',
            {"speaker": "he", "cue": "wrote"},
            id="post_on_a_platform_keeps_the_pronoun_as_speaker",
        ),
        pytest.param(
            'Trump said he would meet Putin "very soon".',
            {"quote": 'he would meet Putin "very soon"'},
            id="indirect_content_keeps_the_closing_mark_of_a_final_fragment",
        ),
    ],
)
def test_one_statement(run, text: str, expected: dict) -> None:
    st = only(run, text)
    assert {key: st[key] for key in expected} == expected


def test_participial_adding_that_takes_main_subject(run) -> None:
    _, found = run(
        "The minister stressed that the deal was not final, adding that both sides still "
        "had to agree on the details."
    )
    assert [(s["cue"], s["speaker"], s["quote"]) for s in found] == [
        ("stressed", "The minister", "the deal was not final"),
        ("adding", "The minister", "both sides still had to agree on the details"),
    ]


def test_participial_adding_colon_quote(run) -> None:
    _, found = run(
        'Ushakov said the two presidents agreed to stay in touch, adding: "The conversation was '
        'frank and businesslike."'
    )
    assert found[1]["kind"] == "direct" and found[1]["speaker"] == "Ushakov" and found[1]["cue"] == "adding"


def test_direct_quote_continuation_without_new_verb(run) -> None:
    _, found = run("“We will not accept a dictated peace,” Merz said. “Europe must be at the table.”")
    assert [(s["quote"], s["cue"], s["speaker"]) for s in found] == [
        ("We will not accept a dictated peace", "said", "Merz"),
        ("Europe must be at the table", None, "Merz"),
    ]


def test_narrative_sentence_stops_continuation(run) -> None:
    _, found = run(
        "“We will not accept a dictated peace,” Merz said. The chancellor then left for "
        "Paris by train. "
        "“Nobody knows what the Americans will propose next,” a diplomat remarked."
    )
    assert [s["speaker"] for s in found] == ["Merz", "a diplomat"]


def test_multi_paragraph_quote_is_one_statement(run) -> None:
    text = (
        "“We have made progress on several points,” the presidential aide told journalists.\n"
        "“Yet the territorial question remains open.\n"
        "“Nobody should expect a breakthrough this week,” he added."
    )
    doc, found = run(text)
    assert len(found) == 2
    assert found[1]["quote"].startswith("Yet the territorial") and found[1]["quote"].endswith("this week")
    assert found[1]["speaker"] == "he" and len(doc.statements[1].quote_parts) == 2
    assert found[0]["addressee"] == "journalists"


def test_quoted_nominal_labels_are_indirect_with_the_noun_phrase(run) -> None:
    _, found = run(
        'Putin condemned the strike as a "reckless provocation", calling it a "dangerous escalation."'
    )
    assert [(s["kind"], s["quote"], s["cue"]) for s in found] == [
        ("indirect", 'the strike as a "reckless provocation"', "condemned"),
        ("indirect", 'it a "dangerous escalation."', "calling"),
    ]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            'Erdogan called the Istanbul meeting a "sincere" first step.',
            'the Istanbul meeting a "sincere" first step',
        ),
        (
            'Sybiha described Moscow\'s conditions as "pure ultimatums".',
            'Moscow\'s conditions as "pure ultimatums"',
        ),
        (
            "Barrot described the plan as a starting point for Europe.",
            "the plan as a starting point for Europe",
        ),
        (  # quoted words inside a content clause are not a direct quote of their own
            'Kallas noted that the ministers "have narrowed their differences" since the Brussels meeting.',
            'the ministers "have narrowed their differences" since the Brussels meeting',
        ),
        (  # "said" + object + participle is a mis-parsed content clause
            'The Vatican said the papal envoy\'s trip aimed "to support dialogue" between the two sides.',
            'the papal envoy\'s trip aimed "to support dialogue" between the two sides',
        ),
    ],
)
def test_indirect_reports_keep_quoted_fragments_inside(run, text: str, quote: str) -> None:
    st = only(run, text)
    assert st["kind"] == "indirect" and st["quote"] == quote


def test_long_quoted_predicate_stays_direct(run) -> None:
    st = only(
        run,
        'Rutte welcomed the package, calling the new funds "a clear sign that Europe will back '
        'Kyiv for as long as it takes."',
    )
    assert st["kind"] == "direct" and st["quote"].startswith("a clear sign that Europe")


def test_urged_infinitive_complement(run) -> None:
    st = only(run, "Macron urged Putin to accept an unconditional 30-day ceasefire.")
    assert st["cue"] == "urged" and st["speaker"] == "Macron" and "accept an unconditional" in st["quote"]


def test_negated_and_content_less_speech_acts_are_skipped(run) -> None:
    _, found = run(
        "The White House confirmed the phone call. Zelensky did not say which areas he would give up."
    )
    assert found == []


def test_scare_quotes_without_cue_are_skipped(run) -> None:
    _, found = run('The so-called "coalition of the willing" met in Paris on Thursday.')
    assert found == []


def test_find_quotes_pairs_marks_and_skips_apostrophes() -> None:
    text = "Witkoff’s plan was “standard”, he said. ‘It works,’ an aide added."
    spans = [text[q.start : q.end] for q in find_quotes(text)]
    assert spans == ["standard", "It works,"]


def test_parenthetical_frame_inside_the_content(run) -> None:
    doc, found = run("The talks, Peskov said, would resume next week in Istanbul.")
    (st,) = found
    assert st["speaker"] == "Peskov" and st["cue"] == "said" and st["kind"] == "indirect"
    assert [doc.span_text(p) for p in doc.statements[0].quote_parts] == [
        "The talks",
        "would resume next week in Istanbul",
    ]


@pytest.mark.parametrize(
    ("text", "quote", "cue", "speaker"),
    [
        (  # quote before "according to X"
            "“We are ready for a meeting at the highest level,” according to Peskov.",
            "We are ready for a meeting at the highest level",
            "according to",
            "Peskov",
        ),
        (
            "“Europe stands with Kyiv,” von der Leyen wrote.",
            "Europe stands with Kyiv",
            "wrote",
            "von der Leyen",
        ),
        (  # an apposed participle is not a frame of its own
            'Trump, asked whether he trusted Putin, said: "We\'ll see."',
            "We'll see",
            "said",
            "Trump",
        ),
    ],
)
def test_direct_quote_frames(run, text: str, quote: str, cue: str, speaker: str) -> None:
    st = only(run, text)
    assert st == {"kind": "direct", "quote": quote, "cue": cue, "speaker": speaker, "addressee": None}


def test_agentless_passive_has_no_speaker(run) -> None:
    st = only(run, "It was reported that the delegations would meet again in Geneva.")
    assert st["speaker"] is None and st["cue"] == "reported"
    st = only(run, "Reporters were told that the summit had been postponed.")
    assert st["speaker"] is None and st["addressee"] == "Reporters"


def test_passive_agent_is_the_speaker(run) -> None:
    st = only(run, 'The proposal was described by Lavrov as a "dead end."')
    assert st["speaker"] == "Lavrov" and st["addressee"] is None and st["quote"] == "dead end"


def test_it_as_speaker_of_an_institution(run) -> None:
    _, found = run(
        "The Kremlin said on Monday that it was studying the plan. It added that no decision had been taken."
    )
    assert [s["speaker"] for s in found] == ["The Kremlin", "It"]


# ---------------------------------------------------------------------- clause structure
@pytest.mark.parametrize(
    ("text", "quotes", "cues"),
    [
        (
            "Sikorski said the ministers had made progress and that a deal on grain transit could "
            "follow in May.",
            ["the ministers had made progress and that a deal on grain transit could follow in May"],
            ["said"],
        ),
        (
            "Sybiha told CNN that Kyiv wanted a ceasefire, but that it would not give up any land.",
            ["Kyiv wanted a ceasefire, but that it would not give up any land"],
            ["told"],
        ),
        (
            "Lavrov said Moscow was open to talks but insisted that NATO's expansion be halted.",
            ["Moscow was open to talks", "NATO's expansion be halted"],
            ["said", "insisted"],
        ),
    ],
)
def test_coordinated_content_clauses_of_one_cue_are_one_statement(run, text, quotes, cues) -> None:
    _, found = run(text)
    assert [s["quote"] for s in found] == quotes and [s["cue"] for s in found] == cues
    assert len({s["speaker"] for s in found}) == 1


def test_two_clauses_keep_relay_and_channel() -> None:
    nlp, quotes, channels = (registry.create(n) for n in ("nlp.en", "quotes.en", "quotes.channels"))
    doc = channels(
        quotes(
            nlp(
                Article(
                    lang="en",
                    text=(
                        "Ryabkov told Interfax that Moscow had received the draft, and that experts would "
                        "study it, the "
                        "Kremlin-run RIA news agency reported."
                    ),
                )
            )
        )
    )
    assert [(doc.span_text(s.speaker), s.channel, s.via) for s in doc.statements] == [
        ("Ryabkov", "Interfax", "RIA Novosti"),
    ]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "ANKARA, May 16 (Reuters) - Turkey stands ready to host a second round of talks, the "
            "foreign ministry "
            "said on Friday.",
            "Turkey stands ready to host a second round of talks",
        ),
        (
            "KYIV (AP) — Ukraine will send its delegation to Riyadh, Zelensky said.",
            "Ukraine will send its delegation to Riyadh",
        ),
        (
            "Brussels, 4 June (dpa) - The sanctions package is ready, according to EU diplomats.",
            "The sanctions package is ready",
        ),
    ],
)
def test_quote_starts_after_the_dateline(run, text: str, quote: str) -> None:
    assert only(run, text)["quote"] == quote


def test_dash_inside_a_sentence_is_no_dateline(run) -> None:
    st = only(run, "Russia - which rejected the plan - wants more guarantees, Peskov said.")
    assert st["quote"].startswith("Russia - which")


def test_that_tagged_as_pronoun_is_still_a_complementiser(run) -> None:
    _, found = run(
        "Ushakov told Russian state television that Putin and Trump had discussed a possible meeting, "
        "the Interfax news agency reported."
    )
    assert [s["quote"] for s in found if s["cue"] == "told"] == [
        "Putin and Trump had discussed a possible meeting"
    ]
    assert only(run, "Peskov said that was not the case.")["quote"] == "that was not the case"


def test_trailing_agency_report_is_a_relay_not_the_speaker(run) -> None:
    st = only(run, "Peskov said the proposal would be studied, the RIA news agency reported.")
    assert (st["speaker"], st["cue"], st["quote"]) == ("Peskov", "said", "the proposal would be studied")


@pytest.mark.parametrize(
    "text",
    [
        "Moscow is ready for a new round, the state news agency TASS quoted Lavrov as saying.",
        "Moscow is ready for a new round, Lavrov was quoted as saying by TASS.",
    ],
)
def test_quoted_as_saying_after_the_clause(run, text: str) -> None:
    st = only(run, text)
    assert (st["speaker"], st["cue"], st["quote"]) == ("Lavrov", "saying", "Moscow is ready for a new round")


# ---------------------------------------------------------------------- multi-paragraph quotes
@pytest.mark.parametrize(
    "text",
    [
        '"We are ready to meet at any level," Zelensky said. "Ukraine wants peace.\n'
        '"But nobody should expect us to give away our land."\n'
        "Rubio said the draft could still change.",
        '"The Europeans must be at the table," Macron said.\n'
        '"No one will decide about Ukraine without Ukrainians."\n'
        "Merz told reporters in Berlin that the coalition was united.",
    ],
)
def test_later_paragraphs_of_a_quote_keep_the_first_speaker(run, text: str) -> None:
    _, found = run(text)
    assert [s["speaker"] for s in found[:-1]] == [found[0]["speaker"]] * (len(found) - 1)
    assert found[-1]["kind"] == "indirect" and found[-1]["speaker"] in ("Rubio", "Merz")


def test_questions_by_named_askers_only(run) -> None:
    _, found = run('Asked whether Moscow would accept European peacekeepers, Peskov said: "Absolutely not."')
    assert [(s["kind"], s["speaker"]) for s in found] == [("direct", "Peskov")]
    st = only(run, "Zelensky was asked by Fox News host Bret Baier whether he would hold elections.")
    assert (st["speaker"], st["addressee"], st["quote"]) == (
        "Bret Baier",
        "Zelensky",
        "he would hold elections",
    )


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "Sefcovic told reporters after a meeting of trade ministers that the bloc had offered "
            '"a balanced" '
            "package, and that it was now up to Washington to respond.",
            ['the bloc had offered "a balanced" package, and that it was now up to Washington to respond'],
        ),
        (
            "Chinese state media reported, citing the commerce ministry, that Beijing was watching the talks "
            "closely.",
            ["Beijing was watching the talks closely"],
        ),
        (
            "Peskov said that if the talks failed, Russia would continue its offensive.",
            ["if the talks failed, Russia would continue its offensive"],
        ),
        (
            'The French trade minister described the U.S. tariffs as "excessive", while his German '
            "counterpart "
            "disagreed.",
            ['the U.S. tariffs as "excessive"'],
        ),
    ],
)
def test_content_clause_boundaries(run, text: str, quotes: list[str]) -> None:
    _, found = run(text)
    assert [s["quote"] for s in found] == quotes


def test_parenthetical_frame_after_a_fronted_condition(run) -> None:
    doc, found = run("If the talks fail, Peskov said, Russia would continue its offensive.")
    (st,) = doc.statements
    assert [doc.span_text(p) for p in st.quote_parts] == [
        "If the talks fail",
        "Russia would continue its offensive",
    ]
    assert found[0]["speaker"] == "Peskov"


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine said they had exchanged 150 prisoners each.",
        "Both sides said the talks in Abu Dhabi had been constructive.",
    ],
)
def test_joint_speakers_are_not_annotated(run, text: str) -> None:
    assert run(text)[1] == []


def test_joint_subject_inside_a_report_leaves_the_reporter_as_speaker() -> None:
    nlp, quotes, channels = (registry.create(n) for n in ("nlp.en", "quotes.en", "quotes.channels"))
    text = "Putin and Trump agreed that the negotiations should continue, Ushakov said."
    (st,) = channels(quotes(nlp(Article(text=text, lang="en")))).statements
    assert (text[st.speaker.start : st.speaker.end], st.via) == ("Ushakov", None)


def test_accusation_and_label_are_two_reports(run) -> None:
    """news-train annotates *accused X of Y* (object and charge) as a statement of its own."""
    _, found = run('The Kremlin accused Kyiv of sabotaging the negotiations, calling it "a provocation".')
    assert [(s["kind"], s["quote"], s["cue"]) for s in found] == [
        ("indirect", "Kyiv of sabotaging the negotiations", "accused"),
        ("indirect", 'it "a provocation"', "calling"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "According to a report in the Financial Times, Trump wants to change the plan.",
            "the Financial Times",
        ),
        ("A report by Axios said the White House was drafting a new proposal.", "Axios"),
        ("A statement from the Kremlin said Putin had briefed Erdogan on the talks.", "the Kremlin"),
        ("A post on Truth Social said the deal was close.", "A post"),
    ],
)
def test_documents_speak_for_their_author_but_not_for_a_platform(run, text: str, speaker: str) -> None:
    assert only(run, text)["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "quote", "cue"),
    [
        ("Starmer called for an immediate ceasefire.", "an immediate ceasefire", "called for"),
        (
            "Zelensky demanded new security guarantees from the West.",
            "new security guarantees from the West",
            "demanded",
        ),
        (
            "Putin offered to hold direct talks with Ukraine in Geneva.",
            "to hold direct talks with Ukraine in Geneva",
            "offered",
        ),
        (
            "Trump threatened to impose tariffs on buyers of Russian oil.",
            "to impose tariffs on buyers of Russian oil",
            "threatened",
        ),
    ],
)
def test_demands_offers_and_threats(run, text: str, quote: str, cue: str) -> None:
    st = only(run, text)
    assert (st["kind"], st["quote"], st["cue"]) == ("indirect", quote, cue)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The Kremlin said on Monday it was ready to resume talks.", "it was ready to resume talks"),
        ("Peskov said in a statement the proposal was unacceptable.", "the proposal was unacceptable"),
        (
            "Peskov said that on Monday the delegations would meet again.",
            "on Monday the delegations would meet again",
        ),
    ],
)
def test_time_and_medium_phrases_before_the_content_belong_to_the_frame(run, text: str, quote: str) -> None:
    assert only(run, text)["quote"] == quote


# ---------------------------------------------------------------------- statement spans (issue 12)
@pytest.mark.parametrize(
    ("text", "quote", "cue"),
    [
        pytest.param(
            "Spain called for all seized trawlers to be returned.",
            "all seized trawlers to be returned",
            "called",
            id="called-for-subject-of-infinitive",
        ),
        pytest.param(
            "The commissioner urged Portugal to ratify the fisheries accord.",
            "Portugal to ratify the fisheries accord",
            "urged",
            id="urged-named-object",
        ),
        pytest.param(
            "The commissioner urged the delegates to ratify the fisheries accord.",
            "to ratify the fisheries accord",
            "urged",
            id="urged-common-noun-addressee-outside",
        ),
        pytest.param(
            "The union accused the shipyard of ignoring the safety rules.",
            "the shipyard of ignoring the safety rules",
            "accused",
            id="accused-x-of-y",
        ),
        pytest.param(
            "The mayor denied any involvement in the tender.",
            "any involvement in the tender",
            "denied",
            id="denied-object",
        ),
    ],
)
def test_reported_objects_and_infinitives(run, text, quote, cue) -> None:
    st = only(run, text)
    assert (st["quote"], st["cue"]) == (quote, cue)


def test_phone_call_is_not_an_appeal(run) -> None:
    _, found = run("The governor said she would call the mayors to brief them on the flood defences.")
    assert [(s["quote"], s["cue"]) for s in found] == [
        ("she would call the mayors to brief them on the flood defences", "said")
    ]


def test_passive_backreference_reports_the_sentence_before(run) -> None:
    text = (
        "The city will close the old bridge to heavy traffic from next month. "
        "This was announced by Mayor Anna Keller on Monday."
    )
    st = only(run, text)
    assert (st["quote"], st["cue"], st["speaker"]) == (
        "The city will close the old bridge to heavy traffic from next month",
        "announced",
        "Anna Keller",
    )


def test_passive_backreference_takes_the_paragraph_before(run) -> None:
    text = (
        "The ferry line will stop in March. Two new routes will open in May.\n\n"
        "This was stated by transport minister Ola Berg."
    )
    st = only(run, text)
    assert st["quote"] == "The ferry line will stop in March. Two new routes will open in May"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "The mayor urged the unions to end the strike now, following the collapse of the wage talks.",
            "to end the strike now",
        ),
        (
            "The minister argued that the tariffs were hurting farmers, citing a survey by the chamber.",
            "the tariffs were hurting farmers",
        ),
    ],
)
def test_reporter_gloss_after_a_comma_is_not_content(run, text, quote) -> None:
    assert only(run, text)["quote"] == quote
