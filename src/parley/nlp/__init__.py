"""NLP stage: sentences, tokens, POS/lemma/morphology, entities."""

from parley.nlp import basic  # noqa: F401  (registers nlp.basic)
from parley.nlp import english  # noqa: F401  (registers nlp.en)
from parley.nlp import german  # noqa: F401  (registers nlp.de)
