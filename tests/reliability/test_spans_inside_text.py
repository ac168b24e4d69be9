"""Every span the pipeline emits lies inside the article text."""

from __future__ import annotations

from parley.boundary import clip_spans
from parley.model import Article, Mention, Position, Span, Statement
from parley.pipeline import Pipeline

UNCLOSED = [
    ("en", "The minister said the government “will not accept such a"),
    ("en", "Asked about the talks, she said that the other side “wants to reach a"),
    ("de", "Der Minister sagte: „Wir werden die Gespräche fortsetzen und bald"),
]


def test_article_ending_inside_an_unclosed_quotation_stays_inside_the_text() -> None:
    """The components themselves, not only the clipping boundary, keep the quote inside the text."""
    pipeline = Pipeline()
    for lang, text in UNCLOSED:
        doc = Article(text=text, lang=lang)
        for comp in pipeline.chain(lang):
            doc = comp(doc)
        assert doc.statements, text
        doc.check_spans()
        assert all(st.quote.end <= len(text) for st in doc.statements)


def test_clip_spans_clips_and_drops_what_lies_outside() -> None:
    doc = Article(text="Er sagte: „Ja", lang="de")
    doc.statements = [
        Statement("direct", Span(11, 14), cue=Span(3, 8), quote_parts=[Span(11, 14), Span(20, 22)]),
        Statement("direct", Span(20, 25)),
    ]
    doc.mentions = [Mention(Span(0, 2), "Er"), Mention(Span(13, 16), "x")]
    doc.positions = [Position("A", "ceasefire", "support", evidence=Span(5, 40))]
    assert clip_spans(doc) == 4
    assert [st.quote for st in doc.statements] == [Span(11, 13)]
    assert doc.statements[0].quote_parts == [Span(11, 13)] and doc.statements[0].cue == Span(3, 8)
    assert [m.span for m in doc.mentions] == [Span(0, 2)]
    assert doc.positions[0].evidence == Span(5, 13)
    doc.check_spans()
    assert clip_spans(doc) == 0
