"""Quotes stage: statement spans, cue, kind, speaker, addressee, channel, via."""

from parley.quotes import placeholder  # noqa: F401  (registers components)
from parley.quotes import english  # noqa: F401,E402  (replaces the quotes.en placeholder)
from parley.quotes import german  # noqa: F401,E402  (replaces the quotes.de placeholder)
from parley.quotes import channels  # noqa: F401,E402  (replaces the quotes.channels placeholder)
from parley.quotes import learned  # noqa: F401,E402  (registers quotes.de.learned: the learned tagger alone)
from parley.quotes import interview  # noqa: F401,E402  (registers quotes.interview: channels of a speaker's run)
