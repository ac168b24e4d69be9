"""Quotes stage: statement spans, cue, kind, speaker, addressee, channel, via.

``de/`` German rules, ``en/`` English rules, ``learned/`` the CRF tagger (features, labels,
inference); ``channels`` and ``merge`` are shared by both languages.
"""

from parley.quotes import placeholder  # noqa: F401  (registers components)
from parley.quotes.en import rules as _en  # noqa: F401,E402  (replaces the quotes.en placeholder)
from parley.quotes.de import rules as _de  # noqa: F401,E402  (replaces the quotes.de placeholder)
from parley.quotes import channels  # noqa: F401,E402  (replaces the quotes.channels placeholder)
from parley.quotes.learned import tagger as _learned  # noqa: F401,E402  (registers quotes.de.learned)
