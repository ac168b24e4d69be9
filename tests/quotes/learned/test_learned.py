"""The learned German quotation tagger: label schemes, linking, and the shipped CRF model.

Example sentences are written here in the style of German negotiation news.
"""

from __future__ import annotations

import pytest

from parley.model import Article
from parley.quotes.learned.tagger import load_default
from parley.quotes.learned.labels import gold_labels, join_layers, quote_units, role_segments, split_joint
from parley.quotes.learned.link import Linker
from parley_lab.wikinews import WikiDoc

TEXT = "Der Außenminister sagte am Montag, die Gespräche mit Kiew seien gescheitert."


def _doc() -> WikiDoc:
    words = TEXT.replace(",", " ,").replace(".", " .").split()
    tokens, pos = [], 0
    for i, w in enumerate(words):
        start = TEXT.index(w, pos)
        pos = start + len(w)
        tokens.append({"id": i, "text": w, "charBegin": start, "charEnd": pos, "sentence": 1})

    def role(a: int, b: int) -> dict:
        return {
            "tokenIds": list(range(a, b)),
            "spans": [{"charBegin": tokens[a]["charBegin"], "charEnd": tokens[b - 1]["charEnd"]}],
        }

    ann = {
        "quote": role(6, 12),
        "cue": role(2, 3),
        "speaker": role(0, 2),
        "type": "Indirect",
        "medium": "Speech",
    }
    return WikiDoc("1 - Test", TEXT, tokens, [ann])


def test_gold_labels_round_trip_to_a_statement() -> None:
    wiki = _doc()
    doc = wiki.tokenised_article()
    quote, roles = gold_labels(doc, wiki.annotations)
    assert quote[6:12] == ["B-IQ"] + ["I-IQ"] * 5 and quote[12] == "O"
    assert roles[:3] == ["B-SPK", "I-SPK", "B-CUE"]
    assert split_joint(join_layers(quote, roles)) == (quote, roles)
    sents = [t.sent for t in doc.tokens]
    (st,) = Linker({}, {}).statements(doc, quote_units(quote, sents), role_segments(roles, sents))
    assert (st.kind, doc.span_text(st.quote)) == ("indirect", "die Gespräche mit Kiew seien gescheitert")
    assert doc.span_text(st.speaker) == "Der Außenminister"
    assert doc.span_text(st.cue) == "sagte"
    assert st.frame is not None and doc.span_text(st.frame).startswith("Der Außenminister sagte")


def test_discontinuous_quote_resumes_after_a_gap() -> None:
    labels = ["B-IQ", "I-IQ", "O", "O", "C-IQ", "I-IQ", "O"]
    (unit,) = quote_units(labels, [0] * 7)
    assert [(p.start, p.end) for p in unit.parts] == [(0, 2), (4, 6)]


def test_type_switch_inside_a_run_keeps_one_quote() -> None:
    (unit,) = quote_units(["B-IQ", "I-IQ", "I-IFQ", "I-IQ"], [0, 0, 0, 0])
    assert unit.code == "IQ" and unit.end == 4


@pytest.fixture(scope="module")
def tagger():
    found = load_default()
    if found is None:
        pytest.skip("models/quotes-de-crf not trained")
    return found


def _predict(tagger, text: str):
    from parley.nlp.german import annotate

    doc = Article(text=text, lang="de")
    annotate(doc)
    return doc, tagger.predict(doc)


def test_indirect_speech_with_konjunktiv(tagger) -> None:
    doc, statements = _predict(
        tagger,
        "Der ukrainische Außenminister sagte am Dienstag in Brüssel, die Regierung sei zu Gesprächen "
        "über einen Waffenstillstand bereit. Die Gespräche würden aber nicht ohne Garantien beginnen.",
    )
    first = statements[0]
    assert first.kind == "indirect"
    assert "die Regierung sei zu Gesprächen" in doc.span_text(first.quote)
    assert doc.span_text(first.cue) == "sagte"
    assert "Außenminister" in doc.span_text(first.speaker)


def test_direct_quote_with_trailing_frame(tagger) -> None:
    doc, statements = _predict(
        tagger,
        "„Wir werden keinem Abkommen zustimmen, das unsere Landwirte benachteiligt“, sagte die "
        "Handelsministerin nach den Verhandlungen in Genf.",
    )
    direct = [s for s in statements if s.kind == "direct"]
    assert direct and "keinem Abkommen zustimmen" in doc.span_text(direct[0].quote)
    assert doc.span_text(direct[0].cue) == "sagte"
    assert "Handelsministerin" in doc.span_text(direct[0].speaker)


def test_reported_quote_takes_its_opening_subject_as_speaker() -> None:
    from parley.quotes.learned.features import ensure_tags

    text = "Die Gewerkschaft der Lokführer fordert höhere Löhne für die Beschäftigten."
    doc = Article(text=text, lang="de")
    from parley.nlp.basic import tokenize

    tokenize(doc)
    ensure_tags(doc)
    labels = ["B-RQ"] + ["I-RQ"] * (len(doc.tokens) - 1)
    sents = [t.sent for t in doc.tokens]
    (st,) = Linker({}, {}).statements(
        doc, quote_units(labels, sents), role_segments(["O"] * len(labels), sents)
    )
    assert st.kind == "reported"
    assert doc.span_text(st.speaker) == "Die Gewerkschaft der Lokführer"


def test_missing_speaker_is_filled_from_the_overlapping_rule_statement() -> None:
    from parley.model import Span, Statement
    from parley.quotes.learned.link import fill_from_rules

    learned = Statement(kind="indirect", quote=Span(30, 60))
    rule = Statement(kind="indirect", quote=Span(28, 61), speaker=Span(0, 12), cue=Span(13, 18))
    (st,) = fill_from_rules([learned], [rule])
    assert (st.speaker, st.cue) == (Span(0, 12), Span(13, 18))


def test_loading_the_non_commercial_model_names_its_licence_once(capsys) -> None:
    from parley.quotes.learned import tagger

    tagger._load.cache_clear()
    assert tagger.load_default() is not None
    tagger.load_default()
    err = capsys.readouterr().err
    assert err.count("CC BY-NC-SA 4.0") == 1 and len(err.strip().splitlines()) == 1
