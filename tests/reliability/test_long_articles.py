"""Long and pathological articles: bounded windows, bounded sentences and tokens, per-article limits."""

from __future__ import annotations

import time

import pytest

from parley.budget import ArticleSkipped, Limits
from parley.model import Article
from parley.nlp.german import MAX_SENT_TOKENS, annotate, split_tokens, tag_sentence
from parley.pipeline import Pipeline, load_config
from parley.windows import windows

PARAGRAPHS = [
    "Der Außenminister sagte am Montag, die Verhandlungen würden in der kommenden Woche fortgesetzt.",
    "„Wir sind zu einem Waffenstillstand bereit“, erklärte die Sprecherin der Regierung in Berlin.",
    "Die Opposition kritisierte den Plan scharf. Man habe keine Garantien erhalten, hieß es aus der Fraktion.",
]


def _prose(chars: int) -> str:
    out: list[str] = []
    while sum(len(p) + 2 for p in out) < chars:
        out.append(PARAGRAPHS[len(out) % len(PARAGRAPHS)])
    return "\n\n".join(out)


def _pipeline(**limits: int | float) -> Pipeline:
    config = load_config()
    config["pipeline"]["limits"].update(limits)
    return Pipeline(config)


def test_windows_cover_the_text_and_break_at_paragraphs() -> None:
    text = _prose(5_000)
    parts = windows(text, 1_000, 300)
    assert parts[0].start == parts[0].keep == 0 and parts[-1].end == len(text)
    for before, after in zip(parts, parts[1:], strict=False):
        assert before.end == after.keep and after.start < after.keep  # contiguous, with context
        assert text[after.keep - 2 : after.keep] == "\n\n"
        assert after.keep - after.start <= 300
    assert all(w.end - w.keep <= 1_000 for w in parts)


def test_windows_fall_back_to_word_and_hard_breaks() -> None:
    assert all(w.end - w.keep <= 100 for w in windows("wort " * 1_000, 100, 20))
    blob = "x" * 1_050
    assert [(w.keep, w.end) for w in windows(blob, 100, 20)][-1] == (1_000, 1_050)


def test_windowed_article_equals_sum_of_its_paragraphs() -> None:
    """A long article analysed in windows finds the same statements (in its offsets) as in one piece."""
    text = _prose(3_000)
    whole = _pipeline(window_chars=0)(Article(text=text, lang="de", id="a"))
    split = _pipeline(window_chars=800, window_context=200)(Article(text=text, lang="de", id="a"))
    assert [(s.quote, s.kind, s.speaker_actor) for s in split.statements] == [
        (s.quote, s.kind, s.speaker_actor) for s in whole.statements
    ]
    assert [s.id for s in split.statements] == [s.id for s in whole.statements]
    assert [(t.start, t.text, t.tag) for t in split.tokens] == [(t.start, t.text, t.tag) for t in whole.tokens]
    assert len(split.sentences) == len(whole.sentences)
    assert all(split.tokens[t.head].sent == t.sent for t in split.tokens if t.head >= 0)
    split.check_spans()


def test_oversized_article_is_skipped_with_a_reason() -> None:
    with pytest.raises(ArticleSkipped, match="exceeds the limit of 1,000"):
        _pipeline(max_chars=1_000)(Article(text=_prose(2_000), lang="de"))


def test_time_budget_ends_an_article_with_a_reason() -> None:
    with pytest.raises(ArticleSkipped, match="time budget"):
        _pipeline(max_seconds=1e-9, window_chars=500)(Article(text=_prose(2_000), lang="de"))


def test_limits_default_and_config() -> None:
    limits = Limits.from_config(load_config()["pipeline"])
    assert limits.max_chars >= 1_000_000 and limits.window_chars >= 10_000


def test_one_megabyte_line_without_breaks_is_tagged() -> None:
    """HanTa's Viterbi failed with ``KeyError: (2, 0)`` on a 1 MB sentence; sentences are bounded now."""
    text = "wir reden und reden weiter " * 40_000
    doc = annotate(Article(text=text, lang="de"))
    assert doc.tokens and all(t.tag for t in doc.tokens)
    counts: dict[int, int] = {}
    for tok in doc.tokens:
        counts[tok.sent] = counts.get(tok.sent, 0) + 1
    assert max(counts.values()) <= MAX_SENT_TOKENS


def test_long_sentence_breaks_after_a_comma() -> None:
    words = " ".join(f"wort{i}," if i % 40 == 39 else f"wort{i}" for i in range(500))
    sentences, tokens = split_tokens(words)
    assert len(sentences) >= 3
    assert all(words[s.end - 1] == "," for s in sentences[:-1])


def test_pathological_token_adds_little_time() -> None:
    tag_sentence(["Der", "Mann", "sagte", "."])
    start = time.process_time()
    tags = tag_sentence(["Die", "Verhandlungsrundenergebnis" * 200, "wurde", "vertagt", "."])
    assert time.process_time() - start < 1.0
    assert tags[1][0] in {"NN", "NE"}
    assert tag_sentence(["Die", "Waffenstillstandsverhandlungen", "laufen"])[1] == ("NN", "Waffenstillstandsverhandlung")


def test_english_run_without_full_stops_is_split_into_bounded_sentences() -> None:
    from parley.nlp.english import MAX_SENT_TOKENS as EN_MAX

    text = "officials said the talks would resume, and " * 60
    doc = _pipeline()(Article(text=text, lang="en"))
    counts: dict[int, int] = {}
    for tok in doc.tokens:
        counts[tok.sent] = counts.get(tok.sent, 0) + 1
    assert len(counts) >= 2 and max(counts.values()) <= EN_MAX
    normal = _pipeline()(Article(text="The minister said talks would resume. Officials agreed.", lang="en"))
    assert len(normal.sentences) == 2
