"""The document model round-trips losslessly through JSON and guards its spans."""

import json

import pytest

from parley.model import Article, Mention, Position, Sentence, Span, Statement, Token

TEXT = "„Es gibt in der Tat Kontakte“, sagte Kreml-Sprecher Dmitri Peskow am Montag."


def make_article() -> Article:
    doc = Article(text=TEXT, url="https://example.org/a", date="2025-03-01", lang="de", title="Kontakte")
    doc.sentences = [Sentence(0, len(TEXT))]
    doc.tokens = [Token(1, 3, "Es", pos="PRON", lemma="es", morph="Case=Nom")]
    doc.mentions = [Mention(Span(52, 65), "Dmitri Peskow", "PER", actor="Dmitry Peskov")]
    doc.statements = [
        Statement(
            kind="direct",
            quote=Span(1, 28),
            id="s1",
            cue=Span(31, 36),
            speaker=Span(52, 65),
            speaker_actor="Dmitry Peskov",
            quote_parts=[Span(1, 10), Span(11, 28)],
        )
    ]
    doc.positions = [Position("Dmitry Peskov", "talks", "claim", evidence=Span(1, 28), statement="s1")]
    return doc


def test_article_json_round_trip_is_lossless():
    doc = make_article()
    again = Article.from_dict(json.loads(json.dumps(doc.to_dict())))
    assert again == doc
    assert again.span_text(again.statements[0].cue) == "sagte"
    assert again.span_text(again.statements[0].speaker) == "Dmitri Peskow"


def test_id_and_hash_derive_from_content():
    a, b = Article(text="Hallo  Welt"), Article(text="Hallo Welt")
    assert a.content_hash == b.content_hash and a.id == a.content_hash[:16]
    assert Article(text="x", id="given").id == "given"


def test_invalid_records_are_rejected():
    with pytest.raises(ValueError):
        Span(5, 2)
    with pytest.raises(ValueError):
        Statement(kind="rumour", quote=Span(0, 1))
    with pytest.raises(ValueError):
        Position("Russia", "talks", "maybe")
    doc = make_article()
    doc.statements[0].quote = Span(0, 10_000)
    with pytest.raises(ValueError):
        doc.check_spans()
