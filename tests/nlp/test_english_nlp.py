"""nlp.en: spaCy English annotation mapped onto Article sentences and tokens with exact offsets."""

import pytest

from parley import registry
from parley.model import Article

TEXT = (
    "Talks in Riyadh end without deal\n\n"
    "“We will not give up our land,” Ukrainian President Volodymyr Zelensky said on Tuesday.\n"
    "He told reporters in Kyiv that the talks would continue next week."
)


@pytest.fixture(scope="module")
def doc() -> Article:
    return registry.create("nlp.en")(Article(text=TEXT, lang="en"))


def test_token_offsets_are_exact(doc: Article) -> None:
    assert doc.tokens
    for tok in doc.tokens:
        assert TEXT[tok.start : tok.end] == tok.text
        assert not tok.text.isspace()


def test_line_breaks_start_sentences_and_marks_stay_attached(doc: Article) -> None:
    sents = [TEXT[s.start : s.end] for s in doc.sentences]
    assert sents[0] == "Talks in Riyadh end without deal"
    assert sents[1].startswith("“We will not give up our land")
    assert sents[2].startswith("He told reporters")
    assert all(tok.sent == doc.sentence_of(tok.start) for tok in doc.tokens)


def test_parse_lemmas_morphology_and_entities(doc: Article) -> None:
    by_text = {t.text: t for t in doc.tokens}
    told = by_text["told"]
    assert told.lemma == "tell" and told.pos == "VERB" and told.tag == "VBD"
    assert "Tense=Past" in told.morph
    he = by_text["He"]
    assert he.dep == "nsubj" and doc.tokens[he.head] is told
    assert by_text["Volodymyr"].ent == "B-PER" and by_text["Zelensky"].ent == "I-PER"
    roots = [t for t in doc.tokens if t.head == -1]
    assert len(roots) >= len(doc.sentences)
    assert all(-1 <= t.head < len(doc.tokens) for t in doc.tokens)


def test_model_is_loaded_once() -> None:
    from parley.nlp.english import load_model

    assert load_model() is load_model()
