"""NLP stage: sentences, tokens, POS/lemma/morphology, entities."""

from parley.nlp import basic  # noqa: F401  (registers components)
