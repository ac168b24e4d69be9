"""Role nouns resolve to the one person the article named with that office (issue 12), on sentences
written here: a title before the name, an apposition after it, compounds (*Sicherheitsberater* ~
*Berater*), and offices held by several named persons left to coreference."""

from __future__ import annotations

import pytest

from parley.actors import register
from parley.model import Article, Span
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def speakers():
    pipeline = Pipeline()

    def run(text: str, lang: str) -> list[str | None]:
        doc = pipeline(Article(text=text, lang=lang, date="2025-05-01"))
        return [s.speaker_actor for s in sorted(doc.statements, key=lambda s: s.quote.start)]

    return run


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        ("The talks were hosted by Norwegian mediator Lars Hovland on Monday. "
         "\"Nobody here wants a frozen conflict,\" the mediator said.", "en", "Lars Hovland"),
        ("Taoiseach Micheál Martin travelled to Kyiv on Monday. "
         "\"Ireland will help rebuild the schools,\" the Taoiseach said.", "en", "Micheál Martin"),
        ("Ihor Showkwa, langjähriger Berater im Präsidialamt, sprach am Abend mit Journalisten. "
         "„Ein neutraler Status ist verhandelbar“, sagte der Sicherheitsberater.", "de", "Ihor Zhovkva"),
        ("Der Vermittler Lars Hovland empfing beide Delegationen in Oslo. "
         "„Niemand will einen eingefrorenen Konflikt“, sagte der Vermittler.", "de", "Lars Hovland"),
    ],
)
def test_role_noun_is_the_person_named_with_that_office(speakers, text: str, lang: str, actor: str) -> None:
    assert speakers(text, lang) == [actor]


def _entries(text: str, names: list[tuple[str, str]]) -> list[register.Entry]:
    named = [(Span(text.index(n), text.index(n) + len(n)), actor) for n, actor in names]
    return register.build(text, named)


def test_an_office_several_persons_hold_is_left_to_coreference() -> None:
    text = "Russian President Vladimir Putin and Turkish President Recep Erdogan met. The president said …"
    entries = _entries(text, [("Vladimir Putin", "Putin"), ("Recep Erdogan", "Erdogan")])
    assert register.lookup(entries, "The president", text.index("The president")) is None


def test_possessive_office_is_no_title() -> None:
    text = "UN chief Amina Okafor spoke first. Later the minister's chief of staff said …"
    entries = _entries(text, [("Amina Okafor", "Amina Okafor")])
    assert register.lookup(entries, "the minister's chief", text.index("the minister's")) is None
    assert register.lookup(entries, "the chief", text.index("Later")) == "Amina Okafor"


def test_apposition_stops_at_the_genitive() -> None:
    text = "Olena Marchuk, Beraterin des Präsidenten, sprach. Der Präsident sagte …"
    entries = _entries(text, [("Olena Marchuk", "Olena Marchuk")])
    assert register.lookup(entries, "Der Präsident", text.index("Der Präsident")) is None
    assert register.lookup(entries, "die Beraterin", len(text)) == "Olena Marchuk"


def test_a_dossier_holder_of_the_office_named_earlier_keeps_coreference(speakers) -> None:
    # Putin is the only person named *with* the title, but Selenskyj holds a presidency in the dossier too
    text = ("Präsident Wladimir Putin lehnte jede Feuerpause ab. Selenskyj reiste am Abend nach Paris. "
            "Der Präsident zeigte sich zuversichtlich, dass die Gespräche vorankommen.")
    assert speakers(text, "de") == ["Volodymyr Zelensky"]


def test_pronoun_chain_runs_over_a_capital_cross_heading_and_never_to_a_broadcaster(speakers) -> None:
    text = ("Zelensky spoke to reporters in Kyiv on Monday.\n"
            "\"We will not trade land for a pause,\" Zelensky said.\n"
            "Asked about the front, he added that the army was holding.\n"
            "WATCH LIVE COVERAGE ON CNN TONIGHT\n"
            "DOWNLOAD THE NEWS APP FOR ALERTS\n"
            "\"Our soldiers need more air defence,\" he said.")
    assert speakers(text, "en")[-1] == "Volodymyr Zelensky"
