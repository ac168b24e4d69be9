"""Quotes stage: statement spans, cue, kind, speaker, addressee, channel, via.

``de/`` German rules, ``en/`` English rules, ``learned/`` the CRF tagger (features, labels,
inference); ``channels``, ``interview`` and ``merge`` are shared by both languages.
"""

from parley.quotes import channels  # noqa: F401  (registers quotes.channels)
from parley.quotes import interview  # noqa: F401  (registers quotes.interview: a speaker's interview channel)
from parley.quotes.de import rules as _de  # noqa: F401  (registers quotes.de, quotes.de.learned)
from parley.quotes.en import rules as _en  # noqa: F401  (registers quotes.en)
