"""NLP stage: sentences, tokens, POS/lemma/morphology, entities."""

from parley.nlp import basic  # noqa: F401  (registers components)
from parley.nlp import german  # noqa: F401,E402  (replaces the nlp.de placeholder)
from parley.nlp import english  # noqa: F401,E402  (replaces the nlp.en placeholder)
