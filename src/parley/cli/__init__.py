"""The ``parley`` command line; each ``*_cmd`` module in this package adds its commands."""
