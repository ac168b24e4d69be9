"""quotes.channels: channels and relays in English (full pipeline) and German (statements given)."""

from __future__ import annotations

import pytest

from parley import registry
from parley.model import Article, Span, Statement
from parley.quotes.channels import lexicon


@pytest.fixture(scope="module")
def english():
    nlp, quotes, channels = (registry.create(n) for n in ("nlp.en", "quotes.en", "quotes.channels"))

    def _run(text: str) -> list[tuple[str | None, str | None, str | None]]:
        doc = channels(quotes(nlp(Article(text=text, lang="en"))))
        return [(doc.span_text(s.speaker), s.channel, s.via) for s in doc.statements]

    return _run


@pytest.fixture(scope="module")
def german():
    nlp, channels = registry.create("nlp.de"), registry.create("quotes.channels")

    def _run(text: str, *statements: tuple[str | None, ...]) -> Article:
        """``statements``: (quote, cue, speaker[, via found earlier]) substrings; first occurrences."""
        doc = nlp(Article(text=text, lang="de"))
        for quote, cue, speaker, *via in statements:
            doc.statements.append(
                Statement(
                    kind="indirect",
                    quote=_span(text, quote),  # type: ignore[arg-type]
                    cue=_span(text, cue),
                    speaker=_span(text, speaker),
                    via_span=_span(text, via[0]) if via else None,
                )
            )
        return channels(doc)

    return _run


def _span(text: str, part: str | None) -> Span | None:
    if part is None:
        return None
    start = text.index(part)
    return Span(start, start + len(part))


# ---------------------------------------------------------------------- English
@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Zelensky told the BBC that Ukraine would never recognise the occupied territories.", "BBC"),
        ("In an interview with NBC, Rubio said the United States would walk away without progress.", "NBC"),
        ("Trump wrote on Truth Social that the negotiations were going very well.", "Truth Social"),
        ("Speaking to Fox News, Witkoff said Putin wanted a durable peace.", "Fox News"),
        ("Zakharova said in a Telegram post that the West was prolonging the war.", "Telegram"),
        ("Sybiha said on X that Russia had launched 300 drones overnight.", "X"),
        ("“We are ready for talks,” Peskov told Russian state television.", "Russian state TV"),
        ("Ryabkov told Interfax that Moscow would study the proposal carefully.", "Interfax"),
        (
            "In an interview published on Sunday by the Financial Times, Zelensky said Ukraine needed more "
            "air defence.",
            "Financial Times",
        ),
        ("In a post on X, Sybiha said Russia had ignored the proposal.", "X"),
        (
            "Saudi Foreign Minister Faisal bin Farhan told the Saudi Press Agency that the kingdom "
            "would keep "
            "hosting talks.",
            "SPA",
        ),
        (
            "Hungarian Foreign Minister Peter Szijjarto told the state news agency MTI that Budapest "
            "was ready "
            "to host the summit.",
            "MTI",
        ),
        ("Wang Yi told Xinhua that China supported every effort towards a ceasefire.", "Xinhua"),
    ],
)
def test_english_channels(english, text: str, channel: str) -> None:
    (found,) = english(text)
    assert found[1] == channel and found[2] is None


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        ("The Kremlin said it was ready for talks, Reuters reported.", "The Kremlin", "Reuters"),
        ("According to TASS, Peskov said the meeting would take place in Istanbul.", "Peskov", "TASS"),
        (
            "Interfax quoted Sergei Ryabkov as saying that Moscow would respond to new sanctions.",
            "Sergei Ryabkov",
            "Interfax",
        ),
        (
            "Moscow is ready to continue the Istanbul format, Russian news agencies reported, "
            "citing the Kremlin.",
            "Kremlin",
            "Russian media",
        ),
        (
            "The talks would resume in June, Russian news agencies reported, citing Kremlin spokesman Dmitry "
            "Peskov.",
            "Dmitry Peskov",
            "Russian media",
        ),
        (
            "Erdogan was quoted by TRT as saying that Turkey was ready to host a leaders' summit.",
            "Erdogan",
            "TRT World",
        ),
        (
            "Fidan was quoted by Anadolu as saying the parties had agreed on a prisoner exchange.",
            "Fidan",
            "Anadolu",
        ),
        ("Peskov said the proposal would be studied, the RIA news agency reported.", "Peskov", "RIA Novosti"),
    ],
)
def test_english_relays(english, text: str, speaker: str, via: str) -> None:
    (found,) = english(text)
    assert found == (speaker, None, via)


def test_interview_channel_is_inherited_by_continuations(english) -> None:
    text = (
        "In an interview with The Guardian, Zelensky said that Kyiv could swap territory.\n"
        "“Any exchange of land has to be mutual,” he said.\n"
        "Zakharova claimed on Telegram that the remarks were a provocation.\n"
        "Putin said the offer was not serious."
    )
    assert english(text) == [
        ("Zelensky", "The Guardian", None),
        ("he", "The Guardian", None),
        ("Zakharova", "Telegram", None),
        ("Putin", None, None),
    ]


def test_narrative_sentence_breaks_channel_inheritance(english) -> None:
    text = (
        "Ryabkov told Interfax that Moscow would study the proposal.\n"
        "He made the remarks on the sidelines of a conference in Minsk.\n"
        "Ryabkov also noted that no date had been set for the next round."
    )
    assert [c for _, c, _ in english(text)] == ["Interfax", None]


def test_media_inside_the_quote_or_as_topic_is_no_channel(english) -> None:
    assert english("Lavrov said that CNN had misrepresented his words.") == [("Lavrov", None, None)]
    assert english("Rubio criticised the BBC report and said the talks were on track.") == [
        ("Rubio", None, None)
    ]


# ---------------------------------------------------------------------- German
@pytest.mark.parametrize(
    ("text", "statement", "channel", "via"),
    [
        # channels: broadcasters, papers, agencies spoken to, platforms
        (
            "In einem Interview mit der BBC sagte Selenskyj, die Ukraine werde keine Gebiete abtreten.",
            ("die Ukraine werde keine Gebiete abtreten", "sagte", "Selenskyj"), "BBC", None,
        ),
        (
            "Auf seiner Plattform Truth Social schrieb Trump, die Gespräche liefen sehr gut.",
            ("die Gespräche liefen sehr gut", "schrieb", "Trump"), "Truth Social", None,
        ),
        (
            "„Wir sind zu Gesprächen bereit“, sagte Peskow dem Sender CNN.",
            ("Wir sind zu Gesprächen bereit", "sagte", "Peskow"), "CNN", None,
        ),
        (
            "Selenskyj schrieb auf X, die Angriffe auf Kiew gingen unvermindert weiter.",
            ("die Angriffe auf Kiew gingen unvermindert weiter", "schrieb", "Selenskyj"), "X", None,
        ),
        (
            "Im Gespräch mit ITV sagte Starmer, Europa müsse mehr Verantwortung übernehmen.",
            ("Europa müsse mehr Verantwortung übernehmen", "sagte", "Starmer"), "ITV", None,
        ),
        (
            "Bei Truth Social kündigte Trump an, er werde Putin bald treffen.",
            ("er werde Putin bald treffen", "kündigte", "Trump"), "Truth Social", None,
        ),
        (
            "Vance reise am Freitag nach Genf, wie EU-Diplomaten der Nachrichtenagentur Reuters bestätigten.",
            ("Vance reise am Freitag nach Genf", "bestätigten", "EU-Diplomaten"), "Reuters", None,
        ),
        (
            "Trump hatte sich in einem NBC-Interview „sehr verärgert“ über Putin geäußert.",
            ("sehr verärgert", "geäußert", "Trump"), "NBC", None,
        ),
        (
            "Er sei zu Gesprächen bereit, sagte Merz im ZDF.",
            ("Er sei zu Gesprächen bereit", "sagte", "Merz"), "ZDF", None,
        ),
        (
            "In den ARD-Tagesthemen sagte Merz, man werde die Ukraine nicht allein lassen.",
            ("man werde die Ukraine nicht allein lassen", "sagte", "Merz"), "ARD", None,
        ),
        (
            "Wadephul sagte der „Süddeutschen Zeitung“, Europa müsse geschlossen auftreten.",
            ("Europa müsse geschlossen auftreten", "sagte", "Wadephul"), "Süddeutsche Zeitung", None,
        ),
        (
            "Gegenüber der Deutschen Presse-Agentur sagte ein Diplomat, die Gespräche stockten.",
            ("die Gespräche stockten", "sagte", "ein Diplomat"), "dpa", None,
        ),
        (
            "Im Kurznachrichtendienst X schrieb Sybiha, Moskau spiele auf Zeit.",
            ("Moskau spiele auf Zeit", "schrieb", "Sybiha"), "X", None,
        ),
        (
            "Merz sagte im Interview mit dem „Stern“, er halte Neuwahlen für falsch.",
            ("er halte Neuwahlen für falsch", "sagte", "Merz"), "Stern", None,
        ),
        (
            "In der Sendung „Caren Miosga“ sagte Pistorius, die Ukraine brauche mehr Luftabwehr.",
            ("die Ukraine brauche mehr Luftabwehr", "sagte", "Pistorius"), "ARD", None,
        ),
        (
            "Selenskyj sagte dem US-Sender Fox News, er sei zu Zugeständnissen bereit.",
            ("er sei zu Zugeständnissen bereit", "sagte", "Selenskyj"), "Fox News", None,
        ),
        (
            "Lawrow erklärte im russischen Staatsfernsehen, Moskau sei verhandlungsbereit.",
            ("Moskau sei verhandlungsbereit", "erklärte", "Lawrow"), "Russian state TV", None,
        ),
        # relays: the outlet that reports the speaker
        (
            "Laut Uschakow habe Putin betont, dass Russland an der Zusammenarbeit festhalte.",
            ("Russland an der Zusammenarbeit festhalte", "betont", "Putin"), None, "Uschakow",
        ),
        (
            "Die Verhandlungen würden fortgesetzt, zitiert die Moscow Times den Kremlsprecher Peskow.",
            ("Die Verhandlungen würden fortgesetzt", None, "Peskow"), None, "Moscow Times",
        ),
        (
            "Peskow sagte, ein Treffen sei möglich, berichtet die Agentur Interfax.",
            ("ein Treffen sei möglich", "sagte", "Peskow"), None, "Interfax",
        ),
        (
            "Der Kreml sei zu Gesprächen bereit, sagte Peskow der Agentur TASS zufolge.",
            ("Der Kreml sei zu Gesprächen bereit", "sagte", "Peskow"), None, "TASS",
        ),
        (
            "Russland sei bereit, zitierte die Agentur RIA Nowosti Vize-Außenminister Rjabkow.",
            ("Russland sei bereit", "zitierte", "Rjabkow"), None, "RIA Novosti",
        ),
        (
            "Putin habe den Vorschlag abgelehnt, berichtete die „New York Times“ unter Berufung auf "
            "Regierungskreise.",
            ("Putin habe den Vorschlag abgelehnt", None, "Putin"), None, "New York Times",
        ),
        (
            "Die Gespräche würden im Juni fortgesetzt, zitierte ihn die Staatsagentur TASS.",
            ("Die Gespräche würden im Juni fortgesetzt", "zitierte", "ihn"), None, "TASS",
        ),
        (
            "Ein Treffen sei möglich, wie Ria Nowosti unter Berufung auf Uschakow berichtete.",
            ("Ein Treffen sei möglich", "berichtete", "Ria Nowosti"), None, "RIA Novosti",
        ),
        # neither
        (
            "Der Korrespondent der BBC sagte, die Lage sei angespannt.",
            ("die Lage sei angespannt", "sagte", "Der Korrespondent der BBC"), None, None,
        ),
        (
            "Selenskyj sagte in einer Videobotschaft, die Ukraine sei bereit.",
            ("die Ukraine sei bereit", "sagte", "Selenskyj"), None, None,
        ),
        (
            "Der Sender CNN berichtete, Witkoff reise am Montag nach Moskau.",
            ("Witkoff reise am Montag nach Moskau", "berichtete", "Der Sender CNN"), None, None,
        ),
        (
            "Unter Berufung auf Regierungskreise berichtete der „Spiegel“, Berlin lehne den Plan ab.",
            ("Berlin lehne den Plan ab", "berichtete", "der „Spiegel“"), None, None,
        ),
        pytest.param(
            "Laut Juri Uschakow wird Jared Kushner den Sondergesandten nach Moskau begleiten.",
            ("wird Jared Kushner den Sondergesandten nach Moskau begleiten", "Laut", "Juri Uschakow"), None, None,
            id="laut_statement_is_not_its_own_relay",
        ),
    ],
)
def test_german_channels_and_relays(german, text, statement, channel, via) -> None:
    (st,) = german(text, statement).statements
    assert (st.channel, st.via) == (channel, via)
    if channel is not None:
        assert st.channel_span is not None


def test_nested_report_keeps_innermost_speaker(german) -> None:
    text = (
        "Uschakow erklärte, Trump habe Putin versichert, er werde Kiew zu einem Gefangenenaustausch drängen."
    )
    doc = german(
        text,
        (
            "Trump habe Putin versichert, er werde Kiew zu einem Gefangenenaustausch drängen",
            "erklärte",
            "Uschakow",
        ),
        ("er werde Kiew zu einem Gefangenenaustausch drängen", "versichert", "Trump"),
    )
    (st,) = doc.statements
    assert doc.span_text(st.speaker) == "Trump" and st.via == "Uschakow"


def test_media_lexicon_canonical_names() -> None:
    lex = lexicon()
    assert lex.name("WGTRK") == "VGTRK" and lex.name("Twitter") == "X"
    assert lex.name("Rossija 24") == "Rossiya 24"
    assert lex.name("Nachrichtenagentur") is None


def test_cited_as_saying_by_agency_is_a_relay(english) -> None:
    text = "“The Americans have heard our position,” Ryabkov was cited as saying by RIA Novosti."
    assert english(text) == [("Ryabkov", None, "RIA Novosti")]


def test_english_nested_report_keeps_innermost_speaker(english) -> None:
    text = "Ushakov said Trump had told Putin he had advised Zelensky against a temporary truce."
    assert english(text) == [("Trump", None, "Ushakov")]


def test_nearest_relay_wins_over_outer_report(english) -> None:
    text = (
        "The venue is still open, stated Kremlin spokesman Dmitry Peskov, according to Russian media, "
        "Ukrinform writes."
    )
    assert english(text) == [("Dmitry Peskov", None, "Russian media")]


def test_interview_named_in_the_sentence_before(english) -> None:
    text = (
        "Zelensky gave an interview to Axios on Sunday.\n"
        "He said that Ukraine would not cede the Donbas.\n"
        '"We will not leave our people," he added.'
    )
    assert [c for _, c, _ in english(text)] == ["Axios", "Axios"]
    assert [
        c
        for _, c, _ in english(
            "CNN broadcast the speech live on Sunday.\nMerz said the coalition would stand firm."
        )
    ] == [None]


# ---------------------------------------------------------------------- cited sources and agencies
def test_cited_institutions_speak_through_the_medium(english, german) -> None:
    text = "Chinese state media reported, citing the commerce ministry, that Beijing was watching the talks."
    assert english(text) == [("the commerce ministry", None, "Chinese state media")]
    text = "Ein Treffen sei nicht geplant, wie Interfax unter Berufung auf das Außenministerium berichtete."
    doc = german(text, ("Ein Treffen sei nicht geplant", "berichtete", "Interfax"))
    assert [(doc.span_text(s.speaker), s.via) for s in doc.statements] == [
        ("das Außenministerium", "Interfax")
    ]


def test_unnamed_cited_sources_leave_the_medium_as_speaker(english) -> None:
    text = (
        "The next round could take place in Riyadh, Reuters reported, citing three people familiar with it."
    )
    assert english(text) == [("Reuters", None, None)]


def test_media_aliases_have_one_canonical_name() -> None:
    lex = lexicon()
    assert lex.name("TRT") == lex.name("TRT World") == "TRT World"
    assert lex.name("Saudi Press Agency") == lex.name("SPA") == "SPA"
    assert lex.name("Ria") == lex.name("Ria Nowosti") == "RIA Novosti"
    for alias in (
        "WAM",
        "QNA",
        "CCTV",
        "PAP",
        "MTI",
        "ANSA",
        "Vatican News",
        "TVN24",
        "Polsat",
        "RMF",
        "Suspilne",
        "RBC",
        "Kommersant",
        "Izvestia",
        "Vedomosti",
        "Sputnik",
        "Al Jazeera",
        "Al Arabiya",
        "NHK",
        "Yonhap",
        "Anadolu",
        "Ukrainska Pravda",
    ):
        assert lex.name(alias) is not None, alias


def test_german_cited_person_becomes_the_speaker(german) -> None:
    text = "Ein Treffen sei möglich, wie Ria Nowosti unter Berufung auf Uschakow berichtete."
    doc = german(text, ("Ein Treffen sei möglich", "berichtete", "Ria Nowosti"))
    (st,) = doc.statements
    assert doc.span_text(st.speaker) == "Uschakow" and st.via == "RIA Novosti"


def test_german_agency_spoken_to_is_a_channel(german) -> None:
    text = "Riad sei bereit, weitere Gespräche auszurichten, sagte der Außenminister der Agentur SPA."
    (st,) = german(
        text, ("Riad sei bereit, weitere Gespräche auszurichten", "sagte", "der Außenminister")
    ).statements
    assert st.channel == "SPA" and st.via is None


# ---------------------------------------------------------------------- channel ownership and inheritance
@pytest.mark.parametrize(
    ("text", "statements", "channels"),
    [
        (  # a narrative sentence ends the chain
            "In einem Interview für Reuters hat Selenskyj erklärt, Kiew brauche Sicherheitsgarantien. "
            "Außerdem sagte der ukrainische Staatschef, eine Waffenruhe sei nötig. "
            "Das Gespräch fand in Kiew statt und dauerte zwei Stunden. "
            "Er betonte, die Armee halte die Front.",
            [
                ("Kiew brauche Sicherheitsgarantien", "erklärt", "Selenskyj"),
                ("eine Waffenruhe sei nötig", "sagte", "der ukrainische Staatschef"),
                ("die Armee halte die Front", "betonte", "Er"),
            ],
            ["Reuters", "Reuters", None],
        ),
        (  # the medium belongs to the speaker whose frame names it, not to the next speaker
            "Erdogan schrieb auf X, die Türkei sei bereit zu vermitteln, und Selenskyj erklärte, Kiew werde "
            "eine Delegation schicken.",
            [
                ("die Türkei sei bereit zu vermitteln", "schrieb", "Erdogan"),
                ("Kiew werde eine Delegation schicken", "erklärte", "Selenskyj"),
            ],
            ["X", None],
        ),
        (  # Konjunktiv continuations of an interview frame
            "Tusk äußerte sich im Gespräch mit TVN24 ähnlich. Europa müsse mehr tun. Die Ukraine dürfe nicht "
            "allein gelassen werden.",
            [
                ("Europa müsse mehr tun", None, "Tusk"),
                ("Die Ukraine dürfe nicht allein gelassen werden", None, "Tusk"),
            ],
            ["TVN24", "TVN24"],
        ),
        (  # an agentless frame starts anew
            "Selenskyj sagte im ZDF, die Ukraine brauche Garantien. Es wurde berichtet, dass Kiew eine "
            "Delegation nach Genf schicke.",
            [
                ("die Ukraine brauche Garantien", "sagte", "Selenskyj"),
                ("Kiew eine Delegation nach Genf schicke", "berichtet", None),
            ],
            ["ZDF", None],
        ),
    ],
)
def test_german_channel_chains(german, text: str, statements: list, channels: list) -> None:
    assert [st.channel for st in german(text, *statements).statements] == channels


def test_new_paragraph_naming_another_person_ends_the_chain(english) -> None:
    text = (
        "Zelensky told the BBC that Ukraine needed more air defence.\n"
        'Andriy Yermak, his chief of staff, flew to Washington. "We have no time to lose," he said.'
    )
    assert [c for _, c, _ in english(text)] == ["BBC", None]


def test_unnamed_sources_are_no_relay(german) -> None:
    text = (
        "Wie die Agentur Reuters unter Berufung auf drei Insider berichtete, soll das Treffen in Genf "
        "stattfinden."
    )
    doc = german(text, ("soll das Treffen in Genf stattfinden", "berichtete", "Reuters", "drei Insider"))
    assert doc.statements[0].via is None


def test_frame_with_an_occasion_of_its_own_ends_the_chain(english) -> None:
    text = (
        "In an interview with CNN, Zelensky said Ukraine needed more air defence.\n"
        "He also said that elections could only follow a ceasefire.\n"
        "Zelensky said at a news conference in Kyiv on Tuesday that Europe had to do more."
    )
    assert [c for _, c, _ in english(text)] == ["CNN", "CNN", None]


@pytest.mark.parametrize(
    "text",
    [
        'In a lengthy Truth Social post, the president wrote that Zelensky should "act fast".',
        'Trump took to Truth Social to say that the Geneva talks were "going well".',
    ],
)
def test_platform_with_words_between(english, text: str) -> None:
    (found,) = english(text)
    assert found[1] == "Truth Social"


def test_institution_speaks_for_the_state_it_reports_about(english, german) -> None:
    text = (
        "Moscow has signalled that it will consider any proposal the envoy brings, the Foreign Ministry said."
    )
    assert english(text) == [("the Foreign Ministry", None, None)]
    text = "Moskau habe bestätigt, dass es die Gespräche fortsetzen werde, teilte das Außenministerium mit."
    doc = german(text, ("es die Gespräche fortsetzen werde", "bestätigt", "Moskau", "das Außenministerium"))
    (st,) = doc.statements
    assert (doc.span_text(st.speaker), st.via) == ("das Außenministerium", None)
    text = "Moscow has signalled that it will consider any proposal, Interfax reported."
    assert english(text) == [("Moscow", None, "Interfax")]  # a medium stays a relay


@pytest.mark.parametrize(
    ("text", "quote", "cue", "speaker", "expected"),
    [
        (
            "Nach Informationen des „Spiegel“ will Berlin weitere Hilfe zusagen.",
            "will Berlin weitere Hilfe zusagen",
            "Nach",
            "Informationen des „Spiegel“",
            "Spiegel",
        ),
        (
            "Einem Bericht des „Wall Street Journal“ zufolge traf Witkoff Dmitrijew in Miami.",
            "traf Witkoff Dmitrijew in Miami",
            "zufolge",
            "Einem Bericht des „Wall Street Journal“",
            "Wall Street Journal",
        ),
    ],
)
def test_report_of_a_medium_makes_the_medium_the_speaker(german, text, quote, cue, speaker, expected) -> None:
    doc = german(text, (quote, cue, speaker))
    (st,) = doc.statements
    assert doc.span_text(st.speaker) == expected and st.via is None


def test_capitalised_group_alias_opening_a_sentence(german) -> None:
    text = "Russische Medien zitierten Lawrow mit den Worten, Europa wolle den Krieg verlängern."
    (st,) = german(text, ("Europa wolle den Krieg verlängern", "zitierten", "Lawrow")).statements
    assert st.via == "Russian media"


@pytest.mark.parametrize(("text", "expected"), [
    ('"We will not sign a deal that leaves Hamas armed," Katz told Israel\'s Channel 12 on Sunday.',
     ("Katz", "Channel 12", None)),
    ("Hamas was ready to release all hostages at once, a senior official told Al-Araby Al-Jadeed.",
     ("a senior official", "Al-Araby Al-Jadeed", None)),
    ("Netanyahu said the army would stay in the Philadelphi corridor, according to the Times of Israel.",
     ("Netanyahu", None, "Times of Israel")),
])
def test_middle_east_media(english, text: str, expected: tuple[str | None, ...]) -> None:
    assert expected in english(text)
