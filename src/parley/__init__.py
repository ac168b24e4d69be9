"""parley: who said what, to whom, through which channel, and which position each side takes."""

__version__ = "0.1.0"
