"""Shipped dossiers, one folder each (``dossier.yaml`` plus actors, roles, metonyms, issues)."""

DEFAULT_DOSSIER = "russia_ukraine"  # the dossier of the shipped config (config/default.toml)
