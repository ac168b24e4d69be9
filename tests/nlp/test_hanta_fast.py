"""The fast word analyses return exactly HanTa's own ``analyze_forward``/``analyze_viterbi`` results."""

from __future__ import annotations

import pytest

from parley.nlp.hanta_fast import FastAnalyzer
from parley.nlp.hanta_lexicon import load_tagger

WORDS = [
    "Waffenstillstandsverhandlungen", "Kremlsprecher", "bekräftigte", "Selenskyj", "am", "Ölpreisdeckel",
    "Friedensgesprächen", "zugesagt", "unterzeichnen", "Sanktionspaket", "xq", "Ab", "Grenzübergängen",
    "vermittelte", "Energiepartnerschaft", "Außenministerinnen", "zurückgewiesen", "3D-Drucker",
]


@pytest.fixture(scope="module")
def tagger():  # type: ignore[no-untyped-def]
    return load_tagger(lexicon=False)


@pytest.mark.parametrize("word", WORDS)
def test_forward_and_viterbi_equal_hantas(tagger, word: str) -> None:  # type: ignore[no-untyped-def]
    fast, hanta = FastAnalyzer(tagger), type(tagger)
    low = word.lower()
    expected = hanta.analyze_forward(tagger, low)
    assert fast.forward(low) == expected
    assert [type(p) for _, p in fast.forward(low)] == [type(p) for _, p in expected]
    for tag, _ in expected[:6]:
        assert fast.viterbi(low, -tag) == hanta.analyze_viterbi(tagger, low, -tag)


def test_lexicon_lookup_equals_analysis(tagger) -> None:  # type: ignore[no-untyped-def]
    with_lexicon = load_tagger()
    sentence = ["Die", "Unterhändler", "vereinbarten", "eine", "Waffenruhe", "an", "der", "Grenze", "."]
    assert with_lexicon.tag_sent(sentence) == tagger.tag_sent(sentence)


SENTENCES = [
    "Der Außenminister sagte am Montag , man sei zu Gesprächen bereit .",
    "„ Wir werden keinen Zentimeter unseres Landes aufgeben “ , erklärte die Präsidentin .",
    "Nach Angaben der Agentur wurden die Verhandlungen in Genf vertagt ; ein Termin steht noch aus .",
    "Ab sofort gilt : Wer unterschreibt , bekommt Zollerleichterungen .",
    "xyzzy qwrtz blorf .",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_sentence_viterbi_equals_hantas(tagger, sentence: str) -> None:  # type: ignore[no-untyped-def]
    words = sentence.split()
    assert tagger.tag_sent_viterbi(words) == type(tagger).tag_sent_viterbi(tagger, words)
