"""Quotes stage: statement spans, cue, kind, speaker, addressee, channel, via."""

from parley.quotes import placeholder  # noqa: F401  (registers components)
