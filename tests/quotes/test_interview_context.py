"""Interview context and relays on sentences written here (issue 12): a medium named in a compound or a
session, a context sentence after the speaker's first statement, an unnamed interview resolved to the
medium the article names, the person an interviewer asks, ``…, per Reuters`` relays."""

from __future__ import annotations

import pytest

from parley.model import Article
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def extract():
    pipeline = Pipeline()

    def run(text: str, lang: str) -> list[tuple[str, str | None, str | None, str | None]]:
        doc = pipeline(Article(text=text, lang=lang, date="2025-05-01"))
        return [(doc.span_text(s.quote), s.speaker_actor, s.channel, s.via)
                for s in sorted(doc.statements, key=lambda s: s.quote.start)]

    return run


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("\"We are ready for a vote,\" Zelensky said in a WhatsApp group chat "
         "with reporters.", "en"),
        ("„Wir sind zu Wahlen bereit“, sagte Selenskyj in einem WhatsApp-Chat mit Journalisten.", "de"),
    ],
)
def test_medium_inside_a_compound_or_session(extract, text: str, lang: str) -> None:
    rows = extract(text, lang)
    assert [(a, c) for _, a, c, _ in rows] == [("Volodymyr Zelensky", "WhatsApp")]


def test_medium_in_another_sentence_is_not_owned_by_the_next_frame(extract) -> None:
    rows = extract(
        "\"Our allies must decide soon,\" Zelensky said in a Reuters interview on Friday.\n"
        "The Ukrainian leader added that written guarantees were needed.", "en")
    assert [c for _, _, c, _ in rows] == ["Reuters", "Reuters"]


def test_interviewer_asks_and_the_interviewee_answers_through_the_same_medium(extract) -> None:
    rows = extract(
        "In an interview on Monday, Fox News host Bret Baier asked Kellogg whether Kyiv could give up land.\n"
        "\"Not legally,\" Kellogg replied.\n"
        "\"But the front line is where it is,\" he said.", "en")
    kellogg = [c for _, a, c, _ in rows if a == "Keith Kellogg"]
    assert kellogg and set(kellogg) == {"Fox News"}


def test_context_sentence_covers_the_statement_just_before_it(extract) -> None:
    rows = extract(
        "Zelensky stressed that elections could follow a ceasefire within three months. "
        "In an interview with Axios, which was published on Sunday, the president also mentioned the costs.", "en")
    first = [c for q, _, c, _ in rows if q.startswith("elections")]
    assert first == ["Axios"]


def test_unnamed_interview_takes_the_medium_the_article_names(extract) -> None:
    rows = extract(
        "Handing over the eastern regions is out of the question, Zelensky said in an interview broadcast "
        "on Sunday.\n\nOn the same evening he appeared on CNN and told the host that the army would hold "
        "every town.", "en")
    assert [c for _, a, c, _ in rows if a == "Volodymyr Zelensky"][:1] == ["CNN"]


def test_per_agency_is_a_relay(extract) -> None:
    rows = extract("The next round will take place in Geneva, Peskov said on Tuesday, per Reuters.", "en")
    assert [(a, c, v) for _, a, c, v in rows] == [("Dmitry Peskov", None, "Reuters")]


@pytest.mark.parametrize(
    ("text", "lang", "channel"),
    [
        ("Die Gespräche seien festgefahren, sagte Peskow dem Magazin Profil am Freitag.", "de", "Profil"),
        ("In einem Interview mit dem Sender „Kanal 5“ sagte Selenskyj, die Front halte.", "de", "Kanal 5"),
        ("Peskov told the newspaper La Stampa that the talks had stalled.", "en", "La Stampa"),
        ("Talking to podcaster Joe Rogan, Trump said the war would end soon.", "en", "Joe Rogan podcast"),
    ],
)
def test_medium_missing_from_the_lexicon_is_named_by_its_noun(extract, text: str, lang: str, channel: str) -> None:
    assert [c for _, _, c, _ in extract(text, lang)] == [channel]


def test_a_relay_word_before_an_unknown_medium_is_no_channel(extract) -> None:
    rows = extract("Laut dem Magazin La Stampa sagte Peskow, die Gespräche seien festgefahren.", "de")
    assert all(c is None for _, _, c, _ in rows)


def test_a_sentence_pointing_back_at_the_interview_keeps_the_medium(extract) -> None:
    rows = extract(
        "In an interview with Axios, Zelensky said that the front line would hold through the winter. "
        "Later in the same conversation, the president described the damage to the power grid. "
        "He argued that air defence was the most urgent need.", "en")
    assert [c for _, a, c, _ in rows if a == "Volodymyr Zelensky"] == ["Axios", "Axios"]


@pytest.mark.parametrize(
    ("text", "lang", "via"),
    [
        ("«Wir sind zu Gesprächen bereit», sagte Selenskyj vor Reportern, wie die Agentur Interfax-Ukraine "
         "meldete.", "de", "Interfax-Ukraine"),
        ("\"There will be no pause,\" the minister told reporters, according to Russia’s state agency TASS.", "en", "TASS"),
    ],
)
def test_relay_clause_names_the_relay_and_is_no_statement(extract, text: str, lang: str, via: str) -> None:
    rows = extract(text, lang)
    assert [v for _, _, _, v in rows] == [via]


def test_a_named_institution_or_someones_spokesman_does_not_continue_the_chain(extract) -> None:
    rows = extract(
        "Trump wrote on Truth Social that the call had been very productive.\n"
        "The Kremlin said the two leaders had agreed to talk again.\n"
        "Trump's spokeswoman Karoline Leavitt said a meeting could follow soon.", "en")
    assert [c for _, _, c, _ in rows] == ["Truth Social", None, None]


def test_a_cited_report_of_a_paper_is_no_channel(extract) -> None:
    rows = extract("Peskow bestätigte einen Bericht der Zeitung „Iswestija“, dass die Gespräche im Mai "
                   "fortgesetzt würden.", "de")
    assert [c for _, _, c, _ in rows] == [None]


@pytest.mark.parametrize(
    ("text", "lang", "channels"),
    [
        ("Trump also urged Kyiv to take the offer in a late post on X.", "en", ["X"]),
        ("Senator Tom Reed called the summit a “lost chance” and argued that Kyiv should sign soon during "
         "a Fox News interview.", "en", ["Fox News", "Fox News"]),
    ],
)
def test_medium_closing_an_indirect_quote_belongs_to_the_frame(extract, text: str, lang: str,
                                                               channels: list[str]) -> None:
    assert [c for _, _, c, _ in extract(text, lang)] == channels


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("The talks will resume in Geneva, Peskov said, according to the Kremlin.", None),
        ("The talks will resume in Geneva, Peskov said, according to Interfax.", "Interfax"),
    ],
)
def test_the_office_a_speaker_speaks_for_is_no_relay(extract, text: str, via: str | None) -> None:
    assert [v for _, _, _, v in extract(text, "en")] == [via]


def test_a_context_sentence_with_a_medium_missing_from_the_lexicon(extract) -> None:
    rows = extract(
        "In einem am Abend gesendeten Gespräch auf dem Sender „Kanal 7“ äußerte sich Selenskyj zu den Wahlen. "
        "„Ohne Waffenruhe gibt es keine Abstimmung“, so der Präsident.", "de")
    assert [(a, c) for _, a, c, _ in rows] == [("Volodymyr Zelensky", "Kanal 7")]


@pytest.mark.parametrize(
    ("url", "channel"),
    [("https://www.examplewire.com/politics/talks", "Examplewire"), ("https://news.other.org/a", None)],
)
def test_the_publishing_outlet_after_told_is_the_channel(url: str, channel: str | None) -> None:
    text = "“We expect a vote on the sanctions bill next week,” Senator Tom Reed told Examplewire."
    doc = Pipeline()(Article(text=text, lang="en", date="2025-05-01", url=url))
    assert [s.channel for s in doc.statements] == [channel]
