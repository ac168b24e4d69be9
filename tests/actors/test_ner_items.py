"""The person tagger's cached attribute builder equals the documented feature function."""

from __future__ import annotations

from parley.actors.ner import _crfsuite_items, sentence_features, sentence_items
from parley.model import Article
from parley.nlp.german import annotate


def test_items_equal_features_of_a_sentence() -> None:
    doc = annotate(Article(text="Der ukrainische Außenminister Andrij Sybiha sagte am Montag in Kiew, "
                                "man sei zu Gesprächen bereit.", lang="de"))
    words, tags = [t.text for t in doc.tokens], [t.tag for t in doc.tokens]
    expected = _crfsuite_items(sentence_features(words, tags))
    assert [list(item.items()) for item in sentence_items(words, tags)] == [list(i.items()) for i in expected]
